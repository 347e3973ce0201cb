"""Which annotations a Doc carries, computed once per Doc (`Doc.has_annotation` scans every token)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_KEY = "framing_annotations"


def has(doc: Doc, attr: str) -> bool:
    """`doc.has_annotation(attr)`, cached in `doc.user_data` for the life of the Doc."""
    cache = doc.user_data.get(_KEY)
    if cache is None:
        cache = doc.user_data[_KEY] = {}
    if attr not in cache:
        cache[attr] = doc.has_annotation(attr)
    return cache[attr]


def is_finite_verb(token: Token) -> bool:
    """A verb or auxiliary the morphologizer marks finite (`dit`, `a`), not an infinitive or participle."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
