"""Score analyses against a hand-annotated gold file (the format of shared/eval/seeds-gold.json).

The figures are computed exactly as the project's reference scorer (shared/eval/score.py) computes them,
so `framing evaluate` and that script agree on the same predictions:

- a gold span is `start .. start + len(cue)` (or `start .. end` when there is no cue);
- attributions are matched greedily one-to-one by overlap, gold in file order, each gold span taking the
  first unused prediction it overlaps; speaker-type accuracy is over matched pairs;
- hedges: predictions whose kind is `approximator`, contains `concord` or `hypothet`, or starts with
  `not_`, `non_` or `no_` are not hedges; recall counts gold hedges overlapped by any predicted hedge,
  precision counts predicted hedges overlapping any gold hedge (not one-to-one);
- loaded expressions: recall, and the share found with the gold category and with the gold voice;
- every predicted span is checked against the text (`text[start:end] == text`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import FramingError
from .i18n import _
from .types import counts_as_hedge

COUNT_KEYS: tuple[str, ...] = (
    "attr_gold", "attr_pred", "attr_match", "type_ok", "hedge_gold", "hedge_found", "hedge_kind_ok",
    "hedge_pred", "hedge_tp_pred", "not_hedge", "not_hedge_flagged", "loaded_gold", "loaded_found",
    "loaded_cat", "loaded_voice", "offsets_bad", "spans", "missing",
)  # fmt: skip
FIGURE_KEYS: tuple[str, ...] = (
    "attr_r", "attr_p", "type_acc", "hedge_r", "hedge_p", "hedge_kind", "concord_fp", "loaded_r",
    "loaded_cat", "loaded_voice", "offsets_bad", "missing", "attr_f1",
)  # fmt: skip
# Figures this module adds to score.py's (they do not exist there).
EXTRA_COUNT_KEYS: tuple[str, ...] = ("loaded_pred", "loaded_tp_pred")
EXTRA_FIGURE_KEYS: tuple[str, ...] = ("hedge_f1", "loaded_p", "loaded_f1")
SPAN_FAMILIES: tuple[str, ...] = ("loaded", "hedges", "boosters", "attributions", "quotes")

Span = tuple[int, int]


@dataclass
class Evaluation:
    """Raw counts (as score.py prints them) and the figures derived from them."""

    counts: dict[str, int]
    figures: dict[str, float]
    articles: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"counts": self.counts, "figures": self.figures, "articles": self.articles}


def overlap(a: Span | tuple[int, ...], b: Span | tuple[int, ...]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def gold_span(item: Mapping[str, Any]) -> Span:
    if "cue" in item:
        return int(item["start"]), int(item["start"]) + len(item["cue"])
    return int(item["start"]), int(item["end"])


def greedy_match(gold: list[tuple], pred: list[tuple]) -> list[tuple[tuple, tuple]]:
    """Greedy one-to-one matching by overlap, in gold order."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and overlap(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def score(
    gold_articles: Mapping[str, Mapping[str, Any]],
    predictions: Mapping[str, Mapping[str, Any]],
    text_of: Callable[[str], str],
) -> Evaluation:
    """Score predictions (file name -> `framing analyze --json` object) against gold articles."""
    c = dict.fromkeys(COUNT_KEYS + EXTRA_COUNT_KEYS, 0)
    for name, g in gold_articles.items():
        if name not in predictions:
            c["missing"] += 1
            continue
        text = text_of(name)
        p = predictions[name]
        for fam in SPAN_FAMILIES:
            for s in p.get(fam, []) or []:
                c["spans"] += 1
                if not (0 <= s["start"] < s["end"] <= len(text)) or text[s["start"] : s["end"]] != s.get("text"):
                    c["offsets_bad"] += 1
        ga = [(*gold_span(a), a) for a in g.get("attributions", [])]
        pa = [(a["start"], a["end"], a) for a in p.get("attributions", [])]
        c["attr_gold"] += len(ga)
        c["attr_pred"] += len(pa)
        pairs = greedy_match(ga, pa)
        c["attr_match"] += len(pairs)
        c["type_ok"] += sum(gg[2]["speaker_type"] == pp[2].get("speaker_type") for gg, pp in pairs)
        hedges = [h for h in p.get("hedges", []) if counts_as_hedge(h.get("kind"))]
        gh = [gold_span(h) for h in g.get("hedges", [])]
        ph = [(h["start"], h["end"]) for h in hedges]
        pk = [(h["start"], h["end"], h.get("kind")) for h in hedges]
        c["hedge_kind_ok"] += sum(
            any(overlap(gold_span(x), y[:2]) and y[2] == x["hedge"] for y in pk) for x in g.get("hedges", [])
        )
        c["hedge_gold"] += len(gh)
        c["hedge_pred"] += len(ph)
        c["hedge_found"] += sum(any(overlap(x, y) for y in ph) for x in gh)
        c["hedge_tp_pred"] += sum(any(overlap(y, x) for x in gh) for y in ph)
        for nh in g.get("not_hedges", []):
            c["not_hedge"] += 1
            c["not_hedge_flagged"] += any(overlap(gold_span(nh), y) for y in ph)
        pl = [(q["start"], q["end"]) for q in p.get("loaded", [])]
        c["loaded_pred"] += len(pl)
        c["loaded_tp_pred"] += sum(any(overlap(y, gold_span(x)) for x in g.get("loaded", [])) for y in pl)
        for item in g.get("loaded", []):
            c["loaded_gold"] += 1
            hits = [q for q in p.get("loaded", []) if overlap(gold_span(item), (q["start"], q["end"]))]
            if hits:
                c["loaded_found"] += 1
                c["loaded_cat"] += any(q.get("category") == item["category"] for q in hits)
                c["loaded_voice"] += any(q.get("voice") == item["voice"] for q in hits)
    f = {
        "attr_r": _ratio(c["attr_match"], c["attr_gold"]),
        "attr_p": _ratio(c["attr_match"], c["attr_pred"]),
        "type_acc": _ratio(c["type_ok"], c["attr_match"]),
        "hedge_r": _ratio(c["hedge_found"], c["hedge_gold"]),
        "hedge_p": _ratio(c["hedge_tp_pred"], c["hedge_pred"]),
        "hedge_kind": _ratio(c["hedge_kind_ok"], c["hedge_gold"]),
        "concord_fp": float(c["not_hedge_flagged"]),
        "loaded_r": _ratio(c["loaded_found"], c["loaded_gold"]),
        "loaded_cat": _ratio(c["loaded_cat"], c["loaded_gold"]),
        "loaded_voice": _ratio(c["loaded_voice"], c["loaded_gold"]),
        "offsets_bad": float(c["offsets_bad"]),
        "missing": float(c["missing"]),
    }
    f["attr_f1"] = _ratio(2 * f["attr_r"] * f["attr_p"], f["attr_r"] + f["attr_p"])
    # Beyond score.py: F1 for hedges, and loaded precision against a gold list that is not exhaustive.
    f["hedge_f1"] = _ratio(2 * f["hedge_r"] * f["hedge_p"], f["hedge_r"] + f["hedge_p"])
    f["loaded_p"] = _ratio(c["loaded_tp_pred"], c["loaded_pred"])
    f["loaded_f1"] = _ratio(2 * f["loaded_r"] * f["loaded_p"], f["loaded_r"] + f["loaded_p"])
    return Evaluation(counts=c, figures=f, articles=sorted(gold_articles))


