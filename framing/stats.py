"""Statistics behind every profile figure: pure functions over numpy arrays, no spaCy, no I/O.

Every per-outlet figure is a *ratio of sums* over articles: (sum of a count) / (sum of a base),
e.g. loaded hits / words x 1000, or anonymous attributions / attributions. A ratio of sums weights
each article by its size (a 2,000-word article counts more than a 100-word brief), gives the same
figure as pooling the outlet's text, and stays defined when some articles have an empty base
(no quotes, no attributions), where a mean of per-article rates would have to drop or invent them.
A plain mean is the special case where every base is 1.

Uncertainty comes from resampling *articles*, the unit the outlet actually produced:
- `bootstrap_ratio`: percentile bootstrap interval (Efron & Tibshirani 1993, ch. 13), seeded.
- `permutation_ratio_test`: difference of two groups' ratios, article labels permuted
  (scipy.stats.permutation_test; exact when the number of distinct relabellings is small).
- `adjust_pvalues`: Holm-Bonferroni (family-wise error) or Benjamini-Hochberg (false discovery rate).
- `log_odds_dirichlet`: log-odds ratio with an informative Dirichlet prior and its z-score
  (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 16-22).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .i18n import N_

MIN_ARTICLES_FOR_INTERVAL = 3
CONFIDENCE = 0.95
CORRECTIONS: dict[str, str] = {
    "holm": N_("Holm-Bonferroni (controls the family-wise error rate)"),
    "bh": N_("Benjamini-Hochberg (controls the false discovery rate)"),
    "none": N_("no correction"),
}


def ratio_of_sums(num: Sequence[float], den: Sequence[float], scale: float = 1.0) -> float | None:
    """sum(num) / sum(den) x scale, or None when the base is empty."""
    total = float(np.sum(den))
    if total <= 0:
        return None
    return float(np.sum(num)) / total * scale


@dataclass(frozen=True)
class Interval:
    value: float | None
    low: float | None
    high: float | None


def bootstrap_ratio(
    num: Sequence[float],
    den: Sequence[float],
    *,
    scale: float = 1.0,
    n_boot: int = 2000,
    seed: int = 0,
    confidence: float = CONFIDENCE,
    min_n: int = MIN_ARTICLES_FOR_INTERVAL,
) -> Interval:
    """Ratio of sums with a percentile bootstrap interval over articles (rows are resampled whole).

    Resamples whose base sums to zero (e.g. none of the drawn articles quotes anyone) have no
    ratio and are left out of the percentiles. With fewer than `min_n` articles, or fewer than
    `min_n` articles with a non-empty base, the interval is omitted (low = high = None).
    The same seed always gives the same interval.
    """
    return bootstrap_ratios([(num, den, scale)], n_boot=n_boot, seed=seed, confidence=confidence, min_n=min_n)[0]


def bootstrap_ratios(
    columns: Sequence[tuple[Sequence[float], Sequence[float], float]],
    *,
    n_boot: int = 2000,
    seed: int = 0,
    confidence: float = CONFIDENCE,
    min_n: int = MIN_ARTICLES_FOR_INTERVAL,
) -> list[Interval]:
    """bootstrap_ratio of several (num, den, scale) columns of the same articles, on the same resamples.

    A large group is resampled a block of rows at a time (at most RESAMPLE_BLOCK index draws held at
    once), so memory does not grow with n_boot x articles; the draws, and so the intervals, are those
    of the whole (n_boot, n) matrix.
    """
    prepared = []
    for num, den, scale in columns:
        num_a = np.asarray(num, dtype=float)
        den_a = np.asarray(den, dtype=float)
        value = ratio_of_sums(num_a, den_a, scale)
        n = len(num_a)
        wanted = not (value is None or n < min_n or int(np.count_nonzero(den_a > 0)) < min_n)
        prepared.append((num_a, den_a, scale, value, wanted))
    wanted = [k for k, item in enumerate(prepared) if item[4]]
    sums = {k: (np.empty(n_boot), np.empty(n_boot)) for k in wanted}
    if wanted:
        start = 0
        for block in resample_blocks(len(prepared[wanted[0]][0]), n_boot, seed):
            rows = slice(start, start + len(block))
            for k in wanted:
                sums[k][0][rows] = prepared[k][0][block].sum(axis=1)
                sums[k][1][rows] = prepared[k][1][block].sum(axis=1)
            start += len(block)
    intervals = []
    alpha = (1.0 - confidence) / 2.0
    for k, (_num, _den, scale, value, _wanted) in enumerate(prepared):
        if k not in sums:
            intervals.append(Interval(value, None, None))
            continue
        num_sums, den_sums = sums[k]
        ok = den_sums > 0
        ratios = num_sums[ok] / den_sums[ok] * scale
        if len(ratios) == 0:
            intervals.append(Interval(value, None, None))
            continue
        low, high = np.percentile(ratios, [100 * alpha, 100 * (1 - alpha)])
        intervals.append(Interval(value, float(low), float(high)))
    return intervals


# Index draws held at once by the bootstrap (2 MB): beyond it a group is resampled in blocks of rows.
RESAMPLE_BLOCK = 262_144


def resample_blocks(n: int, n_boot: int, seed: int) -> list[np.ndarray] | Iterator[np.ndarray]:
    """The rows of resample_indices(n, n_boot, seed), whole when small, else in blocks drawn in turn
    from the same generator (numpy draws integers one after another, so the rows are the same)."""
    if n * n_boot <= RESAMPLE_BLOCK:
        return [resample_indices(n, n_boot, seed)]
    return _blocks(n, n_boot, seed)


def _blocks(n: int, n_boot: int, seed: int) -> Iterator[np.ndarray]:
    rng = np.random.default_rng(seed)
    rows = max(1, RESAMPLE_BLOCK // n)
    for start in range(0, n_boot, rows):
        yield rng.integers(0, n, size=(min(rows, n_boot - start), n))


@lru_cache(maxsize=8)
def resample_indices(n: int, n_boot: int, seed: int) -> np.ndarray:
    """Bootstrap draws of article indices, shape (n_boot, n). Cached so every metric of a group is
    computed on the same resamples (coherent intervals, one draw instead of one per metric)."""
    indices = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
    indices.setflags(write=False)
    return indices


@dataclass(frozen=True)
class PermutationResult:
    difference: float | None  # ratio(A) - ratio(B)
    pvalue: float | None
    exact: bool


def permutation_ratio_test(
    num_a: Sequence[float],
    den_a: Sequence[float],
    num_b: Sequence[float],
    den_b: Sequence[float],
    *,
    scale: float = 1.0,
    n_resamples: int = 9999,
    seed: int = 0,
) -> PermutationResult:
    """Two-sided permutation test of ratio(A) - ratio(B), permuting which articles belong to which group.

    Articles stay whole (their count and base move together). When the number of distinct
    relabellings is at most `n_resamples` scipy enumerates them all and the p-value is exact.
    Relabellings in which one group's base is empty carry no ratio and count as not extreme.
    """
    num = np.concatenate([np.asarray(num_a, float), np.asarray(num_b, float)])
    den = np.concatenate([np.asarray(den_a, float), np.asarray(den_b, float)])
    n_a, n_b = len(num_a), len(num_b)
    ra = ratio_of_sums(num[:n_a], den[:n_a], scale)
    rb = ratio_of_sums(num[n_a:], den[n_a:], scale)
    if ra is None or rb is None or n_a < 2 or n_b < 2:
        # A group of one article has no spread to permute against: left untested (p is None).
        return PermutationResult(None if ra is None or rb is None else ra - rb, None, False)

    def statistic(idx_a: np.ndarray, idx_b: np.ndarray, axis: int = -1) -> np.ndarray:
        ia = idx_a.astype(int)
        ib = idx_b.astype(int)
        with np.errstate(divide="ignore", invalid="ignore"):
            diff = num[ia].sum(axis=axis) / den[ia].sum(axis=axis) - num[ib].sum(axis=axis) / den[ib].sum(axis=axis)
        return np.nan_to_num(diff * scale, nan=0.0, posinf=0.0, neginf=0.0)

    from math import comb

    exact = comb(n_a + n_b, n_a) <= n_resamples
    from scipy import stats as sps  # ~1 s to import: only the commands that test pay it

    result = sps.permutation_test(
        (np.arange(n_a, dtype=float), np.arange(n_a, n_a + n_b, dtype=float)),
        statistic,
        permutation_type="independent",
        vectorized=True,
        n_resamples=n_resamples,
        alternative="two-sided",
        rng=np.random.default_rng(seed),
    )
    return PermutationResult(ra - rb, float(result.pvalue), exact)


def adjust_pvalues(pvalues: Sequence[float | None], method: str = "holm") -> list[float | None]:
    """Adjusted p-values for a family of tests (None entries are untested and stay None).

    holm: Holm (1979) step-down Bonferroni; bh: Benjamini & Hochberg (1995), via
    scipy.stats.false_discovery_control; none: unchanged.
    """
    if method not in CORRECTIONS:
        raise ValueError(f"unknown correction {method!r}; choose from {', '.join(CORRECTIONS)}")
    present = [i for i, p in enumerate(pvalues) if p is not None]
    out: list[float | None] = [None] * len(pvalues)
    if not present:
        return out
    ps = np.array([pvalues[i] for i in present], dtype=float)
    if method == "none":
        adjusted = ps
    elif method == "bh":
        from scipy import stats as sps

        adjusted = sps.false_discovery_control(ps, method="bh")
    else:
        adjusted = holm(ps)
    for i, p in zip(present, adjusted, strict=True):
        out[i] = float(p)
    return out


def holm(pvalues: np.ndarray) -> np.ndarray:
    """Holm step-down adjusted p-values: p_(k) x (m - k + 1), made monotone, capped at 1."""
    m = len(pvalues)
    order = np.argsort(pvalues, kind="stable")
    scaled = pvalues[order] * (m - np.arange(m))
    monotone = np.minimum(np.maximum.accumulate(scaled), 1.0)
    adjusted = np.empty(m)
    adjusted[order] = monotone
    return adjusted


@dataclass(frozen=True)
class LogOdds:
    delta: np.ndarray  # log-odds ratio of group i vs group j, per term
    variance: np.ndarray
    z: np.ndarray


def log_odds_dirichlet(y_i: np.ndarray, y_j: np.ndarray, alpha: np.ndarray) -> LogOdds:
    """Monroe et al. (2008) log-odds ratio with Dirichlet prior `alpha` (per-term pseudo-counts).

    delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
    var_w  ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w);   z_w = delta_w / sqrt(var_w)
    with n_i, n_j the groups' total counts and a0 = sum(alpha). Positive z: term favoured by group i.
    """
    y_i = np.asarray(y_i, dtype=float)
    y_j = np.asarray(y_j, dtype=float)
    alpha = np.asarray(alpha, dtype=float)
    a0 = alpha.sum()
    n_i, n_j = y_i.sum(), y_j.sum()
    delta = np.log((y_i + alpha) / (n_i + a0 - y_i - alpha)) - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha))
    variance = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
    return LogOdds(delta=delta, variance=variance, z=delta / np.sqrt(variance))


def dirichlet_prior(background: np.ndarray, prior: str = "corpus", alpha0: float = 1000.0) -> np.ndarray:
    """Pseudo-counts summing to `alpha0`: shaped like the corpus ("corpus") or flat ("uniform").

    "corpus" is Monroe et al.'s informative prior: a_w = alpha0 x (corpus count of w / corpus size),
    so common words are shrunk less than in a flat prior and rare words cannot top the list on one
    or two occurrences. "uniform" spreads alpha0 evenly over the vocabulary.
    """
    background = np.asarray(background, dtype=float)
    if prior == "uniform":
        return np.full(background.shape, alpha0 / max(len(background), 1))
    if prior != "corpus":
        raise ValueError(f"unknown prior {prior!r}; choose 'corpus' or 'uniform'")
    total = background.sum()
    if total <= 0:
        return np.full(background.shape, alpha0 / max(len(background), 1))
    # Every term seen in the corpus has a positive count, so every a_w > 0.
    return alpha0 * background / total


def percentile_rank(values: Sequence[float], x: float) -> float:
    """Percentile of `x` among `values` (0-100; ties count half, scipy's kind="mean")."""
    from scipy import stats as sps

    return float(sps.percentileofscore(np.asarray(values, dtype=float), x, kind="mean"))
