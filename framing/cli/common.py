"""Helpers shared by commands: consoles, settings from options, the closing summary and exit code."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

from ..analyse import AnalysisSettings
from ..errors import ProblemLog
from ..render.text import terminal_safe

err_console = Console(stderr=True, highlight=False)


def settings_from_options(
    lexicon: list[Path] | None,
    *,
    no_cache: bool = False,
    cache: Path | None = None,
    jobs: int = 1,
    dask: str | None = None,
) -> AnalysisSettings:
    return AnalysisSettings(
        lexicon_paths=tuple(str(p) for p in (lexicon or [])),
        use_cache=not no_cache,
        cache_path=str(cache) if cache else None,
        jobs=jobs,
        dask=dask,
    )


def report_problems_and_exit(
    problems: ProblemLog,
    *,
    quiet: bool = False,
    verbose: bool = False,
    log: Path | None = None,
    corpus_run: bool = True,
) -> None:
    """Print the problems (many of one kind summarised unless `verbose`), then the summary; write them
    all to `log` if given; exit 1 if any article was skipped or, for a `corpus_run`, none analysed."""
    from .problems import problem_lines, write_log

    if log is not None:
        write_log(problems, log)
    for line in problem_lines(problems, verbose=verbose):
        err_console.print(terminal_safe(line), markup=False, soft_wrap=True)
    if not quiet or problems.problems:
        err_console.print(terminal_safe(problems.summary()), markup=False, soft_wrap=True)
    sys.stderr.flush()
    raise typer.Exit(problems.run_exit_code if corpus_run else problems.exit_code)
