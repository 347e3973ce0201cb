"""What an attribution record lends to its speaker: the content it reports, outside its own cue and speaker.

Two readers ask the same question of a Doc's records: the hedging rules (is this cue inside reported
speech? framing.hedging.voice) and the report (whose caution is this `reported` cue?). `ReportedIndex`
answers both, so a cue is lent to the speaker of a record that made it `reported`, never to another.
It holds only offsets and records (no spaCy), so reports and exports use it without a pipeline.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from .types import SPEAKERLESS_RULES, Attribution, CertaintyCue, Quote


class ReportedIndex:
    """The contents of a Doc's attribution records, with each record's own cue and speaker, looked up by
    the offsets of a cue (a bisect over the content starts, then the few records that begin before).

    Records with nobody named as their source (`SPEAKERLESS_RULES`: "X semble", "the claim that") and
    empty contents lend nothing."""

    def __init__(self, attributions: Sequence[Attribution]) -> None:
        records = sorted(
            ((a.content_start, a.content_end, _own_spans(a), k) for k, a in enumerate(attributions) if _lends(a)),
            key=lambda r: r[0],
        )
        self._records = records
        self._starts = [r[0] for r in records]
        # the furthest content end among the records up to each one, so the look-back stops early
        self._reach: list[int] = []
        furthest = -1
        for _start, end, _own, _k in records:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def holding(self, start: int, end: int) -> Iterator[int]:
        """Positions (in the list the index was built from) of the records whose content holds [start, end)
        on none of their own spans, latest content start first."""
        k = bisect.bisect_right(self._starts, start) - 1
        while k >= 0 and self._reach[k] >= end:
            c_start, c_end, own, position = self._records[k]
            if c_start <= start and end <= c_end and not any(s < end and start < e for s, e in own):
                yield position
            k -= 1

    def reports(self, start: int, end: int) -> bool:
        """Whether the cue [start, end) lies inside a record's content and on none of its own spans."""
        return next(self.holding(start, end), None) is not None


def _lends(a: Attribution) -> bool:
    """Whether the record lends its content to a speaker: a non-empty content, and someone named as its
    source (not `SPEAKERLESS_RULES`)."""
    return (
        a.content_start is not None
        and a.content_end is not None
        and a.content_start < a.content_end
        and a.rule not in SPEAKERLESS_RULES
    )


def _own_spans(a: Attribution) -> tuple[tuple[int, int], ...]:
    """The record's cue and speaker: a hedge on them is the writer's, even inside another's content."""
    spans = [(a.start, a.end)]
    if a.speaker_start is not None and a.speaker_end is not None:
        spans.append((a.speaker_start, a.speaker_end))
    return tuple(spans)


def reporting_speaker(
    attributions: Sequence[Attribution], cue: CertaintyCue, index: ReportedIndex | None = None
) -> str | None:
    """Who a `reported` cue belongs to: the speaker of the narrowest record whose content holds it
    (`ReportedIndex.holding`), so a reader sees whose caution it is ("le ministre", "l'Insee"); None for
    any other voice. A caller asking for every cue of a document passes the index it built once from the
    same `attributions` (built per cue, a long text with many cues would cost its records squared)."""
    if cue.voice != "reported":
        return None
    index = ReportedIndex(attributions) if index is None else index
    holders = [k for k in index.holding(cue.start, cue.end) if attributions[k].who]
    if not holders:
        return None
    return attributions[min(holders, key=lambda k: (_width(attributions[k]), k))].who


def _width(a: Attribution) -> int:
    return (a.content_end or 0) - (a.content_start or 0)


def reported_stretches(attributions: Sequence[Attribution], quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """The text in reported speech, as `ReportedIndex` reads a cue: every record's content less its own
    cue and speaker, merged, less the quotations (their words are the quoted voice's). In text order,
    disjoint; the base of the reporter-voice hedge and booster rates leaves these words out (round 34)."""
    pieces: list[tuple[int, int]] = []
    for a in attributions:
        if _lends(a):
            pieces.extend(_subtract([(a.content_start, a.content_end)], _merged(list(_own_spans(a)))))
    return _subtract(_merged(pieces), _merged([(q.start, q.end) for q in quotes]))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, with overlapping or touching spans joined; empty spans dropped."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[0] < s[1]):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _subtract(spans: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (sorted, disjoint) less `holes` (sorted, disjoint)."""
    out: list[tuple[int, int]] = []
    k = 0
    for start, end in spans:
        while k < len(holes) and holes[k][1] <= start:
            k += 1
        j = k
        while j < len(holes) and holes[j][0] < end:
            if holes[j][0] > start:
                out.append((start, holes[j][0]))
            start = max(start, holes[j][1])
            j += 1
        if start < end:
            out.append((start, end))
    return out
