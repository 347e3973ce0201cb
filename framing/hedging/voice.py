"""Whose words a cue is in: the reporter's own, a quoted speaker's, or a speaker's the writer reports.

`quoted`: the whole cue lies inside one quotation. `reported` (round 32): outside quotation marks but
inside what an attribution record says a speaker said or thought ("le ministre estime que la réforme
*pourrait* échouer", "selon l'Insee, le chômage *aurait* baissé", "officials said the move *could*
deepen the crisis"): the caution is the source's, not the writer's, and readers who mark the voice of
a hedge call it the speaker's. Everything else is the `reporter`'s, and so are three cues that touch
reported speech without being the speaker's: a vague attribution ("selon certains", "des experts
estiment", "some critics say": the writer's hedge by definition, issue 14), a cue on the attribution's
own cue or speaker ("aurait déclaré", "reportedly said", "croit savoir le quotidien": the writer doubts
that the saying happened) and a cue of a record with nobody named as its source (`SPEAKERLESS_RULES`:
"X semble", "the claim that"). The records are the attribution analyser's, already computed per Doc:
nothing is parsed again, and only the cues are looked up.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc

from ..quotes import QuoteIndex, find_quotations
from ..token_table import token_table
from ..types import SPEAKERLESS_RULES, Attribution, Voice

# Cue kinds that name a source without naming it: the writer's hedge whatever clause they sit in.
WRITER_KINDS = frozenset({"vague_attribution"})


def quote_index(doc: Doc) -> QuoteIndex:
    """The quotations `framing_quotes` found, or found now when that component is not in the pipeline."""
    marks = doc._.framing_quote_marks
    if marks is None:
        marks = find_quotations(token_table(doc).text)
    return QuoteIndex(marks)


class ReportedIndex:
    """The contents of a Doc's attribution records, with each record's own cue and speaker, looked up by
    the offsets of a cue (a bisect over the content starts, then the few records that begin before)."""

    def __init__(self, attributions: Sequence[Attribution]) -> None:
        records = sorted(
            (
                (a.content_start, a.content_end, _own_spans(a))
                for a in attributions
                if a.content_start is not None
                and a.content_end is not None
                and a.content_start < a.content_end
                and a.rule not in SPEAKERLESS_RULES
            ),
            key=lambda r: r[0],
        )
        self._records = records
        self._starts = [r[0] for r in records]
        # the furthest content end among the records up to each one, so the look-back stops early
        self._reach: list[int] = []
        furthest = -1
        for _start, end, _own in records:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def reports(self, start: int, end: int) -> bool:
        """Whether the cue [start, end) lies inside a record's content and on none of its own spans."""
        k = bisect.bisect_right(self._starts, start) - 1
        while k >= 0 and self._reach[k] >= end:
            c_start, c_end, own = self._records[k]
            if c_start <= start and end <= c_end and not any(s < end and start < e for s, e in own):
                return True
            k -= 1
        return False


def _own_spans(a: Attribution) -> tuple[tuple[int, int], ...]:
    """The record's cue and speaker: a hedge on them is the writer's, even inside another's content."""
    spans = [(a.start, a.end)]
    if a.speaker_start is not None and a.speaker_end is not None:
        spans.append((a.speaker_start, a.speaker_end))
    return tuple(spans)


def voice_of(
    index: QuoteIndex, start: int, end: int, reported: ReportedIndex | None = None, kind: str | None = None
) -> Voice:
    """`quoted` when the whole cue lies inside one quotation; `reported` when it lies inside an
    attribution's content (see the module docstring for what stays the reporter's); else `reporter`."""
    if index.containing(start, end) is not None:
        return "quoted"
    if reported is not None and kind not in WRITER_KINDS and reported.reports(start, end):
        return "reported"
    return "reporter"
