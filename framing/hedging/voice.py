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

from spacy.tokens import Doc

from ..quotes import QuoteIndex, QuoteMark, find_quotations
from ..reported_speech import ReportedIndex
from ..token_table import token_table
from ..types import Voice

# Cue kinds that name a source without naming it: the writer's hedge whatever clause they sit in.
WRITER_KINDS = frozenset({"vague_attribution"})


def quote_index(doc: Doc, lang: str | None = None) -> QuoteIndex:
    """The quotations a cue's voice reads: those `framing_quotes` found, or found now when that component
    is not in the pipeline. English (round 35): the quotations the attribution analyser lists
    (`framing_quotes`), whose words are the quoted base of the rates: single marks (`'We may win,' she
    said`), reversed openers, and double marks cut at a paragraph that does not reopen them. Read on
    double marks alone, a cue in single marks was the reporter's while its words were quoted, and a
    cue paragraphs after an opener never closed was quoted while its words were the reporter's."""
    quotes = doc._.framing_quotes if lang == "en" else None
    if quotes is not None:
        in_order = sorted(quotes, key=lambda q: q.start)
        return QuoteIndex([QuoteMark(q.start, q.end, q.start, q.end, "") for q in in_order])
    marks = doc._.framing_quote_marks
    if marks is None:
        marks = find_quotations(token_table(doc).text)
    return QuoteIndex(marks)


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
