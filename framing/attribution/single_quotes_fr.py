"""French wire and Swiss copy that quotes in straight single marks ('Nous avons perdu', a-t-il dit.).

The shared finder (`framing.quotes`) reads no straight single mark in French, since the same character is
the apostrophe of `l'État`, `aujourd'hui`, `qu'il`: such quotations were never seen, so the incise after
one took the sentence before it as indirect content, and a quotation with no cue was lost. For attribution
only (the voice of hedges and loaded words stays as the shared finder reads it), a straight single mark
opens a quotation only where an apostrophe cannot stand: after a space, a colon, an opening bracket or at
a paragraph's start, and before a letter. It closes at the first straight mark in the same paragraph that
follows a character other than a space and comes before a space, punctuation or the paragraph's end (an
apostrophe inside a word is followed by a letter, so `l'équipe` inside the quotation does not close it).
A mark inside a double-marked quotation already found quotes inside that quotation and is left to it.
"""

from __future__ import annotations

import re

from ..quotes import QuoteIndex, QuoteMark, trimmed_mark

# An opener: line start, a space, a colon or an opening bracket before it, a letter after it.
_OPENER = re.compile(r"(?:^|(?<=[\s:(\[]))'(?=[^\W\d_])", re.MULTILINE)
MAX_SINGLE_QUOTE_CHARS = 3000  # as framing.quotes: a quotation longer than this is left unread


def find_french_single_quotations(text: str, taken: list[QuoteMark]) -> list[QuoteMark]:
    """Quotations in straight single marks outside the quotations in `taken`, in order."""
    if "'" not in text:
        return []
    index = QuoteIndex(taken)
    found: list[QuoteMark] = []
    for at in _OPENER.finditer(text):
        i = at.start()
        if (found and found[-1].outer_end > i) or index.containing(i) is not None:
            continue
        close_at = _closer(text, i + 1)
        if close_at < 0 or index.containing(close_at) is not None:
            continue
        mark = trimmed_mark(text, i, close_at)
        if mark is not None:
            found.append(mark)
    return found


def _closer(text: str, j: int) -> int:
    """Offset of the mark closing a quotation opened before j, in the same paragraph, or -1."""
    limit = text.find("\n", j, j + MAX_SINGLE_QUOTE_CHARS)
    limit = min(len(text), j + MAX_SINGLE_QUOTE_CHARS) if limit < 0 else limit
    k = text.find("'", j, limit)
    while k >= 0:
        after = text[k + 1] if k + 1 < len(text) else "\n"
        if not text[k - 1].isspace() and not after.isalnum():
            return k
        k = text.find("'", k + 1, limit)
    return -1
