"""French attribution, twenty-seventh round (issue 13): the integrator's convention decisions on
`parler de`, noun objects of `indiquer` / `citer` / `avancer`, `comme il l'avait annoncé` and an
outlet's `a appris`. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline
from attribution_support import speaker_contents as contents
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le maire parle « d'une trahison des élus ».", "Le maire", "d'une trahison des élus"),
        (
            "Il dénonce la réforme et parle « de mépris pour les agriculteurs ».",
            "Il",
            "de mépris pour les agriculteurs",
        ),
        ("La police parlait de 23 morts.", "La police", "23 morts"),
    ],
)
def test_parler_de_with_a_quotation_or_a_figure(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les deux grévistes parlent d'une seule voix.",
        "Il est trop tôt pour parler de « vague rose » dans la région.",
        "Il parle de sa ville avec tendresse.",
    ],
)
def test_parler_de_an_idiom_an_infinitive_or_a_topic_reports_nothing(nlp: Language, text: str) -> None:
    assert not contents(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Les deux sociétés avaient indiqué une augmentation de 3 % des tarifs.",
            "Les deux sociétés",
            "une augmentation de 3 % des tarifs",
        ),
        ("Le club a avancé le chiffre de 300 supporters.", "Le club", "le chiffre de 300 supporters"),
    ],
)
def test_noun_objects_of_indiquer_and_avancer(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


def test_avancer_a_date_moves_it_and_reports_nothing(nlp: Language) -> None:
    assert not contents(nlp, "Le gouvernement a avancé la date du scrutin.")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Comme il l'avait annoncé en mars, le maire a présenté sa démission lundi.",
            "il",
            "le maire a présenté sa démission lundi",
        ),
        (
            "Comme nous l'évoquions hier, la mairie va fermer la piscine cet été.",
            "nous",
            "la mairie va fermer la piscine cet été",
        ),
        (
            "La piscine fermera cet été. Comme vient de le confirmer le maire, lors du conseil municipal.",
            "le maire",
            "La piscine fermera cet été",
        ),
        (
            "Comme le souligne le rapport, les dépenses ont doublé en dix ans.",
            "le rapport",
            "les dépenses ont doublé en dix ans",
        ),
    ],
)
def test_comme_le_verb_reports_the_host_clause(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


def test_comme_on_le_sait_reports_nothing(nlp: Language) -> None:
    assert not contents(nlp, "Comme on le sait, la ville manque de logements.")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le club va changer d'entraîneur, a appris Le Parisien.",
            "Le Parisien",
            "Le club va changer d'entraîneur",
        ),
        (
            "Le club va changer d'entraîneur, a appris Le Parisien auprès d'un dirigeant.",
            "un dirigeant",
            "Le club va changer d'entraîneur",
        ),
        (
            "Le Monde a appris que le ministre allait démissionner.",
            "Le Monde",
            "le ministre allait démissionner",
        ),
    ],
)
def test_an_outlet_that_has_learnt_reports(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a appris la nouvelle à la radio.",
        "Le ministre a appris que son projet était rejeté.",
    ],
)
def test_a_person_who_learns_news_reports_nothing(nlp: Language, text: str) -> None:
    assert not contents(nlp, text)
