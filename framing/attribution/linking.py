"""Link every quotation to the attribution it belongs to, and count the words quoted.

A quotation inside an attribution's content is linked to it. A quotation that carries on after a
direct attribution (`« ... » dit-il. « ... »`, a second paragraph of the same speech) is linked to
the same attribution when nothing but the cue's own sentence separates them. Other quotations (scare
quotes, titles) stay unlinked (`attribution` is None).
"""

from __future__ import annotations

import re

from ..quotes import QuoteMark
from ..types import Attribution, Quote

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
MAX_CONTINUATION_GAP = 200
SENTENCE_END = re.compile(r"[.!?]")
QUOTE_CHARS = '«»“”"'


def count_words(text: str) -> int:
    return len(WORD.findall(text))


def link_quotes(text: str, marks: list[QuoteMark], attributions: list[Attribution]) -> list[Quote]:
    """One Quote per quotation mark pair, with the index of its attribution (or None)."""
    quotes: list[Quote] = []
    prev_link: int | None = None
    prev_end = -1
    for q in marks:
        link = _containing(q, attributions)
        if link is None and prev_link is not None:
            a = attributions[prev_link]
            gap_start = max(prev_end, a.end)
            gap = text[gap_start : q.outer_start]
            if q.outer_start - prev_end <= MAX_CONTINUATION_GAP and only_rest_of_cue_sentence(gap):
                link = prev_link
        quotes.append(Quote(q.start, q.end, text[q.start : q.end], link, count_words(text[q.start : q.end])))
        if link is not None:
            prev_link, prev_end = link, q.outer_end
        else:
            prev_link, prev_end = None, -1
    return quotes


def only_rest_of_cue_sentence(gap: str) -> bool:
    """The text between a linked quote and the next one is at most the end of the cue's sentence
    (`», a déclaré X au Washington Post. « ...`), with no other quotation or sentence in between."""
    if not any(ch.isalnum() for ch in gap):
        return True
    m = SENTENCE_END.search(gap)
    if m is None or len(gap[: m.start()]) > 80 or any(ch in gap for ch in QUOTE_CHARS):
        return False
    return not any(ch.isalnum() for ch in gap[m.end() :])


def _containing(q: QuoteMark, attributions: list[Attribution]) -> int | None:
    best = None
    for i, a in enumerate(attributions):
        if a.content_start is None or a.content_end is None:
            continue
        if a.content_start < q.outer_end and q.outer_start < a.content_end:
            if a.content_start == q.start and a.content_end == q.end:
                return i
            if best is None:
                best = i
    return best
