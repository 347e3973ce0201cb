"""English attribution, fourth round (issue 13): shapes missed on news written by others, each on
sentences written for the test: nouns that look like verbs (`states`, `report`), a verb before `to` +
verb (`declined to comment`), and questions (`when asked by X whether ...`; since round 29 a question put
by nobody named, `Asked whether ...`, is no record)."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, content_of, found, pipeline

KINDS = EN_KINDS


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "Twelve states will hold primaries in March, and the ballots are printed.",
        "State officials met the growers at the fairground on Monday.",
        "The states that have voted are listed at the bottom of the page.",
        "His remarks at the dinner drew laughter from the tables near the stage.",
    ],
)
def test_a_noun_that_looks_like_a_verb_is_no_cue(kind: str, text: str) -> None:
    assert found(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The audit states that the depot lost track of its fuel.",
            "The audit",
            "that the depot lost track of its fuel",
        ),
        ("The depot is short of fuel, reports the Gazette.", "the Gazette", "The depot is short of fuel"),
    ],
)
def test_the_same_words_are_cues_with_speech_around_them(kind: str, text: str, speaker: str, content: str) -> None:
    assert any(s == speaker and c == content for _, s, c in found(kind, text)), found(kind, text)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A lawyer for the contractor declined to discuss the fine.", "to discuss the fine"),
        ("The warden refused to say whether the cells were searched.", "to say whether the cells were searched"),
    ],
)
def test_a_verb_before_an_infinitive_of_speech_is_the_cue(kind: str, text: str, content: str) -> None:
    assert [c for _, _, c in found(kind, text)] == [content]


def questions(kind: str, text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker, content) of the attributions found by the unsourced-question rules."""
    doc = pipeline(kind)(text)
    return [
        (a.text, a.speaker, text[a.content_start : a.content_end])
        for a in doc._.framing_attributions
        if a.rule in ("asked", "asked_by")
    ]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the bridge would reopen, the engineer shrugged.",
        "The coach was asked if the team had trained enough.",
        "He smiled when asked about the harvest.",
    ],
)
def test_a_question_put_by_nobody_named_is_no_record(kind: str, text: str) -> None:
    assert questions(kind, text) == []  # round 29's convention: the reporter's question


@pytest.mark.parametrize("kind", KINDS)
def test_a_question_put_by_someone_named(kind: str) -> None:
    text = "When asked by a neighbour why the fence came down, the farmer laughed."
    assert questions(kind, text) == [("asked", "a neighbour", "why the fence came down")]


@pytest.mark.parametrize("kind", KINDS)
def test_an_active_ask_is_no_unsourced_question(kind: str) -> None:
    assert questions(kind, "The clerk asked the driver whether the van was insured.") == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "Now, according to the latest county survey, most farms are shrinking.",
        "The river is at its lowest in decades, according to the water board, although the reservoirs are full.",
    ],
)
def test_a_source_inside_its_sentence_reports_the_whole_sentence(kind: str, text: str) -> None:
    assert [c for _, _, c in found(kind, text)] == [text.rstrip(".")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_relative_clause_about_the_source_is_not_what_it_said(kind: str) -> None:
    text = "The river is low, according to the water board, which met on Monday."
    assert [c for _, _, c in found(kind, text)] == ["The river is low"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The landlord would not say whether the rent would rise.", "whether the rent would rise"),
        ("The coach has not confirmed that the striker will play.", "that the striker will play"),
        ("The coach didn't confirm that the striker will play.", "that the striker will play"),
        ("The brewery did not respond to questions about the spill.", "questions about the spill"),
    ],
)
def test_a_refusal_to_speak_is_reported(kind: str, text: str, content: str) -> None:
    assert [c for _, _, c in found(kind, text)] == [content]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The landlord never said a word about the rent.",
        "The landlord would say anything to keep the tenants.",
    ],
)
def test_never_and_a_hypothetical_modal_report_nothing(kind: str, text: str) -> None:
    assert found(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
def test_what_is_cited_is_reported(kind: str) -> None:
    text = "The ferry company cancelled the crossing, citing high winds in the strait."
    assert ("citing", "high winds in the strait") in [(cue, c) for cue, _, c in found(kind, text)]


@pytest.mark.parametrize("kind", KINDS)
def test_a_quoted_title_in_the_cue_sentence_does_not_stop_the_quotation(kind: str) -> None:
    text = (
        '"We lost the harvest," the farmer told the radio show "Morning Fields" after the storm. '
        '"Next year we plant earlier."'
    )
    content = content_of(kind, text, "the farmer")
    assert content.startswith("We lost the harvest") and content.endswith("Next year we plant earlier.")


def claims(kind: str, text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker, content) of the attributions found by the claim-noun rules."""
    doc = pipeline(kind)(text)
    return [
        (a.text, a.speaker, text[a.content_start : a.content_end])
        for a in doc._.framing_attributions
        if a.rule.startswith("claim_noun")
    ]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 14: `repeat` is a reporting verb (its record takes `his claim that ...` as `reaffirm`'s does),
        # so the claim noun is tested after a verb that reports nothing
        ("The coach stood by his claim that the pitch was unsafe.", ("claim", "his", "that the pitch was unsafe")),
        (
            "Engineers ignored the warning that the dam was cracking.",
            ("warning", "", "that the dam was cracking"),
        ),
        ("Her promise to cut fares won the race.", ("promise to", "Her", "to cut fares won the race")),
        # `There were calls for ...` names no holder: no record since round 28 (test_attribution_en_round28)
    ],
)
def test_nouns_that_carry_a_claim(kind: str, expected: tuple[str, str, str], text: str) -> None:
    assert claims(kind, text) == [expected]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The reports that have surfaced since Monday are thin.",
        "The promise to the voters was broken.",
        "The claim was filed in March.",
    ],
)
def test_claim_nouns_without_a_clause_report_nothing(kind: str, text: str) -> None:
    assert claims(kind, text) == []


def test_a_claim_with_no_possessor_gives_nobody_a_voice() -> None:
    doc = pipeline("en-rules")("Engineers ignored the warning that the dam was cracking.")
    (attribution,) = [a for a in doc._.framing_attributions if a.rule == "claim_noun"]
    assert not attribution.gives_voice


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "A lawyer for the contractor declined to comment.",
        "The brewery did not respond to a request for comment.",
    ],
)
def test_the_no_comment_formula_reports_nothing(kind: str, text: str) -> None:
    assert found(kind, text) == []
