"""Distinctive vocabulary: Monroe et al. log-odds z-scores on synthetic lemma counts, checked by hand."""

from __future__ import annotations

import math

import pytest
from synthetic import make_analysis

from framing.distinctive import distinctive_terms


def groups():
    return {
        "Alpha": [make_analysis("a1", "Alpha", 10, lemmas={"occupation": 3, "armée": 1})],
        "Beta": [
            make_analysis("b1", "Beta", 10, lemmas={"présence": 2, "armée": 1}),
            make_analysis("b2", "Beta", 10, lemmas={"armée": 2}),
        ],
    }


def hand_z(y_i: float, n_i: float, y_j: float, n_j: float, a_w: float, a0: float) -> float:
    delta = math.log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - math.log((y_j + a_w) / (n_j + a0 - y_j - a_w))
    return delta / math.sqrt(1 / (y_i + a_w) + 1 / (y_j + a_w))


def test_corpus_prior_z_scores_by_hand() -> None:
    # Corpus counts: occupation 3, armée 4, présence 2 (total 9); alpha0 = 9 -> a_w = corpus counts.
    # Alpha: n_i = 4 (occupation 3, armée 1); rest: n_j = 5 (présence 2, armée 3).
    result = distinctive_terms(groups(), prior="corpus", alpha0=9, top=10)
    alpha = {t.term: t for t in result["Alpha"]}
    assert alpha["occupation"].z == pytest.approx(hand_z(3, 4, 0, 5, 3, 9))
    assert alpha["occupation"].count == 3 and alpha["occupation"].rest_count == 0
    assert "armée" not in alpha  # used less by Alpha than by the rest: negative z, not listed
    assert next(t.term for t in result["Beta"]) == "présence"
    assert {t.term: t.z for t in result["Beta"]}["présence"] == pytest.approx(hand_z(2, 5, 0, 4, 2, 9))


def test_uniform_prior_by_hand_and_differs_from_corpus_prior() -> None:
    # Uniform: alpha0 = 3 spread over 3 lemmas -> a_w = 1.
    uniform = distinctive_terms(groups(), prior="uniform", alpha0=3, top=10)
    assert {t.term: t.z for t in uniform["Alpha"]}["occupation"] == pytest.approx(hand_z(3, 4, 0, 5, 1, 3))
    # Corpus prior with the same alpha0 gives présence (2 of 9 corpus lemmas) a_w = 2/3, not 1.
    corpus = distinctive_terms(groups(), prior="corpus", alpha0=3, top=10)
    assert corpus["Beta"][0].z == pytest.approx(hand_z(2, 5, 0, 4, 2 / 3, 3))
    assert corpus["Beta"][0].z != pytest.approx(uniform["Beta"][0].z)


def test_top_limits_and_orders_by_z() -> None:
    items = {
        "A": [make_analysis("a", "A", 10, lemmas={"rare": 1, "fréquent": 20, "commun": 5})],
        "B": [make_analysis("b", "B", 10, lemmas={"commun": 5, "divers": 20})],
    }
    result = distinctive_terms(items, alpha0=100, top=1)
    assert [t.term for t in result["A"]] == ["fréquent"]  # 20 uses beat 1 use, z accounts for evidence
    assert distinctive_terms(items, alpha0=100, top=5)["A"][-1].term == "rare"


def test_stop_word_lemmas_are_left_out() -> None:
    # "sera" is not a stop word as a token, but its lemma "être" is: it must not come out as distinctive.
    items = {
        "A": [make_analysis("a", "A", 10, lemmas={"être": 30, "occupation": 2})],
        "B": [make_analysis("b", "B", 10, lemmas={"présence": 2})],
    }
    assert [t.term for t in distinctive_terms(items, alpha0=10)["A"]] == ["occupation"]


def test_a_single_group_has_no_rest_to_compare_with() -> None:
    assert distinctive_terms({"A": groups()["Alpha"]}) == {"A": []}
    with pytest.raises(ValueError):
        distinctive_terms(groups(), prior="flat")
