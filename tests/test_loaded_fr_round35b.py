"""French loaded vocabulary, round 35 second half (issue 14): a source's criticism, reported (optional).

With `lexicons/fr/optional/reported_criticism.yaml`, a verb of criticising or insisting in the active
voice, said of its source ("le syndicat fustige la réforme", "la ministre a martelé que…", "fustigeant
« un passage en force »"), is the reporter's word for what the source did: the judgement is the source's,
reported (`fr-senses-reported-criticism`, framing.criticism). By default such a verb counts (issue 14
names "martèle" and "fustige" among the words readers flag). With the file, the same verbs in the passive
("le projet est fustigé", "la réforme, fustigée par les syndicats") tell of a reception without its
critic and still count, and so do verbs that paint the speaker's manner ("éructe"), which the rule does
not list.

Every sentence here was written for the test; each "not counted" case fails on the round's start code
and without the optional file."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import lexicon_words
from spacy.language import Language

from framing.nlp import load_pipeline

REPORTED_CRITICISM = Path(__file__).resolve().parent.parent / "lexicons" / "fr" / "optional" / "reported_criticism.yaml"


@pytest.fixture(scope="module")
def fr() -> Language:
    return load_pipeline("fr")


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
