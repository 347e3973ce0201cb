"""Round twenty-one (b), English epistemic classes seen missing on news: stated ignorance ("we don't
know who", "could not confirm whether", "unable to determine", "remains a mystery"), "potentially",
attributive "apparent", and "estimates that"; the predicative "became apparent" (= evident) and plain
knowing stay out. Sentences written for these tests, on both English pipelines."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, english_hedging_pipeline
from spacy.language import Language


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


def counted(nlp: Language, text: str) -> list[str]:
    return [words for _, words in counted_cues(nlp, text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Engineers still do not know why the bridge cracked.", "do not know why"),
        ("The council could not confirm whether the pool would reopen.", "could not confirm whether"),
        ("Inspectors were unable to determine the cause of the blaze.", "unable to determine"),
        ("How the painting left the museum remains a mystery.", "remains a mystery"),
        ("The flaw potentially affects millions of routers.", "potentially"),
        ("The ship sank after an apparent engine failure.", "apparent engine"),
        ("The union estimates that 2,000 posts will go.", "estimates that"),
    ],
)
def test_epistemic_classes_are_counted(nlp_en: Language, text: str, cue: str) -> None:
    assert any(cue in found for found in counted(nlp_en, text)), counted(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "It soon became apparent that the roof was leaking.",  # predicative: evident
        "The reasons are apparent to anyone who visits.",
        "Residents know where the flood barriers are.",  # plain knowing
        "The mayor confirmed that the pool would reopen in May.",
    ],
)
def test_plain_statements_are_not_counted(nlp_en: Language, text: str) -> None:
    assert counted(nlp_en, text) == []
