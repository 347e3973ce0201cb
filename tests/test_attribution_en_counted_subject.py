"""English: a sentence whose subject is counted (`At least 12 people died ..., police said`) is what was said, though
it opens on a word that also opens adjuncts (`At`, `About`); a clock time or a date before `, X said.` stays an
opening phrase with nothing said (found by round 50's analyst on the quotation set Q42)."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, pipeline


def contents(kind: str, text: str) -> list[str]:
    doc = pipeline(kind)(text)
    return [text[a.content_start : a.content_end] for a in doc._.framing_attributions if a.content_start is not None]


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "At least 9 hikers were rescued from the ridge, the park service said.",
            "At least 9 hikers were rescued from the ridge",
        ),
        ("About 300 homes lost power overnight, the utility said.", "About 300 homes lost power overnight"),
        ("Up to 1,500 workers could lose their jobs, the union said.", "Up to 1,500 workers could lose their jobs"),
        (
            "Nearly 40 flights were cancelled at the airport, officials said.",
            "Nearly 40 flights were cancelled at the airport",
        ),
    ],
)
def test_counted_subject_is_what_was_said(kind: str, text: str, content: str) -> None:
    assert content in contents(kind, text)


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "At 10 a.m. on Monday, police said.",
        "On May 5 at the briefing, the minister said.",
        "In a statement on Friday, the company said.",
    ],
)
def test_time_or_date_opening_is_not_what_was_said(kind: str, text: str) -> None:
    assert contents(kind, text) == []
