"""French hedging, thirty-third round, hedgefr33 (issue 14): epistemic "devoir" in the indicative.

"doit", "devait" + an infinitive mostly oblige or schedule ("le club doit vendre", "la réunion devait
avoir lieu mardi"), and framing left every indicative "devoir" alone. Two shapes cannot oblige and
say the speaker's inference instead: an estimate of a size, an age or a count given approximately,
and the perfect infinitive of a verb of knowing or perceiving (round 32's read sets H43 and H46 missed
one and two such hedges). Every sentence here was written for the test (the file is named after the
branch sequence: round 32 used round35)."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, kinds_of
from spacy.language import Language

from framing.nlp import load_pipeline


@pytest.fixture(scope="module")
def fr() -> Language:
    return load_pipeline("fr")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Selon un voisin, le cambrioleur devait faire environ 1,90 m.", "devait faire"),
        ("La victime devait avoir la quarantaine au moment des faits.", "devait avoir"),
        ("Le squelette retrouvé doit mesurer approximativement 1,60 m.", "doit mesurer"),
        ("Ce jour-là, il devait y avoir environ deux cents manifestants devant la préfecture.", "devait y avoir"),
        ("La facture du chantier doit avoisiner les deux millions d'euros.", "doit avoisiner"),
        ("Le doyen du village doit aujourd'hui frôler les cent ans.", "doit aujourd'hui frôler"),
    ],
)
def test_devoir_of_an_approximate_measure_is_an_estimate(fr: Language, text: str, words: str) -> None:
    assert kinds_of(fr, text, words) == [("modal_hedge", True)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Écarté du groupe depuis un mois, le défenseur doit avoir compris que son avenir est ailleurs.",
            "doit avoir compris",
        ),
        ("La direction devait déjà avoir senti le vent tourner avant le vote.", "devait déjà avoir senti"),
        ("Les riverains doivent avoir entendu l'explosion à plusieurs kilomètres.", "doivent avoir entendu"),
    ],
)
def test_devoir_with_a_perfect_infinitive_of_knowing_is_an_inference(fr: Language, text: str, words: str) -> None:
    assert kinds_of(fr, text, words) == [("modal_hedge", True)]


@pytest.mark.parametrize(
    "text",
    [
        # obligation, schedule or requirement: nothing is counted
        "Le club doit vendre deux joueurs avant d'acheter.",
        "La conférence de presse devait avoir lieu mardi matin.",
        "Les candidats doivent avoir obtenu leur diplôme avant le mois de juin.",
        "Le dossier doit avoir été déposé avant la fin du mois.",
        "Les communes doivent faire des économies sur leurs dépenses de fonctionnement.",
        "Les joueurs doivent avoir la licence de la fédération pour jouer.",
        "Le troupeau entier doit être abattu pour éviter la contagion.",
        "Les éleveurs devaient désinfecter leurs bâtiments chaque semaine.",
    ],
)
def test_devoir_of_obligation_or_schedule_counts_nothing(fr: Language, text: str) -> None:
    assert counted_cues(fr, text) == []
