"""Score analyses against an annotated evaluation folder (`<set>/gold.json` + `<set>/texts/`).

These folders hold real news annotated by other people (attribution cue / content / speaker spans,
loaded-language spans, paragraph or sentence labels; see shared/dev/README.md). The figures are computed
exactly as the project's reference scorer for them (shared/eval/score_dev.py) computes them, so
`framing evaluate DIR` and that script agree on the same predictions (a test checks it):

- attribution cues: greedy one-to-one matching on overlap, gold in file order; an unmatched prediction
  whose content overlaps the content of a gold quote with no cue of its own is left out of precision;
- attribution contents: matched as the Gender Gap Tracker evaluation matches quotes: each gold content,
  in order, takes the best-scoring unmatched prediction whose share of the gold span it covers exceeds
  0.3 (and, for the strict variant, 0.8); speaker, speaker type and form are scored over those pairs;
- loaded spans: recall and precision by overlap, per-article rate correlation (Spearman);
- paragraph labels: a paragraph is predicted loaded when a loaded span starts inside it;
- sentence labels: a sentence is predicted uncertain when a counted hedge starts inside it, biased when
  a loaded span does. The annotators of such sets judge the writer's wording, so the same figures
  counting only hits in the writer's wording (not `attributed`: a quotation's or a named speaker's
  reported clause's words, framing.writer_wording) are given beside them (`extra`: bias_sent_writer_*),
  never in place of the reference ones.

Beyond the reference scorer, span sets also get sentence-level figures for loaded language (`extra`,
never mixed into the reference figures): each sentence of the text is gold-biased when a human loaded
span overlaps it and predicted biased when a loaded hit starts inside it, as the biased/not-biased
sentence sets are scored. They show precision where a reader meets it, sentence by sentence. And
`loaded_rho_weighted` is loaded_rho with each hit counted by its `weight` (the graded signal).

Where the gold also marks every persuasion technique (`persuasion`, `doubt`), a **wording proxy** stands in
for a set of sentences labelled biased / not biased by their wording, about half of each: positives are
the sentences a human loaded span overlaps, negatives the sentences no technique span of any kind
overlaps (sentences marked only with another technique are left out, since their wording may be loaded
without a loaded label). Its recall (`wording_r`) and share of negatives flagged (`wording_fp`) give the
precision such a half-biased set would show, `wording_p50` = R / (R + FPR), and `wording_f1_p50`.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import FramingError
from .evaluate import counts_as_hedge, load_gold
from .i18n import _

Span = tuple[int, int]
Record = Mapping[str, Any]

COUNT_KEYS: tuple[str, ...] = (
    "missing", "offsets_bad", "cue_gold", "cue_pred", "cue_match", "cont_gold", "cont_pred", "cont_tp3",
    "cont_tp8", "spk_n", "spk_ok", "l_gold", "l_found", "l_pred", "l_pred_hit", "l_pred_any", "voice_n",
    "voice_ok", "lrep_gold", "lrep_found", "lq_gold", "lq_found", "hs_tp", "hs_pred", "hs_gold", "hs_neg",
    "hs_negflag", "bs_tp", "bs_pred", "bs_gold", "bs_neg", "bs_negflag", "type_n", "type_ok", "form_n",
    "form_ok", "anon_tp", "anon_pred", "anon_gold", "pp_tp", "pp_pred", "pp_gold", "pp_neg", "pp_negflag",
)  # fmt: skip
SPAN_FAMILIES: tuple[str, ...] = ("loaded", "hedges", "boosters", "attributions", "quotes")
# Figure names that are maxima when used as thresholds (the rest are minima).
MAXIMUM_FIGURES = frozenset({"missing", "offsets_bad", "pred_extra"})
# Spearman's rho is only printed from this many articles on, as the reference scorer does.
MIN_ARTICLES_FOR_RHO = 10
# A sentence ends at a line break, or at . ! ? … (and closing quotes or brackets) before a space and an
# upper-case letter, a digit or an opening quote.
SENTENCE_BREAK = re.compile(r"\n+|(?<=[.!?…])[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-ZÀ-ÖØ-Þ0-9])")
SENTENCE_KEYS: tuple[str, ...] = (
    "ls_tp",
    "ls_pred",
    "ls_gold",
    "ls_neg",
    "ls_negflag",
    "ws_neg",
    "ws_negflag",
    "bw_tp",
    "bw_pred",
    "bw_gold",
)


@dataclass
class DevEvaluation:
    """Raw counts and the figures that apply to this folder's annotation families."""

    counts: dict[str, int]
    figures: dict[str, float | int]
    articles: list[str]
    # Figures the reference scorer does not compute (sentence level of span sets, weighted rho).
    extra: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"counts": self.counts, "figures": self.figures, "extra_figures": self.extra, "articles": self.articles}


