"""French hedging, round 50 (hedgefr50): open explanations among others, generic relatives of a sign.

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


# Class 3a. "explication" counted among others is a reserve only when the text leaves it open.
OPEN_EXPLANATIONS = [
    ("Pour cette panne, plusieurs explications sont possibles selon le technicien.", "explications"),
    ("Les géologues retiennent deux explications plausibles à ce glissement.", "explications"),
    ("Autre explication envisagée : un gel tardif aurait fendu la conduite.", "explication"),
    ("Trois explications restent envisageables pour la disparition des abeilles.", "explications"),
    ("Différentes explications concurrentes circulent sur l'origine du feu.", "explications"),
]
GIVEN_EXPLANATIONS = [
    ("La direction du port livre une première explication : la grue a cédé.", "explication"),
    ("Mais il existe plusieurs explications à ce retard, que le maire détaille.", "explications"),
    ("Une deuxième explication tient au calendrier des travaux.", "explication"),
    ("Le syndicat donne deux explications à la grève de lundi.", "explications"),
]


@pytest.mark.parametrize(("text", "words"), OPEN_EXPLANATIONS)
def test_open_explanation_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words)


@pytest.mark.parametrize(("text", "words"), GIVEN_EXPLANATIONS)
def test_given_explanation_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _counted(fr, text, words)
