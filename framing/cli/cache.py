"""`framing cache info|prune|clear`: see how big the analysis cache is, drop what no version can use.

The cache is never pruned on its own (a run only adds entries), so after upgrades, model changes or
lexicon edits it holds entries nothing will read again; these commands show and remove them. `info` and
`clear` also cover the start-up cache (framing.startup_cache: the parsed data files, kept beside it).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from .. import startup_cache
from ..cache import AnalysisCache, clear_cache, default_cache_path, files_size
from ..errors import ProblemLog
from ..i18n import _, format_datetime, format_decimal, format_integer, ngettext
from ..render.console import console
from .app import app
from .common import report_problems_and_exit
from .options import CacheOpt, LexiconOpt
from .ui import UiOpt, use_terminal_language

cache_app = typer.Typer(
    name="cache",
    help=_(
        "The analysis cache: its size and entries (info), drop stale entries (prune), delete it and the start-up "
        "cache (clear)."
    ),
    no_args_is_help=True,
)
app.add_typer(cache_app, name="cache")


def _megabytes(size: int) -> str:
    """A size people read at a glance: kB under a megabyte, MB above."""
    if size < 1_000_000:
        return _("{size} kB").format(size=format_integer(round(size / 1_000)))
    return _("{size} MB").format(size=format_decimal(size / 1_000_000, 1))


def _date(epoch: float | None) -> str:
    return format_datetime(datetime.fromtimestamp(epoch)) if epoch is not None else "-"


def _startup_cache_line() -> str:
    """Where the start-up cache is and how big, or that it is off."""
    main = startup_cache.cache_file()
    if main is None:
        return _("start-up cache: off ({variable})").format(variable=startup_cache.STARTUP_CACHE_ENV)
    files = startup_cache.cache_files()
    if not files:
        return _("start-up cache: none yet at {path} (the next analysis creates it)").format(path=main)
    return _("start-up cache: {path} ({size} in {files}; the parsed data files, rebuilt when one changes)").format(
        path=startup_cache.files_pattern(main),
        size=_megabytes(sum(p.stat().st_size for p in files)),
        files=ngettext("{n} file", "{n} files", len(files)).format(n=len(files)),
    )


def _open(path: Path, lexicon: list[Path] | None, problems: ProblemLog) -> AnalysisCache:
    return AnalysisCache(path, problems, tuple(str(p) for p in lexicon or ()))


@cache_app.command(
    "info",
    help=_(
        "Where the cache is, its size, and how many entries the installed versions can still "
        "use.\n\nEntries made with extra lexicon files count as usable only when the same --lexicon"
        " files are given."
    ),
)
def info(cache: CacheOpt = None, lexicon: LexiconOpt = None, ui: UiOpt = None) -> None:
    use_terminal_language(ui)
    path = cache or default_cache_path()
    if not path.exists():
        console.print(
            _("no cache at {path} (the next analysis creates it)").format(path=path), markup=False, highlight=False
        )
        console.print(_startup_cache_line(), markup=False, highlight=False, soft_wrap=True)
        return
    problems = ProblemLog()
    with _open(path, lexicon, problems) as store:
        summary = store.summary()
    lines = [
        _("cache: {path}").format(path=summary.path),
        _("size: {size}").format(size=_megabytes(summary.size_bytes)),
        _(
            "entries: {total} ({usable} usable now, {stale} stale: made by other versions of framing, a model or "
            "the lexicons)"
        ).format(total=summary.usable + summary.stale, usable=summary.usable, stale=summary.stale),
        _("oldest entry: {oldest}; newest: {newest}").format(
            oldest=_date(summary.oldest), newest=_date(summary.newest)
        ),
        _("language identifications remembered (articles without a declared language): {n}").format(
            n=summary.languages
        ),
        _startup_cache_line(),
    ]
    for line in lines:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    report_problems_and_exit(problems, quiet=True, corpus_run=False)


@cache_app.command(
    "prune",
    help=_(
        "Drop the entries no installed version can use, then compact the file.\n\nEntries made with"
        " extra lexicon files are kept only when the same --lexicon files are given."
    ),
)
def prune(
    cache: CacheOpt = None,
    lexicon: LexiconOpt = None,
    older_than: Annotated[
        float | None,
        typer.Option("--older-than", min=0, help=_("Also drop entries older than this many days.")),
    ] = None,
    ui: UiOpt = None,
) -> None:
    use_terminal_language(ui)
    path = cache or default_cache_path()
    if not path.exists():
        console.print(_("no cache at {path}").format(path=path), markup=False, highlight=False)
        return
    problems = ProblemLog()
    before = files_size(path)
    with _open(path, lexicon, problems) as store:
        removed = store.prune(older_than)
        kept = len(store)
    freed = max(0, before - files_size(path))
    console.print(
        _("removed {removed} entries, kept {kept}; {size} freed ({path})").format(
            removed=removed, kept=kept, size=_megabytes(freed), path=path
        ),
        markup=False,
        highlight=False,
    )
    report_problems_and_exit(problems, quiet=True, corpus_run=False)


@cache_app.command(
    "clear",
    help=_(
        "Delete the cache file and the start-up cache (startup-cache*.pickle: the parsed lexicons and other "
        "data derived from framing's files); the next analysis starts an empty cache and rebuilds the start-up "
        "cache."
    ),
)
def clear(cache: CacheOpt = None, ui: UiOpt = None) -> None:
    use_terminal_language(ui)
    path = cache or default_cache_path()
    size = files_size(path)
    removed = clear_cache(path)
    if removed:
        console.print(
            _("deleted {path} ({size})").format(path=path, size=_megabytes(size)), markup=False, highlight=False
        )
    else:
        console.print(_("no cache at {path}").format(path=path), markup=False, highlight=False)
    startup_files = startup_cache.cache_files()
    if startup_files:
        startup_size = sum(p.stat().st_size for p in startup_files)
        for file in startup_files:
            file.unlink(missing_ok=True)
        startup_cache.forget()
        console.print(
            _("deleted the start-up cache {path} ({size})").format(
                path=startup_cache.files_pattern(startup_cache.cache_file()), size=_megabytes(startup_size)
            ),
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
