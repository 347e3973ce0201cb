"""French attribution, eighth round (issue 13): verbs and frames of saying from a hand-written
inventory, and causes pooled across many articles. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from attribution_support import speaker_contents as contents
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "« Les taux vont encore baisser », analyse l'économiste Claire Roux.",
            "l'économiste Claire Roux",
            "Les taux vont encore baisser",
        ),
        ("« Rien n'est encore joué », sourit-elle.", "elle", "Rien n'est encore joué"),
        ("« Nous verrons bien en juin », reprend le maire.", "le maire", "Nous verrons bien en juin"),
        ("« C'est une victoire ! », s'est écriée la députée.", "la députée", "C'est une victoire !"),
        (
            "« Le calendrier reste serré », tempère le directeur du port.",
            "le directeur du port",
            "Le calendrier reste serré",
        ),
    ],
)
def test_verbs_of_saying_as_incises(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le chantier reprend lundi après deux semaines d'arrêt.",
        "La flèche pointe vers le nord de la vallée.",
        "Les enfants s'amusent dans la cour de l'école.",
    ],
)
def test_incise_verbs_elsewhere_report_nothing(nlp: Language, text: str) -> None:
    assert contents(nlp, text) == []


def test_a_demand_with_a_que_clause_is_reported(nlp: Language) -> None:
    text = "Les syndicats exigent que la direction publie les comptes de l'usine."
    assert ("Les syndicats", "la direction publie les comptes de l'usine") in contents(nlp, text)


def test_a_demand_for_an_action_is_not(nlp: Language) -> None:
    assert contents(nlp, "Les syndicats réclament une hausse des salaires depuis des mois.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le gouvernement table sur une croissance de 1 % l'an prochain.",
            "Le gouvernement",
            "une croissance de 1 % l'an prochain",
        ),
        ("Le rapport préconise la fermeture des deux centrales.", "Le rapport", "la fermeture des deux centrales"),
        ("Le député reproche au maire d'avoir caché les comptes.", "Le député", "avoir caché les comptes"),
        ("Aux yeux de la ministre, la réforme reste indispensable.", "la ministre", "la réforme reste indispensable"),
    ],
)
def test_forecasts_advice_reproach_and_views(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


def test_tabler_without_sur_is_no_speech(nlp: Language) -> None:
    assert contents(nlp, "Les invités s'installent à la table du conseil.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le ministre a répété sa volonté de réformer le système.", "Le ministre", "sa volonté de réformer le système"),
        ("Les habitants affirment leur attachement à la commune.", "Les habitants", "leur attachement à la commune"),
        (
            "La présidente a visité le port, répétant sa volonté de « relancer » les chantiers.",
            "La présidente",
            "sa volonté de « relancer » les chantiers",
        ),
    ],
)
def test_a_possessive_object_of_a_verb_of_saying_is_reported(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in contents(nlp, text)


def test_another_object_of_repeter_is_no_speech(nlp: Language) -> None:
    assert contents(nlp, "L'équipe a répété l'exercice trois fois avant le match.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Certains élus vont jusqu'à affirmer que la réforme est inutile.", "Certains élus"),
        ("Le maire est allé jusqu'à dire que le projet était mort.", "Le maire"),
    ],
)
def test_going_as_far_as_saying_reports_the_saying(nlp: Language, text: str, speaker: str) -> None:
    assert [s for s, _ in contents(nlp, text)] == [speaker]


def test_an_intended_saying_still_reports_nothing(nlp: Language) -> None:
    assert contents(nlp, "Le ministre veut annoncer que la réforme sera reportée.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Pour certains, le maire serait le meilleur candidat.", "certains", "le maire serait le meilleur candidat"),
        ("Pour d'autres, il reste bien trop jeune.", "d'autres", "il reste bien trop jeune"),
        ("Pour beaucoup, la crise est terminée.", "beaucoup", "la crise est terminée"),
        ("« La crise est finie », affirment certains.", "certains", "La crise est finie"),
        (
            "Pour les défenseurs du projet, la ligne créera des emplois.",
            "les défenseurs du projet",
            "la ligne créera des emplois",
        ),
    ],
)
def test_indefinite_people_give_a_view(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)
    assert {a.speaker_type for a in found(nlp, text)} == {"group"}


def test_an_indefinite_determiner_before_a_thing_is_no_source(nlp: Language) -> None:
    assert contents(nlp, "Pour certains produits, la taxe baisse dès janvier.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le gouvernement considère ce projet comme une menace pour la sécurité du pays.",
            "Le gouvernement",
            "une menace pour la sécurité du pays",
        ),
        ("La région, que Madrid considère comme une priorité, recevra des fonds.", "Madrid", "une priorité"),
    ],
)
def test_considering_x_as_y_gives_a_view(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert any(s == speaker and c.startswith(content) for s, c in contents(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ce programme est considéré comme la suite logique du plan de relance.",
        "Lorsqu'on considère la durée du trajet, le train reste plus rapide.",
    ],
)
def test_considerer_without_a_source_or_comme_reports_nothing(nlp: Language, text: str) -> None:
    assert contents(nlp, text) == []


def test_an_infinitive_with_a_possessive_object_after_a_noun_is_no_speech(nlp: Language) -> None:
    text = "Les régions réclament le droit à affirmer leurs traditions."
    assert contents(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le ministre a quitté la salle après avoir déclaré que la réforme était morte.",
            "Le ministre",
            "la réforme était morte",
        ),
        (
            "Le syndicat a claqué la porte après avoir dénoncé une « mascarade ».",
            "Le syndicat",
            "une « mascarade »",
        ),
    ],
)
def test_past_infinitive_speaks_for_the_governing_subject(nlp: Language, text: str, speaker: str, content: str) -> None:
    """`après avoir déclaré que`: a past infinitive has no subject of its own; the object of the main verb
    (`la salle`, `la porte`) is not the speaker."""
    assert (speaker, content) in contents(nlp, text)
