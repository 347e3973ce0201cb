"""French hedging, round 49 (hedgefr49): concessions, named cases, supposed contexts, excluded clefts, procedures.

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


def _found(nlp: Language, text: str, words: str) -> bool:
    """Whether any hedge-side finding, counted or not, holds `words` (the cue is seen, then typed)."""
    return any(words in cue for cue, _, _ in counted_kinds(nlp, text))


# Class 1. A concessive "même si" with a conditional concedes a point: it makes nothing hypothetical.
CONCESSION_HEDGES = [
    ("La production repartirait au printemps, même si la hausse des coûts pèserait encore.", "repartirait"),
    ("Même si la facture augmenterait, la régie garderait ses tarifs, affirme le maire.", "garderait"),
]
CONCESSION_LOOK_ALIKES = [
    ("Même si l'État payait la facture, la dette resterait lourde pour la commune.", "resterait"),
    ("Si le vent tournait, les pompiers devraient évacuer le hameau.", "devraient"),
]


@pytest.mark.parametrize(("text", "words"), CONCESSION_HEDGES)
def test_concessive_conditional_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), CONCESSION_LOOK_ALIKES)
def test_real_condition_stays_hypothetical(fr: Language, text: str, words: str) -> None:
    assert _found(fr, text, words) and not _counted(fr, text, words)


# Class 2. "serait celui de": which scenario holds, hedged, even with a plan or scenario noun around.
NAMED_CASE_HEDGES = [
    ("Le scénario retenu par les prévisionnistes serait celui d'un redoux dès mardi.", "serait"),
    ("Parmi les options étudiées, la piste privilégiée serait celle d'un tunnel.", "serait"),
    ("Le projet prévoit deux tracés. Le tracé retenu serait finalement celui du nord.", "serait"),
]
NAMED_CASE_LOOK_ALIKES = [
    ("Dans ce scénario, les pluies gagneraient le nord dès mercredi.", "gagneraient"),
]


@pytest.mark.parametrize(("text", "words"), NAMED_CASE_HEDGES)
def test_named_case_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), NAMED_CASE_LOOK_ALIKES)
def test_scenario_effect_stays_hypothetical(fr: Language, text: str, words: str) -> None:
    assert _found(fr, text, words) and not _counted(fr, text, words)


# Class 3. "Dans ce contexte" after a conditional sentence: a supposed case.
CONTEXT_HYPOTHETICALS = [
    ("Des averses pourraient toucher la Bretagne jeudi. Dans ce contexte, il ferait plus frais.", "ferait"),
    ("Le vent pourrait forcir en soirée. Dans une telle situation, les bateaux resteraient au port.", "resteraient"),
    ("La crue atteindrait la digue vers midi. Dans ces circonstances, la mairie fermerait le pont.", "fermerait"),
]
CONTEXT_HEDGES = [
    ("La grève a paralysé les transports lundi. Dans ce contexte, le gouvernement pourrait céder.", "pourrait"),
    ("Les prix ont encore grimpé. Dans ce contexte, la banque relèverait ses taux, selon la presse.", "relèverait"),
]


@pytest.mark.parametrize(("text", "words"), CONTEXT_HYPOTHETICALS)
def test_supposed_context_is_hypothetical(fr: Language, text: str, words: str) -> None:
    assert _found(fr, text, words) and not _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), CONTEXT_HEDGES)
def test_real_context_keeps_the_hedge(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


# Class 4. A negated or exclusive cleft: the conditional of its relative tells what is not.
CLEFT_HYPOTHETICALS = [
    ("Il n'y avait pas de travaux, donc ce n'est pas un défaut d'entretien qui aurait provoqué la chute.", "aurait"),
    ("« Il n'y a que des prélèvements d'ADN qui auraient pu confirmer l'ours », dit l'éleveur.", "auraient pu"),
    ("Ce n'est pas (comme on l'a cru, à tort) une fuite de gaz qui aurait causé l'explosion.", "aurait"),
    ("Ce ne sont pas les pompiers qui n'auraient pas vu le départ du feu.", "auraient"),
]
CLEFT_HEDGES = [
    ("Ce n'est pas le conducteur qui aurait pris la fuite, mais son passager, selon la police.", "aurait"),
    ("Il n'y a que deux témoins qui auraient vu le véhicule.", "auraient"),
    ("Le témoin qui aurait vu la scène a été entendu par les gendarmes.", "aurait"),
    ("C'est le gardien qui aurait donné l'alerte vers minuit.", "aurait"),
]


@pytest.mark.parametrize(("text", "words"), CLEFT_HYPOTHETICALS)
def test_excluded_cleft_is_hypothetical(fr: Language, text: str, words: str) -> None:
    assert _found(fr, text, words) and not _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), CLEFT_HEDGES)
def test_reported_relative_keeps_the_hedge(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


# Class 5. A doubt word after an iterative or generic frame names a kind of case: a procedure.
PROCEDURE_LOOK_ALIKES = [
    ("À chaque suspicion de fraude, un contrôle fiscal est déclenché.", "suspicion"),
    ("Le service vérifie les dossiers quand il n'y a pas de certitude sur le nom du demandeur.", "certitude"),
    ("Lorsqu'il n'y a aucune certitude sur l'auteur, le réseau mène une enquête de terrain.", "certitude"),
    ("Pour chaque suspicion d'intoxication, l'agence prélève des échantillons.", "suspicion"),
]
PROCEDURE_HEDGES = [
    ("Une suspicion de fraude vise le maire de la commune depuis lundi.", "suspicion"),
    ("Il n'y a pas de certitude sur le nom de l'agresseur, selon le parquet.", "certitude"),
    ("Quand il n'y avait pas de certitude sur l'auteur, l'enquête est restée ouverte des mois.", "certitude"),
]


@pytest.mark.parametrize(("text", "words"), PROCEDURE_LOOK_ALIKES)
def test_procedure_frame_is_not_a_hedge(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), PROCEDURE_HEDGES)
def test_doubt_about_a_fact_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)
