"""The CLI end to end: typer's runner in-process, and the installed `framing` command as a subprocess.

Also the offset invariant over every span of every seed, and terminal safety of corpus text
(issue 9.4): a title, outlet, text or file name with escape sequences never reaches the terminal raw.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from corpus_samples import french_text, write_good_folder
from typer.testing import CliRunner

from framing.cli import app
from framing.corpus import load_corpus
from framing.errors import ProblemLog

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FRAMING = Path(sys.executable).with_name("framing")

ARTICLE_KEYS = {"id", "path", "outlet", "date", "lang", "title", "chars", "words", "sha256"}
SCORE_KEYS = {"loaded_per_1k", "hedges_per_1k", "boosters_per_1k", "anonymous_share", "named_share", "quoted_share"}
SPAN_FAMILIES = ("loaded", "hedges", "boosters", "attributions", "quotes")


pytestmark = pytest.mark.usefixtures("isolated_cli_run")


def invoke(*args: str, input: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)


def run_framing(
    *args: str, input: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """The installed console script, as a user runs it (not a tty: no progress bar, no colour)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [str(FRAMING), *args], input=input, capture_output=True, env=full_env, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def seed_analyses() -> list[dict[str, Any]]:
    result = invoke("analyze", str(SEEDS), "--json")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    return {a.id: a.text for a in load_corpus([str(SEEDS)], ProblemLog())}


# --- in-process, through typer's runner ------------------------------------------------------------


def test_analyze_seeds_json_contract(seed_analyses: list[dict[str, Any]], seed_texts: dict[str, str]) -> None:
    assert [a["article"]["id"] for a in seed_analyses] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for analysis in seed_analyses:
        info = analysis["article"]
        assert set(info) >= ARTICLE_KEYS
        assert Path(info["path"]).name == info["id"] + ".txt"  # path keeps the file name
        text = seed_texts[info["id"]]
        assert text == (SEEDS / Path(info["path"]).name).read_text(encoding="utf-8")  # byte-identical reading
        assert info["chars"] == len(text)
        assert info["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
        assert info["lang"] == "fr" and info["outlet"]
        assert set(analysis["scores"]) >= SCORE_KEYS
        for family in SPAN_FAMILIES:
            assert isinstance(analysis[family], list)
        assert isinstance(analysis["readability"], dict)


def test_offset_invariant_on_every_span_of_every_seed(
    seed_analyses: list[dict[str, Any]], seed_texts: dict[str, str]
) -> None:
    """text[start:end] == span text, for every span the analysers report (and sub-spans in bounds)."""
    checked = 0
    for analysis in seed_analyses:
        text = seed_texts[analysis["article"]["id"]]
        for family in SPAN_FAMILIES:
            for span in analysis[family]:
                where = f"{analysis['article']['id']} {family} {span}"
                assert 0 <= span["start"] < span["end"] <= len(text), where
                assert text[span["start"] : span["end"]] == span["text"], where
                checked += 1
        for attribution in analysis["attributions"]:
            for start_key, end_key in (("speaker_start", "speaker_end"), ("content_start", "content_end")):
                start, end = attribution[start_key], attribution[end_key]
                if start is not None or end is not None:
                    assert start is not None and end is not None and 0 <= start < end <= len(text), attribution
        for quote in analysis["quotes"]:
            assert quote["attribution"] is None or 0 <= quote["attribution"] < len(analysis["attributions"])
    assert checked > 0  # the seeds are full of reported speech: no spans means no analysis ran


def test_offsets_index_the_body_after_bom_and_front_matter(tmp_path: Path) -> None:
    """A BOM, YAML front matter and CRLF line endings: every span still indexes Article.text."""
    body = (
        "« Nous ne céderons pas », a déclaré jeudi le ministre de l'Intérieur.\r\n"
        "Selon un responsable qui a requis l'anonymat, le texte pourrait être retiré.\r\n"
    )
    content = "\ufeff---\r\noutlet: Le Veilleur\r\nlang: fr\r\n---\r\n" + body
    (tmp_path / "a.md").write_bytes(content.encode("utf-8"))
    [article] = load_corpus([str(tmp_path)], ProblemLog())
    assert article.text == body
    result = invoke("analyze", str(tmp_path), "--json")
    [analysis] = [json.loads(line) for line in result.stdout.splitlines()]
    spans = [span for family in SPAN_FAMILIES for span in analysis[family]]
    assert spans, analysis
    for span in spans:
        assert body[span["start"] : span["end"]] == span["text"]


def test_analyze_readable_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_good_folder(tmp_path, 2, outlet_prefix="Gazette")
    monkeypatch.chdir(tmp_path)  # short paths: the article headers fit the runner's 80 columns
    result = invoke("analyze", ".")
    assert result.exit_code == 0
    assert "Gazette 0" in result.stdout and "Gazette 1" in result.stdout
    assert result.stderr.splitlines()[-1] == "2 analysed, 0 skipped"


def test_analyze_reads_stdin() -> None:
    result = invoke("analyze", "-", "--json", input=("---\noutlet: Tube\n---\n" + french_text(3)).encode())
    assert result.exit_code == 0, result.stderr
    [analysis] = [json.loads(line) for line in result.stdout.splitlines()]
    assert analysis["article"]["id"] == "stdin"
    assert analysis["article"]["outlet"] == "Tube"
    assert analysis["article"]["chars"] == len(french_text(3))


def test_missing_path_is_one_error_not_a_traceback(tmp_path: Path) -> None:
    result = invoke("analyze", str(tmp_path / "nope"), "--json")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'nope'}: no such file or folder",
        "0 analysed, 1 skipped: " + str(tmp_path / "nope"),
    ]


