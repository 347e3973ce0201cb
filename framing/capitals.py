"""Emphasis in capitals: a common word written all in capitals inside a sentence in normal case.

"Authorities LIED about it", "it was NOT an accident": the capitals stress a word the way a raised
voice does, and readers who judge a sentence's wording call it loaded. Acronyms and names in
capitals are not emphasis, so a word counts only when it is an English word (its form or its lemma
is in spaCy's lookup lemma table, or it is a stop word) and not one of the acronyms listed in
`lexicons/<lang>/emphasis.yaml` (acronyms that are also words: "WHO", "ICE"). A line or sentence
mostly in capitals is a heading or a shout, where no single word is stressed; a word next to a
capitalised non-word ("LAS VEGAS", "JOHN SMITH") is part of a name, and so is a word alone in
brackets after the words it abbreviates ("(CHANGE)"). A word of four letters or fewer counts only when
it is a function word ("NOT", "DID") or a verb in the past ("LIED"): the others are mostly acronyms and
company names ("UPS", "NATO"). The rule entry's `max_per_text` caps the hits per text (English ships 1: docs/loaded.md,
eighth round).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache

import numpy as np
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from . import startup_cache
from .lexicons import LexiconEntry

CAPITALS_RULE = "capitals"  # the `rule` entry of emphasis.yaml that switches the rule on
MIN_LETTERS = 3
MAX_SHORT_NAME = 4  # a word in capitals this short counts only when it is a function word (see _short_name)
PAST_ENDING = "ed"
MIN_SENTENCE_WORDS = 4
MAX_CAPITAL_SHARE = 0.34  # more of the sentence in capitals than this: a heading, not a stressed word
MAX_CAPITAL_WORDS = 3
CAPITAL_RUN = re.compile(rf"[A-Z]{{{MIN_LETTERS},}}")
WORD_CHAR = re.compile(r"[\w'’-]")  # a capital run touching one of these is part of a longer word


@lru_cache(maxsize=2)
def word_hashes(lang: str) -> np.ndarray:
    """Sorted string-store hashes of the language's known words (lookup-table forms and lemmas, stop words).

    Built from spacy-lookups-data once and kept memory-mapped in the start-up cache: loading the table
    itself takes seconds, and only runs with the rule on that meet a word in capitals need it.
    """
    from .components.lexicon import lookups_version

    key = startup_cache.digest(lang, lookups_version(), "capital-words-1")
    _, arrays = startup_cache.cached_arrays("capital_words", key, lambda: ({}, {"hashes": _build_hashes(lang)}))
    return arrays["hashes"]


def _build_hashes(lang: str) -> np.ndarray:
    from spacy.util import get_lang_class

    from .components.lexicon import lemma_lookup_table

    table = lemma_lookup_table(lang)
    hashes: set[int] = {hash_string(w.lower()) for w in get_lang_class(lang).Defaults.stop_words}
    for form_hash, value in table.items() if table is not None else ():
        hashes.add(int(form_hash))
        lemma = value[0] if isinstance(value, list) and value else value
        if isinstance(lemma, str) and lemma.isalpha():
            hashes.add(hash_string(lemma.lower()))
    return np.array(sorted(hashes), dtype=np.uint64)


def is_known_word(lang: str, lower_hash: int) -> bool:
    hashes = word_hashes(lang)
    i = int(np.searchsorted(hashes, np.uint64(lower_hash)))
    return i < len(hashes) and int(hashes[i]) == lower_hash


def rule_entry(entries: Iterable[LexiconEntry]) -> LexiconEntry | None:
    """The `capitals` rule entry when it is switched on (a user file can switch it off), else None."""
    for entry in entries:
        if entry.category == "rule" and (entry.term or "").lower() == CAPITALS_RULE:
            return entry if entry.data.get("enabled", True) else None
    return None


def max_per_text(entry: LexiconEntry) -> int | None:
    """The rule's `max_per_text` (data): a text that stresses one word in capitals raises its voice; the
    next ones mostly come from the same shouting piece (a quoted post, an advertisement) and would
    outweigh it in the article's rate, so they can be left uncounted. None: no limit."""
    value = entry.data.get("max_per_text")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def acronym_words(entries: Iterable[LexiconEntry]) -> frozenset[str]:
    return frozenset((e.term or "").lower() for e in entries if e.category == "acronym" and e.term)


