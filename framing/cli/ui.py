"""The --ui option and how a command picks its interface language (terminal and HTML report)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

import typer

from ..i18n import ENV_UI, _, language_from_environment, majority_language, normalise_language, set_language
from .framework import localise_framework


def _ui_value(value: str | None) -> str | None:
    """--ui / FRAMING_UI: 'fr' or 'en' (a locale name such as fr_FR.UTF-8 is accepted too)."""
    if value is None:
        return None
    lang = normalise_language(value)
    if lang is None:
        raise typer.BadParameter(_("choose fr or en, not {value!r}").format(value=value))
    return lang


UiOpt = Annotated[
    str | None,
    typer.Option(
        "--ui",
        envvar=ENV_UI,
        metavar="fr|en",
        callback=_ui_value,
        help=_("Interface language, fr or en (default: the locale; for the HTML report, the corpus's main language)."),
    ),
]


def use_terminal_language(ui: str | None) -> str:
    """Switch the interface to --ui (or FRAMING_UI, which typer reads into it), else the locale's language."""
    lang = ui or language_from_environment()
    set_language(lang)
    localise_framework()
    return lang


def report_language(ui: str | None, langs: Sequence[str]) -> str:
    """The language of the HTML pages: --ui / FRAMING_UI, else the corpus's majority language."""
    return ui or majority_language(langs)
