"""Options shared by every analysing command, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..i18n import _

CorpusArg = Annotated[
    list[str],
    typer.Argument(help=_("Files or folders of articles (.txt, .md, .html, .jsonl, .csv); '-' reads stdin.")),
]
LexiconOpt = Annotated[
    list[Path] | None,
    typer.Option("--lexicon", help=_("Extra lexicon file (repeatable); extends or overrides built-in entries.")),
]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help=_("Do not read or write the analysis cache."))]
CacheOpt = Annotated[
    Path | None,
    typer.Option("--cache", help=_("Cache database file (default: $FRAMING_CACHE or ~/.cache/framing/cache.sqlite).")),
]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help=_("Worker processes for the analysis."))]
NoColorOpt = Annotated[
    bool,
    typer.Option(
        "--no-color", help=_("No colours: evidence marked with plain characters ([loaded: ...], {hedge}, <source>).")
    ),
]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-v", help=_("Print every warning, not one summary line per kind of warning."))
]
LogOpt = Annotated[
    Path | None, typer.Option("--log", help=_("Write every warning and error to this file (plain text)."))
]
DaskOpt = Annotated[
    str | None,
    typer.Option(
        "--dask",
        metavar="ADDRESS",
        help=_(
            "Analyse on a Dask cluster: local[:N] starts N worker processes here, tcp://host:8786 connects "
            "to a running scheduler (needs the dask extra; see docs/scale.md)."
        ),
    ),
]
