"""Corpora given as shards: Parquet files read row group by row group, and glob patterns of shard paths.

A dataset exported from another tool is often a folder (or a pattern such as `dump/part-*.parquet`)
of Parquet or JSON Lines shards. Both are streamed: a Parquet shard is read one batch of rows at a
time (`ROWS_PER_READ`), so neither a shard nor the corpus is ever loaded whole. Each row is a record
like a JSON Lines row (columns `text, outlet, date, title, lang, url, id`, aliases accepted); its
`line` is its 1-based row number in the file, so problems read `part-0003.parquet:118: ...`.
"""

from __future__ import annotations

import glob
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..i18n import N_, _
from .options import CorpusOptions
from .records import Issue, Record

PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
GLOB_CHARACTERS = frozenset("*?[")
ROWS_PER_READ = 512
MISSING_PYARROW = N_("reading Parquet needs pyarrow: pip install 'framing[dask]' (or pip install pyarrow)")


def is_pattern(argument: str) -> bool:
    """Whether a corpus argument is a glob pattern (and not an existing path that happens to contain '*')."""
    return any(c in argument for c in GLOB_CHARACTERS) and not Path(argument).exists()


def glob_paths(pattern: str) -> list[str]:
    """Paths matching `pattern` (`**` crosses folders), sorted so runs are reproducible; hidden ones skipped."""
    return sorted(glob.glob(pattern, recursive=True))


def read_parquet(
    path: Path,
    defaults: dict[str, Any],
    options: CorpusOptions,
    row_groups: list[int] | None = None,
    first_row: int = 0,
) -> Iterator[Record | Issue]:
    """Rows of one Parquet shard, streamed; a row without usable text is one Issue naming file and row.

    `row_groups` reads only those row groups (a part of the shard, framing.distributed.reading), whose
    first row is row `first_row + 1` of the file."""
    from .readers import _row_record, size_message

    where = str(path)
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield Issue(where, _(MISSING_PYARROW))
        return
    try:
        shard = pq.ParquetFile(path)
    except Exception as exc:  # not Parquet, truncated: pyarrow raises ArrowInvalid (a ValueError) or OSError
        yield Issue(where, _("not a readable Parquet file ({error})").format(error=exc))
        return
    with shard:
        row = first_row
        for batch in shard.iter_batches(batch_size=ROWS_PER_READ, row_groups=row_groups):
            for values in batch.to_pylist():
                row += 1
                text = values.get("text")
                if isinstance(text, str) and len(text) > options.max_file_bytes:
                    yield Issue(where, size_message(len(text.encode("utf-8")), options, "row"), row)
                    continue
                yield _row_record(values, where, path.stem, row, defaults, "parquet")
