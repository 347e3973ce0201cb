"""English attribution, fifth round (issue 13): the reported clause keeps its `that`, a relative
`that` after an object is no reported clause, and a headline may quote its speaker
(`Name: 'We will win.'`). Sentences written for the test."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, content_of, found

KINDS = EN_KINDS


@pytest.mark.parametrize("kind", KINDS)
def test_the_reported_clause_keeps_that(kind: str) -> None:
    text = "The harbour master said that the ferry would sail at noon."
    assert content_of(kind, text, "The harbour master") == "that the ferry would sail at noon"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor criticized the council for a parking plan that was drawn up in secret.",
            "The mayor",
            "the council for a parking plan that was drawn up in secret",
        ),
        (
            "The union urged members to reject an offer that would freeze their pay.",
            "The union",
            "members to reject an offer that would freeze their pay",
        ),
    ],
)
def test_a_relative_that_after_the_object_is_no_reported_clause(
    kind: str, text: str, speaker: str, content: str
) -> None:
    contents = [c for _, s, c in found(kind, text) if s == speaker]
    assert content in contents or any(c.endswith(content.split(" that ")[1]) and " that " in c for c in contents), (
        contents
    )


@pytest.mark.parametrize("kind", KINDS)
def test_told_someone_that_is_still_a_reported_clause(kind: str) -> None:
    text = "The coach told the players that the final would be moved to Sunday."
    assert content_of(kind, text, "The coach") == "that the final would be moved to Sunday"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Harriet Vance: 'We will not close the library.'\n\nThe councillor spoke at the town hall.",
            "Harriet Vance",
            "'We will not close the library.'",
        ),
        (
            "Ortiz: \u201cThe bridge is safe to cross.\u201d\n\nEngineers inspected it on Monday.",
            "Ortiz",
            "\u201cThe bridge is safe to cross.\u201d",
        ),
    ],
)
def test_a_headline_that_quotes_its_speaker(kind: str, text: str, speaker: str, content: str) -> None:
    marks = "'\u201c\u201d."
    assert any(s == speaker and c.strip(marks) == content.strip(marks) for _, s, c in found(kind, text)), found(
        kind, text
    )


@pytest.mark.parametrize("kind", KINDS)
def test_an_interview_label_is_no_headline_speaker(kind: str) -> None:
    text = "Q: 'Will you run again next year?'\n\nA: 'Ask me in the spring.'"
    assert not any(s in ("Q", "A") for _, s, _ in found(kind, text))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "In March, Lena Ortiz, the director of the museum, told the board that the roof needed repairs.",
        "Lena Ortiz, who runs the museum and its two annexes, told the board that the roof needed repairs.",
    ],
)
def test_a_subject_with_an_aside_before_the_verb_is_no_inverted_speaker(kind: str, text: str) -> None:
    contents = [(s, c) for _, s, c in found(kind, text)]
    assert any(c == "that the roof needed repairs" and "Lena Ortiz" in s for s, c in contents), contents
    assert not any(s == "the board" for s, _ in contents), contents


@pytest.mark.parametrize("kind", KINDS)
def test_an_inverted_speaker_that_closes_the_sentence(kind: str) -> None:
    text = "The roof needs repairs before winter, said Lena Ortiz, the director of the museum."
    assert content_of(kind, text, "Lena Ortiz") == "The roof needs repairs before winter"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In reply, the minister assured farmers he would fund the repairs.",
            "the minister",
            "he would fund the repairs",
        ),
        ("With the budget settled, the two councils have talked about merging.", "the two councils", "merging"),
    ],
)
def test_an_opening_phrase_is_not_what_was_said(kind: str, text: str, speaker: str, content: str) -> None:
    contents = [c for _, s, c in found(kind, text) if s == speaker]
    assert all(not c.startswith(("In reply", "With the budget")) for c in contents), contents
    assert any(c.endswith(content) for c in contents), contents


@pytest.mark.parametrize("kind", KINDS)
def test_a_clause_before_the_subject_is_still_what_was_said(kind: str) -> None:
    text = "The dam will hold through the spring, the engineer said on Monday."
    assert content_of(kind, text, "the engineer") == "The dam will hold through the spring"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The warden ended the hearing by saying the prison would close.", "the prison would close"),
        ("The coach was booed after telling fans that the season was over.", "that the season was over"),
    ],
)
def test_a_participle_after_a_preposition_reports_its_clause(kind: str, text: str, content: str) -> None:
    assert any(c == content for _, _, c in found(kind, text)), found(kind, text)


@pytest.mark.parametrize("kind", KINDS)
def test_a_participle_after_a_preposition_without_a_clause_is_no_cue(kind: str) -> None:
    assert found(kind, "She smiled while saying goodbye to the guests.") == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Most said they would vote for the levy.", "Most", "they would vote for the levy"),
        ("Several say the ferry should run all night.", "Several", "the ferry should run all night"),
    ],
)
def test_a_quantifier_alone_is_a_subject(kind: str, text: str, speaker: str, content: str) -> None:
    assert content_of(kind, text, speaker) == content


@pytest.mark.parametrize("kind", KINDS)
def test_a_quantifier_before_a_noun_is_no_subject_of_its_own(kind: str) -> None:
    assert found(kind, "Some claims about the levy were false.") == []
