"""`Le ministre : « ... »`: a speaker named before a colon that opens a quotation, with no verb.

Interviews, quote lists and live coverage introduce speech with the speaker's name (and maybe a role,
an outlet or a date) and a colon: `Emmanuel Dupont, économiste : « ... »`. The lead-in runs from the
start of its paragraph or sentence to the colon; it must open with a noun phrase a speaker list or a
name types (not a date: `Juillet 2016 :` carries on the previous speaker, see `floating`) and hold no
finite verb (a verb cue would have found it). The content is the quotation and those chained to it by
`;` (`« A » ; « B »`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..quotes import QuoteMark
from ..token_table import token_table
from .content import Content
from .cues import Cue
from .floating import chain_end
from .resources import ReportingTerm, Resources
from .speaker_types import PRONOUN, SpeakerInfo, classify
from .speakers import SpeakerFinder

COLON_TERM = ReportingTerm(term=":", words=(":",), stance="neutral", entry_id="colon")
MAX_LEAD_CHARS = 160
SENTENCE_CUT = re.compile(r"[.!?…»]\s+(?=\S)")


@dataclass(frozen=True)
class ColonCue:
    cue: Cue
    speaker: tuple[int, int]  # token range
    start: int  # characters: lead-in through the colon
    end: int
    content: Content


def _lead_start(text: str, colon: int) -> int:
    """Start of the colon's lead-in: its paragraph, or the last sentence that ends before it."""
    start = text.rfind("\n", 0, colon) + 1
    for m in SENTENCE_CUT.finditer(text, start, colon):
        start = m.end()
    return start


def colon_candidates(
    doc: Doc,
    res: Resources,
    marks: list[QuoteMark],
    finder: SpeakerFinder,
    taken: list[tuple[int, int]],
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> list[ColonCue]:
    """Speaker-colon-quotation attributions for quotations no other attribution covers (`taken`)."""
    text = token_table(doc).text
    out: list[ColonCue] = []
    k = 0
    while k < len(marks):
        q = marks[k]
        last = chain_end(text, marks, k)
        found = _one(doc, res, marks, q, marks[last], finder, taken, memo)
        if found is not None:
            out.append(found)
        k = last + 1
    return out


def _one(
    doc: Doc,
    res: Resources,
    marks: list[QuoteMark],
    q: QuoteMark,
    last: QuoteMark,
    finder: SpeakerFinder,
    taken: list[tuple[int, int]],
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> ColonCue | None:
    text = token_table(doc).text
    if any(s < last.end and q.start < e for s, e in taken):
        return None
    j = q.outer_start
    while j > 0 and text[j - 1] in " \t\u00a0\u202f":
        j -= 1
    if j == 0 or text[j - 1] != ":":
        return None
    colon = j - 1
    lead = _lead_start(text, colon)
    while lead < colon and text[lead].isspace():
        lead += 1
    if colon - lead < 2 or colon - lead > MAX_LEAD_CHARS:
        return None
    span = doc.char_span(lead, colon + 1, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    first = span[0]
    if first.like_num or res.has("time_word", first.lower_) or first.is_punct:
        return None
    for t in span:
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and finder.quotes.containing(t.idx) is None:
            return None
    speaker = finder.right_np(span.start, skip_time=False, max_len=10)
    if speaker is None or speaker[0] != span.start or speaker[1] > span.end - 1:
        return None
    info = classify(doc, speaker[0], speaker[1], res, memo=memo)
    if info.fallback or info.type == PRONOUN:
        return None
    colon_tok = span.end - 1
    cue = Cue("colon", colon_tok, span.start, colon_tok, COLON_TERM)
    return ColonCue(cue, speaker, span.start_char, colon + 1, Content(q.start, last.end, "direct", q))
