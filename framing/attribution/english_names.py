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
AMPERSAND_ACRONYM = re.compile(r"[A-Z]{1,4}(?:&[A-Z]{1,4})+")


def name_kind(nuc: Span, span: Span, res: Resources) -> str | None:
    """`named_person`, `institution` or `media` for a nucleus ending with a capitalised name whose
    shape or neighbours decide it, else None (the general rules decide)."""
    toks = [t for t in nuc if not (t.is_punct and t.text not in ("&", "."))]
    if _title_of_then_name(toks, span, res):
        return "named_person"  # `Secretary of State Ann Roe`, `Chief of Staff Ann Roe`
    if span.end > nuc.end and _whole_span_role_name(span, res):
        return "named_person"
    if _title_abbreviation(toks, res):
        return "named_person"  # `Det Sgt King`, `Dr otieno`: a name's title, a name after it
    if _bare_possessive(toks, res):
        return "institution"  # `Macy's said`: a genitive with no noun after it names a shop or a firm
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
    if start and toks[start - 1].text in POSSESSIVE and len(name) >= 2 and not _shaped(name, res):
        return "named_person"  # `The Post's Ann Roe`: the outlet's or the body's person, by name
    inner = _inner_role(name, res)
    if inner is not None and not _body_shaped(name[inner + 1 :], res):
        return "named_person"  # `Police Chief Ann Roe`: the title is capitalised, the name follows it
    if _role_word_surname(name, res):
        return "named_person"  # `Lord Alan Judge`, `Sergeant Joe King`: a surname that is a title's word
    if (
        len(name) >= 2
        and span.end > nuc.end + 1
        and span.doc[nuc.end].text == ","
        and res.is_a("unique_title", name[-1].text, name[-1].lemma_)
        and not _press_shaped(name, res)  # `the Lakeside Observer` is a newspaper
    ):
        # `The Police Command Spokesperson, Ade Bello,`: a title written in capitals closes the run, the
        # body's words qualify it, and the apposition after the comma decides (`the New Hampshire Union
        # Leader` with no apposition stays the general rules' body)
        return None
    if _body_shaped(name, res):
        return "institution"  # `the Harbour Authority`, `Acme Solar Inc.`, `the RTA`
    if _press_shaped(name, res):
        return "media"  # `the Lakeside Herald`, `Radio Kestrel`
    if _short_form_of_body(name, res):
        return "institution"  # `Northwind said` after `Northwind Haulage Ltd.` opened the story
    if len(toks) == 1:  # no article: `the Saudis`, `the Texan` are people
        alone = all(t.is_punct for t in span if t.i >= nuc.end)  # not `Speaker of the House Rep. X`
        if alone and _lone_name_of_body(name[0], res):
            return "institution"  # `Norvolt said`, never `Ann Norvolt` nor `Mr Norvolt`: a body's name
    if start and toks[start - 1].text.islower():
        before = toks[start - 1]
        for category, kind in KIND_LISTS:
            if res.is_a(category, before.text, before.lemma_):
                return kind  # `watchdog Fair Deal`, `broadcaster Radio Kestrel`
    return None


POSSESSIVE = ("'s", "’s", "'", "’")


def _title_abbreviation(toks: list[Token], res: Resources) -> bool:
    """A capitalised title written only before names (`Dr`, `Sgt`, `Cllr`, `Mr`) then one to three
    words closing the phrase: a person's name whatever its case (`Dr otieno` keeps a typo)."""
    for i, t in enumerate(toks[:-1]):
        if t.text[:1].isupper() and res.has("name_title", _norm(t.text).rstrip(".")):
            after = [u for u in toks[i + 1 :] if u.text != "."]
            rest = [u for u in after if not res.has("name_title", _norm(u.text).rstrip("."))]
            return 1 <= len(rest) <= 3 and all(u.is_alpha for u in rest) and not _body_shaped(rest, res)
    return False


def _bare_possessive(toks: list[Token], res: Resources) -> bool:
    """A capitalised name in the genitive closing the speaker with no noun after it (`Macy's`,
    `Sainsbury's`): English names shops and firms after their founders so; a person is never
    the genitive alone (a person the article names in full is, where the speaker was cut short)."""
    words = [t for t in toks if not res.has("determiner", _norm(t.text))]
    return (
        len(words) == 2
        and words[1].text in POSSESSIVE
        and _capitalised(words[0])
        and not _is_role(words[0], res)
        and words[0].ent_type_ not in ("PERSON", "PER")
        and not _introduced_as_person(token_table(words[0].doc).text, words[0].text, res)
    )


def _role_word_surname(name: list[Token], res: Resources) -> bool:
    """A title, a given name, then a surname that is also a title's word (`Lord Alan Judge`,
    `Detective Sergeant Joe King`): the middle word is in no list and modifies no title (`Deputy
    Prime Minister` is a title, not a name)."""
    if len(name) < 3 or not _is_role(name[-1], res) or not _is_role(name[-3], res):
        return False
    given = name[-2]
    low = _norm(given.text)
    if not given.is_alpha or given.text.isupper() or _is_role(given, res):
        return False
    return not any(res.has(c, low) for c in (*KNOWN_LISTS, "title_modifier", "organisation_word"))


