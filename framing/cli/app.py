"""The typer application object; command modules register themselves on it."""

from __future__ import annotations

from dataclasses import dataclass

import typer

app = typer.Typer(
    name="framing",
    help="Measure how news outlets frame events: loaded vocabulary, attribution, hedging.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@dataclass
class GlobalState:
    debug: bool = False


state = GlobalState()


@app.callback()
def main_options(
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
) -> None:
    """framing: source bias and framing analyser for news corpora (French and English)."""
    state.debug = debug
