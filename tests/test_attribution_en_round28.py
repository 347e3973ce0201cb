"""English quotations and speakers (round 28, issue 13), on both English pipelines.

Conventions: a claim noun in a frame that names no holder (`amid concerns that`, `there are fears
that`) is no record, while a possessive holder (`the mayor's claim that`) still makes one; a wish to
learn (`wanted to know why`), the anonymity formula (`who declined to be named`) and a standing
instruction (`customers are asked to call`) report nothing said. A verb of saying in a relative clause
on a subject speaks as `who`, and its content ends with the relative clause. A reported clause goes
on past a coordinated verb that is not one of saying (`was "a disaster" and should be scrapped`).
"""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, cue_records


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The council delayed the vote amid concerns that the budget would not cover the repairs.",
        "There are growing fears that the plant will close before the summer.",
        "There have been warnings that bus fares could rise again in the spring.",
        "There were calls for an inquiry into the collapse.",
    ],
)
def test_a_claim_noun_with_no_holder_is_no_record(kind: str, text: str) -> None:
    assert cue_records(kind, text) == []


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_claim_noun_with_a_possessive_holder_is_kept(kind: str) -> None:
    text = "The mayor's claim that the roads were safe was challenged by residents."
    found = cue_records(kind, text)
    assert any(cue == "claim" and speaker == "The mayor's" for cue, speaker, _ in found)


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "Residents wanted to know why the water had been cut off for a third day.",
        "A depot guard, who declined to be named, has worked there for ten years.",
        "Passengers who missed their flights are asked to contact the airline.",
    ],
)
def test_a_request_or_wish_that_reports_nothing_said_is_no_record(kind: str, text: str) -> None:
    assert cue_records(kind, text) == []


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_passive_question_by_someone_named_is_still_reported(kind: str) -> None:
    text = "The minister was asked by the committee whether the hospital would close."
    assert ("was asked", "the committee", "whether the hospital would close") in cue_records(kind, text)


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_relative_clause_content_ends_before_the_main_verb(kind: str) -> None:
    text = "Smith, who said the plan was flawed, voted against it on Tuesday."
    assert ("who said", "who", "the plan was flawed") in cue_records(kind, text)


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_restrictive_relative_does_not_take_the_main_record(kind: str) -> None:
    text = "Commuters who were hoping to catch the last train said the station had closed without warning."
    found = cue_records(kind, text)
    assert ("said", "Commuters", "the station had closed without warning") in found
    assert not any("said the station" in content for _, _, content in found)


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The two boxers meet in Las Vegas next month to claim the world heavyweight title.",
        "Nobody has yet come forward to claim the cash from last week's draw.",
        "The carmaker has recalled two models sold across the region.",
    ],
)
def test_claim_and_recall_with_a_thing_won_or_withdrawn_are_no_speech(kind: str, text: str) -> None:
    assert cue_records(kind, text) == []


@pytest.mark.parametrize("kind", EN_KINDS)
def test_claim_and_recall_with_a_clause_are_still_speech(kind: str) -> None:
    text = "The minister claimed that the figures had been inflated. She recalled that the line had closed."
    contents = [content for _, _, content in cue_records(kind, text)]
    assert contents == ["that the figures had been inflated", "that the line had closed"]


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            "The chief engineer apprised the board that crews were repairing the pipeline.",
            "The chief engineer apprised",
            "that crews were repairing the pipeline",
        ),
        (
            "The council notified residents that the road would close on Monday.",
            "The council notified",
            "that the road would close on Monday",
        ),
        (
            "The principal had shared with parents that the school would reopen in May.",
            "The principal had shared with",
            "that the school would reopen in May",
        ),
    ],
)
def test_verbs_of_telling_someone_something(kind: str, text: str, cue: str, content: str) -> None:
    assert any(c == cue and found == content for c, _, found in cue_records(kind, text))


@pytest.mark.parametrize("kind", EN_KINDS)
def test_sharing_a_thing_is_no_speech(kind: str) -> None:
    assert cue_records(kind, "She shared a photo of the flooded street on social media.") == []


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_reported_clause_goes_on_past_a_scare_quote_and_a_coordinated_verb(kind: str) -> None:
    text = 'The mayor said the plan was "a disaster" and should be scrapped before the vote.'
    found = cue_records(kind, text)
    assert ("The mayor said", "The mayor", 'the plan was "a disaster" and should be scrapped before the vote') in found


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_second_verb_of_saying_still_reports_on_its_own(kind: str) -> None:
    text = 'Fishermen have described the quotas as "ruinous" and have claimed the fleet will not survive.'
    contents = [content for _, _, content in cue_records(kind, text)]
    assert "the fleet will not survive" in contents
