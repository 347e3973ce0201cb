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
