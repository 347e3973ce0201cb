"""Command-line interface: thin typer commands over the plain logic modules."""

from __future__ import annotations

import sys

from ..i18n import _, language_from_environment, set_language, ui_from_argv
from .framework import localise_framework

# Help texts are built as the command modules below are imported: the interface language (--ui
# anywhere on the command line, else FRAMING_UI, else the locale) is chosen before them.
set_language(ui_from_argv(sys.argv[1:]) or language_from_environment())
localise_framework()

from ..errors import FramingError  # noqa: E402
from . import analyze, compare, export, report, stories  # noqa: E402, F401  (commands register on import)
from . import cache as cache_commands  # noqa: E402, F401  (the `cache` sub-app registers on import)
from . import compare_texts as compare_texts_command  # noqa: E402, F401  (registers `framing compare-texts`)
from . import evaluate as evaluate_command  # noqa: E402, F401  (registers `framing evaluate`)
from . import lexicon as lexicon_commands  # noqa: E402, F401  (the `lexicon` sub-app registers on import)
from . import serve as serve_command  # noqa: E402, F401  (registers `framing serve`)
from .app import app, state  # noqa: E402
from .common import err_console  # noqa: E402


def main() -> None:
    """Entry point: user-facing errors become one line on stderr, not a traceback (unless --debug)."""
    try:
        app()
    except FramingError as exc:
        if state.debug:
            raise
        err_console.print(_("error: {message}").format(message=exc), markup=False, soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        err_console.print(_("interrupted"), markup=False)
        sys.exit(130)
