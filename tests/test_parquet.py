"""`export --format parquet`: a partitioned dataset that pyarrow, DuckDB (or pandas) read as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from synthetic import make_analysis
from typer.testing import CliRunner

from framing.cli import app
from framing.errors import FramingError
from framing.parquet import MARKER, METRIC_COLUMNS, PARTITION, write_parquet_dataset
from framing.safe_names import SAFE_STEM

pa = pytest.importorskip("pyarrow")
ds = pytest.importorskip("pyarrow.dataset")

# Outlet names a scraper can produce: a path, a device name, accents, two names that slug alike.
OUTLETS = ("../../etc", "CON", "Le Monde", "le-monde", "Libération / AFP", "unknown")


def analyses(n: int) -> list:
    out = []
    for i in range(n):
        text = f"Un texte {i} avec une occupation et, selon un responsable, une frappe."
        out.append(
            make_analysis(
                f"a{i:03d}",
                OUTLETS[i % len(OUTLETS)],
                100 + i,
                loaded=[("delegitimizing", "reporter")] * (i % 3),
                hedges=[("reporter", True), ("quoted", False)],
                speakers=[("anonymous", "neutral")] if i % 2 else [],
                quote_words=[5],
                text=text,
                date=f"2025-01-{i % 28 + 1:02d}",
            )
        )
    return out


def test_dataset_round_trip_with_pyarrow(tmp_path: Path) -> None:
    items = analyses(25)
    out = tmp_path / "dataset"
    n_articles, n_spans = write_parquet_dataset(iter(items), out, chunk=4)  # several chunks, same schema
    assert n_articles == 25
    articles = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table().to_pylist()
    spans = ds.dataset(out / "spans", format="parquet", partitioning="hive").to_table().to_pylist()
    assert (
        len(spans) == n_spans == sum(len(a.loaded) + len(a.hedges) + len(a.attributions) + len(a.quotes) for a in items)
    )
    by_id = {row["article_id"]: row for row in articles}
    assert set(by_id) == {a.article.id for a in items}
    for a in items:
        row = by_id[a.article.id]
        assert row["outlet"] == a.article.outlet and row["words"] == a.article.words
        assert row["loaded"] == len(a.loaded)
        assert row["loaded_per_1k"] == pytest.approx(1000 * len(a.loaded) / a.article.words)
    assert {row["outlet"] for row in articles} == set(OUTLETS)
    # Directory names are safe slugs, one per exact outlet name (Le Monde and le-monde stay apart).
    folders = sorted(p.name for p in (out / "articles").iterdir())
    assert len(folders) == len(OUTLETS)
    for folder in folders:
        key, value = folder.split("=", 1)
        assert key == PARTITION and SAFE_STEM.match(value), folder
    assert all(p.resolve().is_relative_to(out.resolve()) for p in out.rglob("*"))
    # Metric columns are fixed (every category, present or not), typed as numbers.
    schema = ds.dataset(out / "articles", format="parquet", partitioning="hive").schema
    assert all(schema.field(name).type == pa.float64() for name in METRIC_COLUMNS)
    hedge_rows = [r for r in spans if r["family"] == "hedge"]
    assert {r["counted"] for r in hedge_rows} == {True, False}
    assert json.loads((out / MARKER).read_text())["articles"] == 25


def test_dataset_reads_with_duckdb_or_pandas(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    write_parquet_dataset(iter(analyses(12)), out, chunk=5)
    try:
        import duckdb
    except ImportError:
        pandas = pytest.importorskip("pandas")
        frame = pandas.read_parquet(out / "spans")
        counts = frame.groupby("outlet").size().to_dict()
    else:
        query = (
            f"SELECT outlet, count(*) FROM read_parquet('{out / 'spans'}/**/*.parquet', hive_partitioning = true) "
            "GROUP BY outlet"
        )
        counts = dict(duckdb.sql(query).fetchall())
    expected: dict[str, int] = {}
    for a in analyses(12):
        expected[a.article.outlet] = (
            expected.get(a.article.outlet, 0) + len(a.loaded) + len(a.hedges) + len(a.attributions) + len(a.quotes)
        )
    assert counts == {k: v for k, v in expected.items() if v}


def test_replacing_a_dataset_and_refusing_other_folders(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    write_parquet_dataset(iter(analyses(6)), out)
    write_parquet_dataset(iter(analyses(3)), out)  # replaces the previous dataset whole
    assert ds.dataset(out / "articles", partitioning="hive").count_rows() == 3
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    with pytest.raises(FramingError, match="not a Parquet dataset written by framing"):
        write_parquet_dataset(iter(analyses(3)), mine)
    assert (mine / "notes.txt").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dataset", "mine"]  # no temporary folder left


def test_export_command_writes_parquet(tmp_path: Path, isolated_cli_run) -> None:
    corpus = tmp_path / "c.jsonl"
    rows = [
        {
            "text": f"Selon un responsable, l'armée aurait frappé la ville {i}. « Nous partirons », a-t-il dit.",
            "outlet": outlet,
            "lang": "fr",
        }
        for i, outlet in enumerate(["Le Monde", "Le Monde", "TASS"])
    ]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["export", str(corpus), "--format", "parquet", "--out", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    table = ds.dataset(out / "articles", partitioning="hive").to_table()
    assert sorted(table.column("outlet").to_pylist()) == ["Le Monde", "Le Monde", "TASS"]
    spans = ds.dataset(out / "spans", partitioning="hive").to_table().to_pylist()
    texts = {r["article_id"]: rows[int(r["article_id"].rsplit(":", 1)[1]) - 1]["text"] for r in spans}
    assert spans and all(texts[r["article_id"]][r["start"] : r["end"]] == r["text"] for r in spans)
