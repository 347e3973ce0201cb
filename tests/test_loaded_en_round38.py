"""English loaded vocabulary, thirty-eighth round (issue 14): a lemma the lookup table guessed.

A form that is a word of its own ("crew") no longer matches, alone, the lexicon word the lookup table gives
as its lemma ("crow", a verb of speech): the tagless pipeline has only a guess to go on.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import english_lexicon_pipeline, lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)
from framing.components.lexicon import regular_inflection


@pytest.fixture(scope="module", params=["trained", "rules"])
def en(request: pytest.FixtureRequest) -> Language:
    return english_lexicon_pipeline(request.param)


def test_a_guessed_lemma_alone_does_not_match(en: Language) -> None:
    assert lexicon_words(en, "The crew of the ferry was praised by the coastguard.") == []


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
