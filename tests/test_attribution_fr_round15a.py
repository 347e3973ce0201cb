"""French stances with a noun object, fifteenth round (attrfr15a): light verbs with a noun of opinion
(`a exprimé son opposition`, `a émis un avis favorable`), verbs of feeling with a `de` noun phrase
(`s'inquiète du retard`), commitments (`a pris l'engagement de`, `s'est engagé à`), `saluer` with a
thing for object. Sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
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
            "Le syndicat a exprimé son opposition au projet de fusion.",
            "Le syndicat",
            "son opposition au projet de fusion",
        ),
        ("La commission a émis un avis défavorable sur le tracé.", "La commission", "un avis défavorable sur le tracé"),
        ("Le conseil d'État avait émis des réserves sur ce texte.", "Le conseil d'État", "des réserves sur ce texte"),
        (
            "Le député a formulé plusieurs critiques contre la réforme.",
            "Le député",
            "plusieurs critiques contre la réforme",
        ),
        (
            "Le directeur a manifesté son désaccord avec la direction.",
            "Le directeur",
            "son désaccord avec la direction",
        ),
        ("La candidate a affiché son soutien au maire sortant.", "La candidate", "son soutien au maire sortant"),
        ("La commission a présenté ses excuses aux familles.", "La commission", "ses excuses aux familles"),
        # `de vives inquiétudes`: the adjective before the noun, after `faire part de` too
        (
            "Le conseil municipal a fait part de vives inquiétudes sur le chantier.",
            "Le conseil municipal",
            "vives inquiétudes sur le chantier",
        ),
    ],
)
def test_a_light_verb_with_a_noun_of_opinion_states_a_position(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert records(nlp, text) == [(speaker, content)]


def test_the_position_is_indirect_and_its_cue_holds_the_subject(nlp: Language) -> None:
    text = "Les habitants ont exprimé leur inquiétude face à la hausse des prix."
    out = found(nlp, text)
    assert [(a.text, a.form, a.speaker_type) for a in out] == [("Les habitants ont exprimé", "indirect", "group")]
    assert text[out[0].content_start : out[0].content_end] == "leur inquiétude face à la hausse des prix"


def test_a_participle_keeps_the_position_apart_from_the_main_clause(nlp: Language) -> None:
    text = "La présidente, exprimant de sérieuses réserves, a quitté la séance."
    assert records(nlp, text) == [("La présidente", "de sérieuses réserves")]


def test_an_infinitive_of_purpose_states_no_position(nlp: Language) -> None:
    # round 28: `pour` + an infinitive of saying with a noun object is the purpose of an act (the read
    # gold annotates none of the five on the pool); with a `que` clause or quoted words it reports
    text = "Les élus ont voté contre le texte pour exprimer leur opposition au projet."
    assert records(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "La machine émet un signal sonore toutes les minutes.",
        "La banque a émis des obligations pour deux milliards.",
        "Le chimiste a formulé un nouveau vernis.",
        "Le pianiste a exprimé toute sa sensibilité dans ce concerto.",
        "Le coureur a manifesté des signes de fatigue.",
        "Le maire n'a pas exprimé d'opposition au projet.",
        # a clause after a light verb is no reported clause: a comparison, a contrast
        "Le directeur a présenté au conseil un peu plus qu'une esquisse du projet.",
        "La région affichait seulement 300 kilomètres de pistes, alors que sa voisine en comptait 900.",
    ],
)
def test_a_light_verb_without_a_noun_of_opinion_reports_nothing(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("La fédération s'inquiète du manque de moyens.", "La fédération", "manque de moyens"),
        ("Les commerçants se félicitent de la réouverture du marché.", "Les commerçants", "la réouverture du marché"),
        (
            "Les pilotes se sont plaints d'être mal informés par la direction.",
            "Les pilotes",
            "être mal informés par la direction",
        ),
    ],
)
def test_a_verb_of_feeling_with_a_de_noun_phrase(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert records(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Une situation qui inquiète la plupart des habitants.",
        "Cette décision inquiète des parents.",
    ],
)
def test_the_transitive_verb_of_feeling_reports_nothing(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le maire avait pris l'engagement de rouvrir la piscine.", "Le maire", "rouvrir la piscine"),
        ("Le président s'est engagé à baisser les impôts.", "Le président", "baisser les impôts"),
    ],
)
def test_a_commitment_with_an_infinitive(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert records(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Les troupes se sont engagées dans la bataille.",
        "Le club a engagé un nouvel entraîneur.",
    ],
)
def test_engager_without_an_infinitive_reports_nothing(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le collectif salue la décision du tribunal.", "Le collectif", "la décision du tribunal"),
        ("Le patronat a salué un accord historique.", "Le patronat", "un accord historique"),
        (
            "Le ministre a pris la parole en saluant le travail des bénévoles.",
            "Le ministre",
            "le travail des bénévoles",
        ),
    ],
)
def test_saluer_with_a_thing_for_object(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert records(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire salue la foule depuis le balcon.",
        "Le président salue ses voisins chaque matin.",
        "Il salue le maire de la commune.",
    ],
)
def test_saluer_a_person_or_a_crowd_reports_nothing(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le ministre récuse toute responsabilité dans ce dossier.",
            "Le ministre",
            "toute responsabilité dans ce dossier",
        ),
    ],
)
def test_a_verb_of_refusal_takes_a_noun_object(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert records(nlp, text) == [(speaker, content)]
