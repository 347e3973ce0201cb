"""French loaded vocabulary, round 37 (issue 14): a group's mood and the ordinary terms of news copy.

- The nouns news copy uses for a group's mood ("la grogne", "le ras-le-bol", "la panique", "la fierté")
  report the state of the people described, as round 34 decided for feelings told of someone: they are not
  counted by default (lexicons/fr/optional/mood_nouns.yaml brings them back). What takes a side on a mood
  still counts: "un vent de panique" (a figure), "une colère légitime", the adverb "fièrement".
- "Flux migratoires" and "pression migratoire" are the demographers' and the administration's terms,
  "émeutiers" names those who take part in a riot the report tells of, and "exacerber" / "électriser" are
  the stock verbs of a tension that grows: not counted by default (lexicons/fr/optional/news_terms.yaml).
  The pictures of a flow ("vague migratoire", "afflux massif", "flux massif"), the labels that reduce people
  to an act ("casseurs") and "envenimer" still count.
- The stock idioms that tell a story's plot ("faire les frais de", "au grand dam de", "la pointe de
  l'iceberg", "le graal", "épineux") join round 33's optional stock idioms
  (lexicons/fr/optional/stock_idioms.yaml); idioms that judge an actor ("un jeu de dupes") still count.
- A short quotation with no speaker is a scare quote only in a text holding three loaded words of the
  lexicon (round 33 said two): a text with two is not yet one that takes a stance.

Every sentence here was written for the test; each "not counted" case fails on the round's start code."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import lexicon_words, scare_quote_words
from spacy.language import Language

from framing.nlp import load_pipeline

OPTIONAL = Path(__file__).resolve().parents[1] / "lexicons" / "fr" / "optional"


@pytest.fixture(scope="module")
def fr_moods() -> Language:
    return load_pipeline("fr", (str(OPTIONAL / "mood_nouns.yaml"),))


@pytest.fixture(scope="module")
def fr_stock_idioms() -> Language:
    return load_pipeline("fr", (str(OPTIONAL / "stock_idioms.yaml"),))


@pytest.fixture(scope="module")
def fr_news_terms() -> Language:
    return load_pipeline("fr", (str(OPTIONAL / "news_terms.yaml"),))


MOODS = [
    ("La grogne des chauffeurs de bus s'étend aux lignes de banlieue.", "grogne"),
    ("Le ras-le-bol des viticulteurs s'est exprimé devant la préfecture samedi.", "ras-le-bol"),
    ("La panique a gagné les petits porteurs après la chute du titre.", "panique"),
    ("Les habitants de la cité évoquent avec fierté la rénovation de leur gymnase.", "fierté"),
]


@pytest.mark.parametrize(("text", "word"), MOODS)
def test_a_groups_mood_is_not_counted(fr: Language, text: str, word: str) -> None:
    assert not any(word in hit for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(("text", "word"), MOODS)
def test_the_mood_nouns_are_optional(fr_moods: Language, text: str, word: str) -> None:
    assert any(word in hit for hit in lexicon_words(fr_moods, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Un vent de panique souffle sur la Bourse de Paris depuis lundi.", "panique"),
        ("Une colère légitime monte chez les éleveurs du département.", "colère légitime"),
        ("Le maire présente fièrement le bilan de son premier mandat.", "fièrement"),
    ],
)
def test_a_side_taken_on_a_mood_still_counts(fr: Language, text: str, word: str) -> None:
    assert any(word in hit for hit in lexicon_words(fr, text))


NEWS_TERMS = [
    ("Les flux migratoires vers les côtes espagnoles ont baissé l'an dernier.", "flux migratoires"),
    ("La pression migratoire reste forte à la frontière sud du pays, selon la préfecture.", "pression migratoire"),
    ("Des émeutiers ont incendié trois voitures dans la nuit du samedi au dimanche.", "émeutiers"),
    ("Les tensions, exacerbées par la hausse du prix du pain, gagnent la capitale.", "exacerbées"),
    ("Le discours du candidat a électrisé une salle acquise à sa cause.", "électrisé"),
]


@pytest.mark.parametrize(("text", "word"), NEWS_TERMS)
def test_ordinary_terms_of_news_copy_are_not_counted(fr: Language, text: str, word: str) -> None:
    assert not any(word in hit for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(("text", "word"), NEWS_TERMS)
def test_the_news_terms_are_optional(fr_news_terms: Language, text: str, word: str) -> None:
    assert any(word in hit for hit in lexicon_words(fr_news_terms, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le ministre redoute une vague migratoire venue du sud cet été.", "vague migratoire"),
        ("La région fait face à un flux massif de réfugiés depuis l'hiver.", "flux massif"),
        ("Des casseurs ont brisé les vitrines de la rue principale.", "casseurs"),
        ("Cette affaire a envenimé les relations entre les deux villes.", "envenimé"),
    ],
)
def test_pictures_and_labels_still_count(fr: Language, text: str, word: str) -> None:
    assert any(word in hit for hit in lexicon_words(fr, text))


def test_two_loaded_words_do_not_make_a_stance_for_scare_quotes(fr: Language) -> None:
    text = "Le préfet, arrogant et méprisant, a présenté la « modernisation » du réseau de bus."
    assert scare_quote_words(fr, text) == []


def test_three_loaded_words_make_a_stance_for_scare_quotes(fr: Language) -> None:
    text = "Le préfet, arrogant, cynique et méprisant, a présenté la « modernisation » du réseau de bus."
    assert scare_quote_words(fr, text) == ["modernisation"]


STOCK_IDIOMS = [
    ("Les petits commerçants font les frais de la fermeture du pont.", "frais"),
    ("Le conseil a rasé le vieux kiosque, au grand dam des riverains.", "grand dam"),
    ("Ces fraudes forment une partie émergée de l'iceberg, estime l'enquêtrice.", "iceberg"),
    ("Un contrat avec la capitale reste le graal des jeunes start-up du secteur.", "graal"),
    ("Le dossier épineux des retraites revient devant les députés.", "épineux"),
]


@pytest.mark.parametrize(("text", "word"), STOCK_IDIOMS)
def test_plot_idioms_are_not_counted(fr: Language, text: str, word: str) -> None:
    assert not any(word in hit for hit in lexicon_words(fr, text))


@pytest.mark.parametrize(("text", "word"), STOCK_IDIOMS)
def test_plot_idioms_are_optional(fr_stock_idioms: Language, text: str, word: str) -> None:
    assert any(word in hit for hit in lexicon_words(fr_stock_idioms, text))


def test_an_idiom_that_judges_an_actor_still_counts(fr: Language) -> None:
    assert any(
        "jeu de dupes" in hit for hit in lexicon_words(fr, "Cette négociation est un jeu de dupes pour les salariés.")
    )
