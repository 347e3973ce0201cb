"""Score one new article against a corpus: where each of its figures falls, which outlets it resembles.

- Percentile: the share of corpus articles with a lower value for the metric (ties count half),
  among the corpus articles where the metric is defined (e.g. only articles with attributions for
  the anonymous share).
- Nearest outlets: each metric is standardised by the spread of per-article values in the corpus
  (its standard deviation), and the distance from the article to an outlet's profile is the root
  mean square of the standardised differences over the metrics both define. A distance of 1 means
  "one typical article-to-article spread away", on average over metrics.
The article itself is left out of the corpus when it is in it (same text hash).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from .i18n import _
from .profiles import article_values, build_profiles, loaded_categories, metric_names
from .stats import percentile_rank
from .types import ArticleAnalysis, GroupProfile

# Below these, percentiles and distances are shown with a plain warning.
MIN_CORPUS_ARTICLES = 20
MIN_OUTLET_ARTICLES = 3


@dataclass(frozen=True)
class MetricScore:
    metric: str
    value: float | None
    percentile: float | None
    corpus_n: int  # corpus articles where this metric is defined
    corpus_median: float | None


@dataclass(frozen=True)
class OutletDistance:
    outlet: str
    distance: float | None
    articles: int
    metrics_used: int


@dataclass(frozen=True)
class ArticleScore:
    article_id: str
    metrics: list[MetricScore]
    nearest: list[OutletDistance]
    corpus_articles: int
    warnings: list[str] = field(default_factory=list)


def score_against(
    analysis: ArticleAnalysis,
    corpus: Sequence[ArticleAnalysis],
    *,
    profiles: Sequence[GroupProfile] | None = None,
    metrics: Sequence[str] | None = None,
    seed: int = 0,
    n_boot: int = 200,
) -> ArticleScore:
    """Percentile of each metric of `analysis` in `corpus` and outlets ordered by standardised distance."""
    corpus = [a for a in corpus if a.article.sha256 != analysis.article.sha256]
    categories = loaded_categories([*corpus, analysis])
    names = list(metrics) if metrics else metric_names([*corpus, analysis])
    mine = article_values(analysis, categories)
    corpus_values = [article_values(a, categories) for a in corpus]
    if profiles is None:
        profiles = build_profiles(corpus, "outlet", seed=seed, n_boot=n_boot) if corpus else []

    scores: list[MetricScore] = []
    spread: dict[str, float] = {}
    for name in names:
        values = [v[name] for v in corpus_values if v.get(name) is not None]
        value = mine.get(name)
        percentile = percentile_rank(values, value) if values and value is not None else None
        median = float(np.median(values)) if values else None
        scores.append(MetricScore(name, value, percentile, len(values), median))
        if len(values) >= 2:
            sd = float(np.std(values, ddof=1))
            if sd > 0:
                spread[name] = sd

    nearest: list[OutletDistance] = []
    for profile in profiles:
        diffs = []
        for name in names:
            est = profile.metrics.get(name)
            value = mine.get(name)
            if name in spread and est is not None and est.value is not None and value is not None:
                diffs.append(((value - est.value) / spread[name]) ** 2)
        distance = math.sqrt(sum(diffs) / len(diffs)) if diffs else None
        nearest.append(OutletDistance(profile.group, distance, profile.articles, len(diffs)))
    nearest.sort(key=lambda d: (d.distance is None, d.distance if d.distance is not None else 0.0, d.outlet))

    return ArticleScore(
        article_id=analysis.article.id,
        metrics=scores,
        nearest=nearest,
        corpus_articles=len(corpus),
        warnings=_warnings(corpus, profiles, spread),
    )


def _warnings(
    corpus: Sequence[ArticleAnalysis], profiles: Sequence[GroupProfile], spread: dict[str, float]
) -> list[str]:
    warnings = []
    if len(corpus) < MIN_CORPUS_ARTICLES:
        warnings.append(
            _(
                "The corpus has only {n} article(s): percentiles and distances based on so few articles mean "
                "little (at least {advised} are advisable)."
            ).format(n=len(corpus), advised=MIN_CORPUS_ARTICLES)
        )
    small = [p.group for p in profiles if p.articles < MIN_OUTLET_ARTICLES]
    if small:
        warnings.append(
            _(
                "{small} of {total} outlet(s) have fewer than {minimum} articles; their profiles are too small to "
                "compare with confidence."
            ).format(small=len(small), total=len(profiles), minimum=MIN_OUTLET_ARTICLES)
        )
    if len(profiles) < 2:
        warnings.append(_("The corpus has fewer than two outlets: there is nothing to rank by nearness."))
    if corpus and not spread:
        warnings.append(_("No metric varies across the corpus articles: distances cannot be standardised."))
    return warnings


def score_rows(score: ArticleScore) -> list[dict[str, object]]:
    """Tidy rows for CSV/JSON: one per metric, then one per outlet distance."""
    rows: list[dict[str, object]] = []
    for m in score.metrics:
        rows.append(
            {
                "article_id": score.article_id,
                "kind": "metric",
                "name": m.metric,
                "value": m.value,
                "percentile": m.percentile,
                "corpus_n": m.corpus_n,
                "corpus_median": m.corpus_median,
            }
        )
    for d in score.nearest:
        rows.append(
            {
                "article_id": score.article_id,
                "kind": "outlet_distance",
                "name": d.outlet,
                "value": d.distance,
                "percentile": None,
                "corpus_n": d.articles,
                "corpus_median": None,
            }
        )
    return rows
