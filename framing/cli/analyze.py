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
from .options import CorpusArg, LexiconOpt


@app.command()
def analyze(
    paths: CorpusArg,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per article (JSON Lines).")
    ] = False,
    lexicon: LexiconOpt = None,
) -> None:
    """Analyse articles: loaded vocabulary, attributions, hedges and boosters, with offsets."""
    problems = ProblemLog()
    settings = settings_from_options(lexicon)
    for analysis in run_corpus(paths, problems, settings):
        if as_json:
            sys.stdout.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            print_article_summary(analysis)
    report_problems_and_exit(problems, quiet=as_json)
