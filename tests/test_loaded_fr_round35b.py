"""French loaded vocabulary, round 35 second half (issue 14): the name of an affair; a source's criticism.

- "Scandale" followed by the affair's name ("le scandale Dupont", "le scandale du Mediator"), by the
  offence it is about ("les scandales de corruption") or by whom it touches ("les scandales impliquant des
  élus") is the name the affair goes by (`fr-loaded-scandale-nom`, context `not_after_name`); the writer's
  "c'est un scandale", "ce scandale", "le scandale de ces loyers" still count.
- Optional: with `lexicons/fr/optional/reported_criticism.yaml`, a verb of criticising or insisting in the active
voice, said of its source ("le syndicat fustige la réforme", "la ministre a martelé que…", "fustigeant
« un passage en force »"), is the reporter's word for what the source did: the judgement is the source's,
reported (`fr-senses-reported-criticism`, framing.criticism). By default such a verb counts (issue 14
names "martèle" and "fustige" among the words readers flag). With the file, the same verbs in the passive
("le projet est fustigé", "la réforme, fustigée par les syndicats") tell of a reception without its
critic and still count, and so do verbs that paint the speaker's manner ("éructe"), which the rule does
not list.

Every sentence here was written for the test; each "not counted" case fails on the round's start code
(and, for the optional rule, without the optional file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import lexicon_words
from spacy.language import Language

from framing.nlp import load_pipeline

REPORTED_CRITICISM = Path(__file__).resolve().parent.parent / "lexicons" / "fr" / "optional" / "reported_criticism.yaml"


@pytest.fixture(scope="module")
def fr_criticism() -> Language:
    return load_pipeline("fr", (str(REPORTED_CRITICISM),))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # present tense, the source as subject
        ("L'association des locataires fustige la hausse des charges votée en conseil municipal.", "fustige"),
        # present participle after the source's clause, a quotation following
        (
            "Les élus d'opposition ont quitté la séance, fustigeant « un passage en force » de la majorité.",
            "fustigeant",
        ),
        # compound past with avoir, a clause of what was said
        ("Le directeur de l'hôpital a martelé que les urgences resteraient ouvertes tout l'été.", "martelé"),
        ("La porte-parole du gouvernement a taclé mardi la gestion du dossier par la région.", "taclé"),
    ],
)
def test_active_verb_of_criticism_said_of_its_source_is_not_counted_with_the_optional_rule(
    fr: Language, fr_criticism: Language, text: str, word: str
) -> None:
    assert word in lexicon_words(fr, text)
    assert word not in lexicon_words(fr_criticism, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the passive: a reception told without its critic
        ("Le nouveau plan de circulation est fustigé depuis des semaines dans les colonnes locales.", "fustigé"),
        ("La réforme des bourses, fustigée de toutes parts, sera réécrite à la rentrée.", "fustigée"),
        # a verb that paints the speaker's manner is not a verb of the rule
        ("Le candidat éructe contre les journalistes à chaque meeting de campagne.", "éructe"),
    ],
)
def test_passive_or_manner_verb_still_counts_with_the_optional_rule(
    fr_criticism: Language, text: str, word: str
) -> None:
    assert word in lexicon_words(fr_criticism, text)


@pytest.mark.parametrize(
    "text",
    [
        # the affair's name after the noun, at once or after "du"
        "Le scandale Lambert a coûté son poste au directeur de la caisse régionale.",
        "Dix ans après le scandale du Levothyrox, les patients attendent toujours un procès.",
        # the offence the affair is about
        "La justice a ouvert trois enquêtes sur les scandales de corruption au port autonome.",
        "Le club est rattrapé par un scandale de dopage datant de la saison dernière.",
        # whom it touches
        "Les scandales impliquant des proches du ministre ont pesé sur la campagne.",
    ],
)
def test_scandal_naming_an_affair_is_not_counted(fr: Language, text: str) -> None:
    assert not any("scandale" in word for word in lexicon_words(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "Faire payer deux fois les mêmes travaux aux locataires, c'est un scandale.",
        "Ce scandale a assez duré : les cantines doivent rouvrir.",
        "Le scandale de ces listes d'attente interminables ne choque plus personne.",
    ],
)
def test_writers_scandal_still_counts(fr: Language, text: str) -> None:
    assert any("scandale" in word for word in lexicon_words(fr, text))
