"""Which annotations a Doc carries, computed once per Doc (`Doc.has_annotation` scans every token)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..token_table import morph_of

_KEY = "framing_annotations"


def has(doc: Doc, attr: str) -> bool:
    """`doc.has_annotation(attr)`, cached in `doc.user_data` for the life of the Doc."""
    cache = doc.user_data.get(_KEY)
    if cache is None:
        cache = doc.user_data[_KEY] = {}
    if attr not in cache:
        cache[attr] = doc.has_annotation(attr)
    return cache[attr]


INFINITIVE_ENDINGS_FR = ("er", "ir", "re")  # `annoncer`, `venir`, `exclure`, `pouvoir`


def is_infinitive(token: Token) -> bool:
    """An infinitive by the morphologizer, or a French verb in an infinitive ending that is its own
    lemma: the small model gives `exclure`, `dire`, `prendre` a participle's VerbForm at random, yet
    no finite form or participle of those verbs is spelt as the lemma."""
    if "Inf" in morph_of(token).get("VerbForm", ()):
        return True
    low = token.text.lower()
    return (
        token.lang_ == "fr"
        and token.pos_ in ("VERB", "AUX")
        and token.text.islower()
        and low.endswith(INFINITIVE_ENDINGS_FR)
        and low == token.lemma_.lower()
    )


def is_finite_verb(token: Token) -> bool:
    """A verb or auxiliary the morphologizer marks finite (`dit`, `a`), not an infinitive or participle."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in morph_of(token).get("VerbForm", ())
