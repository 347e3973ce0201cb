#!/usr/bin/env python3
"""How far two people who annotated the same texts agree, on the measures `framing` is scored with.

usage: agreement.py FIRST_SET_DIR SECOND_SET_DIR

The second annotation is turned into a prediction file and scored against the first with
`../shared/eval/score_dev.py` (French hedge sets: `score_hedges.py`), and the other way round, so the
figures read exactly like framing's: for loaded-language sets, p_any / loaded recall / rho; for
biased-sentence sets, sentence P / R / F1, plus Cohen's kappa; for attribution sets, content P / R / F1,
speaker, type, form and anonymous F1; for hedge sets, hedge recall / precision and non-hedges counted.
A program cannot be expected to agree with one annotator more than a second careful reader does: this
is the ceiling a set's figures should be read against.
"""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import tempfile

SCORER = pathlib.Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score_dev.py"
HEDGE_SCORER = pathlib.Path(__file__).resolve().parent / "score_hedges.py"


def gold_articles(set_dir: pathlib.Path) -> dict[str, dict]:
    return json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))["articles"]


def _attribution(record: dict) -> dict:
    """A gold attribution in framing's output shape (cue span, speaker and content offsets, type, form); a
    record with no cue of its own (a quotation continuing a speaker) spans its content, as framing's do."""
    speaker, content = record.get("speaker") or {}, record.get("content") or {}
    return {
        "start": record.get("start", content.get("start")),
        "end": record.get("end", content.get("end")),
        "speaker_start": speaker.get("start"),
        "speaker_end": speaker.get("end"),
        "content_start": content.get("start"),
        "content_end": content.get("end"),
        "speaker_type": record.get("speaker_type"),
        "form": record.get("form"),
    }


def as_prediction(set_dir: pathlib.Path, out: pathlib.Path) -> None:
    """Write one set's annotation in `framing analyze --json` shape: loaded spans and attributions stay
    as they are; a biased sentence becomes one loaded span over the sentence (the scorer flags a sentence
    by a span's start); gold hedges become counted hedges and gold non-hedges stay out."""
    lines = []
    for name, article in gold_articles(set_dir).items():
        text = (set_dir / "texts" / name).read_text(encoding="utf-8")
        if "sentences" in article:
            loaded = [s for s in article["sentences"] if s["label"] == "biased"]
        else:
            loaded = article.get("loaded", [])
        spans = [
            {"start": s["start"], "end": s["end"], "text": text[s["start"] : s["end"]], "voice": s.get("voice")}
            for s in loaded
        ]
        hedges = [
            {
                "start": h["start"],
                "end": h["end"],
                "text": text[h["start"] : h["end"]],
                "kind": h.get("kind"),
                "voice": h.get("voice"),
            }
            for h in article.get("hedges", [])
        ]
        record = {
            "article": {"id": pathlib.PurePath(name).stem, "path": str(set_dir / "texts" / name), "chars": len(text)},
            "loaded": spans,
            "attributions": [_attribution(a) for a in article.get("attributions", [])],
            "hedges": hedges,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def kappa(first: pathlib.Path, second: pathlib.Path) -> float | None:
    """Cohen's kappa over sentences present in both annotations with the same offsets."""
    a, b = gold_articles(first), gold_articles(second)
    pairs = []
    for name, article in a.items():
        other = {(s["start"], s["end"]): s["label"] for s in b.get(name, {}).get("sentences", [])}
        pairs += [
            (s["label"], other[(s["start"], s["end"])])
            for s in article.get("sentences", [])
            if (s["start"], s["end"]) in other
        ]
    if not pairs:
        return None
    labels = sorted({x for pair in pairs for x in pair})
    observed = sum(x == y for x, y in pairs) / len(pairs)
    expected = sum(
        (sum(x == lab for x, _ in pairs) / len(pairs)) * (sum(y == lab for _, y in pairs) / len(pairs))
        for lab in labels
    )
    return (observed - expected) / (1 - expected) if expected < 1 else None


def score(gold_dir: pathlib.Path, pred_dir: pathlib.Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        pred = pathlib.Path(tmp) / "pred.jsonl"
        as_prediction(pred_dir, pred)
        hedge_set = any("not_hedges" in a for a in gold_articles(gold_dir).values())
        scorer = HEDGE_SCORER if hedge_set else SCORER
        done = subprocess.run(
            [sys.executable, str(scorer), str(gold_dir), str(pred)], capture_output=True, text=True, check=True
        )
    return done.stdout.strip().splitlines()[-1]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    first, second = (pathlib.Path(p) for p in argv)
    print(f"{second.name} scored against {first.name}: {score(first, second)}")
    print(f"{first.name} scored against {second.name}: {score(second, first)}")
    k = kappa(first, second)
    if k is not None:
        print(f"Cohen's kappa over shared sentences: {k:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
