"""`framing evaluate` must agree with the project's reference scorer (tests/data/score.py, a verbatim copy
of shared/eval/score.py) on the same predictions."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.analyse import AnalysisSettings
from framing.cli.app import app
from framing.errors import FramingError, ProblemLog
from framing.evaluate import FIGURE_KEYS, load_gold, parse_thresholds, score, shortfalls
from framing.run import run_corpus

DATA = Path(__file__).parent / "data"
SCORE_PY = DATA / "score.py"
GOLD = DATA / "seeds-gold.json"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def reference(gold: Path, pred_lines: list[dict], texts: Path, tmp_path: Path) -> tuple[dict, dict]:
    """Run score.py as a subprocess; return its counts and figures."""
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pred_lines), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold), str(pred), str(texts)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    counts = json.loads(out[0])
    figures = {k: float(v) for k, v in (item.split("=") for item in out[1].split())}
    return counts, figures


def assert_same(ours, counts: dict, figures: dict) -> None:
    for key, value in counts.items():
        assert ours.counts[key] == value, key
    for key in FIGURE_KEYS:
        assert f"{ours.figures[key]:.2f}" == f"{figures[key]:.2f}", key


def test_synthetic_edge_cases_match_the_reference(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    a = "Le ministre a dit que la ville serait sans doute évacuée, selon la police."
    b = "Rien ici."
    (texts / "a.txt").write_text(a, encoding="utf-8")
    (texts / "b.txt").write_text(b, encoding="utf-8")
    gold = {
        "articles": {
            "a.txt": {
                "attributions": [
                    {"cue": "Le ministre a dit", "speaker_type": "named_person", "start": 0},
                    {"cue": "selon la police", "speaker_type": "institution", "start": a.index("selon")},
                ],
                "hedges": [{"cue": "sans doute", "hedge": "adverb_hedge", "start": a.index("sans doute")}],
                "not_hedges": [{"cue": "serait", "start": a.index("serait")}],
                "loaded": [{"cue": "évacuée", "category": "dramatizing", "voice": "reporter", "start": a.index("év")}],
            },
            "b.txt": {"attributions": [], "hedges": [], "not_hedges": [], "loaded": []},
            "missing.txt": {"attributions": [], "hedges": [], "not_hedges": [], "loaded": []},
        }
    }
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")

    def span(text: str, s: str, **extra) -> dict:
        i = text.index(s)
        return {"start": i, "end": i + len(s), "text": s, **extra}

    preds = [
        {
            "article": {"path": "texts/a.txt"},
            # two predictions overlap the first gold cue: only one may match (one-to-one)
            "attributions": [
                span(a, "Le ministre", speaker_type="anonymous"),
                span(a, "ministre a dit", speaker_type="named_person"),
                span(a, "la police", speaker_type="institution"),
            ],
            "hedges": [
                span(a, "sans doute", kind="modal_hedge"),
                span(a, "serait", kind="concordance"),  # not counted as a hedge
                span(a, "serait", kind="conditional_hedge"),  # flagged non-hedge
            ],
            "loaded": [span(a, "évacuée", category="emotive", voice="reporter")],
            "quotes": [{"start": 0, "end": 2, "text": "XX"}],  # a bad offset
        },
        {"article": {"path": "b.txt"}, "attributions": [], "hedges": [], "loaded": []},
    ]
    counts, figures = reference(gold_path, preds, texts, tmp_path)
    preds_by_name = {Path(p["article"]["path"]).name: p for p in preds}
    ours = score(load_gold(gold_path), preds_by_name, lambda n: (texts / n).read_text(encoding="utf-8"))
    assert_same(ours, counts, figures)
    assert ours.counts["offsets_bad"] == 1 and ours.counts["missing"] == 1
    assert ours.counts["attr_match"] == 2 and ours.counts["type_ok"] == 1


def test_seed_predictions_match_the_reference(tmp_path: Path) -> None:
    settings = AnalysisSettings(use_cache=False)
    analyses = list(run_corpus([str(SEEDS)], ProblemLog(), settings, progress=False))
    preds = [a.to_dict() for a in analyses]
    counts, figures = reference(GOLD, preds, SEEDS, tmp_path)
    by_name = {Path(p["article"]["path"]).name: p for p in preds}
    ours = score(load_gold(GOLD), by_name, lambda n: (SEEDS / n).read_text(encoding="utf-8"))
    assert_same(ours, counts, figures)
    # the bars, on the seeds
    assert ours.figures["attr_r"] >= 0.95 and ours.figures["attr_p"] >= 0.90 and ours.figures["type_acc"] >= 0.90
    assert [asdict(x) for x in analyses[0].attributions]  # attributions are plain data


def test_cli_thresholds_set_the_exit_code() -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["evaluate", str(GOLD), "--texts", str(SEEDS), "--format", "json", "--min", "attr_r=0.95"])
    assert ok.exit_code == 0, ok.output
    data = json.loads(ok.stdout)
    assert data["short"] == [] and data["figures"]["attr_r"] >= 0.95
    short = runner.invoke(app, ["evaluate", str(GOLD), "--texts", str(SEEDS), "--min", "attr_r=1.01", "missing=0"])
    assert short.exit_code == 1
    assert "SHORT: attr_r=" in short.stdout


def test_threshold_parsing_and_maxima() -> None:
    assert parse_thresholds(["attr_r=0.95", "concord_fp=0"]) == {"attr_r": 0.95, "concord_fp": 0.0}
    with pytest.raises(FramingError):
        parse_thresholds(["recall=0.9"])
    with pytest.raises(FramingError):
        parse_thresholds(["attr_r=high"])
    assert shortfalls({"concord_fp": 1.0, "attr_r": 0.99}, {"concord_fp": 0, "attr_r": 0.95}) == [
        "concord_fp=1.00 (bar 0)"
    ]


def test_cli_csv_output_lists_every_figure() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", str(GOLD), "--texts", str(SEEDS), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    figures = {row["figure"]: float(row["value"]) for row in rows if row["kind"] == "figure"}
    assert {"attr_r", "attr_p", "type_acc", "hedge_r", "hedge_p", "loaded_r"} <= figures.keys()
    assert all(0.0 <= value <= 1.0 for name, value in figures.items() if not name.endswith(("_fp", "_bad")))
