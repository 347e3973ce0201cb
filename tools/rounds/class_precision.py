#!/usr/bin/env python3
"""Precision of framing's loaded hits by class, pooled over several annotated sets.

usage: class_precision.py [--by category,voice,kind] SET_DIR=PRED.jsonl [SET_DIR=PRED.jsonl ...]

A hit is right, on a persuasion set (gold "persuasion"/"loaded"), when it overlaps any span a person
marked; on a biased-sentence set (gold "sentences"), when its sentence is labelled biased. Pooling sets
gives each class enough hits to read: one set of 24 excerpts holds a few dozen hits, most classes a
handful. `kind` is the gold's news/opinion label (persuasion sets only); `set` splits by set.
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib


def hit_rows(set_dir: pathlib.Path, pred: pathlib.Path) -> list[dict]:
    """One row per predicted loaded hit: its class fields and whether a person marked it."""
    gold = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))["articles"]
    rows = []
    for line in pred.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        article = gold.get(pathlib.PurePath(record["article"]["path"]).name)
        if article is None:
            continue
        for hit in record.get("loaded", []):
            if "sentences" in article:
                labels = [s["label"] for s in article["sentences"] if s["start"] <= hit["start"] < s["end"]]
                right = labels == ["biased"]
            else:
                marked = article.get("persuasion", []) + article.get("loaded", [])
                right = any(hit["start"] < s["end"] and s["start"] < hit["end"] for s in marked)
            rows.append(
                {
                    "set": set_dir.name,
                    "category": hit["category"],
                    "voice": hit.get("voice"),
                    "kind": article.get("kind"),
                    "term": hit.get("term"),
                    "right": right,
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--by", default="category", help="comma-separated: category, voice, kind, term, set")
    parser.add_argument("pairs", nargs="+", metavar="SET_DIR=PRED.jsonl")
    args = parser.parse_args()
    fields = args.by.split(",")
    rows = []
    for pair in args.pairs:
        set_dir, pred = pair.split("=", 1)
        rows += hit_rows(pathlib.Path(set_dir), pathlib.Path(pred))
    groups: dict[tuple, list[dict]] = collections.defaultdict(list)
    for row in rows:
        groups[tuple(row[f] for f in fields)].append(row)
    print(f"{' / '.join(fields):40s} {'hits':>5s} {'right':>6s} {'sets':>5s}")
    for key, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        right = sum(m["right"] for m in members) / len(members)
        sets = len({m["set"] for m in members})
        print(f"{' / '.join(str(k) for k in key):40s} {len(members):5d} {right:6.2f} {sets:5d}")
    if rows:
        print(f"{'all':40s} {len(rows):5d} {sum(r['right'] for r in rows) / len(rows):6.2f}")


if __name__ == "__main__":
    main()
