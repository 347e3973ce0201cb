"""Capitalised names the text itself writes as an armed group's (French).

A named armed group, militia or rebel movement speaks as a group (issue 13, round 29 convention), but its
name alone (`Les Zalvas affirment`) looks like a body's or a family's. News writes such a name at least
once with the noun of what it is: `la milice Zalva`, `les rebelles du Zalva`, or in apposition, `Les Zalvas,
milices d'autodéfense, ...` (`armed_group_noun` in the sources lexicon). Such a name is an armed group's,
wherever it speaks.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..matching import norm
from ..token_table import token_table
from .doc_memo import per_resources
from .resources import Resources

ARMED_NAMES_KEY = "framing_armed_group_names"
NAME_WORDS = 3  # capitalised words an armed group's name may run to (`Forces démocratiques X`)
OF_WORDS = ("de", "d'", "du")  # `les rebelles du M23`
ARTICLES = ("le", "la", "l'", "les", "des", "ces")
PREFIX = 3  # letters of the screen on armed-group nouns (a naive singular keeps them)


def armed_group_names(doc: Doc, res: Resources) -> frozenset[str]:
    """The capitalised runs the text writes right after an armed group's noun or in apposition before
    one, remembered per Doc (one walk over the text, only when a name asks)."""
    return per_resources(
        doc, ARMED_NAMES_KEY, res, lambda: frozenset(_armed_group_names(doc, res)) if res.lang == "fr" else frozenset()
    )


def named_armed_group(nuc: Span, res: Resources) -> bool:
    """The speaker's nucleus, its article aside, is a name the text writes as an armed group's, or an
    armed group's noun and its name (`la milice X`)."""
    if _name_word(nuc[-1]) and any(t.text.islower() and res.is_a("armed_group_noun", t.text, t.lemma_) for t in nuc):
        return True  # the name closing the phrase is tested first: it is the cheaper test
    words = [t for t in nuc if norm(t.text) not in ARTICLES]
    if not words or not all(_name_word(t) for t in words):
        return False
    return nuc.doc[words[0].i : words[-1].i + 1].text in armed_group_names(nuc.doc, res)


def _armed_group_names(doc: Doc, res: Resources) -> list[str]:
    names = []
    prefixes = _noun_prefixes(res)
    table = token_table(doc)
    words, lemmas = table.words, table.lemma
    # the screen, in one comprehension: no key `is_a` tries for the other words can be an armed group's
    # noun (the table's lemma is the Token's lower-cased with ’ folded, which is how `keys` reads it; no
    # Token is built here)
    passing = {word for word in set(words).union(lemmas) if word[:PREFIX] in prefixes}  # once per distinct word
    for k in [
        k
        for k, (text, lemma) in enumerate(zip(words, lemmas, strict=True))
        if (text in passing or lemma in passing) and text.islower()
    ]:
        text, lemma = words[k], lemmas[k]
        if not res.is_a("armed_group_noun", text, lemma):
            continue
        t = doc[k]
        i = t.i + 1
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.islower():
            i += 1  # `les miliciens nationalistes X`
        if i < len(doc) and norm(doc[i].text) in OF_WORDS:
            i += 1
        after = _run_from(doc, i)
        if after:
            names.append(after)
        before = _apposed_before(doc, t.i)
        if before:
            names.append(before)
    return names


def _noun_prefixes(res: Resources) -> frozenset[str]:
    """First letters of the armed-group nouns: a cheap screen so the walk over the text looks up only the
    few words that could be one (every key `is_a` tries, singular included, starts with them)."""
    return frozenset(word[:PREFIX] for word in res.words.get("armed_group_noun", ()))


def _apposed_before(doc: Doc, i: int) -> str:
    """`Les X, milices ...`: a capitalised run closed by a comma, then the noun (an article may open it)."""
    k = i - 1
    if k >= 0 and norm(doc[k].text) in ARTICLES:
        k -= 1
    if k < 1 or doc[k].text != ",":
        return ""
    end = k
    start = end
    while start > max(0, end - NAME_WORDS) and _name_word(doc[start - 1]):
        start -= 1
    while start < end and norm(doc[start].text) in ARTICLES:
        start += 1  # `Les X, milices`: the article opening the sentence is no part of the name
    return doc[start:end].text if start < end else ""


def _run_from(doc: Doc, i: int) -> str:
    words: list[Token] = []
    for t in doc[i : i + NAME_WORDS]:
        if not _name_word(t):
            break
        words.append(t)
    return doc[words[0].i : words[-1].i + 1].text if words else ""


def _name_word(t: Token) -> bool:
    """A capitalised word of letters or of letters and figures (`Zalva`, `M23`)."""
    return t.text[:1].isupper() and t.text.isalnum()
