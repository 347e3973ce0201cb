"""`framing compare-texts` and `framing analyze --show text`: articles in the terminal with their evidence
marked, in colour or with plain marks, in columns or one after the other (issue 16, items 3 and 5)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.render.terminal_text import marked_text
from framing.types import ArticleAnalysis

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
# Two seed articles with loaded expressions, named and anonymous sources.
PATHS = [str(SEEDS / name) for name in ("001_731cb15688b1176c.txt", "002_de93dada5eba9a62.txt")]
ANSI = re.compile(r"\x1b\[[0-9;]*m")

pytestmark = pytest.mark.usefixtures("isolated_cli_run")


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    base = {"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": None}
    return CliRunner().invoke(app, list(args), env={**base, **(env or {})}, catch_exceptions=False)


def loaded_marks(output: str) -> int:
    """Loaded expressions marked in the output (the legend's example left out)."""
    return output.count("[loaded:") - output.count("[loaded: ...]")


@pytest.fixture(scope="module")
def analyses() -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["analyze", "--json", *PATHS], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_plain_marks_surround_every_span_exactly(analyses: list[dict[str, Any]]) -> None:
    for data in analyses:
        with_text = {**data, "text": (SEEDS / Path(data["article"]["path"]).name).read_text(encoding="utf-8")}
        analysis = ArticleAnalysis.from_dict(with_text)
        plain = marked_text(analysis, color=False).plain
        assert analysis.loaded, "the chosen seeds have loaded expressions"
        for hit in analysis.loaded:
            assert f"[loaded: {hit.text}]" in plain
        speakers = [a for a in analysis.attributions if a.speaker_start is not None]
        assert speakers
        for a in speakers:
            opening = "<?" if a.speaker_type == "anonymous" else "<"
            assert f"{opening}{analysis.text[a.speaker_start : a.speaker_end]}>" in plain
        # Without the marks, the text is the article exactly.
        unmarked = re.sub(r"\[loaded: |\]|\{!?|\}|<\??|>", "", plain)
        assert unmarked == re.sub(r"[\[\]{}<>]", "", analysis.text)
        coloured = marked_text(analysis, color=True)
        assert coloured.plain == analysis.text
        starts = {span.start for span in coloured.spans if span.style}
        assert all(hit.start in starts for hit in analysis.loaded)


def test_two_columns_at_140_without_colour(analyses: list[dict[str, Any]]) -> None:
    result = run("compare-texts", *PATHS, "--width", "140")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= 140 for line in lines)
    assert "\x1b[" not in result.stdout
    heading = next(line for line in lines if "TASS" in line)
    assert "non identifié (002)" in heading  # both articles' headings on one line: two columns
    assert loaded_marks(result.stdout) == sum(len(a["loaded"]) for a in analyses)
    alternatives = [hit["alternative"] for data in analyses for hit in data["loaded"] if hit["alternative"]]
    assert alternatives
    assert all(f"→ {alternative}" in result.stdout for alternative in alternatives)
    assert sum("words in quotes" in line for line in lines) == 1  # key figures under each column, one row


def test_one_column_under_100(analyses: list[dict[str, Any]]) -> None:
    result = run("compare-texts", *PATHS, "--width", "90")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= 90 for line in lines)
    assert not any("TASS" in line and "non identifié (002)" in line for line in lines)
    assert sum("words in quotes" in line for line in lines) == 2  # figures after each article
    assert loaded_marks(result.stdout) == sum(len(a["loaded"]) for a in analyses)


def test_colour_when_forced_and_marks_when_no_color(analyses: list[dict[str, Any]]) -> None:
    coloured = run("compare-texts", *PATHS, "--width", "140", env={"FORCE_COLOR": "1"})
    assert coloured.exit_code == 0
    assert "\x1b[" in coloured.stdout
    assert "[loaded:" not in ANSI.sub("", coloured.stdout)
    for flag_env, extra in (({"FORCE_COLOR": "1", "NO_COLOR": "1"}, ()), ({"FORCE_COLOR": "1"}, ("--no-color",))):
        plain = run("compare-texts", *PATHS, "--width", "140", *extra, env=flag_env)
        assert plain.exit_code == 0
        assert loaded_marks(ANSI.sub("", plain.stdout)) == sum(len(a["loaded"]) for a in analyses)


def test_needs_two_or_three_articles(tmp_path: Path) -> None:
    result = run("compare-texts", PATHS[0])
    assert result.exit_code == 2
    assert "two or three" in result.stderr
    assert run("compare-texts", *PATHS, PATHS[0], PATHS[1]).exit_code == 2
    # One JSON Lines file holding two articles is two articles.
    rows = [{"text": Path(p).read_text(encoding="utf-8"), "outlet": f"O{i}", "lang": "fr"} for i, p in enumerate(PATHS)]
    both = tmp_path / "both.jsonl"
    both.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    result = run("compare-texts", str(both), "--width", "140")
    assert result.exit_code == 0, result.stderr
    assert "O0" in result.stdout and "O1" in result.stdout


def test_analyze_show_text(analyses: list[dict[str, Any]]) -> None:
    result = run("analyze", PATHS[1], "--show", "text", "--no-color")
    assert result.exit_code == 0, result.stderr
    assert loaded_marks(result.stdout) == len(analyses[1]["loaded"])
    assert "<?" in result.stdout  # the anonymous sources of this article
    assert "words in quotes" in result.stdout
