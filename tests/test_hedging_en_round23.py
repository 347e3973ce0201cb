"""Round twenty-three, English: forecasts told in the past or before a bare object, unnamed sources read
from the attribution analyser's speakers, modals pinned to the period ahead ("this year"), and three
epistemic phrases. Sentences written for these tests, on both English pipelines (the trained model when
installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues as counted
from hedging_support import counted_epistemic as epistemic
from hedging_support import counted_vague_attributions, english_hedging_pipeline
from spacy.language import Language


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Last month the central bank predicted that inflation would ease by spring.", "predicted that"),
        ("The port authority forecasted a record season for cruise ships.", "forecasted a"),
        ("The mayor expected a quick end to the dispute when talks opened.", "expected a"),
        ("The central bank predicts slower growth for the region next year.", "predicts slower"),
        ("Freight volumes are forecasted to fall by 3 per cent.", "forecasted to fall"),
    ],
)
def test_forecast_in_the_past_or_before_a_bare_object_is_counted(nlp_en: Language, text: str, words: str) -> None:
    assert epistemic(nlp_en, text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose faster than predicted in the third quarter.",  # an outcome against a forecast
        "As expected, the council approved the budget.",
        "The new model can predict floods two days ahead.",  # a capacity
        "Meteorologists use radar to predict rainfall over the valley.",
    ],
)
def test_outcome_against_a_forecast_or_a_capacity_to_predict_is_not_counted(nlp_en: Language, text: str) -> None:
    assert epistemic(nlp_en, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Witnesses said the lorry had been travelling fast before it left the road.", "Witnesses"),
        ("Security researchers have said the flaw was used against a bank in Ohio.", "Security researchers"),
        ("The striker has agreed terms with the club, British media reported.", "British media"),
        ("Two analysts at the bank said the merger would close in June.", "Two analysts at the bank"),
    ],
)
def test_unnamed_source_as_speaker_is_a_vague_attribution(nlp_en: Language, text: str, words: str) -> None:
    assert counted_vague_attributions(nlp_en, text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Police said the driver had been arrested at the scene.",  # an institution
        "Plant scientist Dr Anna Ruiz says the blight is spreading north.",  # named after the head
        "According to FBI reports, the number of thefts rose in March.",  # a named body's reports
        "Their researchers said the vaccine was safe for children.",  # possessive: someone named before
        "Studies of reported fraud show most victims are over seventy.",  # "reported" is no report
    ],
)
def test_named_or_definite_sources_are_not_vague(nlp_en: Language, text: str) -> None:
    assert counted_vague_attributions(nlp_en, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Despite the drought, bread prices may not climb much this year.",
        "Ferry services could resume in the coming weeks.",
    ],
)
def test_modal_pinned_to_the_period_ahead_is_counted(nlp_en: Language, text: str) -> None:
    assert [kind for kind, _ in counted(nlp_en, text)] == ["modal_hedge"]


@pytest.mark.parametrize("text", ["Patients may develop a rash.", "Visitors may bring their own food."])
def test_generic_modal_without_a_time_stays_uncounted(nlp_en: Language, text: str) -> None:
    assert counted(nlp_en, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Detectives are working on the theory that the two fires were started by one person.",
            "working on the theory that",
        ),
        ("In the worst-case scenario, the reservoir runs dry by August.", "worst-case scenario"),
        ("The former boxer was diagnosed with probable dementia last year.", "probable dementia"),
    ],
)
def test_line_of_inquiry_imagined_outcome_and_bare_probable_are_counted(
    nlp_en: Language, text: str, words: str
) -> None:
    assert epistemic(nlp_en, text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "The painting was lent on the understanding that it is returned in May.",  # an agreement's condition
        "Officers had probable cause to search the car.",  # the legal standard
    ],
)
def test_condition_of_an_agreement_and_probable_cause_are_not_counted(nlp_en: Language, text: str) -> None:
    assert epistemic(nlp_en, text) == []
