"""The one path every command takes from corpus paths to analyses: read, filter, analyse, stream."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from .analyse import AnalysisSettings, analyse_articles
from .corpus import load_corpus
from .errors import ProblemLog
from .types import ArticleAnalysis


def run_corpus(
    paths: Sequence[str | Path],
    problems: ProblemLog,
    settings: AnalysisSettings | None = None,
) -> Iterator[ArticleAnalysis]:
    """Analyses of every readable article under `paths`; unreadable ones are logged in `problems`."""
    settings = settings or AnalysisSettings()
    for analysis in analyse_articles(load_corpus(paths, problems), settings):
        problems.analysed += 1
        yield analysis
