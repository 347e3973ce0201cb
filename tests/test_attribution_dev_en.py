"""Floors on the English development set (`../shared/dev/en_attribution`: PolNeAR, US political news
annotated by others and kept out of the repository), on its 84 dev-compartment articles so the run
stays short: reported content matched as the Gender Gap Tracker evaluation does, and the speaker span
among matches (it overlaps the gold one, or neither has one). Both English pipelines. Skipped when the
folder is absent. The floors sit a little under the figures in docs/attribution.md."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from attribution_support import EN_KINDS, pipeline

from framing.evaluate_dev import ggt_match

DEV = Path(os.environ.get("FRAMING_SHARED_DEV", Path(__file__).resolve().parents[2] / "shared" / "dev"))
EN = DEV / "en_attribution"
# second round (dev compartment): trained 0.673 / P 0.859 / speaker 0.917; rules 0.670 / 0.849 / 0.905
# third round: rules 0.694 / P 0.840 / speaker 0.897
# fourth round: rules 0.708 / P 0.855 / speaker 0.897; trained 0.709 / P 0.848 / speaker 0.8997 (the
# trained speaker floor went 0.90 -> 0.89: claim nouns and questions with no source named, where
# PolNeAR marks one such as an adjective, `Republican calls for`, count as wrong speakers)
# fifth round: rules 0.711 / P 0.859 / speaker 0.897; trained 0.713 / P 0.851 / speaker 0.899 (content
# floors 0.69 -> 0.70)
# sixth round: rules 0.722 / P 0.888 / speaker 0.918; trained 0.723 / P 0.883 / speaker 0.902 (content
# floors 0.70 -> 0.71, precision 0.84 -> 0.86, rule-based speaker 0.89 -> 0.90)
# seventh round: rules 0.727 / P 0.887 / speaker 0.917; trained 0.728 / P 0.882 / speaker 0.914 (content
# floors 0.71 -> 0.72, trained speaker 0.89 -> 0.90)
# eighth round: rules 0.731 / P 0.886 / speaker 0.918; trained 0.732 / P 0.881 / speaker 0.916 (content
# floors 0.72 -> 0.725)
# ninth round: rules 0.736 / P 0.904 / speaker 0.916; trained 0.735 / P 0.896 / speaker 0.913 (content
# floors 0.725 -> 0.73, precision 0.86 -> 0.88)
FLOORS = {
    "en-trained": {"content_f1": 0.73, "content_p": 0.88, "speaker_acc": 0.90},
    "en-rules": {"content_f1": 0.73, "content_p": 0.88, "speaker_acc": 0.90},
}
KINDS = EN_KINDS


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@pytest.mark.skipif(not (EN / "gold.json").exists(), reason="../shared/dev/en_attribution is not present")
@pytest.mark.parametrize("kind", KINDS)
def test_english_dev_compartment_floors(kind: str) -> None:
    gold = json.loads((EN / "gold.json").read_text(encoding="utf-8"))["articles"]
    names = sorted(name for name, g in gold.items() if g.get("compartment") == "dev")
    assert names, "no dev-compartment article in the gold"
    texts = [(EN / "texts" / name).read_text(encoding="utf-8") for name in names]
    n = {"gold": 0, "pred": 0, "tp": 0, "speaker_ok": 0}
    for name, doc in zip(names, pipeline(kind).pipe(texts), strict=True):
        ga = [a for a in gold[name]["attributions"] if a.get("content")]
        pa = [a for a in doc._.framing_attributions if a.content_start is not None and a.content_end is not None]
        gold_spans = [(a["content"]["start"], a["content"]["end"]) for a in ga]
        pairs = ggt_match(gold_spans, [(a.content_start, a.content_end) for a in pa])
        n["gold"] += len(ga)
        n["pred"] += len(pa)
        n["tp"] += len(pairs)
        for gi, pi in pairs:
            g, p = ga[gi].get("speaker"), pa[pi]
            if g is None:
                n["speaker_ok"] += p.speaker_start is None
            elif p.speaker_start is not None and p.speaker_end is not None:
                n["speaker_ok"] += _overlaps((g["start"], g["end"]), (p.speaker_start, p.speaker_end))
    precision = n["tp"] / n["pred"] if n["pred"] else 0.0
    recall = n["tp"] / n["gold"] if n["gold"] else 0.0
    figures = {
        "content_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "content_p": precision,
        "speaker_acc": n["speaker_ok"] / n["tp"] if n["tp"] else 0.0,
    }
    short = {k: round(v, 3) for k, v in figures.items() if v < FLOORS[kind][k]}
    assert not short, (short, figures)
