"""Round twenty-four, English: the hearsay participles ("said", "thought", "suspected"...) before "to be"
or "to have" need no "is" before them, like the forecast participles ("expected to"). Sentences written
for these tests, on both English pipelines (the trained model when installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from hedging_support import counted_vague_attributions, english_hedging_pipeline
from spacy.language import Language


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Customs officers stopped a lorry said to have crossed the border twice that week.", "said to have"),
        ("Police recovered two motorbikes suspected to be stolen from a depot in the port.", "suspected to be"),
        ("The fire started in a warehouse thought to have been empty for years.", "thought to have"),
        ("A councillor alleged to have taken payments resigned on Monday.", "alleged to have"),
        ("The painting is widely thought to be a forgery.", "thought to be"),
    ],
)
def test_hearsay_participle_without_a_be_form_is_a_vague_attribution(nlp_en: Language, text: str, words: str) -> None:
    assert counted_vague_attributions(nlp_en, text) == [words]


def test_hearsay_participle_after_a_be_form_keeps_its_span(nlp_en: Language) -> None:
    assert counted_vague_attributions(nlp_en, "The ship is said to have sunk near the reef.") == ["is said to"]


@pytest.mark.parametrize(
    "text",
    [
        "She said to have the tickets ready at the gate.",
        "The driver reported to the depot at six.",
        "He never thought to check the brakes.",
    ],
)
def test_active_said_or_thought_to_is_not_hearsay(nlp_en: Language, text: str) -> None:
    assert counted_vague_attributions(nlp_en, text) == []
