"""Round thirty-six, English hedges: a probability noun that heads the statement (a figure's chance or
probability, "the odds of" with any event after it, "the possibility that" with a clause) and a
negated or refused "rule out". Each is a forecast or an open possibility, not a reported fact; the
guards keep a measured change of a probability, a measure of one, a title and a plain "ruled out".
Sentences written for these tests, on both English pipelines (the trained model when installed, and
the rule-based one)."""

from __future__ import annotations

import pytest
from hedging_support import counted_epistemic, english_hedging_pipeline
from spacy.language import Language


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Forecasters give a 40 percent chance of showers on the coast on Friday.", "percent chance"),
        ("There is a 70% probability that the storm turns north before landfall.", "% probability"),
        ("With 90 per cent likelihood the comet will pass well clear of the planet.", "cent likelihood"),
    ],
)
def test_a_probability_given_as_a_figure_is_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The odds of the river flooding this spring are two in three, the agency says.", "The odds of"),
        ("The chances of above-average rain in the tropics are roughly even.", "The chances of"),
        ("Across the plains the chance of beating the heat record is low.", "the chance of"),
        ("The probability of another strong tremor this week has fallen.", "The probability of"),
    ],
)
def test_the_probability_of_an_event_to_come_is_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert any(found.startswith(cue) for found in counted_epistemic(nlp_en, text))


@pytest.mark.parametrize(
    "text",
    [
        "The new vaccine reduces the odds of severe infection in older patients.",
        "Engineers calculate the probability of failure for every bridge in the county.",
        "She published an essay titled The Probability of Rain in a small journal.",
        "Winning the cup was the chance of a lifetime for the village club.",
    ],
)
def test_a_measured_change_a_measure_and_a_title_are_not_counted(nlp_en: Language, text: str) -> None:
    assert counted_epistemic(nlp_en, text) == []


def test_a_possibility_with_its_clause_is_counted(nlp_en: Language) -> None:
    text = "The find raises the possibility that the ship was scuttled by its crew."
    assert "possibility that" in counted_epistemic(nlp_en, text)


def test_a_possibility_removed_or_assessed_is_not_counted(nlp_en: Language) -> None:
    assert counted_epistemic(nlp_en, "The new lock removes any possibility that the gate opens by itself.") == []
    assert counted_epistemic(nlp_en, "The lender assesses the likelihood that a borrower repays on time.") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A second landslide on the pass is not ruled out, engineers said.", "ruled out"),
        ("The minister couldn\u2019t rule out tax rises in the spring budget.", "rule out"),
        ("Police have refused to rule out foul play in the death of the farmer.", "rule out"),
    ],
)
def test_a_negated_or_refused_rule_out_is_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


def test_a_plain_ruled_out_is_a_fact(nlp_en: Language) -> None:
    assert counted_epistemic(nlp_en, "The judge ruled out a retrial after the hearing on Monday.") == []
