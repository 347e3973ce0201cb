"""Round twenty, English hedges in news: beliefs and forecasts held by someone, unnamed sources, and
"could" of one case versus "could" of ability. Sentences written for these tests, on both English
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
    ("text", "kind", "span"),
    [
        ("Investigators believe the blaze began in a storeroom.", "epistemic_hedge", "believe the"),
        ("The coach thinks that the team will recover.", "epistemic_hedge", "thinks that"),
        ("Detectives suspect the two thefts are connected.", "epistemic_hedge", "suspect the"),
        ("Rescuers fear more miners are trapped.", "epistemic_hedge", "fear more"),
        ("It is a clue they believe will lead to the driver.", "epistemic_hedge", "believe will"),
        ("The agency had reason to believe the letter was forged.", "epistemic_hedge", "reason to believe"),
        ("Economists expect the currency to weaken.", "epistemic_hedge", "expect the"),
        ("The merger is expected to close in March.", "epistemic_hedge", "expected to close"),
        ("Dozens of climbers, believed to be stranded, wait for help.", "epistemic_hedge", "believed to be"),
        ("Landlords allege that the fees are illegal.", "epistemic_hedge", "allege that"),
        ("The senator is tipped to chair the committee.", "epistemic_hedge", "tipped to chair"),
        ("She said she was almost certain the count was wrong.", "epistemic_hedge", "almost certain"),
        ("A source close to the talks said a deal was near.", "vague_attribution", "source close to"),
        ("People familiar with the plan said it would be delayed.", "vague_attribution", "People familiar with"),
    ],
)
def test_beliefs_forecasts_and_unnamed_sources_are_counted(nlp_en: Language, text: str, kind: str, span: str) -> None:
    assert (kind, span) in counted(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "I believe that every child deserves a school place.",  # the speaker's own creed
        "We also think that the rules are fair.",
        "The villagers believe in a god of the river.",  # not a belief about a fact
        "The suspect was seen near the station.",  # the noun
        "Because they think the road is closed, drivers take the bridge.",  # a case described
        "He believed that the war would end by Christmas.",  # a past belief, a fact of the story
        "You can expect a reply within a week.",
        "The crowd could hear the band from the square.",  # "could" of perception: ability
        "Few families could afford the new rents.",
    ],
)
def test_stances_past_beliefs_and_abilities_are_not_counted(nlp_en: Language, text: str) -> None:
    assert counted(nlp_en, text) == []


def test_could_of_one_case_is_counted_whatever_its_subject(nlp_en: Language) -> None:
    # a name, neither a pronoun nor a definite noun: read as a general possibility before round twenty
    assert ("modal_hedge", "could") in counted(nlp_en, "Even so, Congress could reject the plan.")


def test_could_under_a_relative_pronoun_is_counted_on_a_parse() -> None:
    nlp = english_hedging_pipeline("trained")
    # the rule-based pipeline reads the indefinite antecedent ("a bill") as generic: a known limit
    assert ("modal_hedge", "could") in counted(nlp, "Lawmakers debated a bill which could take months to pass.")


def test_could_of_a_generic_subject_or_negated_stays_uncounted(nlp_en: Language) -> None:
    assert counted(nlp_en, "One could walk across the bay at low tide.") == []
    assert counted(nlp_en, "The firefighters could not reach the upper floors.") == []
