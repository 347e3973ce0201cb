"""`framing export`: tidy CSV or JSON Lines of every evidence span, or of every article, for pandas or R."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ProblemLog
from ..export import export as write_export
from ..i18n import _, format_integer
from ..render.text import one_line
from ..run import run_corpus
from ..types import ArticleAnalysis
from .app import app
from .common import err_console, report_problems_and_exit, settings_from_options
from .options import CacheOpt, CorpusArg, DaskOpt, JobsOpt, LexiconOpt, LogOpt, NoCacheOpt, VerboseOpt
from .ui import UiOpt, use_terminal_language


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class Level(StrEnum):
    span = "span"
    article = "article"


@app.command(
    "export",
    help=_(
        "Export evidence spans (article id, outlet, date, family, category, offsets, text, voice,"
        " speaker type) or per-article figures, written atomically; CSV cells are safe to open in"
        " a spreadsheet."
    ),
)
def export_command(
    paths: CorpusArg,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help=_("Output file (default, or '-': standard output)."))
    ] = None,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help=_("csv or jsonl."), case_sensitive=False)
    ] = ExportFormat.csv,
    level: Annotated[
        Level, typer.Option("--level", help=_("span: one row per evidence span; article: one row per article."))
    ] = Level.span,
    lexicon: LexiconOpt = None,
    no_cache: NoCacheOpt = False,
    cache: CacheOpt = None,
    jobs: JobsOpt = 1,
    dask: DaskOpt = None,
    verbose: VerboseOpt = False,
    log: LogOpt = None,
    ui: UiOpt = None,
) -> None:
    use_terminal_language(ui)
    if out is None:
        out = Path("-")
    problems = ProblemLog()
    settings = settings_from_options(lexicon, no_cache=no_cache, cache=cache, jobs=jobs, dask=dask)
    if output_format == ExportFormat.parquet:
        if str(out) == "-":
            raise typer.BadParameter(_("parquet writes a dataset folder, not standard output"), param_hint="--out")
        export_parquet(run_corpus(paths, problems, settings), out)
        report_problems_and_exit(problems)
    analyses = list(run_corpus(paths, problems, settings, progress=False if str(out) == "-" else None))
    if not analyses:
        err_console.print(_("No article could be analysed; nothing exported (any existing file is left as it was)."))
    elif str(out) == "-":
        rows = write_export(analyses, sys.stdout, level=level.value, fmt=output_format.value)
        sys.stdout.flush()
    else:
        rows = write_export(analyses, out, level=level.value, fmt=output_format.value)
        err_console.print(
            _("wrote {rows} {level} row(s) from {articles} article(s) to {path}").format(
                rows=rows, level=level.value, articles=len(analyses), path=one_line(str(out))
            ),
            markup=False,
            soft_wrap=True,
        )
    report_problems_and_exit(problems, quiet=str(out) == "-", verbose=verbose, log=log)


def export_parquet(analyses: Iterator[ArticleAnalysis], out: Path) -> None:
    """Stream analyses into the Parquet dataset (framing.parquet); nothing is written without an article."""
    from ..parquet import write_parquet_dataset

    first = next(analyses, None)
    if first is None:
        err_console.print(_("No article could be analysed; nothing exported (any existing dataset is left as it was)."))
        return
    articles, spans = write_parquet_dataset(itertools.chain([first], analyses), out)
    err_console.print(
        _("wrote {articles} article row(s) and {spans} span row(s) to the Parquet dataset {path}/").format(
            articles=format_integer(articles), spans=format_integer(spans), path=one_line(str(out))
        ),
        markup=False,
        soft_wrap=True,
    )
