"""French loaded vocabulary, round 36 (issue 14): what a degree word is said of; the plain word for a strain.

- A strong intensifier before an adjective of someone's stance or concern ("profondément inquiets",
  "extrêmement prudente", "tellement convaincu", "profondément attachés") reports how firmly that person
  holds a position: it is not counted (`fr-loaded-intensif-fort`). Before an adjective that judges a thing
  ("extrêmement inquiétant", "extrêmement grave") it still counts.
- A quotation mark after a strong intensifier is no adjective, whatever its tag
  (`fr-loaded-r19-intensif-fort-nom`).
- "Bien" before a plain adjective ("bien difficile") is the spoken "très" and is not counted; before a
  comparative ("bien pire", "bien inférieures") it still counts (`fr-loaded-r36-bien-comparatif`), and so
  does "fort" before an adjective (`fr-loaded-r20-bien-fort-adjectif`).
- A feeling said to grow ("une méfiance croissante", "une colère grandissante") tells a trend, not a degree
  (`fr-loaded-r19-sentiment-intensif-apres`); "une colère sourde" still counts.
- "Tendu" of a relation or a context is the ordinary word of news for a strain; "électrique" and "explosif"
  still count (`fr-loaded-climat-tendu`).

Every sentence here was written for the test; each "not counted" case fails on the round's start code."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Les maires de la vallée se disent profondément inquiets pour la saison d'hiver.", "inquiets"),
        ("La commission reste extrêmement prudente sur le calendrier des travaux.", "prudente"),
        ("Le trésorier, tellement convaincu de son plan, a refusé tout audit extérieur.", "convaincu"),
        ("Les habitants du quartier sont profondément attachés à leur marché couvert.", "attachés"),
        ("Une partie des adhérents reste totalement opposée au changement de statuts.", "opposée"),
    ],
)
def test_intensifier_on_a_stance_or_a_concern_is_not_counted(fr: Language, text: str, absent: str) -> None:
    assert not any(absent in word for word in lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le déficit de la régie des eaux est extrêmement inquiétant pour la commune.", "extrêmement inquiétant"),
        ("La pollution de la rivière reste extrêmement grave selon les pêcheurs.", "extrêmement grave"),
    ],
)
def test_intensifier_on_a_judgement_of_a_thing_still_counts(fr: Language, text: str, word: str) -> None:
    assert word in lexicon_words(fr, text)


def test_a_quotation_mark_after_an_intensifier_is_no_adjective(fr: Language) -> None:
    words = lexicon_words(fr, "Profondément « déçu », le maire a quitté la réunion avant le vote.")
    assert not any(word.startswith("Profondément «") for word in words)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Trouver un remplaçant avant l'été sera bien difficile pour le club.", "bien difficile"),
        ("Le nouveau guichet en ligne s'avère bien utile aux familles du canton.", "bien utile"),
    ],
)
def test_bien_before_a_plain_adjective_is_not_counted(fr: Language, text: str, absent: str) -> None:
    assert absent not in lexicon_words(fr, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sans la digue, les dégâts auraient été bien pires pour le village.", "bien pires"),
        ("Les recettes de la billetterie sont bien inférieures aux prévisions du club.", "bien inférieures"),
        ("Le plan de relance présenté aux élus paraît fort léger.", "fort léger"),
    ],
)
def test_bien_before_a_comparative_and_fort_still_count(fr: Language, text: str, word: str) -> None:
    assert word in lexicon_words(fr, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Les libraires constatent une méfiance croissante de leurs clients envers le livre numérique.", "croissante"),
        ("Une colère grandissante gagne les pêcheurs de la côte depuis l'hiver.", "grandissante"),
    ],
)
def test_a_feeling_said_to_grow_is_not_counted(fr: Language, text: str, absent: str) -> None:
    assert not any(absent in word for word in lexicon_words(fr, text))


def test_a_feeling_at_its_peak_still_counts(fr: Language) -> None:
    assert "colère sourde" in lexicon_words(fr, "Une colère sourde monte chez les pêcheurs de la côte.")


@pytest.mark.parametrize(
    "text",
    [
        "Les deux voisins ont repris le dialogue malgré des relations tendues depuis l'été.",
        "Le conseil a voté le budget dans un climat tendu, après trois heures de débat.",
    ],
)
def test_tendu_of_a_relation_is_not_counted(fr: Language, text: str) -> None:
    assert not any("tendu" in word for word in lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La finale s'est jouée dans une ambiance électrique devant huit mille spectateurs.", "ambiance électrique"),
        ("Les négociations salariales se tiennent dans un climat explosif.", "climat explosif"),
    ],
)
def test_electric_or_explosive_climate_still_counts(fr: Language, text: str, word: str) -> None:
    assert word in lexicon_words(fr, text)
