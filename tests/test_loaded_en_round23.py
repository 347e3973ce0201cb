"""English loaded vocabulary, twenty-third round (issue 14): plain senses and feelings left out (the
literal "extreme" of weather and risk, "lies" as a verb of place, a feeling adjective before the people it
describes), and families of the misses added (people "dumped" as cargo, a country "plunged into" a state,
attack verbs aimed at an agreement or a budget, a sarcastic "all of" before a small number, figures of
failure). Every sentence here was written for the test; each runs on both English pipelines."""

from __future__ import annotations

import pytest
from loaded_support import term_hits
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency dumped 3,000 migrants at a bus station over the weekend.",
            ("dumped", "en-loaded-r23-dump-people"),
        ),
        ("Hospitals were fined for patient dumping last year.", ("dumping", "en-loaded-r23-dump-people")),
        (
            "The strike plunged the whole country into darkness for a week.",
            ("plunged the whole country into", "en-loaded-r23-plunge-the-country"),
        ),
        (
            "The opposition leader blasted the agreement on Thursday.",
            ("blasted the agreement", "en-loaded-attack-verb-target"),
        ),
        ("After a year the city has opened all of four shelters.", ("all of four", "en-loaded-r23-all-of-a-few")),
        (
            "The pledges of a new bypass went up in smoke after the vote.",
            ("went up in smoke", "en-loaded-r23-figures-of-failure"),
        ),
        ("The chain went belly up in March.", ("went belly up", "en-loaded-r23-figures-of-failure-belly-up")),
    ],
)
def test_families_of_the_misses(en: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in term_hits(en, text)


@pytest.mark.parametrize(
    "text",
    [
        # waste, not people
        "The firm was fined for illegal dumping of building waste near the river.",
        # the literal sense: a fire
        "The old barn went up in smoke on Tuesday night.",
        # "all of a sudden", "all of the", a year
        "All of a sudden the lights went out across the valley.",
        "The council spent all of the grant on roads.",
        # prices falling, not a country thrown into a state
        "Shares plunged on Monday after the results.",
    ],
)
def test_plain_uses_of_the_new_families(en: Language, text: str) -> None:
    assert term_hits(en, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Extreme heat closed schools across the state this week.",
        "Farmers prepared for extreme weather and extreme temperatures in July.",
        "The court granted an extreme risk protection order on Friday.",
    ],
)
def test_extreme_as_a_degree_of_weather_or_risk(en: Language, text: str) -> None:
    assert [t for t in term_hits(en, text) if t[1] == "en-loaded-class-extremity"] == []


def test_extreme_as_a_label_still_counts(en: Language) -> None:
    text = "The party courted extreme activists before the vote."
    assert ("extreme", "en-loaded-class-extremity") in term_hits(en, text)


def test_lies_as_a_verb_of_place(en: Language) -> None:
    text = "The mine is near the village, which lies 40 miles west of the capital."
    assert [t for t in term_hits(en, text) if t[1] == "en-loaded-lies-noun"] == []
    assert ("lies", "en-loaded-lies-noun") in term_hits(en, "The campaign was built on lies about the budget.")


@pytest.mark.parametrize(
    "text",
    [
        "Angry residents blocked the road to the quarry on Tuesday.",
        "Rangers led the frightened calf back to the herd while an angry bull watched.",
    ],
)
def test_a_feeling_adjective_before_a_noun_describes_people(en: Language, text: str) -> None:
    assert [t for t in term_hits(en, text) if t[1] == "en-eval-angry"] == []


def test_a_feeling_adverb_still_counts(en: Language) -> None:
    text = "The minister angrily dismissed the report on Monday."
    assert any(term == "en-eval-angry" for _, term in term_hits(en, text))
