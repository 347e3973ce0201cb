"""Load and validate lexicon files (YAML data under `lexicons/<lang>/<family>.yaml`).

Lexicons are data a teacher edits with a text editor, so every mistake must come back as one line
`file:line: message` pointing at the spot (line numbers come from PyYAML's node marks). The schema is
documented in `lexicons/README.md`. User files given with `--lexicon PATH` extend the built-in entries
or override them (same id, or same term, in the same family).
"""

from __future__ import annotations

import hashlib
import json
import os
import site
import sys
import sysconfig
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, get_args

import yaml

from .errors import LexiconError, format_location
from .i18n import _
from .token_patterns import PatternError, compile_pattern
from .types import HEDGE_KINDS, STANCES, Voice

LEXICON_DIR_ENV = "FRAMING_LEXICON_DIR"

LOADED_CATEGORIES: tuple[str, ...] = (
    "delegitimizing",
    "glorifying",
    "euphemism",
    "dramatizing",
    "motive_imputation",
    "labeling",
    "emotive",
)
# Produced by a rule (short quoted fragment without a speaker), never by an entry.
RULE_CATEGORIES: tuple[str, ...] = ("scare_quotes",)
# Produced by the graded evaluative tier (framing.evaluative, its own lexicon family), never by a loaded entry.
GRADED_CATEGORIES: tuple[str, ...] = ("evaluative",)

# Families whose categories are fixed. Other families (e.g. `sources`) declare theirs in the file
# header (`categories: [...]`), or accept any non-empty category when they declare none.
KNOWN_CATEGORIES: dict[str, tuple[str, ...]] = {
    "loaded": LOADED_CATEGORIES,
    "reporting_verbs": STANCES,
    "hedges": HEDGE_KINDS,
    "boosters": ("booster",),
}
MAIN_FAMILIES: tuple[str, ...] = ("loaded", "reporting_verbs", "hedges", "boosters")
# Families whose entries must say why they are flagged.
NOTE_REQUIRED: frozenset[str] = frozenset({"loaded"})

ENTRY_FIELDS: tuple[str, ...] = (
    "id",
    "term",
    "pattern",
    "category",
    "note",
    "alternative",
    "source",
    "context",
    "data",
    "weight",
)
CONTEXT_FIELDS: tuple[str, ...] = (
    "capitalized",
    "before",
    "after",
    "not_before",
    "not_after",
    "window",
    "match",
    "voice",
    "not_in_text",
    "in_text_min",
    "not_in_sentence",
    "not_named",
    "not_in_name",
    "not_line_start",
    "headline",
    "not_after_infinitive",
    "not_after_name",
    "not_after_number",
    "not_with_figure",
)
# The context fields that are switches (`true` / `false`), checked as such when a file is read.
BOOLEAN_CONTEXT_FIELDS: frozenset[str] = frozenset(
    {
        "capitalized",
        "not_named",
        "not_line_start",
        "headline",
        "not_after_infinitive",
        "not_after_name",
        "not_after_number",
        "not_with_figure",
    }
)
# `context: {voice: reporter}`: the loaded lexicon keeps the hit only in that voice (framing/components/lexicon.py).
CONTEXT_VOICES: tuple[str, ...] = get_args(Voice)
HEADER_FIELDS: tuple[str, ...] = ("language", "family", "entries", "categories", "description", "source")
DEFAULT_CONTEXT_WINDOW = 3
# `not_in_text`: the words of a literal domain; a text holding at least this many of them (outside the
# match) uses the entry's word literally ("meute" in a text about wolves and hounds).
DEFAULT_IN_TEXT_MIN = 3
# An entry's `weight` (graded signal of a loaded hit): 1 is a typical loaded word.
MAX_WEIGHT = 10.0


