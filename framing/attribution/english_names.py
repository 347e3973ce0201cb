"""English speaker phrases that end with a capitalised name: whose name is it?

English puts the name last and says what it names by the words around it, not by an article as
French does: a role noun before the name makes it a person's (`company spokesman John Smith`,
`Police Chief Ann Roe`), a body's word inside the name (`the Harbour Authority`, `Acme Ltd`,
`Bay Fire`), an acronym (`the RTA`) or a kind noun before it (`watchdog Fair Deal`) make it a
body's. The rule-based pipeline has no entity recogniser, so the shape is all it has; with a trained
model, an entity the recogniser marks as a person keeps the name a person's.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..matching import norm as _norm
from ..token_table import token_table
from .resources import Resources

PERSON_LISTS = ("unique_title", "person_noun", "anonymous_head")
KIND_LISTS = (("institution_noun", "institution"), ("media_noun", "media"))
CONNECTORS = ("of", "and", "for", "&", "the", "on", "de")
NAME_LISTS = ("media_name", "institution_name", "place")
MAX_NAME = 6


def name_kind(nuc: Span, span: Span, res: Resources) -> str | None:
    """`named_person`, `institution` or `media` for a nucleus ending with a capitalised name whose
    shape or neighbours decide it, else None (the general rules decide)."""
    toks = [t for t in nuc if not (t.is_punct and t.text not in ("&", "."))]
    if _title_of_then_name(toks, span, res):
        return "named_person"  # `Secretary of State Ann Roe`, `Chief of Staff Ann Roe`
    start = _name_start(toks)
    while start is not None and start < len(toks) and res.has("determiner", _norm(toks[start].text)):
        start += 1  # `The RTA` opening a sentence: the article is no part of the name
    if start is None or start >= len(toks):
        return None
    name = toks[start:]
    if any(res.has("time_word", _norm(t.text)) for t in name):
        return None  # `the spokesman Tuesday`: a date, not a name
    if _listed(name, res):
        return None  # `the BBC`, `the State Department`: the lists decide
    role = _last_role(toks[:start], res) if start else None
    plain = not any(_is_role(t, res) for t in name)  # `liberal Democrats` is no role and a name
    if role is not None and plain and not _body_shaped(name, res):
        return "named_person"  # `harbour spokesman Jordan Wells`, `industry analyst Kim Ortega`
    if start and toks[start - 1].text in ("'s", "’s", "'", "’") and len(name) >= 2 and not _shaped(name, res):
        return "named_person"  # `The Post's Ann Roe`: the outlet's or the body's person, by name
    inner = _inner_role(name, res)
    if inner is not None and not _body_shaped(name[inner + 1 :], res):
        return "named_person"  # `Police Chief Ann Roe`: the title is capitalised, the name follows it
    if _body_shaped(name, res):
        return "institution"  # `the Harbour Authority`, `Acme Solar Inc.`, `the RTA`
    if _press_shaped(name, res):
        return "media"  # `the Lakeside Herald`, `Radio Kestrel`
    if _short_form_of_body(name, res):
        return "institution"  # `Northwind said` after `Northwind Haulage Ltd.` opened the story
    if start and toks[start - 1].text.islower():
        before = toks[start - 1]
        for category, kind in KIND_LISTS:
            if res.is_a(category, before.text, before.lemma_):
                return kind  # `watchdog Fair Deal`, `broadcaster Radio Kestrel`
    return None


def _name_start(toks: list[Token]) -> int | None:
    """Index where the closing run of capitalised words starts (connectors allowed inside it)."""
    i = len(toks)
    while i > 0 and len(toks) - i < MAX_NAME:
        t = toks[i - 1]
        inside = _norm(t.text) in CONNECTORS and i - 2 >= 0 and _capitalised(toks[i - 2]) and i < len(toks)
        if _capitalised(t) or inside:  # `Department of Forestry and Fire Protection`
            i -= 1
        else:
            break
    while i < len(toks) and not _capitalised(toks[i]):
        i += 1  # a connector cannot open the name
    if i >= len(toks):
        return None
    return i


def _title_of_then_name(toks: list[Token], span: Span, res: Resources) -> bool:
    """A capitalised title whose `of` complement the nucleus left out, then a name closing the
    phrase: `Director of Public Works Ann Roe`. The words after the title are all
    capitalised or connectors and the last two are neither a listed body nor a place."""
    if not toks or not toks[-1].text[:1].isupper() or not _is_role(toks[-1], res):
        return False
    rest = [t for t in span if t.i > toks[-1].i]
    if len(rest) < 4 or _norm(rest[0].text) not in ("of", "for"):
        return False
    if not all(_capitalised(t) or _norm(t.text) in CONNECTORS for t in rest):
        return False
    last = rest[-2:]
    return all(_capitalised(t) for t in last) and not _listed(last, res) and not _body_shaped(last, res)


def _capitalised(t: Token) -> bool:
    text = t.text
    if text[:1].isupper() and (t.is_alpha or text.rstrip(".").isalpha()):
        return True
    return len(text) == 2 and text[0].isupper() and text[1] == "."  # an initial: `Antony J. Blinken`


def _listed(name: list[Token], res: Resources) -> bool:
    words = [_norm(t.text) for t in name if _norm(t.text) not in ("the",)]
    for category in NAME_LISTS:
        phrases = res.phrase_list(category)
        vocab = res.words.get(category, set())
        for i, w in enumerate(words):
            if w in vocab and category != "place":
                return True
            for phrase in phrases.get(w, ()):
                if tuple(words[i : i + len(phrase)]) == phrase and category != "place":
                    return True
        if category == "place" and len(words) == 1 and words[0] in vocab:
            return True  # `Washington said`: the place stands for its government (typed later)
    return False


def _is_role(t: Token, res: Resources) -> bool:
    return any(res.is_a(category, t.text, t.lemma_) for category in PERSON_LISTS)


def _last_role(toks: list[Token], res: Resources) -> int | None:
    """The lower-case role noun right before the name (`spokesman`, `chief executive`)."""
    if toks and toks[-1].text.islower() and _is_role(toks[-1], res):
        return len(toks) - 1
    return None


def _inner_role(name: list[Token], res: Resources) -> int | None:
    """A capitalised title inside the run with a name after it: a full name after any role (`Police
    Chief Ann Roe`), a surname alone only after a title (`Judge Quinn`), so that a capitalised
    label before a body's word stays the body's (`the Veterans Legion`, `the Harbour Workers Caucus`)."""
    for i in range(len(name) - 2, -1, -1):
        t = name[i]
        after = name[i + 1 :]
        if not 1 <= len(after) <= 4 or not all(u.text[:1].isupper() for u in after):
            continue
        if len(after) == 1 and not res.is_a("unique_title", t.text, t.lemma_):
            continue
        if _is_role(t, res) and not any(_is_role(u, res) for u in after):
            return i
    return None


def _body_shaped(name: list[Token], res: Resources) -> bool:
    """A word that names a body inside the name (`Authority`, `Ltd`, `Department`, `Fire`), or an
    acronym alone (`RTA`, `NORLAN`): not a person's name, whatever the recogniser says of it."""
    if not name:
        return False
    if any(res.has("organisation_word", t.text.lower().rstrip(".")) for t in name):
        return not any(t.ent_type_ in ("PERSON", "PER") for t in name[-1:]) or _acronym(name)
    return len(name) == 1 and _acronym(name) and not _is_role(name[0], res)  # `the CEO` is a title


