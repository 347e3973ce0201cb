"""Quote lists (French): a heading line names the speaker of the quotation paragraph under it.

Web news copy lists reactions (`les réactions des entraîneurs`, `les déclarations du jour`) with no verb:
a short heading line ends with a person's name, maybe after a label and a colon and before a bracket or
a role (`Le plus satisfait : Leonardo Jardim (Monaco)`, `Jeanne Roux, maire de Lunel :`), and the next
paragraph is a quotation and nothing else. The name speaks the quotation. A quoted subheading that
repeats words of a later quotation is not read here: the dev annotators leave such intertitles out.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..quotes import QuoteMark
from ..token_table import token_table
from .annotations import is_finite_verb
from .colon import COLON_TERM, ColonCue
from .content import Content
from .cues import Cue
from .floating import uncovered_chains
from .linking import QUOTE_CHARS
from .resources import Resources
from .speaker_types import SpeakerInfo, classify
from .speakers import SpeakerFinder

MAX_HEADING_CHARS = 120
HEADING_SEPARATORS = (" : ", " - ", " – ", " — ")
NAME_STOPS = "(,[:"
INLINE_SPACE = " \t\u00a0\u202f"


def _previous_line(text: str, at: int) -> tuple[int, int] | None:
    """Bounds of the last non-blank line before the line that starts at `at`."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    return text.rfind("\n", 0, end) + 1, end


def _name_bounds(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name in a heading line: after its last label separator, before a bracket, a comma or a colon."""
    line = text[start:end].rstrip(" :" + INLINE_SPACE)
    cut = max(line.rfind(sep) + len(sep) if sep in line else 0 for sep in HEADING_SEPARATORS)
    stop = len(line)
    for ch in NAME_STOPS:
        at = line.find(ch, cut)
        if at >= 0:
            stop = min(stop, at)
    name = line[cut:stop]
    lead = len(name) - len(name.lstrip())
    name = name.strip()
    if len(name) < 3 or not name[:1].isupper():
        return None
    return start + cut + lead, start + cut + lead + len(name)


def heading_candidates(
    doc: Doc,
    res: Resources,
    marks: list[QuoteMark],
    finder: SpeakerFinder,
    taken: list[tuple[int, int]],
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> list[ColonCue]:
    """Quote-list attributions: a paragraph that is one quotation, under a heading line that ends with a
    person's name and holds no verb (French only)."""
    if res.lang != "fr":
        return []
    out: list[ColonCue] = []
    for q, last in uncovered_chains(token_table(doc).text, marks, taken):
        found = _heading(doc, res, q, last, finder, memo)
        if found is not None:
            out.append(found)
    return out


def _heading(
    doc: Doc,
    res: Resources,
    q: QuoteMark,
    last: QuoteMark,
    finder: SpeakerFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> ColonCue | None:
    text = token_table(doc).text
    line_start = text.rfind("\n", 0, q.outer_start) + 1
    if text[line_start : q.outer_start].strip():
        return None  # the quotation must open its paragraph
    line_end = text.find("\n", last.outer_end)
    if text[last.outer_end : len(text) if line_end < 0 else line_end].strip(INLINE_SPACE + "."):
        return None  # ... and close it
    prev = _previous_line(text, line_start)
    if prev is None:
        return None
    h_start, h_end = prev
    heading = text[h_start:h_end].strip()
    if len(heading) > MAX_HEADING_CHARS or any(ch in heading for ch in QUOTE_CHARS) or heading[-1:] in ".!?…;,":
        return None
    bounds = _name_bounds(text, h_start, h_end)
    if bounds is None:
        return None
    line = doc.char_span(h_start, h_end, alignment_mode="expand")
    if line is None or any(is_finite_verb(t) for t in line):
        return None  # a sentence, not a heading
    span = doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
    if span is None:
        return None
    speaker = finder.right_np(span.start, skip_time=False, max_len=6)
    if speaker is None or speaker[0] != span.start or speaker[1] < span.end:
        return None  # the whole segment must be the name
    speaker = (speaker[0], span.end)
    if classify(doc, speaker[0], speaker[1], res, memo=memo).type != "named_person":
        return None
    cue = Cue("colon", span.start, span.start, span.end - 1, COLON_TERM)
    return ColonCue(cue, speaker, span.start_char, span.end_char, Content(q.start, last.end, "direct", q))
