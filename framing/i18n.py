"""Interface language: one gettext catalogue for every user-facing string (terminal and HTML report).

English is the source language: code marks strings with `_()` / `ngettext()` (or `N_()` for strings
built at import time, translated where they are shown), and `set_language("fr"|"en")` switches the
active catalogue. The catalogue is framing/locale/fr/LC_MESSAGES/messages.po, compiled to the
committed messages.mo next to it (a test checks the two agree); README "Interface language" gives the
workflow. Numbers and dates go through Babel so they follow the language ("1 234,5", "3 octobre 2025").
"""

from __future__ import annotations

import gettext as _gettext
import os
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "fr")
SOURCE_LANGUAGE = "en"
DOMAIN = "messages"
LOCALE_DIR = Path(__file__).parent / "locale"
ENV_UI = "FRAMING_UI"
# The POSIX order in which the C library picks the messages locale (LANGUAGE is GNU's list).
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_translations: _gettext.NullTranslations = _gettext.NullTranslations()
_language = SOURCE_LANGUAGE
_switching = threading.RLock()


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue of `lang`; the source language (and an unknown one) translates to itself."""
    if lang == SOURCE_LANGUAGE or lang not in LANGUAGES:
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[lang])


def set_language(lang: str) -> None:
    """Activate the catalogue for `lang` ("fr" or "en"); anything else falls back to English."""
    global _language, _translations
    _language = lang if lang in LANGUAGES else SOURCE_LANGUAGE
    _translations = translations(_language)


@contextmanager
def in_language(lang: str) -> Iterator[str]:
    """Switch to `lang` for a block (e.g. a report's pages in the corpus's language while the terminal
    speaks the locale's), then back to the language active before. The language is process-wide, so
    threads switching it (`framing serve`'s requests, each in its own language) take turns."""
    with _switching:
        before = _language
        set_language(lang)
        try:
            yield _language
        finally:
            set_language(before)


def current_language() -> str:
    return _language


def current_translations() -> _gettext.NullTranslations:
    """The active catalogue object (for Jinja's `install_gettext_translations`)."""
    return _translations


def _(message: str) -> str:
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)


def N_(message: str) -> str:  # the conventional gettext_noop name, a pybabel keyword
    """Mark a string for the catalogue without translating it: constants built at import time,
    translated with `_()` where they are shown (the language is chosen after import)."""
    return message


def normalise_language(value: str | None) -> str | None:
    """'fr', 'fr_FR.UTF-8', 'fr-CA', 'FR' -> 'fr'; None for an empty value or a language we do not have."""
    if not value:
        return None
    code = re.split(r"[_.@:-]", value.strip(), maxsplit=1)[0].lower()
    return code if code in LANGUAGES else None


def language_from_locale(environ: dict[str, str] | None = None) -> str:
    """The terminal's language from the locale variables (first set one wins, as in the C library);
    English when none names a language we have (C, POSIX, de_DE...)."""
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if not value:
            continue
        # LANGUAGE is a colon-separated preference list; the others hold one locale.
        for item in value.split(":") if name == "LANGUAGE" else [value]:
            lang = normalise_language(item)
            if lang:
                return lang
        if name != "LANGUAGE":
            return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """FRAMING_UI when it names a language we have, else the locale's language."""
    env = os.environ if environ is None else environ
    return normalise_language(env.get(ENV_UI)) or language_from_locale(env)


def ui_from_argv(argv: Sequence[str]) -> str | None:
    """A pre-scan of the command line for `--ui fr` / `--ui=fr`, before typer parses it: help texts
    are built when the CLI modules are imported, so the language must be known by then."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--ui" and i + 1 < len(argv):
            return normalise_language(argv[i + 1])
        if arg.startswith("--ui="):
            return normalise_language(arg.partition("=")[2])
    return None


def language_from_accept(header: str | None) -> str | None:
    """The language we have that an HTTP Accept-Language header prefers ("fr-CH, fr;q=0.9, en;q=0.8" -> "fr");
    None when it names none of ours (the service then uses its own default)."""
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((header or "").split(",")):
        tag, _sep, params = item.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _eq, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        lang = normalise_language(tag)
        if lang and quality > 0:
            ranked.append((-quality, position, lang))
    return min(ranked)[2] if ranked else None


def majority_language(langs: Sequence[str]) -> str:
    """The interface language for a report on a corpus: its most common article language we have
    a catalogue for (ties: French, the project's first language); English for an empty corpus."""
    counts = {lang: sum(1 for x in langs if normalise_language(x) == lang) for lang in LANGUAGES}
    best = max(counts.values(), default=0)
    if best == 0:
        return SOURCE_LANGUAGE
    return "fr" if counts["fr"] == best else max(counts, key=lambda k: counts[k])


def _babel_locale():  # type: ignore[no-untyped-def]
    """Babel's Locale for the active language, parsed once (formatting calls it for every table cell)."""
    return _locale_for(_language)


@cache
def _locale_for(lang: str):  # type: ignore[no-untyped-def]
    from babel import Locale

    return Locale.parse(lang)


def format_number(value: float, *, digits: int | None = None) -> str:
    """A number in the active language: `digits` fixed decimals (None: as many as needed), grouped
    thousands ("1 234,5" / "1,234.5")."""
    from babel.numbers import format_decimal as _babel_decimal

    if digits is None:
        return _babel_decimal(value, locale=_babel_locale())
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return _babel_decimal(value, format=pattern, locale=_babel_locale(), decimal_quantization=True)


def format_general(value: float) -> str:
    """`value` as Python's "g" format writes it (0.0001, 1e-06, 12.5), with the language's decimal mark."""
    from babel.numbers import get_decimal_symbol

    return f"{value:g}".replace(".", get_decimal_symbol(_babel_locale()))


def format_decimal(value: float, digits: int = 1) -> str:
    """`value` with exactly `digits` decimals, in the active language's notation."""
    return format_number(value, digits=digits)


def format_integer(value: int) -> str:
    return format_number(value, digits=0)


def format_percent(share: float, digits: int = 1, *, sign: bool = True) -> str:
    """A share (0.125) as a percentage: "12.5%" / "12,5 %"; without `sign`, the number alone ("12,5")."""
    if not sign:
        return format_number(100 * share, digits=digits)
    from babel.numbers import format_percent as _babel_percent

    # The language's own pattern ("#,##0 %" in French, with its narrow space), with `digits` decimals.
    pattern = _babel_locale().percent_formats[None].pattern
    if digits > 0:
        pattern = pattern.replace("#,##0", "#,##0." + "0" * digits, 1)
    return _babel_percent(share, format=pattern, locale=_babel_locale(), decimal_quantization=True)


def percent_sign() -> str:
    """The percent sign as the active language writes it after a number ("%" / " %", narrow space)."""
    return format_percent(0.0, 0).removeprefix(format_integer(0))


def language_display_name(code: str) -> str | None:
    """A language's name in the interface language ("French" / "français"), from Babel's locale data."""
    return _language_names(_language).get(code)


@cache
def _language_names(lang: str) -> dict[str, str]:
    return dict(_locale_for(lang).languages)


def format_date(value: date | datetime | str | None, *, style: str = "long") -> str:
    """A date in words in the active language ("3 octobre 2025" / "October 3, 2025"); a partial ISO
    date keeps its precision ("octobre 2025", "2025"); anything unparsable is returned as given."""
    if value is None:
        return ""
    from babel.dates import format_date as _babel_date
    from babel.dates import format_skeleton

    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _babel_date(value, format=style, locale=_babel_locale())
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return _babel_date(date.fromisoformat(text), format=style, locale=_babel_locale())
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = map(int, text.split("-"))
            return format_skeleton("yMMMM", date(year, month, 1), locale=_babel_locale())
    except ValueError:
        return value
    return value


def format_datetime(value: datetime) -> str:
    """A timestamp in the active language: the date in words, then the time as the language writes it
    ("3 octobre 2025, 14:05" / "October 3, 2025, 2:05 PM")."""
    from babel.dates import format_time

    return f"{format_date(value)}, {format_time(value, format='short', locale=_babel_locale())}"


def extract_yaml_labels(fileobj, keywords, comment_tags, options):  # type: ignore[no-untyped-def]
    """pybabel extraction method for labels.yaml (see babel.cfg): every string value of the mapping is
    an English msgid, translated where it is shown (framing.render.evidence.label_of)."""
    import yaml

    node = yaml.compose(fileobj.read().decode("utf-8"))

    def walk(n: yaml.Node):  # type: ignore[no-untyped-def]
        if isinstance(n, yaml.MappingNode):
            for _key, value in n.value:
                yield from walk(value)
        elif isinstance(n, yaml.SequenceNode):
            for item in n.value:
                yield from walk(item)
        elif isinstance(n, yaml.ScalarNode) and n.tag.endswith(":str") and n.value:
            yield n.start_mark.line + 1, None, n.value, []

    yield from walk(node) if node is not None else ()
