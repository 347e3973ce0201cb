"""Round twenty-nine, English hedges by issue 14's conventions: the forecast frame's trajectory shapes
("is heading for" / "is pegged at" / "on track for" a figure, "set to surpass" a figure, "estimates
showed", "looks capable of"), confidence short of certainty ("increasingly confident", "somewhat
hopeful"), an open question after a noun of concern ("the worry is whether"), appearance frames
interrupted by a degree or a parenthetical, a promotional label ("touted as"); and what is not a
hedge: a negated evidential ("no evidence to suggest"), a third party's ignorance in a relative clause
on "that", "several" before a number word, and "other" experts joined to a named one. Sentences written
for these tests, on both English pipelines (the trained model when installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_epistemic, counted_vague_attributions, english_hedging_pipeline
from spacy.language import Language


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The sequel is heading for a $95 million opening weekend in North America.", "heading for a $"),
        ("Output of lentils is pegged at 2.45 million tonnes this season.", "pegged at 2.45"),
        ("The holdover is pegged to finish the weekend with about $40 million.", "pegged to finish"),
        ("The airline is on track for 40 million passengers this year.", "track for 40"),
        ("Local films are set to surpass $60 million in receipts next month.", "set to surpass $"),
        ("Ticket sales rose sharply, early estimates showed on Sunday.", "estimates showed"),
        ("The small release looks capable of reaching $15 million.", "looks capable of"),
    ],
)
def test_forecast_frame_trajectory_shapes_are_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert any(found.startswith(cue) for found in counted_epistemic(nlp_en, text))


@pytest.mark.parametrize(
    "text",
    [
        "The dirham is pegged to the dollar at 3.67.",
        "The party is heading for the 2028 election with a new leader.",
        "The theatre is set to open on Monday after a long refit.",
    ],
)
def test_a_peg_a_journey_and_a_schedule_are_not_forecasts(nlp_en: Language, text: str) -> None:
    assert counted_epistemic(nlp_en, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Officials are increasingly confident the wreck is the missing trawler.", "increasingly confident"),
        ("\u201cWe are somewhat hopeful that the worst is over,\u201d the minister said.", "somewhat hopeful"),
        ("Most traders remain cautiously optimistic that the port will reopen.", "cautiously optimistic"),
    ],
)
def test_confidence_short_of_certainty_is_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The biggest worry will be whether voters turn out in the rain.", "worry will be whether"),
        ("Fears now surround whether the bridge can carry lorries.", "Fears now surround whether"),
        ("Doubts remain over whether the deal will hold.", "Doubts remain over whether"),
    ],
)
def test_an_open_question_after_a_noun_of_concern_is_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("There doesn't seem, at least for now, to be a clear favourite.", "seem, at least for now, to"),
        ("The fragment looks very much like part of a wing flap.", "looks very much like"),
    ],
)
def test_interrupted_appearance_frames_are_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "There was no evidence to suggest the fire was set deliberately.",
        "Police said there was nothing to suggest that the two thefts were linked.",
        "There is no indication that the water supply was affected.",
    ],
)
def test_a_negated_evidential_is_not_a_hedge(nlp_en: Language, text: str) -> None:
    assert counted_epistemic(nlp_en, text) == []


def test_an_evidential_that_is_not_negated_still_counts(nlp_en: Language) -> None:
    assert "suggest that" in counted_epistemic(nlp_en, "The tests suggest that the fire was set deliberately.")


def test_a_third_partys_ignorance_on_that_is_not_a_hedge(nlp_en: Language) -> None:
    text = "Residents that don't know where the shelter is were told to call the council."
    assert counted_epistemic(nlp_en, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The reserve has several dozen rare orchids on its northern slope.",
        "The storm felled several hundred trees along the coast road.",
    ],
)
def test_several_before_a_number_word_is_a_rough_count(nlp_en: Language, text: str) -> None:
    assert counted_cues(nlp_en, text) == []


def test_other_experts_joined_to_a_named_one_are_no_vague_source(nlp_en: Language) -> None:
    text = "In a 2021 paper, Maria Olsen and other historians at the university traced the letters."
    assert counted_vague_attributions(nlp_en, text) == []
    assert counted_vague_attributions(nlp_en, "Other historians doubt the letters are genuine.") != []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The new pill was touted as a cure for migraines.", "touted as"),
        ("The fair is billed as the biggest food festival in the region.", "billed as"),
    ],
)
def test_a_promotional_label_with_no_one_named_is_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_vague_attributions(nlp_en, text)
