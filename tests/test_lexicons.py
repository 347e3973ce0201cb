"""The lexicon files and their loader: every built-in file is valid; mistakes come back as file:line."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

import pytest

from framing.errors import LexiconError
from framing.lexicons import (
    KNOWN_CATEGORIES,
    LOADED_CATEGORIES,
    MAIN_FAMILIES,
    builtin_files,
    lexicon_dir,
    lexicon_version,
    load_entries,
    merge_entries,
    parse_file,
)

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("fr", "en")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "language: fr\nfamily: loaded\nentries:\n"


def entry(id_: str, term: str, category: str = "emotive", note: str = "why") -> str:
    return f"  - id: {id_}\n    term: {term}\n    category: {category}\n    note: {note}\n"


# --------------------------------------------------------------------------- built-in files


def test_builtin_lexicons_are_found_in_the_source_tree() -> None:
    assert lexicon_dir().resolve() == (ROOT / "lexicons").resolve()
    names = {f"{p.parent.name}/{p.name}" for p in builtin_files()}
    for lang in LANGS:
        assert f"{lang}/loaded.yaml" in names


@pytest.mark.parametrize("path", builtin_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_builtin_file_loads_and_validates(path: Path) -> None:
    parsed = parse_file(path, expect_lang=path.parent.name, expect_family=path.stem)
    assert [str(p) for p in parsed.errors] == []
    assert parsed.entries, "a lexicon file without entries"
    ids = [e.id for e in parsed.entries]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_at_least_300_entries_across_families(lang: str) -> None:
    counts = {family: len(load_entries(lang, family)) for family in MAIN_FAMILIES}
    assert sum(counts.values()) >= 300, counts


@pytest.mark.parametrize("lang", LANGS)
def test_loaded_entries_have_notes_alternatives_and_cover_every_category(lang: str) -> None:
    entries = load_entries(lang, "loaded")
    assert len(entries) >= 200
    assert all(e.note.strip() for e in entries), [e.id for e in entries if not e.note.strip()]
    with_alternative = sum(1 for e in entries if e.alternative)
    assert with_alternative / len(entries) >= 0.6
    assert {e.category for e in entries} == set(LOADED_CATEGORIES)


@pytest.mark.parametrize("lang", LANGS)
def test_main_families_use_only_their_categories(lang: str) -> None:
    for family in MAIN_FAMILIES:
        for e in load_entries(lang, family):
            assert e.category in KNOWN_CATEGORIES[family], (e.file, e.line, e.category)


def test_pyproject_ships_every_builtin_lexicon_file_as_data() -> None:
    """A plain `pip install .` must carry the lexicons (they live outside the package)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data_files: dict[str, list[str]] = config["tool"]["setuptools"]["data-files"]
    globs = [g for patterns in data_files.values() for g in patterns]
    for path in builtin_files():
        rel = path.relative_to(ROOT).as_posix()
        assert any(fnmatch.fnmatch(rel, g) for g in globs), rel


