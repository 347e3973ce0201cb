"""`framing compare-texts A B [C]`: two or three articles side by side in the terminal, evidence marked."""

from __future__ import annotations

from typing import Annotated

import typer
from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..errors import FramingError, ProblemLog
from ..i18n import _
from ..render.terminal_text import (
    article_heading,
    key_figures,
    legend,
    loaded_list,
    marked_text,
    use_color,
)
from ..run import run_corpus
from ..types import ArticleAnalysis
from .app import app
from .common import report_problems_and_exit, settings_from_options
from .options import CacheOpt, JobsOpt, LexiconOpt, LogOpt, NoCacheOpt, NoColorOpt, VerboseOpt
from .ui import UiOpt, use_terminal_language

# Below this many columns of terminal, the articles are shown one after the other.
MIN_SIDE_BY_SIDE = 100
MIN_TEXTS, MAX_TEXTS = 2, 3


def _loaded_section(analysis: ArticleAnalysis) -> Group:
    return Group(Text(_("Loaded expressions and neutral alternatives"), style="bold"), loaded_list(analysis))


def side_by_side(analyses: list[ArticleAnalysis], *, color: bool) -> Table:
    """One column per article: heading, marked text, key figures, loaded expressions."""
    table = Table(box=box.SQUARE if color else box.ASCII, show_lines=True, expand=True, show_header=False)
    for _analysis in analyses:
        table.add_column(ratio=1, overflow="fold", vertical="top")
    # The headings as a first row, so that they align at the top like the texts under them.
    table.add_row(*(Text(article_heading(a), style="bold") for a in analyses))
    table.add_row(*(marked_text(a, color=color) for a in analyses))
    table.add_row(*(key_figures(a) for a in analyses))
    table.add_row(*(_loaded_section(a) for a in analyses))
    return table


def print_comparison(analyses: list[ArticleAnalysis], out: Console, *, color: bool) -> None:
    """Columns when the terminal is wide enough, else the articles one after the other."""
    out.print(legend(color=color), style="dim" if color else None)
    if out.width >= MIN_SIDE_BY_SIDE:
        out.print(side_by_side(analyses, color=color))
        return
    for analysis in analyses:
        out.rule(Text(article_heading(analysis)), style="bold" if color else "")
        out.print(marked_text(analysis, color=color))
        out.print()
        out.print(key_figures(analysis))
        out.print()
        out.print(_loaded_section(analysis))
        out.print()


@app.command(
    "compare-texts",
    help=_(
        "Show two or three articles side by side: the texts with their evidence highlighted, the "
        "key figures under each, and the loaded expressions with their neutral "
        "alternatives.\n\nUnder 100 columns the articles follow one another. Without colour "
        "(NO_COLOR, a pipe, --no-color) the evidence is marked with characters: [loaded: ...], "
        "{hedge}, {!booster}, <source>, <?anonymous>."
    ),
)
def compare_texts(
    paths: Annotated[
        list[str], typer.Argument(help=_("Two or three article files (or URLs, or '-' for one on stdin)."))
    ],
    width: Annotated[
        int | None, typer.Option("--width", min=40, help=_("Width in characters (default: the terminal's)."))
    ] = None,
    no_color: NoColorOpt = False,
    lexicon: LexiconOpt = None,
    no_cache: NoCacheOpt = False,
    cache: CacheOpt = None,
    jobs: JobsOpt = 1,
    verbose: VerboseOpt = False,
    log: LogOpt = None,
    ui: UiOpt = None,
) -> None:
    use_terminal_language(ui)
    if len(paths) > MAX_TEXTS:
        raise typer.BadParameter(_("give two or three articles, not {n}").format(n=len(paths)), param_hint="PATHS")
    problems = ProblemLog()
    settings = settings_from_options(lexicon, no_cache=no_cache, cache=cache, jobs=jobs)
    analyses = list(run_corpus(paths, problems, settings))
    # One path may hold several articles (a JSON Lines or CSV file): the articles are what is counted.
    if len(analyses) + len(problems.skipped) < MIN_TEXTS:
        raise typer.BadParameter(_("give two or three articles, not {n}").format(n=len(analyses)), param_hint="PATHS")
    if len(analyses) > MAX_TEXTS:
        raise FramingError(
            _("compare-texts shows at most three articles; these paths hold {n}").format(n=len(analyses))
        )
    out = Console(highlight=False, width=width)
    if analyses:
        print_comparison(analyses, out, color=use_color(out, no_color))
    report_problems_and_exit(problems, quiet=True, verbose=verbose, log=log)
