"""French: an outlet named by its medium's noun where a reader would name the outlet (round 44).

Two shapes typed `document` or `anonymous` before:
- a text or a figure of an outlet (`les calculs du magazine`, `l'enquête du quotidien`, `un décompte de la
  chaîne`): a document's or thing's noun whose complement is a definite medium's noun (`media_noun`,
  `outlet_kind_noun`) is the outlet's work, and the outlet is the source (the annotators' convention: the
  read sets' notes type `les calculs du magazine` media, as `le rapport du Guardian` already was);
- a bare definite `le site`, `le blog`, `le portail` (no complement, no name) in a text that has already
  named an outlet: a place or a page does not speak, the outlet introduced before does. Without an outlet
  mentioned earlier `le site` stays what it was (an industrial site speaks through its operator).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..matching import norm as _norm
from ..token_table import morph_of
from .resources import Resources

DEFINITE_SINGULAR = ("le", "la", "l'")
OUTLET_LISTS = ("media_noun", "media_name")
LINK_ARTICLES = ("du", "de", "d'", "des")
ARTICLES = ("le", "la", "l'", "les", "ce", "cette", "notre")


def medium_complement(doc: Doc, start: int, end: int, res: Resources) -> bool:
    """The speaker phrase ends on `de` + a definite medium's noun (`... du magazine`, `... de la chaîne de
    télévision`, `... du site d'information`): the first complement of the head is the medium."""
    span = doc[start:end]
    for i, t in enumerate(span):
        if i == 0 or _norm(t.text) not in LINK_ARTICLES:
            continue
        rest = [u for u in span[i + 1 :] if not u.is_space]
        if _norm(t.text) in ("de", "d'"):
            if not rest or _norm(rest[0].text) not in ARTICLES:
                return False  # `des calculs de presse`: no definite outlet
            rest = rest[1:]
        if not rest:
            return False
        if res.is_a("media_noun", rest[0].text, rest[0].lemma_):
            return True  # `du magazine`, `de la chaîne`
        # `du site`, `du blog`: a web outlet only where the text has named one (an industrial site is no outlet)
        return res.is_a("outlet_kind_noun", rest[0].text, rest[0].lemma_) and _outlet_before(doc, start, res)
    return False


def _outlet_before(doc: Doc, start: int, res: Resources) -> bool:
    """A medium's noun, a listed outlet's name, or an outlet's kind before a name (`le site Zalvopart`)
    earlier in the text."""
    for t in doc[:start]:
        if any(res.is_a(cat, t.text, t.lemma_) for cat in OUTLET_LISTS):
            return True
        if res.is_a("outlet_kind_noun", t.text, t.lemma_) and t.i + 1 < start and doc[t.i + 1].text[:1].isupper():
            return True
    return False


def bare_outlet_kind(doc: Doc, start: int, end: int, res: Resources) -> bool:
    """`le site`, `le blog` alone (an adjective allowed) after an outlet named earlier in the text."""
    words = [t for t in doc[start:end] if not t.is_space]
    if len(words) < 2 or _norm(words[0].text) not in DEFINITE_SINGULAR:
        return False
    head = words[1]
    if not res.is_a("outlet_kind_noun", head.text, head.lemma_):
        return False
    if any(not (t.pos_ == "ADJ" and t.text.islower()) for t in words[2:]):
        return False
    if end < len(doc) and "Part" in morph_of(doc[end]).get("VerbForm", ()):
        return False  # `le site fondé par X`: a participle goes on describing it, left to the rules that read it
    return _outlet_before(doc, start, res)
