"""French hedging, round 50 (hedgefr50): open explanations among others, generic relatives of a sign.

One list of hedges and one of look-alikes per class (each class its own commit). Every sentence here was
written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds
from spacy.language import Language


def _counted(nlp: Language, text: str, words: str) -> bool:
    """Whether a counted hedge holds `words` (spans may take in a neighbouring word)."""
    return any(words in cue and counted for cue, _, counted in counted_kinds(nlp, text))


# Class 3a. "explication" counted among others is a reserve only when the text leaves it open.
OPEN_EXPLANATIONS = [
    ("Pour cette panne, plusieurs explications sont possibles selon le technicien.", "explications"),
    ("Les géologues retiennent deux explications plausibles à ce glissement.", "explications"),
    ("Autre explication envisagée : un gel tardif aurait fendu la conduite.", "explication"),
    ("Trois explications restent envisageables pour la disparition des abeilles.", "explications"),
    ("Différentes explications concurrentes circulent sur l'origine du feu.", "explications"),
]
GIVEN_EXPLANATIONS = [
    ("La direction du port livre une première explication : la grue a cédé.", "explication"),
    ("Mais il existe plusieurs explications à ce retard, que le maire détaille.", "explications"),
    ("Une deuxième explication tient au calendrier des travaux.", "explication"),
    ("Le syndicat donne deux explications à la grève de lundi.", "explications"),
]


@pytest.mark.parametrize(("text", "words"), OPEN_EXPLANATIONS)
def test_open_explanation_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), GIVEN_EXPLANATIONS)
def test_given_explanation_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)


# Class 3b. A present "qui peut" + a verb of indicating states what such a sign usually shows.
GENERIC_SIGNS = [
    ("On mesure la turbidité, qui peut signaler un rejet d'égout.", "peut"),
    ("Les médecins surveillent une fièvre persistante, qui peut indiquer une infection.", "peut"),
    ("Un bruit sourd dans le moteur, qui peut annoncer une casse, doit alerter le conducteur.", "peut"),
    ("Des feuilles jaunies qui peuvent trahir un manque d'azote apparaissent en été.", "peuvent"),
    ("Il faut relever le taux de nitrates, qui peut refléter l'usage d'engrais.", "peut"),
]
SPECIFIC_SIGNS = [
    ("Cette fissure, qui peut indiquer une usure du pont, inquiète les riverains.", "peut"),
    ("La hausse des prix peut traduire une inquiétude des ménages.", "peut"),
    ("Une panne de courant qui pouvait annoncer la coupure générale a touché le quartier.", "pouvait"),
    ("Ce sont des facteurs qui peuvent expliquer le recul des ventes.", "peuvent"),
]


@pytest.mark.parametrize(("text", "words"), GENERIC_SIGNS)
def test_generic_relative_sign_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), SPECIFIC_SIGNS)
def test_specific_sign_stays_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


# Class 1. A forecaster's word in scope: its conditionals are the forecast's figures, not a plan's terms.
FORECAST_FIGURES = [
    (
        "Le gouvernement a présenté son projet de loi de finances. L'institut de conjoncture prédit un hiver "
        "morose. La consommation des ménages fléchirait nettement.",
        "fléchirait",
    ),
    (
        "Le chômage reculera moins vite que prévu, a indiqué l'institut. Ce ralentissement pèserait sur les recettes.",
        "pèserait",
    ),
    (
        "Les prévisionnistes de l'agence ont revu leurs chiffres, alors que le projet d'usine est prévu au "
        "printemps. La demande d'électricité augmenterait fortement l'hiver prochain.",
        "augmenterait",
    ),
    (
        "La banque centrale pronostique un net ralentissement, alors que le plan de relance est prévu pour janvier. "
        "Les exportations souffriraient de la hausse de l'euro.",
        "souffriraient",
    ),
]
PLAN_TERMS = [
    (
        "Le syndicat a présenté son projet de réforme. La nouvelle grille relèverait les salaires les plus bas.",
        "relèverait",
    ),
    ("Treize offres de reprise sont sur la table. La dernière conserverait quatre cents postes.", "conserverait"),
    ("La mairie a présenté son projet de tramway. La ligne desservirait le nord de la ville.", "desservirait"),
    (
        "La réforme permettrait d'économiser 4 milliards d'euros d'ici 2030, alors que le ministère tablait sur 3 "
        "milliards.",
        "permettrait",
    ),
]


@pytest.mark.parametrize(("text", "words"), FORECAST_FIGURES)
def test_forecast_in_scope_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), PLAN_TERMS)
def test_plan_terms_stay_hypothetical(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)


# Class 2 (item 2). A fixed "sans" locution of quality, manner or addition opens no condition.
SANS_LOCUTIONS = [
    ("Sans surprise, le club aurait recruté un nouvel entraîneur.", "recruté"),
    ("Sans encombre, le convoi serait arrivé à la frontière dans la nuit.", "arrivé"),
    ("Sans danger pour les riverains, la fuite proviendrait d'une vanne.", "proviendrait"),
    ("Sans compter les blessés légers, l'accident aurait fait six victimes.", "aurait fait"),
]
SANS_CONDITIONS = [
    ("Sans cette aide, l'usine fermerait ses portes.", "fermerait"),
    ("Sans pluie, les récoltes seraient perdues.", "seraient perdues"),
    ("Sans lui, l'équipe aurait perdu la finale.", "aurait perdu"),
]


@pytest.mark.parametrize(("text", "words"), SANS_LOCUTIONS)
def test_sans_locution_is_no_condition(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), SANS_CONDITIONS)
def test_sans_condition_stays_hypothetical(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)