def test_lexicon_dir_can_be_overridden(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    write(tmp_path / "fr", "loaded.yaml", HEADER + entry("fr-x", "bidule"))
    monkeypatch.setenv("FRAMING_LEXICON_DIR", str(tmp_path))
    assert lexicon_dir() == tmp_path
    assert [e.id for e in parse_file(tmp_path / "fr" / "loaded.yaml").entries] == ["fr-x"]


# --------------------------------------------------------------------------- validation errors


def problems_of(path: Path) -> list[str]:
    return [str(p) for p in parse_file(path).errors]


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.yaml", HEADER + "  - id: a\n    term: [unclosed\n    category: emotive\n")
    problems = problems_of(path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:")
    assert "YAML syntax error" in problems[0]
    line = int(problems[0].split(":")[1])
    assert 5 <= line <= 7


def test_duplicate_id_and_duplicate_term_are_errors_on_their_line(tmp_path: Path) -> None:
    text = HEADER + entry("a", "occupation") + entry("a", "invasion") + entry("b", "Occupation")
    path = write(tmp_path, "dup.yaml", text)
    assert problems_of(path) == [
        f"{path}:8: duplicate id 'a' (first defined on line 4)",
        f"{path}:12: duplicate term 'Occupation' (first defined on line 4)",
    ]


def test_empty_term_missing_note_and_boolean_term(tmp_path: Path) -> None:
    text = (
        HEADER
        + '  - id: a\n    term: ""\n    category: emotive\n    note: x\n'
        + "  - id: b\n    term: chaos\n    category: emotive\n"
        + "  - id: c\n    term: yes\n    category: emotive\n    note: x\n"
    )
    path = write(tmp_path, "empty.yaml", text)
    problems = problems_of(path)
    assert f"{path}:5: empty `term`" in problems
    assert f"{path}:8: entry has no `note`" in problems
    assert any(p.startswith(f"{path}:12: `term` must be a string, got a boolean") for p in problems)


def test_unknown_category_is_reported_with_the_known_ones(tmp_path: Path) -> None:
    path = write(tmp_path, "cat.yaml", HEADER + entry("a", "chaos", category="scare_quotes"))
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:6: unknown category 'scare_quotes' for family 'loaded'")
    assert "produced by a rule" in problem


def test_patterns_that_can_never_match_are_errors(tmp_path: Path) -> None:
    text = (
        HEADER
        + '  - id: a\n    pattern: [{LOWER: "Sous"}]\n    category: emotive\n    note: x\n'
        + '  - id: b\n    pattern: [{LOWER: "sous un"}]\n    category: emotive\n    note: x\n'
        + '  - id: c\n    pattern: [{LOWERR: "sous"}]\n    category: emotive\n    note: x\n'
    )
    path = write(tmp_path, "pat.yaml", text)
    problems = problems_of(path)
    assert problems[0] == f"{path}:5: pattern LOWER value 'Sous' has capitals; it can never match"
    assert problems[1].startswith(f"{path}:9: pattern LOWER value 'sous un' contains spaces")
    assert problems[2].startswith(f"{path}:13: invalid pattern: unsupported attribute 'LOWERR'")


def test_header_must_match_the_file_location(tmp_path: Path) -> None:
    path = write(tmp_path, "loaded.yaml", "language: en\nfamily: loaded\nentries: []\n")
    problems = [str(p) for p in parse_file(path, expect_lang="fr", expect_family="loaded").errors]
    assert problems == [f"{path}:1: language is 'en' but the file is under fr/"]


def test_unknown_entry_field_is_a_warning_not_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "w.yaml", HEADER + entry("a", "chaos") + "    alternatve: désordre\n")
    parsed = parse_file(path)
    assert parsed.errors == []
    assert [str(p) for p in parsed.problems] == [
        f"{path}:8: unknown field 'alternatve' (known: "
        "id, term, pattern, category, note, alternative, source, "
        "context, data, weight)"
    ]


def test_load_entries_raises_a_one_line_error_for_a_bad_user_file(tmp_path: Path) -> None:
    path = write(tmp_path, "dup.yaml", HEADER + entry("a", "x") + entry("a", "y"))
    with pytest.raises(LexiconError) as info:
        load_entries("fr", "loaded", [path])
    assert str(info.value) == f"{path}:8: duplicate id 'a' (first defined on line 4)"


# --------------------------------------------------------------------------- user files


def test_user_file_extends_and_overrides_builtin_entries(tmp_path: Path) -> None:
    builtin = {e.id: e for e in load_entries("fr", "loaded")}
    assert builtin["fr-loaded-occupation"].category == "delegitimizing"
    text = (
        HEADER
        + entry("fr-loaded-occupation", "occupation", category="labeling", note="mon avis")
        + entry("mine-chaos", "chaos", category="emotive", note="same term, new id")
        + entry("mine-new", "très grave", category="emotive", note="nouveau")
    )
    path = write(tmp_path, "mine.yaml", text)
    merged = {e.id: e for e in load_entries("fr", "loaded", [path])}
    assert merged["fr-loaded-occupation"].category == "labeling"
    assert merged["fr-loaded-occupation"].file == str(path)
    assert "fr-loaded-chaos" not in merged and merged["mine-chaos"].term == "chaos"
    assert "mine-new" in merged
    assert len(merged) == len(builtin) + 1
    # Other languages and families are untouched by a French `loaded` file.
    assert len(load_entries("en", "loaded", [path])) == len(load_entries("en", "loaded"))


def test_merge_keeps_order_and_replaces_by_id_or_term() -> None:
    base = load_entries("en", "loaded")[:3]
    replaced = merge_entries(base, [base[1]])
    assert [e.id for e in replaced] == [base[0].id, base[2].id, base[1].id]


def test_lexicon_version_changes_with_extra_files(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", HEADER + entry("a", "chaos"))
    plain = lexicon_version()
    with_file = lexicon_version([path])
    assert plain == lexicon_version() and plain != with_file
    path.write_text(HEADER + entry("a", "désordre"), encoding="utf-8")
    assert lexicon_version([path]) != with_file


@pytest.mark.parametrize("value", ["0", "-1", "11", "heavy", "true"])
def test_a_weight_must_be_a_positive_number(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, "w.yaml", HEADER + entry("a", "chaos") + f"    weight: {value}\n")
    errors = [str(p) for p in parse_file(path).errors]
    assert len(errors) == 1 and "`weight` must be a number above 0" in errors[0], errors


def test_a_weight_is_read_as_a_number(tmp_path: Path) -> None:
    path = write(tmp_path, "w.yaml", HEADER + entry("a", "chaos") + "    weight: 1.5\n")
    parsed = parse_file(path)
    assert parsed.errors == [] and parsed.entries[0].weight == 1.5
