"""Hedges, loaded hits and attribution records that differ between two `framing analyze --json` outputs of one set.

    python3 tools/rounds/diff_outputs.py START.jsonl MERGED.jsonl SET_DIR

The integrator judges every changed item of a held-out set this way ("-" only in the first, "+" only in the second).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

Item = tuple[Any, ...]


def by_name(path: str) -> dict[str, dict[str, Any]]:
    """Each article's record, keyed by its file name."""
    records = (json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip())
    return {Path(r["article"]["path"]).name: r for r in records}


def items(record: dict[str, Any]) -> set[Item]:
    """What a reader compares: span, kind and voice of hedges and hits; content, speaker and type of records."""
    out: set[Item] = set()
    for h in record.get("hedges", []):
        out.add(("hedge", h["start"], h["end"], h.get("kind"), h.get("voice"), h.get("counted", True)))
    for h in record.get("loaded", []):
        out.add(("loaded", h["start"], h["end"], h.get("category"), h.get("voice")))
    for a in record.get("attributions", []):
        content = (a.get("content_start"), a.get("content_end"))
        out.add(("attr", *content, a.get("speaker"), a.get("speaker_type"), a.get("text")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first")
    parser.add_argument("second")
    parser.add_argument("set_dir")
    args = parser.parse_args()
    first, second = by_name(args.first), by_name(args.second)
    for name in sorted(first):
        text = Path(args.set_dir, "texts", name).read_text(encoding="utf-8")
        old, new = items(first[name]), items(second.get(name, {}))
        for sign, changed in (("-", old - new), ("+", new - old)):
            for item in sorted(changed, key=lambda x: x[1] or 0):
                start, end = item[1] or 0, item[2] or 0
                context = text[max(0, start - 60) : end + 30].replace("\n", " | ")
                print(sign, name, item, "::", context)


if __name__ == "__main__":
    main()
