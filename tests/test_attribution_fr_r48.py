"""French attribution, round 48: quote typography (a double prime or a curly closer typed for the
closing mark), verbs of dismissing, clarifying and narrating (lexicon). Every sentence here was written
for the tests."""

from __future__ import annotations

import pytest
from attribution_support import speaker_content_pairs
from spacy.language import Language

from framing.quotes import find_quotations

# ---------------------------------------------------------------- class T: quote typography


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“Les salles sont pleines″, regrette-t-il.", "Les salles sont pleines"),
        ("« Les salles sont pleines”, regrette une enseignante.", "Les salles sont pleines"),
        ("« Ils parlent de “trahison” sans raison », dit-il.", "Ils parlent de “trahison” sans raison"),
        ("« Le mot “crise” revient », note-t-il. « Encore »", "Le mot “crise” revient"),
    ],
)
def test_mixed_closers(text: str, quoted: str) -> None:
    first = find_quotations(text)[0]
    assert text[first.start : first.end] == quoted


def test_a_curly_closer_inside_guillemets_is_not_the_closer() -> None:
    text = "« Elle a dit ” non ” hier », dit-il."
    first = find_quotations(text)[0]
    assert text[first.start : first.end] == "Elle a dit ” non ” hier"


def test_a_double_prime_after_a_figure_closes_a_curly_quote(fr: Language) -> None:
    text = "“Rien n'a changé depuis 1990″, dénonce-t-il. “On attend”, ajoute-t-il."
    pairs = speaker_content_pairs(fr, text)
    assert ("il", "Rien n'a changé depuis 1990") in pairs
    assert ("il", "On attend") in pairs


def test_a_guillemet_closed_by_a_curly_mark(fr: Language) -> None:
    pairs = speaker_content_pairs(fr, "« Il n'y a plus de place dans les couloirs”, rebondit une surveillante.")
    assert pairs == [("une surveillante", "Il n'y a plus de place dans les couloirs")]


def test_a_double_prime_alone_opens_nothing() -> None:
    assert find_quotations("La parcelle est à 45°12′30″ de latitude nord.") == []


# ---------------------------------------------------------------- class L: lexicon


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Les enquêteurs ont écarté l'hypothèse d'un incendie criminel.",
            "Les enquêteurs",
            "l'hypothèse d'un incendie criminel",
        ),
        ("La direction exclut l'hypothèse d'un rachat.", "La direction", "l'hypothèse d'un rachat"),
        ("Le club balaie l'hypothèse d'un départ.", "Le club", "l'hypothèse d'un départ"),
        ("« Le calendrier reste le même », exclut la ministre.", "la ministre", "Le calendrier reste le même"),
        ("« Le texte sera revu », éclaircit un sénateur.", "un sénateur", "Le texte sera revu"),
        ("Une voisine relate avoir entendu des cris.", "Une voisine", "avoir entendu des cris"),
    ],
)
def test_lexicon(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le vent a écarté les nuages.",
        "Les gardes ont écarté la foule.",
        "Le ciel s'éclaircit enfin.",
        "Cette option est exclue depuis le départ.",
        "Le règlement exclut les mineurs.",
    ],
)
def test_lexicon_other_senses(fr: Language, text: str) -> None:
    assert speaker_content_pairs(fr, text) == []


# ------------------------------------------------ class S: an anonymity phrase before an inverted speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« La grève va durer », a affirmé sous couvert d'anonymat un conducteur.", "un conducteur"),
        ("« La grève va durer », ont confié sous couvert de l'anonymat deux conductrices.", "deux conductrices"),
        ("« La grève va durer », a glissé sous le couvert de l'anonymat un cadre.", "un cadre"),
        ("« La grève va durer », a dit à l'AFP sous couvert d'anonymat un conducteur.", "un conducteur"),
    ],
)
def test_anonymity_phrase_before_an_inverted_speaker(fr: Language, text: str, speaker: str) -> None:
    assert (speaker, "La grève va durer") in speaker_content_pairs(fr, text)


def test_an_anonymity_phrase_without_a_speaker_after_it(fr: Language) -> None:
    assert speaker_content_pairs(fr, "Un conducteur a parlé sous couvert d'anonymat.") == []
