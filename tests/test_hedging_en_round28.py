"""Round twenty-eight, English hedges by issue 14's conventions: the forecast frame's passive and active
shapes ("is projected as", "is seen to", "tipped X to", "we are estimating around";
no tags needed), nouns of possibility or risk heading an outcome ("the odds of a", "potential causes",
"looming"), not knowing as a construction ("is yet to confirm if", "won't be a surprise if", "a limited
understanding of how", "must determine whether"), a study's evidence verbs, an unnamed source through a
relative clause; and three false hits (a participant's ignorance, the active "has questioned", a source
noun that only qualifies a head). Sentences written for these tests, on both English pipelines (the
trained model when installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from hedging_support import counted_epistemic, counted_vague_attributions, english_hedging_pipeline
from spacy.language import Language


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The Ohio lineman is projected as a second-round pick.", "projected as"),
        ("Soybean output is seen to contract by 3 per cent this season.", "seen to"),
        ("Barley output is also seen lower at 9.2 million tonnes.", "seen lower"),
        ("The cold snap, seen to be the harshest in a decade, closed the pass.", "seen to"),
        ("The bureau today tipped this year's wheat harvest to reach a record.", "tipped"),
        ("\u201cThis year we are estimating around 30,000 visitors,\u201d the mayor said.", "estimating"),
    ],
)
def test_forecast_frame_passive_and_active_shapes_are_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert any(cue in found for found in counted_epistemic(nlp_en, text))


@pytest.mark.parametrize(
    "text",
    ["Weather forecasting is a hard trade to learn.", "The old film was projected onto a bare wall."],
)
def test_forecasting_as_a_subject_noun_is_not_a_forecast(nlp_en: Language, text: str) -> None:
    assert counted_epistemic(nlp_en, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A witness said the driver was seen to leave the shop at noon.",
        "The waiter tipped his hat to the guests and left.",
        "The new bridge can be seen at the end of the road.",
    ],
)
def test_perception_and_gesture_are_not_forecasts(nlp_en: Language, text: str) -> None:
    assert counted_epistemic(nlp_en, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The central bank warned of a growing risk of a recession next year.", "risk of a"),
        ("Most economists put the odds of a rate cut in June at one in three.", "odds of a"),
        ("Dock workers say a strike is looming at the port.", "looming"),
        ("Fire crews are examining potential causes of the blaze.", "potential causes"),
    ],
)
def test_nouns_of_possibility_heading_an_outcome_are_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "People who walk every day had a lower risk of a fall in the trial.",
        "Winning the cup was the chance of a lifetime for the club.",
    ],
)
def test_measured_risk_and_the_chance_of_a_lifetime_are_not_counted(nlp_en: Language, text: str) -> None:
    assert counted_epistemic(nlp_en, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ministry is yet to confirm if the two envoys were targeted.", "confirm"),
        ("It won't be a surprise if the rookie starts on Sunday.", "surprise if"),
        ("Doctors still have a limited understanding of how the infection spreads.", "understanding of how"),
    ],
)
def test_not_knowing_as_a_construction_is_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Engineers must now determine whether the crack spread overnight.", "determine whether"),
        ("The next question is whether the council can pay for the repairs.", "question is whether"),
    ],
)
def test_an_open_question_still_to_settle_is_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


def test_an_inquiry_done_is_not_an_open_question(nlp_en: Language) -> None:
    text = "The team examined whether the birds recognised their keepers' voices."
    assert counted_epistemic(nlp_en, text) == []


def test_yet_to_with_an_object_states_a_fact(nlp_en: Language) -> None:
    assert counted_epistemic(nlp_en, "The club has yet to announce its squad for the final.") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The findings indicate that older bees forage farther from the hive.", "indicate that"),
        ("Green tea may slow hair loss, a small study published on Tuesday suggests.", "suggests."),
    ],
)
def test_a_studys_evidence_verbs_are_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert cue in counted_epistemic(nlp_en, text)


def test_a_persons_indicated_that_is_a_statement(nlp_en: Language) -> None:
    assert "indicated that" not in counted_epistemic(nlp_en, "The mayor indicated that she would stand again.")


def test_unnamed_source_through_a_relative_clause_is_counted(nlp_en: Language) -> None:
    text = "Two officials who are familiar with the audit told the newspaper the figures were wrong."
    assert "officials who are familiar with" in counted_vague_attributions(nlp_en, text)


def test_a_participants_ignorance_in_a_narrative_is_not_counted(nlp_en: Language) -> None:
    text = "A second guard, who did not know which door was locked, opened the gate."
    assert counted_epistemic(nlp_en, text) == []


def test_active_has_questioned_is_not_a_judgement_credited_to_no_one(nlp_en: Language) -> None:
    assert counted_vague_attributions(nlp_en, "The inquiry team has questioned two of the witnesses.") == []
    assert counted_vague_attributions(nlp_en, "The ruling has been widely questioned.") != []


def test_a_source_noun_qualifying_a_head_is_no_remention(nlp_en: Language) -> None:
    text = (
        "Local media say the dam could burst within days. "
        "The Boston based media group reported that the dam was checked in May."
    )
    assert "The Boston based media group" not in counted_vague_attributions(nlp_en, text)
