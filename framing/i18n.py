"""Interface language: one gettext catalogue for every user-facing string (terminal and HTML report).

Placeholder API, to be completed with Babel catalogues (issue 16). Code marks strings with `_()` /
`ngettext()`; `set_language("fr"|"en")` switches the active catalogue.
"""

from __future__ import annotations

import gettext as _gettext

_translations: _gettext.NullTranslations = _gettext.NullTranslations()
_language = "en"


def set_language(lang: str) -> None:
    """Activate the catalogue for `lang` ("fr" or "en"); English is the source language."""
    global _language
    _language = lang


def current_language() -> str:
    return _language


def _(message: str) -> str:
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)
