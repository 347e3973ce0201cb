"""`framing analyze ... --against CORPUS`: score articles against a corpus and print the result."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer

from ..analyse import AnalysisSettings
from ..errors import ProblemLog
from ..i18n import _, format_integer, ngettext
from ..profiles import DEFAULT_METRICS, build_profiles
from ..render.console import console
from ..render.tables import nearest_table, score_table
from ..run import run_corpus
from ..scoring import score_against, score_rows
from ..types import ArticleAnalysis
from .tabular import OutputFormat, print_metric_list, select_metrics, wants_metric_list, write_rows

AgainstOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--against",
        help=_(
            "Corpus (file or folder; repeatable) to score the article against: percentile of each figure "
            "and nearest outlets."
        ),
    ),
]


def print_scores(
    analyses: Sequence[ArticleAnalysis],
    against: Sequence[str],
    problems: ProblemLog,
    settings: AnalysisSettings,
    fmt: OutputFormat,
    metric: Sequence[str] | None,
    *,
    seed: int = 0,
    n_boot: int = 1000,
) -> None:
    corpus = list(run_corpus(against, problems, settings, progress=None if fmt == OutputFormat.table else False))
    if wants_metric_list(metric):
        print_metric_list([*corpus, *analyses])
        return
    names = select_metrics(metric, [*corpus, *analyses], DEFAULT_METRICS)
    corpus_hashes = {a.article.sha256 for a in corpus}
    profiles = build_profiles(corpus, "outlet", seed=seed, n_boot=n_boot, top_terms=0) if corpus else []
    results = []
    for analysis in analyses:
        # When the article is itself in the corpus, score_against leaves it out and rebuilds the profiles.
        shared = profiles if analysis.article.sha256 not in corpus_hashes else None
        results.append(score_against(analysis, corpus, profiles=shared, metrics=names, seed=seed, n_boot=n_boot))
    if fmt == OutputFormat.csv:
        write_rows([row for score in results for row in score_rows(score)], fmt)
        return
    if fmt == OutputFormat.json:
        payload: list[dict[str, Any]] = []
        for score in results:
            rows = score_rows(score)
            payload.append(
                {
                    "article_id": score.article_id,
                    "corpus_articles": score.corpus_articles,
                    "metrics": [r for r in rows if r["kind"] == "metric"],
                    "nearest": [r for r in rows if r["kind"] == "outlet_distance"],
                    "warnings": score.warnings,
                }
            )
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    by_id = {a.article.id: a for a in analyses}
    for score in results:
        info = by_id[score.article_id].article
        rows = score_rows(score)
        words = ngettext("{n} word", "{n} words", info.words).format(n=format_integer(info.words))
        label = f"{info.title or info.path or info.id} ({words})"
        console.print(score_table([r for r in rows if r["kind"] == "metric"], label))
        console.print(nearest_table([r for r in rows if r["kind"] == "outlet_distance"]))
        for warning in score.warnings:
            console.print(
                _("warning: {message}").format(message=warning), style="yellow", markup=False, highlight=False
            )
