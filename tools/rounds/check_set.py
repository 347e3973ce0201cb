#!/usr/bin/env python3
"""Check an annotated evaluation set before it is scored: every span must equal its text slice.

usage: check_set.py SET_DIR   (exit 1 and one line per bad span when any span is off)
"""

from __future__ import annotations

import json
import pathlib
import sys


def spans(record: dict, where: str):
    """Yield (where, start, end, expected text) for every span a gold record carries."""
    if "start" in record and "end" in record:
        expected = record.get("cue", record.get("text"))
        yield where, record["start"], record["end"], expected
    elif "start" in record and "cue" in record:
        yield where, record["start"], record["start"] + len(record["cue"]), record["cue"]
    for key in ("content", "speaker"):
        sub = record.get(key)
        if isinstance(sub, dict) and "start" in sub:
            yield f"{where}.{key}", sub["start"], sub["end"], sub.get("text")


def main(argv: list[str]) -> int:
    set_dir = pathlib.Path(argv[0])
    gold = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))["articles"]
    bad = total = 0
    for name, article in gold.items():
        path = set_dir / "texts" / name
        if not path.exists():
            print(f"{path}: missing text")
            bad += 1
            continue
        text = path.read_text(encoding="utf-8")
        for family, records in article.items():
            if not isinstance(records, list):
                continue
            for i, record in enumerate(records):
                if not isinstance(record, dict):
                    continue
                for where, start, end, expected in spans(record, f"{family}[{i}]"):
                    total += 1
                    ok = 0 <= start < end <= len(text) and (expected is None or text[start:end] == expected)
                    if not ok:
                        bad += 1
                        print(f"{name}: {where} [{start}:{end}] {text[start:end]!r} != {expected!r}")
    print(f"{set_dir.name}: {len(gold)} articles, {total} spans, {bad} bad")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
