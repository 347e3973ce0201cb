"""`framing compare` (first version: per-outlet means; the profiles work replaces it)."""

from __future__ import annotations

from collections import defaultdict
from statistics import mean

from rich.table import Table

from ..errors import ProblemLog
from ..render.console import console
from ..render.text import one_line
from ..run import run_corpus
from .app import app
from .common import report_problems_and_exit, settings_from_options
from .options import CorpusArg, LexiconOpt

COLUMNS = ("loaded_per_1k", "hedges_per_1k", "anonymous_share", "named_share", "quoted_share")


@app.command()
def compare(paths: CorpusArg, lexicon: LexiconOpt = None) -> None:
    """Compare outlets: one row per outlet."""
    problems = ProblemLog()
    by_outlet = defaultdict(list)
    for analysis in run_corpus(paths, problems, settings_from_options(lexicon)):
        by_outlet[analysis.article.outlet].append(analysis)
    table = Table(title="Outlets")
    for col in ("outlet", "articles", "words", *COLUMNS):
        table.add_column(col)
    for outlet, items in sorted(by_outlet.items()):
        cells = []
        for col in COLUMNS:
            values = [a.scores[col] for a in items if a.scores.get(col) is not None]
            cells.append(f"{mean(values):.2f}" if values else "—")
        table.add_row(one_line(outlet), str(len(items)), str(sum(a.article.words for a in items)), *cells)
    console.print(table)
    report_problems_and_exit(problems)
