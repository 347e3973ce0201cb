"""Minimal corpus reader (folder of .txt files + metadata.json); being replaced by the full loader."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from .errors import ProblemLog
from .types import Article


def load_corpus(paths: Sequence[str | Path], problems: ProblemLog, **_: object) -> Iterator[Article]:
    for raw in paths:
        path = Path(raw)
        files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
        meta_file = (path if path.is_dir() else path.parent) / "metadata.json"
        meta = json.loads(meta_file.read_text("utf-8")) if meta_file.exists() else {}
        for file in files:
            m = meta.get(file.name, {})
            yield Article(
                id=file.stem,
                text=file.read_text("utf-8"),
                outlet=m.get("outlet") or "unknown",
                path=str(file),
                date=m.get("date"),
                lang=m.get("lang") or "fr",
                title=m.get("title"),
                url=m.get("url"),
            )
