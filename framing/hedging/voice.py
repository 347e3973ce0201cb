"""Whose words a cue is in: the reporter's own, or a quoted speaker's (inside quotation marks)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..quotes import QuoteIndex, find_quotations
from ..token_table import token_table
from ..types import Voice


def quote_index(doc: Doc) -> QuoteIndex:
    """The quotations `framing_quotes` found, or found now when that component is not in the pipeline."""
    marks = doc._.framing_quote_marks
    if marks is None:
        marks = find_quotations(token_table(doc).text)
    return QuoteIndex(marks)


def voice_of(index: QuoteIndex, start: int, end: int) -> Voice:
    """`quoted` when the whole cue lies inside one quotation, else `reporter`."""
    return "quoted" if index.containing(start, end) is not None else "reporter"
