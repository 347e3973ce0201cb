"""Scoring a new article against a corpus: percentiles by hand, nearest outlet, plain warnings."""

from __future__ import annotations

import pytest
from synthetic import make_analysis

from framing.scoring import score_against, score_rows


def outlet(name: str, loaded: int, anonymous: int, n: int = 4):
    """n articles of 1,000 words, each with `loaded` reporter hits and `anonymous` of 4 sources anonymous."""
    return [
        make_analysis(
            f"{name}{i}",
            name,
            1000,
            loaded=[("delegitimizing", "reporter")] * (loaded + i % 2),
            speakers=[("anonymous", None)] * anonymous + [("named_person", None)] * (4 - anonymous),
        )
        for i in range(n)
    ]


def test_percentiles_by_hand_and_nearest_outlet() -> None:
    corpus = outlet("Calme", 0, 0) + outlet("Chargé", 8, 3)
    new = make_analysis(
        "new",
        "?",
        1000,
        loaded=[("delegitimizing", "reporter")] * 8,
        speakers=[("anonymous", None)] * 3 + [("named_person", None)],
    )
    score = score_against(new, corpus, metrics=["loaded_reporter_per_1k", "anonymous_share"])
    by_metric = {m.metric: m for m in score.metrics}
    # Corpus reporter rates: 0, 1, 0, 1 (Calme) and 8, 9, 8, 9 (Chargé); 8 ties with two, beats four:
    # (4 + 1) / 8 = 62.5th percentile.
    assert by_metric["loaded_reporter_per_1k"].value == pytest.approx(8.0)
    assert by_metric["loaded_reporter_per_1k"].percentile == pytest.approx(62.5)
    assert by_metric["anonymous_share"].percentile == pytest.approx(75.0)  # ties with 4 of 8, beats 4
    assert by_metric["loaded_reporter_per_1k"].corpus_n == 8
    assert [d.outlet for d in score.nearest] == ["Chargé", "Calme"]
    assert score.nearest[0].distance < score.nearest[1].distance
    assert score.corpus_articles == 8
    assert any("only 8 article" in w for w in score.warnings)


def test_article_in_the_corpus_is_left_out() -> None:
    corpus = outlet("A", 1, 1) + outlet("B", 5, 2)
    score = score_against(corpus[0], corpus, metrics=["loaded_reporter_per_1k"])
    assert score.corpus_articles == 7


def test_undefined_metrics_have_no_percentile_and_rows_are_tidy() -> None:
    corpus = outlet("A", 1, 1) + outlet("B", 5, 2)
    new = make_analysis("new", "?", 500)  # no attributions: no anonymous share
    score = score_against(new, corpus, metrics=["anonymous_share", "loaded_per_1k"])
    anonymous = next(m for m in score.metrics if m.metric == "anonymous_share")
    assert anonymous.value is None and anonymous.percentile is None
    rows = score_rows(score)
    assert {r["kind"] for r in rows} == {"metric", "outlet_distance"}
    assert all(set(r) == set(rows[0]) for r in rows)


def test_single_outlet_corpus_warns_plainly() -> None:
    score = score_against(make_analysis("n", "?", 100), outlet("A", 1, 1, n=2))
    text = " ".join(score.warnings)
    assert "fewer than two outlets" in text
    assert "too small" in text
