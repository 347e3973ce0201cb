"""Outlet profiles on small synthetic corpora whose figures are computed by hand."""

from __future__ import annotations

import pytest
from synthetic import make_analysis

from framing.profiles import (
    DEFAULT_METRICS,
    METRICS,
    article_values,
    build_profiles,
    category_metric,
    group_key,
    metric_names,
    metric_spec,
)


def corpus():
    a = [
        make_analysis(
            "a1",
            "Alpha",
            100,
            loaded=[("delegitimizing", "reporter")],
            hedges=[("reporter", True), ("reporter", False)],
            speakers=[("anonymous", "distancing"), ("named_person", "neutral")],
            date="2025-09",
            reading_ease=40.0,
        ),
        make_analysis(
            "a2",
            "Alpha",
            200,
            loaded=[("delegitimizing", "reporter"), ("euphemism", "quoted")],
            quote_words=[50],
            speakers=[("anonymous", "neutral")],
            date="2025-10-01",
            reading_ease=50.0,
        ),
        make_analysis(
            "a3",
            "Alpha",
            300,
            loaded=[("delegitimizing", "reporter")] * 4,
            boosters=["reporter"],
            speakers=[("institution", None)],
            reading_ease=60.0,
        ),
    ]
    b = [
        make_analysis("b1", "Beta", 400, speakers=[("named_person", "neutral")] * 2, reading_ease=70.0),
        make_analysis("b2", "Beta", 100, hedges=[("quoted", True)], quote_words=[20], reading_ease=None),
    ]
    return a + b


def by_group(profiles):
    return {p.group: p for p in profiles}


def test_every_metric_has_a_full_spec() -> None:
    assert set(DEFAULT_METRICS) <= set(METRICS)
    for name, spec in METRICS.items():
        assert spec.label and spec.description and spec.unit and spec.family, name
    assert metric_spec(category_metric("euphemism", "quoted")).unit == "per 1k words"
    with pytest.raises(KeyError):
        metric_spec("no_such_metric")


def test_rates_are_ratios_of_sums_with_voices_apart() -> None:
    profiles = by_group(build_profiles(corpus(), "outlet", seed=1, n_boot=500))
    alpha = profiles["Alpha"].metrics
    # 7 loaded hits in 600 words; 6 in the reporter's voice over 550 words outside quotes; 1 quoted in 50.
    assert alpha["loaded_per_1k"].value == pytest.approx(7 / 600 * 1000)
    assert alpha["loaded_reporter_per_1k"].value == pytest.approx(6 / 550 * 1000)
    assert alpha["loaded_quoted_per_1k"].value == pytest.approx(1 / 50 * 1000)
    assert alpha[category_metric("delegitimizing", "reporter")].value == pytest.approx(6 / 550 * 1000)
    assert alpha[category_metric("euphemism", "quoted")].value == pytest.approx(20.0)
    # Only counted hedges count.
    assert alpha["hedges_per_1k"].value == pytest.approx(1 / 600 * 1000)
    assert alpha["boosters_reporter_per_1k"].value == pytest.approx(1 / 550 * 1000)
    assert alpha["quoted_share"].value == pytest.approx(50 / 600)


def test_source_and_stance_mix() -> None:
    alpha = by_group(build_profiles(corpus(), seed=1, n_boot=500))["Alpha"]
    assert alpha.metrics["anonymous_share"].value == pytest.approx(2 / 4)
    assert alpha.metrics["named_share"].value == pytest.approx(1 / 4)
    assert alpha.metrics["institution_share"].value == pytest.approx(1 / 4)
    # Stance shares are over attributions whose verb has a stance (3 of 4).
    assert alpha.metrics["stance_distancing_share"].value == pytest.approx(1 / 3)
    assert alpha.metrics["stance_neutral_share"].value == pytest.approx(2 / 3)
    assert alpha.speaker_types == {"named_person": 1, "institution": 1, "anonymous": 2}
    assert alpha.stances == {"neutral": 2, "distancing": 1}
    assert alpha.quoted_words_by_type == {"unattributed": 50}
    assert alpha.article_ids == ["a1", "a2", "a3"]


def test_readability_is_a_mean_over_articles_with_a_score() -> None:
    profiles = by_group(build_profiles(corpus(), seed=1, n_boot=500))
    assert profiles["Alpha"].metrics["reading_ease"].value == pytest.approx(50.0)
    assert profiles["Beta"].metrics["reading_ease"].value == pytest.approx(70.0)  # b2 has no score


def test_intervals_and_the_too_small_mark() -> None:
    profiles = by_group(build_profiles(corpus(), seed=1, n_boot=500))
    alpha, beta = profiles["Alpha"], profiles["Beta"]
    assert not alpha.too_small and beta.too_small
    est = alpha.metrics["loaded_reporter_per_1k"]
    assert est.low is not None and est.low <= est.value <= est.high
    assert all(e.low is None and e.high is None for e in beta.metrics.values())
    assert beta.metrics["hedges_quoted_per_1k"].value == pytest.approx(1 / 20 * 1000)
    # Same seed, same figures.
    again = by_group(build_profiles(corpus(), seed=1, n_boot=500))["Alpha"]
    assert again.metrics == alpha.metrics


def test_article_values_match_one_article_profiles() -> None:
    values = article_values(corpus()[1], ["delegitimizing", "euphemism"])
    assert values["loaded_reporter_per_1k"] == pytest.approx(1 / 150 * 1000)
    assert values["loaded_quoted_per_1k"] == pytest.approx(20.0)
    assert values["anonymous_share"] == pytest.approx(1.0)
    assert values["hedges_quoted_per_1k"] == pytest.approx(0.0)
    assert article_values(corpus()[3])["loaded_quoted_per_1k"] is None  # no quoted words


def test_grouping_by_dates_and_language() -> None:
    items = corpus()
    assert [group_key(a, "month") for a in items[:3]] == ["2025-09", "2025-10", "unknown date"]
    assert [group_key(a, "year") for a in items[:3]] == ["2025", "2025", "unknown date"]
    assert {p.group for p in build_profiles(items, "lang", n_boot=200)} == {"fr"}
    with pytest.raises(ValueError):
        build_profiles(items, "colour")


def test_metric_names_add_three_per_loaded_category() -> None:
    names = metric_names(corpus())
    assert names[: len(METRICS)] == list(METRICS)
    assert category_metric("euphemism", "reporter") in names
    assert len(names) == len(METRICS) + 2 * 3


def test_distinctive_terms_are_filled() -> None:
    items = [make_analysis(f"a{i}", "Alpha", 100, lemmas={"occupation": 5, "armée": 3}) for i in range(3)] + [
        make_analysis(f"b{i}", "Beta", 100, lemmas={"présence": 5, "armée": 3}) for i in range(3)
    ]
    profiles = by_group(build_profiles(items, n_boot=200))
    assert profiles["Alpha"].distinctive_terms[0][0] == "occupation"
    assert profiles["Beta"].distinctive_terms[0][0] == "présence"
    assert "armée" not in [t for t, _ in profiles["Alpha"].distinctive_terms]
