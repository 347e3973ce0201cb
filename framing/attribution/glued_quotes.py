"""French web copy that glues a quotation to the sentence before it (`..., selon le directeur X."La grève
va ...", a prévenu M. X.`): the straight mark after the full stop opens a quotation, but the shared finder
(`framing.quotes`) opens a straight mark only after a space or a bracket, so the quotation is never seen and
the incise after it takes the last sentence alone, typed indirect. For attribution only (the voice of
hedges and loaded words stays as the shared finder reads it), a straight mark glued after `.`, `!` or `?`
that closes a word and before a capital opens a quotation when a mark closes it later in the paragraph
with no straight mark in between.
"""

from __future__ import annotations

import re

from ..quotes import QuoteIndex, QuoteMark

_GLUED_OPENER = re.compile(r'(?<=\w[.!?])"(?=[^\W\d_])')
MAX_GLUED_QUOTE_CHARS = 3000  # as framing.quotes: a quotation longer than this is left unread


def find_glued_openers(text: str, taken: list[QuoteMark]) -> list[QuoteMark]:
    """Quotations opened by a straight mark glued to the previous sentence's stop, outside `taken`."""
    if '."' not in text and '!"' not in text and '?"' not in text:
        return []  # most articles: nothing glued
    index = QuoteIndex(taken)
    found: list[QuoteMark] = []
    for at in _GLUED_OPENER.finditer(text):
        i = at.start()
        if not text[i + 1].isupper() or index.containing(i) is not None:
            continue
        if found and found[-1].outer_end > i:
            continue
        end = text.find("\n", i, i + MAX_GLUED_QUOTE_CHARS)
        end = min(len(text), i + MAX_GLUED_QUOTE_CHARS) if end < 0 else end
        close_at = text.find('"', i + 1, end)
        if close_at < 0 or (close_at + 1 < len(text) and text[close_at + 1].isalnum()):
            continue  # no closer in the paragraph, or the next mark opens a word (`."A ."B`): not a pair
        if index.containing(close_at) is not None or close_at - i < 2:
            continue
        found.append(QuoteMark(i + 1, close_at, i, close_at + 1, '"'))
    return found
