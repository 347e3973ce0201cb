"""English quotations that run over several paragraphs, one record per paragraph.

English copy quotes a long statement over paragraphs by leaving each paragraph open and reopening the
next with a mark (`He said: "A ¶ "B ¶ "C."`). The quote finder reads that as one quotation, and the cue's
record covered all of it. Quote annotation of the Gender Gap Tracker kind counts each reopened
paragraph as a quotation of its own (a floating one, with the same speaker); news-attribution
annotation (PolNeAR) is split between one record and one per paragraph. Here the cue's record keeps its
first paragraph and each reopened paragraph becomes a `floating` record of the same speaker. Measured
in docs/attribution.md, "Twenty-first round: English quotations by shape".
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..quotes import QuoteMark
from ..types import Attribution
from .floating import MIN_WORDS, WORD, antecedent_speaker

REOPENING = re.compile(r"\n[ \t\u00a0]*(``|‘‘|[“\"‘'«])")
CLOSERS = " \t\n\u00a0”\"’'»"


def _reopenings(text: str, marks: list[QuoteMark], start: int, end: int) -> list[tuple[int, int]]:
    """(paragraph start, words start) of each paragraph inside [start, end) that reopens a quotation
    lying in that span, when the words from there on hold a quotation's worth (MIN_WORDS)."""
    inside = [q for q in marks if start <= q.start and q.end <= end]
    found = []
    for m in REOPENING.finditer(text, start, end):
        if not any(q.start < m.start() < q.end for q in inside):
            continue  # a paragraph break between two quotations, or in narration
        nxt = text.find("\n", m.end(), end)
        words = WORD.findall(text[m.end() : end if nxt < 0 else nxt])
        if len(words) >= MIN_WORDS:
            found.append((m.start(), m.end()))
    return found


def _trimmed(text: str, start: int, end: int) -> int:
    """The end of the words before a paragraph break, without the blanks and marks that close them."""
    while end > start and text[end - 1] in CLOSERS:
        end -= 1
    return end


def split_paragraph_quotes(text: str, marks: list[QuoteMark], attributions: list[Attribution]) -> list[Attribution]:
    """`attributions` with every direct content reopened at a new paragraph cut at its paragraphs: the
    record keeps the paragraph next to its cue (the first, or the last when the cue follows the
    quotation), a floating record of the same speaker holds each other one."""
    out: list[Attribution] = []
    for a in attributions:
        if a.form != "direct" or a.content_start is None or a.content_end is None or a.speaker_start is None:
            out.append(a)
            continue
        cuts = _reopenings(text, marks, a.content_start, a.content_end)
        if not cuts:
            out.append(a)
            continue
        pieces = [(a.content_start, _trimmed(text, a.content_start, cuts[0][0]))]
        for k, (_, words) in enumerate(cuts):
            pieces.append((words, _trimmed(text, words, cuts[k + 1][0] if k + 1 < len(cuts) else a.content_end)))
        # a cue after the quotation (`"A ¶ "B," she said.`) belongs to the paragraph it closes
        kept = len(pieces) - 1 if a.start >= a.content_end else 0
        out.append(replace(a, content_start=pieces[kept][0], content_end=pieces[kept][1]))
        speaker = antecedent_speaker(a)
        for k, (words, end) in enumerate(pieces):
            if k == kept:
                continue
            out.append(
                replace(
                    speaker,
                    start=words,
                    end=end,
                    text=text[words:end],
                    verb=None,
                    content_start=words,
                    content_end=end,
                    stance=None,
                    verb_lemma=None,
                    relays_anonymous=False,
                    rule="floating",
                )
            )
    return out
