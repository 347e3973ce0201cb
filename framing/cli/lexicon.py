"""`framing lexicon list|show|check`: browse the lexicons and validate lexicon files.

Output is plain lines (one entry or one problem per line) so that it can be grepped and diffed.
Problems are `file:line: message`, the shape editors jump to.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import FramingError
from ..i18n import _, ngettext
from ..lexicons import (
    LexiconEntry,
    LexiconFile,
    LexiconProblem,
    all_entries,
    builtin_files,
    normalize_term,
    parse_file,
)
from ..render.console import console
from ..render.text import one_line
from .app import app
from .common import err_console
from .options import LexiconOpt
from .ui import UiOpt, use_terminal_language

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

lexicon_app = typer.Typer(
    name="lexicon",
    help=_("Browse the lexicons (list, show) and validate lexicon files (check)."),
    no_args_is_help=True,
)
app.add_typer(lexicon_app, name="lexicon")

LangOpt = Annotated[str | None, typer.Option("--lang", help=_("Only this language (fr, en)."))]
FamilyOpt = Annotated[
    str | None, typer.Option("--family", help=_("Only this family (loaded, reporting_verbs, hedges, boosters...)."))
]
CategoryOpt = Annotated[str | None, typer.Option("--category", help=_("Only this category."))]


def entry_line(entry: LexiconEntry) -> str:
    """Tab-separated: id, language/family, category, term or pattern, alternative (cut -f friendly)."""
    fields = [entry.id, f"{entry.lang}/{entry.family}", entry.category, entry.label, entry.alternative or ""]
    return "\t".join(one_line(f) for f in fields).rstrip("\t")


@lexicon_app.command(
    "list",
    help=_("List entries (built-in plus --lexicon files): id, language/family, category, term, alternative."),
)
def list_entries(
    lang: LangOpt = None,
    family: FamilyOpt = None,
    category: CategoryOpt = None,
    lexicon: LexiconOpt = None,
    ui: UiOpt = None,
) -> None:
    use_terminal_language(ui)
    entries = [
        e
        for e in all_entries(lexicon or [])
        if (lang is None or e.lang == lang)
        and (family is None or e.family == family)
        and (category is None or e.category == category)
    ]
    for entry in entries:
        typer.echo(entry_line(entry))
    err_console.print(ngettext("{n} entry", "{n} entries", len(entries)).format(n=len(entries)), markup=False)


@lexicon_app.command(
    "show",
    help=_(
        "Show everything about an entry: category, note, alternative, source, and the files "
        "defining it.\n\nTERM is looked up as an id, then as a term; failing both, it is analysed "
        "as text and the entries that match it (inflected forms and patterns included) are shown."
    ),
)
def show(
    term: Annotated[str, typer.Argument(help=_("An entry id, a term, or a phrase to try the lexicons on."))],
    lang: LangOpt = None,
    lexicon: LexiconOpt = None,
    ui: UiOpt = None,
) -> None:
    use_terminal_language(ui)
    extras = [str(p) for p in lexicon or []]
    entries = [e for e in all_entries(extras) if lang is None or e.lang == lang]
    wanted = normalize_term(term)
    found = [e for e in entries if e.id == term] or [e for e in entries if e.term and normalize_term(e.term) == wanted]
    how = ""
    if not found:
        found = _entries_matching_text(term, entries, extras, lang)
        how = " " + _("(matched as text)")
    if not found:
        err_console.print(_("no lexicon entry matches {term!r}").format(term=one_line(term)), markup=False)
        raise typer.Exit(1)
    files = _parsed_files(extras)
    for i, entry in enumerate(found):
        if i:
            console.print()
        console.print(f"{entry.id}{how}", style="bold", markup=False, highlight=False)
        rows = [
            (_("language"), entry.lang),
            (_("family"), entry.family),
            (_("category"), entry.category),
            (_("term") if entry.term else _("pattern"), entry.label),
            (_("context"), str(entry.context) if entry.context else None),
            (_("note"), entry.note or None),
            (_("alternative"), entry.alternative),
            (_("source"), entry.source),
            (_("weight"), format(entry.weight, "g") if entry.weight is not None else None),
            (_("used from"), f"{entry.file}:{entry.line}"),
        ]
        for label, value in rows:
            if value:
                console.print(f"  {label:<12} {one_line(value)}", markup=False, highlight=False, soft_wrap=True)
        defined_in = _("defined in")
        for where in defining_files(entry, files):
            console.print(f"  {defined_in:<12} {one_line(where)}", markup=False, highlight=False, soft_wrap=True)


def defining_files(entry: LexiconEntry, files: Iterable[LexiconFile]) -> list[str]:
    """Every `file:line` with an entry of the same id or the same term (overridden ones included)."""
    places = []
    for parsed in files:
        for other in parsed.entries:
            if (
                other.lang == entry.lang
                and other.family == entry.family
                and (other.id == entry.id or other.match_key == entry.match_key)
            ):
                places.append(f"{other.file}:{other.line}")
    return places


def _parsed_files(extras: list[str]) -> list[LexiconFile]:
    paths: list[str | Path] = [*builtin_files(), *extras]
    return [parse_file(p) for p in paths]


def _entries_matching_text(
    text: str, entries: list[LexiconEntry], extras: list[str], lang: str | None
) -> list[LexiconEntry]:
    """Run the real pipeline on `text` and return the entries behind each hit."""
    from ..nlp import SUPPORTED_LANGS, load_pipeline

    by_id = {(e.lang, e.id): e for e in entries}
    found: list[LexiconEntry] = []
    for code in [lang] if lang else list(SUPPORTED_LANGS):
        try:
            doc = load_pipeline(code, tuple(extras))(text)
        except FramingError:
            continue
        for hit in doc._.framing_loaded or []:
            entry = by_id.get((code, hit.term))
            if entry is not None and entry not in found:
                found.append(entry)
    return found


# --------------------------------------------------------------------------- check


@lru_cache(maxsize=8)
def tokenizer_for(lang: str) -> Tokenizer | None:
    """The language's spaCy tokenizer (the same rules as its pipeline), or None if spaCy has none."""
    import spacy  # imported here: only `lexicon check` needs it, and it is slow to import

    try:
        return spacy.blank(lang).tokenizer
    except (ImportError, ValueError, OSError):
        return None


def unmatchable_terms(parsed: LexiconFile) -> list[LexiconProblem]:
    """Terms whose tokens in running text differ from their tokens alone: they can never match."""
    problems = []
    tokenizer = tokenizer_for(parsed.lang) if parsed.lang else None
    if tokenizer is None:
        return problems
    for entry in parsed.entries:
        if entry.term is None:
            continue
        alone = [t.text for t in tokenizer(entry.term)]
        contexts = [f"{left}{entry.term}{right}" for left, right in RUNNING_TEXT_CONTEXTS]
        tokenised = [[t.text for t in tokenizer(text)] for text in contexts]
        if not any(_contains(tokens, alone) for tokens in tokenised):
            problems.append(
                LexiconProblem(
                    parsed.path,
                    entry.line,
                    _(
                        "term {term!r} is tokenised as {alone} alone but never so in running text (e.g. {example}); "
                        "it can never match"
                    ).format(term=entry.term, alone=alone, example=tokenised[0]),
                )
            )
    return problems


# Where a term is tried in running text: between words, before a comma, in brackets, sentence-final.
RUNNING_TEXT_CONTEXTS: tuple[tuple[str, str], ...] = (("x ", " x"), ("x ", ", x"), ("(", ")"), ("x ", "."))


def _contains(tokens: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(tokens[i : i + n] == part for i in range(len(tokens) - n + 1))


@lexicon_app.command(
    "check",
    help=_(
        "Validate lexicon files: syntax, duplicates, empty fields, unknown categories, "
        "unmatchable terms.\n\nPrints each problem as `file:line: message`; exits 1 if there is any"
        " error, 0 otherwise."
    ),
)
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help=_("Lexicon files or folders to check (default: every built-in file).")),
    ] = None,
    ui: UiOpt = None,
) -> None:
    use_terminal_language(ui)
    targets: list[Path] = []
    for path in paths or []:  # a folder stands for the lexicon files in it (like lexicons/)
        targets += sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
    if not paths:
        targets = builtin_files()
    known_families = {p.stem for p in builtin_files()}
    errors = warnings = entries = 0
    for path in targets:
        expect_lang = expect_family = None
        if not paths:  # built-in files must sit where their header says
            expect_lang, expect_family = path.parent.name, path.stem
        parsed = parse_file(path, expect_lang=expect_lang, expect_family=expect_family)
        problems = [*parsed.problems, *unmatchable_terms(parsed)]
        if parsed.family and parsed.family not in known_families:
            message = _("family {family!r} is not read by framing (known: {known})").format(
                family=parsed.family, known=", ".join(sorted(known_families))
            )
            problems.append(LexiconProblem(parsed.path, 2, message, "warning"))
        problems.sort(key=lambda p: p.line or 0)
        entries += len(parsed.entries)
        for problem in problems:
            shown = (
                str(problem)
                if problem.severity != "warning"
                else str(
                    LexiconProblem(problem.path, problem.line, _("warning: {message}").format(message=problem.message))
                )
            )
            typer.echo(one_line(shown))
            if problem.severity == "warning":
                warnings += 1
            else:
                errors += 1
    files = ngettext("{n} file", "{n} files", len(targets)).format(n=len(targets))
    if errors:
        err_console.print(
            _("{errors} error(s), {warnings} warning(s) in {files}").format(
                errors=errors, warnings=warnings, files=files
            ),
            markup=False,
        )
        raise typer.Exit(1)
    err_console.print(
        _("{files}, {entries} entries: no errors ({warnings} warning(s))").format(
            files=files, entries=entries, warnings=warnings
        ),
        markup=False,
    )
