"""French loaded vocabulary, thirty-third round (issue 14): the name of a grave act is not loaded by itself.

The persuasion guidelines leave plain words for grave facts unmarked, and the read span sets agree:
naming the act the report is about ("l'assassinat du journaliste", "victimes d'assassinat", "l'épuration
ethnique de la minorité") states a fact. The name judges when it renames another act, after a copula or a
verb of qualifying ("cette frappe est un assassinat", "une véritable épuration ethnique"). The verb
"assassiner", which always names the act, is optional (lexicons/fr/optional/grave_acts.yaml). Every sentence
here was written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import scare_quote_words, term_hits
from spacy.language import Language

from framing.nlp import load_pipeline

GRAVE_ACTS = Path(__file__).resolve().parents[1] / "lexicons" / "fr" / "optional" / "grave_acts.yaml"
GRAVE_IDS = {"fr-loaded-assassinat", "fr-loaded-assassiner", "fr-loaded-purification-ethnique"}


@pytest.fixture(scope="module")
def fr_grave_acts() -> Language:
    return load_pipeline("fr", (str(GRAVE_ACTS),))


def ids(nlp: Language, text: str) -> set[str]:
    return {term for _, term in term_hits(nlp, text)}


NAMED_ACTS = [
    "Le maire du village a été assassiné devant sa maison dimanche soir, selon la gendarmerie.",
    "Les familles de victimes d'assassinat ont marché en silence jusqu'à la préfecture.",
    "Le régime a laissé derrière lui des prisons pleines et l'assassinat de centaines d'opposants.",
    "Dans les années 1990, la région a connu l'épuration ethnique de sa minorité serbe.",
    "Des miliciens assassinent des villageois dans le nord du pays depuis le début du mois.",
]


@pytest.mark.parametrize("text", NAMED_ACTS)
def test_the_name_of_the_act_reported_is_plain(fr: Language, text: str) -> None:
    assert not ids(fr, text) & GRAVE_IDS


RENAMINGS = [
    ("Pour l'opposition, cette frappe de drone est un assassinat.", "fr-loaded-assassinat"),
    ("Il s'agit d'un véritable assassinat politique, a tranché l'éditorialiste.", "fr-loaded-assassinat"),
    ("Ce que les autorités appellent un transfert n'est rien d'autre qu'un assassinat.", "fr-loaded-assassinat"),
    ("Ces expulsions de villages entiers sont une épuration ethnique.", "fr-loaded-purification-ethnique"),
    ("Les ONG dénoncent une véritable épuration ethnique dans la vallée.", "fr-loaded-purification-ethnique"),
]


@pytest.mark.parametrize(("text", "term"), RENAMINGS)
def test_the_name_of_a_grave_act_judges_when_it_renames_another_act(fr: Language, text: str, term: str) -> None:
    assert term in ids(fr, text)


def test_the_verb_assassiner_is_optional(fr: Language, fr_grave_acts: Language) -> None:
    text = "Le journaliste a été assassiné à la sortie de la rédaction."
    assert "fr-loaded-assassiner" not in ids(fr, text)
    assert "fr-loaded-assassiner" in ids(fr_grave_acts, text)


def test_the_optional_verb_keeps_its_courtroom_reading(fr_grave_acts: Language) -> None:
    text = (
        "Au procès, le parquet a requis la perpétuité. L'accusé nie avoir assassiné le commerçant, "
        "et le verdict de la cour d'assises est attendu vendredi."
    )
    assert "fr-loaded-assassiner" not in ids(fr_grave_acts, text)


STOCK_IDIOMS = Path(__file__).resolve().parents[1] / "lexicons" / "fr" / "optional" / "stock_idioms.yaml"


@pytest.fixture(scope="module")
def fr_stock_idioms() -> Language:
    return load_pipeline("fr", (str(STOCK_IDIOMS),))


IDIOMS = [
    ("Les pharmacies du canton vaccinent à tour de bras depuis lundi.", "fr-loaded-a-tout-bout-de-champ"),
    ("Le député cite ce rapport à tout bout de champ.", "fr-loaded-a-tout-bout-de-champ"),
    ("Les riverains n'en peuvent plus du bruit des camions.", "fr-loaded-r27-mal-n-en-pouvoir-plus"),
]


@pytest.mark.parametrize(("text", "term"), IDIOMS)
def test_stock_idioms_of_news_copy_are_optional(fr: Language, fr_stock_idioms: Language, text: str, term: str) -> None:
    assert term not in ids(fr, text)
    assert term in ids(fr_stock_idioms, text)


# Scare quotes and the writer's stance: a short quotation with no speaker is a word kept at a distance
# only in a text that takes a stance (two loaded words of the lexicon or more; three since round 37,
# test_loaded_fr_round37.py); in plain news copy the marks cite a source's term or name a thing.

PLAIN_COPY_QUOTES = [
    ("Les élus ont voté la « simplification » des normes agricoles jeudi soir.", "simplification"),
    ("Le nouveau centre accueillera les « jeunes » du quartier dès septembre.", "jeunes"),
]


@pytest.mark.parametrize(("text", "words"), PLAIN_COPY_QUOTES)
def test_a_quoted_term_in_plain_news_copy_is_no_scare_quote(fr: Language, text: str, words: str) -> None:
    assert words not in scare_quote_words(fr, text)


STANCE_QUOTES = [
    ("Le maire, arrogant, cynique et méprisant, a voté la « simplification » des normes agricoles.", "simplification"),
    (
        "Ces élus cyniques, arrogants et démagogues ont ouvert aux « jeunes » du quartier un centre sans moyens.",
        "jeunes",
    ),
]


@pytest.mark.parametrize(("text", "words"), STANCE_QUOTES)
def test_a_quoted_term_in_a_text_that_takes_a_stance_is_a_scare_quote(fr: Language, text: str, words: str) -> None:
    assert words in scare_quote_words(fr, text)
