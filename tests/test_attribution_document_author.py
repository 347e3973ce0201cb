"""A document a named person issued is that person speaking (`un communiqué publié mardi par X`); a
document from an institution stays a document; a document with no `par` stays one too. Round 31 moved the
search for `par` before the speaker's typing (throughput): these sentences, written for the tests, pin
what a user reads either way."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def _speakers(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.speaker_type) for a in found(nlp, text)]


def test_a_statement_a_named_person_issued_is_that_person(nlp: Language) -> None:
    text = "Un communiqué publié mardi par Hélène Vautrin affirme que les travaux reprendront en mai."
    assert any(kind == "named_person" and "Hélène Vautrin" in (speaker or "") for speaker, kind in _speakers(nlp, text))


def test_a_statement_without_an_author_stays_a_document(nlp: Language) -> None:
    text = "Un communiqué diffusé mardi affirme que les travaux reprendront en mai."
    speakers = _speakers(nlp, text)
    assert speakers and all(kind != "named_person" for _, kind in speakers)
