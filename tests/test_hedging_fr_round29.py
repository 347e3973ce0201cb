"""French hedging, twenty-sixth round, hedgefr29 (issue 14): convention decisions and shared mechanisms.

A frequency adverb is read on the finite verb it follows ("ont souvent cédé": a past series, an
approximator; "sont souvent saturés": a general claim, a hedge). Every sentence here was written for
the test."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_kinds
from spacy.language import Language

from framing.nlp import load_pipeline


@pytest.fixture(scope="module")
def fr() -> Language:
    return load_pipeline("fr")


@pytest.mark.parametrize(
    "text",
    [
        "Les deux clubs ont souvent échangé des joueurs, mais leurs relations sont désormais tendues.",
        "Le maire avait souvent critiqué ce projet, qu'il défend aujourd'hui.",
    ],
)
def test_frequency_adverb_after_a_past_verb_is_an_approximator(fr: Language, text: str) -> None:
    assert [kind for words, kind, counted in counted_kinds(fr, text) if words == "souvent"] == ["approximator"]
    assert ("vague_quantifier", "souvent") not in counted_cues(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les urgences sont souvent saturées le week-end, explique l'infirmière.",
        "Les petites exploitations travaillent souvent à perte depuis la fin des quotas.",
    ],
)
def test_frequency_adverb_in_a_general_claim_stays_a_hedge(fr: Language, text: str) -> None:
    assert ("vague_quantifier", "souvent") in counted_cues(fr, text)
