"""French attribution, round 46: phrasal verbs with an adverb inside, frames of blaming, highlighting,
suspecting and holding a proposition, orders (the read sets' convention) and a time adjunct between a
verb and its object. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import speaker_content_pairs
from spacy.language import Language

# ---------------------------------------------------------------- class P: an adverb inside a phrasal verb


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "La préfecture fait également savoir que la route restera fermée.",
            "La préfecture",
            "la route restera fermée",
        ),
        ("Le club fait aussi savoir qu'il ne fera pas appel.", "Le club", "il ne fera pas appel"),
        ("Un bilan fait d'ailleurs état de trois blessés légers.", "Un bilan", "trois blessés légers"),
        (
            "« Le chantier reprendra en mai », fait encore savoir la mairie.",
            "la mairie",
            "Le chantier reprendra en mai",
        ),
        (
            "Les enquêteurs mettent notamment en avant les risques liés au stockage.",
            "Les enquêteurs",
            "les risques liés au stockage",
        ),
    ],
)
def test_phrasal_verb_with_one_adverb_inside(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


def test_a_negation_inside_a_phrasal_verb_is_no_adverb(fr: Language) -> None:
    assert speaker_content_pairs(fr, "Il ne fait pas savoir ce qu'il pense.") == []
