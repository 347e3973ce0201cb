"""Floors on the loaded-language dev sets (../shared/dev/en_loaded spans, fr_loaded_paragraphs paragraphs).

Measurement only: nothing of the sets is copied here; the test reads them where they lie and skips when
they are absent. The figures are computed as ../shared/eval/score_dev.py computes them: a predicted
span counts when it overlaps a gold span (loaded, or any technique for `p_any`), a gold span is found
when a predicted one overlaps it, rho is Spearman's over articles of spans per 1,000 characters, and
a French paragraph is flagged when a loaded span starts inside it, and an English sentence (as `framing
evaluate` cuts them) is flagged when a loaded span starts inside it. English uses a fixed subset (every
STEP-th article in name order) to stay fast. The floors sit a little under the figures measured when
they were set (issue 14; English raised in the third round, where the subset gave p 0.51, r 0.40,
p_any 0.62, rho 0.66, sent_p 0.59 with either pipeline; rho and sent_p raised in the fourth round, where
it gave p 0.52, r 0.40, p_any 0.61, rho 0.68, sent_p 0.60; in the sixth round, which traded some
precision for sentence recall, the rule-based subset gave p 0.49, r 0.46, p_any 0.59, rho 0.75, sent_p
0.56, sent_r 0.54 and a share of unmarked sentences flagged of 0.076; the seventh round's constructions
gave rho 0.762 / 0.756 and sent_r 0.552 / 0.554 (rule-based / trained), and raised those two floors;
the eighth round decided its classes on a wording proxy (loaded sentences against sentences with no
technique span at all) and traded en_loaded's own precision for it: the rule-based subset gave p 0.454,
p_any 0.564, sent_p 0.533, sent_r 0.575, sent_fp 0.091 and wording F1 at P50 0.696 (main 0.681), so p,
p_any and sent_p were lowered, the sentence ceiling raised, sent_r raised and a wording floor added;
the fifteenth round traded en_loaded's own precision again, for recall on a half-biased sentence set of
the hidden test's kind: the subset gave p 0.408 / 0.410, r 0.504 / 0.503, p_any 0.532 / 0.535, rho 0.753,
sent_p 0.495 / 0.497, sent_r 0.626 / 0.625, sent_fp 0.116 / 0.114, wording F1 at P50 0.725 (trained /
rule-based), so p, p_any and sent_p were lowered, the ceiling raised to 0.125, and r, sent_r and the
wording floor raised; the twentieth round's graded evaluative tier traded precision again for recall on
the sentence sets: the subset gave p 0.376, r 0.517, p_any 0.499, rho 0.729, sent_p 0.462, sent_r 0.654,
sent_fp 0.138, wording F1 at P50 0.736 (trained; rule-based p 0.371, r 0.515, p_any 0.492, rho 0.724,
sent_p 0.454, sent_fp 0.142, wording 0.734), so p, p_any and sent_p were lowered, the ceiling raised to
0.145, and r and sent_r raised; the twenty-second round switched scare quotes on in English and added
"even" and degree frames, trading precision for recall once more: the subset gave p 0.348, r 0.534,
p_any 0.474, rho 0.722, sent_p 0.432, sent_r 0.671, sent_fp 0.159, wording F1 at P50 0.740 (trained), so
p, p_any and sent_p were lowered and the ceiling raised to 0.165; the rule-based subset gave rho 0.718,
so the rho floor went from 0.72 to 0.71; full-set figures are in docs/loaded.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from scipy.stats import spearmanr

from framing.evaluate_dev import sentence_spans
from framing.nlp import load_pipeline

DEV = Path(__file__).parent.parent.parent / "shared" / "dev"
EN_STEP = 4
# Floors on the English subset: span precision, recall, precision against any technique, article rho,
# precision and recall of "the sentence has a loaded hit" against "a reader marked loaded language in it".
# wording_f1_p50: F1 at the balanced precision R / (R + FPR) of the wording proxy, whose negatives are the
# sentences with no technique span of any kind (framing/evaluate_dev.py).
EN_FLOORS = {
    "p": 0.34,
    "r": 0.50,
    "p_any": 0.465,
    # 0.71 until round 27; the integrator's convention decision that names of people by an unlawful status
    # ("illegal aliens") are writer-voice labels costs this subset's rho about 0.03: its annotators marked 5
    # of 110 occurrences, concentrated in a few articles (docs/loaded.md, twenty-seventh round).
    "rho": 0.68,
    "sent_p": 0.425,
    "sent_r": 0.64,
    "wording_f1_p50": 0.70,
}
# Ceiling on the English subset: share of sentences with no marked span that have a hit.
EN_SENTENCE_FP_CEILING = 0.165
# Floors on the French paragraphs: precision, recall, F1.
FR_FLOORS = {"p": 0.82, "r": 0.71, "f1": 0.765}


def gold_articles(name: str) -> dict[str, Any]:
    path = DEV / name / "gold.json"
    if not path.is_file():
        pytest.skip(f"../shared/dev/{name} not present")
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def loaded_spans(lang: str, folder: Path, names: list[str]) -> list[tuple[str, list[tuple[int, int]]]]:
    nlp = load_pipeline(lang)
    texts = [(folder / "texts" / name).read_text(encoding="utf-8") for name in names]
    return [
        (text, [(h.start, h.end) for h in doc._.framing_loaded])
        for text, doc in zip(texts, nlp.pipe(texts), strict=True)
    ]


def overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def test_english_loaded_spans_on_the_dev_set() -> None:
    gold = gold_articles("en_loaded")
    names = sorted(gold)[::EN_STEP]
    predicted = hit = hit_any = gold_total = found = sent_flagged = sent_hit = sent_marked = sent_unmarked = 0
    free = free_flagged = 0  # sentences with no technique span at all, and those flagged
    rates: list[tuple[float, float]] = []
    for name, (text, spans) in zip(names, loaded_spans("en", DEV / "en_loaded", names), strict=True):
        article = gold[name]
        loaded = [(x["start"], x["end"]) for x in article["loaded"]]
        techniques = loaded + [(x["start"], x["end"]) for x in article["persuasion"] + article["doubt"]]
        predicted += len(spans)
        hit += sum(overlaps(s, loaded) for s in spans)
        hit_any += sum(overlaps(s, techniques) for s in spans)
        gold_total += len(loaded)
        found += sum(overlaps(g, spans) for g in loaded)
        chars = max(len(text), 1) / 1000
        rates.append((len(loaded) / chars, len(spans) / chars))
        for start, end in sentence_spans(text):
            flagged = any(start <= s < end for s, _ in spans)
            marked = overlaps((start, end), loaded)
            sent_flagged += flagged
            sent_hit += flagged and marked
            sent_marked += marked
            sent_unmarked += not marked
            if not overlaps((start, end), techniques):
                free += 1
                free_flagged += flagged
    figures = {
        "p": hit / predicted,
        "r": found / gold_total,
        "p_any": hit_any / predicted,
        "rho": float(spearmanr([g for g, _ in rates], [p for _, p in rates]).statistic),
        "sent_p": sent_hit / sent_flagged,
        "sent_r": sent_hit / sent_marked,
        "sent_fp": (sent_flagged - sent_hit) / sent_unmarked,
    }
    recall, free_fp = figures["sent_r"], free_flagged / free
    figures["wording_f1_p50"] = 2 * recall / (1 + recall + free_fp)
    assert all(figures[k] >= floor for k, floor in EN_FLOORS.items()), figures
    assert figures["sent_fp"] <= EN_SENTENCE_FP_CEILING, figures


def test_french_loaded_paragraphs_on_the_dev_set() -> None:
    gold = gold_articles("fr_loaded_paragraphs")
    names = sorted(gold)
    tp = flagged = positive = 0
    for name, (_, spans) in zip(names, loaded_spans("fr", DEV / "fr_loaded_paragraphs", names), strict=True):
        for paragraph in gold[name]["paragraphs"]:
            hit = any(paragraph["start"] <= start < paragraph["end"] for start, _ in spans)
            flagged += hit
            positive += paragraph["has_loaded"]
            tp += hit and paragraph["has_loaded"]
    p, r = tp / flagged, tp / positive
    figures = {"p": p, "r": r, "f1": 2 * p * r / (p + r)}
    assert all(figures[k] >= floor for k, floor in FR_FLOORS.items()), figures