SHORT_FORMS_KEY = "framing_attribution_short_forms"


def _short_form_of_body(name: list[Token], res: Resources) -> bool:
    """A name of one to three words the article also writes followed by a body's word (`Northwind`
    after `Northwind Haulage Ltd.`, as news names a business in full first), and never after
    another capitalised word (`Dana Merrow` beside `Merrow Holdings` keeps `Merrow` a person's)."""
    if not 1 <= len(name) <= 3 or any(t.ent_type_ in ("PERSON", "PER") for t in name):
        return False
    doc = name[0].doc
    key = " ".join(t.text for t in name)
    cache = doc.user_data.setdefault(SHORT_FORMS_KEY, {})
    found = cache.get(key)
    if found is None:
        text = token_table(doc).text
        body = r"\s+".join(re.escape(t.text) for t in name)
        longer = re.finditer(r"(?<![\w-])" + body + r"((?:[ \u00a0]+[A-Z][\w&.'-]*){1,3})", text)
        words = [w.lower().rstrip(".") for m in longer for w in m.group(1).split()]
        bodies = [w for w in words if res.has("organisation_word", w)]
        # `Eric Roe` beside `the Eric Roe Foundation`: a full name before a body named after someone
        eponym = len(name) > 1 and all(res.has("eponym_word", w) for w in bodies)
        found = bool(bodies) and not eponym and not any(_is_role(t, res) for t in name)
        if found:
            before = re.finditer(r"(?<![\w-])([A-Z][\w.'’-]*)[ \u00a0]+" + body + r"(?![\w-])", text)
            found = not any(_names_a_person(m.group(1), res) for m in before)
        cache[key] = found
    return found


def _names_a_person(word: str, res: Resources) -> bool:
    """A capitalised word before the name makes it a surname (`Donald`, `Mr.`), unless it is an
    article, a dateline in capitals or a sentence's last word (`Monday.`)."""
    if res.has("determiner", word.lower()) or word.isupper():
        return False
    return not (word.endswith(".") and len(word) > 4)


def _shaped(name: list[Token], res: Resources) -> bool:
    return _body_shaped(name, res) or _press_shaped(name, res)


def _press_shaped(name: list[Token], res: Resources) -> bool:
    """Two capitalised words or more closed by a word of the press (`Times`, `Herald`, `News`) or
    opened by one of broadcasting (`Radio`, `TV`), and no person the recogniser found in them."""
    if len(name) < 2 or any(t.ent_type_ in ("PERSON", "PER") for t in name):
        return False
    return res.has("media_title_word", name[-1].text.lower()) or res.has("media_lead_word", name[0].text.lower())


def _acronym(name: list[Token]) -> bool:
    text = name[-1].text.replace(".", "").replace("&", "")
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()
