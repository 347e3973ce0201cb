"""Options shared by every analysing command, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

CorpusArg = Annotated[
    list[str],
    typer.Argument(help="Files or folders of articles (.txt, .md, .html, .jsonl, .csv); '-' reads stdin."),
]
LexiconOpt = Annotated[
    list[Path] | None,
    typer.Option("--lexicon", help="Extra lexicon file (repeatable); extends or overrides built-in entries."),
]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the analysis cache.")]
CacheOpt = Annotated[
    Path | None,
    typer.Option("--cache", help="Cache database file (default: $FRAMING_CACHE or ~/.cache/framing/cache.sqlite)."),
]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for the analysis.")]
DaskOpt = Annotated[
    str | None,
    typer.Option(
        "--dask",
        metavar="ADDRESS",
        help="Analyse on a Dask cluster: local[:N] starts N worker processes here, tcp://host:8786 connects "
        "to a running scheduler (needs the dask extra; see docs/scale.md).",
    ),
]
