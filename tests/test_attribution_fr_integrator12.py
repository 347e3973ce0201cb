"""French infinitive contents (integrator, twelfth round): the negation belongs to what was said, a date
may stand between the verb and its infinitive, and `expliquer`, `rapporter`, `confier` take one.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline
from attribution_support import speaker_contents as records
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le directeur affirme ne pas avoir été prévenu de la fermeture.",
            "Le directeur",
            "ne pas avoir été prévenu de la fermeture",
        ),
        ("Le parquet précise n'avoir reçu aucune plainte.", "Le parquet", "n'avoir reçu aucune plainte"),
        ("Le gouvernement estime ne plus pouvoir reculer.", "Le gouvernement", "ne plus pouvoir reculer"),
        ("Il a dit n'avoir rien vu.", "Il", "n'avoir rien vu"),
    ],
)
def test_the_negation_of_an_infinitive_is_part_of_the_claim(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert records(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "La ministre a annoncé lundi vouloir réformer le code du travail.",
        "La ministre a annoncé, ce lundi, vouloir réformer le code du travail.",
    ],
)
def test_a_date_between_the_verb_and_its_infinitive(nlp: Language, text: str) -> None:
    assert records(nlp, text) == [("La ministre", "vouloir réformer le code du travail")]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "La police rapporte avoir été appelée vers minuit pour un incendie.",
            "La police",
            "avoir été appelée vers minuit pour un incendie",
        ),
        ("Elle explique avoir quitté le parti en 2019.", "Elle", "avoir quitté le parti en 2019"),
        ("Il confie n'avoir jamais douté de sa victoire.", "Il", "n'avoir jamais douté de sa victoire"),
    ],
)
def test_verbs_that_report_with_an_infinitive(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert records(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire explique la situation aux habitants.",
        "Il a rapporté des souvenirs de son voyage.",
        "Elle confie ses enfants à sa mère.",
        "La ministre a annoncé lundi, puis elle est partie voir les sinistrés.",
    ],
)
def test_no_infinitive_no_claim(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []
