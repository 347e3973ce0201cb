"""The interface speaks one language at a time: the seed report in French has no English left in it (and
the reverse), the terminal prints French tables and errors, and --help follows the chosen language.

The strings looked for come from the catalogue itself (every msgid whose French differs), not from a
hand list, so a string added to the code without a translation, or left out of the catalogue, shows up.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest
from babel.messages.pofile import read_po
from typer.testing import CliRunner

from framing.cli import app
from framing.i18n import LOCALE_DIR, format_decimal, format_percent, set_language

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PO = LOCALE_DIR / "fr" / "LC_MESSAGES" / "messages.po"
# Placeholders of every kind the catalogue uses: %(name)s, %%, {name}, {name!r}; HTML tags; line breaks.
PLACEHOLDER = re.compile(r"%\(\w+\)s|%%|\{[^{}]*\}|<[^<>]+>|\n")
LETTERS = re.compile(r"[^\W\d_]{2,}")

LANGUAGE_VARIABLES = ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "FRAMING_UI")

pytestmark = pytest.mark.usefixtures("isolated_cli_run")


def catalogue_pairs() -> list[tuple[str, str]]:
    """(English, French) for every message whose translation differs; plural forms pair up."""
    with PO.open("rb") as f:
        catalog = read_po(f, locale="fr")
    pairs = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        pairs += [(en, fr) for en, fr in zip(ids, strings, strict=False) if en != fr]
    return pairs


def fragments(message: str, other: str) -> list[str]:
    """The literal pieces of a message between its placeholders that have words in them and do not occur
    in its translation ("Legend" yes; "n<3", or "source" shared by both languages, no)."""
    pieces = [p.strip(" .,;:()[]·—–") for p in PLACEHOLDER.split(message)]
    return [p for p in pieces if LETTERS.search(p) and p not in other]


def foreign_strings(source_index: int) -> dict[str, str]:
    """Fragment -> whole message, for the language that must NOT appear (0: English, 1: French).

    A fragment that is also a word or phrase of the other language's own strings ("type", "note",
    "distance") proves nothing and is left out."""
    pairs = catalogue_pairs()
    allowed = "\n".join(pair[1 - source_index] for pair in pairs)
    found: dict[str, str] = {}
    for pair in pairs:
        message, translation = pair[source_index], pair[1 - source_index]
        for piece in fragments(message, translation):
            if not re.search(r"(?<!\w)" + re.escape(piece) + r"(?!\w)", allowed):
                found.setdefault(piece, message)
    return found


class VisibleText(HTMLParser):
    """Text a reader sees or hears (text nodes, title, aria-label, alt), except the corpus's own words:
    elements in another language than the page (article texts and titles carry their lang), the tooltips'
    copy of the lexicon notes, and the values of the evidence table (notes, speakers, verbs)."""

    VOID: ClassVar[set[str]] = {
        "meta",
        "link",
        "br",
        "img",
        "input",
        "hr",
        "wbr",
        "source",
        "col",
        "area",
        "base",
        "path",
        "use",
    }

    def __init__(self, page_lang: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page_lang = page_lang
        self.stack: list[bool] = []  # per open element: inside skipped content?
        self.texts: list[str] = []
        self.data: list[str] = []  # text of elements in another language: the corpus's words

    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        skip = (
            self.skipping()
            or tag in ("script", "style")
            or (a.get("lang") not in (None, self.page_lang) and tag != "html")
            or "descriptions" in classes
            or "kv" in classes
        )
        if not skip:
            self.texts += [v for k, v in attrs if k in ("title", "aria-label", "alt") and v]
        if tag not in self.VOID and not tag.endswith("/"):
            self.stack.append(skip)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skipping():
            self.texts += [v for k, v in attrs if k in ("title", "aria-label", "alt") and v]

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not data.strip():
            return
        if not self.skipping():
            self.texts.append(data)
        else:
            self.data.append(" ".join(data.split()))


def visible_text(site: Path, lang: str) -> dict[str, str]:
    """Per page, its interface text; the corpus's words found in lang-marked elements (an article's
    title is also in the page's <title>) are blanked out wherever else they appear."""
    out = {}
    for page in sorted(site.rglob("*.html")):
        parser = VisibleText(lang)
        parser.feed(page.read_text("utf-8"))
        text = "\n".join(" ".join(t.split()) for t in parser.texts)
        for item in sorted(set(parser.data), key=len, reverse=True):
            if len(item) > 3:
                text = text.replace(item, " ")
        out[str(page.relative_to(site))] = text
    return out


