"""French attribution, round 48: verbs of dismissing, clarifying and narrating (lexicon) and an anonymity
phrase before an inverted speaker. (The branch's quote-typography class was not merged: 2 of its 4 pool hits
were right.) Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import speaker_content_pairs
from spacy.language import Language

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
    assert speaker_content_pairs(fr, "Un chauffeur s'est exprimé sous couvert d'anonymat.") == []
