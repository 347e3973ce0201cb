"""Is a conditional the consequence of a hypothesis ("Si la banque relevait ses taux, l'inflation
ralentirait"; "the strike would continue if ...")? Such a conditional states what follows from a
supposition, not unverified news, so it is not a hedge.

The test is made on the surface, which is robust to parse errors: a hypothetical marker from the
lexicon (`si`, `s'` before il/ils, `au cas où`, `if`, `unless`...) in the same sentence, unless it
opens an indirect question ("savoir si", "asked if") or is the adverb "si" before an adjective.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from .clauses import HARD_BOUNDARIES, Sentences
from .words import ClauseWords

QUESTION_WINDOW = 3


def hypothetical_marker(
    doc: Doc,
    token: Token,
    markers: list[tuple[int, int]],  # sorted
    keys: list[frozenset[str]],
    words: ClauseWords,
    sentences: Sentences,
) -> tuple[int, int] | None:
    """The marker that makes `token`'s clause hypothetical, or None."""
    sent_start, sent_end = sentences.around(token.i)
    first = bisect.bisect_left(markers, (sent_start, sent_start))
    for start, end in markers[first:]:
        if start >= sent_end:
            break
        if _opens_question(doc, start, keys, words, sent_start):
            continue
        nxt = doc[end] if end < len(doc) else None
        if end - start == 1 and nxt is not None and nxt.pos_ in ("ADJ", "ADV") and nxt.dep_ != "advmod:neg":
            continue  # "si grand", "si bien que": the adverb, not the conjunction
        if _separated(doc, min(start, token.i), max(start, token.i)):
            continue
        return (start, end)
    return None


def _opens_question(doc: Doc, start: int, keys: list[frozenset[str]], words: ClauseWords, floor: int) -> bool:
    window = range(start - 1, max(floor, start - QUESTION_WINDOW) - 1, -1)
    return any(keys[i] & words.question_words for i in window)


def _separated(doc: Doc, lo: int, hi: int) -> bool:
    """A semicolon or colon between the marker and the verb puts them in different clauses."""
    return any(doc[i].text in HARD_BOUNDARIES for i in range(lo, hi))