@dataclass(frozen=True)
class LexiconEntry:
    """One lexicon entry. Exactly one of `term` (lemma-matched words) or `pattern` (spaCy Matcher) is set."""

    id: str
    term: str | None
    pattern: tuple[dict[str, Any], ...] | None
    category: str
    note: str
    alternative: str | None
    source: str | None
    context: dict[str, Any] | None
    family: str
    lang: str
    file: str
    line: int
    # Free-form attributes a component may need (`data:` in the file), plus unknown keys kept as-is.
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    unknown_fields: tuple[str, ...] = ()
    # How strongly a hit of this entry counts in the weighted rate (None: the word's intensity, else 1).
    weight: float | None = None

    @property
    def label(self) -> str:
        """What a user reads: the term, or the pattern shown compactly."""
        if self.term is not None:
            return self.term
        return " ".join(_pattern_token_label(tok) for tok in self.pattern or ())

    @property
    def match_key(self) -> str:
        """Two entries with the same key in one family describe the same expression."""
        if self.term is not None:
            key = normalize_term(self.term)
        else:
            key = "pattern:" + json.dumps(self.pattern, sort_keys=True, ensure_ascii=False)
        if self.context:
            key += "|" + json.dumps(self.context, sort_keys=True, ensure_ascii=False)
        return key


def enabled_rule(entries: Iterable[LexiconEntry], name: str) -> LexiconEntry | None:
    """The first `rule` entry whose term is `name` (case aside) and which is not switched off
    (`enabled: false`): the senses family keeps its context rules as such entries, one loader each."""
    for entry in entries:
        if entry.category == "rule" and (entry.term or "").lower() == name and entry.data.get("enabled", True):
            return entry
    return None


def rule_words(entry: LexiconEntry, key: str) -> frozenset[str]:
    """A rule entry's word list `data[key]`, lower-cased, in both apostrophe spellings ("qu'" and "qu’"):
    the rules compare it with the text's words as written, which use either."""
    straight = {str(w).lower().replace("’", "'") for w in entry.data.get(key) or ()}
    return frozenset(straight | {w.replace("'", "’") for w in straight})


@dataclass(frozen=True)
class LexiconProblem:
    path: str
    line: int | None
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        return format_location(self.path, self.line, self.message)


@dataclass
class LexiconFile:
    """A parsed file: its header and the entries that passed validation, plus every problem found."""

    path: str
    lang: str | None = None
    family: str | None = None
    entries: list[LexiconEntry] = field(default_factory=list)
    problems: list[LexiconProblem] = field(default_factory=list)

    @property
    def errors(self) -> list[LexiconProblem]:
        return [p for p in self.problems if p.severity == "error"]


def normalize_term(term: str) -> str:
    """Case, typographic apostrophes and spacing never make two terms different."""
    return " ".join(term.replace("’", "'").lower().split())


def term_words(term: str) -> tuple[str, ...]:
    """A term as the tokenizer cuts it, an elision its own word ("dans l'hypothèse où": four, "n'est": two)."""
    return tuple(normalize_term(term).replace("'", "' ").split())


def _pattern_token_label(tok: dict[str, Any]) -> str:
    op = str(tok.get("OP", ""))
    for key in ("LOWER", "LEMMA", "ORTH", "TEXT", "NORM"):
        if key in tok:
            value = tok[key]
            if isinstance(value, dict) and "IN" in value:
                return "(" + "|".join(str(v) for v in value["IN"]) + ")" + op
            if isinstance(value, dict) and "REGEX" in value:
                return "/" + str(value["REGEX"]) + "/" + op
            return str(value) + op
    return "[" + ",".join(k for k in tok if k != "OP") + "]" + op


# --------------------------------------------------------------------------- where the data lives


def lexicon_dir() -> Path:
    """The built-in lexicon folder: $FRAMING_LEXICON_DIR, the source tree, or the installed data files.

    A source checkout or editable install reads `lexicons/` next to the package; `pip install .` ships
    the files as data files under `<prefix>/share/framing/lexicons` (see pyproject.toml).
    """
    override = os.environ.get(LEXICON_DIR_ENV, "").strip()
    if override:
        return Path(override)
    for candidate in _candidate_dirs():
        if candidate.is_dir() and any((candidate / lang).is_dir() for lang in ("fr", "en")):
            return candidate
    raise LexiconError(None, _("cannot find the built-in lexicons; set FRAMING_LEXICON_DIR to the lexicons/ folder"))


def _candidate_dirs() -> Iterator[Path]:
    yield Path(__file__).resolve().parent.parent / "lexicons"
    prefixes = [sysconfig.get_path("data"), sys.prefix, sys.base_prefix, getattr(site, "USER_BASE", None)]
    for prefix in prefixes:
        if prefix:
            yield Path(prefix) / "share" / "framing" / "lexicons"


def builtin_path(lang: str, family: str) -> Path:
    return lexicon_dir() / lang / f"{family}.yaml"


def builtin_files() -> list[Path]:
    """Every built-in lexicon file, in a stable order."""
    root = lexicon_dir()
    return sorted(p for p in root.glob("*/*.yaml") if p.is_file())


def display_path(path: str | Path) -> str:
    """Built-in files are shown as `lexicons/<lang>/<file>` whatever the install; user files as given."""
    path = Path(path)
    try:
        rel = path.resolve().relative_to(lexicon_dir().resolve())
    except (ValueError, OSError, LexiconError):
        return str(path)
    return str(Path("lexicons") / rel)


# --------------------------------------------------------------------------- parsing with line numbers


class _Lines(dict):
    """A mapping that remembers the line of the mapping and of each of its keys."""

    line: int = 0
    key_lines: dict[str, int]
    duplicate_keys: list[tuple[str, int]]


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser when installed: ~5x faster
    """SafeLoader whose mappings carry line numbers and report duplicate keys (YAML keeps the last)."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _Lines:
    loader.flatten_mapping(node)
    result = _Lines()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    result.duplicate_keys = []
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        value = loader.construct_object(value_node, deep=True)
        key_str = str(key)
        if key_str in result.key_lines:
            result.duplicate_keys.append((key_str, key_node.start_mark.line + 1))
        result.key_lines[key_str] = key_node.start_mark.line + 1
        result[key] = value
    return result


class _LineList(list):
    """A list that remembers the line of each item."""

    item_lines: list[int]


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> _LineList:
    result = _LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def _yaml_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean (quote it: YAML reads yes/no/on/off/true/false as booleans)"
    if value is None:
        return "empty"
    if isinstance(value, (int, float)):
        return "a number (quote it)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def parse_file(path: str | Path, *, expect_lang: str | None = None, expect_family: str | None = None) -> LexiconFile:
    """Parse and validate one file; never raises for content problems (they are in `.problems`)."""
    shown = display_path(path)
    result = LexiconFile(path=shown)

    def problem(line: int | None, message: str, severity: str = "error") -> None:
        result.problems.append(LexiconProblem(shown, line, message, severity))

    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        problem(None, _("no such lexicon file"))
        return result
    except (OSError, UnicodeDecodeError) as exc:
        problem(None, _("cannot read lexicon file: {exc}").format(exc=exc))
        return result
    try:
        doc = yaml.load(raw, Loader=_LineLoader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problem(line, _("YAML syntax error: {what}").format(what=what))
        return result
    if not isinstance(doc, _Lines):
        problem(1, _("a lexicon file is a mapping with `language`, `family` and `entries`"))
        return result
    for key, line in doc.duplicate_keys:
        problem(line, _("duplicate key {key!r}").format(key=key))
    for key in doc:
        if str(key) not in HEADER_FIELDS:
            problem(
                doc.key_lines.get(str(key), 1),
                _("unknown header field {key!r} (known: {value})").format(key=key, value=", ".join(HEADER_FIELDS)),
            )

    lang, family = doc.get("language"), doc.get("family")
    for name, value in (("language", lang), ("family", family)):
        if not isinstance(value, str) or not value.strip():
            problem(
                doc.key_lines.get(name, doc.line),
                _("`{name}` must be a non-empty string, got {value}").format(name=name, value=_yaml_kind(value)),
            )
    if not (isinstance(lang, str) and isinstance(family, str)):
        return result
    lang, family = lang.strip(), family.strip()
    result.lang, result.family = lang, family
    if expect_lang and lang != expect_lang:
        problem(
            doc.key_lines.get("language"),
            _("language is {lang!r} but the file is under {expect_lang}/").format(lang=lang, expect_lang=expect_lang),
        )
    if expect_family and family != expect_family:
        problem(
            doc.key_lines.get("family"),
            _("family is {family!r} but the file is named {expect_family}.yaml").format(
                family=family, expect_family=expect_family
            ),
        )

    categories = _categories_for(family, doc, problem)
    entries = doc.get("entries")
    if not isinstance(entries, list):
        problem(
            doc.key_lines.get("entries", doc.line),
            _("`entries` must be a list, got {entries}").format(entries=_yaml_kind(entries)),
        )
        return result

    seen_ids: dict[str, int] = {}
    seen_keys: dict[str, int] = {}
    item_lines = getattr(entries, "item_lines", [])
    for index, item in enumerate(entries, start=1):
        item_line = item_lines[index - 1] if index <= len(item_lines) else None
        entry = _parse_entry(item, index, item_line, lang, family, categories, shown, problem)
        if entry is None:
            continue
        if entry.id in seen_ids:
            problem(
                entry.line,
                _("duplicate id {id!r} (first defined on line {value})").format(id=entry.id, value=seen_ids[entry.id]),
            )
            continue
        if entry.match_key in seen_keys:
            problem(
                entry.line,
                _("duplicate term {label!r} (first defined on line {value})").format(
                    label=entry.label, value=seen_keys[entry.match_key]
                ),
            )
            continue
        seen_ids[entry.id] = entry.line
        seen_keys[entry.match_key] = entry.line
        result.entries.append(entry)
    return result


def _categories_for(family: str, doc: _Lines, problem: Any) -> tuple[str, ...] | None:
    declared = doc.get("categories")
    if family in KNOWN_CATEGORIES:
        if declared is not None:
            problem(
                doc.key_lines.get("categories"),
                _("family {family!r} has fixed categories; remove `categories`").format(family=family),
            )
        return KNOWN_CATEGORIES[family]
    if declared is None:
        return None
    if not isinstance(declared, list) or not all(isinstance(c, str) and c.strip() for c in declared):
        problem(doc.key_lines.get("categories"), _("`categories` must be a list of non-empty strings"))
        return None
    return tuple(c.strip() for c in declared)


def _parse_entry(
    item: Any,
    index: int,
    item_line: int | None,
    lang: str,
    family: str,
    categories: tuple[str, ...] | None,
    shown: str,
    problem: Any,
) -> LexiconEntry | None:
    if not isinstance(item, _Lines):
        problem(item_line, _("entry {index} must be a mapping with id, term/pattern and category").format(index=index))
        return None
    line = item.line
    lines = item.key_lines
    ok = True
    for key, key_line in item.duplicate_keys:
        problem(key_line, _("duplicate key {key!r} in entry").format(key=key))
        ok = False

    def text_field(name: str, *, required: bool) -> str | None:
        nonlocal ok
        value = item.get(name)
        if value is None and name not in item:
            if required:
                problem(line, _("entry has no `{name}`").format(name=name))
                ok = False
            return None
        if not isinstance(value, str):
            problem(
                lines.get(name, line),
                _("`{name}` must be a string, got {value}").format(name=name, value=_yaml_kind(value)),
            )
            ok = False
            return None
        if not value.strip():
            if required or name in ("term", "alternative", "source", "note"):
                problem(lines.get(name, line), _("empty `{name}`").format(name=name))
                ok = False
            return None
        return " ".join(value.split())

    entry_id = text_field("id", required=True)
    term = text_field("term", required=False) if "term" in item else None
    category = text_field("category", required=True)
    note = text_field("note", required=family in NOTE_REQUIRED) or ""
    alternative = text_field("alternative", required=False) if "alternative" in item else None
    source = text_field("source", required=False) if "source" in item else None

    pattern = None
    if "pattern" in item:
        pattern = _check_pattern(item.get("pattern"), lines.get("pattern", line), problem)
        ok = ok and pattern is not None
    if "term" in item and "pattern" in item:
        problem(line, _("an entry has either `term` or `pattern`, not both"))
        ok = False
    elif "term" not in item and "pattern" not in item:
        problem(line, _("entry has neither `term` nor `pattern`"))
        ok = False
    if term is not None and not any(ch.isalnum() for ch in term):
        problem(
            lines.get("term", line), _("term {term!r} has no letters or digits; it can never match").format(term=term)
        )
        ok = False

    if category is not None and categories is not None and category not in categories:
        extra = " " + _("(scare_quotes is produced by a rule, not by entries)") if category in RULE_CATEGORIES else ""
        problem(
            lines.get("category", line),
            _("unknown category {category!r} for family {family!r} (known: {value}){extra}").format(
                category=category, family=family, value=", ".join(categories), extra=extra
            ),
        )
        ok = False

    context = None
    if "context" in item:
        context = _check_context(item.get("context"), lines.get("context", line), problem)
        ok = ok and context is not None
    data = item.get("data") or {}
    if not isinstance(data, dict):
        problem(lines.get("data", line), _("`data` must be a mapping, got {data}").format(data=_yaml_kind(data)))
        ok = False
        data = {}
    weight = item.get("weight")
    if "weight" in item and (
        isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= MAX_WEIGHT
    ):
        problem(
            lines.get("weight", line),
            _("`weight` must be a number above 0 and at most {max}, got {value}").format(
                max=format(MAX_WEIGHT, "g"), value=repr(weight)
            ),
        )
        ok = False
    unknown = tuple(str(k) for k in item if str(k) not in ENTRY_FIELDS)
    for key in unknown:
        problem(
            lines.get(key, line),
            _("unknown field {key!r} (known: {value})").format(key=key, value=", ".join(ENTRY_FIELDS)),
            "warning",
        )
    if not ok or entry_id is None or category is None:
        return None
    merged = {**{k: item[k] for k in unknown}, **dict(data)}
    return LexiconEntry(
        id=entry_id,
        term=term,
        pattern=pattern,
        category=category,
        note=note,
        alternative=alternative,
        source=source,
        context=context,
        family=family,
        lang=lang,
        file=shown,
        line=line,
        data=merged,
        unknown_fields=unknown,
        weight=float(weight) if weight is not None else None,
    )


def _check_pattern(value: Any, line: int, problem: Any) -> tuple[dict[str, Any], ...] | None:
    """A token pattern in spaCy Matcher syntax, checked by the matcher that will run it."""
    if not isinstance(value, list) or not value:
        problem(
            line, _("`pattern` must be a non-empty list of token mappings, got {value}").format(value=_yaml_kind(value))
        )
        return None
    tokens = []
    for tok in value:
        if not isinstance(tok, dict) or not tok:
            problem(line, _('each pattern token must be a non-empty mapping such as {LOWER: "sous"}'))
            return None
        tokens.append(_plain(tok))
    try:
        compile_pattern("check", tokens)
    except PatternError as exc:
        problem(line, _("invalid pattern: {exc}").format(exc=exc))
        return None
    for tok in tokens:
        for key in ("LOWER",):
            values = _pattern_values(tok.get(key))
            for v in values:
                if isinstance(v, str) and v != v.lower():
                    problem(line, _("pattern {key} value {v!r} has capitals; it can never match").format(key=key, v=v))
                    return None
        for key in ("LOWER", "LEMMA", "ORTH", "TEXT", "NORM"):
            for v in _pattern_values(tok.get(key)):
                if isinstance(v, str) and (not v or any(ch.isspace() for ch in v)):
                    problem(
                        line, _("pattern {key} value {v!r} contains spaces; a token never does").format(key=key, v=v)
                    )
                    return None
    return tuple(tokens)


def _pattern_values(spec: Any) -> list[Any]:
    if spec is None:
        return []
    if isinstance(spec, dict):
        return list(spec.get("IN", []))
    return [spec]


def _plain(value: Any) -> Any:
    """Strip the line-tracking mapping type (spaCy and json want plain dicts)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _check_context(value: Any, line: int, problem: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict) or not value:
        problem(line, _("`context` must be a mapping, got {value}").format(value=_yaml_kind(value)))
        return None
    out: dict[str, Any] = {}
    for key, item in value.items():
        key = str(key)
        if key not in CONTEXT_FIELDS:
            problem(
                line,
                _("unknown context field {key!r} (known: {value})").format(key=key, value=", ".join(CONTEXT_FIELDS)),
            )
            return None
        if key in BOOLEAN_CONTEXT_FIELDS:
            if not isinstance(item, bool):
                problem(line, _("context `{key}` must be true or false").format(key=key))
                return None
            out[key] = item
        elif key == "in_text_min":
            if not isinstance(item, int) or isinstance(item, bool) or not 1 <= item <= 100:
                problem(line, _("context `in_text_min` must be a whole number from 1 to 100"))
                return None
            out[key] = item
        elif key == "window":
            if not isinstance(item, int) or isinstance(item, bool) or not 1 <= item <= 20:
                problem(line, _("context `window` must be a whole number of tokens from 1 to 20"))
                return None
            out[key] = item
        elif key == "match":
            if item not in ("any", "all"):
                problem(line, _("context `match` must be `any` or `all`"))
                return None
            out[key] = item
        elif key == "voice":
            if item not in CONTEXT_VOICES:
                problem(line, _("context `voice` must be `reporter` or `quoted`"))
                return None
            out[key] = item
        else:
            words = [item] if isinstance(item, str) else item
            if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
                problem(line, _("context `{key}` must be a word or a list of words").format(key=key))
                return None
            if any(len(w.split()) > 1 for w in words):
                problem(line, _("context `{key}` takes single words (lemmas or forms), not phrases").format(key=key))
                return None
            out[key] = [normalize_term(w) for w in words]
    return out


# --------------------------------------------------------------------------- loading with overrides


def merge_entries(base: Iterable[LexiconEntry], overrides: Iterable[LexiconEntry]) -> list[LexiconEntry]:
    """User entries replace built-in ones with the same id or the same term; the rest are added."""
    merged = list(base)
    for entry in overrides:
        merged = [e for e in merged if e.id != entry.id and e.match_key != entry.match_key]
        merged.append(entry)
    return merged


def _raise_first(parsed: LexiconFile) -> None:
    errors = parsed.errors
    if errors:
        more = f" (+{len(errors) - 1} more; run `framing lexicon check`)" if len(errors) > 1 else ""
        first = errors[0]
        raise LexiconError(first.path, first.message + more, first.line)


@lru_cache(maxsize=64)
def _load_cached(lang: str, family: str, extra_paths: tuple[str, ...]) -> tuple[LexiconEntry, ...]:
    """Parsed once per set of file contents (framing.startup_cache), then once per process."""
    from . import startup_cache

    path = builtin_path(lang, family)
    key = startup_cache.digest(lang, family, str(path), extra_paths, startup_cache.file_contents([path, *extra_paths]))
    return startup_cache.cached("lexicon", key, lambda: _parse_entries(lang, family, extra_paths))


def _parse_entries(lang: str, family: str, extra_paths: tuple[str, ...]) -> tuple[LexiconEntry, ...]:
    entries: list[LexiconEntry] = []
    path = builtin_path(lang, family)
    if extra_paths:
        # The built-in entries are already parsed and cached on their own: with an optional file, only
        # that file is new (each family's built-in file was parsed again for every added file).
        entries = list(_load_cached(lang, family, ()))
    elif path.is_file():
        parsed = parse_file(path, expect_lang=lang, expect_family=family)
        _raise_first(parsed)
        entries = parsed.entries
    for extra in extra_paths:
        parsed = parse_file(extra)
        _raise_first(parsed)
        if parsed.lang == lang and parsed.family == family:
            entries = merge_entries(entries, parsed.entries)
    return tuple(entries)


