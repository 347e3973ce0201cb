"""French hedging, thirty-third round, hedgefr33 (issue 14): epistemic "devoir" in the indicative and
epistemic "pouvoir" in the present.

"doit", "devait" + an infinitive mostly oblige or schedule ("le club doit vendre", "la réunion devait
avoir lieu mardi"), and framing left every indicative "devoir" alone. Two shapes cannot oblige and
say the speaker's inference instead: an estimate of a size, an age or a count given approximately,
and the perfect infinitive of a verb of knowing or perceiving (round 32's read sets H43 and H46 missed
one and two such hedges). "peut" + what nobody sets out to do (weigh on an outcome, have an effect,
suffer a state) is a possibility, the present of round 32's "a pu" classes (H44, H45 and H46 missed
such hedges). Every sentence here was written for the test (the file is named after the branch
sequence: round 32 used round35)."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, kinds_of
from spacy.language import Language


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


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("La hausse des taux peut peser sur la consommation des ménages.", "peut peser"),
        ("Une dette mal maîtrisée peut compromettre les projets de la commune.", "peut compromettre"),
        ("Ces querelles internes peuvent aussi brouiller le message du parti.", "peuvent aussi brouiller"),
        ("Le gel tardif peut avoir un effet durable sur les récoltes.", "peut avoir un effet"),
        ("Ces annonces peuvent avoir des conséquences inattendues sur les marchés.", "peuvent avoir des conséquences"),
        ("Le randonneur, âgé de 82 ans, peut être désorienté.", "peut être désorienté"),
        ("Des lots de fromage peuvent être contaminés, prévient le fabricant.", "peuvent être contaminés"),
        (
            "Selon le transporteur, les retards de mars peuvent par exemple être liés au gel des voies.",
            "peuvent par exemple être liés",
        ),
    ],
)
def test_present_pouvoir_of_what_nobody_sets_out_to_do_is_a_hedge(fr: Language, text: str, words: str) -> None:
    assert kinds_of(fr, text, words) == [("modal_hedge", True)]


@pytest.mark.parametrize(
    "text",
    [
        # an ability or a power someone has, a permission, a physical property, a negation
        "On peut freiner la hausse des prix en relevant les taux.",
        "Nous pouvons compliquer la tâche de nos adversaires.",
        "Ce médicament peut provoquer des nausées.",
        "Les archives peuvent être consultées en ligne.",
        "Le Sénat ne peut pas compliquer l'adoption du texte.",
        "Cette mesure ne peut avoir aucun effet avant l'été.",
        "Les visiteurs peuvent emprunter le sentier du littoral.",
    ],
)
def test_present_pouvoir_of_ability_permission_or_property_counts_nothing(fr: Language, text: str) -> None:
    assert counted_cues(fr, text) == []
