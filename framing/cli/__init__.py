"""Command-line interface: thin typer commands over the plain logic modules."""

from __future__ import annotations

import sys

from ..errors import FramingError
from . import analyze, compare, export, report, stories  # noqa: F401  (commands register on import)
from . import cache as cache_commands  # noqa: F401  (the `cache` sub-app registers on import)
from . import evaluate as evaluate_command  # noqa: F401  (registers `framing evaluate`)
from . import lexicon as lexicon_commands  # noqa: F401  (the `lexicon` sub-app registers on import)
from . import serve as serve_command  # noqa: F401  (registers `framing serve`)
from .app import app, state
from .common import err_console


def main() -> None:
    """Entry point: user-facing errors become one line on stderr, not a traceback (unless --debug)."""
    try:
        app()
    except FramingError as exc:
        if state.debug:
            raise
        err_console.print(f"error: {exc}", markup=False, soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        err_console.print("interrupted", markup=False)
        sys.exit(130)
