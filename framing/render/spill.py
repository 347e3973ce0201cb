"""The analyses a report is made from, kept on disk instead of in memory.

Why: the report has a page per article with its evidence highlighted, but those pages link to the
article's story, which is known only once every article is in (framing.stories), and an unchanged
site is recognised by a fingerprint of every analysis before anything is rendered
(framing.render.site_state). So the analyses must be read more than once. `SpilledAnalyses` writes
each analysis, as it arrives, to an anonymous temporary file (gone when closed, or when the process
dies) and reads it back on demand, a few at a time: the report's memory holds per-article figures
and page rows, never the spans and texts of the whole corpus.
"""

from __future__ import annotations

import pickle
import tempfile
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import overload

from ..types import ArticleAnalysis

# Analyses kept decoded (the story pages read their members' again, in a row).
RECENT = 32


class SpilledAnalyses(Sequence[ArticleAnalysis]):
    """A read-only sequence of analyses stored in a temporary file (see the module docstring)."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="framing-report-")  # noqa: SIM115 (closed by close())
        self._offsets = array("q", [0])
        self._recent: OrderedDict[int, ArticleAnalysis] = OrderedDict()

    def append(self, analysis: ArticleAnalysis) -> None:
        # Our own file in this process, so pickle is safe; level 1 keeps writing cheap.
        payload = zlib.compress(pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL), 1)
        self._file.seek(self._offsets[-1])
        self._file.write(payload)
        self._offsets.append(self._offsets[-1] + len(payload))

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, index: int) -> ArticleAnalysis: ...

    @overload
    def __getitem__(self, index: slice) -> list[ArticleAnalysis]: ...

    def __getitem__(self, index: int | slice) -> ArticleAnalysis | list[ArticleAnalysis]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        found = self._recent.get(index)
        if found is not None:
            self._recent.move_to_end(index)
            return found
        start, end = self._offsets[index], self._offsets[index + 1]
        self._file.seek(start)
        analysis = pickle.loads(zlib.decompress(self._file.read(end - start)))
        self._recent[index] = analysis
        if len(self._recent) > RECENT:
            self._recent.popitem(last=False)
        return analysis

    def __iter__(self) -> Iterator[ArticleAnalysis]:
        for i in range(len(self)):
            yield self[i]

    def close(self) -> None:
        self._recent.clear()
        self._file.close()

    def __enter__(self) -> SpilledAnalyses:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
