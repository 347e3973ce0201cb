"""framing.stats against values worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from framing.stats import (
    adjust_pvalues,
    bootstrap_ratio,
    dirichlet_prior,
    log_odds_dirichlet,
    percentile_rank,
    permutation_ratio_test,
    ratio_of_sums,
)


def test_ratio_of_sums_weights_articles_by_size() -> None:
    # 1 hit in 1 word and 0 in 9 words: pooled rate 1/10, not the mean of rates (0.5).
    assert ratio_of_sums([1, 0], [1, 9]) == pytest.approx(0.1)
    assert ratio_of_sums([1, 0], [1, 9], scale=1000) == pytest.approx(100.0)
    assert ratio_of_sums([0, 0], [0, 0]) is None


def test_bootstrap_is_reproducible_with_a_seed() -> None:
    rng = np.random.default_rng(1)
    num = rng.poisson(3, 40)
    den = rng.integers(200, 900, 40)
    first = bootstrap_ratio(num, den, scale=1000, seed=7)
    again = bootstrap_ratio(num, den, scale=1000, seed=7)
    other = bootstrap_ratio(num, den, scale=1000, seed=8)
    assert first == again
    assert (first.low, first.high) != (other.low, other.high)
    assert first.low < first.value < first.high


def test_bootstrap_percentiles_by_hand() -> None:
    # Three articles with values 0, 1, 2 (base 1 each). A resample of all zeros has probability
    # 1/27 = 3.7% > 2.5%, so the 2.5th percentile is exactly 0; likewise all twos -> 97.5th is 2.
    interval = bootstrap_ratio([0, 1, 2], [1, 1, 1], n_boot=20000, seed=3)
    assert interval.value == pytest.approx(1.0)
    assert interval.low == 0.0
    assert interval.high == 2.0


def test_bootstrap_constant_rate_has_a_zero_width_interval() -> None:
    interval = bootstrap_ratio([2, 4, 6, 8], [100, 200, 300, 400], scale=1000)
    assert (interval.value, interval.low, interval.high) == pytest.approx((20.0, 20.0, 20.0))


def test_bootstrap_of_a_mean_matches_the_normal_approximation() -> None:
    rng = np.random.default_rng(0)
    values = rng.normal(10, 2, 400)
    interval = bootstrap_ratio(values, np.ones(400), n_boot=4000, seed=1)
    half = 1.96 * values.std(ddof=1) / math.sqrt(400)
    assert interval.low == pytest.approx(values.mean() - half, abs=0.05)
    assert interval.high == pytest.approx(values.mean() + half, abs=0.05)


def test_bootstrap_agrees_with_scipy_percentile_bootstrap() -> None:
    rng = np.random.default_rng(5)
    values = rng.exponential(3.0, 60)
    ours = bootstrap_ratio(values, np.ones(60), n_boot=20000, seed=2)
    theirs = stats.bootstrap((values,), np.mean, method="percentile", n_resamples=20000, rng=7).confidence_interval
    assert ours.low == pytest.approx(theirs.low, abs=0.08)
    assert ours.high == pytest.approx(theirs.high, abs=0.08)


def test_bootstrap_omits_the_interval_below_three_articles() -> None:
    interval = bootstrap_ratio([1, 2], [10, 10], scale=1000)
    assert interval.value == pytest.approx(150.0)
    assert interval.low is None and interval.high is None
    # Three articles, but only two with a base: still too few to say anything about spread.
    assert bootstrap_ratio([1, 1, 0], [5, 5, 0]).low is None


def test_permutation_test_exact_p_by_hand() -> None:
    # 6 articles split 3/3: C(6,3) = 20 relabellings; only the observed split and its mirror
    # are as extreme as |mean(A) - mean(B)| = 3, so the two-sided p is 2/20 = 0.1.
    result = permutation_ratio_test([1, 2, 3], [1, 1, 1], [4, 5, 6], [1, 1, 1])
    assert result.exact
    assert result.difference == pytest.approx(-3.0)
    assert result.pvalue == pytest.approx(0.1)
    # 8 articles split 4/4: 70 relabellings, 2 as extreme: p = 2/70.
    result = permutation_ratio_test([1, 2, 3, 4], [1] * 4, [5, 6, 7, 8], [1] * 4)
    assert result.pvalue == pytest.approx(2 / 70)


def test_permutation_test_keeps_articles_whole() -> None:
    # A: 1 hit in 1 word + 0 in 9 -> 0.1; B: 0 in 5 + 0 in 5 -> 0. Relabellings (A's pair):
    # {a1,a2} 0.1, {a1,b1} 1/6, {a1,b2} 1/6, {a2,b1} -1/6, {a2,b2} -1/6, {b1,b2} -0.1.
    # P(stat >= 0.1) = 3/6, P(stat <= 0.1) = 4/6: two-sided p = 2 x 3/6 = 1.
    result = permutation_ratio_test([1, 0], [1, 9], [0, 0], [5, 5])
    assert result.difference == pytest.approx(0.1)
    assert result.pvalue == pytest.approx(1.0)


def test_permutation_test_needs_two_articles_per_group() -> None:
    result = permutation_ratio_test([1], [10], [2, 3], [10, 10])
    assert result.pvalue is None
    assert result.difference == pytest.approx(0.1 - 0.25)


def test_holm_by_hand() -> None:
    # sorted: 0.005x4 = 0.02, 0.01x3 = 0.03, 0.03x2 = 0.06, 0.04x1 = 0.04 -> monotone 0.06
    assert adjust_pvalues([0.01, 0.04, 0.03, 0.005], "holm") == pytest.approx([0.03, 0.06, 0.06, 0.02])


def test_benjamini_hochberg_by_hand() -> None:
    # sorted: 0.005x4/1 = 0.02, 0.01x4/2 = 0.02, 0.03x4/3 = 0.04, 0.04x4/4 = 0.04
    assert adjust_pvalues([0.01, 0.04, 0.03, 0.005], "bh") == pytest.approx([0.02, 0.04, 0.04, 0.02])


def test_adjustment_skips_untested_metrics_and_caps_at_one() -> None:
    assert adjust_pvalues([None, 0.5, 0.9], "holm") == [None, pytest.approx(1.0), pytest.approx(1.0)]
    assert adjust_pvalues([0.2, None], "none") == [pytest.approx(0.2), None]
    with pytest.raises(ValueError):
        adjust_pvalues([0.1], "bonferroni-ish")


def test_log_odds_with_dirichlet_prior_by_hand() -> None:
    # y_i = (10, 0), y_j = (5, 5), alpha = (1, 1): a0 = 2, n_i = n_j = 10.
    result = log_odds_dirichlet(np.array([10, 0]), np.array([5, 5]), np.array([1.0, 1.0]))
    delta0 = math.log(11 / 1) - math.log(6 / 6)
    var0 = 1 / 11 + 1 / 6
    delta1 = math.log(1 / 11) - math.log(6 / 6)
    var1 = 1 / 1 + 1 / 6
    assert result.delta == pytest.approx([delta0, delta1])
    assert result.z == pytest.approx([delta0 / math.sqrt(var0), delta1 / math.sqrt(var1)])
    assert result.z[0] == pytest.approx(4.7247, abs=1e-4)


def test_dirichlet_priors() -> None:
    assert dirichlet_prior(np.array([3, 1]), "corpus", 8) == pytest.approx([6, 2])
    assert dirichlet_prior(np.array([3, 1]), "uniform", 8) == pytest.approx([4, 4])
    with pytest.raises(ValueError):
        dirichlet_prior(np.array([1]), "jeffreys")


def test_percentile_rank_counts_ties_half() -> None:
    assert percentile_rank([0, 0, 3, 5], 0) == pytest.approx(25.0)
    assert percentile_rank([1, 2, 3, 4], 10) == pytest.approx(100.0)


def test_a_large_group_resampled_in_blocks_gets_the_intervals_of_the_whole_draw(monkeypatch) -> None:
    """Blocks of rows from the same generator are the rows of the whole (n_boot, n) matrix, so bounding
    the bootstrap's memory changes no figure."""
    import framing.stats

    rng = np.random.default_rng(11)
    num = rng.integers(0, 9, 301).astype(float)
    den = rng.integers(0, 400, 301).astype(float)
    columns = [(num, den, 1000.0), (den, np.ones(301), 1.0)]
    whole = framing.stats.bootstrap_ratios(columns, n_boot=1000, seed=4)
    monkeypatch.setattr(framing.stats, "RESAMPLE_BLOCK", 301 * 7 + 5)  # 7 rows a block, the last one short
    assert framing.stats.bootstrap_ratios(columns, n_boot=1000, seed=4) == whole
    assert whole[0] == bootstrap_ratio(num, den, scale=1000.0, n_boot=1000, seed=4)
    assert all(i.low is not None and i.low < i.value < i.high for i in whole)
