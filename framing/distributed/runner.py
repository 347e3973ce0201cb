"""`DaskRunner`: framing.run's batch loop with the analysis done on a Dask cluster.

The client side is the local path's (framing.run.Runner): read lazily, look each batch up in the
cache, send only the misses, store fresh analyses, yield in input order, with a bounded number of
batches in flight so memory stays flat. What changes is where `_analyse_in_worker` runs.

Failures. A worker process that dies (killed, out of memory) takes only the batches it held: the
scheduler gives them to another worker (up to `distributed.scheduler.allowed-failures` times) and the
local cluster's nanny starts a replacement, whose plugin loads the pipeline again. An article that
crashes the analysis is caught inside the batch (framing.analyse.analyse_batch) and comes back as an
AnalysisFailure, reported as on the local path.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from concurrent.futures import CancelledError
from typing import Any

from ..analyse import AnalysisSettings
from ..cache import AnalysisCache
from ..errors import FramingError, ProblemLog
from ..i18n import _
from ..run import POOL_TASK_SIZE, TASKS_PER_WORKER, Batch, Result, Runner, _analyse_in_worker, _summarise_in_worker
from .cluster import Cluster, parse_address, require_dask

# Languages whose pipeline a worker loads when it starts; others load on first use (once per process).
PRELOAD_LANGUAGES: tuple[str, ...] = ("fr",)
PLUGIN_NAME = "framing-pipeline"
SLOTS_REFRESH_S = 10.0
# Analysed once by each worker as it starts, so that everything a first batch would load lazily (the
# pipeline's tables, the language check's model, readability data) is loaded before real work arrives.
# Long enough (>= 200 characters) for the declared-language check to run.
WARM_UP_TEXT = (
    "Le ministre a déclaré lundi que la réforme serait adoptée avant l'été, selon un communiqué publié "
    "par ses services. « Nous irons jusqu'au bout », a-t-il ajouté devant les députés, tandis que "
    "l'opposition dénonçait un texte préparé sans concertation."
)


def pipeline_plugin(settings: AnalysisSettings, languages: tuple[str, ...] = PRELOAD_LANGUAGES) -> Any:
    """A WorkerPlugin that loads the pipeline once per worker process, when the worker starts.

    Built here so that `distributed` is imported only when --dask is used.
    """
    from distributed import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        name = PLUGIN_NAME

        def __init__(self, lexicon_paths: tuple[str, ...], languages: tuple[str, ...]) -> None:
            self.lexicon_paths = lexicon_paths
            self.languages = languages

        def setup(self, worker: Any) -> None:
            from ..types import Article

            worker_settings = AnalysisSettings(lexicon_paths=self.lexicon_paths)
            for lang in self.languages:
                warm_up = Article("warm-up", WARM_UP_TEXT, "-", lang=lang, meta={"lang_source": "metadata"})
                # A pipeline that fails to load (a broken --lexicon file) fails the first batch instead,
                # which reports it as the local path does (a fatal AnalysisFailure).
                with contextlib.suppress(Exception):
                    _analyse_in_worker([warm_up], worker_settings)

    return PipelinePlugin(settings.lexicon_paths, languages)


class DaskRunner(Runner):
    """Map batches onto Dask workers, reduce in input order on the client (see the module docstring).

    The cluster is started (or connected to) on the first batch with something to analyse, so a run
    answered wholly from the cache never starts one.
    """

    def __init__(self, settings: AnalysisSettings, *, summaries: bool = False) -> None:
        require_dask()
        parse_address(settings.dask or "local")  # a bad address fails now, not at the first cache miss
        super().__init__(settings, summaries=summaries)
        self.batch_size = min(self.batch_size, POOL_TASK_SIZE)
        self.in_flight = TASKS_PER_WORKER
        self.cluster: Cluster | None = None
        self._sized_at = -float("inf")

    def _client(self) -> Any:
        if self.cluster is None:
            self.cluster = Cluster(self.settings.dask or "local")
            self.cluster.client.register_plugin(pipeline_plugin(self.settings), name=PLUGIN_NAME)
        return self.cluster.client

    def _resize(self) -> None:
        """Batches in flight follow the cluster's size, which changes (workers of an adaptive SLURM or
        Kubernetes cluster arrive after the client starts): asked again every SLOTS_REFRESH_S seconds."""
        now = time.monotonic()
        if self.cluster is not None and now - self._sized_at >= SLOTS_REFRESH_S:
            self.in_flight = self.cluster.worker_slots() * TASKS_PER_WORKER
            self._sized_at = now

    def submit(self, batch: Batch) -> None:
        if batch.misses:
            client = self._client()
            if self.summaries:  # reduced on the worker: only the summary (and the cache payload) comes back
                batch.future = client.submit(
                    _summarise_in_worker, batch.misses, self.settings, self.settings.use_cache, pure=False
                )
            else:
                batch.future = client.submit(_analyse_in_worker, batch.misses, self.settings, pure=False)
            self._resize()
        else:
            batch.results = []

    def finish(self, batch: Batch, cache: AnalysisCache | None, problems: ProblemLog) -> Iterator[tuple[Any, bool]]:
        if batch.results is None and batch.future is not None:
            batch.results = self._gather(batch.future)
            batch.future = None  # releases the result on the cluster
        yield from super().finish(batch, cache, problems)

    def _gather(self, future: Any) -> list[Result]:
        from distributed import KilledWorker

        try:
            return list(future.result())
        except KilledWorker as exc:
            raise FramingError(
                _(
                    "Dask workers died on the same batch of articles again and again ({error}); "
                    "a batch that kills its worker (memory?) stops the run"
                ).format(error=exc)
            ) from exc
        except (OSError, TimeoutError, CancelledError) as exc:  # a lost scheduler cancels the client's futures
            raise FramingError(
                _("lost the connection to the Dask scheduler ({error})").format(error=exc or type(exc).__name__)
            ) from exc

    def close(self) -> None:
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None
