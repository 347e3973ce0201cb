"""French hedging, round 45: round 44's "fix first" items written as classes (docs/hedging.md, round 45).

Each class has its own lists, so a class can be taken or left with its commit. Every sentence here was written
for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds
from spacy.language import Language


def _counted(nlp: Language, text: str, words: str) -> bool:
    """Whether a counted hedge holds `words` (spans may take in a neighbouring word)."""
    return any(words in cue and counted for cue, _, counted in counted_kinds(nlp, text))


def _kind_of(nlp: Language, text: str, words: str) -> set[str]:
    """The kinds of every finding, counted or not, that holds `words`."""
    return {kind for cue, kind, _ in counted_kinds(nlp, text) if words in cue}


# Item 5. A forecast participle after a noun of quantity or a figure; a predicative "prévisionnel"/"provisoire".
FORECAST_HEDGES = [
    ("La récolte attendue en Bretagne s'annonce maigre.", "attendue"),
    ("Les recettes escomptées ne couvriront pas les frais.", "escomptées"),
    ("Les tarifs anticipés pour l'hiver inquiètent les ménages.", "anticipés"),
    ("La coopérative compte sur 4 millions de tonnes attendues cette saison.", "attendues"),
    ("La région table sur les 300 000 hectares estimés au printemps.", "estimés"),
    ("Ces montants sont prévisionnels, a averti la trésorière.", "prévisionnels"),
    ("Le bilan des intempéries reste provisoire.", "provisoire"),
]
FORECAST_LOOK_ALIKES = [
    ("Le derby tant attendu aura lieu samedi.", "attendu"),
    ("La ministre attendue à Brest n'est pas venue.", "attendue"),
    ("Le budget prévisionnel a été voté en conseil.", "prévisionnel"),
    ("La réforme attendue depuis des années est enfin votée.", "attendue"),
    ("Le préfet a pris un arrêté provisoire.", "provisoire"),
]


@pytest.mark.parametrize(("text", "words"), FORECAST_HEDGES)
def test_forecast_participle_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), FORECAST_LOOK_ALIKES)
def test_awaited_person_event_or_document_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Item 4. A party says it cannot establish the fact, or is not (quite) sure of it.
INABILITY_HEDGES = [
    ("La gendarmerie n'est pas en mesure de dire qui conduisait.", "en mesure de dire"),
    ("L'hôpital n'était pas encore en mesure de confirmer le décès.", "en mesure de confirmer"),
    ("Les archéologues ne sont pas en mesure de le dater.", "le dater"),
    ("Les sauveteurs sont incapables de dire combien de marins manquent.", "incapables de dire"),
    ("Les pédiatres ont du mal à dater le pic de la saison.", "du mal à dater"),
    ("Les géologues ne sont pas certains que la faille soit active.", "pas certains"),
    ("Les biologistes ne sont toutefois pas sûrs de l'espèce.", "pas sûrs"),
    ("Le pont fermera cet hiver, c'est quasiment certain.", "quasiment certain"),
    ("Un report est presque sûr, selon le syndicat.", "presque sûr"),
]
INABILITY_LOOK_ALIKES = [
    ("La commune n'est pas en mesure de payer ses agents.", "en mesure"),
    ("Ce ne sont pas certains élus qui décident du budget.", "pas certains"),
    ("Presque certains soirs, la place est bondée.", "certains"),
    ("J'ai du mal à comprendre ce choix.", "du mal"),
    ("Le blessé est incapable de marcher.", "incapable"),
]


@pytest.mark.parametrize(("text", "words"), INABILITY_HEDGES)
def test_inability_or_unsureness_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), INABILITY_LOOK_ALIKES)
def test_practical_inability_or_determiner_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Item 7. "selon" + provisional evidence whose author is not named.
PROVISIONAL_HEDGES = [
    ("Selon les premières analyses, la canalisation a cédé.", "premières analyses"),
    ("D'après les premiers calculs, la secousse a duré une minute.", "premiers calculs"),
    ("Selon les premiers relevés, l'étang est pollué.", "premiers relevés"),
]
PROVISIONAL_LOOK_ALIKES = [
    ("Selon les premières analyses du laboratoire de Brest, l'eau est saine.", "premières analyses"),
    ("Selon les premiers résultats publiés par la préfecture, le taux recule.", "premiers résultats"),
]


@pytest.mark.parametrize(("text", "words"), PROVISIONAL_HEDGES)
def test_provisional_evidence_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), PROVISIONAL_LOOK_ALIKES)
def test_named_provisional_evidence_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Item 6. A single unnamed source; an inverted indefinite group; an addressee is no source.
SOURCE_HEDGES = [
    ("Selon un riverain, la benne brûlait depuis minuit.", "Selon un riverain"),
    ("D'après l'un de leurs voisins, le couple avait déménagé.", "un de leurs voisins"),
    ("Selon une infirmière, les lits manquent depuis lundi.", "Selon une infirmière"),
    ("Le magasin fermera en mars, racontent des employés.", "racontent des employés"),
]
SOURCE_LOOK_ALIKES = [
    ("Ils expliquent les règles du tournoi aux enfants.", "expliquent les règles"),
    ("Il raconte une légende à ses petits-enfants.", "raconte une"),
    ("Selon l'un des rapports, la dette a doublé.", "l'un des rapports"),
    ("Selon un voisin et une cousine, la porte était ouverte.", "Selon un voisin"),
    ("Les pêcheurs ont parlé à plusieurs médias de la vague.", "plusieurs médias"),
    ("La colonie a grandi, précisent les biologistes de l'étude.", "précisent"),
]


@pytest.mark.parametrize(("text", "words"), SOURCE_HEDGES)
def test_unnamed_single_source_or_group_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), SOURCE_LOOK_ALIKES)
def test_object_document_addressee_or_known_group_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Item 3. Ignorance that is not about the reported claim.
IGNORANCE_HEDGES = [
    ("Je ne sais pas si la digue tiendra.", "ne sais pas si"),
    ("Rien ne permet d'affirmer que le feu est criminel.", "Rien ne permet d'affirmer"),
]
IGNORANCE_LOOK_ALIKES = [
    ("Je ne sais pas quand le car repassera.", "ne sais pas"),
    ("À l'époque, nous ne savions pas encore combien de brebis il restait.", "ne savions pas"),
    ("Rien ne permet de croire que la source soit polluée.", "permet"),
]


@pytest.mark.parametrize(("text", "words"), IGNORANCE_HEDGES)
def test_open_claim_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), IGNORANCE_LOOK_ALIKES)
def test_schedule_past_or_dismissed_belief_is_not(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)


# Item 2. "aurait pu" + a comparison: a counterfactual, typed hypothetical.
COMPARED_COUNTERFACTUALS = [
    ("Ce feu de forêt aurait pu faire bien plus de dégâts.", "aurait pu"),
    ("La tempête aurait pu être moins violente, estime le maire.", "aurait pu"),
    ("Les joueurs auraient pu mieux défendre ce soir-là.", "auraient pu"),
]
REPORTED_POSSIBILITIES = [
    ("Selon la police, le voleur aurait pu passer par la cave.", "aurait pu"),
    ("Le chauffeur aurait pu aussi s'endormir, selon l'enquête.", "aurait pu"),
]


@pytest.mark.parametrize(("text", "words"), COMPARED_COUNTERFACTUALS)
def test_compared_counterfactual_is_hypothetical(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words), counted_kinds(fr, text)
    assert "hypothetical" in _kind_of(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), REPORTED_POSSIBILITIES)
def test_reported_possibility_stays_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)