def is_maximum(name: str) -> bool:
    """Thresholds on names ending in _fp or _bad, and on `missing`, are maxima; the rest are minima."""
    return name.endswith(("_fp", "_bad")) or name == "missing"


def parse_thresholds(items: Iterable[str]) -> dict[str, float]:
    """`attr_r=0.95` items -> {name: bar}; unknown names and bad numbers are user errors."""
    out: dict[str, float] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        known = FIGURE_KEYS + EXTRA_FIGURE_KEYS
        if not sep or name not in known:
            raise FramingError(
                _("--min takes NAME=VALUE with NAME one of {names}; got {item!r}").format(
                    names=", ".join(known), item=item
                )
            )
        try:
            out[name] = float(value)
        except ValueError as exc:
            raise FramingError(_("--min {name}: {value!r} is not a number").format(name=name, value=value)) from exc
    return out


def shortfalls(figures: Mapping[str, float], thresholds: Mapping[str, float]) -> list[str]:
    """Each threshold not met, as `name=value (bar X)` like score.py prints them."""
    short = []
    for name, bar in thresholds.items():
        value = figures[name]
        if (value > bar) if is_maximum(name) else (value < bar):
            short.append(f"{name}={value:.2f} (bar {bar:g})")
    return short


def load_gold(path: str | Path) -> dict[str, dict[str, Any]]:
    """The `articles` mapping of a gold file (file name -> annotation)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FramingError(_("{path}: no such gold file").format(path=path)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FramingError(_("{path}: cannot read gold file: {error}").format(path=path, error=exc)) from exc
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, dict):
        raise FramingError(_("{path}: a gold file is a JSON object with an `articles` mapping").format(path=path))
    return articles


@dataclass(frozen=True)
class CheckItem:
    """One annotated text of a check set (JSON Lines: id, lang, text, attributions, hedges, ...)."""

    id: str
    lang: str
    text: str
    gold: dict[str, Any]


def load_checkset(path: str | Path) -> list[CheckItem]:
    """A check set: one JSON object per line with the text itself and its annotation in the gold format."""
    items: list[CheckItem] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise FramingError(_("{path}: cannot read check set: {error}").format(path=path, error=exc)) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            text = obj["text"]
            gold = {key: obj.get(key, []) for key in ("attributions", "hedges", "not_hedges", "loaded")}
            items.append(CheckItem(str(obj.get("id", number)), str(obj.get("lang", "fr")), text, gold))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise FramingError(
                _("{path}:{line}: not a check-set record ({error})").format(path=path, line=number, error=exc)
            ) from exc
    return items
