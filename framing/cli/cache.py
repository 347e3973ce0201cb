"""`framing cache info|prune|clear`: see how big the analysis cache is, drop what no version can use.

The cache is never pruned on its own (a run only adds entries), so after upgrades, model changes or
lexicon edits it holds entries nothing will read again; these commands show and remove them.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from ..cache import AnalysisCache, clear_cache, default_cache_path, files_size
from ..errors import ProblemLog
from ..render.console import console
from .app import app
from .common import report_problems_and_exit
from .options import CacheOpt, LexiconOpt

cache_app = typer.Typer(
    name="cache",
    help="The analysis cache: its size and entries (info), drop stale entries (prune), delete it (clear).",
    no_args_is_help=True,
)
app.add_typer(cache_app, name="cache")


def _megabytes(size: int) -> str:
    """A size people read at a glance: kB under a megabyte, MB above."""
    return f"{size / 1_000:.0f} kB" if size < 1_000_000 else f"{size / 1_000_000:.1f} MB"


def _date(epoch: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(epoch)) if epoch is not None else "-"


def _open(path: Path, lexicon: list[Path] | None, problems: ProblemLog) -> AnalysisCache:
    return AnalysisCache(path, problems, tuple(str(p) for p in lexicon or ()))


@cache_app.command("info")
def info(cache: CacheOpt = None, lexicon: LexiconOpt = None) -> None:
    """Where the cache is, its size, and how many entries the installed versions can still use.

    Entries made with extra lexicon files count as usable only when the same --lexicon files are given.
    """
    path = cache or default_cache_path()
    if not path.exists():
        console.print(f"no cache at {path} (the next analysis creates it)", markup=False, highlight=False)
        return
    problems = ProblemLog()
    with _open(path, lexicon, problems) as store:
        summary = store.summary()
    lines = [
        f"cache: {summary.path}",
        f"size: {_megabytes(summary.size_bytes)}",
        f"entries: {summary.usable + summary.stale} ({summary.usable} usable now, "
        f"{summary.stale} stale: made by other versions of framing, a model or the lexicons)",
        f"oldest entry: {_date(summary.oldest)}; newest: {_date(summary.newest)}",
        f"language identifications remembered (articles without a declared language): {summary.languages}",
    ]
    for line in lines:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    report_problems_and_exit(problems, quiet=True)


@cache_app.command("prune")
def prune(
    cache: CacheOpt = None,
    lexicon: LexiconOpt = None,
    older_than: Annotated[
        float | None,
        typer.Option("--older-than", min=0, help="Also drop entries older than this many days."),
    ] = None,
) -> None:
    """Drop the entries no installed version can use, then compact the file.

    Entries made with extra lexicon files are kept only when the same --lexicon files are given.
    """
    path = cache or default_cache_path()
    if not path.exists():
        console.print(f"no cache at {path}", markup=False, highlight=False)
        return
    problems = ProblemLog()
    before = files_size(path)
    with _open(path, lexicon, problems) as store:
        removed = store.prune(older_than)
        kept = len(store)
    freed = max(0, before - files_size(path))
    console.print(
        f"removed {removed} entries, kept {kept}; {_megabytes(freed)} freed ({path})", markup=False, highlight=False
    )
    report_problems_and_exit(problems, quiet=True)


@cache_app.command("clear")
def clear(cache: CacheOpt = None) -> None:
    """Delete the cache file; the next analysis starts an empty one."""
    path = cache or default_cache_path()
    size = files_size(path)
    removed = clear_cache(path)
    if not removed:
        console.print(f"no cache at {path}", markup=False, highlight=False)
        return
    console.print(f"deleted {path} ({_megabytes(size)})", markup=False, highlight=False)
