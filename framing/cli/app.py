"""The typer application object; command modules register themselves on it."""

from __future__ import annotations

from dataclasses import dataclass

import typer

from ..corpus.options import DEFAULT_MAX_FILE_MB, ENV_MAX_FILE_MB, set_default_options
from ..i18n import _

app = typer.Typer(
    name="framing",
    help=_("Measure how news outlets frame events: loaded vocabulary, attribution, hedging."),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@dataclass
class GlobalState:
    debug: bool = False
    max_file_mb: float | None = None


state = GlobalState()


@app.callback(
    help=_("framing: source bias and framing analyser for news corpora (French and English)."),
)
def main_options(
    debug: bool = typer.Option(False, "--debug", help=_("Show full tracebacks on errors.")),
    max_file_mb: float | None = typer.Option(
        None,
        "--max-file-mb",
        envvar=ENV_MAX_FILE_MB,
        min=1e-6,
        help=_("Size limit in MB for one article file or table row (default {limit}).").format(
            limit=f"{DEFAULT_MAX_FILE_MB:g}"
        ),
    ),
) -> None:
    state.debug = debug
    state.max_file_mb = max_file_mb
    set_default_options(max_file_mb=max_file_mb, debug=debug)
