"""English attribution, twelfth round (issue 13): quotations from many outlets, recall and speaker spans;
the quotation profile leaves out records that give the speaker no words. Sentences written for the test."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import spacy
from attribution_support import EN_KINDS, TRAINED_EN, found
from spacy.language import Language

from framing.nlp import FRAMING_COMPONENTS, rule_based_english

KINDS = EN_KINDS
QUOTATIONS = Path(__file__).parent.parent / "lexicons" / "en" / "optional" / "quotations.yaml"


@lru_cache(maxsize=2)
def quotation_pipeline(kind: str) -> Language:
    """An English pipeline with the optional quote-extractor lexicon (lexicons/en/optional/quotations.yaml)."""
    from framing import components  # noqa: F401  (registers the factories)

    nlp = rule_based_english() if kind == "en-rules" else spacy.load(TRAINED_EN)
    for name in FRAMING_COMPONENTS:
        nlp.add_pipe(name, config={"lexicon_paths": [str(QUOTATIONS)]})
    return nlp


def quoted(kind: str, text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker, content) of every attribution under the quotation profile."""
    doc = quotation_pipeline(kind)(text)
    return [(a.text, a.speaker, text[a.content_start : a.content_end]) for a in doc._.framing_attributions]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The harbour master praised the efforts of the lifeboat crews.",
        "The captain emphasised the importance of a quick start in the second half.",
        "The bakery chain reported a sharp fall in sales over the winter months.",
        "The council leader called for calm after the vote.",
        "The coach spoke for an hour, stressing the need for new pitches.",
    ],
)
def test_with_the_profile_a_noun_object_gives_the_speaker_no_words(kind: str, text: str) -> None:
    assert found(kind, text) != []  # news-attribution annotation counts it (the default rules)
    assert quoted(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
def test_with_the_profile_an_order_in_the_infinitive_gives_no_words(kind: str) -> None:
    text = "The fire chief urged residents to leave their homes before dark."
    assert found(kind, text) != []
    assert quoted(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour master said the crews went out twice.", "the crews went out twice"),
        ("The coach said he was proud of the young players.", "he was proud of the young players"),
        ("The chain reported that sales had fallen sharply.", "that sales had fallen sharply"),
        ('The captain praised the "fearless" young side.', 'the "fearless" young side'),
    ],
)
def test_with_the_profile_a_clause_or_a_quotation_stays(kind: str, text: str, content: str) -> None:
    assert [c for _, _, c in quoted(kind, text)] == [content]
