"""French hedging, round 42 (integrator): a possibility said to be open.

The ruling-out entries took only "n'est pas exclu(e)" with "pas" right before the participle. Inquiry and
forecast copy also writes "ne sont pas à exclure", "n'est pas non plus exclue", "est non exclue", "aucune
piste n'est écartée" and "toutes les hypothèses restent ouvertes": each leaves the cause or the outcome the
text goes on to name as one possibility among others. Look-alikes where "exclu", "écarté" or "ouvert" keep
their own sense are not hedges.

Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_epistemic
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Des perturbations ne sont pas à exclure sur la ligne jusqu'à la fin du mois.", "ne sont pas à exclure"),
        ("Une nouvelle hausse des tarifs ne sera pas à écarter en janvier.", "ne sera pas à écarter"),
        ("Un acte de malveillance n'est pas non plus exclu, selon nos informations.", "n'est pas non plus exclu"),
        ("La piste d'une fuite de gaz est « non exclue » par les pompiers.", "est « non exclue"),
        ("Une reprise de l'épidémie reste non exclue cet automne.", "reste non exclue"),
        ("Pour l'heure, aucune piste n'est exclue dans cette affaire de vol.", "aucune piste n'est exclue"),
        ("Aucune hypothèse n'est privilégiée par les enquêteurs.", "Aucune hypothèse n'est privilégiée"),
        ("Incendie de l'entrepôt : aucune piste écartée", "aucune piste écartée"),
        (
            "Accident, malaise ou agression : toutes les hypothèses restent ouvertes.",
            "toutes les hypothèses restent ouvertes",
        ),
        ("Toutes les pistes sont envisagées après la disparition du randonneur.", "Toutes les pistes sont envisagées"),
        ("Après l'incendie, tous les scénarios restent encore ouverts.", "tous les scénarios restent encore ouverts"),
    ],
)
def test_a_possibility_left_open_is_an_epistemic_hedge(fr: Language, text: str, words: str) -> None:
    assert words in counted_epistemic(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les élèves non exclus de l'établissement reprennent les cours lundi.",
        "Les salariés en CDD ne sont pas exclus du dispositif de prime.",
        "Toutes les pistes cyclables sont ouvertes depuis le printemps.",
        "Aucune piste n'a été damée ce matin à cause du vent.",
        "Toutes les routes restent ouvertes malgré la neige.",
        "Tous les scénarios du film sont écrits par la même autrice.",
        "Le joueur a été exclu pour un carton rouge.",
    ],
)
def test_the_ordinary_senses_are_not_hedges(fr: Language, text: str) -> None:
    assert counted_epistemic(fr, text) == []
