"""A progress bar for corpus runs long enough to wait for, and nothing otherwise.

It appears only when standard error is a terminal, and only once a run has gone past
`MIN_ARTICLES` articles or `MIN_SECONDS` seconds, so short runs and piped or JSON output stay clean.
It is transient: the bar is erased when the run ends, leaving the command's own output.
"""

from __future__ import annotations

import sys
import time

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .i18n import _

MIN_ARTICLES = 20
MIN_SECONDS = 2.0


def stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class CorpusProgress:
    """Counts analysed articles; shows a rich bar once the run is long enough (see module docstring)."""

    def __init__(self, enabled: bool | None = None, total: int | None = None) -> None:
        self.enabled = stderr_is_terminal() if enabled is None else enabled
        self.total = total
        self.count = 0
        self.cached = 0
        self.started = time.monotonic()
        self._progress: Progress | None = None
        self._task: int | None = None

    @property
    def visible(self) -> bool:
        return self._progress is not None

    def advance(self, n: int = 1, *, cached: int = 0) -> None:
        self.count += n
        self.cached += cached
        if not self.enabled:
            return
        if self._progress is None:
            if self.count <= MIN_ARTICLES and time.monotonic() - self.started < MIN_SECONDS:
                return
            self._start()
        assert self._progress is not None and self._task is not None
        self._progress.update(self._task, completed=self.count, cached=self.cached)

    def _start(self) -> None:
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn(_("analysing")),
            BarColumn(),
            TextColumn(_("{task.completed} articles ({task.fields[cached]} from cache)")),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._progress.add_task("analysing", total=self.total, cached=0)
        self._progress.start()

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def __enter__(self) -> CorpusProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
