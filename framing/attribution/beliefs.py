"""Beliefs and hopes told apart from speech (round 29's convention for English news).

`She believed there was a need`, `he thought a lot of people did not know`: the past form of a verb
of belief or hope (`data.belief` in the reporting verbs lists them) narrates what someone held, not
what they said, and the quotation annotators leave it out. It counts as a report only in a speech
context within its sentence: a quotation in double marks, another verb of saying (`said she believed`,
`he hoped X, he told reporters`) or an interview frame (`speech_frame_word` in sources.yaml: `in an
interview, she believed`). The present (`he thinks the vote will pass`) is kept: the dev annotators
count it, and leaving it out cost more dev records than it saved on the read sets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from ..quotes import QuoteMark
from .cues import Cue
from .resources import Resources

SINGLE_MARKS = ("'", "‘", "’")  # an apostrophe can pair as a single quotation: only double marks quote speech


def speechless_beliefs(
    doc: Doc,
    res: Resources,
    marks: Sequence[QuoteMark],
    cues: Sequence[Cue],
    bounds: Callable[[int], tuple[int, int]],
) -> set[int]:
    """Positions in `cues` of the narrated beliefs whose sentence holds no speech context."""
    beliefs = [i for i, cue in enumerate(cues) if doc[cue.head].lower_ in cue.term.belief]
    if not beliefs:
        return set()
    speech_heads = [cue.head for cue in cues if not cue.term.belief]
    dropped: set[int] = set()
    for i in beliefs:
        first, last = bounds(cues[i].head)
        if any(first <= h < last for h in speech_heads):
            continue
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
        if any(m.outer_start < end and start < m.outer_end and m.opener not in SINGLE_MARKS for m in marks):
            continue
        if any(res.has("speech_frame_word", t.lower_) for t in doc[first:last]):
            continue
        dropped.add(i)
    return dropped
