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
import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

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
    """Make typer's words come from framing's catalogue, in the active language.

    typer.rich_utils (which imports rich's Markdown renderer and markdown-it) is only needed for help
    and error messages, and typer imports it when it writes one: its constants are set now if it is
    loaded, else as soon as it is, so a command that runs without a message never loads it."""
    core = sys.modules.get("typer.core")
    if core is None:
        try:
            core = importlib.import_module("typer.core")
        except ImportError:  # another typer layout: its words stay in English
            return
    if callable(getattr(core, "_", None)):
        core._ = _  # type: ignore[attr-defined]
    rich_utils = sys.modules.get(RICH_UTILS)
    if rich_utils is not None:
        _set_rich_constants(rich_utils)
    elif not any(isinstance(finder, _LocaliseOnImport) for finder in sys.meta_path):
        sys.meta_path.insert(0, _LocaliseOnImport())


RICH_UTILS = "typer.rich_utils"


def _set_rich_constants(rich_utils: ModuleType) -> None:
    for constant, msgid in RICH_CONSTANTS.items():
        if hasattr(rich_utils, constant):
            setattr(rich_utils, constant, _(msgid))


class _LocaliseOnImport(importlib.abc.MetaPathFinder):
    """Finds nothing itself: when typer.rich_utils is imported, wraps its loader so that the constants
    are set (in the language active then) right after the module has run."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != RICH_UTILS:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
                spec.loader = _LocalisingLoader(spec.loader)
                return spec
        return None


class _LocalisingLoader(importlib.abc.Loader):
    def __init__(self, loader: importlib.abc.Loader) -> None:
        self.loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.loader.exec_module(module)
        _set_rich_constants(module)
