"""Make corpus text safe to show: no terminal escape sequences, no spreadsheet formulas."""

from __future__ import annotations

import re
import unicodedata

_ANSI_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")


def terminal_safe(text: str) -> str:
    """Strip escape sequences and control characters (except newline and tab) so corpus text
    cannot repaint or retitle the terminal."""
    text = _ANSI_ESCAPE.sub("", text)
    return "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf") or ch in "\u200d\u00ad"
    )


def one_line(text: str) -> str:
    """Terminal-safe text with all whitespace runs folded to single spaces."""
    return " ".join(terminal_safe(text).split())


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> object:
    """Neutralise spreadsheet formula injection: a text cell starting with = + - @ gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value
