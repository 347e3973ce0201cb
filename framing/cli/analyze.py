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
from .scoring_output import AgainstOpt, print_scores
from .tabular import MetricOpt, OutputFormat, write_rows


@app.command()
def analyze(
    paths: CorpusArg,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per article (JSON Lines).")] = False,
    lexicon: LexiconOpt = None,
    no_cache: NoCacheOpt = False,
    cache: CacheOpt = None,
    jobs: JobsOpt = 1,
    against: AgainstOpt = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="With --against: table, csv or json. Without: json is --json, csv one row of figures per article.",
            case_sensitive=False,
        ),
    ] = None,
    metric: MetricOpt = None,
    no_service: Annotated[
        bool,
        typer.Option("--no-service", help="Analyse here even if a `framing serve` answers (or FRAMING_SERVICE=off)."),
    ] = False,
) -> None:
    """Analyse articles: loaded vocabulary, attributions, hedges and boosters, with offsets.

    With --against CORPUS, each article's figures are placed in the corpus (percentiles) and the
    outlets whose profiles are nearest are listed.
    """
    problems = ProblemLog()
    settings = settings_from_options(lexicon, no_cache=no_cache, cache=cache, jobs=jobs)
    if against:
        fmt = output_format or OutputFormat.table
        analyses = list(run_corpus(paths, problems, settings, progress=False))
        print_scores(analyses, against, problems, settings, fmt, metric)
        report_problems_and_exit(problems, quiet=fmt != OutputFormat.table)
    if output_format == OutputFormat.json:
        as_json = True
    elif output_format == OutputFormat.csv:
        from ..export import article_rows

        fields, rows = article_rows(list(run_corpus(paths, problems, settings, progress=False)))
        write_rows(rows, output_format, fields)
        report_problems_and_exit(problems, quiet=True)
    # The per-article summaries are themselves the progress of a text run on a terminal.
    show_progress = not as_json and not sys.stdout.isatty()
    for analysis in run_corpus(paths, problems, settings, progress=None if show_progress else False):
        if as_json:
            sys.stdout.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            print_article_summary(analysis)
    report_problems_and_exit(problems, quiet=as_json)
