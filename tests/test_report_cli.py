"""`framing report` end to end, as a real subprocess of the installed command.

Includes the interruption test: a run killed with SIGKILL while writing pages leaves the previous
report whole, and the next run completes and cleans up.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from report_parse import parse

from framing.safe_names import SAFE_STEM

FRAMING = str(Path(sys.executable).with_name("framing"))
HOSTILE = "<script>window.__xss=1</script> <img src=x onerror=window.__xss=2> </textarea> javascript:alert(3)"
TEXTS = {
    "a1.txt": "Selon un responsable américain, l'armée aurait frappé un camp près de la frontière. "
    "Le ministre Jean Dupont a déclaré : « Nous poursuivrons cette mission. »",
    "a2.txt": "Le gouvernement a annoncé mardi un nouveau plan. Environ 200 personnes pourraient être concernées, "
    "d'après le communiqué du ministère.",
    "a3.txt": "La situation reste calme dans la capitale, où les commerces ont rouvert. "
    "Un porte-parole a affirmé que la décision était clairement justifiée.",
    "a4.txt": f"{HOSTILE}\n\nLe président a dit que la réunion aurait lieu jeudi. {HOSTILE}",
    "a5.txt": "Les autorités ont indiqué que l'enquête se poursuivait. Selon une source proche du dossier, "
    "les suspects auraient quitté le pays.",
}
META = {
    "a1.txt": {"outlet": "Le Monde", "lang": "fr", "title": "Frappe à la frontière", "date": "2025-10-01"},
    "a2.txt": {"outlet": "Le Monde", "lang": "fr", "title": "Un nouveau plan", "date": "2025-10-02"},
    "a3.txt": {"outlet": "Le Monde", "lang": "fr", "title": "Calme dans la capitale", "date": "2025-10-03"},
    "a4.txt": {"outlet": HOSTILE, "lang": "fr", "title": HOSTILE, "url": "javascript:alert(1)"},
    "a5.txt": {"outlet": "../../x", "lang": "fr", "title": "CON"},
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for name, text in TEXTS.items():
        (root / name).write_text(text, "utf-8")
    (root / "metadata.json").write_text(json.dumps(META, ensure_ascii=False), "utf-8")
    return root


def run(corpus: Path, out: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [FRAMING, "report", str(corpus), "--out", str(out), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "COLUMNS": "100", **(env or {})},
    )


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def first_report(
    corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """One real run shared by the tests below (each copies it before changing anything)."""
    out = tmp_path_factory.mktemp("first") / "reports"
    return out, run(corpus, out, "--title", "First run")


def copy_report(first: Path, tmp_path: Path) -> Path:
    out = tmp_path / "reports"
    shutil.copytree(first, out)
    return out


def test_report_writes_a_safe_site_and_prints_the_comparison(first_report: tuple[Path, Any]) -> None:
    out, result = first_report
    assert result.returncode == 0, result.stderr
    assert "Le Monde" in result.stdout and "too small to compare" in result.stdout
    assert "HTML report:" in result.stderr
    index = out / "index.html"
    assert index.is_file()
    outlet_pages = sorted(p.name for p in (out / "outlets").iterdir() if p.name != "index.html")
    assert len(outlet_pages) == 3
    assert all(SAFE_STEM.match(Path(name).stem) for name in outlet_pages)
    assert not (out.parent / "x").exists()
    for page in out.rglob("*.html"):
        parsed = parse(page.read_text("utf-8"))
        assert parsed.errors == []
        assert len(parsed.scripts) == 1 and "__xss" not in parsed.scripts[0]
        assert not any(k.startswith("on") for _t, attrs in parsed.tags for k in attrs)
        assert not any((attrs.get("href") or "").startswith("javascript:") for _t, attrs in parsed.tags)
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in index.read_text("utf-8")


def test_an_empty_corpus_leaves_the_previous_report(first_report: tuple[Path, Any], tmp_path: Path) -> None:
    out = copy_report(first_report[0], tmp_path)
    before = snapshot(out)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(empty, out)
    assert "no article could be analysed" in result.stderr.lower()
    assert snapshot(out) == before


def test_sigkill_while_writing_leaves_previous_report_whole(
    corpus: Path, first_report: tuple[Path, Any], tmp_path: Path
) -> None:
    out = copy_report(first_report[0], tmp_path)
    before = snapshot(out)

    proc = subprocess.Popen(
        [FRAMING, "report", str(corpus), "--out", str(out), "--title", "Second run"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "FRAMING_TEST_WRITE_DELAY": "0.5"},
    )
    try:
        deadline = time.monotonic() + 240
        staged: list[Path] = []
        while time.monotonic() < deadline and proc.poll() is None:
            staged = list(tmp_path.glob(".reports.framing-new-*/**/*.html"))
            if len(staged) >= 3:
                break
            time.sleep(0.05)
        assert len(staged) >= 3, "the second run never reached the page-writing stage"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(out) == before  # previous report whole, not a mix
    assert "First run" in (out / "index.html").read_text("utf-8")
    assert list(tmp_path.glob(".reports.framing-new-*")), "expected the killed run's staging folder"

    third = run(corpus, out, "--title", "First run")
    assert third.returncode == 0, third.stderr
    assert snapshot(out) == before  # same corpus, same options: byte-identical pages
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]  # leftovers cleaned


def test_timestamp_only_on_request(corpus: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from framing.cli import app

    out = tmp_path / "reports"
    result = CliRunner().invoke(app, ["report", str(corpus), "--out", str(out), "--timestamp", "--quiet"])
    assert result.exit_code == 0, result.output
    # The date in words, in the page language (English here): "Generated October 3, 2025, 2:05 PM UTC."
    page = (out / "index.html").read_text("utf-8")
    assert re.search(r"Generated [A-Z][a-z]+ \d{1,2}, 20\d\d, \d{1,2}:\d\d\W(AM|PM) UTC\.", page)


def test_by_another_field_writes_group_pages(corpus: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from framing.cli import app

    out = tmp_path / "by-lang"
    result = CliRunner().invoke(app, ["report", str(corpus), "--out", str(out), "--by", "lang", "--quiet"])
    assert result.exit_code == 0, result.output
    assert [p.name.split("-")[0] for p in (out / "groups").glob("*.html") if p.name != "index.html"] == ["fr"]
    assert ">Groups</a>" in (out / "index.html").read_text("utf-8")
    refused = CliRunner().invoke(app, ["report", str(corpus), "--out", str(out), "--by", "story"])
    assert refused.exit_code == 2


def test_unwritable_output_is_one_clear_error(corpus: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from framing.cli import app
    from framing.errors import FramingError

    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(app, ["report", str(corpus), "--out", str(blocker / "report"), "--quiet"])
    assert isinstance(result.exception, FramingError)
    assert "cannot write the report" in str(result.exception) and str(blocker) in str(result.exception)
    assert blocker.read_text() == "not a folder"
