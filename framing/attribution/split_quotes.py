"""A quotation split by its cue, `« A », a dit X, « B ».` (in French also `« A », explique X : « B »`), is
one attribution whose content runs from A through B (the guidelines' convention).

The inverted cue's content is the quotation before it, and the quotation after the cue had no record:
its words went unattributed. Here a record whose content is a whole quotation that ends before its cue
takes the next quotation as the rest of its content when only a comma (French: or a colon) separates
them, after the cue and at most a short phrase with no sentence end (`dans un communiqué`, `sur X`, `à
l'AFP`), and no record covers that quotation yet. Quotations chained to it by `;` or `,` come along.
A French quotation whose marks the page lost after the incise (round 28's convention) runs on too: to
a closing mark that closes nothing, or to the paragraph's end after an opening mark never closed. A
new quotation after the cue's full stop stays a record of its own (the read sets' gold: 5 to 0).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..quotes import QuoteMark
from ..types import Attribution
from .floating import chain_end

MAX_GAP = 60  # characters between the cue's end and the comma before the second quotation
GAP = re.compile(r"[^.!?…;:«»“”\"\n]*,[ \u00a0\u202f]*$")
# French: the cue's trailing words to the end of its sentence, before the rest of a quotation lost its marks
SENTENCE_AFTER_CUE = re.compile(r"[^.!?…;:«»“”\"\n]*[.:][ \u00a0\u202f]*")
OPENING_MARKS = '«“"'  # a quotation the page left open starts with one of these
LONE_MARKS = '«»“”"'
FRENCH_GAP = re.compile(r"[^.!?…;:«»“”\"\n]*[,:][ \u00a0\u202f]*$")  # `« A », explique X : « B »`


def _covered(attributions: list[Attribution], start: int, end: int) -> bool:
    for a in attributions:
        spans = [(a.start, a.end)]
        if a.content_start is not None and a.content_end is not None:
            spans.append((a.content_start, a.content_end))
        if any(s < end and start < e for s, e in spans):
            return True
    return False


def join_split_quotes(
    text: str, marks: list[QuoteMark], attributions: list[Attribution], lang: str
) -> list[Attribution]:
    """`attributions` with each content split by its own cue joined again (same order)."""
    gap_shape = FRENCH_GAP if lang == "fr" else GAP
    by_end = {m.end: k for k, m in enumerate(marks)}
    out = list(attributions)
    for i, a in enumerate(out):
        if a.content_start is None or a.content_end is None or a.form != "direct":
            continue
        k = by_end.get(a.content_end)
        if k is None or marks[k].outer_end > a.start:
            continue  # the content is no quotation, or the cue does not follow it
        nxt = marks[k + 1] if k + 1 < len(marks) else None
        gap = text[a.end : nxt.outer_start] if nxt is not None else ""
        if nxt is not None and nxt.outer_start >= a.end and len(gap) <= MAX_GAP and gap_shape.match(gap):
            rest, end = nxt.start, marks[chain_end(text, marks, k + 1)].end
        elif lang == "fr":
            found = _unmarked_rest(text, marks, a.end)
            if found is None:
                continue
            rest, end = found
        else:
            continue
        if _covered(out[:i] + out[i + 1 :], rest, end):
            continue
        out[i] = replace(a, content_end=end)
    return out


def _unmarked_rest(text: str, marks: list[QuoteMark], after: int) -> tuple[int, int] | None:
    """French: the rest of a quotation after its incise whose marks the page lost, as (start, end): the
    words up to a closing mark that closes nothing (`« A », explique X. B, etc. »`), or to the paragraph's
    end after an opening mark that is never closed (`« A », affirme X. « B ...` and no closing mark)."""
    trail = SENTENCE_AFTER_CUE.match(text, after, min(len(text), after + MAX_GAP))
    if trail is None:
        return None
    rest = trail.end()
    para_end = text.find("\n", rest)
    para_end = len(text) if para_end < 0 else para_end
    if rest >= para_end or any(m.outer_start < para_end and rest < m.outer_end for m in marks):
        return None  # the paragraph holds a quotation of its own: the other rules read it
    if text[rest] in OPENING_MARKS:
        end = len(text[:para_end].rstrip())
        return (rest + 1, end) if end > rest + 1 else None
    close = next((j for j in range(rest, para_end) if text[j] in LONE_MARKS), None)
    if close is None or text[close] in "«“" or (text[close] == '"' and text[close - 1].isspace()):
        return None  # no mark, or one that opens: no lost quotation there
    return rest, len(text[:close].rstrip())
