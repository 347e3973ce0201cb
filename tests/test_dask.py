"""The Dask backend (`--dask`): same output as the local path, worker deaths and crashing articles.

Real LocalClusters of 2 worker processes; the corpus is small and French only (one pipeline to load per
worker), so the module stays well under a minute on a quiet 2-core machine.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_run import corpus
from typer.testing import CliRunner

from framing.analyse import AnalysisSettings
from framing.cli import app
from framing.distributed.cluster import MISSING_DASK, Address, parse_address
from framing.errors import FramingError, ProblemLog
from framing.run import analyse_stream
from framing.types import Article

distributed = pytest.importorskip("distributed")

NO_CACHE = AnalysisSettings(use_cache=False)


def french_corpus(n: int) -> list[Article]:
    return [a for a in corpus(n) if a.lang == "fr"]


def write_jsonl(path: Path, articles: list[Article]) -> Path:
    rows = [
        {"id": a.id, "text": a.text, "outlet": a.outlet, "lang": a.lang, "date": f"2025-01-0{i % 9 + 1}"}
        for i, a in enumerate(articles)
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    import dask

    scratch = str(tmp_path_factory.mktemp("dask"))
    with (
        dask.config.set({"temporary-directory": scratch}),  # the scheduler's scratch folder, not /tmp's
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
            local_directory=scratch,
        ) as local,
    ):
        yield local


def test_addresses() -> None:
    assert parse_address("local:3") == Address(None, 3)
    assert parse_address("local") == Address(None, os.cpu_count() or 1)
    assert parse_address("tcp://10.0.0.5:8786") == Address("tcp://10.0.0.5:8786")
    assert parse_address("scheduler:8786") == Address("tcp://scheduler:8786")
    for bad in ("local:0", "local:two", "nowhere"):
        with pytest.raises(FramingError, match="--dask"):
            parse_address(bad)


def test_without_dask_installed_one_clear_line(monkeypatch, capsys, tmp_path, isolated_cli_run) -> None:
    import framing.cli

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    corpus_file = write_jsonl(tmp_path / "c.jsonl", french_corpus(3))
    monkeypatch.setattr(
        sys, "argv", ["framing", "analyze", "--json", "--no-cache", "--dask", "local:2", str(corpus_file)]
    )
    with pytest.raises(SystemExit) as exit_info:
        framing.cli.main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: {MISSING_DASK}"]


def test_a_local_cluster_leaves_no_scratch_folder(monkeypatch, tmp_path) -> None:
    """framing's own LocalCluster keeps the workers' scratch space in a folder it removes on close."""
    from framing.distributed.cluster import Cluster

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    cluster = Cluster("local:1")
    try:
        assert cluster.worker_slots() == 1
        assert cluster.scratch is not None and Path(cluster.scratch).parent == tmp_path
    finally:
        cluster.close()
    assert list(tmp_path.iterdir()) == []


def test_dask_gives_byte_identical_json_and_profiles(cluster, tmp_path, isolated_cli_run) -> None:
    """`--dask local:2` (a LocalCluster of 2 worker processes started by the command) and `--dask tcp://...`
    (a running scheduler) against the local path."""
    corpus_file = write_jsonl(tmp_path / "c.jsonl", french_corpus(30))
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, [*args, str(corpus_file)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout

    local = run("analyze", "--json", "--no-cache")
    assert len(local.splitlines()) == len(french_corpus(30))
    cache = tmp_path / "cache.sqlite"
    on_dask = run("analyze", "--json", "--dask", "local:2", "--cache", str(cache))
    assert on_dask == local
    # The client wrote the cache: the same command again is answered from it (no cluster needed).
    from framing.cache import AnalysisCache

    with AnalysisCache(cache) as stored:
        assert len(stored) == len(french_corpus(30))
    profiles = ["compare", "--format", "json", "--no-html", "-m", "all", "--n-boot", "200"]
    assert run(*profiles, "--dask", cluster.scheduler_address, "--no-cache") == run(*profiles, "--no-cache")


@pytest.fixture(scope="module")
def sequential() -> list:
    return list(analyse_stream(french_corpus(40), ProblemLog(), NO_CACHE, progress=False))


def test_a_killed_worker_costs_only_its_batch(cluster, sequential) -> None:
    client = distributed.Client(cluster)
    try:
        settings = dataclasses.replace(NO_CACHE, dask=cluster.scheduler_address, batch_size=4)
        problems = ProblemLog()
        stream = analyse_stream(french_corpus(40), problems, settings, progress=False)
        results = [next(stream)]
        pids = client.run(os.getpid)
        victim = sorted(pids.values())[0]
        os.kill(victim, signal.SIGKILL)  # mid-run: batches are queued on both workers
        results.extend(stream)
        assert results == sequential
        assert problems.analysed == len(sequential) and not problems.problems
        assert victim not in client.run(os.getpid).values()
    finally:
        client.close()


def fragile_analysis_plugin() -> object:
    """A WorkerPlugin (defined here so it pickles by value) making the analysis of any article that
    contains 'Article 4.' raise, on every worker, including one that joins later; removed on teardown."""

    class FragileAnalysis(distributed.WorkerPlugin):
        name = "fragile-analysis"

        def setup(self, worker: object) -> None:
            import framing.analyse

            real = framing.analyse.doc_to_analysis

            def fragile(doc, article):  # type: ignore[no-untyped-def]
                if "Article 4." in article.text:
                    raise RuntimeError("boom")
                return real(doc, article)

            self.real = real
            framing.analyse.doc_to_analysis = fragile

        def teardown(self, worker: object) -> None:
            import framing.analyse

            framing.analyse.doc_to_analysis = self.real

    return FragileAnalysis()


def test_an_article_that_crashes_on_a_worker_is_reported_and_the_run_goes_on(cluster, sequential) -> None:
    client = distributed.Client(cluster)
    try:
        client.register_plugin(fragile_analysis_plugin(), name="fragile-analysis")
        problems = ProblemLog()
        settings = dataclasses.replace(NO_CACHE, dask=cluster.scheduler_address, batch_size=4)
        results = list(analyse_stream(french_corpus(40), problems, settings, progress=False))
        client.unregister_worker_plugin("fragile-analysis")
    finally:
        client.close()
    assert results == [a for a in sequential if a.article.id != "art004"]
    assert [(p.path, p.severity) for p in problems.problems] == [("art004.txt", "error")]
    assert "RuntimeError: boom" in problems.problems[0].message
    assert problems.exit_code == 1


def test_workers_read_the_shards_a_remote_scheduler_can_reach(cluster, tmp_path, monkeypatch) -> None:
    """With a scheduler address, shards the workers can see are expanded and read on the workers (the
    client's own reading is disabled here); results and problems are those of a local run."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    import framing.corpus.loader
    import framing.distributed.reading
    from framing.run import run_corpus

    folder = tmp_path / "dump"
    folder.mkdir()
    articles = french_corpus(14)
    for k in range(2):
        part = articles[k * 7 : (k + 1) * 7]
        texts: list[str | None] = [a.text for a in part]
        texts[3 + k] = None if k == 0 else texts[3 + k]  # one row without text: reported as file:row
        table = pa.table({"text": texts, "outlet": [a.outlet for a in part], "lang": [a.lang for a in part]})
        pq.write_table(table, folder / f"part-{k}.parquet", row_group_size=2)
    monkeypatch.setattr(framing.distributed.reading, "ROWS_PER_PART", 3)  # several parts per shard
    local_problems = ProblemLog()
    local = list(run_corpus([str(folder / "part-*.parquet")], local_problems, NO_CACHE, progress=False))

    def no_local_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the client read a shard the workers can reach")

    monkeypatch.setattr(framing.corpus.loader, "_items", no_local_reading)
    remote_problems = ProblemLog()
    settings = dataclasses.replace(NO_CACHE, dask=cluster.scheduler_address)
    remote = list(run_corpus([str(folder / "part-*.parquet")], remote_problems, settings, progress=False))
    assert remote == local and len(remote) == len(articles) - 1
    assert [str(p) for p in remote_problems.problems] == [str(p) for p in local_problems.problems]
    assert str(remote_problems.skipped[0]).startswith(f"{folder / 'part-0.parquet'}:4: ")


def test_workers_read_a_folder_of_small_files_several_per_task(cluster, tmp_path, monkeypatch) -> None:
    """A folder of text files on a remote scheduler is read on the workers several files per task (one
    file per task left the workers idle), in corpus order, with a bad file reported as locally."""
    import framing.corpus.loader
    import framing.distributed.reading
    from framing.run import run_corpus

    folder = tmp_path / "texts"
    folder.mkdir()
    articles = french_corpus(8)
    for i, article in enumerate(articles):
        (folder / f"{i:02d}.txt").write_text(article.text, "utf-8")
    (folder / "03b.txt").write_text("   \n", "utf-8")  # whitespace only: skipped, between two good files
    monkeypatch.setattr(framing.distributed.reading, "FILES_PER_TASK", 3)
    local_problems = ProblemLog()
    local = list(run_corpus([str(folder)], local_problems, NO_CACHE, progress=False))
    sent: list[int] = []  # files per reading task, counted as the client sends them
    real_submit = framing.distributed.reading.RemoteReader._client

    def client_counting(self):
        client = real_submit(self)
        original = client.submit

        def submit(fn, *args, **kwargs):
            if getattr(fn, "__name__", "") == "read_files":
                sent.append(len(args[0]))
            return original(fn, *args, **kwargs)

        client.submit = submit
        return client

    monkeypatch.setattr(framing.distributed.reading.RemoteReader, "_client", client_counting)

    def no_local_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the client read a file the workers can reach")

    monkeypatch.setattr(framing.corpus.loader, "_items", no_local_reading)
    remote_problems = ProblemLog()
    settings = dataclasses.replace(NO_CACHE, dask=cluster.scheduler_address)
    remote = list(run_corpus([str(folder)], remote_problems, settings, progress=False))
    assert remote == local and len(remote) == len(articles)
    assert [str(p) for p in remote_problems.problems] == [str(p) for p in local_problems.problems]
    files = len(articles) + 1
    # (the corpus may be gone through more than once: each pass sends its files 3 at a time)
    assert sent and max(sent) == 3 and sum(sent) % files == 0 and len(sent) <= -(-sum(sent) // 3) + sum(sent) // files


def test_compare_from_figures_reduced_on_the_workers(cluster, tmp_path, monkeypatch, isolated_cli_run) -> None:
    """`compare --no-html --dask local:2` prints the table the local path prints while keeping the
    analyses; the workers send back summaries and the encoded cache entries, never analyses."""
    import framing.distributed.runner
    from framing.run import Summarised

    articles = french_corpus(24)
    corpus_file = write_jsonl(tmp_path / "c.jsonl", articles)
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, ["compare", str(corpus_file), "--n-boot", "300", *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout

    local = run("--html", str(tmp_path / "site"), "--no-cache")
    assert run("--no-html", "--dask", "local:2", "--no-cache") == local
    received: list[object] = []
    gather = framing.distributed.runner.DaskRunner._gather

    def spy(self, future):  # type: ignore[no-untyped-def]
        results = gather(self, future)
        received.extend(results)
        return results

    monkeypatch.setattr(framing.distributed.runner.DaskRunner, "_gather", spy)
    cache = tmp_path / "cache.sqlite"
    assert run("--no-html", "--dask", cluster.scheduler_address, "--cache", str(cache)) == local
    assert len(received) == len(articles) and all(isinstance(r, Summarised) and r.payload for r in received)
    received.clear()
    assert run("--no-html", "--cache", str(cache)) == local  # answered from what the workers encoded
    assert run("--no-html", "--dask", cluster.scheduler_address, "--cache", str(cache)) == local
    assert received == []  # all from the cache: nothing sent to the cluster
