"""The one path every command takes from corpus paths to analyses: read, look up, analyse, store, stream.

Articles are read lazily and go in small batches: each batch is looked up in the cache, its misses are
analysed (in this process, or on a pool of `settings.jobs` worker processes that each load the
pipeline once) and stored, and the batch's analyses are yielded in input order. At most a few batches
are in flight, so memory stays flat however large the corpus: no stage ever holds the whole corpus, and
no Doc leaves the process that made it (workers send back plain ArticleAnalysis values).
"""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .analyse import AnalysisFailure, AnalysisSettings, analyse_batch
from .cache import AnalysisCache, encode_analysis, open_cache
from .corpus import load_corpus
from .corpus.loader import declared_language_warning, is_declared_language_warning
from .errors import FramingError, ProblemLog
from .i18n import _
from .progress import CorpusProgress
from .summaries import ArticleSummary, summarise
from .types import Article, ArticleAnalysis

# Articles per task sent to a worker process: small enough to keep both cores busy on small corpora
# and results flowing, large enough that nlp.pipe batches and inter-process overhead stay cheap.
POOL_TASK_SIZE = 16
# Tasks in flight per worker: enough to never starve a worker, few enough to keep memory flat.
TASKS_PER_WORKER = 3


def run_corpus(
    paths: Sequence[str | Path],
    problems: ProblemLog,
    settings: AnalysisSettings | None = None,
    *,
    progress: bool | None = None,
    **corpus_options: Any,
) -> Iterator[ArticleAnalysis]:
    """Analyses of every readable article under `paths`, in input order; problems go to `problems`.

    `progress`: None shows a progress bar when standard error is a terminal and the run is long
    (see framing.progress); False never does (use it for JSON or streamed output).
    """
    return _run(paths, problems, settings, progress=progress, summaries=False, **corpus_options)


def summarise_corpus(
    paths: Sequence[str | Path],
    problems: ProblemLog,
    settings: AnalysisSettings | None = None,
    *,
    progress: bool | None = None,
    **corpus_options: Any,
) -> Iterator[ArticleSummary]:
    """run_corpus reduced to what profiles need (framing.summaries), in input order.

    Each analysis is summarised where it is made (a pool or Dask worker, or this process for cache
    hits and `--jobs 1`) and dropped: no span or text is sent back or kept; with the cache on, workers
    also send the analysis already encoded for the cache, which the client stores without decoding.
    """
    return _run(paths, problems, settings, progress=progress, summaries=True, **corpus_options)


def _run(
    paths: Sequence[str | Path],
    problems: ProblemLog,
    settings: AnalysisSettings | None,
    *,
    progress: bool | None,
    summaries: bool,
    **corpus_options: Any,
) -> Iterator[Any]:
    settings = settings or AnalysisSettings()
    # The declared-language check is made with the analysis (see with_language_checks): a cached
    # article keeps its warning in the cache and is not run through language identification again.
    corpus_options.setdefault("check_declared", False)
    cache = open_cache(settings.cache_path, problems, settings.lexicon_paths) if settings.use_cache else None
    reader = None
    if settings.dask:  # shards a remote cluster can reach are read by its workers
        from .distributed.reading import remote_reader

        reader = remote_reader(settings.dask)
        if reader is not None:
            corpus_options.setdefault("read_items", reader)
    try:
        if cache is not None:  # articles without a declared language are identified once, then remembered
            corpus_options.setdefault("identify_language", cache.identify_language)
        articles = load_corpus(paths, problems, **corpus_options)
        yield from analyse_stream(articles, problems, settings, progress=progress, cache=cache, summaries=summaries)
    finally:
        if cache is not None:
            cache.close()
        if reader is not None:
            reader.close()


def analyse_stream(
    articles: Iterable[Article],
    problems: ProblemLog,
    settings: AnalysisSettings,
    *,
    progress: bool | None = None,
    cache: AnalysisCache | None = None,
    summaries: bool = False,
) -> Iterator[Any]:
    """Cache lookup, analysis and storage for a stream of articles (see the module docstring).

    `cache`: an open cache to use (its owner closes it); without one, the settings' cache is opened here.
    `summaries`: yield ArticleSummary values (summarise_corpus) instead of analyses.
    """
    own_cache = cache is None and settings.use_cache
    if own_cache:
        cache = open_cache(settings.cache_path, problems, settings.lexicon_paths)
    runner = make_runner(settings, summaries=summaries)
    bar = CorpusProgress(enabled=False if progress is False else None)
    try:
        for analysis, from_cache in runner.run(articles, cache, problems):
            problems.analysed += 1
            bar.advance(cached=int(from_cache))
            yield analysis
    finally:
        bar.close()
        runner.close()
        if own_cache and cache is not None:
            cache.close()


@dataclass(frozen=True)
class Summarised:
    """A worker's answer for one article when only figures are wanted: its summary, and the analysis
    encoded for the cache (framing.cache.encode_analysis) when the client keeps one, else None."""

    summary: ArticleSummary
    payload: bytes | None


Result = ArticleAnalysis | Summarised | AnalysisFailure


@dataclass
class Batch:
    """A slice of the input, its cache hits by position, and the analysis of its misses (pending)."""

    articles: list[Article]
    hits: dict[int, ArticleAnalysis]
    misses: list[Article] = field(default_factory=list)
    future: Future[list[Result]] | None = None
    results: list[Result] | None = None

    def finished_results(self) -> list[Result]:
        if self.results is None:
            try:
                self.results = self.future.result() if self.future is not None else []
            except BrokenProcessPool as exc:
                raise FramingError(
                    _("a worker process died during the analysis ({error}); try again with --jobs 1").format(error=exc)
                ) from exc
        return self.results


class Runner:
    """Analyses batches in this process; `PoolRunner` does it on worker processes.

    With `summaries`, what is yielded is each analysis reduced to an ArticleSummary (summarise_corpus);
    runners on other processes reduce there and send back only the summary (and the cache payload).
    """

    batch_size: int
    in_flight: int

    def __init__(self, settings: AnalysisSettings, *, summaries: bool = False) -> None:
        self.settings = settings
        self.summaries = summaries
        self.batch_size = max(1, settings.batch_size)
        self.in_flight = 0  # finish each batch before reading the next

    def submit(self, batch: Batch) -> None:
        if batch.misses:
            batch.results = with_language_checks(batch.misses, analyse_batch(batch.misses, self.settings))
        else:
            batch.results = []

    def run(
        self, articles: Iterable[Article], cache: AnalysisCache | None, problems: ProblemLog
    ) -> Iterator[tuple[Any, bool]]:
        pending: deque[Batch] = deque()
        iterator = iter(articles)
        while True:
            chunk = list(itertools.islice(iterator, self.batch_size))
            if not chunk:
                break
            hits = cache.get_many(chunk) if cache is not None else {}
            batch = Batch(chunk, hits, [a for i, a in enumerate(chunk) if i not in hits])
            self.submit(batch)
            pending.append(batch)
            while len(pending) > self.in_flight:
                yield from self.finish(pending.popleft(), cache, problems)
        while pending:
            yield from self.finish(pending.popleft(), cache, problems)

    def finish(self, batch: Batch, cache: AnalysisCache | None, problems: ProblemLog) -> Iterator[tuple[Any, bool]]:
        """Store the batch's fresh analyses (one transaction), then yield all of it in input order
        (reduced to summaries as it goes when the runner makes summaries)."""
        fresh = iter(batch.finished_results())
        ordered: list[tuple[ArticleAnalysis | ArticleSummary, bool] | None] = []
        to_store: list[tuple[Article, ArticleAnalysis]] = []
        encoded: list[tuple[Article, bytes]] = []
        for i, article in enumerate(batch.articles):
            if i in batch.hits:
                ordered.append((batch.hits[i], True))
                continue
            result = next(fresh)
            if isinstance(result, AnalysisFailure):
                if result.fatal:
                    raise FramingError(result.message)
                problems.skip(article.path or article.id, result.message)
                ordered.append(None)
                continue
            if isinstance(result, Summarised):
                if result.payload is not None:
                    encoded.append((article, result.payload))
                ordered.append((result.summary, False))
                continue
            if not result.text:
                result = dataclasses.replace(result, text=article.text)
            to_store.append((article, result))
            ordered.append((result, False))
        if cache is not None and (to_store or encoded):
            cache.put_many(to_store)
            cache.put_encoded(encoded)
        del to_store, encoded
        for n, (article, item) in enumerate(zip(batch.articles, ordered, strict=True)):
            ordered[n] = None  # hand each analysis over (or reduce it) and keep nothing of the batch
            if item is not None:
                value, from_cache = item
                if self.summaries and isinstance(value, ArticleAnalysis):
                    value = summarise(value)
                for warning in value.warnings:
                    if is_declared_language_warning(warning):  # every run, from the cache or not
                        problems.warn(article.path or article.id, warning, article.line, kind="language_declared")
                yield value, from_cache

    def close(self) -> None:
        pass


