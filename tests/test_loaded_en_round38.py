"""English loaded vocabulary, thirty-eighth round (issue 14): mockery, labels, slanted verbs, a lemma guessed.

- Mockery and dismissal: "dared to", "did not bother to", "self-described", "nothing more than" a thing, a
  superlative "in history".
- Labels for people and groups: "unelected bureaucrats", "radical" before a camp, "Big Labor" (round 17's
  class, completed), mocking names for a camp's followers ("eco-warriors").
- Slanted verbs: "blasted" with any object outside a sentence about a literal blast; "trumped-up".
- Each class leaves its plain neighbours: a quantity after "little more than", a record of an event "in
  history", a blast of music or of a bomb.
- A form that is a word of its own ("crew") no longer matches, alone, the lexicon word the lookup table
  gives as its lemma ("crow", a verb of speech): the tagless pipeline has only a guess to go on.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)
from framing.components.lexicon import regular_inflection


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Only one councillor dared to question the harbour deal.", "en-loaded-r38-dared-to"),
        ("The agency never bothered to consult the fishermen.", "en-loaded-r38-not-bother-to"),
        ("The self-described reformer kept every adviser of his predecessor.", "en-loaded-r38-self-described"),
        ("Rules written by unelected bureaucrats now govern every farm.", "en-loaded-r38-unelected-officials"),
        ("Radical environmentalists have taken over the planning board.", "en-loaded-r38-radical-group"),
        ("The bill hands another victory to Big Labor.", "en-loaded-r17-big-x"),
        ("The eco-warriors on the council blocked the bypass again.", "en-loaded-r38-camp-labels"),
        ("The mayor blasted the toll increase as a betrayal of commuters.", "en-loaded-r38-attack-verb-object"),
        ("He spent a year in jail on trumped-up charges.", "en-loaded-r38-trumped-up"),
        ("The ministry dreamed up a reason to close the clinic.", "en-loaded-r38-trumped-up-split"),
        ("The new panel is nothing more than a fig leaf for the minister.", "en-loaded-r38-nothing-more-than"),
        ("It was the most cynical budget in modern history.", "en-loaded-r38-superlative-in-history"),
    ],
)
def test_thirty_eighth_round_classes(en: Language, text: str, term: str) -> None:
    assert term in [t for _, t in term_hits(en, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The repairs took little more than a year.",
        "It was the worst flood in living memory for the valley.",
        "Workers blasted the rock with dynamite to widen the road.",
        "The speakers blasted the anthem as the teams walked out.",
        "The crew of the ferry was praised by the coastguard.",
    ],
)
def test_the_classes_leave_their_plain_neighbours(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []


def test_a_guessed_lemma_keeps_the_verb_it_guesses(en: Language) -> None:
    """The form "crew" no longer reads as "crow", but the verb itself, and patterns whose other words settle
    the reading, still match ("crowed", "left the town in ruins")."""
    assert "en-loaded-class-speech-verbs" in [t for _, t in term_hits(en, "The minister crowed about the figures.")]
    assert [t for _, t in term_hits(en, "The storm left the town in ruins.")] != []


def test_regular_inflection() -> None:
    assert regular_inflection("crowed", "crow")
    assert regular_inflection("making", "make")
    assert regular_inflection("carried", "carry")
    assert not regular_inflection("crew", "crow")
    assert not regular_inflection("lay", "lie")
