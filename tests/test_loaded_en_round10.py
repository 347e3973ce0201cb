"""English loaded vocabulary, tenth round (issue 14): labels built from compounds ("X-lover"), labels of
servility and plotting, loaded verbs of action (destroy, crush, concoct, prop up) with their literal senses
left out. Every sentence here was written for the test; each runs on both English pipelines (the trained
model when installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labels
        ("Her opponents called the volunteers terrorist-lovers.", ["terrorist-lovers"]),
        ("A cabal of donors picked the candidate.", ["cabal"]),
        ("The channel gave the governor fawning coverage all week.", ["fawning"]),
        ("Armchair generals had a plan for every battle.", ["Armchair generals"]),
        ("The tax break is popular with champagne socialists.", ["champagne socialists"]),
        # loaded verbs of action, in the outlet's own sentences
        ("The mayor set out to destroy the union.", ["destroy"]),
        ("The governor crushed the opposition in the primary.", ["crushed"]),
        ("Officials concocted a story about the delay.", ["concocted"]),
        ("The new rules hamstrung the inspectors.", ["hamstrung"]),
        ("The aides cooked up a plan to delay the vote.", ["cooked up"]),
        # adjectives of folly and scorn, idioms
        ("Critics called the plan half-baked.", ["half-baked"]),
        ("The minister gave a sneering reply.", ["sneering"]),
        ("Voters were tired of his mindless slogans.", ["mindless"]),
        ("The ruling could be a game-changer for tenants.", ["game-changer"]),
        ("The by-election was a wake-up call for the party.", ["wake-up call"]),
        ("The report cherry-picked the figures.", ["cherry-picked"]),
        ("Nobody mentioned the elephant in the room.", ["elephant in the room"]),
        ("The vote sounded the death knell for the project.", ["death knell"]),
        ("Foreign money propped up the old government for a decade.", ["propped up"]),
    ],
)
def test_english_round10_hits(en: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(en, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # hobbies are not labels
        "She has been a music-lover since childhood.",
        # storms, fires and bombs destroy buildings; evidence and records are destroyed
        "The storm destroyed forty homes along the coast.",
        "Fire crews said the blaze destroyed the barn.",
        "He destroyed the documents before the audit.",
        # a speaker's words: the verb counts only in the reporter's voice
        '"We will crush them on Saturday," the coach said.',
        # cooking and finance; paying for something is not a plot
        "The foundation bankrolled the new library.",
        "She cooked up a dinner for ten.",
        "The central bank propped up the currency.",
    ],
)
def test_english_round10_literal_senses(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []
