"""Accuracy floors on the annotated check sets (French; English with the trained model and with the
rule-based pipeline). The figures measured are in the README; these floors catch regressions."""

from __future__ import annotations

import importlib.util

import pytest
from attribution_support import TRAINED_EN, checkset_figures

needs_trained_en = pytest.mark.skipif(
    importlib.util.find_spec(TRAINED_EN) is None, reason="the trained English model is not installed"
)

CASES = [
    pytest.param("attribution_fr.jsonl", "fr", 0.9, 0.95, 0.9, id="fr-dev"),
    pytest.param("attribution_fr_heldout.jsonl", "fr", 0.9, 0.9, 0.9, id="fr-heldout"),
    pytest.param("attribution_en.jsonl", "en-trained", 0.9, 0.9, 0.9, id="en-trained-dev", marks=needs_trained_en),
    pytest.param(
        "attribution_en_heldout.jsonl", "en-trained", 0.9, 0.9, 0.9, id="en-trained-heldout", marks=needs_trained_en
    ),
    pytest.param("attribution_fr_blind.jsonl", "fr", 0.8, 0.9, 0.85, id="fr-blind"),
    pytest.param(
        "attribution_en_blind.jsonl", "en-trained", 0.9, 0.9, 0.85, id="en-trained-blind", marks=needs_trained_en
    ),
    pytest.param("attribution_en_blind.jsonl", "en-rules", 0.8, 0.9, 0.85, id="en-rules-blind"),
    pytest.param("attribution_fr_final.jsonl", "fr", 0.9, 0.9, 0.8, id="fr-final"),
    pytest.param(
        "attribution_en_final.jsonl", "en-trained", 0.8, 0.85, 0.85, id="en-trained-final", marks=needs_trained_en
    ),
    pytest.param("attribution_en_final.jsonl", "en-rules", 0.8, 0.9, 0.85, id="en-rules-final"),
    pytest.param("attribution_en.jsonl", "en-rules", 0.9, 0.9, 0.85, id="en-rules-dev"),
    pytest.param("attribution_en_heldout.jsonl", "en-rules", 0.85, 0.85, 0.85, id="en-rules-heldout"),
]


@pytest.mark.parametrize(("name", "kind", "min_r", "min_p", "min_type"), CASES)
def test_checkset_floors(name: str, kind: str, min_r: float, min_p: float, min_type: float) -> None:
    result = checkset_figures(name, kind)
    f = result.figures
    assert result.counts["attr_gold"] >= 10
    assert result.counts["offsets_bad"] == 0
    assert f["attr_r"] >= min_r, f
    assert f["attr_p"] >= min_p, f
    assert f["type_acc"] >= min_type, f
