"""French attribution, round 49: verbs of narrating, arguing, attacking and agreeing (lexicon, class V).
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import speaker_content_pairs
from spacy.language import Language

# ---------------------------------------------------------------- class V: verbs and frames


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "La directrice a raconté comment les élèves avaient quitté la salle.",
            "La directrice",
            "les élèves avaient quitté la salle",
        ),
        ("Il raconte comment la soirée s'est terminée.", "Il", "la soirée s'est terminée"),
        ("Une voisine relate comment le toit s'est effondré.", "Une voisine", "le toit s'est effondré"),
        (
            "La mairie a quitté le projet, arguant du coût trop élevé des travaux.",
            "La mairie",
            "coût trop élevé des travaux",
        ),
        (
            "Le conseil a rompu avec la société, arguant d'un retard de paiement.",
            "Le conseil",
            "un retard de paiement",
        ),
        ("« Ce projet est une erreur », attaque Paul Durand.", "Paul Durand", "Ce projet est une erreur"),
        ("« Il faut agir vite », s'accordent les deux adjoints.", "les deux adjoints", "Il faut agir vite"),
        ("« On a fait ce qu'on pouvait », accorde-t-il.", "il", "On a fait ce qu'on pouvait"),
    ],
)
def test_verbs(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Des hommes armés ont attaqué un poste de police dans la nuit.",
        "Le conseil accorde une aide de 300 euros aux familles.",
        "Le gouvernement s'accorde un délai supplémentaire.",
        "Les pompiers attaquent le feu par le nord.",
        "Les musiciens accordent leurs instruments avant le concert.",
    ],
)
def test_verbs_no_speech(fr: Language, text: str) -> None:
    assert speaker_content_pairs(fr, text) == []


# ------------------------------------------------ class P: participles as second cues


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le club a refusé de commenter, invoquant des raisons juridiques.", "Le club", "des raisons juridiques"),
        (
            "« Le club ne dira rien », a indiqué son président, invoquant des raisons juridiques.",
            "son président",
            "des raisons juridiques",
        ),
        (
            "La mairie a renoncé au chantier, invoquant le coût des travaux.",
            "La mairie",
            "le coût des travaux",
        ),
    ],
)
def test_invoking_participle(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


def test_invoking_participle_relaying_a_source(fr: Language) -> None:
    text = "Le journal a publié la liste, invoquant des sources proches du dossier."
    assert all(content != "des sources proches du dossier" for _, content in speaker_content_pairs(fr, text))


def test_invoking_participle_no_clause_further_on(fr: Language) -> None:
    """`invoquant une panne, que ...`: the clause is the agent's report, not a second one by the participle."""
    text = "Le groupe a été prévenu par le fournisseur, invoquant une panne, que les livraisons baisseraient."
    contents = [content for _, content in speaker_content_pairs(fr, text)]
    assert contents.count("les livraisons baisseraient") <= 1


@pytest.mark.parametrize(
    "text",
    [
        "La famille vit à Nice, louant un appartement près du port.",
        "Il est reparti, saluant ses « amis » de la veille.",
        "Ils louent une maison pour l'été.",
    ],
)
def test_louer_in_its_renting_sense_is_no_report(fr: Language, text: str) -> None:
    assert speaker_content_pairs(fr, text) == []


# ------------------------------------------------ class A: asides between an inverted verb and its speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Il s'agit d'un incendie volontaire », indiquait ce lundi une source proche de l'enquête.",
            "une source proche de l'enquête",
        ),
        ("« Le chantier reprendra », a assuré ce mardi 28 juin un porte-parole.", "un porte-parole"),
        ("« Le chantier reprendra », a assuré ce mardi 28 juin le ministre.", "le ministre"),
        ("« Le chantier reprendra », confiait ce vendredi une habitante.", "une habitante"),
        ("« Le chantier reprendra », a assuré ce matin un porte-parole de la mairie.", "un porte-parole de la mairie"),
    ],
)
def test_demonstrative_day_before_an_indefinite_speaker(fr: Language, text: str, speaker: str) -> None:
    assert any(found == speaker for found, _ in speaker_content_pairs(fr, text))
