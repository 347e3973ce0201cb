"""The throughput benchmark's per-component breakdown runs and prints what a reader compares code trees on.

No timing is asserted (speed targets live in the benchmark's output, never in tests): only that the
breakdown names spaCy's and framing's components, prints both ratios and, with --repeat, framing's own
components' best CPU over several passes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_breakdown_prints_ratios_and_framing_components_best_of_passes() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "throughput.py"),
            "--only",
            "breakdown",
            "-n",
            "10",
            "--repeat",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    out = done.stdout
    assert "Where the time goes (fr, 10 articles" in out
    assert "ratio (spaCy's + framing's components) / spaCy's, CPU:" in out
    best = [line for line in out.splitlines() if "best CPU of 2 passes over the same parsed docs" in line]
    assert len(best) == 1
    for component in ("framing_quotes", "framing_lexicon", "framing_attribution", "framing_hedging"):
        assert component in best[0]
