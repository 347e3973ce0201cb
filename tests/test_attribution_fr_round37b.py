"""French attribution, round 37 (read sets, second half): the source an outlet learnt a claim from.

`..., a appris Reuters de source proche du dossier`, `Le Progrès a appris auprès du parquet que ...`: the
outlet tells how it got the claim, the source after `de` / `auprès de` said it, and that source alone
gets the record (speaker, type, cue running to its end); with no source named the outlet stays the
speaker. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, record_of, speaker_contents_rules
from attribution_support import speaker_contents as contents
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Le stade restera fermé tout le week-end, a appris l'agence de source proche du club.",
            "source proche du club",
            "Le stade restera fermé tout le week-end",
        ),
        (
            "Le marché central restera fermé, a appris l'Agence France-Presse auprès de la mairie.",
            "la mairie",
            "Le marché central restera fermé",
        ),
        (
            "Deux suspects ont été arrêtés, a appris mardi Le Parisien de sources proches de l'enquête.",
            "sources proches de l'enquête",
            "Deux suspects ont été arrêtés",
        ),
        (
            "Les deux jeunes préparaient une attaque, avait d'ailleurs appris Le Figaro auprès du parquet.",
            "parquet",
            "Les deux jeunes préparaient une attaque",
        ),
    ],
)
def test_inverted_outlet_gives_the_claim_to_its_source(nlp: Language, text: str, source: str, content: str) -> None:
    records = speaker_contents_rules(nlp, text)
    assert [(speaker, claim) for speaker, claim, _ in records] == [(source, content)]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Le Progrès a appris auprès du parquet que le suspect avait été relâché.",
            "parquet",
            "le suspect avait été relâché",
        ),
        (
            "L'AFP a appris de source judiciaire que l'enquête serait close en juin.",
            "source judiciaire",
            "l'enquête serait close en juin",
        ),
        (
            "Le Parisien a appris mardi de l'entourage du maire que la liste était bouclée.",
            "l'entourage du maire",
            "la liste était bouclée",
        ),
    ],
)
def test_outlet_as_subject_gives_the_claim_to_its_source(nlp: Language, text: str, source: str, content: str) -> None:
    assert contents(nlp, text) == [(source, content)]


def test_the_cue_runs_from_the_verb_to_the_source(nlp: Language) -> None:
    text = "Les dockers cesseront le travail vendredi, a appris Ouest-France de sources portuaires."
    assert record_of(nlp, text, "sources portuaires").text == "a appris Ouest-France de sources portuaires"


def test_the_source_is_typed_by_itself_not_as_the_outlet(nlp: Language) -> None:
    text = "La ligne de bus sera rétablie jeudi, a appris Reuters de source proche du ministère."
    assert record_of(nlp, text, "source proche du ministère").speaker_type == "anonymous"
    text = "Le marché central restera fermé, a appris l'Agence France-Presse auprès de la mairie."
    assert record_of(nlp, text, "la mairie").speaker_type == "institution"


def test_an_acronym_after_a_fused_article_is_a_body(nlp: Language) -> None:
    text = "Les trois hommes préparaient un attentat, a appris Le Figaro auprès du SRPJ."
    assert record_of(nlp, text, "SRPJ").speaker_type == "institution"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le club va changer d'entraîneur, a appris Le Parisien.", "Le Parisien", "Le club va changer d'entraîneur"),
        ("Le Monde a appris que le ministre allait démissionner.", "Le Monde", "le ministre allait démissionner"),
    ],
)
def test_with_no_source_named_the_outlet_still_speaks(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Il a appris de son père que la ferme serait vendue.",
        "La championne a appris de ses erreurs.",
    ],
)
def test_a_person_learning_from_someone_reports_nothing(nlp: Language, text: str) -> None:
    assert contents(nlp, text) == []
