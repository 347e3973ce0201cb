"""Floors on the French development set (`../shared/dev/fr_attribution`, human-annotated news kept out
of the repository): content matched as the Gender Gap Tracker evaluation does (the gold span is the
reference, a pair matches when the prediction covers more than 30% of it), speaker type among matches,
anonymous sources by content. Skipped when the folder is absent. The floors sit a little under the
figures in docs/attribution.md, so a regression fails here."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from attribution_support import pipeline

from framing.evaluate_dev import ggt_match

DEV = Path(os.environ.get("FRAMING_SHARED_DEV", Path(__file__).resolve().parents[2] / "shared" / "dev"))
FR = DEV / "fr_attribution"
FLOORS = {"content_f1": 0.88, "content_p": 0.96, "content_r": 0.81, "type_acc": 0.92, "anon_f1": 0.80}


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@pytest.mark.skipif(not (FR / "gold.json").exists(), reason="../shared/dev/fr_attribution is not present")
def test_french_dev_set_floors() -> None:
    gold = json.loads((FR / "gold.json").read_text(encoding="utf-8"))["articles"]
    names = sorted(gold)
    texts = [(FR / "texts" / name).read_text(encoding="utf-8") for name in names]
    n = {"gold": 0, "pred": 0, "tp": 0, "typed": 0, "anon_gold": 0, "anon_pred": 0, "anon_tp": 0}
    for name, doc in zip(names, pipeline("fr").pipe(texts), strict=True):
        ga = [a for a in gold[name]["attributions"] if a.get("content")]
        pa = [a for a in doc._.framing_attributions if a.content_start is not None and a.content_end > a.content_start]
        gs = [(a["content"]["start"], a["content"]["end"]) for a in ga]
        ps = [(a.content_start, a.content_end) for a in pa]
        pairs = ggt_match(gs, ps)
        n["gold"] += len(gs)
        n["pred"] += len(ps)
        n["tp"] += len(pairs)
        n["typed"] += sum(pa[pi].speaker_type == ga[gi]["speaker_type"] for gi, pi in pairs)
        ganon = [s for s, a in zip(gs, ga, strict=True) if a["speaker_type"] == "anonymous"]
        panon = [s for s, a in zip(ps, pa, strict=True) if a.speaker_type == "anonymous"]
        n["anon_gold"] += len(ganon)
        n["anon_pred"] += len(panon)
        n["anon_tp"] += len(ggt_match(ganon, panon))
    p, r, content_f1 = f1(n["tp"], n["pred"], n["gold"])
    figures = {
        "content_f1": content_f1,
        "content_p": p,
        "content_r": r,
        "type_acc": n["typed"] / n["tp"] if n["tp"] else 0.0,
        "anon_f1": f1(n["anon_tp"], n["anon_pred"], n["anon_gold"])[2],
    }
    short = {k: round(v, 3) for k, v in figures.items() if v < FLOORS[k]}
    assert not short, (short, figures)
