"""Round 19 (issue 13): after a verb of telling, the person told is not what was said. `told
reporters the plan would fail` reports `the plan would fail`; `told CNN about it on Friday` reports
nothing. Sentences written for these tests; both English pipelines."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS as KINDS
from attribution_support import found


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text, content",
    [
        ("The mayor told reporters he would resign in the spring.", "he would resign in the spring"),
        ("The mayor told the council the bridge would cost more.", "the bridge would cost more"),
        ("The mayor told him this was the last budget.", "this was the last budget"),
        ("The mayor told reporters on Monday the bridge would cost more.", "the bridge would cost more"),
        ("The mayor told The Harbour Times it was too late.", "it was too late"),
    ],
)
def test_the_clause_after_the_person_told_is_what_was_said(kind: str, text: str, content: str) -> None:
    assert [c for _, s, c in found(kind, text) if s == "The mayor"] == [content]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The mayor told reporters at the harbour office briefing on Monday.",
        "The mayor told the radio station about it on Friday.",
    ],
)
def test_the_person_told_and_trailing_words_report_nothing(kind: str, text: str) -> None:
    assert [c for _, s, c in found(kind, text) if s == "The mayor"] == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text, wrong",
    [
        ("The mayor reminded voters of the years his family had lived there.", "his family had lived there"),
        ("The mayor told the story of how he won the seat.", "he won the seat"),
        ("The mayor told him and his aides to wait for the vote.", "his aides to wait for the vote"),
    ],
)
def test_a_clause_inside_a_phrase_after_the_object_is_not_what_was_said(kind: str, text: str, wrong: str) -> None:
    assert wrong not in [c for _, s, c in found(kind, text) if s == "The mayor"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_contraction_after_the_person_told_opens_the_clause(kind: str) -> None:
    text = "The mayor told the radio station he’d stay on until the spring."
    assert [c for _, s, c in found(kind, text) if s == "The mayor"] == ["he’d stay on until the spring"]
