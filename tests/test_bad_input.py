"""Issue 9.1: the bad-input suite, through the CLI (`framing analyze DIR --json`).

For each case: one line naming the file (and line), the rest of the corpus analysed, the closing
summary ("3 analysed, 1 skipped: ..."), exit code 1 when anything was skipped, and no traceback.
"""

from __future__ import annotations

import json
import os
import pathlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from corpus_samples import add_metadata, english_text, french_text, german_text, write_good_folder
from typer.testing import CliRunner

from framing.cli import app

GOOD = 3


pytestmark = pytest.mark.usefixtures("isolated_cli_run")


@dataclass(frozen=True)
class Case:
    """`setup` writes the bad input into the corpus folder and returns its name (relative)."""

    setup: Callable[[Path], str]
    message: str  # fragment of the one-line problem
    severity: str = "error"  # "error": skipped, exit 1; "warning": analysed anyway
    line: int | None = None
    analysed: int = GOOD  # articles analysed in the whole run
    good_files: bool = True


def _write(name: str, data: bytes, outlet: str | None = None) -> Callable[[Path], str]:
    def setup(folder: Path) -> str:
        (folder / name).write_bytes(data)
        if outlet:
            add_metadata(folder, name, outlet=outlet)
        return name

    return setup


def _jsonl_line_3_of_10(folder: Path) -> str:
    lines = [json.dumps({"text": french_text(i), "outlet": "Fil", "lang": "fr"}) for i in range(10)]
    lines[2] = '{"text": "Le texte de cette ligne est coupé, "outlet": '
    (folder / "rows.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "rows.jsonl"


def _csv_quoted_newlines(folder: Path) -> str:
    text = french_text(8).replace(". ", ".\n", 1)
    (folder / "table.csv").write_text(f'text,outlet,lang\n"{text}",Le Courrier,fr\n', encoding="utf-8")
    return "table.csv"


def _no_outlet(folder: Path) -> str:
    (folder / "anon.txt").write_text(french_text(9), encoding="utf-8")
    return "anon.txt"


def _duplicate_ids(folder: Path) -> str:
    (folder / "sub").mkdir()
    (folder / "sub" / "good_0.txt").write_text(french_text(10), encoding="utf-8")
    add_metadata(folder / "sub", "good_0.txt", outlet="Autre", lang="fr")
    return "sub/good_0.txt"


def _symlink_loop(folder: Path) -> str:
    (folder / "nested").mkdir()
    (folder / "nested" / "back").symlink_to(folder, target_is_directory=True)
    return "nested/back"


def _mixed(folder: Path) -> str:
    text = "\n\n".join([french_text(5), english_text(2), french_text(6)])
    (folder / "mixed.txt").write_text(text, encoding="utf-8")
    add_metadata(folder, "mixed.txt", outlet="Mix")
    return "mixed.txt"


def _twenty_mb(folder: Path) -> str:
    with (folder / "huge.txt").open("wb") as handle:
        handle.write(french_text(1).encode() * (20_000_000 // len(french_text(1).encode()) + 1))
    return "huge.txt"


CASES: dict[str, Case] = {
    "empty file": Case(_write("empty.txt", b""), "empty file"),
    "whitespace only": Case(_write("blank.txt", b" \n\t \r\n  "), "whitespace only"),
    "binary (an image)": Case(_write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), "PNG"),
    "invalid utf-8, not text": Case(_write("junk.txt", bytes(range(0x80, 0x100)) * 8), "neither UTF-8"),
    "invalid utf-8, cp1252": Case(
        _write("latin.txt", french_text(4).encode("cp1252"), "Latin"), "read as cp1252", "warning", analysed=GOOD + 1
    ),
    "utf-16": Case(_write("wide.txt", french_text(4).encode("utf-16"), "Wide"), "", "none", analysed=GOOD + 1),
    "20 MB file": Case(_twenty_mb, "above the 10 MB limit"),
    "jsonl line 3 of 10": Case(_jsonl_line_3_of_10, "invalid JSON", line=3, analysed=9, good_files=False),
    "csv without text column": Case(_write("sheet.csv", b"title,outlet\nA,B\n"), "no 'text' column", line=1),
    "csv quoted newlines": Case(_csv_quoted_newlines, "", "none", analysed=GOOD + 1),
    "unterminated front matter": Case(
        _write("open.md", ("---\ntitle: Ouvert\noutlet: X\n\n" + french_text(3)).encode()), "never closed", line=1
    ),
    "unknown language": Case(_write("deutsch.txt", german_text().encode()), "German"),
    "mixed french and english": Case(_mixed, "analysed as French", "warning", analysed=GOOD + 1),
    "no outlet metadata": Case(_no_outlet, "labelled 'unknown'", "warning", analysed=GOOD + 1),
    "duplicate ids": Case(_duplicate_ids, "already used", "warning", analysed=GOOD + 1),
    "symbolic link loop": Case(_symlink_loop, "symbolic link loop", "warning"),
    "duplicate text (wire copy)": Case(
        _write("z_copy.txt", ("  " + french_text(0) + "\n\n").encode(), "Copie"), "duplicate of good_0", "warning"
    ),
}


def invoke(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_through_the_cli(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    folder = tmp_path / "corpus"
    folder.mkdir()
    if case.good_files:
        write_good_folder(folder, GOOD)
    bad = case.setup(folder)
    result = invoke("analyze", str(folder), "--json")
    stdout_lines = [json.loads(line) for line in result.stdout.splitlines()]
    err_lines = result.stderr.splitlines()

    assert "Traceback" not in result.stderr + result.stdout
    assert len(stdout_lines) == case.analysed  # the rest of the corpus was analysed
    location = str(folder / bad) + (f":{case.line}" if case.line else "")
    if case.severity == "none":
        assert not any(line.startswith(("error:", "warning:")) for line in err_lines), result.stderr
    else:
        [problem] = [line for line in err_lines if line.startswith(f"{case.severity}: {location}: ")]
        assert case.message in problem
    skipped = 1 if case.severity == "error" else 0
    if case.severity == "none":  # --json keeps stderr silent when there is nothing to report
        assert result.exit_code == 0
        return
    summary = err_lines[-1]
    assert summary.startswith(f"{case.analysed} analysed, {skipped} skipped")
    if skipped:
        assert summary.endswith(f": {location}")
    assert result.exit_code == skipped


def test_unreadable_file_through_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_good_folder(tmp_path, GOOD)
    secret = tmp_path / "secret.txt"
    secret.write_text(french_text(7), encoding="utf-8")
    if os.geteuid() != 0:
        secret.chmod(0)
    else:  # tests run as root here: simulate what the OS reports for chmod 000
        real_open = pathlib.Path.open

        def denying_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(pathlib.Path, "open", denying_open)
    result = invoke("analyze", str(tmp_path), "--json")
    assert len(result.stdout.splitlines()) == GOOD
    assert f"error: {secret}: cannot read: Permission denied" in result.stderr.splitlines()
    assert result.stderr.splitlines()[-1] == f"{GOOD} analysed, 1 skipped: {secret}"
    assert result.exit_code == 1


def test_size_limit_is_raised_by_option_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_good_folder(tmp_path, 1)
    refused = invoke("--max-file-mb", "0.0001", "analyze", str(tmp_path), "--json")
    assert refused.exit_code == 1 and "above the 0.0001 MB limit" in refused.stderr
    assert invoke("--max-file-mb", "1", "analyze", str(tmp_path), "--json").exit_code == 0
    monkeypatch.setenv("FRAMING_MAX_FILE_MB", "0.0001")
    assert invoke("analyze", str(tmp_path), "--json").exit_code == 1
    assert invoke("--max-file-mb", "1", "analyze", str(tmp_path), "--json").exit_code == 0  # option wins


def test_many_problems_in_one_corpus(tmp_path: Path) -> None:
    """A messy scraper folder: every good article is analysed, every bad one is named once."""
    write_good_folder(tmp_path, GOOD)
    bad = {
        "empty.txt": b"",
        "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00",
        "deutsch.txt": german_text().encode(),
        "sheet.csv": b"title\nA\n",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    result = invoke("analyze", str(tmp_path), "--json")
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(bad)
    assert len(result.stdout.splitlines()) == GOOD
    assert result.stderr.splitlines()[-1].startswith(f"{GOOD} analysed, {len(bad)} skipped: ")
    assert result.exit_code == 1


def test_traceback_only_with_debug(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that trips an unexpected error: one line and the run goes on; --debug shows the traceback."""
    import framing.corpus.readers as readers

    real_read_text = readers.read_text

    def tripping(data: bytes, where: str, stem: str, defaults: dict[str, object]):  # type: ignore[no-untyped-def]
        if stem == "trips":
            raise RuntimeError("unexpected state")
        return real_read_text(data, where, stem, defaults)

    monkeypatch.setattr(readers, "read_text", tripping)
    write_good_folder(tmp_path, GOOD)
    (tmp_path / "trips.txt").write_text(french_text(8), encoding="utf-8")
    result = invoke("analyze", str(tmp_path), "--json")
    assert result.exit_code == 1 and len(result.stdout.splitlines()) == GOOD
    assert f"error: {tmp_path / 'trips.txt'}: could not be read (RuntimeError: unexpected state)" in result.stderr
    assert "Traceback" not in result.stderr
    with pytest.raises(RuntimeError, match="unexpected state"):
        invoke("--debug", "analyze", str(tmp_path), "--json")
