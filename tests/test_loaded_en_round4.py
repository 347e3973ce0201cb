"""English loaded vocabulary, fourth round (issue 14): morphological families of the classes, figurative
attack verbs that need a person or an institution as object, set figures, partisan labels spelt out in
full, and entries that left the default lexicon. Every sentence here was written for the test, and each
runs on both English pipelines (the trained model when installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from loaded_support import loaded_words
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adverbs and nouns formed on the evaluative adjectives of the classes
        ("The council hypocritically blamed the tenants.", ["hypocritically"]),
        ("Such pettiness and mendacity from a mayor.", ["pettiness", "mendacity"]),
        ("The vilification of nurses went on for weeks.", ["vilification"]),
        # compound adjectives that judge a character, hyphenated or not as the tokenizer cuts them
        ("A mean-spirited and power-hungry governor signed it.", ["mean-spirited", "power-hungry"]),
        ("A washed-up, two-bit boss and a has-been.", ["washed-up", "two-bit", "has-been"]),
        # exaggeration
        ("The launch was an utter mess at a whopping price.", ["utter", "mess", "whopping"]),
        # derision nouns and labels
        ("The mayor called the audit malarkey, and his aide a political hack.", ["malarkey", "political hack"]),
        # loaded verbs of speech and action
        ("The ads maligned the judge and trivialized the floods.", ["maligned", "trivialized"]),
        # set figures
        ("The speech was a dog whistle, and his tears crocodile tears.", ["dog whistle", "crocodile tears"]),
        ("They threw him under the bus and kicked the can down the road.", ["under the bus", "kicked the can"]),
        ("The chairman went ballistic when the vote failed.", ["went ballistic"]),
        # partisan labels, each pair spelt out
        ("Gun grabbers and death panels were the themes of the ad.", ["Gun grabbers", "death panels"]),
    ],
)
def test_english_round4_classes(en: Language, text: str, expected: list[str]) -> None:
    assert loaded_words(en, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack verb for criticism, with a person or an institution as object
        ("The senator blasted Jones on Tuesday.", ["blasted Jones"]),
        ("The bill would gut the agency within a year.", ["gut the agency"]),
        ("She tore into her rivals and took a swipe at the press.", ["tore into her", "took a swipe at"]),
        # the same verbs in their literal sense, with no such object
        ("Miners blasted the rock while the storm hammered the coast.", []),
        ("The old letters were torn into pieces.", []),
    ],
)
def test_english_attack_verbs_need_a_target(en: Language, text: str, expected: list[str]) -> None:
    assert loaded_words(en, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the old cross-product of partisan labels built neutral pairs
        "A government panel heard the case for social justice reform.",
        # words whose sentences readers mostly left unmarked are out of the default lexicon
        "Firefighters were hailed as heroes at the landmark summit.",
        "The talks were on the brink of collapse; the deal was a major victory for the union.",
        "She poured the water and the crowd was furious about the populist mayor.",
    ],
)
def test_english_neutral_pairs_and_dropped_words_do_not_match(en: Language, text: str) -> None:
    assert loaded_words(en, text) == []
