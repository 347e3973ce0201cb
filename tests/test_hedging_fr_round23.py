"""French hedging, twenty-first round, hedgefr23 (issue 14): the scope of a proposal or a study, a
modal that goes on a posited case, and the journalistic conditional that must survive beside them (a
reaction to a proposal, a wish credited to a source, a past told as done). Every sentence here was
written for the test."""

from __future__ import annotations

import pytest
from hedging_support import readings_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a deal between firms opens a proposal's scope, as an offer does
        (
            "Les deux banques préparent une fusion. Le nouveau groupe emploierait 40 000 personnes.",
            "emploierait",
        ),
        ("Le distributeur étudie le rachat de son concurrent. L'ensemble pèserait 12 milliards.", "pèserait"),
        # a study's projection goes on in the next sentence
        (
            "« Les récoltes de blé devraient baisser », dit le rapport. "
            "Les rendements du maïs seraient réduits de 7 %.",
            "seraient réduits",
        ),
        # a modal in the sentence after a posited case goes on telling it
        (
            "Si le texte était adopté, les loyers seraient plafonnés. "
            "Les propriétaires pourraient contester le plafond devant un juge.",
            "pourraient contester",
        ),
        (
            "Dans ce scénario, les prix baisseraient de moitié. Les usines pourraient fermer deux mois.",
            "pourraient fermer",
        ),
    ],
)
def test_terms_projections_and_supposed_cases_are_not_counted(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # what is done with a proposal is news about it, not one of its terms
        (
            "Le fonds a déposé une offre de reprise. Le conseil d'administration l'examinerait lundi.",
            "examinerait",
        ),
        ("Un groupe a remis une proposition au liquidateur. La direction la jugerait insuffisante.", "jugerait"),
        # a wish in the conditional credited to a source in its clause
        ("Selon Europe 1, la compagnie souhaiterait fermer deux lignes.", "souhaiterait"),
        # a past told as done: beside "un tel" with "déjà", or with a marker inside a purpose clause
        ("Un tel acheteur aurait déjà été trouvé par la banque.", "aurait déjà été trouvé"),
        (
            "Le groupe aurait eu des contacts avec des fonds pour préparer une offre commune en cas de vente.",
            "aurait eu",
        ),
    ],
)
def test_the_journalistic_conditional_survives(fr: Language, text: str, verb: str) -> None:
    assert ("conditional_hedge", True) in readings_of(fr, text, verb)


@pytest.mark.parametrize(
    ("text", "verb", "reading"),
    [
        # a term of the offer, with no verb of deciding on it: still a term
        (
            "Le fonds a déposé une offre de reprise. L'usine garderait trois cents salariés.",
            "garderait",
            ("hypothetical", False),
        ),
        # a proviso ("sans") is no posited case for the next sentence: its modal stays a hedge
        (
            "Sans accord, l'Union devrait appliquer des droits de douane. "
            "Ces droits pourraient atteindre 600 millions.",
            "pourraient atteindre",
            ("modal_hedge", True),
        ),
        # a source in the next sentence ends the supposed case
        (
            "Si le texte était adopté, les loyers seraient plafonnés. "
            "Selon un juriste, les propriétaires pourraient contester le plafond.",
            "pourraient contester",
            ("modal_hedge", True),
        ),
        # a verb of saying in the sentence after the study's: its own report
        (
            "Selon une étude, les récoltes baisseraient. Le ministre aurait démissionné mardi.",
            "aurait démissionné",
            ("conditional_hedge", True),
        ),
        # a wish with no source, or with the source in another clause: a wish
        ("La direction aimerait trouver un accord avant l'été.", "aimerait", ("non_hedge_polite", False)),
        (
            "Selon la presse, le club aurait approché un défenseur, mais l'entraîneur préférerait un attaquant.",
            "préférerait",
            ("non_hedge_polite", False),
        ),
        # "un tel" with no sign of realisation, and a marker outside any purpose clause: a case
        ("Un tel accord aurait évité la faillite.", "aurait évité", ("hypothetical", False)),
        ("Le tunnel permettrait d'évacuer les voitures en cas d'accident.", "permettrait", ("hypothetical", False)),
    ],
)
def test_the_traps_keep_their_reading(fr: Language, text: str, verb: str, reading: tuple[str, bool]) -> None:
    assert readings_of(fr, text, verb) == [reading]


def test_a_first_person_wish_stays_polite_beside_a_verb_of_saying(fr: Language) -> None:
    text = "« Nous souhaiterions obtenir un délai », a déclaré un porte-parole des locataires."
    assert readings_of(fr, text, "souhaiterions") == [("non_hedge_polite", False)]


def test_a_past_counterfactual_sets_up_no_case_for_the_next_sentence(fr: Language) -> None:
    text = "Le maire aurait pu agir s'il l'avait voulu. La crise pourrait bien durer encore un an."
    assert readings_of(fr, text, "pourrait bien durer") == [("modal_hedge", True)]
