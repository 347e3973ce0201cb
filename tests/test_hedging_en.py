"""framing_hedging on English, on the trained model (when installed) and on the rule-based pipeline."""

from __future__ import annotations

import pytest
from hedging_support import english_hedging_pipeline
from spacy.language import Language

from framing.types import CertaintyCue


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


def cues(nlp: Language, text: str) -> list[CertaintyCue]:
    doc = nlp(text)
    return list(doc._.framing_hedges) + list(doc._.framing_boosters)


def found(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in cues(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels reportedly seized the town.", [("adverb_hedge", "reportedly")]),
        ("The senator allegedly took bribes.", [("adverb_hedge", "allegedly")]),
        ("The fire apparently started in the kitchen.", [("adverb_hedge", "apparently")]),
        ("The bank is likely to cut rates.", [("epistemic_hedge", "likely")]),
        ("The company seems to have lost its way.", [("epistemic_hedge", "seems to have")]),
        ("The army appears to be regrouping.", [("epistemic_hedge", "appears to be")]),
        ("The strike may spread to other ports.", [("modal_hedge", "may")]),
        ("Prices might rise again in June.", [("modal_hedge", "might")]),
        ("The talks could collapse this week.", [("modal_hedge", "could")]),
    ],
)
def test_hedges(nlp_en: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(nlp_en, text) == expected
    assert all(c.counted and c.voice == "reporter" for c in cues(nlp_en, text))


def test_would_in_reported_speech_is_concordance(nlp_en: Language) -> None:
    for text in [
        "The ministry said it would leave the base by September.",
        "She told reporters that the government would not raise taxes.",
        "Officials had said the bridge would reopen in spring.",
    ]:
        (cue,) = cues(nlp_en, text)
        assert (cue.text, cue.kind, cue.counted) == ("would", "concordance", False), text


def test_would_in_a_main_clause_is_an_implied_condition(nlp_en: Language) -> None:
    """Round eight: a plan's effect or a case under an unstated condition, shown and not counted."""
    (cue,) = cues(nlp_en, "The change would mark the end of the combat mission.")
    assert (cue.kind, cue.counted) == ("hypothetical", False)


def test_would_after_a_present_reporting_verb_is_a_hedge(nlp_en: Language) -> None:
    (cue,) = cues(nlp_en, "The newspaper says the minister would resign next week.")
    assert (cue.kind, cue.counted) == ("conditional_hedge", True)


def test_if_clauses_make_hypotheticals(nlp_en: Language) -> None:
    for text in [
        "If the union rejected the offer, the strike would continue.",
        "The economy would shrink if oil prices doubled.",
    ]:
        (cue,) = cues(nlp_en, text)
        assert (cue.kind, cue.counted) == ("hypothetical", False), text


@pytest.mark.parametrize(
    "text",
    [
        "The elections were held in May, after the floods.",
        "Former prime minister Theresa May visited the plant.",
        "The parade was a display of military might in the capital.",
        "Ministers talked about the budget for three hours.",
        "According to the ministry, 12,000 people marched.",
        "The troops will leave the base by September, the ministry said.",
    ],
)
def test_traps_are_not_hedges(nlp_en: Language, text: str) -> None:
    assert found(nlp_en, text) == []


def test_approximators_are_not_counted(nlp_en: Language) -> None:
    result = cues(nlp_en, "About 2,500 soldiers remain, and at least 14 people were killed.")
    assert [(c.kind, c.counted) for c in result] == [("approximator", False), ("approximator", False)]


def test_boosters_and_voice(nlp_en: Language) -> None:
    doc = nlp_en('"This is clearly a turning point," she said. The decision will obviously anger farmers.')
    assert [(b.kind, b.text, b.voice) for b in doc._.framing_boosters] == [
        ("booster", "clearly", "quoted"),
        ("booster", "obviously", "reporter"),
    ]


def test_evidential_passives_are_hedges(nlp_en: Language) -> None:
    assert found(nlp_en, "The general is said to have fled the capital.") == [("vague_attribution", "is said to")]
    assert found(nlp_en, "The hostages are believed to be alive.") == [("vague_attribution", "are believed to")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some analysts say the merger will fail.", [("vague_attribution", "Some analysts")]),
        ("Critics argue the tax favours landlords.", [("vague_attribution", "Critics argue")]),
        ("It is widely believed that the vote was rigged.", [("vague_attribution", "It is widely believed")]),
        ("The law is considered one of the strictest in Europe.", [("vague_attribution", "is considered one")]),
        ("It is unclear whether the plant will reopen.", [("epistemic_hedge", "is unclear whether")]),
        ("The results suggest that the drug works.", [("epistemic_hedge", "suggest that")]),
    ],
)
def test_vague_attributions_and_epistemic_words(nlp_en: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(nlp_en, text) == expected
    assert all(c.counted for c in cues(nlp_en, text))


@pytest.mark.parametrize(
    "text",
    [
        "Passengers may carry one bag on board.",
        "The software may be downloaded free of charge.",
        "Firefighters could not reach the upper floors.",
        "A player may pass the ball backwards.",
        "The tax credit may also cover part of the cost of childcare.",
    ],
)
def test_modals_of_permission_ability_and_rules_are_not_counted(nlp_en: Language, text: str) -> None:
    (cue,) = cues(nlp_en, text)
    assert (cue.kind, cue.counted) == ("non_hedge_modal", False), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some species of the genus are venomous.", [("vague_quantifier", "Some")]),
        ("In some cases the rash disappears within days.", [("vague_quantifier", "some")]),
        ("Many countries have banned the practice.", [("vague_quantifier", "Many")]),
        ("Several bird species nest on the northern cliffs.", [("vague_quantifier", "Several")]),
        ("Many settlers abandoned their farms during the long drought.", [("vague_quantifier", "Many")]),
        ("The survey shows that some parts of the coast are eroding fast.", [("vague_quantifier", "some")]),
    ],
)
def test_vague_quantifiers_of_a_general_claim_are_counted(
    nlp_en: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(nlp_en, text) == expected
    assert all(c.counted for c in cues(nlp_en, text))


def test_numbers_times_and_rough_counts_are_not_vague_quantifiers(nlp_en: Language) -> None:
    assert found(nlp_en, "Some 300 people attended the vigil.") == [("approximator", "Some 300")]
    assert found(nlp_en, "The bridge was closed for some time.") == [("approximator", "some time")]
    assert found(nlp_en, "He has lived there for many years.") == [("approximator", "many years")]
    assert [(c.kind, c.counted) for c in cues(nlp_en, "A few villages remain cut off.")] == [("approximator", False)]


def test_a_rough_count_of_one_dated_event_is_an_approximator_on_a_parse() -> None:
    """English needs a word of one occasion besides the past tense: a past-tense account without one
    ("Many settlers abandoned...") is read as general, as English readers do."""
    nlp = english_hedging_pipeline("trained")
    dated = cues(nlp, "Some shops closed their doors yesterday.")
    assert [(c.kind, c.counted) for c in dated] == [("approximator", False)]


@pytest.mark.parametrize(
    "text",
    [
        "He would later found his own radio station.",
        "Years later, she would return to the village as its mayor.",
        "During the 1970s the band would often play for three hours.",
    ],
)
def test_would_of_a_story_is_not_a_hedge(nlp_en: Language, text: str) -> None:
    (cue,) = cues(nlp_en, text)
    assert (cue.kind, cue.counted) == ("concordance", False), text


def test_would_in_a_clause_under_a_past_main_verb_on_a_parse() -> None:
    nlp = english_hedging_pipeline("trained")
    (cue,) = cues(nlp, "The company announced a plan that would cut 500 jobs.")
    assert cue.kind == "concordance"
    (cue,) = cues(nlp, "The plan would cut 500 jobs.")
    assert (cue.kind, cue.counted) == ("hypothetical", False)


def test_may_with_an_adverb_of_frequency_states_a_general_rule(nlp_en: Language) -> None:
    (cue,) = cues(nlp_en, "The symptoms may sometimes include a mild fever.")
    assert (cue.kind, cue.counted) == ("non_hedge_modal", False)


def test_modal_before_an_inserted_phrase(nlp_en: Language) -> None:
    assert found(nlp_en, "The mayor might, according to aides, resign.") == [("modal_hedge", "might")]


def test_second_reported_clause_after_but_that(nlp_en: Language) -> None:
    result = cues(nlp_en, "He said he would sign the deal but that talks would resume later.")
    assert [(c.text, c.kind) for c in result] == [("would", "concordance"), ("would", "concordance")]


def test_sentence_initial_without_opens_an_implicit_condition(nlp_en: Language) -> None:
    (cue,) = cues(nlp_en, "Without these subsidies, the farm would close.")
    assert cue.kind == "hypothetical"
