"""French loaded vocabulary, twenty-third round (issue 14): precision on plain news.

A loaded word written with a capital inside its sentence, next to another capitalised word, is a word of
a name or a title (a film, a collective, a book) and does not count, nor does one inside a quoted title
after a title noun ("le rapport « … »"); a lone capital is French usage ("l'État"); and a short
quotation after a speech verb the model read as a noun ("le préfet annonce que chacun devra « … »")
reports someone's words, so it is no scare quote. Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from loaded_support import french_scare_quote_pipeline, lexicon_hits, scare_quote_words
from spacy.language import Language

from framing.nlp import load_pipeline


@pytest.fixture(scope="module")
def en() -> Language:
    return load_pipeline("en")


def hit_texts(nlp: Language, text: str) -> list[str]:
    return [h.text for h in lexicon_hits(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Le film Les Misérables a attiré deux millions de spectateurs en salle cette année.",
        "Le collectif Stop Arnaque Énergie a saisi la justice au nom de trois cents familles.",
        "Le livre Le Scandale des eaux minérales paraît en librairie la semaine prochaine.",
        "Le groupe Rage Against the Machine donnera un concert à Lyon en juin.",
        "Le documentaire Le Cauchemar de Darwin est rediffusé ce soir.",
    ],
)
def test_a_loaded_word_inside_a_capitalised_title_or_name_does_not_count(fr: Language, text: str) -> None:
    assert hit_texts(fr, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same words in running text, in lower case, still count
        ("Cette arnaque a coûté cher aux familles du quartier.", "arnaque"),
        ("Le maire dénonce un scandale dans la gestion des eaux.", "scandale"),
        # a capital that opens the sentence, the line, or a quotation is no name
        ("Scandale à la mairie : les comptes ne tombent pas juste.", "Scandale"),
        ("Le rapport sort en mai [1]. Honteusement, la mairie a laissé faire.", "Honteusement"),
        ("Un élu a lancé : « Cauchemar pour les riverains ! »", "Cauchemar"),
    ],
)
def test_lower_case_words_and_capitals_that_open_a_sentence_still_count(fr: Language, text: str, expected: str) -> None:
    assert expected in hit_texts(fr, text)


def test_an_entry_that_asks_for_a_capital_keeps_its_match(fr: Language) -> None:
    hits = lexicon_hits(fr, "Les anciens de la Résistance ont défilé dimanche dans le village.")
    assert [h.text for h in hits] == ["Résistance"]


def test_a_lone_capital_of_french_usage_is_no_name(fr: Language) -> None:
    assert hit_texts(fr, "Le candidat accuse encore l'État profond de tout bloquer.") == ["État profond"]


def test_english_title_case_keeps_its_capitalised_words(en: Language) -> None:
    # the names rule is a French cue entry: English, whose headlines are in title case, has none
    assert hit_texts(en, "Critics Slam Outrageous Plan To Close Hospital") == ["Slam", "Outrageous"]
    assert hit_texts(en, "The mayor said the Shameful Deal must end.") == ["Shameful"]


@pytest.mark.parametrize(
    "text",
    [
        # "annonce" and "demande" read as nouns by the model, and still the verb of the clause
        "Alors que les habitants manquent d'eau, le préfet annonce que chacun devra « faire des économies ».",
        "Le maire critique le projet et demande que l'État « revoie sa copie ».",
        "Le ministre annonce que les familles devront « patienter encore ».",
    ],
)
def test_a_quotation_after_a_speech_verb_read_as_a_noun_is_someones_words(fr: Language, text: str) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    assert scare_quote_words(fr, text) == []


def test_the_noun_with_its_article_is_no_speech_verb(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = "La demande que l'État « revoie sa copie » est restée sans réponse."
    assert scare_quote_words(fr, text) == ["revoie sa copie"]


@pytest.mark.parametrize(
    "text",
    [
        "Le rapport « Un désastre annoncé » a été remis au préfet jeudi.",
        "La chanson « Cruelle folie » est en tête des ventes depuis un mois.",
        "Le collectif « Stop arnaque énergie » a saisi la justice mardi.",
    ],
)
def test_a_loaded_word_inside_a_quoted_title_does_not_count(fr: Language, text: str) -> None:
    assert hit_texts(fr, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a slogan or a word is mentioned, someone's wording: left to the quotation rules
        ("Les militants ont repris le slogan « Non à cette arnaque » devant la mairie.", "arnaque"),
        # a quotation in lower case after a title noun is no title
        ("Le rapport parle d'un « désastre annoncé » pour les finances de la commune.", "désastre"),
    ],
)
def test_slogans_and_lower_case_quotations_are_no_titles(fr: Language, text: str, expected: str) -> None:
    assert expected in hit_texts(fr, text)


def test_a_quoted_locution_of_time_is_no_scare_quote(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = "Les mairies devront fournir « au plus vite » des solutions de relogement."
    assert scare_quote_words(fr, text) == []


def test_a_single_quoted_adverb_is_still_a_scare_quote(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    assert scare_quote_words(fr, "Le projet a été « officiellement » abandonné.") == ["officiellement"]
