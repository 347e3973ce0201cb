"""Exports: one row per span or per article, parseable, formula-safe, written atomically."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from framing.export import SPAN_FIELDS, article_rows, atomic_writer, export, span_rows
from framing.types import ArticleAnalysis, ArticleInfo, Attribution, CertaintyCue, LoadedHit, Quote

TEXT = '=HYPERLINK("x") Selon un responsable, « l\'occupation pourrait durer », a-t-il dit.'


def analysis() -> ArticleAnalysis:
    def span(fragment: str) -> tuple[int, int, str]:
        start = TEXT.index(fragment)
        return start, start + len(fragment), fragment

    info = ArticleInfo("art-1", "a.txt", "=Outlet", "2025-09", "fr", None, len(TEXT), 12, "sha")
    q_start, q_end, q_text = span("« l'occupation pourrait durer »")
    return ArticleAnalysis(
        article=info,
        loaded=[LoadedHit(*span("occupation"), "delegitimizing", "fr-loaded-occupation", "quoted")],
        hedges=[CertaintyCue(*span("pourrait"), "conditional_hedge", "quoted", rule="cond")],
        boosters=[],
        attributions=[
            Attribution(
                *span("Selon un responsable"),
                "un responsable",
                None,
                None,
                "anonymous",
                "direct",
                "selon",
                None,
                None,
                stance="neutral",
            )
        ],
        quotes=[Quote(q_start, q_end, q_text, 0, words=3)],
        readability={"formula": "Kandel & Moles", "reading_ease": 60.0},
        scores={},
        text=TEXT,
    )


def test_span_rows_carry_offsets_voice_and_speaker() -> None:
    rows = list(span_rows([analysis()]))
    assert [r["family"] for r in rows] == ["loaded", "hedge", "attribution", "quote"]
    for row in rows:
        assert set(row) == set(SPAN_FIELDS)
        assert TEXT[row["start"] : row["end"]] == row["text"]
        assert row["article_id"] == "art-1" and row["date"] == "2025-09"
    loaded, hedge, attribution, quote = rows
    assert hedge["category"] == "conditional_hedge" and hedge["detail"] == "cond" and hedge["counted"] is True
    assert (loaded["category"], loaded["voice"]) == ("delegitimizing", "quoted")
    assert attribution["speaker_type"] == "anonymous" and attribution["category"] == "direct"
    assert quote["speaker_type"] == "anonymous"


def test_csv_parses_and_neutralises_formulas(tmp_path: Path) -> None:
    out = tmp_path / "spans.csv"
    assert export([analysis()], out, level="span", fmt="csv") == 4
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert len(rows) == 4
    assert rows[0]["outlet"] == "'=Outlet"
    assert rows[0]["start"] == str(TEXT.index("occupation"))
    assert rows[2]["voice"] == ""  # attributions have no voice: empty cell, not "None"


def test_jsonl_article_level(tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    export([analysis()], out, level="article", fmt="jsonl")
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["outlet"] == "=Outlet"  # JSON is data, not a spreadsheet: kept as is
    assert row["loaded"] == 1 and row["attributions"] == 1
    assert row["anonymous_share"] == pytest.approx(1.0)
    assert row["loaded_quoted_per_1k"] == pytest.approx(1000 / 3)
    fields, _ = article_rows([analysis()])
    assert list(row) == fields


def test_stream_output() -> None:
    buffer = io.StringIO()
    export([analysis()], buffer, level="article", fmt="csv")
    assert next(iter(csv.DictReader(io.StringIO(buffer.getvalue()))))["article_id"] == "art-1"


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "spans.csv"
    out.write_text("previous export\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_writer(out) as handle:
        handle.write("half of a new export")
        raise RuntimeError("disk full")
    assert out.read_text(encoding="utf-8") == "previous export\n"
    assert list(tmp_path.iterdir()) == [out]
    with pytest.raises(ValueError):
        export([analysis()], out, level="sentence")
