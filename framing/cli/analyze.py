"""`framing analyze`: analyse articles and print the evidence, as JSON Lines or readable text."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from ..errors import ProblemLog
from ..render.console import print_article_summary
from ..run import run_corpus
from .app import app
from .common import report_problems_and_exit, settings_from_options
from .options import CacheOpt, CorpusArg, JobsOpt, LexiconOpt, NoCacheOpt


@app.command()
def analyze(
    paths: CorpusArg,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per article (JSON Lines).")
    ] = False,
    lexicon: LexiconOpt = None,
    no_cache: NoCacheOpt = False,
    cache: CacheOpt = None,
    jobs: JobsOpt = 1,
) -> None:
    """Analyse articles: loaded vocabulary, attributions, hedges and boosters, with offsets."""
    problems = ProblemLog()
    settings = settings_from_options(lexicon, no_cache=no_cache, cache=cache, jobs=jobs)
    # The per-article summaries are themselves the progress of a text run on a terminal.
    show_progress = not as_json and not sys.stdout.isatty()
    for analysis in run_corpus(paths, problems, settings, progress=None if show_progress else False):
        if as_json:
            sys.stdout.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            print_article_summary(analysis)
    report_problems_and_exit(problems, quiet=as_json)
