"""Which differences between two outlets hold up: a permutation test per metric, then a correction.

For each metric the statistic is ratio(A) - ratio(B) (the same ratio of sums as the profiles);
articles are relabelled between A and B (scipy.stats.permutation_test, exact when the number of
relabellings is at most `n_resamples`). The p-values of all tested metrics form one family,
adjusted by Holm-Bonferroni (default: no false positive among the marked differences, at level
alpha, whatever the dependence between metrics) or Benjamini-Hochberg (expected share of false
positives among the marked at most alpha; more power, weaker promise).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .profiles import metric_spec
from .stats import MIN_ARTICLES_FOR_INTERVAL, adjust_pvalues, permutation_ratio_test
from .types import ArticleAnalysis, Story

if TYPE_CHECKING:
    from .summaries import ProfileData


def compare_two(
    analyses: Sequence[ArticleAnalysis],
    a: str,
    b: str,
    names: Sequence[str],
    *,
    by: str = "outlet",
    correction: str = "holm",
    alpha: float = 0.05,
    seed: int = 0,
    n_boot: int = 2000,
    n_resamples: int = 9999,
    stories: list[Story] | None = None,
) -> list[dict[str, Any]]:
    """One row per metric: estimates of A and B, difference, p, adjusted p, significant flag.

    Raises KeyError naming the missing group when A or B is not in the corpus.
    """
    from .summaries import profile_data

    story_of = None
    if by == "story":
        if stories is None:
            from .stories import group_stories

            stories = group_stories(analyses)
        story_of = {aid: s.id for s in stories for aid in s.article_ids}
    data = profile_data(analyses, by, story_of=story_of)
    return compare_groups(
        data, a, b, names, correction=correction, alpha=alpha, seed=seed, n_boot=n_boot, n_resamples=n_resamples
    )


def compare_groups(
    data: ProfileData,
    a: str,
    b: str,
    names: Sequence[str],
    *,
    correction: str = "holm",
    alpha: float = 0.05,
    seed: int = 0,
    n_boot: int = 2000,
    n_resamples: int = 9999,
) -> list[dict[str, Any]]:
    """compare_two from per-article figures folded by group (framing.summaries), so that two outlets
    of a corpus of any size are tested without holding its analyses."""
    for name in (a, b):
        if name not in data.groups:
            raise KeyError(name)
    profiles = {p.group: p for p in data.subset((a, b)).profiles(seed=seed, n_boot=n_boot, top_terms=0)}
    categories = data.categories
    comps_a = data.components(a, categories)
    comps_b = data.components(b, categories)
    size_a, size_b = len(data.groups[a].article_ids), len(data.groups[b].article_ids)
    rows: list[dict[str, Any]] = []
    for name in names:
        spec = metric_spec(name)
        result = permutation_ratio_test(
            *comps_a[name],
            *comps_b[name],
            scale=spec.scale,
            n_resamples=n_resamples,
            seed=seed,
        )
        rows.append(
            {
                "metric": name,
                "label": spec.label,
                "unit": spec.unit,
                "a": profiles[a].metrics.get(name),
                "b": profiles[b].metrics.get(name),
                "a_too_small": size_a < MIN_ARTICLES_FOR_INTERVAL,
                "b_too_small": size_b < MIN_ARTICLES_FOR_INTERVAL,
                "difference": result.difference,
                "p": result.pvalue,
                "exact": result.exact,
            }
        )
    adjusted = adjust_pvalues([r["p"] for r in rows], correction)
    for row, p_adj in zip(rows, adjusted, strict=True):
        row["p_adjusted"] = p_adj
        row["significant"] = p_adj is not None and p_adj < alpha
    return rows


def flat_rows(rows: Sequence[dict[str, Any]], a: str, b: str, correction: str) -> list[dict[str, Any]]:
    """The comparison as plain values for CSV/JSON."""
    out = []
    for row in rows:
        est_a, est_b = row["a"], row["b"]
        out.append(
            {
                "metric": row["metric"],
                "unit": row["unit"],
                "group_a": a,
                "a_value": est_a.value if est_a else None,
                "a_low": est_a.low if est_a else None,
                "a_high": est_a.high if est_a else None,
                "group_b": b,
                "b_value": est_b.value if est_b else None,
                "b_low": est_b.low if est_b else None,
                "b_high": est_b.high if est_b else None,
                "difference": row["difference"],
                "p": row["p"],
                "p_exact": row["exact"],
                "correction": correction,
                "p_adjusted": row["p_adjusted"],
                "significant": row["significant"],
            }
        )
    return out
