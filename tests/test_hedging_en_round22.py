"""Round twenty-two, English: a first person's belief or forecast inside a speaker's quotation, "feel
that" as a belief, and modals of headlines in title case. Sentences written for these tests, on both
English pipelines (the trained model when installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues as counted
from hedging_support import counted_epistemic as epistemic
from hedging_support import english_hedging_pipeline
from spacy.language import Language


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"I think the harbour will reopen within a week," the port manager said.', "I think the"),
        ('"We believe he crossed the border on foot," a police spokesman said.', "We believe he"),
        ('"We expect higher repair bills next winter," said Tom Ellis, who runs the depot.', "We expect higher"),
        ('"I feel that the council has ignored us," a shopkeeper, Ann Reed, told the paper.', "I feel that"),
    ],
)
def test_first_person_belief_in_a_speakers_quotation_is_counted(nlp_en: Language, text: str, words: str) -> None:
    assert epistemic(nlp_en, text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "We believe that every child deserves a library card.",  # the writer's creed, no quotation
        '"I know the bridge was closed," the driver said.',  # factive: not listed
        '"I feel the cold more than I used to," she said.',  # a sensation
        '"We expect to finish the roof by March," the builder said.',  # an intention
        '"I think about the flood every day," the farmer said.',  # no clause
    ],
)
def test_first_person_creed_knowledge_sensation_or_intention_is_not_counted(nlp_en: Language, text: str) -> None:
    assert epistemic(nlp_en, text) == []


def test_feel_that_of_a_group_is_a_belief(nlp_en: Language) -> None:
    assert epistemic(nlp_en, "Local farmers feel that the new levy is unfair.") == ["feel that"]


@pytest.mark.parametrize(
    "text",
    [
        "Over time he began to feel that the town had forgotten him.",  # a past state of a story
        "The chair resigns if she feels that the board has lost trust in her.",  # a case, not a view
    ],
)
def test_feel_that_after_to_or_in_a_condition_is_not_counted(nlp_en: Language, text: str) -> None:
    assert epistemic(nlp_en, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ferry Fares May Climb Again This Summer", "May Climb"),
        ("Bakery Prices Could Climb Again As Flour Costs Jump", "Could"),
        ("Harbour Traffic Might Never Recover From The Storm", "Might Never"),
    ],
)
def test_modal_in_a_title_case_headline_is_counted(nlp_en: Language, text: str, words: str) -> None:
    assert ("modal_hedge", words) in counted(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "The festival is held every year during May Day week in the old town square.",
        "Crowds Gather For May Day Parade In The Old Town",  # the month's holiday, in a headline
        "The band recorded Tomorrow May Come in a barn near the coast.",  # a title inside a sentence
    ],
)
def test_capital_may_outside_a_headline_or_before_day_is_not_counted(nlp_en: Language, text: str) -> None:
    assert not [words for kind, words in counted(nlp_en, text) if kind == "modal_hedge"]


def test_suggests_before_a_quantity_is_evidence(nlp_en: Language) -> None:
    assert epistemic(nlp_en, "A survey of pharmacies suggests most are short of staff.") == ["suggests most"]


def test_suggested_before_a_quantity_is_a_proposal(nlp_en: Language) -> None:
    assert epistemic(nlp_en, "The mayor suggested many changes to the bus routes.") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fire crews believe at least 40 homes were lost in the blaze.", "believe at least 40"),
        ("The council is not quite sure when the bridge will reopen.", "not quite sure"),
        ("Investigators do not know yet how the blaze began.", "do not know yet how"),
    ],
)
def test_belief_before_a_number_and_stated_ignorance_with_yet_are_counted(
    nlp_en: Language, text: str, words: str
) -> None:
    assert epistemic(nlp_en, text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "The crew believed at least 40 homes were lost.",  # a past belief: a fact of the story
        "Make sure the door is locked before you leave.",
        "Most drivers only think about fuel prices when they fill up.",
    ],
)
def test_past_belief_and_plain_sure_or_think_about_are_not_counted(nlp_en: Language, text: str) -> None:
    assert epistemic(nlp_en, text) == []
