"""Corpora given as shards: Parquet files (streamed by row batches) and glob patterns of shard paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus_samples import french_text

from framing.corpus import load_corpus
from framing.errors import ProblemLog

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def write_shard(path: Path, rows: list[dict], row_group_size: int = 4) -> Path:
    columns = sorted({k for row in rows for k in row})
    table = pa.table({c: [row.get(c) for row in rows] for c in columns})
    pq.write_table(table, path, row_group_size=row_group_size)
    return path


def rows(start: int, n: int) -> list[dict]:
    return [
        {"text": french_text(i), "source": f"Outlet {i % 2}", "lang": "fr", "date": "2025-02-01"}
        for i in range(start, start + n)
    ]


def test_a_folder_of_parquet_and_jsonl_shards(tmp_path: Path) -> None:
    folder = tmp_path / "dump"
    folder.mkdir()
    write_shard(folder / "part-0000.parquet", rows(0, 5))
    write_shard(folder / "part-0001.parquet", rows(5, 5))
    (folder / "part-0002.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows(10, 3)), "utf-8"
    )
    problems = ProblemLog()
    articles = list(load_corpus([str(folder)], problems))
    assert [a.text for a in articles] == [french_text(i) for i in range(13)]
    assert articles[0].outlet == "Outlet 0" and articles[0].date == "2025-02-01"  # `source` is an alias of outlet
    assert articles[6].id == "part-0001:2" and articles[6].line == 2
    assert not problems.problems


def test_a_glob_pattern_selects_shards_in_sorted_order(tmp_path: Path) -> None:
    for k in (2, 0, 1):
        write_shard(tmp_path / f"part-{k}.parquet", rows(10 * k, 2))
    (tmp_path / "other.parquet").write_bytes(b"not selected")
    problems = ProblemLog()
    articles = list(load_corpus([str(tmp_path / "part-*.parquet")], problems))
    assert [a.text for a in articles] == [french_text(i) for i in (0, 1, 10, 11, 20, 21)]
    assert not problems.problems
    missing = ProblemLog()
    assert list(load_corpus([str(tmp_path / "nothing-*.parquet")], missing)) == []
    assert "no file or folder matches this pattern" in str(missing.problems[0])


def test_bad_rows_and_bad_shards_are_one_line_each(tmp_path: Path) -> None:
    good = rows(0, 3)
    good[1] = {"text": None, "source": "X", "lang": "fr"}
    write_shard(tmp_path / "a.parquet", good)
    (tmp_path / "b.parquet").write_bytes(b"PAR1 truncated")
    problems = ProblemLog()
    articles = list(load_corpus([str(tmp_path)], problems))
    assert [a.text for a in articles] == [french_text(0), french_text(2)]
    messages = [str(p) for p in problems.skipped]
    assert any(m.startswith(f"{tmp_path / 'a.parquet'}:2: ") for m in messages), messages
    assert any(m.startswith(f"{tmp_path / 'b.parquet'}: not a readable Parquet file") for m in messages), messages
    assert problems.exit_code == 1


def test_a_shard_is_streamed_not_loaded_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import framing.corpus.shards as shards

    monkeypatch.setattr(shards, "ROWS_PER_READ", 8)
    write_shard(tmp_path / "big.parquet", rows(0, 200), row_group_size=50)
    batches = 0
    real = pq.ParquetFile.iter_batches

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal batches
        for batch in real(self, *args, **kwargs):
            batches += 1
            yield batch

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", counting)
    stream = load_corpus([str(tmp_path / "big.parquet")], ProblemLog())
    first = next(stream)
    assert first.text == french_text(0)
    assert batches == 1  # 8 rows read of 200
    stream.close()