def load_entries(lang: str, family: str, extra_paths: Iterable[str | Path] = ()) -> list[LexiconEntry]:
    """Built-in entries of one language and family, extended/overridden by the user's files.

    Raises LexiconError (`file:line: message`) on the first invalid file. Cached per arguments.
    """
    return list(_load_cached(lang, family, tuple(str(p) for p in extra_paths)))


def all_entries(extra_paths: Iterable[str | Path] = ()) -> list[LexiconEntry]:
    """Every entry of every built-in language and family, with the user's files applied."""
    extras = tuple(str(p) for p in extra_paths)
    families: set[tuple[str, str]] = {(p.parent.name, p.stem) for p in builtin_files()}
    for extra in extras:
        parsed = parse_file(extra)
        _raise_first(parsed)
        if parsed.lang and parsed.family:
            families.add((parsed.lang, parsed.family))
    out: list[LexiconEntry] = []
    for lang, family in sorted(families):
        out.extend(load_entries(lang, family, extras))
    return out


def lexicon_version(extra_paths: Iterable[str | Path] = ()) -> str:
    """A hash of every built-in lexicon file and every extra file: part of the analysis cache key."""
    digest = hashlib.sha256()
    try:
        root = lexicon_dir()
        files = [(str(p.relative_to(root)), p) for p in builtin_files()]
    except LexiconError:
        files = []
    files += [(f"extra:{p}", Path(p)) for p in extra_paths]
    for name, path in files:
        digest.update(name.encode("utf-8") + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
        digest.update(b"\0")
    return digest.hexdigest()[:16]