def test_a_folder_with_no_articles_is_a_failed_run_not_an_empty_success(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = invoke("analyze", str(tmp_path), "--json")
    assert result.exit_code == 1, "a script must not read an empty result as success"
    assert result.stdout == ""
    assert f"warning: {tmp_path}: no article files found in this folder" in result.stderr
    assert "0 analysed, 0 skipped" in result.stderr


# --- terminal safety (issue 9.4) -----------------------------------------------------------------------

ESC_TITLE = "\x1b]0;pwned\x07Titre \x1b[2Jpiégé"
ESC_OUTLET = "\x1b[31mJournal rouge\x1b[0m"


def hostile_corpus(folder: Path) -> Path:
    folder.mkdir()
    row = {"text": french_text(2) + " \x1b[1;31mAlerte\x1b[0m \x9b2J", "outlet": ESC_OUTLET, "title": ESC_TITLE}
    (folder / "feed.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (folder / "evil\x1b[2J\x07.txt").write_bytes(b"")  # an error line must name it safely
    return folder


def assert_no_raw_controls(output: str, *, colour_allowed: bool = False) -> None:
    if colour_allowed:  # rich's own SGR colour codes are fine; nothing else may get through
        for forbidden in ("\x1b]", "\x1b[2J", "\x07", "\x9b", "\x1b[31mJournal"):
            assert forbidden not in output, repr(output)
    else:
        assert "\x1b" not in output and "\x07" not in output and "\x9b" not in output, repr(output)


def test_hostile_text_is_stripped_in_readable_output_and_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile_corpus(tmp_path / "c")
    monkeypatch.chdir(tmp_path)
    result = invoke("analyze", "c")
    assert result.exit_code == 1
    assert_no_raw_controls(result.stdout)
    assert_no_raw_controls(result.stderr)
    assert "Journal rouge" in result.stdout  # shown, but defused
    assert "evil" in result.stderr and "empty file" in result.stderr


def test_hostile_text_stays_exact_but_escaped_in_json(tmp_path: Path) -> None:
    result = invoke("analyze", str(hostile_corpus(tmp_path / "c")), "--json")
    assert_no_raw_controls(result.stdout)
    [analysis] = [json.loads(line) for line in result.stdout.splitlines()]
    assert analysis["article"]["title"] == ESC_TITLE  # the data is kept exactly; JSON escapes it


# --- the installed command, as a real subprocess ---------------------------------------------------


def test_installed_command_on_seeds_a_broken_corpus_and_stdin(tmp_path: Path) -> None:
    """One real run of the console script over the seeds, a broken folder and stdin (UTF-16)."""
    assert FRAMING.exists(), f"{FRAMING} missing: pip install -e . first"
    corpus = tmp_path / "c"
    write_good_folder(corpus, 2)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "rows.jsonl").write_text('{"text": "' + french_text(5) + '", "outlet": "F"}\n{broken\n', encoding="utf-8")
    completed = run_framing("analyze", str(SEEDS), str(corpus), "-", "--json", input=french_text(6).encode("utf-16"))
    err = completed.stderr.decode("utf-8").splitlines()
    assert completed.returncode == 1
    assert f"error: {corpus / 'empty.txt'}: empty file: no text" in err
    assert any(line.startswith(f"error: {corpus / 'rows.jsonl'}:2: invalid JSON") for line in err)
    seeds = sorted(p.stem for p in SEEDS.glob("*.txt"))
    analysed = len(seeds) + 4
    assert err[-1] == f"{analysed} analysed, 2 skipped: {corpus / 'empty.txt'}, {corpus / 'rows.jsonl'}:2"
    ids = [json.loads(line)["article"]["id"] for line in completed.stdout.decode("utf-8").splitlines()]
    assert ids == [*seeds, "good_0", "good_1", "rows:1", "stdin"]
    assert "Traceback" not in completed.stderr.decode()


def test_installed_command_terminal_safety_with_colour_forced(tmp_path: Path) -> None:
    corpus = hostile_corpus(tmp_path / "c")
    completed = run_framing("analyze", str(corpus), env={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert completed.returncode == 1
    assert_no_raw_controls(completed.stdout.decode("utf-8"), colour_allowed=True)
    assert_no_raw_controls(completed.stderr.decode("utf-8"), colour_allowed=True)


def test_installed_command_help_documents_the_size_limit() -> None:
    completed = run_framing("--help", env={"COLUMNS": "200"})
    out = completed.stdout.decode()
    assert completed.returncode == 0
    assert "--max-file-mb" in out and "FRAMING_MAX_FILE_MB" in out
