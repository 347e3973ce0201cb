"""A model chosen through an environment variable, checked the way a user meets it: `framing analyze` in a
fresh interpreter (a pipeline loaded by an earlier test in this process would hide the check)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def analyze_with_model(tmp_path: Path, text: str, env_name: str, model: str) -> subprocess.CompletedProcess[str]:
    """`framing analyze` on one article with `env_name=model` set and the service off."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "framing", "analyze", str(tmp_path / "a.txt"), "--no-cache"],
        env={**os.environ, env_name: model, "FRAMING_SERVICE": "off"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
