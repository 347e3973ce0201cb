"""Score the hedging component on an annotated check set (JSON Lines) and print the figures.

Each line: {"id": ..., "text": ..., "expect": [[substring, kind] or [substring, kind, voice], ...]}.
A substring marks the first place it occurs; a prediction matches it when their character spans
overlap (as in ../shared/eval/score.py). Kinds are the hedge kinds, `concordance`, `hypothetical`,
`approximator` and `booster`; a sentence with an empty `expect` is a trap where nothing may be found.

usage: python -m framing.hedging.checkset tests/checksets/hedging_fr.jsonl --lang fr [--pipeline no-morph|blank]
       FRAMING_EN_MODEL=rules python -m framing.hedging.checkset tests/checksets/hedging_en.jsonl --lang en
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from ..types import CertaintyCue, counts_as_hedge

BOOSTER = "booster"


@dataclass(frozen=True)
class Expected:
    start: int
    end: int
    kind: str
    voice: str | None


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    expected: tuple[Expected, ...]


@dataclass
class Scores:
    """Per-kind counts, and the headline figures for counted hedges (what a profile counts)."""

    gold: Counter[str] = field(default_factory=Counter)
    found_kind: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    predicted_ok: Counter[str] = field(default_factory=Counter)
    voice_total: int = 0
    voice_ok: int = 0
    hedge_gold: int = 0
    hedge_found: int = 0
    hedge_pred: int = 0
    hedge_pred_ok: int = 0
    non_hedge_flagged: int = 0  # a concordance/hypothetical/approximator reported as a counted hedge
    errors: list[str] = field(default_factory=list)

    def recall(self, kind: str) -> float:
        return self.found_kind[kind] / self.gold[kind] if self.gold[kind] else 0.0

    def precision(self, kind: str) -> float:
        return self.predicted_ok[kind] / self.predicted[kind] if self.predicted[kind] else 0.0

    @property
    def hedge_recall(self) -> float:
        return self.hedge_found / self.hedge_gold if self.hedge_gold else 0.0

    @property
    def hedge_precision(self) -> float:
        return self.hedge_pred_ok / self.hedge_pred if self.hedge_pred else 1.0

    def table(self) -> str:
        kinds = sorted(set(self.gold) | set(self.predicted))
        lines = [f"{'kind':<18} {'gold':>4} {'recall':>7} {'pred':>5} {'precision':>9}"]
        for kind in kinds:
            lines.append(
                f"{kind:<18} {self.gold[kind]:>4} {self.recall(kind):>7.2f} "
                f"{self.predicted[kind]:>5} {self.precision(kind):>9.2f}"
            )
        lines.append(
            f"counted hedges: recall={self.hedge_recall:.2f} ({self.hedge_found}/{self.hedge_gold}) "
            f"precision={self.hedge_precision:.2f} ({self.hedge_pred_ok}/{self.hedge_pred}) "
            f"non-hedges counted={self.non_hedge_flagged} voice={self.voice_ok}/{self.voice_total}"
        )
        return "\n".join(lines)


def load_checkset(path: str | Path) -> list[Item]:
    items = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        text = record["text"]
        expected = []
        for spec in record["expect"]:
            sub, kind = spec[0], spec[1]
            at = text.find(sub)
            if at < 0:
                raise ValueError(f"{path}:{number}: {sub!r} is not in the text")
            expected.append(Expected(at, at + len(sub), kind, spec[2] if len(spec) > 2 else None))
        items.append(Item(record["id"], text, tuple(expected)))
    return items


def is_counted_hedge(kind: str) -> bool:
    return kind != BOOSTER and counts_as_hedge(kind)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score(nlp: Language, items: Iterable[Item]) -> Scores:
    items = list(items)
    scores = Scores()
    for item, doc in zip(items, nlp.pipe(it.text for it in items), strict=True):
        cues: list[CertaintyCue] = list(doc._.framing_hedges or []) + list(doc._.framing_boosters or [])
        for exp in item.expected:
            scores.gold[exp.kind] += 1
            hits = [c for c in cues if overlaps(exp.start, exp.end, c.start, c.end)]
            right = [c for c in hits if c.kind == exp.kind]
            if right:
                scores.found_kind[exp.kind] += 1
            else:
                got = ", ".join(f"{c.kind}:{c.text!r}" for c in hits) or "nothing"
                scores.errors.append(f"{item.id}: missed {exp.kind} {item.text[exp.start : exp.end]!r} (got {got})")
            if exp.voice and right:
                scores.voice_total += 1
                scores.voice_ok += right[0].voice == exp.voice
            if is_counted_hedge(exp.kind):
                scores.hedge_gold += 1
                scores.hedge_found += any(c.counted and c.kind != BOOSTER for c in hits)
            elif exp.kind != BOOSTER and any(c.counted and c.kind != BOOSTER for c in hits):
                scores.non_hedge_flagged += 1
        for cue in cues:
            scores.predicted[cue.kind] += 1
            match = [e for e in item.expected if overlaps(e.start, e.end, cue.start, cue.end)]
            if any(e.kind == cue.kind for e in match):
                scores.predicted_ok[cue.kind] += 1
            else:
                scores.errors.append(f"{item.id}: spurious {cue.kind} {cue.text!r} ({cue.rule})")
            if cue.counted and cue.kind != BOOSTER:
                scores.hedge_pred += 1
                scores.hedge_pred_ok += any(is_counted_hedge(e.kind) for e in match)
    return scores


def degraded_pipeline(lang: str, variant: str) -> Language:
    """Pipelines that lack what the rules normally use, to measure the fallbacks.

    `no-morph`: the trained model without its morphologizer (no mood, tense or POS; parser kept).
    `blank`: tokenizer and sentence splitter only (no morphology, parse or lemmas).
    """
    import spacy

    from .. import components  # noqa: F401  (registers the factories)
    from ..nlp import load_model

    if variant == "no-morph":
        nlp = load_model(lang)
        if "morphologizer" in nlp.pipe_names:
            nlp.remove_pipe("morphologizer")
    elif variant == "blank":
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
    else:
        raise ValueError(f"unknown pipeline variant {variant!r}")
    nlp.add_pipe("framing_quotes")
    nlp.add_pipe("framing_hedging")
    return nlp


def main(argv: list[str] | None = None) -> None:
    from ..nlp import load_pipeline, pipeline_info

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkset")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--pipeline", choices=("full", "no-morph", "blank"), default="full")
    parser.add_argument("--errors", action="store_true", help="list every miss and spurious cue")
    args = parser.parse_args(argv)
    nlp = load_pipeline(args.lang) if args.pipeline == "full" else degraded_pipeline(args.lang, args.pipeline)
    info = pipeline_info(nlp)
    result = score(nlp, load_checkset(args.checkset))
    kind = "trained" if info.trained else "rule-based"
    print(f"{args.checkset} [{info.model} {kind}, pipeline={args.pipeline}: {', '.join(nlp.pipe_names)}]")
    print(result.table())
    if args.errors:
        print("\n".join(result.errors))


if __name__ == "__main__":
    main()