def _whole_span_role_name(span: Span, res: Resources) -> bool:
    """The nucleus stopped at `of` but the phrase closes with a role then a name
    (`Harbour College School of Marine Studies researcher Professor Ann Roe`): the name is the
    person's, the words before it their employer."""
    toks = [t for t in span if not (t.is_punct and t.text not in ("&", "."))]
    start = _name_start(toks)
    if start is None or start == 0:
        return False
    name = toks[start:]
    if _listed(name, res) or _body_shaped(name, res) or _press_shaped(name, res):
        return False
    if any(res.has("time_word", _norm(t.text)) for t in name):
        return False
    if _last_role(toks[:start], res) is None:
        return False
    roles = [i for i, t in enumerate(name) if _is_role(t, res)]
    return len(name) - (roles[-1] + 1 if roles else 0) >= 1 and (not roles or _inner_role(name, res) is not None)


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
    if AMPERSAND_ACRONYM.fullmatch(text):
        return True  # `AT&T`, `R&AW`: capitals joined by an ampersand, a body's acronym
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


LONE_KEY = "framing_attribution_lone_names"
INNER_PUNCT = (",", ";", "(", "—", "–")
FUNCTION_LISTS = ("determiner", "complementizer", "clause_opener", "clause_boundary", "np_stop", "adverb",
                  "adjunct_opener", "np_link",
                  "time_word", "phrase_opener", "participle_preposition", "negation")  # fmt: skip
KNOWN_LISTS = ("place", "institution_name", "media_name", "group_noun", "institution_noun", "media_noun",
               "document_noun", "anonymous_head", "person_noun", "unique_title")  # fmt: skip


def _lone_name_of_body(tok: Token, res: Resources) -> bool:
    """One capitalised word standing alone as the speaker that English news never introduced as a
    person's: the article writes it capitalised inside a sentence (a proper name, not a sentence's
    first common noun) and never after another capitalised word (`Ann Norvolt`, `Mr Norvolt`,
    `President Norvolt`). News names a person in full before the surname alone; a company, a utility
    or a body is named by one word from the start. A person the recogniser found keeps it a person's."""
    text = tok.text
    if not (text[:1].isupper() and text.isalpha() and not text.isupper() and len(text) > 2):
        return False
    if text.endswith("s"):
        return False  # `Mexicans`, `Millennials`: a people or a generation, written in the plural
    if tok.i > 0 and (
        res.has("np_link", _norm(tok.doc[tok.i - 1].text)) or res.has("np_stop", _norm(tok.doc[tok.i - 1].text))
    ):
        return False  # `the senator from Vermont, who`: a place in a person's description
    if tok.ent_type_ in ("PERSON", "PER") or any(res.is_a(c, text, tok.lemma_) for c in KNOWN_LISTS):
        return False
    doc = tok.doc
    cache = doc.user_data.setdefault(LONE_KEY, {})
    found = cache.get(text)
    if found is None:
        table = token_table(doc)
        words = table.words
        inner = any(
            w == text and i > 0 and (words[i - 1][:1].islower() or words[i - 1] in INNER_PUNCT)
            for i, w in enumerate(words)
        )
        found = inner and not _introduced_as_person(table.text, text, res)
        if found and tok.doc.ents:
            found = text not in {t.text for e in doc.ents if e.label_ in ("PERSON", "PER") for t in e}
        cache[text] = found
    return found


def _introduced_as_person(text: str, name: str, res: Resources) -> bool:
    """The article writes the name after a given name or a title (`Ann Norvolt`, `Mr Norvolt`,
    `Benjamin L. Norvolt`), or treats it as a person's (below)."""
    before = re.finditer(
        r"(?<![\w-])([A-Z][\w.'’-]*)(?:[ \u00a0]+\([^()]{1,30}\))?[ \u00a0]+" + re.escape(name) + r"(?![\w-])", text
    )
    return any(_introduces(m.group(1), res) for m in before) or _treated_as_person(text, name, res)


def _treated_as_person(text: str, name: str, res: Resources) -> bool:
    """The article writes the name with a role in apposition (`Kerwin, a shop owner,`) or opens the
    next sentence with `He` or `She` (`Kerwin said so. He added ...`): a person's, introduced earlier
    than the excerpt or not at all."""
    word = re.escape(name)
    for m in re.finditer(word + r",[ \u00a0]+((?:[\w’'-]+[ \u00a0]+){0,4}[\w’'-]+)", text):
        if any(_is_role_word(w, res) for w in m.group(1).split()):
            return True
    follow = r"(?<![\w-])" + word + r"(?![\w-])[^.!?\n]{0,120}[.!?][\"”’]?[ \u00a0]+(?:He|She)\b"
    if re.search(follow, text) is not None:
        return True
    # `Norvolt said its crews ...` against `Trump said his plan ...`: the possessive right after
    mine = r"(?<![\w-])" + word + r"(?![\w-])[^.!?\n]{0,60}?\b(his|her|its|their)\b"
    kinds = [m.group(1) for m in re.finditer(mine, text)]
    return kinds.count("his") + kinds.count("her") > kinds.count("its")


def _is_role_word(word: str, res: Resources) -> bool:
    low = word.lower()
    return any(res.has(c, low) or res.has(c, low.rstrip("s")) for c in PERSON_LISTS)


def _introduces(word: str, res: Resources) -> bool:
    """A capitalised word before the name that makes it a surname: a given name or a title, not a
    function word opening the sentence (`When`, `The`), a possessive (`Africa's`) or a dateline."""
    low = word.lower()
    if any(res.has(c, low) for c in FUNCTION_LISTS) or (word.isupper() and len(word.rstrip(".")) > 1):
        return False
    if word.endswith(POSSESSIVE):
        return False
    if res.has("name_title", low.rstrip(".")):
        return True  # `Pres. Norvolt`, `Supt. Norvolt`
    return not (word.endswith(".") and len(word) > 4)


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
