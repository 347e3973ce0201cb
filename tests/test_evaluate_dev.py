"""`framing evaluate DIR` on evaluation folders (gold.json + texts/) must agree with the reference scorer
for them (shared/eval/score_dev.py), which the tests run from ../shared when it is there."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli.app import app
from framing.evaluate_dev import ggt_match, sample_names, shortfalls, spearman

ROOT = Path(__file__).resolve().parent.parent
SCORE_DEV = ROOT.parent / "shared" / "eval" / "score_dev.py"
DEV = ROOT.parent / "shared" / "dev"
runner = CliRunner()


def span_of(text: str, s: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(s, start + 1)
    return start, start + len(s)


def write_folder(tmp_path: Path, texts: dict[str, str], gold: dict) -> Path:
    folder = tmp_path / "set"
    (folder / "texts").mkdir(parents=True)
    for name, text in texts.items():
        (folder / "texts" / name).write_text(text, encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps({"about": "test", "articles": gold}), encoding="utf-8")
    return folder


ATTR = "« Nous partirons », a dit le ministre. Selon un responsable, la ville serait évacuée. « Demain. »"
LOADED = "The brutal regime crushed the peaceful protest.\nA calm day.\nThe thugs rioted."
SENTS = "Some say it may rain.\nThe sky is blue.\nCritics argue the plan is a disaster."


def attribution_gold() -> dict:
    t = ATTR
    c1, c2, c3 = span_of(t, "Nous partirons"), span_of(t, "la ville serait évacuée"), span_of(t, "Demain.")
    s1, s2 = span_of(t, "le ministre"), span_of(t, "un responsable")
    return {
        "attributions": [
            {
                "start": span_of(t, "a dit")[0],
                "end": span_of(t, "a dit")[1],
                "cue": "a dit",
                "speaker": {"start": s1[0], "end": s1[1], "text": "le ministre"},
                "speaker_type": "named_person",
                "form": "direct",
                "content": {"start": c1[0], "end": c1[1], "text": "Nous partirons"},
            },
            {
                "start": span_of(t, "Selon")[0],
                "end": span_of(t, "Selon")[1],
                "cue": "Selon",
                "speaker": {"start": s2[0], "end": s2[1], "text": "un responsable"},
                "speaker_type": "anonymous",
                "form": "indirect",
                "content": {"start": c2[0], "end": c2[1], "text": "la ville serait évacuée"},
            },
            # a quote with no cue of its own (floating quote)
            {
                "speaker": None,
                "speaker_type": "named_person",
                "form": "direct",
                "content": {"start": c3[0], "end": c3[1]},
            },
        ]
    }


def predictions() -> list[dict]:
    t = ATTR
    cue1, cue2 = span_of(t, "a dit"), span_of(t, "Selon")
    return [
        {
            "article": {"path": "/somewhere/a.txt"},
            "attributions": [
                {
                    "start": cue1[0],
                    "end": cue1[1],
                    "text": "a dit",
                    "content_start": span_of(t, "Nous")[0],
                    "content_end": span_of(t, "partirons")[1],
                    "speaker_start": span_of(t, "ministre")[0],
                    "speaker_end": span_of(t, "ministre")[1],
                    "speaker_type": "named_person",
                    "form": "direct",
                },
                {  # content covers only a quarter of the gold: no match at 0.3
                    "start": cue2[0],
                    "end": cue2[1],
                    "text": "Selon",
                    "content_start": span_of(t, "évacuée")[0] - 1,
                    "content_end": span_of(t, "évacuée")[1],
                    "speaker_start": None,
                    "speaker_end": None,
                    "speaker_type": "anonymous",
                    "form": "indirect",
                },
                {  # a cue the gold does not have, whose content is the floating quote: left out of cue precision
                    "start": span_of(t, "Demain")[0],
                    "end": span_of(t, "Demain")[1],
                    "text": "Demain",
                    "content_start": span_of(t, "Demain.")[0],
                    "content_end": span_of(t, "Demain.")[1],
                    "speaker_type": "named_person",
                    "form": "direct",
                },
            ],
        },
        {
            "article": {"path": "b.txt"},
            "loaded": [
                {"start": span_of(LOADED, "brutal")[0], "end": span_of(LOADED, "brutal")[1], "text": "brutal"},
                {"start": span_of(LOADED, "calm")[0], "end": span_of(LOADED, "calm")[1], "text": "calm"},
            ],
        },
        {
            "article": {"path": "c.txt"},
            "hedges": [
                {
                    "start": span_of(SENTS, "may")[0],
                    "end": span_of(SENTS, "may")[1],
                    "text": "may",
                    "kind": "modal_hedge",
                },
                {"start": span_of(SENTS, "is")[0], "end": span_of(SENTS, "is")[1], "text": "is", "kind": "concordance"},
            ],
            "loaded": [
                {"start": span_of(SENTS, "disaster")[0], "end": span_of(SENTS, "disaster")[1], "text": "disaster"}
            ],
        },
        {"article": {"path": "not-in-gold.txt"}},
    ]


def build(tmp_path: Path) -> tuple[Path, Path]:
    lines = LOADED.split("\n")
    starts = [0, len(lines[0]) + 1, len(lines[0]) + len(lines[1]) + 2]
    paragraphs = [
        {"start": s, "end": s + len(line), "line": i + 1, "techniques": tech}
        for i, (s, line, tech) in enumerate(
            zip(starts, lines, [["Loaded_Language"], [], ["Name_Calling-Labeling"]], strict=True)
        )
    ]
    sents = SENTS.split("\n")
    sstarts = [0, len(sents[0]) + 1, len(sents[0]) + len(sents[1]) + 2]
    labels = ["uncertain", "certain", "uncertain"]
    gold = {
        "a.txt": attribution_gold(),
        "b.txt": {
            "paragraphs": paragraphs,
            "loaded": [{"start": 4, "end": 10, "cue": "brutal", "category": "Loaded_Language"}],
            "persuasion": [{"start": 11, "end": 17, "cue": "regime", "label": "x"}],
        },
        "c.txt": {
            "sentences": [
                {"start": s, "end": s + len(x), "label": lab, "row": i}
                for i, (s, x, lab) in enumerate(zip(sstarts, sents, labels, strict=True))
            ]
        },
        "gone.txt": {"sentences": []},
    }
    folder = write_folder(tmp_path, {"a.txt": ATTR, "b.txt": LOADED, "c.txt": SENTS}, gold)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions()), encoding="utf-8")
    return folder, pred


def ours(folder: Path, pred: Path) -> dict:
    result = runner.invoke(app, ["evaluate", str(folder), "--predictions", str(pred), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_figures_of_a_hand_made_folder(tmp_path: Path) -> None:
    folder, pred = build(tmp_path)
    out = ours(folder, pred)
    f, c = out["figures"], out["counts"]
    assert (f["articles"], f["missing"], f["pred_extra"], f["offsets_bad"]) == (4, 1, 1, 0)
    # cues: 2 gold, 2 matched; the third prediction only restates an uncued gold quote -> out of precision
    assert (c["cue_gold"], c["cue_pred"], c["cue_match"]) == (2, 2, 2)
    # contents: the first matches; the second covers 8/23 of its gold (> 0.3, < 0.8); the floating quote matches
    assert (c["cont_gold"], c["cont_pred"], c["cont_tp3"], c["cont_tp8"]) == (3, 3, 3, 2)
    # speakers: right; missing where the gold has one; a gold quote with no speaker and no no_source mark is
    # not scored
    assert (c["spk_n"], c["spk_ok"]) == (2, 1)
    assert f["anon_f1"] == pytest.approx(1.0)
    assert (c["pp_gold"], c["pp_tp"], c["pp_neg"], c["pp_negflag"]) == (2, 1, 1, 1)
    assert f["loaded_p_any"] == pytest.approx(0.5)
    # the concordance does not count; "may" flags sentence 1; sentence 3's loaded hit is not a hedge
    assert (c["hs_gold"], c["hs_tp"], c["hs_neg"], c["hs_negflag"]) == (2, 1, 1, 0)


@pytest.mark.skipif(not SCORE_DEV.is_file(), reason="shared/eval/score_dev.py not beside the project")
def test_agrees_with_score_dev_on_a_hand_made_folder(tmp_path: Path) -> None:
    folder, pred = build(tmp_path)
    ref = subprocess.run(
        [sys.executable, str(SCORE_DEV), str(folder), str(pred)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert json.loads(ref[0]) == {**ours(folder, pred)["counts"], "pred_extra": 1, "pred_bad_lines": 0}
    result = runner.invoke(app, ["evaluate", str(folder), "--predictions", str(pred)], env={"COLUMNS": "200"})
    assert ref[-1] in result.stdout


@pytest.mark.skipif(not (SCORE_DEV.is_file() and DEV.is_dir()), reason="shared/dev and score_dev.py not present")
@pytest.mark.parametrize("name", ["fr_attribution", "en_loaded", "fr_loaded_paragraphs", "en_hedges"])
def test_agrees_with_score_dev_on_real_dev_articles(name: str, tmp_path: Path, isolated_cli_run: None) -> None:
    folder = DEV / name
    if not (folder / "gold.json").is_file():
        pytest.skip(f"{folder} absent")
    names = sample_names(json.loads((folder / "gold.json").read_text(encoding="utf-8"))["articles"], 2, seed=1)
    analysed = runner.invoke(app, ["analyze", *(str(folder / "texts" / n) for n in names), "--json", "--no-cache"])
    assert analysed.exit_code == 0, analysed.output
    pred = tmp_path / "pred.jsonl"
    pred.write_text(analysed.stdout, encoding="utf-8")
    ref = subprocess.run(
        [sys.executable, str(SCORE_DEV), str(folder), str(pred)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    result = runner.invoke(app, ["evaluate", str(folder), "--predictions", str(pred)], env={"COLUMNS": "400"})
    assert ref[-1] in result.stdout


def test_sample_scores_only_the_sampled_articles(tmp_path: Path, isolated_cli_run: None) -> None:
    texts = {f"{i}.txt": f"Le ministre a déclaré que la réforme serait votée, numéro {i}." for i in range(5)}
    gold = {name: {"attributions": []} for name in texts}
    folder = write_folder(tmp_path, texts, gold)
    result = runner.invoke(app, ["evaluate", str(folder), "--sample", "2", "--format", "json", "--no-cache"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["figures"]["articles"] == 2 and out["figures"]["missing"] == 0
    assert out["articles"] == sample_names(texts, 2, seed=0)


def test_bars_and_unknown_figures(tmp_path: Path) -> None:
    folder, pred = build(tmp_path)
    args = ["evaluate", str(folder), "--predictions", str(pred), "--min", "content_f1_08=0.99", "--min", "para_fp=0.5"]
    result = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert "SHORT: content_f1_08=" in result.stdout and "para_fp" in result.stdout
    assert shortfalls({"cue_f1": 0.5}, {"loaded_rho": 0.1}) == ["loaded_rho: not reported for this set"]


def test_a_folder_without_gold_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "framing", "evaluate", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {tmp_path}: an evaluation folder holds gold.json and texts/"


def test_matching_helpers() -> None:
    # each gold span takes the best remaining prediction covering more than the threshold of it
    assert ggt_match([(0, 10), (20, 30)], [(0, 4), (0, 9), (21, 30)], 0.3) == [(0, 1), (1, 2)]
    assert ggt_match([(0, 10)], [(0, 3)], 0.3) == []
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 1, 1], [1, 2, 3]) == 0.0
