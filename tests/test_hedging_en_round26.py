"""Round twenty-six, English hedges by class and by issue 14's conventions: "should" of expectation,
a possibility or a lack of guarantee stated as a noun, forecast verbs in the frames the older entries
missed, and a verb of belief, bet or evidence before a clause without "that" (read by the parse or a
finite verb, not by a list of first words); a comparative or measured "likely" reports a finding and is
not counted. Sentences written for these tests, on both English pipelines (the trained model when
installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues as counted
from hedging_support import counted_epistemic, english_hedging_pipeline
from spacy.language import Language


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


@pytest.fixture(scope="module")
def nlp_trained() -> Language:
    return english_hedging_pipeline("trained")


@pytest.mark.parametrize(
    "text",
    [
        "Smokers were more likely to be admitted to hospital, the survey found.",
        "The heatwave was made 40% more likely by rising temperatures.",
        "Cyclists on wide roads were nearly twice as likely to be hit.",
        "Children in the scheme were less likely to miss school.",
    ],
)
def test_comparative_or_measured_likely_is_a_finding(nlp_en: Language, text: str) -> None:
    assert "likely" not in counted_epistemic(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "The storm will most likely reach the coast on Friday.",
        "The council is likely to approve the plan next week.",
    ],
)
def test_plain_likely_is_still_counted(nlp_en: Language, text: str) -> None:
    assert "likely" in counted_epistemic(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "The tax cut should boost spending in the second half of the year.",
        "The new terminal should ease congestion at the port.",
        "The reform should see exports double by the end of the decade.",
    ],
)
def test_should_of_expectation_is_counted(nlp_en: Language, text: str) -> None:
    assert ("modal_hedge", "should") in counted(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "Drivers should slow down near the school gates.",  # advice to a class of people
        "You should see a doctor if the cough lasts.",  # anyone at all
        "The form should list every member of the household.",  # a rule, no verb of change
        "What should happen next is up to the board.",  # a question of what ought to be
    ],
)
def test_should_of_advice_or_a_norm_is_not_counted(nlp_en: Language, text: str) -> None:
    assert ("modal_hedge", "should") not in counted(nlp_en, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("There is potential for delays on the northern line this weekend.", "There is potential for"),
        ("Traders said the potential exists for a sharp fall in prices.", "potential exists for"),
        ("There is no guarantee that the plant will reopen.", "no guarantee that"),
        ("The airline expects 12 million passengers this year.", "expects 12"),
        ("Growth is projected at 2 per cent for the coming year.", "is projected at"),
    ],
)
def test_possibility_nouns_and_forecast_frames_are_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Climate models project that summers will get hotter in the south.", "project that"),
        ("Analysts project higher costs for the airline next year.", "project higher"),
    ],
)
def test_project_as_a_tagged_verb_of_forecast_is_counted(nlp_trained: Language, text: str, cue: str) -> None:
    # only where a tagger tells the verb from the noun ("the bridge project that...")
    assert cue in counted_epistemic(nlp_trained, text)


@pytest.mark.parametrize(
    "text",
    [
        "There is no potential for growth in the old mill, the owners said.",
        "The bridge project that the council approved has stalled.",
        "Users can expect 30 days of battery life from the new model.",
        "The team gave a guarantee that every order would ship.",
    ],
)
def test_other_uses_of_these_words_are_not_counted(nlp_en: Language, text: str) -> None:
    assert counted_epistemic(nlp_en, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Officials believe local militias are behind the attack.", "believe local"),
        ("Investors bet the central bank will cut rates in March.", "bet the"),
        ("The figures suggest younger voters are turning away from the party.", "suggest younger"),
        ("Police believe Mark is still in the country.", "believe Mark"),
        ("Economists reckon the city's housing market will cool.", "reckon the"),
    ],
)
def test_view_verb_before_a_clause_without_that_is_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "Her grandmother believes in hard work and early nights.",
        "The river level indicates flood risk to the farms below.",  # an object, no clause
        "The coach thinks highly of the young striker.",
        "The memo indicates the firm's plan to expand abroad.",  # a possessive is not "is"
    ],
)
def test_view_verb_without_a_clause_is_not_counted(nlp_en: Language, text: str) -> None:
    assert counted_epistemic(nlp_en, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("There are signs that demand for new homes is slowing.", "There are signs that"),
        ("There were early indications that the bank would hold rates.", "There were early indications that"),
    ],
)
def test_existential_evidence_noun_is_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


def test_evidence_noun_outside_the_frame_is_not_counted(nlp_en: Language) -> None:
    assert counted_epistemic(nlp_en, "The storm left signs of damage along the seafront.") == []
