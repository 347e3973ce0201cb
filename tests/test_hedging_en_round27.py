"""Round twenty-seven, English hedges by issue 14's conventions: a verb of forecast counts in every frame
where it takes a complement (not as a noun of a product, nor "as expected"), with its attributive
participle and its noun before "is that"; statements of not knowing or of an open outcome; a definite
re-mention of an unnamed source; and phrases of doubt next to existing entries ("far from certain",
"a doubtful starter", "it looks like", "looks set to"). Sentences written for these tests, on both English
pipelines (the trained model when installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from hedging_support import counted_epistemic, counted_vague_attributions, english_hedging_pipeline
from spacy.language import Language


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


@pytest.fixture(scope="module")
def nlp_trained() -> Language:
    return english_hedging_pipeline("trained")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ministry expects wheat prices will ease in the spring.", "expects wheat"),
        ("The central bank governor said she expected inflation to peak in July.", "expected inflation"),
        ("Expect heavy traffic on the coast road this weekend.", "Expect heavy"),
        ("Meteorologists are predicting a dry start to the summer.", "predicting a"),
        ("\u201cWe're anticipating some disruption at the border,\u201d the haulier said.", "anticipating some"),
    ],
)
def test_forecast_verb_with_any_complement_is_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The bank now forecasts growth of 3 per cent next year.", "forecasts growth"),
        ("Climate models project rainfall to rise across the north.", "project rainfall"),
    ],
)
def test_forecast_and_project_as_tagged_verbs_are_counted(nlp_trained: Language, text: str, cue: str) -> None:
    # only where a tagger tells the verb from the noun ("weather forecasts that", "the project that")
    assert cue in counted_epistemic(nlp_trained, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The anticipated price cut will reach the pumps on Tuesday.", "anticipated price"),
        ("Her forecast is that the market will settle by autumn.", "forecast is that"),
        ("Economists see the rate at 4 per cent by June.", "Economists see the"),
    ],
)
def test_attributive_nominal_and_forecaster_see_are_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose faster than expected in the second quarter.",
        "As predicted, the river burst its banks on Friday.",
        "Subscribers can expect two new episodes every week.",
        "The new radar is used to predict hailstorms over the plains.",
        "Marine heatwave forecasts that are published online drew many readers.",
        "The forecasts for the coming week were delayed by a power cut.",
        "The bridge project that the council approved has stalled.",
        "The expected value of the bet is negative.",
    ],
)
def test_forecast_words_outside_the_frame_are_not_counted(nlp_en: Language, text: str) -> None:
    assert counted_epistemic(nlp_en, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Whether the ceasefire holds remains to be seen.", "remains to be seen"),
        ("The cause of the outage is yet to be determined.", "yet to be determined"),
        ("No one knows how long the dry spell will last.", "No one knows"),
        ("Nobody knew whether the ferry would sail.", "Nobody knew"),
        ("There is no way to tell if the vase is genuine.", "no way to tell"),
        ("\u201cWe don't know yet,\u201d the fire chief said.", "don't know yet"),
        ("\u201cI can't say until the tests come back,\u201d the vet said.", "ca n't say until"),
    ],
)
def test_statements_of_not_knowing_are_counted(nlp_en: Language, text: str, cue: str) -> None:
    found = counted_epistemic(nlp_en, text)
    assert cue.replace("ca n't", "can't") in found or cue in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The new road has yet to be built.",
        "\u201cI don't know him,\u201d the neighbour said.",
        "The captain can't say enough about the younger players.",
    ],
)
def test_a_fact_or_an_object_after_knowing_is_not_counted(nlp_en: Language, text: str) -> None:
    assert counted_epistemic(nlp_en, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A place in the final is far from certain for the holders.", "far from certain"),
        ("Walsh a doubtful starter for Saturday's derby", "doubtful starter"),
        ("It looks like the talks will run into next week.", "looks like"),
        ("Demand for office space looks set to fall this year.", "looks set to"),
    ],
)
def test_phrases_of_doubt_are_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


def test_first_person_belief_in_a_quotation_opens_with_any_word(nlp_en: Language) -> None:
    text = "\u201cI think Dublin has the stronger squad,\u201d the former captain said."
    assert "I think Dublin" in counted_epistemic(nlp_en, text)


def test_definite_remention_of_an_unnamed_source_is_counted(nlp_en: Language) -> None:
    text = (
        "Energy analysts say pump prices will rise in March. "
        "The cost of crude has climbed for six weeks. "
        "The analysts further say only a subsidy can soften the blow."
    )
    assert counted_vague_attributions(nlp_en, text)[-1:] == ["The analysts"]


def test_definite_mention_without_an_earlier_unnamed_source_is_not_counted(nlp_en: Language) -> None:
    text = "The analysts at the central bank further say the rise will be short."
    assert counted_vague_attributions(nlp_en, text) == []
