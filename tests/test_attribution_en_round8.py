"""English attribution, eighth round (issue 13): stances and findings reported with a `that` clause
through an adjective or a verb of learning, which named a source and a claim but produced no
attribution. Sentences written for the test."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, found

KINDS = EN_KINDS


def _by_cue(kind: str, text: str) -> dict[str, tuple[str, str]]:
    return {cue: (speaker, content) for cue, speaker, content in found(kind, text)}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The harbor master is convinced that the pier will reopen by June.",
            "is convinced",
            "The harbor master",
            "that the pier will reopen by June",
        ),
        (
            "Union leaders remain quietly confident that members will back the deal.",
            "remain quietly confident",
            "Union leaders",
            "that members will back the deal",
        ),
        (
            "The treasurer was not sure that the fund would last.",
            "was not sure",
            "The treasurer",
            "that the fund would last",
        ),
        (
            "The governor made it clear that she would veto the levy.",
            "made it clear",
            "The governor",
            "that she would veto the levy",
        ),
    ],
)
def test_a_stance_adjective_before_a_that_clause_is_a_cue(
    kind: str, text: str, cue: str, speaker: str, content: str
) -> None:
    assert _by_cue(kind, text).get(cue) == (speaker, content)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "It is clear that the pier will close before the storm.",  # a dummy subject names nobody
        "The harbor master is confident the pier will reopen.",  # no `that`
        "The volunteers were so sure that would work.",  # `that` is the subject: no clause opens
    ],
)
def test_a_stance_adjective_without_a_source_and_a_clause_is_no_attribution(kind: str, text: str) -> None:
    assert found(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_stance_adjective_inside_reported_words_is_the_outer_speaker_s(kind: str) -> None:
    text = "The clerk said the volunteers were worried that the vote would fail."
    assert [cue for cue, _, _ in found(kind, text)] == ["The clerk said"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The court ruled that the ferry fares were unlawful.",
            "The court ruled",
            "that the ferry fares were unlawful",
        ),
        (
            "The auditor learned that the accounts had been closed.",
            "The auditor learned",
            "that the accounts had been closed",
        ),
        ("The board recognized that the plan had failed.", "The board recognized", "that the plan had failed"),
    ],
)
def test_a_verb_of_learning_or_ruling_before_a_that_clause_is_a_cue(
    kind: str, text: str, cue: str, content: str
) -> None:
    assert _by_cue(kind, text).get(cue, ("", ""))[1] == content


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("text", ["The auditor learned the trade in Ohio.", "The court ruled out a second hearing."])
def test_a_verb_of_learning_or_ruling_with_a_noun_object_is_no_attribution(kind: str, text: str) -> None:
    assert found(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
def test_see_with_an_object_and_as_is_a_stance(kind: str) -> None:
    text = "Many farmers see the levy as a tax on their land."
    assert _by_cue(kind, text).get("Many farmers see") == ("Many farmers", "the levy as a tax on their land")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The senator saw the debate on Monday.",
        "We will see what happens next week.",
        "She saw the truck hit the fence as they left the fair.",
        "The county has seen candidates such as Ruiz stumble.",
    ],
)
def test_see_without_object_and_as_is_no_attribution(kind: str, text: str) -> None:
    assert found(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In a county poll released Monday, 31 percent of voters backed the levy.",
            "a county poll released Monday",
            "31 percent of voters backed the levy",
        ),
        (
            "In the latest survey, the mayor leads her rival by eight points.",
            "the latest survey",
            "the mayor leads her rival by eight points",
        ),
    ],
)
def test_in_a_poll_at_the_start_of_a_sentence_sources_the_rest(
    kind: str, text: str, speaker: str, content: str
) -> None:
    assert [(s, c) for cue, s, c in found(kind, text) if cue.startswith("In ")] == [(speaker, content)]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "In Ohio, the mayor leads her rival.",
        "In the morning, the poll workers arrived early.",
        "The mayor leads in the latest poll.",
    ],
)
def test_in_without_a_poll_or_not_opening_the_sentence_is_no_source(kind: str, text: str) -> None:
    assert found(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_comma_before_in_does_not_cut_what_was_said(kind: str) -> None:
    text = "The governor pledged to put the district, in play for the first time in years."
    assert _by_cue(kind, text).get("The governor pledged", ("", ""))[1].endswith("in years")


@pytest.mark.parametrize("kind", KINDS)
def test_a_noun_phrase_after_an_auxiliary_and_a_verb_is_its_object_not_a_speaker(kind: str) -> None:
    text = (
        "In the spring, the caucus and Senator Ruiz of Ohio, the future leader, have proposed taxing carbon emissions."
    )
    assert all(speaker != "taxing carbon emissions" for _, speaker, _ in found(kind, text))


@pytest.mark.parametrize("kind", KINDS)
def test_reportedly_marks_a_claim_with_no_source_named(kind: str) -> None:
    text = "The mayor will reportedly deliver a speech on Monday about the levy."
    assert [(speaker, content) for cue, speaker, content in found(kind, text) if "reportedly" in cue] == [
        ("", text[:-1])
    ]
