"""The interface catalogue: complete, compiled, in step with the source; language choice; formats."""

from __future__ import annotations

import gettext
import io
from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from framing import i18n
from framing.i18n import (
    _,
    format_date,
    format_decimal,
    format_integer,
    format_percent,
    language_from_accept,
    language_from_environment,
    language_from_locale,
    majority_language,
    ngettext,
    set_language,
    ui_from_argv,
)

ROOT = Path(__file__).resolve().parents[1]
PO = i18n.LOCALE_DIR / "fr" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")


def _catalog():
    with PO.open("rb") as f:
        return read_po(f, locale="fr")


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    set_language("en")


def test_po_has_no_untranslated_or_fuzzy_entry() -> None:
    catalog = _catalog()
    problems = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            problems.append(message.id)
    assert len(list(catalog)) > 1
    assert problems == []


def test_compiled_catalogue_matches_the_po() -> None:
    """The committed .mo (what runs) holds exactly what `pybabel compile` makes of the .po."""
    buffer = io.BytesIO()
    write_mo(buffer, _catalog())
    buffer.seek(0)
    fresh = gettext.GNUTranslations(buffer)
    with MO.open("rb") as f:
        committed = gettext.GNUTranslations(f)
    assert committed._catalog == fresh._catalog, "run: pybabel compile -d framing/locale"  # type: ignore[attr-defined]


def test_every_marked_string_is_in_the_catalogue() -> None:
    """Strings marked in the code, the templates and labels.yaml (babel.cfg) all have an entry: nothing
    shows in English in a French interface because the catalogue was not updated."""
    with (ROOT / "babel.cfg").open() as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    assert {method for _pattern, method in method_map} >= {"python", "jinja2", "framing.i18n.extract_yaml_labels"}
    extracted = set()
    for _filename, _lineno, message, _comments, _context in extract_from_dir(str(ROOT), method_map, options_map):
        extracted.add(message if isinstance(message, str) else message[0])
    in_po = {m.id if isinstance(m.id, str) else m.id[0] for m in _catalog() if m.id}
    missing = sorted(extracted - in_po)
    assert missing == [], "run the update commands of README 'Interface language'"
    assert len(extracted) > 400
    assert "Loaded vocabulary" in extracted and "Delegitimizing" in extracted  # a template's, labels.yaml's


def test_switching_language() -> None:
    set_language("fr")
    assert i18n.current_language() == "fr"
    assert _("interrupted") == "interrompu"
    set_language("en")
    assert _("interrupted") == "interrupted"
    set_language("de")  # no catalogue: the source language
    assert i18n.current_language() == "en"


def test_french_plural_covers_zero_and_one() -> None:
    set_language("fr")
    one = ngettext("{n} duplicate (wire copy) counted once", "{n} duplicates (wire copies) counted once", 0)
    two = ngettext("{n} duplicate (wire copy) counted once", "{n} duplicates (wire copies) counted once", 2)
    assert one != two
    assert "doublon " in one and "doublons" in two


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LC_MESSAGES": "en_GB", "LANG": "fr_FR"}, "en"),
        ({"LANGUAGE": "de:fr", "LANG": "en_US"}, "fr"),
        ({}, "en"),
    ],
)
def test_language_from_locale(environ: dict[str, str], expected: str) -> None:
    assert language_from_locale(environ) == expected


def test_framing_ui_overrides_the_locale() -> None:
    assert language_from_environment({"FRAMING_UI": "fr", "LANG": "C"}) == "fr"
    assert language_from_environment({"FRAMING_UI": "en", "LANG": "fr_FR"}) == "en"
    assert language_from_environment({"FRAMING_UI": "xx", "LANG": "fr_FR"}) == "fr"


def test_argv_prescan() -> None:
    assert ui_from_argv(["compare", "--ui", "fr", "seeds"]) == "fr"
    assert ui_from_argv(["--ui=en", "report"]) == "en"
    assert ui_from_argv(["report", "seeds"]) is None
    assert ui_from_argv(["analyze", "--", "--ui", "fr"]) is None


def test_accept_language_header() -> None:
    assert language_from_accept("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5") == "fr"
    assert language_from_accept("de-DE, fr;q=0.8, en;q=0.9") == "en"  # quality, not position
    assert language_from_accept("en;q=0, fr;q=0.1") == "fr"  # q=0: not acceptable
    assert language_from_accept("de, it") is None
    assert language_from_accept(None) is None and language_from_accept("") is None


def test_majority_language() -> None:
    assert majority_language(["fr", "fr", "en"]) == "fr"
    assert majority_language(["en", "en", "fr"]) == "en"
    assert majority_language(["en", "fr"]) == "fr"
    assert majority_language([]) == "en"


def test_number_and_date_formats_follow_the_language() -> None:
    set_language("fr")
    assert format_decimal(1234.5, 1) == "1\u202f234,5"
    assert format_percent(0.125) == "12,5\u00a0%"
    assert format_integer(2000) == "2\u202f000"
    assert format_date("2025-10-03") == "3 octobre 2025"
    assert format_date(date(2024, 2, 1)) == "1 février 2024"
    assert format_date("2025-10") == "octobre 2025"
    assert format_date("not a date") == "not a date"
    set_language("en")
    assert format_decimal(1234.5, 1) == "1,234.5"
    assert format_percent(0.125) == "12.5%"
    assert format_date("2025-10-03") == "October 3, 2025"
