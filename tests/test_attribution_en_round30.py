"""English quotations and speakers (round 30, issue 13), on both English pipelines.

A quoted paragraph with no cue right after narration that brings one person in (`Among those waiting
was Ann Roe.`, `Head coach Sam Lee was one of those tasked with it.`, `He grows plums.`) is that
person's, the speaker being the nearest mention; two names, or one met after a preposition, give
nobody. A quotation over several paragraphs whose cue follows the last one: the cue's record holds the
last paragraph, the earlier ones take the nearest earlier mention of the speaker.
"""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, cue_records


def speakers_of(kind: str, text: str) -> dict[str, str]:
    """Content -> speaker of every record."""
    return {content: speaker for _, speaker, content in cue_records(kind, text)}


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_quoted_paragraph_after_a_sentence_that_brings_a_person_in_is_theirs(kind: str) -> None:
    text = (
        "The ferry resumed its crossings on Monday after a week of storms.\n"
        "Among the first passengers at the pier was Brenda Hollis, who runs a bakery on the island.\n"
        "\u201cWe were running out of flour by Friday. Everyone was getting worried about the weekend.\u201d\n"
    )
    found = speakers_of(kind, text)
    assert found.get("We were running out of flour by Friday. Everyone was getting worried about the weekend.") == (
        "Brenda Hollis"
    )


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_pronoun_in_the_sentence_before_is_the_nearest_mention(kind: str) -> None:
    text = (
        "\u201cThe tide came in faster than anyone expected,\u201d said harbour master Tom Kerrigan.\n"
        "Kerrigan has worked at the port for thirty years.\n"
        "He also keeps a small fishing boat there.\n"
        "\u201cI have never seen the water reach the car park before this week.\u201d\n"
    )
    found = speakers_of(kind, text)
    assert found.get("I have never seen the water reach the car park before this week.") == "He"


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_quoted_paragraph_after_a_sentence_naming_two_people_stays_unattributed(kind: str) -> None:
    text = (
        "The school reopened its library on Tuesday.\n"
        "Teachers Maria Lopez and Dan Whitfield spent the summer sorting the donated books.\n"
        "\u201cThere are more than four thousand titles on the shelves now.\u201d\n"
    )
    found = speakers_of(kind, text)
    assert "There are more than four thousand titles on the shelves now." not in found


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_place_after_a_preposition_is_nobody(kind: str) -> None:
    text = (
        "The bus service to the valley was cut in March.\n"
        "Most of the stranded riders live near Glen Alder Park.\n"
        "\u201cThe nearest shop is now two hours away on foot for some of them.\u201d\n"
    )
    found = speakers_of(kind, text)
    assert "The nearest shop is now two hours away on foot for some of them." not in found


@pytest.mark.parametrize("kind", EN_KINDS)
def test_paragraphs_before_a_postposed_cue_take_the_earlier_mention(kind: str) -> None:
    text = (
        "Club secretary Helen Marsh said the season had gone better than planned.\n"
        "\u201cWe finished third in the league and the juniors won their cup.\n"
        "\u201cThe new pitch made a real difference to the way we played this year.\n"
        "\u201cWe hope to keep most of the squad together,\u201d said Ms Marsh.\n"
    )
    found = cue_records(kind, text)
    by_content = {content: (cue, speaker) for cue, speaker, content in found}
    assert by_content["We finished third in the league and the juniors won their cup."][1] == (
        "Club secretary Helen Marsh"
    )
    assert by_content["The new pitch made a real difference to the way we played this year."][1] == (
        "Club secretary Helen Marsh"
    )
    # the cue's own record holds the paragraph it closes
    assert by_content["We hope to keep most of the squad together,"] == ("said Ms Marsh", "Ms Marsh")


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_postposed_cue_with_no_earlier_mention_keeps_its_speaker(kind: str) -> None:
    text = (
        "The river rose two metres overnight.\n"
        "\u201cWe moved the cattle to the top paddock before midnight.\n"
        "\u201cBy morning the lower fields were all under water,\u201d farmer Joe Pratt said.\n"
    )
    found = speakers_of(kind, text)
    assert found.get("We moved the cattle to the top paddock before midnight.") == "farmer Joe Pratt"


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_past_hope_coordinated_inside_a_reported_clause_goes_on_with_it(kind: str) -> None:
    text = "The driver said he backed the union and hoped the new roster would last the winter."
    assert cue_records(kind, text) == [
        ("The driver said", "The driver", "he backed the union and hoped the new roster would last the winter")
    ]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_second_verb_of_saying_still_opens_its_own_record(kind: str) -> None:
    text = "The driver said he backed the union and claimed the roster was unfair."
    contents = [content for _, _, content in cue_records(kind, text)]
    assert "he backed the union" in contents


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_quotation_after_told_a_medium_and_a_colon_at_the_paragraph_end_is_the_cues(kind: str) -> None:
    text = (
        "Residents complained about the closure of the bridge.\n"
        "A spokeswoman for the county council told the Valley Courier:\n"
        "\u201cThe bridge will reopen once the engineers have finished their checks.\u201d\n"
    )
    found = speakers_of(kind, text)
    assert found.get("The bridge will reopen once the engineers have finished their checks.") == (
        "A spokeswoman for the county council"
    )
