"""A run killed with SIGKILL while it writes the cache leaves the cache valid, and the next run completes.

Real subprocesses of the installed `framing` command, killed at different moments of a run.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

FRAMING = Path(sys.executable).parent / "framing"
N_ARTICLES = 80

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def make_corpus(folder: Path) -> None:
    folder.mkdir()
    meta = {}
    for i in range(N_ARTICLES):
        name = f"article_{i:03d}.txt"
        (folder / name).write_text(
            f"Le ministre a déclaré lundi {i} que la réforme serait votée avant l'été, selon un communiqué. "
            f"« Nous irons jusqu'au bout », a-t-il ajouté devant {i + 3} députés. Les syndicats, eux, "
            "dénoncent un passage en force et promettent de nouvelles manifestations dans les prochains jours.",
            "utf-8",
        )
        meta[name] = {"outlet": f"Média {i % 4}", "lang": "fr", "date": "2024-05-01"}
    (folder / "metadata.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")


def start(corpus: Path, cache: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(FRAMING), "analyze", str(corpus), "--json", "--cache", str(cache)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "FRAMING_CACHE": str(cache.parent / "unused.sqlite")},
    )


def check_cache(cache: Path) -> int:
    """The cache opens, passes SQLite's full integrity check, and every row is readable."""
    with sqlite3.connect(cache) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT key, payload FROM analyses").fetchall()
    return len(rows)


def test_sigkill_during_cache_writes_leaves_a_valid_cache(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    cache = tmp_path / "cache" / "cache.sqlite"
    cache.parent.mkdir()

    # 1. Killed right after the first results (the first batch is committed before it is printed).
    proc = start(corpus, cache)
    assert proc.stdout is not None
    first_line = proc.stdout.readline()
    assert first_line.startswith("{"), proc.stderr.read() if proc.stderr else ""
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    stored_after_first_kill = check_cache(cache)
    assert 1 <= stored_after_first_kill < N_ARTICLES

    # 2. Killed a moment later, somewhere in the middle of analysing and writing.
    proc = start(corpus, cache)
    assert proc.stdout is not None
    proc.stdout.readline()
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert check_cache(cache) >= stored_after_first_kill

    # 3. The next run completes, without any warning about the cache, and fills it.
    done = subprocess.run(
        [str(FRAMING), "analyze", str(corpus), "--json", "--cache", str(cache)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "corrupt" not in done.stderr and "cache" not in done.stderr.lower()
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [a["article"]["path"].rsplit("/", 1)[-1] for a in lines] == [
        f"article_{i:03d}.txt" for i in range(N_ARTICLES)
    ]
    assert check_cache(cache) >= N_ARTICLES
    with sqlite3.connect(cache) as conn:  # (older fingerprints appear only if framing's code changed meanwhile)
        latest = conn.execute("SELECT fingerprint FROM analyses ORDER BY created DESC LIMIT 1").fetchone()[0]
        count = conn.execute("SELECT COUNT(*) FROM analyses WHERE fingerprint = ?", (latest,)).fetchone()[0]
    assert count == N_ARTICLES
