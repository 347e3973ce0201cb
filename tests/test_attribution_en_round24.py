"""Round 24 (issue 13): where an English reported clause ends when the next clause of its sentence is
someone's attribution of its own (`X said that A, and Y warned that B`). The reported clause used to
run to the end of the sentence, over Y's words, and Y's record was then read as a duplicate or a
stance nested in X's words and dropped. Sentences written for these tests; both English pipelines."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS as KINDS
from attribution_support import found


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council said that the pool would close in May, and residents warned that the town "
            "would lose its only sports hall.",
            [
                ("The council", "that the pool would close in May"),
                ("residents", "that the town would lose its only sports hall"),
            ],
        ),
        (
            "Although the ministry admitted that the forms had been lost, it insisted that no patient had been harmed.",
            [("the ministry", "that the forms had been lost"), ("it", "that no patient had been harmed")],
        ),
        (
            "The regulator said the merger would raise prices; even the company's own advisers told the "
            "board that the deal was risky.",
            [
                ("The regulator", "the merger would raise prices"),
                ("the company's own advisers", "that the deal was risky"),
            ],
        ),
    ],
)
def test_a_reported_clause_ends_where_the_next_speaker_opens_a_clause(
    kind: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(speaker, content) for _, speaker, content in found(kind, text)] == expected


@pytest.mark.parametrize("kind", KINDS)
def test_a_second_source_covering_most_of_the_sentence_keeps_its_record(kind: str) -> None:
    text = (
        "The agency said it was safe, and engineers warned that cracks in the spillway had widened badly "
        "since the spring floods and that heavy rain could breach it within days."
    )
    [(_, first, said), (_, second, warned)] = found(kind, text)
    assert (first, said) == ("The agency", "it was safe")
    assert second == "engineers"
    assert warned.startswith("that cracks in the spillway") and warned.endswith("within days")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # an adjunct fronted inside the reported clause: the comma opens no new clause
            "The coach said that during the final week of training, the squad had worked harder than ever.",
            "that during the final week of training, the squad had worked harder than ever",
        ),
        (  # a relative clause after the comma belongs to what was said
            "The union said the talks had collapsed, which means that the strike will go ahead.",
            "the talks had collapsed, which means that the strike will go ahead",
        ),
    ],
)
def test_a_comma_inside_the_reported_clause_does_not_end_it(kind: str, text: str, content: str) -> None:
    [(_, _, found_content)] = found(kind, text)
    assert found_content == content


@pytest.mark.parametrize("kind", KINDS)
def test_an_incise_keeps_the_whole_sentence(kind: str) -> None:
    text = "Even then, the captain said, the team believed it could win."
    [(_, speaker, content)] = found(kind, text)
    assert speaker == "the captain"
    assert content == "Even then, the captain said, the team believed it could win"
