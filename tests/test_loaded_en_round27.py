"""English loaded vocabulary, twenty-seventh round (issue 14): the integrator's convention decisions and
classes for the recurring mechanisms.

- Conventions: an evaluative adjective before the head noun of a legal, statistical or price category
  ("violent crime", "extreme weather") describes; the scale adjectives of plain description and the
  plain reaction verbs ("mock", "deride") are optional lexicons; naming people by an unlawful status is
  a label in the writer's voice; a quotation followed by its initials in brackets, or a policy's name
  after "so-called", is no distance taken.
- Classes: figures of crowds, prices and money, speech pictured as an attack, idioms of deception,
  adverbs of zeal; a word after an active verb of naming ("described it as a ploy") is the speaker's.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import (
    english_optional_pipeline,
    english_scare_quote_pipeline,
    lexicon_words,
    scare_quote_words,
    term_hits,
)
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)
from framing.types import LoadedHit


@pytest.fixture(scope="module", params=["trained", "rules"])
def en_any(request: pytest.FixtureRequest) -> Language:
    """Scare quotes read in any text (round 37's stance gate off): these tests check the rule's other filters
    one sentence at a time."""
    return english_scare_quote_pipeline(request.param)


@pytest.fixture(scope="module")
def en_with_optional() -> Language:
    """The rule-based pipeline with the two optional lists this round fills."""
    return english_optional_pipeline("scale_adjectives", "reaction_verbs")


def attributed_words(nlp: Language, text: str) -> dict[str, bool]:
    found: list[LoadedHit] = nlp(text)._.framing_loaded
    return {h.text: h.attributed for h in found}


@pytest.mark.parametrize(
    "text",
    [
        "The new law adds stalking to the list of violent offences that bar early release.",
        "Judges may now refuse bail to repeat violent offenders in three provinces.",
        "Forecasters expect more extreme weather along the coast this winter.",
        "Hospitals are under extreme financial pressures after the budget was frozen.",
        "Diesel is now nine pence more expensive than in May.",
    ],
)
def test_descriptive_adjectives_of_legal_statistical_and_price_categories_are_not_loaded(
    en: Language, text: str
) -> None:
    assert lexicon_words(en, text) == []


def test_a_judging_adjective_before_a_legal_category_still_counts(en: Language) -> None:
    assert "heinous" in lexicon_words(en, "Police called it a heinous crime against a child.")
    assert "violent" in lexicon_words(en, "The protesters were violent and the police withdrew.")


@pytest.mark.parametrize(
    "text",
    [
        "The agency announced a sweeping overhaul of its rules on Monday.",
        "Organisers expect a massive turnout at the march.",
        # the reaction verbs "mock" and "deride" count again in the reporter's voice since round 43
        # (en-loaded-r43-scorn-praise-verbs; tests/test_loaded_en_r43.py)
    ],
)
def test_plain_scale_adjectives_and_reaction_verbs_are_optional(
    en: Language, en_with_optional: Language, text: str
) -> None:
    assert lexicon_words(en, text) == []
    assert len(lexicon_words(en_with_optional, text)) == 1


def test_adjectives_of_force_stay_in_the_scale_class(en: Language) -> None:
    assert ("runaway", "en-loaded-r15-scale-adjectives") in term_hits(en, "The plan fuels runaway spending.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The state pays the medical bills of illegal immigrants.", "illegal immigrants"),
        ("Agents detained forty illegal aliens near the river.", "illegal aliens"),
        ("The bus carried illegal Honduran migrants north.", "illegal Honduran migrants"),
        ("The county keeps releasing illegals every week.", "illegals"),
        ("Critics blame the catch-and-release system for the rise.", "catch-and-release"),
    ],
)
def test_people_named_by_an_unlawful_status_are_labelled(en: Language, text: str, expected: str) -> None:
    assert expected in lexicon_words(en, text)


def test_the_unlawful_status_of_an_act_and_the_anglers_phrase_are_not_labels(en: Language) -> None:
    assert lexicon_words(en, "Police seized illegal weapons and closed an illegal dump.") == []
    assert lexicon_words(en, "The lake allows only catch-and-release fishing in June.") == []


def test_a_quotation_followed_by_its_initials_is_a_name(en_any: Language) -> None:
    assert scare_quote_words(en_any, 'The "minimum income guarantee" (MIG) lasted nine days.') == []
    assert scare_quote_words(en_any, 'The "minimum income guarantee" lasted nine days.') == ["minimum income guarantee"]


def test_so_called_before_a_policy_name_is_the_usual_name(en: Language) -> None:
    assert lexicon_words(en, "The state ended so-called cash bail for most misdemeanours.") == []
    assert lexicon_words(en, "The so-called experts never visited the site.") == ["so-called"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shoppers left the chain in droves after the recall.", "in droves"),
        ("Once the rule lapsed, the floodgates opened for new claims.", "floodgates"),
        ("Council offices were inundated with complaints.", "inundated"),
        ("Energy bills rocketed over the winter.", "rocketed"),
        ("Families face sky-high rents in the capital.", "sky-high"),
        ("The currency went into freefall after the vote.", "freefall"),
        ("Donors turned off the funding taps last year.", "turned off the funding taps"),
        ("The rise is another financial blow to tenants.", "financial blow"),
        ("The senator ripped into the housing minister on Tuesday.", "ripped into"),
        ("The mayor took a swipe at the transit board.", "swipe at"),
        ("Lobbyists moved through the revolving door into the ministry.", "revolving door"),
        ("Officials used the fund to line their own pockets.", "line their own pockets"),
        ("Ministers eagerly shared the figure online.", "eagerly"),
    ],
)
def test_figures_slanted_verbs_and_zeal_adverbs(en: Language, text: str, expected: str) -> None:
    assert any(expected in found for found in lexicon_words(en, text))


@pytest.mark.parametrize(
    "text",
    [
        "Water poured through the floodgates of the old dam.",
        "The workers tore the old roof into pieces.",
        "Dockers unloaded on the quay at dawn.",
        "Guests pushed through the revolving door of the hotel lobby.",
    ],
)
def test_literal_senses_of_the_figures_are_not_flagged(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


def test_a_word_a_speaker_names_something_is_the_speakers(en: Language) -> None:
    assert attributed_words(en, "Opponents have attacked the bill, describing it as a ploy to help donors.") == {
        "ploy": True
    }
    assert attributed_words(en, "The senator called the merger a scam on Tuesday.") == {"scam": True}
    # with "describe", only what follows "as" is the speaker's: the object is the writer's wording
    assert attributed_words(en, "She described the shameful delay as a farce.") == {"shameful": False, "farce": True}
    # a passive with no agent, a first-person naming and a request leave the words with the writer
    assert attributed_words(en, "What can only be described as a farce unfolded in the chamber.") == {"farce": False}
    assert attributed_words(en, "I would call it a scam.") == {"scam": False}
    assert attributed_words(en, "The mayor called for an end to the disgraceful delays.") == {"disgraceful": False}
