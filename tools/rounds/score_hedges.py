#!/usr/bin/env python3
"""Score French hedges on an annotated set (H sets): recall, precision, non-hedges counted.

usage: score_hedges.py SET_DIR PRED.jsonl [-v] [--voice reporter|quoted]
Gold per article: "hedges" (counted hedges), "not_hedges" (conditionals and modals that are not
hedges), "approximators" (not scored here). With --voice, only predicted hedges of that voice and gold
records of that voice (records without a `voice` field are kept) are scored: round 30's sets annotated
the reporter's voice only, round 31's annotate both and mark each record's voice. A predicted hedge counts unless its
kind is an approximator or a non-hedge reported under its own kind, as in ../shared/eval/score.py.
A predicted hedge of voice `reported` (inside an attribution's content, outside quotation marks; round 32)
scores as `quoted`: the briefs call a hedge in reported speech the speaker's, as one inside quotes.
"""

from __future__ import annotations

import json
import pathlib
import sys


def counts_as_hedge(kind: str | None) -> bool:
    k = (kind or "").lower()
    return not (k == "approximator" or "concord" in k or "hypothet" in k or k.startswith(("not_", "non_", "no_")))


# framing's voices -> the two voices the briefs annotate
BRIEF_VOICE = {"reported": "quoted"}


def brief_voice(voice: str | None) -> str | None:
    return BRIEF_VOICE.get(voice or "", voice)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main(argv: list[str]) -> int:
    set_dir, pred_path = pathlib.Path(argv[0]), argv[1]
    voice = argv[argv.index("--voice") + 1] if "--voice" in argv else None
    gold = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))["articles"]
    preds = {}
    with open(pred_path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                obj = json.loads(line)
                preds[pathlib.Path(obj["article"]["path"]).name] = obj
    g_n = found = p_n = p_hit = nh_n = nh_flag = 0
    misses, false_hits = [], []
    for name, article in gold.items():
        pred = preds.get(name, {})
        ph = [
            (h["start"], h["end"], h.get("kind"), h.get("text"))
            for h in pred.get("hedges", [])
            if counts_as_hedge(h.get("kind")) and (voice is None or brief_voice(h.get("voice")) == voice)
        ]
        gh = [
            (h["start"], h["end"], h.get("cue"))
            for h in article.get("hedges", [])
            if voice is None or h.get("voice", voice) == voice
        ]
        g_n += len(gh)
        p_n += len(ph)
        for g in gh:
            if any(overlap(g[:2], p[:2]) for p in ph):
                found += 1
            else:
                misses.append((name, g[2]))
        for p in ph:
            if any(overlap(p[:2], g[:2]) for g in gh):
                p_hit += 1
            else:
                false_hits.append((name, p[3], p[2]))
        for nh in article.get("not_hedges", []):
            if voice is not None and nh.get("voice", voice) != voice:
                continue
            nh_n += 1
            nh_flag += any(overlap((nh["start"], nh["end"]), p[:2]) for p in ph)
    r = found / g_n if g_n else 0.0
    p = p_hit / p_n if p_n else 0.0
    if "-v" in argv:
        for m in misses:
            print("MISS", *m)
        for f in false_hits:
            print("FALSE", *f)
    print(f"hedge_r={r:.3f} hedge_p={p:.3f} gold={g_n} pred={p_n} not_hedges_flagged={nh_flag}/{nh_n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
