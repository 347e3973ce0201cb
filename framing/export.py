"""Tidy exports for pandas or R: one row per evidence span, or one row per article.

Span rows (`--level span`): article_id, outlet, date, lang, family (loaded | hedge | booster |
attribution | quote), category (loaded category, hedge/booster kind, attribution form), start, end
(character offsets: text[start:end] == text), text, voice (reporter | quoted, and for hedges and
boosters `reported`: inside what an attribution says a speaker said; empty for attributions),
speaker (of an attribution, a quote, or a reported hedge or booster), speaker_type, plus detail
columns (term or rule, counted, stance, verb) and weight (loaded hits: their share of the weighted
rate, 1 for a typical loaded word).
Article rows (`--level article`): identity, size, readability and every profile metric.

CSV cells are neutralised against spreadsheet formula injection (framing.render.text.csv_safe).
Files are written atomically: a temporary file in the same folder, then os.replace, so a failed
run never leaves a half-written export where a good one was.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TextIO

from .profiles import article_values, loaded_categories, metric_names
from .render.text import csv_safe
from .reported_speech import ReportedIndex, reporting_speaker
from .types import ArticleAnalysis

SPAN_FIELDS: tuple[str, ...] = (
    "article_id",
    "outlet",
    "date",
    "lang",
    "family",
    "category",
    "start",
    "end",
    "text",
    "voice",
    "speaker",
    "speaker_type",
    "detail",
    "counted",
    "stance",
    "weight",
)
ARTICLE_FIELDS: tuple[str, ...] = (
    "article_id",
    "path",
    "outlet",
    "date",
    "lang",
    "title",
    "url",
    "words",
    "chars",
    "sha256",
    "reading_ease_formula",
    "loaded",
    "hedges",
    "boosters",
    "attributions",
    "quotes",
)
LEVELS: tuple[str, ...] = ("span", "article")
FORMATS: tuple[str, ...] = ("csv", "jsonl")


def span_rows(analyses: Iterable[ArticleAnalysis]) -> Iterator[dict[str, Any]]:
    """Every evidence span of every article, in text order within each family."""
    for a in analyses:
        info = a.article
        base = {"article_id": info.id, "outlet": info.outlet, "date": info.date, "lang": info.lang}
        for hit in _in_text_order(a.loaded):
            yield (
                base
                | _span("loaded", hit.category, hit.start, hit.end, hit.text, hit.voice)
                | {
                    "detail": hit.term,
                    "counted": True,
                    "weight": hit.weight,
                }
            )
        reported = ReportedIndex(a.attributions)  # once per article, for every cue's speaker
        for family, cues in (("hedge", a.hedges), ("booster", a.boosters)):
            for cue in _in_text_order(cues):
                yield (
                    base
                    | _span(family, cue.kind, cue.start, cue.end, cue.text, cue.voice)
                    | {
                        "detail": cue.rule,
                        "counted": cue.counted,
                        "speaker": reporting_speaker(a.attributions, cue, reported),
                    }
                )
        for attr in a.attributions:
            yield (
                base
                | _span("attribution", attr.form, attr.start, attr.end, attr.text, None)
                | {
                    "speaker": attr.who,
                    "speaker_type": attr.speaker_type,
                    "detail": attr.verb_lemma or attr.verb,
                    "counted": True,
                    "stance": attr.stance,
                }
            )
        for quote in a.quotes:
            linked = quote.attribution is not None and 0 <= quote.attribution < len(a.attributions)
            attr = a.attributions[quote.attribution] if linked else None  # type: ignore[index]
            category = "attributed" if attr else "unattributed"
            yield (
                base
                | _span("quote", category, quote.start, quote.end, quote.text, "quoted")
                | {
                    "speaker": attr.who if attr else None,
                    "speaker_type": attr.speaker_type if attr else None,
                    "counted": True,
                }
            )


def _in_text_order(spans: Sequence[Any]) -> list[Any]:
    return sorted(spans, key=lambda span: (span.start, span.end))


def _span(family: str, category: str, start: int, end: int, text: str, voice: str | None) -> dict[str, Any]:
    return {
        "family": family,
        "category": category,
        "start": start,
        "end": end,
        "text": text,
        "voice": voice,
        "speaker": None,
        "speaker_type": None,
        "detail": None,
        "counted": None,
        "stance": None,
        "weight": None,
    }


def article_rows(analyses: Sequence[ArticleAnalysis]) -> tuple[list[str], list[dict[str, Any]]]:
    """(field names, rows): identity and counts of each article, then every metric's per-article value."""
    categories = loaded_categories(analyses)
    names = metric_names(analyses)
    return [*ARTICLE_FIELDS, *names], [article_row(a, categories, names) for a in analyses]


def article_row(a: ArticleAnalysis, categories: Sequence[str], names: Sequence[str]) -> dict[str, Any]:
    """One article's identity, counts and the value of each metric in `names` (None where it has no base)."""
    info = a.article
    row: dict[str, Any] = {
        "article_id": info.id,
        "path": info.path,
        "outlet": info.outlet,
        "date": info.date,
        "lang": info.lang,
        "title": info.title,
        "url": info.url,
        "words": info.words,
        "chars": info.chars,
        "sha256": info.sha256,
        "reading_ease_formula": (a.readability or {}).get("formula"),
        "loaded": len(a.loaded),
        "hedges": sum(h.counted for h in a.hedges),
        "boosters": sum(b.counted for b in a.boosters),
        "attributions": len(a.attributions),
        "quotes": len(a.quotes),
    }
    values = article_values(a, categories)
    row.update({name: values.get(name) for name in names})
    return row


def write_csv(rows: Iterable[dict[str, Any]], fields: Sequence[str], out: TextIO) -> int:
    """CSV with a header; None becomes an empty cell; text cells are formula-neutralised."""
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: ("" if row.get(k) is None else csv_safe(row.get(k))) for k in fields})
        n += 1
    return n


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


@contextmanager
def atomic_writer(path: Path) -> Iterator[TextIO]:
    """Open a temporary file next to `path`; replace `path` with it only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def export(analyses: Sequence[ArticleAnalysis], out: Path | TextIO, *, level: str = "span", fmt: str = "csv") -> int:
    """Write the export to a path (atomically) or an open text stream; returns the number of rows."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; choose from {', '.join(LEVELS)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if level == "span":
        fields, rows = list(SPAN_FIELDS), list(span_rows(analyses))
    else:
        fields, rows = article_rows(analyses)

    def write(handle: TextIO) -> int:
        return write_csv(rows, fields, handle) if fmt == "csv" else write_jsonl(rows, handle)

    if isinstance(out, io.TextIOBase) or hasattr(out, "write"):
        return write(out)  # type: ignore[arg-type]
    with atomic_writer(Path(out)) as handle:
        return write(handle)
