"""French attribution, round 36, third part (attrfr36c): the speaker type shown for a source headed by a
lower-case noun no list knows.

Such a head is typed `document` by the last typing fallback, and other rules keep reading it as a thing.
As the speaker of a saying verb, though, it is mostly someone unnamed: the type shown becomes anonymous,
unless the noun is listed as a document, a saying or a thing. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def _types(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.speaker_type) for a in checked_attributions(nlp, text)]


def test_an_unlisted_noun_that_speaks_is_someone_unnamed(nlp: Language) -> None:
    text = "Le coach a assuré que son équipe avait retrouvé confiance après trois défaites."
    assert _types(nlp, text) == [("Le coach", "anonymous")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le rapport indique que les dépenses de santé ont doublé en dix ans.", "Le rapport"),
        ("L'examen indique que la victime a été frappée à la tête.", "L'examen"),
        ("Le budget prévoit que les crédits de la culture baisseront l'an prochain.", "Le budget"),
    ],
)
def test_documents_and_listed_things_stay_documents(nlp: Language, text: str, speaker: str) -> None:
    assert _types(nlp, text) == [(speaker, "document")]