def corpus_words() -> set[str]:
    """Outlet names and titles from the seeds' metadata: corpus data, in the corpus's language."""
    import json

    meta = json.loads((SEEDS / "metadata.json").read_text("utf-8"))
    rows = meta.values() if isinstance(meta, dict) else meta
    return {str(v) for row in rows if isinstance(row, dict) for v in row.values() if isinstance(v, str)}


def leftovers(site: Path, lang: str, foreign: dict[str, str]) -> list[str]:
    data = corpus_words()
    found = []
    for page, text in visible_text(site, lang).items():
        for item in data:
            text = text.replace(item, " ")
        for piece, message in foreign.items():
            if re.search(r"(?<!\w)" + re.escape(piece) + r"(?!\w)", text):
                found.append(f"{page}: {piece!r} (from {message!r})")
    return found


def run(*args: str, env: dict[str, str | None] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env=env)


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed report three ways: by default (no --ui, no FRAMING_UI, an English locale: the corpus's
    language, French, wins), with --ui fr, and with --ui en."""
    root = tmp_path_factory.mktemp("sites")
    out = {}
    for name, args, env in (
        ("default", [], {"FRAMING_UI": None, "LANG": "C.UTF-8", "LC_ALL": None, "LANGUAGE": None}),
        ("fr", ["--ui", "fr"], None),
        ("en", ["--ui", "en"], None),
    ):
        result = run("report", str(SEEDS), "--out", str(root / name), "--quiet", *args, env=env)
        assert result.exit_code == 0, result.output
        out[name] = root / name
    return out


def test_catalogue_gives_many_strings_to_look_for() -> None:
    assert len(foreign_strings(0)) > 200
    assert "Loaded vocabulary" in foreign_strings(0)
    assert "Vocabulaire connoté" in foreign_strings(1)


def test_report_follows_the_corpus_language_by_default(sites: dict[str, Path]) -> None:
    index = (sites["default"] / "index.html").read_text("utf-8")
    assert '<html lang="fr">' in index
    assert (sites["default"] / "index.html").read_bytes() == (sites["fr"] / "index.html").read_bytes()


def test_french_report_has_no_english_string(sites: dict[str, Path]) -> None:
    index = (sites["fr"] / "index.html").read_text("utf-8")
    assert '<html lang="fr">' in index
    assert "Les médias comparés" in index and "trop petit pour comparer" in index
    assert leftovers(sites["fr"], "fr", foreign_strings(0)) == []


def test_english_report_has_no_french_string(sites: dict[str, Path]) -> None:
    index = (sites["en"] / "index.html").read_text("utf-8")
    assert '<html lang="en">' in index
    assert "Outlets compared" in index and "too small to compare" in index
    assert leftovers(sites["en"], "en", foreign_strings(1)) == []


def test_the_check_finds_an_untranslated_string(sites: dict[str, Path], tmp_path: Path) -> None:
    """The check itself: an English heading slipped into a French page is reported."""
    page = tmp_path / "index.html"
    page.write_text(
        (sites["fr"] / "index.html").read_text("utf-8").replace("Les médias comparés", "Outlets compared"), "utf-8"
    )
    assert any("'Outlets compared'" in line for line in leftovers(tmp_path, "fr", foreign_strings(0)))


def test_numbers_and_dates_follow_the_page_language(sites: dict[str, Path]) -> None:
    fr = (sites["fr"] / "index.html").read_text("utf-8")
    en = (sites["en"] / "index.html").read_text("utf-8")
    assert "2\u202f306" in fr and "2,306" in en  # words in the seed corpus
    assert "1 octobre 2025" in fr and "October 1, 2025" in en
    assert re.search(r"\d+,\d\d<", fr) and not re.search(r"\d+\.\d\d<", fr)  # decimal comma in the table


# --------------------------------------------------------------------------------------------------
# Terminal


@pytest.fixture()
def wide_console() -> object:
    """The terminal tables at a fixed width (100 columns), whatever the test runner's terminal."""
    from framing.render.console import console

    saved = console.width
    console.width = 100
    yield console
    console.width = saved


