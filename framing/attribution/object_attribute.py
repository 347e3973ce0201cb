"""French verbs of judgment with an object and its attribute: `le syndicat juge ces mesures
insuffisantes`, `le parquet a estimé la préméditation établie`, `la ministre considère la réforme
indispensable`.

The object and the adjective (or past participle) said of it are the stated view, as a `que` clause
would be (`juge que ces mesures sont insuffisantes`). The small French model parses the attribute as a
modifier of the noun, or the noun as a modifier of the adjective, so the shape is read from the tags:
a determiner, a short noun phrase (adjectives, a noun, a `de` complement), at most two adverbs, then
an adjective or a past participle that agrees in number with the noun and opens no noun phrase of
its own. Only verbs flagged `object_attribute` in reporting_verbs.yaml take it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..matching import norm as _norm
from .resources import Resources

MAX_LEAD_ADVERBS = 2  # `juge toujours la mesure`
MAX_NP = 6  # tokens of the object before its attribute (`la hausse des tarifs de l'eau`)
MAX_ATTRIBUTE_ADVERBS = 2  # `largement insuffisantes`, `pas assez protégés`
ARTICLES = frozenset({"de", "d'", "du", "des", "la", "le", "les", "l'"})  # inside a `de` complement


def attribute_after(doc: Doc, k: int, res: Resources) -> tuple[int, int] | None:
    """(first, attribute): the object's determiner and the attribute's token, for an object that opens
    at k (past adverbs); None when no object with an attribute follows."""
    k = _past_adverbs(doc, k, MAX_LEAD_ADVERBS)
    if k >= len(doc) or not _determiner(doc[k], res):
        return None
    noun = None
    j = k + 1
    while j < len(doc) and j - k <= MAX_NP:
        t = doc[j]
        if t.pos_ in ("NOUN", "PROPN") and not t.is_punct:
            noun = noun or t
        elif t.pos_ == "ADJ" and noun is None:
            pass  # `la nouvelle taxe`: an adjective before the noun
        elif not (noun is not None and _norm(t.text) in ARTICLES and j + 1 < len(doc)):
            break
        j += 1
    if noun is None:
        return None
    j = _past_adverbs(doc, j, MAX_ATTRIBUTE_ADVERBS)
    if j < len(doc) and doc[j].text in ("«", "“", '"'):
        j += 1  # `juge la mesure « injuste »`
    if j >= len(doc) or not _attribute(doc[j], noun):
        return None
    if j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN"):
        return None  # `estime la nouvelle hausse`: an adjective before another noun
    return k, j


def _past_adverbs(doc: Doc, k: int, limit: int) -> int:
    start = k
    while k < len(doc) and k - start < limit and doc[k].pos_ == "ADV" and doc[k].text.islower():
        k += 1
    return k


def _determiner(t: Token, res: Resources) -> bool:
    """An article, demonstrative or possessive opening the object (not `de`: `estime de son devoir`)."""
    low = _norm(t.text)
    return res.has("determiner", low) and low not in ("de", "d'")


def _attribute(t: Token, noun: Token) -> bool:
    """An adjective or a past participle in lower case that does not contradict the noun's number."""
    if not t.text.islower() or not t.is_alpha:
        return False
    participle = "Part" in t.morph.get("VerbForm") and "Pres" not in t.morph.get("Tense")
    if t.pos_ != "ADJ" and not participle:
        return False
    number, own = noun.morph.get("Number"), t.morph.get("Number")
    return not (number and own and number != own)
