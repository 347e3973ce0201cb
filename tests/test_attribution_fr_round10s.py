"""French attribution, tenth round (b) (issue 13): speakers and narrative shapes of French news copy.
A second verb coordinated with the first shares its subject (not the clitic before it), the narrative
infinitive (`Et X de déplorer :`), an incise with a time word before an aside, and impersonal hearsay
(`a-t-on appris auprès de X`). Every sentence here was written for the tests."""

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
        # a coordinated second verb: the clitic before it is its object, not its subject
        (
            "La directrice de l'hôpital a reconnu des retards et leur a promis que les lits seraient rouverts.",
            "La directrice de l'hôpital",
            "les lits seraient rouverts",
        ),
        (
            "Les syndicats ont rencontré la direction et lui ont affirmé que la grève continuerait.",
            "Les syndicats",
            "la grève continuerait",
        ),
        # the narrative infinitive
        (
            "Et le ministre de déplorer : « Nous avons perdu trop de temps. »",
            "le ministre",
            "Nous avons perdu trop de temps.",
        ),
        (
            "Et la présidente de la région d'ajouter que le chantier reprendrait.",
            "la présidente de la région",
            "le chantier reprendrait",
        ),
        ("Le maire de répondre : « Nous ferons le nécessaire. »", "Le maire", "Nous ferons le nécessaire."),
        # an incise with a time word, then an aside, then its subject
        (
            "« Nous ne lâcherons rien », a assuré mardi, devant les élus, la préfète.",
            "la préfète",
            "Nous ne lâcherons rien",
        ),
        (
            "« La digue a tenu », a déclaré lundi soir, lors d'un point presse, le maire.",
            "le maire",
            "La digue a tenu",
        ),
        # impersonal hearsay: what was learnt is the clause before the incise
        (
            "Le suspect a été interpellé mardi, a-t-on appris auprès de la gendarmerie.",
            "la gendarmerie",
            "Le suspect a été interpellé mardi",
        ),
        (
            "La grève sera reconduite jeudi, a-t-on appris de sources syndicales.",
            "sources syndicales",
            "La grève sera reconduite jeudi",
        ),
        (
            "Deux blessés ont été hospitalisés, apprend-on auprès des pompiers.",
            "pompiers",
            "Deux blessés ont été hospitalisés",
        ),
        (
            "L'usine fermera en juin, apprend-on de source proche du dossier.",
            "source proche du dossier",  # eleventh round: the noun `source` heads the speaker, as `sources`
            "L'usine fermera en juin",
        ),
    ],
)
def test_speaker_and_content(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a clitic before a verb is never given as a speaker
        "Le préfet a reçu les habitants et leur a assuré que les digues tiendraient.",
        "Elle a salué les bénévoles, puis leur a annoncé que le centre resterait ouvert.",
    ],
)
def test_clitic_is_no_speaker(nlp: Language, text: str) -> None:
    speakers = [a.speaker for a in found(nlp, text)]
    assert speakers and all(s not in ("leur", "lui", "puis") for s in speakers)


@pytest.mark.parametrize(
    "text",
    [
        # `auprès de` reports nothing outside the hearsay incise
        "Il a appris auprès de son grand-père le métier de charpentier.",
        "Il travaille auprès des enfants depuis dix ans, a appris le métier et le transmet.",
    ],
)
def test_aupres_de_alone_reports_nothing(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


def test_quotation_after_an_incise_and_a_colon(nlp: Language) -> None:
    """A quotation right after `, relate X :` is X's, however long the sentence before the incise."""
    text = (
        "Le directeur général de la compagnie a, dès le début de la rencontre avec les représentants du "
        "personnel, fixé le cap, relate le délégué : «Aucune prime ne sera versée. Quant aux horaires, "
        "rien ne bouge». Le préavis reste déposé."
    )
    assert ("le délégué", "Aucune prime ne sera versée. Quant aux horaires, rien ne bouge") in contents(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "La ministre a, lors de sa visite à Lille, assuré que les crédits seraient maintenus.",
            "La ministre",
            "les crédits seraient maintenus",
        ),
        ("Le maire a, dès lundi, annoncé que l'école rouvrirait.", "Le maire", "l'école rouvrirait"),
    ],
)
def test_aside_between_auxiliary_and_participle(nlp: Language, text: str, speaker: str, content: str) -> None:
    """An aside between commas splits the compound tense: the subject stays before the auxiliary."""
    assert (speaker, content) in contents(nlp, text)


def test_annoncer_la_couleur_reports_nothing(nlp: Language) -> None:
    """`annoncer la couleur` (to show one's hand) is an idiom with no reported content, aside or not."""
    assert found(nlp, "Le préfet a, dès le premier jour, annoncé la couleur. La maire a annoncé la couleur.") == []