def is_eval_folder(path: Path) -> bool:
    """An evaluation folder: `gold.json` beside a `texts/` folder."""
    return path.is_dir() and (path / "gold.json").is_file() and (path / "texts").is_dir()


def load_eval_gold(folder: Path) -> dict[str, dict[str, Any]]:
    """The `articles` mapping of `folder/gold.json` (file name in texts/ -> annotation)."""
    path = folder / "gold.json"
    if not path.is_file():
        raise FramingError(
            _("{path}: no gold.json in this folder (a corpus-only set cannot be scored)").format(path=path)
        )
    return load_gold(path)


def sample_names(names: Iterable[str], size: int | None, seed: int) -> list[str]:
    """A reproducible random sample of article names (all of them, sorted, when size is None)."""
    ordered = sorted(names)
    if size is None or size >= len(ordered):
        return ordered
    return sorted(random.Random(seed).sample(ordered, size))


def load_predictions(path: Path) -> tuple[dict[str, dict[str, Any]], int]:
    """`framing analyze --json` output keyed by the file name of `article.path`; and unreadable lines."""
    predictions: dict[str, dict[str, Any]] = {}
    bad = 0
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise FramingError(_("{path}: cannot read predictions: {error}").format(path=path, error=exc)) from exc
    for line in lines:
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            name = Path(obj["article"]["path"]).name
        except (json.JSONDecodeError, KeyError, TypeError):
            bad += 1
            continue
        predictions[name] = obj
    return predictions, bad


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _overlap(a: Sequence[int], b: Sequence[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _shared(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ggt_match(gold: Sequence[Span], pred: Sequence[Span], threshold: float = 0.3) -> list[tuple[int, int]]:
    """Gender Gap Tracker matching: each gold span in order takes the best remaining prediction whose
    share of the gold span it covers exceeds `threshold`."""
    left = list(range(len(pred)))
    pairs = []
    for gi, g in enumerate(gold):
        length = g[1] - g[0]
        best, best_score = None, 0.0
        for pi in left:
            score = _shared(g, pred[pi]) / length if length > 0 else 0.0
            if score > threshold and score > best_score:
                best, best_score = pi, score
        if best is not None:
            left.remove(best)
            pairs.append((gi, best))
    return pairs


def greedy_overlap(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one matching on overlap: each gold span in order takes the first unused prediction."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and _overlap(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rho with average ranks for ties; 0.0 when either side is constant."""
    from scipy.stats import rankdata

    rx, ry = rankdata(x), rankdata(y)
    mx, my = rx.mean(), ry.mean()
    cov = float(((rx - mx) * (ry - my)).sum())
    sx, sy = float(((rx - mx) ** 2).sum()) ** 0.5, float(((ry - my) ** 2).sum()) ** 0.5
    return cov / (sx * sy) if sx and sy else 0.0


def sentence_spans(text: str) -> list[Span]:
    """Character spans of the text's sentences (blank stretches dropped)."""
    spans, start = [], 0
    for m in SENTENCE_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _span(x: Record) -> Span:
    return int(x["start"]), int(x["end"])


def _count_bad_offsets(prediction: Record, text: str) -> int:
    bad = 0
    for family in SPAN_FAMILIES:
        for s in prediction.get(family) or []:
            start, end = _int(s.get("start")), _int(s.get("end"))
            in_range = start is not None and end is not None and 0 <= start < end <= len(text)
            if not in_range or ("text" in s and text[start:end] != s["text"]):
                bad += 1
            if family == "attributions":
                for a, b in (("content_start", "content_end"), ("speaker_start", "speaker_end")):
                    if s.get(a) is None:
                        continue
                    lo, hi = _int(s.get(a)), _int(s.get(b))
                    if lo is None or hi is None or not (0 <= lo <= hi <= len(text)):
                        bad += 1
    return bad


class _Scorer:
    """Accumulates the counts of one evaluation folder, article by article."""

    def __init__(self) -> None:
        self.c = dict.fromkeys(COUNT_KEYS, 0)
        self.sent = dict.fromkeys(SENTENCE_KEYS, 0)
        self.weighted_rates: list[tuple[float, float]] = []  # as rates, each hit counted by its weight
        self.rates: list[tuple[float, float]] = []
        self.wording_proxy = False  # some article's gold marks every technique (the wording proxy applies)

    def article(self, gold: Record, prediction: Record, text: str | None) -> None:
        if text is not None:
            self.c["offsets_bad"] += _count_bad_offsets(prediction, text)
        if "attributions" in gold:
            self._attributions(gold, prediction)
        if "loaded" in gold:
            self._loaded(gold, prediction, text)
        if "paragraphs" in gold:
            self._paragraphs(gold, prediction)
        if "sentences" in gold:
            self._sentences(gold, prediction)

    def _attributions(self, gold: Record, prediction: Record) -> None:
        c = self.c
        ga = gold["attributions"]
        patt = [
            a
            for a in prediction.get("attributions") or []
            if _int(a.get("start")) is not None and _int(a.get("end")) is not None
        ]
        cued = [_span(a) for a in ga if "start" in a]
        uncued_contents = [_span(a["content"]) for a in ga if "start" not in a and a.get("content")]
        pspans = [(a["start"], a["end"]) for a in patt]
        pairs = greedy_overlap(cued, pspans)
        matched = {pi for _, pi in pairs}
        neutral = 0
        for pi, a in enumerate(patt):
            cs, ce = _int(a.get("content_start")), _int(a.get("content_end"))
            if pi not in matched and cs is not None and ce is not None:
                neutral += any(_overlap((cs, ce), u) for u in uncued_contents)
        c["cue_gold"] += len(cued)
        c["cue_pred"] += len(pspans) - neutral
        c["cue_match"] += len(pairs)

        gc = [a for a in ga if a.get("content")]
        gcs = [_span(a["content"]) for a in gc]
        pc = [
            a
            for a in patt
            if _int(a.get("content_start")) is not None
            and _int(a.get("content_end")) is not None
            and a["content_end"] > a["content_start"]
        ]
        pcs = [(a["content_start"], a["content_end"]) for a in pc]
        c["cont_gold"] += len(gcs)
        c["cont_pred"] += len(pcs)
        loose = ggt_match(gcs, pcs, 0.3)
        c["cont_tp3"] += len(loose)
        c["cont_tp8"] += len(ggt_match(gcs, pcs, 0.8))
        for gi, pi in loose:
            g, p = gc[gi], pc[pi]
            ps = (_int(p.get("speaker_start")), _int(p.get("speaker_end")))
            has_speaker = ps[0] is not None and ps[1] is not None and ps[1] > ps[0]
            if g.get("speaker"):
                c["spk_n"] += 1
                c["spk_ok"] += bool(has_speaker and _overlap(_span(g["speaker"]), ps))  # type: ignore[arg-type]
            elif g.get("no_source") or ("speaker_text" in g and not g["speaker_text"]):
                c["spk_n"] += 1
                c["spk_ok"] += not has_speaker
            if g.get("speaker_type"):
                c["type_n"] += 1
                c["type_ok"] += p.get("speaker_type") == g["speaker_type"]
            if g.get("form"):
                c["form_n"] += 1
                c["form_ok"] += p.get("form") == g["form"]
        if any(a.get("speaker_type") for a in gc):
            gold_anon = [_span(a["content"]) for a in gc if a.get("speaker_type") == "anonymous"]
            pred_anon = [(a["content_start"], a["content_end"]) for a in pc if a.get("speaker_type") == "anonymous"]
            c["anon_gold"] += len(gold_anon)
            c["anon_pred"] += len(pred_anon)
            c["anon_tp"] += len(ggt_match(gold_anon, pred_anon, 0.3))

    def _loaded(self, gold: Record, prediction: Record, text: str | None) -> None:
        c = self.c
        gl = gold["loaded"]
        pl = [
            (s["start"], s["end"], s.get("voice"))
            for s in prediction.get("loaded") or []
            if _int(s.get("start")) is not None and _int(s.get("end")) is not None
        ]
        others = [_span(x) for family in ("doubt", "persuasion") for x in gold.get(family, [])]
        c["l_gold"] += len(gl)
        c["l_pred"] += len(pl)
        for x in gl:
            hits = [q for q in pl if _overlap(_span(x), q)]
            c["l_found"] += bool(hits)
            voice = x.get("voice")
            if voice:
                if voice == "reporter":
                    c["lrep_gold"] += 1
                    c["lrep_found"] += bool(hits)
                elif voice == "quoted":
                    c["lq_gold"] += 1
                    c["lq_found"] += bool(hits)
                if hits:
                    c["voice_n"] += 1
                    c["voice_ok"] += any(q[2] == voice for q in hits)
        if text:
            self.rates.append((1000 * len(gl) / len(text), 1000 * len(pl) / len(text)))
            marked = others if any(family in gold for family in ("doubt", "persuasion")) else None
            self._loaded_sentences(text, [_span(x) for x in gl], [q[0] for q in pl], marked)
            weights = [w for s in prediction.get("loaded") or [] if isinstance(w := s.get("weight", 1.0), int | float)]
            self.weighted_rates.append((1000 * len(gl) / len(text), 1000 * sum(weights) / len(text)))
        for q in pl:
            hit = any(_overlap(_span(x), q) for x in gl)
            c["l_pred_hit"] += hit
            c["l_pred_any"] += hit or any(_overlap(o, q) for o in others)

    def _loaded_sentences(
        self, text: str, gold: Sequence[Span], starts: Sequence[int], techniques: Sequence[Span] | None
    ) -> None:
        """Sentence counts; `techniques` (every technique span, when the gold has them) feeds the wording proxy."""
        s = self.sent
        for a, b in sentence_spans(text):
            positive = any(_overlap((a, b), g) for g in gold)
            flagged = any(a <= x < b for x in starts)
            s["ls_pred"] += flagged
            if positive:
                s["ls_gold"] += 1
                s["ls_tp"] += flagged
            else:
                s["ls_neg"] += 1
                s["ls_negflag"] += flagged
                if techniques is not None and not any(_overlap((a, b), t) for t in techniques):
                    s["ws_neg"] += 1
                    s["ws_negflag"] += flagged
        if techniques is not None:
            self.wording_proxy = True

    def _paragraphs(self, gold: Record, prediction: Record) -> None:
        c = self.c
        starts = [s["start"] for s in prediction.get("loaded") or [] if _int(s.get("start")) is not None]
        for para in gold["paragraphs"]:
            techniques = [t.lower() for t in para.get("techniques", [])]
            gold_loaded = any("loaded" in t or "name_calling" in t for t in techniques)
            flagged = any(para["start"] <= x < para["end"] for x in starts)
            c["pp_pred"] += flagged
            if gold_loaded:
                c["pp_gold"] += 1
                c["pp_tp"] += flagged
            else:
                c["pp_neg"] += 1
                c["pp_negflag"] += flagged

    def _sentences(self, gold: Record, prediction: Record) -> None:
        c = self.c
        hedges = [
            s["start"]
            for s in prediction.get("hedges") or []
            if counts_as_hedge(s.get("kind")) and _int(s.get("start")) is not None
        ]
        loaded = [s for s in prediction.get("loaded") or [] if _int(s.get("start")) is not None]
        loads = [s["start"] for s in loaded]
        # beside the reference count: the writer's wording only (a speaker's loaded words are `attributed`)
        writer_loads = [s["start"] for s in loaded if not s.get("attributed")]
        for s in gold["sentences"]:
            label = s["label"]
            if label in ("certain", "uncertain"):
                prefix, starts, positive = "hs", hedges, label == "uncertain"
            elif label in ("biased", "non-biased"):
                prefix, starts, positive = "bs", loads, label == "biased"
            else:
                continue
            flagged = any(s["start"] <= x < s["end"] for x in starts)
            c[f"{prefix}_pred"] += flagged
            if positive:
                c[f"{prefix}_gold"] += 1
                c[f"{prefix}_tp"] += flagged
            else:
                c[f"{prefix}_neg"] += 1
                c[f"{prefix}_negflag"] += flagged
            if prefix == "bs":
                by_writer = any(s["start"] <= x < s["end"] for x in writer_loads)
                self.sent["bw_pred"] += by_writer
                self.sent["bw_tp"] += by_writer and positive
                self.sent["bw_gold"] += positive


def score_folder(
    gold_articles: Mapping[str, Record],
    predictions: Mapping[str, Record],
    text_of: Callable[[str], str | None],
) -> DevEvaluation:
    """Score predictions (file name -> `framing analyze --json` object) against an evaluation folder."""
    scorer = _Scorer()
    c = scorer.c
    extra = sum(1 for name in predictions if name not in gold_articles)
    for name, gold in gold_articles.items():
        prediction = predictions.get(name)
        if prediction is None:
            c["missing"] += 1
            prediction = {}
        scorer.article(gold, prediction, text_of(name))
    s = scorer.sent
    extra_figures: dict[str, float] = {}
    if s["ls_gold"] + s["ls_neg"]:
        p, r, f1 = _prf(s["ls_tp"], s["ls_pred"], s["ls_tp"], s["ls_gold"])
        fp = s["ls_negflag"] / s["ls_neg"] if s["ls_neg"] else 0.0
        extra_figures = {"loaded_sent_p": p, "loaded_sent_r": r, "loaded_sent_f1": f1, "loaded_sent_fp": fp}
        if scorer.wording_proxy and s["ws_neg"] and s["ls_gold"]:
            extra_figures.update(wording_proxy(r, s["ws_negflag"] / s["ws_neg"]))
    if s["bw_gold"]:
        p, r, f1 = _prf(s["bw_tp"], s["bw_pred"], s["bw_tp"], s["bw_gold"])
        extra_figures.update({"bias_sent_writer_p": p, "bias_sent_writer_r": r, "bias_sent_writer_f1": f1})
    if len(scorer.weighted_rates) >= MIN_ARTICLES_FOR_RHO:
        gold_rates, weighted = zip(*scorer.weighted_rates, strict=True)
        extra_figures["loaded_rho_weighted"] = spearman(gold_rates, weighted)
    return DevEvaluation(
        counts=c,
        figures=_figures(gold_articles, c, scorer.rates, extra),
        articles=list(gold_articles),
        extra=extra_figures,
    )


def wording_proxy(recall: float, fpr: float) -> dict[str, float]:
    """Figures a half-biased sentence set would show: P50 = R / (R + FPR), F1 at P50 = 2R / (1 + R + FPR)."""
    p50 = recall / (recall + fpr) if recall + fpr else 0.0
    return {
        "wording_p50": p50,
        "wording_r": recall,
        "wording_f1_p50": 2 * recall / (1 + recall + fpr),
        "wording_fp": fpr,
    }


def _figures(
    gold: Mapping[str, Record], c: Mapping[str, int], rates: list[tuple[float, float]], extra: int
) -> dict[str, float | int]:
    def has(family: str) -> bool:
        return any(family in g for g in gold.values())

    f: dict[str, float | int] = {
        "articles": len(gold),
        "missing": c["missing"],
        "pred_extra": extra,
        "offsets_bad": c["offsets_bad"],
    }
    if has("attributions"):
        if c["cue_gold"]:
            f["cue_p"], f["cue_r"], f["cue_f1"] = _prf(c["cue_match"], c["cue_pred"], c["cue_match"], c["cue_gold"])
        if c["cont_gold"]:
            f["content_p"], f["content_r"], f["content_f1"] = _prf(
                c["cont_tp3"], c["cont_pred"], c["cont_tp3"], c["cont_gold"]
            )
            f["content_p_08"], f["content_r_08"], f["content_f1_08"] = _prf(
                c["cont_tp8"], c["cont_pred"], c["cont_tp8"], c["cont_gold"]
            )
            f["speaker_acc"] = c["spk_ok"] / c["spk_n"] if c["spk_n"] else 0.0
        if c["type_n"]:
            f["type_acc"] = c["type_ok"] / c["type_n"]
        if c["form_n"]:
            f["form_acc"] = c["form_ok"] / c["form_n"]
        if c["anon_gold"]:
            f["anon_p"], f["anon_r"], f["anon_f1"] = _prf(c["anon_tp"], c["anon_pred"], c["anon_tp"], c["anon_gold"])
    if has("loaded"):
        f["loaded_p"], f["loaded_r"], f["loaded_f1"] = _prf(c["l_pred_hit"], c["l_pred"], c["l_found"], c["l_gold"])
        n = len(gold)
        f["loaded_fp"] = (c["l_pred"] - c["l_pred_hit"]) / n if n else 0.0
        if len(rates) >= MIN_ARTICLES_FOR_RHO:
            f["loaded_rho"] = spearman([a for a, _ in rates], [b for _, b in rates])
        if has("persuasion") or has("doubt"):
            f["loaded_p_any"] = c["l_pred_any"] / c["l_pred"] if c["l_pred"] else 0.0
        if c["lrep_gold"] + c["lq_gold"]:
            f["voice_acc"] = c["voice_ok"] / c["voice_n"] if c["voice_n"] else 0.0
            f["loaded_r_reporter"] = c["lrep_found"] / c["lrep_gold"] if c["lrep_gold"] else 0.0
            f["loaded_r_quoted"] = c["lq_found"] / c["lq_gold"] if c["lq_gold"] else 0.0
    if c["pp_gold"] + c["pp_neg"]:
        f["para_p"], f["para_r"], f["para_f1"] = _prf(c["pp_tp"], c["pp_pred"], c["pp_tp"], c["pp_gold"])
        f["para_fp"] = c["pp_negflag"] / c["pp_neg"] if c["pp_neg"] else 0.0
    for prefix, name in (("hs", "hedge_sent"), ("bs", "bias_sent")):
        if c[f"{prefix}_gold"] + c[f"{prefix}_neg"]:
            p, r, f1 = _prf(c[f"{prefix}_tp"], c[f"{prefix}_pred"], c[f"{prefix}_tp"], c[f"{prefix}_gold"])
            f[f"{name}_p"], f[f"{name}_r"], f[f"{name}_f1"] = p, r, f1
            f[f"{name}_fp"] = c[f"{prefix}_negflag"] / c[f"{prefix}_neg"] if c[f"{prefix}_neg"] else 0.0
    return f


def is_maximum(name: str) -> bool:
    """Bars on names ending in _fp, and on missing / offsets_bad / pred_extra, are maxima."""
    return name.endswith("_fp") or name in MAXIMUM_FIGURES


def parse_bars(items: Iterable[str]) -> dict[str, float]:
    """`content_f1=0.8` items -> {name: bar}; names are checked against the folder's figures later."""
    out: dict[str, float] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise FramingError(_("--min takes NAME=VALUE, e.g. content_f1=0.8; got {item!r}").format(item=item))
        try:
            out[name.strip()] = float(value)
        except ValueError as exc:
            raise FramingError(
                _("--min {name}: {value!r} is not a number").format(name=name.strip(), value=value)
            ) from exc
    return out


def shortfalls(figures: Mapping[str, float | int], bars: Mapping[str, float]) -> list[str]:
    """Each bar not met (or naming a figure this folder does not report), as score_dev.py words it."""
    short = []
    for name, bar in bars.items():
        if name not in figures:
            short.append(f"{name}: not reported for this set")
            continue
        value = figures[name]
        maximum = is_maximum(name)
        if (value > bar) if maximum else (value < bar):
            short.append(f"{name}={value:.3f} ({'max' if maximum else 'min'} {bar:g})")
    return short


def format_figures(figures: Mapping[str, float | int]) -> str:
    """One line of key=value, as the reference scorer's last line."""
    return " ".join(f"{k}={v}" if isinstance(v, int) else f"{k}={v:.3f}" for k, v in figures.items())
