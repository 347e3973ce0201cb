"""French attribution, round 50: participles after a noun, infinitives told through a participle, and a
second past participle under one auxiliary. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import speaker_content_pairs
from spacy.language import Language

# ---------------------------------------------------------------- class P: a participle after a noun


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Les pompiers ont reçu vers minuit l'appel d'un automobiliste disant avoir vu de la fumée.",
            "un automobiliste",
            "avoir vu de la fumée",
        ),
        (
            "La mairie a reçu une pétition d'habitants affirmant que le parc est dangereux la nuit.",
            "habitants",
            "le parc est dangereux la nuit",
        ),
        (
            "Les secours ont été alertés par une randonneuse expliquant être bloquée sous la crête.",
            "une randonneuse",
            "être bloquée sous la crête",
        ),
        (
            "Une lettre signée par des infirmières affirmant manquer de moyens a été transmise au ministère.",
            "des infirmières",
            "manquer de moyens",
        ),
        (
            "Le rapport cite une porte-parole de la préfecture affirmant que la route sera rouverte demain.",
            "une porte-parole de la préfecture",
            "la route sera rouverte demain",
        ),
    ],
)
def test_participle_after_noun(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Elle a appelé la police, disant avoir vu un homme armé.", "Elle", "avoir vu un homme armé"),
        (
            "Le standard a reçu l'appel d'une passante disant s'être perdue dans la forêt.",
            "une passante",
            "s'être perdue dans la forêt",
        ),
        (
            "Un voisin, affirmant n'avoir rien entendu cette nuit-là, a été entendu par les gendarmes.",
            "Un voisin",
            "n'avoir rien entendu cette nuit-là",
        ),
        (
            "Un témoin, joint par téléphone, affirmant ignorer tout de l'affaire, a refusé de répondre.",
            "Un témoin",
            "ignorer tout de l'affaire",
        ),
    ],
)
def test_participle_with_infinitive(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


# ---------------------------------------------------------------- class S: a second participle, one auxiliary


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "La préfète a confirmé que le pont resterait fermé et annoncé l'ouverture d'une déviation dès lundi.",
            [("La préfète", "le pont resterait fermé"), ("La préfète", "l'ouverture d'une déviation dès lundi")],
        ),
        (
            "Les avocats de la famille ont affirmé que l'enquête avait été bâclée"
            " et dénoncé « un mépris total » des juges.",
            [
                ("Les avocats de la famille", "l'enquête avait été bâclée"),
                ("Les avocats de la famille", "« un mépris total » des juges"),
            ],
        ),
    ],
)
def test_second_participle(fr: Language, text: str, pairs: list[tuple[str, str]]) -> None:
    found = speaker_content_pairs(fr, text)
    for pair in pairs:
        assert pair in found


def test_second_participle_after_non_report(fr: Language) -> None:
    text = "Elle a rappelé les règles de sécurité et précisé que les contrôles seraient renforcés."
    assert ("Elle", "les contrôles seraient renforcés") in speaker_content_pairs(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les pompiers ont maîtrisé le feu et évacué une dizaine de familles.",
        "Des mesures décidées et annoncées la veille sont appliquées.",
        "La ville a reçu la visite d'un ministre disant au revoir aux élèves.",
    ],
)
def test_silent(fr: Language, text: str) -> None:
    assert speaker_content_pairs(fr, text) == []


def test_participle_after_full_name(fr: Language) -> None:
    text = "La sortie remarquée d’Anatoli Petrovski suggérant une révision du traité a surpris ses collègues."
    assert "Anatoli Petrovski" in [speaker for speaker, _ in speaker_content_pairs(fr, text)]
