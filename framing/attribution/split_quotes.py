"""A quotation split by its cue, `« A », a dit X, « B ».`, is one attribution whose content runs from A
through B (the guidelines' convention).

The inverted cue's content is the quotation before it, and the quotation after the cue had no record:
its words went unattributed. Here a record whose content is a whole quotation that ends before its cue
takes the next quotation as the rest of its content when only a comma separates them, after the cue and
at most a short phrase with no sentence end (`dans un communiqué`, `sur X`, `à l'AFP`), and no record
covers that quotation yet. Quotations chained to it by `;` or `,` come along. Both languages: the
convention and the punctuation are the same.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..quotes import QuoteMark
from ..types import Attribution
from .floating import chain_end

MAX_GAP = 60  # characters between the cue's end and the comma before the second quotation
GAP = re.compile(r"[^.!?…;:«»“”\"\n]*,[ \u00a0\u202f]*$")


def _covered(attributions: list[Attribution], start: int, end: int) -> bool:
    for a in attributions:
        spans = [(a.start, a.end)]
        if a.content_start is not None and a.content_end is not None:
            spans.append((a.content_start, a.content_end))
        if any(s < end and start < e for s, e in spans):
            return True
    return False


def join_split_quotes(text: str, marks: list[QuoteMark], attributions: list[Attribution]) -> list[Attribution]:
    """`attributions` with each content split by its own cue joined again (same order)."""
    by_end = {m.end: k for k, m in enumerate(marks)}
    out = list(attributions)
    for i, a in enumerate(out):
        if a.content_start is None or a.content_end is None or a.form != "direct":
            continue
        k = by_end.get(a.content_end)
        if k is None or k + 1 >= len(marks) or marks[k].outer_end > a.start:
            continue  # the content is no quotation, or the cue does not follow it
        nxt = marks[k + 1]
        gap = text[a.end : nxt.outer_start]
        if nxt.outer_start < a.end or len(gap) > MAX_GAP or not GAP.match(gap):
            continue
        last = marks[chain_end(text, marks, k + 1)]
        if _covered(out[:i] + out[i + 1 :], nxt.start, last.end):
            continue
        out[i] = replace(a, content_end=last.end)
    return out
