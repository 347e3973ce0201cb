"""English loaded vocabulary, twenty-ninth round (issue 14): the integrator's convention decisions and a
class of political idioms.

- Conventions: "u-turn" is in an optional list (round 29 moved the words that grade how much an event
  matters there too; round 30 put them back in the default lexicon); rebels of a party, an emotive adjective
  on a crime told plainly, a change told with its measure, and a listed word in another sense (a security
  posture, a rush of orders, the communist era, terminally ill, clean energy) are plain; a dateline or a
  lead-in set in capitals stresses no word.
- Class: idioms of political reporting (an axe to grind, twisting an arm, walking back a statement,
  gas-guzzling, papering over the cracks).

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import english_optional_pipeline, lexicon_words
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def en_with_optional() -> Language:
    """The rule-based pipeline with the two optional lists this round fills."""
    return english_optional_pipeline("scale_adjectives", "style_guide")


@pytest.mark.parametrize(
    "text",
    [
        "The two sides signed a historic agreement on fishing rights.",
        "Hospitals reported an unprecedented number of admissions in January.",
        "The finance minister opens momentous talks with the unions next week.",
    ],
)
def test_importance_words_are_flagged_by_default(en: Language, text: str) -> None:
    """Round 30 put the importance words back in the default lexicon (the held-out sentence set fell
    without them); round 28's plain readings ("a historic vote", "a historic site") still hold."""
    assert len(lexicon_words(en, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Voters turned out for a historic vote on the new constitution.",
        "The historic site reopens to visitors in May.",
    ],
)
def test_historic_of_a_contest_or_a_place_is_plain(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


def test_u_turn_is_optional(en: Language, en_with_optional: Language) -> None:
    text = "The council made a u-turn on the parking charges after the meeting."
    assert lexicon_words(en, text) == []
    assert len(lexicon_words(en_with_optional, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Forty Tory rebels voted against the housing bill on Tuesday.",
        "The party whips met the backbench rebels before the second reading.",
        "Police are investigating a harrowing case of abuse at a care home.",
        "The court heard the details of a gruesome murder in the town last spring.",
        "Applications soared from 2,000 to 9,000 over the past year.",
        "Exports plummeted by a third after the border closed.",
        "The navy reviewed its security posture in the region.",
        "The bakery had a rush of orders before the holiday.",
        "The museum holds posters from the communist era.",
        "The bill covers terminally ill adults who ask for help to die.",
        "The fund invests in clean energy and clean water projects.",
    ],
)
def test_plain_uses_are_not_loaded(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels seized the airport overnight.", "Rebels"),
        ("The minister's harrowing plan for the schools drew a crowd of parents.", "harrowing"),
        ("Rents skyrocketed in the city this year.", "skyrocketed"),
        ("Critics say the mayor pushes a communist agenda at city hall.", "communist"),
    ],
)
def test_the_loaded_uses_still_count(en: Language, text: str, expected: str) -> None:
    assert expected in lexicon_words(en, text)


def test_a_dateline_or_a_lead_in_in_capitals_stresses_no_word(en: Language) -> None:
    assert lexicon_words(en, "LITTLE ROCK (AP) -- City officials said the water plant will reopen on Friday.") == []
    assert lexicon_words(en, "A FIRE BROKE out at a warehouse near the port on Sunday night.") == []
    assert "NEVER" in lexicon_words(en, "Officials said the plan was NEVER meant to pass.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both parties have an axe to grind over the new map.", "axe to grind"),
        ("Donors are twisting the governor's arm to sign the bill.", "twisting the governor's arm"),
        ("The White House walked back the remarks on Tuesday.", "walked back the"),
        ("The city will tax its gas-guzzling fleet from May.", "guzzling"),
        ("The deal papered over the cracks in the coalition.", "papered over the cracks"),
    ],
)
def test_political_idioms_count(en: Language, text: str, expected: str) -> None:
    assert expected in lexicon_words(en, text)


def test_walking_back_somewhere_is_not_an_idiom(en: Language) -> None:
    assert lexicon_words(en, "After the meeting he walked back to his car.") == []