def capital_words(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of whole words of 3+ capitals (a plain regular expression and two character
    checks: faster than look-arounds on every position of the text)."""
    for match in CAPITAL_RUN.finditer(text):
        start, end = match.start(), match.end()
        if (start and WORD_CHAR.match(text, start - 1)) or (end < len(text) and WORD_CHAR.match(text, end)):
            continue
        yield start, end


def stressed_words(
    doc: Doc, text: str, acronyms: frozenset[str], *, limit: int | None = None, taken: Collection[int] = ()
) -> list[Token]:
    """Tokens that are a common word in capitals stressed inside a sentence in normal case, skipping the
    token indices in `taken` (words another hit covers); the first `limit` of them when given (the rest
    of the text is not looked at)."""
    found: list[Token] = []
    for start, end in capital_words(text):
        if limit is not None and len(found) >= limit:
            break
        span = doc.char_span(start, end)
        if span is None or len(span) != 1 or span[0].i in taken:
            continue
        token = span[0]
        if token.lower_ in acronyms or not is_known_word(doc.lang_, token.lower) or _short_name(token):
            continue
        if _part_of_name(doc, token, acronyms) or not _sentence_in_normal_case(doc, token):
            continue
        found.append(token)
    return found


def _short_name(token: Token) -> bool:
    """A short word in capitals that is no function word: an acronym or a company's name far more often
    than a stressed word ("UPS", "a VCR", "NATO", "HUD"; a lookup table of forms holds many of them),
    while the short words a writer stresses are function words ("NOT", "ALL", "DID", "MUST") and verbs
    in the past ("LIED", "SUED": four letters ending in -ed; "FED" is the central bank)."""
    if len(token) > MAX_SHORT_NAME or token.is_stop:
        return False
    return not (len(token) == MAX_SHORT_NAME and token.lower_.endswith(PAST_ENDING))


def _in_brackets(doc: Doc, token: Token) -> bool:
    """Alone in brackets, after the words it abbreviates: "the ... coalition (CHANGE)"."""
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"


def _is_capitals(token: Token) -> bool:
    return token.is_alpha and token.is_upper and len(token) >= 2


def _part_of_name(doc: Doc, token: Token, acronyms: frozenset[str]) -> bool:
    """Next to a word in capitals that is no common word (an acronym, a name), or followed by a colon."""
    if token.i + 1 < len(doc) and doc[token.i + 1].text == ":":
        return True  # "WATCH: ...", "UPDATE: ...": a label opening a line
    if _in_brackets(doc, token):
        return True
    for j in (token.i - 1, token.i + 1):
        if 0 <= j < len(doc) and _is_capitals(doc[j]):
            other = doc[j]
            if other.lower_ in acronyms or not is_known_word(doc.lang_, other.lower):
                return True
    return False


def _sentence_in_normal_case(doc: Doc, token: Token) -> bool:
    """The sentence has enough words, few of them in capitals, and the stressed word is not in the run of
    capitals that opens it: a dateline ("SPRING VALLEY (AP) --") or a lead-in set in capitals by house
    style ("A MAN WAS arrested ...") stresses no word."""
    from .components.lexicon import sentence_bounds

    start, end = sentence_bounds(doc, token.i)
    words = [t for t in doc[start:end] if t.is_alpha]
    if len(words) < MIN_SENTENCE_WORDS or all(t.is_upper for t in words if t.i <= token.i):
        return False
    # The same run opening a line: a headline with no full stop runs into the next line's sentence, so
    # "EAGLE PASS, Texas --" or a drop-cap "COURTS and judges" would not open the parsed sentence.
    line_start = doc.text.rfind("\n", 0, token.idx) + 1
    if all(t.is_upper for t in words if line_start <= t.idx <= token.idx):
        return False
    capitals = sum(1 for t in words if _is_capitals(t))
    return capitals <= MAX_CAPITAL_WORDS and capitals / len(words) <= MAX_CAPITAL_SHARE
