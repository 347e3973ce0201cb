"""English loaded vocabulary, twenty-fifth round (issue 14): a political wing used as a noun for people
("the far left") and "hordes of" anyone are labels; maximizers and "deeply" before a plain word
measure, they do not judge, so a sentence holding only them is not flagged. Every sentence here was
written for the test; each runs on both English pipelines."""

from __future__ import annotations

import pytest
from loaded_support import english_lexicon_pipeline, lexicon_words, term_hits
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The far left now sets the terms of every housing debate in the caucus.",
            ("The far left", "en-loaded-r25-wing-as-people"),
        ),
        (
            "Moderates fear the extreme right will gain most from the split.",
            ("the extreme right", "en-loaded-r25-wing-as-people"),
        ),
        (
            "A budget like this one is a gift to the far-right, critics of the mayor argue.",
            ("the far-right", "en-loaded-r25-wing-as-people"),
        ),
        (
            "Hordes of day-trippers queued for the ferry before seven.",
            ("Hordes of", "en-loaded-r25-hordes-of"),
        ),
        (
            "The senator staunchly opposed every amendment to the water bill.",
            ("staunchly", "en-loaded-r15-degree-adverbs"),
        ),
    ],
)
def test_labels_and_adverbs_of_zeal(en: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in term_hits(en, text)


@pytest.mark.parametrize(
    "text",
    [
        # a wing word before a noun places a party or a group, it does not name people by their fringe
        "The far-right party won four seats in the regional vote.",
        "Police said far-left activists had applied for a permit.",
        # maximizers and "deeply" before a plain participle or verb measure
        "Residents remain deeply split over the new ring road.",
        "The county paid entirely for the repairs to the pier.",
        "The ferry timetable was completely rewritten for the winter.",
        "Inspectors took the complaint seriously and visited the site on Monday.",
    ],
)
def test_plain_places_and_measures_are_not_flagged(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


@pytest.fixture(scope="module")
def parsed() -> Language:
    """The senses rule reads the parse: the trained pipeline only (the rule-based one keeps every hit)."""
    return english_lexicon_pipeline("trained")


@pytest.mark.parametrize(
    "text",
    [
        "Rotten meat was found behind the depot on Tuesday.",
        "Several tents had been destroyed when the campers came back.",
        "A swimmer was mauled by a shark off the northern beach.",
        "Prices of crude oil rose on Monday after the storm.",
    ],
)
def test_a_loaded_word_said_of_a_physical_thing_is_plain(parsed: Language, text: str) -> None:
    assert lexicon_words(parsed, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister's rotten deal was signed in secret.", "rotten"),
        ("The new levy will destroy small businesses across the county.", "destroy"),
    ],
)
def test_the_same_words_said_of_a_deal_or_people_still_judge(parsed: Language, text: str, word: str) -> None:
    assert word in lexicon_words(parsed, text)
