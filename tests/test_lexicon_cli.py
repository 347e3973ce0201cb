"""`framing lexicon list|show|check` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import Result
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


def run(*args: str) -> Result:
    return runner.invoke(app, ["lexicon", *args])


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_list_filters_by_language_family_and_category() -> None:
    result = run("list", "--lang", "fr", "--family", "loaded", "--category", "euphemism")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) >= 20
    for line in lines:
        entry_id, where, category, *_ = line.split("\t")
        assert entry_id.startswith("fr-")
        assert where == "fr/loaded"
        assert category == "euphemism"
    assert any(line.startswith("fr-loaded-transition-responsable\t") for line in lines)


def test_list_includes_user_files(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.yaml",
        "language: en\nfamily: loaded\nentries:\n"
        "  - id: mine-gizmo\n    term: gizmo\n    category: emotive\n    note: test\n",
    )
    result = run("list", "--lang", "en", "--category", "emotive", "--lexicon", str(path))
    assert result.exit_code == 0, result.output
    assert "mine-gizmo\ten/loaded\temotive\tgizmo" in result.stdout


def test_show_term_gives_category_note_alternative_source_and_files() -> None:
    result = run("show", "terroriste")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "fr-loaded-terroriste" in out
    assert "category     labeling" in out
    assert "alternative" in out and "groupe armé" in out
    assert "source       Reuters Handbook of Journalism" in out
    assert "defined in   lexicons/fr/loaded.yaml:" in out


def test_show_gives_the_graded_intensity_of_a_word() -> None:
    result = run("show", "odieux", "--lang", "fr")
    assert result.exit_code == 0, result.output
    assert "fr-intensity-odieux" in result.stdout
    assert "weight       1.4" in result.stdout


def test_show_an_inflected_phrase_finds_the_entry_behind_it() -> None:
    result = run("show", "les lâches attentats", "--lang", "fr")
    assert result.exit_code == 0, result.output
    assert "fr-loaded-lache-acte (matched as text)" in result.stdout


def test_show_lists_every_file_defining_an_overridden_entry(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.yaml",
        "language: fr\nfamily: loaded\nentries:\n"
        "  - id: fr-loaded-occupation\n    term: occupation\n    category: labeling\n    note: mon avis\n",
    )
    result = run("show", "fr-loaded-occupation", "--lexicon", str(path))
    assert result.exit_code == 0, result.output
    assert "category     labeling" in result.stdout
    assert f"used from    {path}:4" in result.stdout
    assert "defined in   lexicons/fr/loaded.yaml:" in result.stdout
    assert f"defined in   {path}:4" in result.stdout


def test_show_unknown_term_exits_1() -> None:
    result = run("show", "zzzqqq-nothing", "--lang", "fr")
    assert result.exit_code == 1
    assert "no lexicon entry matches" in result.output


def test_check_builtin_files_is_clean() -> None:
    result = run("check")
    assert result.exit_code == 0, result.output
    assert "no errors" in result.output


def test_check_reports_each_problem_as_file_line_message(tmp_path: Path) -> None:
    bad = write(
        tmp_path,
        "bad.yaml",
        "language: fr\nfamily: loaded\nentries:\n"
        "  - id: a\n    term: occupation\n    category: delegitimizing\n    note: x\n"
        "  - id: a\n    term: chaos\n    category: dramatizing\n    note: x\n"
        "  - id: b\n    term: ''\n    category: emotive\n    note: x\n"
        "  - id: c\n    term: bidule\n    category: nonsense\n    note: x\n"
        '  - id: d\n    pattern: [{LOWER: "Truc"}]\n    category: emotive\n    note: x\n',
    )
    broken = write(tmp_path, "broken.yaml", "language: fr\nfamily: loaded\nentries:\n  - id: a\n    term: [oops\n")
    result = run("check", str(bad), str(broken))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{bad}:8: duplicate id 'a' (first defined on line 4)" in lines
    assert f"{bad}:13: empty `term`" in lines
    assert any(line.startswith(f"{bad}:18: unknown category 'nonsense'") for line in lines)
    assert f"{bad}:21: pattern LOWER value 'Truc' has capitals; it can never match" in lines
    assert any(line.startswith(f"{broken}:6: YAML syntax error") for line in lines)
    assert "5 error(s)" in result.output


def test_check_a_good_user_file_exits_0(tmp_path: Path) -> None:
    good = write(
        tmp_path,
        "good.yaml",
        "language: en\nfamily: loaded\nentries:\n"
        "  - id: mine-1\n    term: C++ (beta)*\n    category: emotive\n    note: literal characters\n",
    )
    result = run("check", str(good))
    assert result.exit_code == 0, result.output
    assert "1 file, 1 entries: no errors" in result.output


def test_analysing_with_a_broken_user_lexicon_fails_with_one_line(tmp_path: Path) -> None:
    bad = write(
        tmp_path,
        "bad.yaml",
        "language: fr\nfamily: loaded\nentries:\n"
        "  - id: a\n    term: x\n    category: emotive\n    note: x\n"
        "  - id: a\n    term: y\n    category: emotive\n    note: x\n",
    )
    article = write(tmp_path, "a.txt", "Le conseil municipal a voté le budget de la ville mardi soir.\n")
    command = [sys.executable, "-c", "from framing.cli import main; main()", "analyze", str(article)]
    result = subprocess.run([*command, "--lexicon", str(bad)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {bad}:8: duplicate id 'a' (first defined on line 4)"


def test_check_warns_about_a_family_framing_does_not_read(tmp_path: Path) -> None:
    typo = write(tmp_path, "typo.yaml", "language: fr\nfamily: lodaed\nentries:\n  - {id: a, term: x, category: y}\n")
    result = run("check", str(typo))
    assert result.exit_code == 0, result.output
    assert f"{typo}:2: warning: family 'lodaed' is not read by framing" in result.stdout


def test_check_a_folder_checks_the_yaml_files_in_it(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    entries = "entries:\n  - {id: a, term: x, category: bad, note: n}\n"
    write(tmp_path / "fr", "loaded.yaml", "language: fr\nfamily: loaded\n" + entries)
    result = run("check", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{tmp_path / 'fr' / 'loaded.yaml'}:4: unknown category 'bad'")
