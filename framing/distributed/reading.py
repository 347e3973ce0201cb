"""Shards read by the workers: corpus arguments a remote Dask cluster can reach are expanded and read there.

With `--dask tcp://...`, each file, folder or pattern argument is first expanded on a worker. If the
workers see it (a shared file system, a cluster volume), its files are read on the workers, a part
at a time (a Parquet shard in parts of about ROWS_PER_PART rows, by row groups; other files whole),
a few parts ahead, in order; the client receives the records and applies the same checks, cache
look-ups and batching as for local files (framing.corpus.loader, framing.run), so results and problem
messages are the same. An argument the workers cannot see is read by the client as usual. With
`--dask local[:N]` the workers share this machine's files, so the client reads them itself.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..corpus.discover import Source, expand
from ..corpus.options import CorpusOptions
from ..corpus.readers import read_source
from ..corpus.records import Issue, Record
from ..corpus.shards import PARQUET_SUFFIXES, is_pattern, read_parquet
from ..i18n import SOURCE_LANGUAGE, _, current_language, in_language
from .cluster import Cluster, parse_address

ROWS_PER_PART = 2000
PARTS_AHEAD = 4
# Whole files (text, HTML, JSON Lines, CSV) read together in one task: one small file per task made the
# client wait a round trip per article and left the workers idle (a folder of 200 texts: 214 tasks).
FILES_PER_TASK = 64
# A part of a file: (row groups, first row) of a Parquet shard, or (None, 0) for the whole file.
Part = tuple[tuple[int, ...] | None, int]


def parquet_parts(path: Path) -> list[Part]:
    """Consecutive row groups of about ROWS_PER_PART rows each (the whole file when it is not Parquet)."""
    if path.suffix.lower() not in PARQUET_SUFFIXES:
        return [(None, 0)]
    try:
        import pyarrow.parquet as pq

        with pq.ParquetFile(path) as shard:
            sizes = [shard.metadata.row_group(g).num_rows for g in range(shard.metadata.num_row_groups)]
    except Exception:  # unreadable: read whole, so the reader reports it as it does locally
        return [(None, 0)]
    parts: list[Part] = []
    groups: list[int] = []
    first = rows = 0
    for group, size in enumerate(sizes):
        groups.append(group)
        rows += size
        if rows - first >= ROWS_PER_PART:
            parts.append((tuple(groups), first))
            groups, first = [], rows
    if groups or not parts:
        parts.append((tuple(groups), first))
    return parts


def plan_argument(name: str, lang: str = SOURCE_LANGUAGE) -> list[Issue | tuple[Source, list[Part]]] | None:
    """Runs on a worker: None when the argument is not there; else its sources, each with its parts.
    Problems are worded in `lang`, the client's interface language (a worker has none of its own)."""
    if not is_pattern(name) and not Path(name).exists():
        return None
    with in_language(lang):
        return [item if isinstance(item, Issue) else (item, parquet_parts(item.path)) for item in expand(name)]


def read_part(source: Source, options: CorpusOptions, part: Part, lang: str = SOURCE_LANGUAGE) -> list[Record | Issue]:
    """Runs on a worker: the records of one part of one file (problems worded in `lang`)."""
    row_groups, first_row = part
    with in_language(lang):
        if row_groups is None:
            return list(read_source(source.path, source.defaults, options))
        try:
            return list(read_parquet(source.path, source.defaults, options, list(row_groups), first_row))
        except Exception as exc:  # as read_source does: a file that trips a bug must not stop the corpus
            return [
                Issue(
                    str(source.path), _("could not be read ({error})").format(error=f"{exc.__class__.__name__}: {exc}")
                )
            ]


def read_files(
    items: list[tuple[Source, Part]], options: CorpusOptions, lang: str = SOURCE_LANGUAGE
) -> list[Record | Issue]:
    """Runs on a worker: the records of several consecutive parts (whole small files), in order."""
    out: list[Record | Issue] = []
    for source, part in items:
        out += read_part(source, options, part, lang)
    return out


class RemoteReader:
    """load_corpus's `read_items` hook for a remote cluster (see the module docstring)."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.cluster: Cluster | None = None

    def _client(self) -> Any:
        if self.cluster is None:
            self.cluster = Cluster(self.address)
        return self.cluster.client

    def __call__(self, name: str, options: CorpusOptions) -> Iterator[Record | Issue] | None:
        plan = self._client().submit(plan_argument, name, current_language(), pure=False).result()
        if plan is None:
            return None
        return self._read(plan, options)

    def _read(self, plan: list[Issue | tuple[Source, list[Part]]], options: CorpusOptions) -> Iterator[Record | Issue]:
        client = self._client()
        pending: deque[Any] = deque()  # Issues and futures of parts, in corpus order
        futures = 0
        files: list[tuple[Source, Part]] = []  # whole files waiting to be sent together

        def send_files() -> None:
            nonlocal futures
            if files:
                pending.append(client.submit(read_files, list(files), options, current_language(), pure=False))
                futures += 1
                files.clear()

        for entry in plan:
            if isinstance(entry, Issue):
                send_files()
                pending.append(entry)
                continue
            source, parts = entry
            for part in parts:
                if part[0] is None:
                    files.append((source, part))
                    if len(files) < FILES_PER_TASK:
                        continue
                    send_files()
                else:
                    send_files()
                    pending.append(client.submit(read_part, source, options, part, current_language(), pure=False))
                    futures += 1
                while futures > PARTS_AHEAD:
                    futures -= yield from self._next(pending)
        send_files()
        while pending:
            yield from self._next(pending)

    @staticmethod
    def _next(pending: deque[Any]) -> Iterator[Record | Issue]:
        """Yield the oldest entry's records; returns 1 if it was a part (a future), else 0."""
        entry = pending.popleft()
        if isinstance(entry, Issue):
            yield entry
            return 0
        yield from entry.result()
        return 1

    def close(self) -> None:
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


def remote_reader(address: str) -> RemoteReader | None:
    """A reader for a remote scheduler; None for a local cluster (its workers share the client's files)."""
    return RemoteReader(address) if parse_address(address).scheduler is not None else None
