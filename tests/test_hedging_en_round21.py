"""Round twenty-one, English modals by their reading: "could" of a change or an effect forecasts
whatever its subject, while "could" of ability, of anyone at all, or negated does not, and "may" of a
generic sentence stays a general possibility. Sentences written for these tests, on both English
pipelines (the trained model when installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues as counted
from hedging_support import english_hedging_pipeline
from spacy.language import Language


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


@pytest.mark.parametrize(
    "text",
    [
        "Fuel prices could climb again before the winter.",
        "Analysts warn that higher tariffs could hurt exporters in the region.",
        "Ticket sales could fall sharply after the price rise.",
        "Heavy rains could delay the harvest across the valley.",
        "Farmers could lose a third of their crop to the drought.",
    ],
)
def test_could_of_a_change_or_an_effect_is_counted(nlp_en: Language, text: str) -> None:
    assert ("modal_hedge", "could") in counted(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "You could face a fine for parking there.",  # anyone at all: a rule
        "A player could lose the ball in the tackle.",
        "Visitors could not reach the summit in the fog.",  # negated: ability
        "Pilgrims could see the tower from the valley.",  # perception: ability
        "Climbers could rest in the hut.",  # not a change or an effect
        "Severe infections may cause scarring.",  # "may" of a generic sentence: what sometimes happens
    ],
)
def test_could_of_ability_anyone_or_a_rule_is_not_counted(nlp_en: Language, text: str) -> None:
    assert not [c for c in counted(nlp_en, text) if c[1].lower() in ("could", "may")]


def test_quantifier_in_a_speakers_direct_quotation_is_not_counted(nlp_en: Language) -> None:
    text = '"Some guests came early and many stayed until midnight," the organiser said.'
    cues = list(nlp_en(text)._.framing_hedges)
    quantifiers = [c for c in cues if c.text.lower() in ("some", "many")]
    assert quantifiers, "the quantifiers are still shown"
    assert not [c for c in quantifiers if c.counted]
    assert {c.kind for c in quantifiers} == {"approximator"}


def test_quantifier_in_the_writers_voice_is_still_counted(nlp_en: Language) -> None:
    assert ("vague_quantifier", "Many") in counted(nlp_en, "Many guests stay until midnight.")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The cause of the outage will not be clear until next week.", "not be clear"),
        ("Why the bridge failed is not entirely known.", "not entirely known"),
        ("It's possible, the engineer said, that the cable snapped.", "It's possible,"),
        ("A second vote remains a distinct possibility.", "remains a distinct possibility"),
        ("Officials said it was too early to say how many homes were lost.", "early to say"),
        ("The singer has alleged that her manager kept the royalties.", "has alleged that"),
        ("A ruling is expected in the spring.", "is expected in"),
        ("The damage is estimated at two million dollars.", "is estimated at"),
        ("A settlement now seems inevitable.", "seems inevitable"),
        ("The date of the hearing remains undetermined.", "undetermined"),
    ],
)
def test_epistemic_phrases_of_news_are_counted(nlp_en: Language, text: str, span: str) -> None:
    assert ("epistemic_hedge", span) in counted(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rules are clear and well known.",
        "The hall was hard to find in the dark.",
        "He claimed the prize in 2019.",
        "It is possible to book tickets online.",
    ],
)
def test_plain_wording_near_those_phrases_is_not_counted(nlp_en: Language, text: str) -> None:
    assert not [c for c in counted(nlp_en, text) if c[0] == "epistemic_hedge"]


def test_could_under_a_present_if_clause_is_a_forecast(nlp_en: Language) -> None:
    text = "If the bank cuts rates in March, more buyers could come back to the market."
    assert ("modal_hedge", "could") in counted(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "If the bank had cut rates in March, more buyers could have come back.",  # a past case imagined
        "If the bank were to cut rates, more buyers could come back.",
        "If you park there, you could face a fine.",  # anyone at all: a rule
    ],
)
def test_could_under_a_past_or_general_if_clause_stays_hypothetical(nlp_en: Language, text: str) -> None:
    assert ("modal_hedge", "could") not in counted(nlp_en, text)
