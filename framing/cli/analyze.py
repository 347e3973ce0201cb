"""`framing analyze`: analyse articles and print the evidence, as JSON Lines or readable text."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer

from ..errors import ProblemLog
from ..i18n import _
from ..render.console import console, print_article_summary
from ..render.terminal_text import print_marked_article, use_color
from ..run import run_corpus
from .app import app
from .common import report_problems_and_exit, settings_from_options
from .options import CacheOpt, CorpusArg, DaskOpt, JobsOpt, LexiconOpt, LogOpt, NoCacheOpt, NoColorOpt, VerboseOpt
from .scoring_output import AgainstOpt, print_scores
from .tabular import MetricOpt, OutputFormat, write_rows
from .ui import UiOpt, use_terminal_language


class Show(StrEnum):
    evidence = "evidence"
    text = "text"


@app.command(
    help=_(
        "Analyse articles: loaded vocabulary, attributions, hedges and boosters, with "
        "offsets.\n\nWith --against CORPUS, each article's figures are placed in the corpus "
        "(percentiles) and the outlets whose profiles are nearest are listed."
    ),
)
def analyze(
    paths: CorpusArg,
    as_json: Annotated[bool, typer.Option("--json", help=_("One JSON object per article (JSON Lines)."))] = False,
    lexicon: LexiconOpt = None,
    no_cache: NoCacheOpt = False,
    cache: CacheOpt = None,
    jobs: JobsOpt = 1,
    dask: DaskOpt = None,
    against: AgainstOpt = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help=_("With --against: table, csv or json. Without: json is --json, csv one row of figures per article."),
            case_sensitive=False,
        ),
    ] = None,
    metric: MetricOpt = None,
    show: Annotated[
        Show,
        typer.Option(
            "--show",
            help=_("evidence: a table of every span; text: the article with its evidence highlighted."),
            case_sensitive=False,
        ),
    ] = Show.evidence,
    no_color: NoColorOpt = False,
    verbose: VerboseOpt = False,
    log: LogOpt = None,
    ui: UiOpt = None,
    no_service: Annotated[
        bool,
        typer.Option(
            "--no-service", help=_("Analyse here even if a `framing serve` answers (or FRAMING_SERVICE=off).")
        ),
    ] = False,
) -> None:
    use_terminal_language(ui)
    problems = ProblemLog()
    settings = settings_from_options(lexicon, no_cache=no_cache, cache=cache, jobs=jobs, dask=dask)
    if against:
        fmt = output_format or OutputFormat.table
        analyses = list(run_corpus(paths, problems, settings, progress=False))
        print_scores(analyses, against, problems, settings, fmt, metric)
        report_problems_and_exit(problems, quiet=fmt != OutputFormat.table, verbose=verbose, log=log)
    if output_format == OutputFormat.json:
        as_json = True
    elif output_format == OutputFormat.csv:
        from ..export import article_rows

        fields, rows = article_rows(list(run_corpus(paths, problems, settings, progress=False)))
        write_rows(rows, output_format, fields)
        report_problems_and_exit(problems, quiet=True, verbose=verbose, log=log)
    # The per-article summaries are themselves the progress of a text run on a terminal.
    show_progress = not as_json and not sys.stdout.isatty()
    for analysis in run_corpus(paths, problems, settings, progress=None if show_progress else False):
        if as_json:
            sys.stdout.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif show == Show.text:
            print_marked_article(analysis, console, color=use_color(console, no_color))
        else:
            print_article_summary(analysis)
    report_problems_and_exit(problems, quiet=as_json, verbose=verbose, log=log)
