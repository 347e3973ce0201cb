"""French hedging, round 43: classes written from their defining property, not from seen forms.

Each class has its own lists, so a class can be taken or left with its commit (docs/hedging.md, round 43).
Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues
from spacy.language import Language


def _found(nlp: Language, text: str, words: str) -> bool:
    """Whether a counted hedge's text contains `words` (spans may take in the word after the cue)."""
    return any(words in cue for _, cue in counted_cues(nlp, text))


# Class 1. Epistemic `pouvoir` / `devoir`: what a thing may indicate, explain or be the origin of, and what it
# must weigh or reach in figures, is a possibility or an estimate; a person able or obliged to act is not.
POUVOIR_DEVOIR_HEDGES = [
    ("Ces rejets industriels peuvent aussi être à l'origine d'un gel des vergers.", "être à l'origine"),
    ("Un retard pareil pouvait être le signe d'une usure du câble.", "pouvait être le signe"),
    ("Une hausse aussi brutale peut traduire une inquiétude des ménages.", "peut traduire"),
    ("Un taux élevé peut signifier que le patient a été exposé.", "peut signifier"),
    ("Cette fissure peut en effet indiquer une faiblesse du béton.", "peut en effet indiquer"),
    ("Deux motifs pouvaient l'expliquer, selon ses voisins.", "pouvaient l'expliquer"),
    ("Le bloc de roche devait peser dix tonnes.", "devait peser"),
    ("Les rafales doivent atteindre 100 km/h sur la côte cette nuit.", "doivent atteindre"),
]
POUVOIR_DEVOIR_LOOK_ALIKES = [
    ("Le maire peut annoncer sa candidature demain.", "peut annoncer"),
    ("Les habitants peuvent déposer leurs encombrants le lundi.", "peuvent déposer"),
    ("Comme peuvent en témoigner les riverains, la rue est bruyante.", "peuvent en témoigner"),
    ("La réunion devait se tenir mardi à Lyon.", "devait"),
    ("Le club doit atteindre ses objectifs cette saison.", "doit atteindre"),
    ("Ce médicament peut provoquer des nausées.", "peut provoquer"),
    ("Les analyses n'ont trouvé aucun germe pouvant être à l'origine des troubles.", "pouvant être"),
    ("Il faut que chaque commune puisse expliquer ses tarifs.", "puisse expliquer"),
]


@pytest.mark.parametrize(("text", "words"), POUVOIR_DEVOIR_HEDGES)
def test_pouvoir_devoir_hedge_is_counted(fr: Language, text: str, words: str) -> None:
    assert _found(fr, text, words), counted_cues(fr, text)


@pytest.mark.parametrize(("text", "words"), POUVOIR_DEVOIR_LOOK_ALIKES)
def test_pouvoir_devoir_look_alike_is_not_counted(fr: Language, text: str, words: str) -> None:
    assert not _found(fr, text, words), counted_cues(fr, text)
