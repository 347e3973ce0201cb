"""typer's own words in --help and usage errors ("Options", "Arguments", "Error", "[required]") in the
interface language.

typer marks them with the standard library's gettext, which reads the process locale, not framing's
chosen language. typer.core looks `_` up when a message is built, so pointing it at the catalogue's
`_` makes it follow `--ui` / FRAMING_UI; typer.rich_utils keeps its words as constants, set again
whenever the language changes. The msgids below are typer's exact strings (listed here so that
pybabel puts them in the catalogue). The click copy inside typer (typer._click) writes its messages
("Usage:", "Invalid value for ...") without gettext: those stay in English.
"""

from __future__ import annotations

import importlib

from ..i18n import N_, _

# typer.rich_utils computes these once, at import.
RICH_CONSTANTS: dict[str, str] = {
    "DEPRECATED_STRING": N_("(deprecated) "),
    "DEFAULT_STRING": N_("[default: {}]"),
    "ENVVAR_STRING": N_("[env var: {}]"),
    "REQUIRED_LONG_STRING": N_("[required]"),
    "ARGUMENTS_PANEL_TITLE": N_("Arguments"),
    "OPTIONS_PANEL_TITLE": N_("Options"),
    "COMMANDS_PANEL_TITLE": N_("Commands"),
    "ERRORS_PANEL_TITLE": N_("Error"),
    "ABORTED_TEXT": N_("Aborted."),
    "RICH_HELP": N_("Try [blue]'{command_path} {help_option}'[/] for help."),
}
# Messages typer.core builds when they are needed (plain help, errors).
CORE_MESSAGES = (
    N_("(dynamic)"),
    N_("Aborted!"),
    N_("default: {default}"),
    N_("required"),
    N_("env var: {var}"),
    N_("Missing command."),
    N_("No such command {name!r}."),
)


def localise_framework() -> None:
    """Make typer's words come from framing's catalogue, in the active language."""
    try:
        core = importlib.import_module("typer.core")
        rich_utils = importlib.import_module("typer.rich_utils")
    except ImportError:  # another typer layout: its words stay in English
        return
    if callable(getattr(core, "_", None)):
        core._ = _  # type: ignore[attr-defined]
    for constant, msgid in RICH_CONSTANTS.items():
        if hasattr(rich_utils, constant):
            setattr(rich_utils, constant, _(msgid))
