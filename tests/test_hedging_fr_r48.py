"""French hedging, round 48 (hedgefr48): unnamed groups, facts left open, pouvoir of a dated event, evidence words.

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


# Class 1. Unnamed groups: a profession by its agent noun, "certains" + doubt, a growing number, an entourage.
GROUP_HEDGES = [
    ("Les météorologues annoncent des rafales à 120 km/h dès jeudi soir.", "Les météorologues annoncent"),
    ("Des volcanologues redoutaient une nouvelle coulée.", "volcanologues redoutaient"),
    ("Certains sismologues, dans leur hypothèse la plus sombre, envisagent une secousse plus forte.", "sismologues"),
    ("Les médias régionaux annonçaient déjà mardi la fermeture de l'usine.", "médias régionaux annonçaient"),
    ("Mais certains remettent en question la fiabilité du sondage.", "certains remettent en question"),
    ("Certains élus mettent en doute le chiffre avancé.", "mettent en doute"),
    ("De plus en plus d'habitants s'interrogent sur l'avenir de la ligne.", "De plus en plus"),
    ("Son entourage a indiqué que le sénateur ne se représenterait pas.", "Son entourage"),
]
GROUP_LOOK_ALIKES = [
    ("Les touristes annoncent leur arrivée par courriel.", "touristes"),
    ("Certains résultats remettent en cause le modèle.", "remettent"),
    ("De plus en plus de gens prennent le train.", "plus de gens"),
    ("Plusieurs géologues ont foré un puits près du village.", "géologues"),
    ("Son entourage a changé depuis 2019.", "entourage"),
]


@pytest.mark.parametrize(("text", "words"), GROUP_HEDGES)
def test_unnamed_group_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), GROUP_LOOK_ALIKES)
def test_group_acting_or_thing_is_not_a_source(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)


# Class 2. Facts left open.
OPEN_HEDGES = [
    ("L'identité du conducteur ne peut être confirmée à ce stade.", "ne peut être confirmée"),
    ("L'origine de la fuite ne pouvait pas encore être établie.", "être établie"),
    ("Nous ne pouvons pas encore affirmer que le pont est sûr.", "pas encore affirmer"),
    ("La statue n'a pas été formellement attribuée à l'atelier du maître.", "formellement attribuée"),
    ("Ces pannes n'ont pas de cause clairement établie.", "pas de cause"),
    ("On n'en sait pas davantage pour le moment.", "sait pas davantage"),
    ("Les analyses laissent toutes les hypothèses ouvertes.", "hypothèses ouvertes"),
    ("Le rapport laisse le champ ouvert à plusieurs lectures.", "champ ouvert"),
]
OPEN_LOOK_ALIKES = [
    ("On ne peut pas dire que ce soit facile.", "peut pas dire"),
    ("Le prix n'a pas été attribué cette année.", "attribué"),
    ("Il n'en sait pas plus que son voisin.", "pas plus"),
    ("La victime a été formellement identifiée par sa famille.", "identifiée"),
    ("Le maire laisse la porte ouverte à une fusion.", "ouverte"),
]


@pytest.mark.parametrize(("text", "words"), OPEN_HEDGES)
def test_fact_left_open_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), OPEN_LOOK_ALIKES)
def test_litotes_award_or_comparison_is_not_open(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)


# Class 3. "pouvoir" of a dated event.
EVENT_HEDGES = [
    ("Le vote pourra avoir lieu dès la semaine prochaine.", "pourra avoir lieu"),
    ("Quelques averses de grêle peuvent tomber jeudi soir sur la Bretagne.", "peuvent tomber"),
]
EVENT_LOOK_ALIKES = [
    ("Le match peut avoir lieu au stade municipal.", "peut avoir lieu"),
    ("Ce décret ne pourra avoir aucune incidence avant mars.", "pourra avoir"),
]


@pytest.mark.parametrize(("text", "words"), EVENT_HEDGES)
def test_dated_event_possibility_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), EVENT_LOOK_ALIKES)
def test_undated_event_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)


# Class 5. Evidence and hypothesis words.
EVIDENCE_HEDGES = [
    ("Des empreintes dans la boue laissent le garde forestier penser qu'un ours est passé.", "penser"),
    ("Il a constaté des lésions évocatrices d'une morsure de chien.", "évocatrices"),
    ("Les dégâts ressemblent davantage à ceux d'une tornade.", "ressemblent davantage"),
    ("La crue serait due à un barrage défaillant. Une hypothèse que rejette la préfecture.", "Une hypothèse que"),
]
EVIDENCE_LOOK_ALIKES = [
    ("Il ressemble à son père.", "ressemble"),
    ("Elle laisse les enfants jouer dehors.", "laisse"),
    ("C'est la caractéristique du modèle.", "caractéristique"),
]


@pytest.mark.parametrize(("text", "words"), EVIDENCE_HEDGES)
def test_evidence_word_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), EVIDENCE_LOOK_ALIKES)
def test_plain_resemblance_or_leave_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)


# Class 4 (part). A study credited by "selon" / "d'après": its conditional is a reported finding, not a projection.
CREDITED_FINDINGS = [
    ("D'après l'enquête publiée mardi, le sel serait lié à une hausse des migraines.", "serait lié"),
    ("Selon cette étude, le café serait associé à un sommeil plus court.", "serait associé"),
]
PROJECTIONS = [
    ("Selon le rapport, les rendements baisseraient de 7 % d'ici 2050.", "baisseraient"),
]


@pytest.mark.parametrize(("text", "words"), CREDITED_FINDINGS)
def test_credited_study_finding_is_a_hedge(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), PROJECTIONS)
def test_dated_projection_stays_hypothetical(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)
