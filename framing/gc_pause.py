"""Start-up without the cyclic garbage collector's repeated passes over objects that live for the whole run.

Why: importing spaCy's French data and loading the model allocate millions of small objects (the
tokenizer-exception pattern compiled at import, the lemmatizer's lookup tables, framing's own modules and
data). With CPython's default thresholds every few hundred allocations start a collection, and each
full one walks everything allocated so far: about a tenth of the CPU time of `framing analyze` on a
short article, for almost nothing freed (these objects are kept until the process ends).

So the `framing` command raises the thresholds as it starts (`pause`), and once a pipeline is loaded
(`loaded`) moves everything allocated so far out of the collector's sight (`gc.freeze`) and puts the
thresholds back: the analysis then collects as usual, without walking the model's objects on each full
pass. Reference counting still frees every object that is not part of a cycle all along; only cyclic
garbage waits. A program that imports framing as a library keeps its own settings: nothing here runs
unless the command's entry point called `pause`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Generation 0 collected every 100,000 net allocations (default 700), older generations almost never.
LOADING_THRESHOLDS = (100_000, 50, 1_000)

_normal: tuple[int, int, int] | None = None  # the thresholds to put back; None when not started by `pause`


def pause() -> None:
    """Called first thing by the command's entry point: collect rarely until a pipeline is loaded."""
    global _normal
    if _normal is None:
        _normal = gc.get_threshold()
    gc.set_threshold(*LOADING_THRESHOLDS)


def paused() -> bool:
    """Whether this process's start-up runs with the raised thresholds (tests, the benchmark)."""
    return _normal is not None and gc.get_threshold() == LOADING_THRESHOLDS


@contextmanager
def loading() -> Iterator[None]:
    """Around a pipeline load: rare collections during it; afterwards, what was loaded is frozen and the
    normal thresholds come back. Does nothing in a process whose entry point did not call `pause`."""
    if _normal is None:
        yield
        return
    gc.set_threshold(*LOADING_THRESHOLDS)
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*_normal)


def resume() -> None:
    """Put the normal thresholds back without freezing: for a process that will load no pipeline itself
    (its workers do), so that a long run there collects as usual."""
    if _normal is not None:
        gc.set_threshold(*_normal)
