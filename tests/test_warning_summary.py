"""Repeated warnings summarised on one line per kind (full list with --verbose or --log), and
`framing export` on standard output without --out (issue 16, item 5)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from corpus_samples import write_good_folder
from typer.testing import CliRunner

from framing.cli import app
from framing.cli.problems import PLACES_SHOWN, SUMMARY_AFTER, problem_lines
from framing.errors import ProblemLog

pytestmark = pytest.mark.usefixtures("isolated_cli_run")

COPIES = 6


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def corpus_with_copies(tmp_path: Path) -> Path:
    """Two articles, and COPIES wire copies of the first."""
    folder = tmp_path / "corpus"
    write_good_folder(folder, 2)
    for i in range(COPIES):
        shutil.copy(folder / "good_0.txt", folder / f"z_copy_{i}.txt")
    return folder


def test_duplicates_are_one_line_with_count_and_first_places(corpus_with_copies: Path, tmp_path: Path) -> None:
    log = tmp_path / "run.log"
    result = invoke("stories", str(corpus_with_copies), "--log", str(log))
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    duplicate_lines = [line for line in lines if "duplicate" in line and "analysed" not in line]
    assert len(duplicate_lines) == 1, result.stderr
    line = duplicate_lines[0]
    assert line.startswith(f"warning: {COPIES} duplicates (wire copies) counted once: ")
    assert line.count("copy_") == PLACES_SHOWN
    assert line.endswith("(--verbose for all)")
    # The log holds every one, with the reason.
    logged = log.read_text(encoding="utf-8").splitlines()
    assert sum("duplicate of good_0" in entry for entry in logged) == COPIES
    assert logged[-1].startswith("2 analysed, 0 skipped")


def test_verbose_prints_every_warning(corpus_with_copies: Path) -> None:
    result = invoke("stories", str(corpus_with_copies), "--verbose")
    assert result.exit_code == 0
    assert sum("duplicate of good_0" in line for line in result.stderr.splitlines()) == COPIES


def test_few_warnings_of_a_kind_stay_one_per_line() -> None:
    problems = ProblemLog()
    for i in range(SUMMARY_AFTER):
        problems.warn(f"f{i}.txt", "duplicate of a", kind="duplicate")
    problems.warn("g.txt", "something else")
    assert problem_lines(problems) == [
        *(f"warning: f{i}.txt: duplicate of a" for i in range(SUMMARY_AFTER)),
        "warning: g.txt: something else",
    ]
    problems.warn("f9.txt", "duplicate of b", kind="duplicate")
    summary = problem_lines(problems)
    assert len(summary) == 2 and summary[0].startswith(f"warning: {SUMMARY_AFTER + 1} duplicates")


def test_same_message_without_a_kind_is_grouped_too() -> None:
    problems = ProblemLog()
    for i in range(SUMMARY_AFTER + 2):
        problems.skip(f"bad{i}.csv", "no text column", line=i + 1)
    (line,) = problem_lines(problems)
    places = "bad0.csv:1, bad1.csv:2, bad2.csv:3"
    assert line == f"error: {SUMMARY_AFTER + 2} times: no text column: {places}, ... (--verbose for all)"


def test_export_writes_to_stdout_without_out(tmp_path: Path) -> None:
    write_good_folder(tmp_path, 2)
    result = invoke("export", str(tmp_path), "--format", "jsonl", "--level", "article")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["article_id"] for row in rows] == ["good_0", "good_1"]
    assert not list(tmp_path.glob("-"))