def test_french_comparison_table_in_the_terminal(wide_console: object) -> None:
    result = run("compare", str(SEEDS), "--no-html", "-m", "anonymous_share", "-m", "reading_ease", "--ui", "fr")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Profils par média" in out
    # Column headers wrap in 13 columns: "sources / anonymes", "facilité de / lecture".
    assert re.search(r"sources\s.*\n.*anonymes", out) and re.search(r"facilité de\s.*\n.*lecture", out)
    assert "Groupes de moins de 3 articles : pas d'intervalle, trop petit pour comparer." in out
    set_language("fr")
    assert format_percent(0.857, 1) in out and format_decimal(55.8, 1) in out  # "85,7 %", "55,8"
    english = [p for p in ("Profiles by", "anonymous", "too small", "reading", "ratio of sums") if p in out]
    assert english == []
    for line in out.splitlines():
        assert len(line) <= 100


def test_french_error_in_the_terminal(tmp_path: Path) -> None:
    result = run("compare", str(tmp_path / "missing"), "--no-html", "--ui", "fr")
    assert result.exit_code == 1
    assert "Aucun article n'a pu être analysé ; rien à comparer." in result.stderr
    assert "aucun fichier ni dossier de ce nom" in result.stderr
    assert "No article" not in result.stderr


def test_french_usage_error(tmp_path: Path) -> None:
    result = run("compare", str(SEEDS), "--no-html", "--between", "TASS", "TASS", "--ui", "fr")
    assert result.exit_code == 2
    assert "donner deux groupes différents" in result.stderr


def test_framing_ui_variable_and_bad_value() -> None:
    result = run("lexicon", "show", "lâche assassinat", env={"FRAMING_UI": "fr"})
    assert result.exit_code == 0, result.output
    assert "catégorie" in result.stdout and "défini dans" in result.stdout
    set_language("en")  # as a fresh process started without FRAMING_UI would be
    bad = run("lexicon", "show", "x", "--ui", "de")
    assert bad.exit_code == 2 and "fr or en" in bad.stderr


@pytest.mark.parametrize(
    ("env", "expected", "absent"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "Comparer les médias", "Compare outlets"),
        ({"LANG": "C.UTF-8"}, "Compare outlets", "Comparer les médias"),
        ({"LANG": "C.UTF-8", "FRAMING_UI": "fr"}, "Comparer les médias", "Compare outlets"),
    ],
)
def test_help_follows_the_locale_and_framing_ui(env: dict[str, str], expected: str, absent: str) -> None:
    """--help is built when the CLI is imported, so this runs a fresh process."""
    clean = {
        k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "FRAMING_UI")
    }
    result = subprocess.run(
        [sys.executable, "-m", "framing", "compare", "--help"],
        env=clean | env | {"COLUMNS": "100"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout and absent not in result.stdout


def test_help_follows_ui_on_the_command_line() -> None:
    clean = {
        k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "FRAMING_UI")
    }
    result = subprocess.run(
        [sys.executable, "-m", "framing", "report", "--ui", "fr", "--help"],
        env=clean | {"LANG": "C.UTF-8", "COLUMNS": "100"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Écrire un rapport HTML statique" in result.stdout
    assert "Langue de l'interface" in result.stdout
