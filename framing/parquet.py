"""`framing export --format parquet`: a partitioned Parquet dataset for pandas, polars, DuckDB and R arrow.

    OUT/articles/outlet_key=<slug>/part-00000-0.parquet   one row per article: metadata, counts, metrics
    OUT/spans/outlet_key=<slug>/part-00000-0.parquet      one row per evidence span (framing.export's rows)
    OUT/_framing.json                                     what wrote it, and the row counts

Partitioned by outlet, Hive style: the directory value `outlet_key` is the outlet made safe as a
folder name (framing.safe_names.safe_stem: lower-case ASCII slug + a hash of the exact name), and the
exact outlet is the `outlet` column, so no reader ever has to decode a directory name. The schemas
are fixed (every loaded category has its metric columns, present or not), so the dataset is written
in chunks as analyses stream in: memory stays flat however large the corpus. The dataset is written
in a temporary folder next to OUT and moved into place at the end; a failed run leaves OUT as it was.

Readers: `pandas.read_parquet("OUT/articles")`, `polars.scan_parquet("OUT/articles/**/*.parquet",
hive_partitioning=True)`, DuckDB `read_parquet('OUT/spans/**/*.parquet', hive_partitioning = true)`,
R `arrow::open_dataset("OUT/articles")`.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import FramingError
from .export import ARTICLE_FIELDS, SPAN_FIELDS, article_row, span_rows
from .i18n import N_, _
from .lexicons import GRADED_CATEGORIES, LOADED_CATEGORIES, RULE_CATEGORIES
from .profiles import METRICS, category_metric
from .safe_names import safe_stem
from .types import ArticleAnalysis

PARTITION = "outlet_key"
MARKER = "_framing.json"
# Analyses per written chunk: one file per outlet per chunk, so files stay large and memory small.
CHUNK_ARTICLES = 2000
CATEGORIES: tuple[str, ...] = (*LOADED_CATEGORIES, *RULE_CATEGORIES, *GRADED_CATEGORIES)
METRIC_COLUMNS: tuple[str, ...] = (
    *METRICS,
    *(category_metric(c, voice) for c in CATEGORIES for voice in ("all", "reporter", "quoted")),
)
_INTEGERS = frozenset({"words", "chars", "loaded", "hedges", "boosters", "attributions", "quotes", "start", "end"})
_FLOATS = frozenset({"weight"})  # a loaded hit's weight (span rows)
MISSING_PYARROW = N_("--format parquet needs pyarrow: pip install 'framing[dask]' (or pip install pyarrow)")


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise FramingError(_(MISSING_PYARROW)) from exc
    return pyarrow


def schemas() -> tuple[Any, Any]:
    """(articles, spans) Arrow schemas: fixed, so every chunk writes the same columns and types."""
    pa = _pyarrow()

    def field(name: str) -> Any:
        if name in _INTEGERS:
            return pa.field(name, pa.int64())
        if name == "counted":
            return pa.field(name, pa.bool_())
        if name in METRIC_COLUMNS or name in _FLOATS:
            return pa.field(name, pa.float64())
        return pa.field(name, pa.string())

    articles = pa.schema([field(n) for n in (*ARTICLE_FIELDS, *METRIC_COLUMNS, PARTITION)])
    spans = pa.schema([field(n) for n in (*SPAN_FIELDS, PARTITION)])
    return articles, spans


def _table(rows: list[dict[str, Any]], schema: Any) -> Any:
    pa = _pyarrow()
    return pa.Table.from_pydict({name: [row.get(name) for row in rows] for name in schema.names}, schema=schema)


def write_parquet_dataset(
    analyses: Iterable[ArticleAnalysis], out: Path, *, chunk: int = CHUNK_ARTICLES
) -> tuple[int, int]:
    """Write the dataset (see the module docstring) from a stream of analyses; returns (articles, spans).

    Refuses (FramingError) to replace an existing OUT that is not a dataset framing wrote.
    """
    pa = _pyarrow()
    import pyarrow.dataset as ds

    out = Path(out)
    if out.exists() and not (out.is_dir() and ((out / MARKER).is_file() or not any(out.iterdir()))):
        raise FramingError(
            _("{path}: exists and is not a Parquet dataset written by framing; choose another --out").format(path=out)
        )
    article_schema, span_schema = schemas()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    counts = {"articles": 0, "spans": 0}
    try:
        stream = iter(analyses)
        for number in itertools.count():
            batch = list(itertools.islice(stream, chunk))
            if not batch:
                break
            keys = {a.article.outlet: safe_stem(a.article.outlet) for a in batch}
            articles = [article_row(a, CATEGORIES, METRIC_COLUMNS) | {PARTITION: keys[a.article.outlet]} for a in batch]
            spans = [row | {PARTITION: keys[row["outlet"]]} for row in span_rows(batch)]
            for table, rows, schema in (("articles", articles, article_schema), ("spans", spans, span_schema)):
                counts[table] += len(rows)
                ds.write_dataset(
                    _table(rows, schema),
                    tmp / table,
                    format="parquet",
                    partitioning=ds.partitioning(pa.schema([schema.field(PARTITION)]), flavor="hive"),
                    basename_template=f"part-{number:05d}-{{i}}.parquet",
                    existing_data_behavior="overwrite_or_ignore",
                )
        for table in ("articles", "spans"):
            (tmp / table).mkdir(exist_ok=True)  # an empty table is still a folder readers can open
        marker = {"written_by": "framing", "partitioning": f"hive: {PARTITION} (safe_stem of outlet)", **counts}
        (tmp / MARKER).write_text(json.dumps(marker, indent=2) + "\n", "utf-8")
        _replace_folder(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return counts["articles"], counts["spans"]


def _replace_folder(new: Path, out: Path) -> None:
    """Move `new` to `out`; an existing `out` is set aside first and removed once the move is done."""
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
        os.replace(out, old / out.name)
    os.replace(new, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