def with_language_checks(
    articles: Sequence[Article], results: list[ArticleAnalysis | AnalysisFailure]
) -> list[ArticleAnalysis | AnalysisFailure]:
    """Add the declared-language warning (framing.corpus.loader) to fresh analyses of articles whose
    language came from their metadata: stored with the analysis, it is re-emitted on every run."""
    out: list[ArticleAnalysis | AnalysisFailure] = []
    for article, result in zip(articles, results, strict=True):
        if not isinstance(result, AnalysisFailure) and article.lang and article.meta.get("lang_source") == "metadata":
            warning = declared_language_warning(article.text, article.lang)
            if warning is not None and warning not in result.warnings:
                result = dataclasses.replace(result, warnings=[*result.warnings, warning])
        out.append(result)
    return out


def _init_worker() -> None:
    """Workers leave Ctrl-C to the parent, which shuts the pool down."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _analyse_in_worker(articles: list[Article], settings: AnalysisSettings) -> list[ArticleAnalysis | AnalysisFailure]:
    """Runs in a worker: analyses without their text (the parent has it), to halve what is sent back."""
    results = with_language_checks(articles, analyse_batch(articles, settings))
    return [r if isinstance(r, AnalysisFailure) else dataclasses.replace(r, text="") for r in results]


def _summarise_in_worker(
    articles: list[Article], settings: AnalysisSettings, encode: bool
) -> list[Summarised | AnalysisFailure]:
    """Runs in a worker: each analysis reduced to its summary (plus its cache payload if `encode`),
    so that spans never travel back when only figures are wanted (summarise_corpus)."""
    results = with_language_checks(articles, analyse_batch(articles, settings))
    return [
        r if isinstance(r, AnalysisFailure) else Summarised(summarise(r), encode_analysis(r) if encode else None)
        for r in results
    ]


class PoolRunner(Runner):
    """Map batches onto worker processes, reduce in input order in the parent.

    Workers are forked where the platform allows it: a pipeline already loaded in the parent is then
    shared copy-on-write instead of loaded again by every worker. Elsewhere they are spawned and load
    the pipeline once each (load_pipeline is cached per process).
    """

    def __init__(self, settings: AnalysisSettings, *, summaries: bool = False) -> None:
        super().__init__(settings, summaries=summaries)
        self.batch_size = min(self.batch_size, POOL_TASK_SIZE)
        self.in_flight = settings.jobs * TASKS_PER_WORKER
        self.executor: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self.executor is None:
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() and os.name == "posix" else "spawn"
            self.executor = ProcessPoolExecutor(
                max_workers=self.settings.jobs,
                mp_context=multiprocessing.get_context(method),
                initializer=_init_worker,
            )
        return self.executor

    def submit(self, batch: Batch) -> None:
        if batch.misses:
            executor = self._executor()
            if self.summaries:
                batch.future = executor.submit(
                    _summarise_in_worker, batch.misses, self.settings, self.settings.use_cache
                )
            else:
                batch.future = executor.submit(_analyse_in_worker, batch.misses, self.settings)
        else:
            batch.results = []

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def make_runner(settings: AnalysisSettings, *, summaries: bool = False) -> Runner:
    if settings.dask or settings.jobs > 1:
        from .gc_pause import resume

        resume()  # the pipelines load in the workers: this process collects as usual from here
    if settings.dask:
        from .distributed.runner import DaskRunner  # optional extra, imported only when asked for

        return DaskRunner(settings, summaries=summaries)
    return PoolRunner(settings, summaries=summaries) if settings.jobs > 1 else Runner(settings, summaries=summaries)
