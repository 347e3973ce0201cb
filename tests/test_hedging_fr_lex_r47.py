"""French hedging, round 47 (hedgelex47): lexicon classes from round 46's "fix first" items 4-7.

One section per class (each its own commit, so a class can be taken or left). Every sentence here was
written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds
from spacy.language import Language


def _counted(nlp: Language, text: str, words: str) -> bool:
    """Whether a counted hedge holds `words` (spans may take in a neighbouring word)."""
    return any(words in cue and counted for cue, _, counted in counted_kinds(nlp, text))


# Class 3. Spelling and number variants: singular "chance", plural "vraisemblances", "peut être" apart.
VARIANT_HEDGES = [
    ("Il y a peu de chance que le pont rouvre avant l'été.", "peu de chance que"),
    ("Il reste de fortes chance qu'elle soit élue.", "fortes chance qu"),
    ("Selon toutes vraisemblances, la digue tiendra.", "toutes vraisemblances"),
    ("Selon toutes probabilités, le tunnel sera prêt en mai.", "toutes probabilités"),
    ("Selon toutes vraisemblance, le tunnel sera prêt en mai.", "toutes vraisemblance"),
    ("Selon toute apparence, le feu est parti d'un radiateur.", "toute apparence"),
    ("Quatre blessés, dont peut être un pompier, ont été conduits à l'hôpital.", "peut être"),
    ("Deux écoles, voire peut être trois, fermeront en juin.", "peut être"),
    ("Le maire viendra peut être demain à la réunion.", "peut être"),
    ("La navette ne reprendra peut être pas avant lundi.", "peut être"),
]
VARIANT_LOOK_ALIKES = [
    ("C'est une grande chance pour la ville d'accueillir le tournoi.", "chance"),
    ("Bonne chance de la part de toute la rédaction.", "chance"),
    ("Le gérant peut être condamné à deux ans de prison.", "peut être"),
    ("La décision peut être contestée devant le tribunal.", "peut être"),
    ("Le chantier, selon lui, peut être un succès.", "peut être"),
    ("Ce qui peut être une chance pour la vallée.", "peut être"),
]


@pytest.mark.parametrize(("text", "words"), VARIANT_HEDGES)
def test_variant_is_counted(fr: Language, text: str, words: str) -> None:
    assert _counted(fr, text, words), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), VARIANT_LOOK_ALIKES)
def test_luck_or_modal_is_not_the_adverb(fr: Language, text: str, words: str) -> None:
    assert not any(
        (words in cue and counted and kind == "adverb_hedge") or (words == "chance" and words in cue and counted)
        for cue, kind, counted in counted_kinds(fr, text)
    ), counted_kinds(fr, text)
