"""Throughput, scaling, memory and cache figures for `framing` (issue 8). A script that prints figures.

    .venv/bin/python benchmarks/throughput.py              # 1,000 articles, every measurement
    .venv/bin/python benchmarks/throughput.py --quick      # 200 articles, one repeat: a few minutes
    .venv/bin/python benchmarks/throughput.py --large      # memory compared at 1,000 and 10,000 articles
    .venv/bin/python benchmarks/throughput.py --only speed,cached -n 500 --repeat 5
    .venv/bin/python benchmarks/throughput.py --only breakdown   # where the time goes, per component
    .venv/bin/python benchmarks/throughput.py --only cached --undeclared   # corpus without declared languages
    .venv/bin/python benchmarks/throughput.py --only dask -n 2000 --dask local:1,local:2   # Dask vs --jobs
    .venv/bin/python benchmarks/throughput.py --only memory --dask local:2 --large   # Dask client memory
    .venv/bin/python benchmarks/throughput.py --only memory --memory-command compare --dask local:2 --large

The corpus is built from any corpus framing can read (the seeds by default): its articles are cycled
to N, each copy with its paragraphs rotated and a unique reference line, so every text is distinct (no
cache hit, no duplicate) while the language and the size of the articles stay those of the source.

Measurements (medians over --repeat runs, interleaved so machine noise hits every variant alike):
- speed: articles/s and tokens/s for (a) bare `nlp.pipe` of the same spaCy model, no framing
  components, over the same texts in memory, and (b) the full analysis path, `framing.run.run_corpus`
  on the corpus folder with the cache off (reading files, framing's components, Doc -> analysis),
  each with 1 and 2 processes; the ratio b/a, and the 2-process speed-up. Model loading is excluded
  from both (loaded before timing; worker processes are forked from the loaded parent).
- memory: peak resident memory (VmHWM) of a fresh process streaming the full path over N and
  over the large N articles (parent and worker processes reported separately). With
  `--memory-command compare` the process runs `framing compare CORPUS --no-html` instead (the
  profiles, bootstrap and all); `--memory-cache FILE` uses that analysis cache instead of none (a
  warm cache measures the cached path; the built corpora are the same texts for the same N).
- cached: wall time of the real `framing compare` and `framing report` commands on the unchanged
  corpus, first with an empty cache, then again; the ratio first/second.
- breakdown: seconds per pipeline component and for framing's Doc -> analysis conversion, wall and CPU
  (CPU time is less disturbed when other processes share the machine), and the ratio
  (spaCy's components + framing's components) / spaCy's components for both.
  With --repeat N > 1 it also prints framing's components alone, best CPU of N passes over the same
  parsed docs: framing's own cost without spaCy's share (still subject to the machine's noise between runs).
  `FRAMING_BENCH_CODE=DIR` measures the framing package in DIR (e.g. a worktree of main) with this
  script, so old and new code can be run alternately.
- dask (with --dask local:1,local:2 or a scheduler address): the full path on a Dask cluster (started
  and warmed before timing, like the forked pool) against `--jobs` with as many processes; articles per
  hour and projected core-hours per million articles. With --dask, `memory` measures the client.
Targets (issue 8.2): b/a <= 1.15; 2 processes >= 1.6x faster than 1; memory large/N <= 1.1;
cached re-run >= 20x faster.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# FRAMING_BENCH_CODE=DIR measures the framing package of another checkout (e.g. a worktree of main) with
# this script, so old and new code can be run alternately under the same load.
sys.path.insert(0, os.environ.get("FRAMING_BENCH_CODE") or str(ROOT))

from framing.errors import ProblemLog  # noqa: E402

FRAMING = Path(sys.executable).parent / "framing"
MEASUREMENTS = ("speed", "memory", "cached", "breakdown", "dask")


# --------------------------------------------------------------------------- corpus


def source_articles(paths: list[str]) -> list[tuple[str, str, str]]:
    """(text, lang, outlet) of every readable article of the source corpus."""
    from framing.corpus import load_corpus

    problems = ProblemLog()
    found = [(a.text, a.lang or "fr", a.outlet) for a in load_corpus(paths, problems)]
    if not found:
        raise SystemExit(f"no readable article in {paths}: {problems.summary()}")
    return found


def variant(text: str, k: int) -> str:
    """A distinct copy of `text`: paragraphs rotated by k, plus a unique reference line."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    shift = k % len(paragraphs) if paragraphs else 0
    rotated = paragraphs[shift:] + paragraphs[:shift]
    return "\n\n".join(rotated) + f"\n\nRéf. {k}."


def build_corpus(
    folder: Path, sources: list[tuple[str, str, str]], n: int, declare_language: bool = True
) -> list[tuple[str, str]]:
    """Write n articles (.txt + metadata.json sidecar) to `folder`; returns their (text, lang).

    `declare_language=False` leaves the language out of the metadata, so framing identifies it."""
    folder.mkdir(parents=True, exist_ok=True)
    meta: dict[str, dict[str, str]] = {}
    texts = []
    for k in range(n):
        text, lang, outlet = sources[k % len(sources)]
        body = variant(text, k)
        name = f"a{k:05d}.txt"
        (folder / name).write_text(body, "utf-8")
        meta[name] = {"outlet": outlet, "date": "2024-01-01"}
        if declare_language:
            meta[name]["lang"] = lang
        texts.append((body, lang))
    (folder / "metadata.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    return texts


# --------------------------------------------------------------------------- speed


def time_bare(texts: list[tuple[str, str]], jobs: int, batch_size: int) -> tuple[float, int]:
    from framing.nlp import load_base_pipeline

    start = time.perf_counter()
    tokens = 0
    for lang in sorted({lang for _, lang in texts}):
        nlp = load_base_pipeline(lang)
        same = [t for t, lg in texts if lg == lang]
        for doc in nlp.pipe(same, batch_size=batch_size, n_process=jobs):
            tokens += len(doc)
    return time.perf_counter() - start, tokens


def time_full(folder: Path, jobs: int, batch_size: int, dask: str | None = None) -> tuple[float, int]:
    from framing.analyse import AnalysisSettings
    from framing.run import run_corpus

    settings = AnalysisSettings(use_cache=False, jobs=jobs, batch_size=batch_size, dask=dask)
    problems = ProblemLog()
    start = time.perf_counter()
    count = sum(1 for _ in run_corpus([str(folder)], problems, settings, progress=False))
    elapsed = time.perf_counter() - start
    if problems.skipped:
        print(f"  warning: {problems.summary()}", file=sys.stderr)
    return elapsed, count


def preload(texts: list[tuple[str, str]]) -> None:
    from framing.analyse import AnalysisSettings, pipeline_for
    from framing.nlp import load_base_pipeline

    for lang in sorted({lang for _, lang in texts}):
        load_base_pipeline(lang)
        nlp = pipeline_for(lang, AnalysisSettings())
        nlp("Échauffement du pipeline.")  # first call initialises lazily built tables


def measure_speed(
    folder: Path, texts: list[tuple[str, str]], repeat: int, batch_size: int, jobs_list: list[int]
) -> dict[str, float]:
    preload(texts)
    runs: dict[str, list[float]] = {}
    tokens = 0
    for r in range(repeat):
        for jobs in jobs_list:
            elapsed, tokens = time_bare(texts, jobs, batch_size)
            runs.setdefault(f"bare_{jobs}", []).append(elapsed)
            elapsed, count = time_full(folder, jobs, batch_size)
            assert count == len(texts), (count, len(texts))
            runs.setdefault(f"full_{jobs}", []).append(elapsed)
            print(
                f"  repeat {r + 1}/{repeat}, {jobs} process(es): bare {runs[f'bare_{jobs}'][-1]:.1f} s, "
                f"full {runs[f'full_{jobs}'][-1]:.1f} s",
                flush=True,
            )
    n = len(texts)
    medians = {k: statistics.median(v) for k, v in runs.items()}
    print(
        f"\nSpeed over {n} articles, {tokens} tokens (median of {repeat}; seconds; all runs: "
        + ", ".join(f"{k}={[round(x, 1) for x in v]}" for k, v in runs.items())
        + ")"
    )
    print(f"  {'':<26}{'seconds':>9}{'articles/s':>12}{'tokens/s':>11}")
    for jobs in jobs_list:
        for kind, label in (("bare", "(a) bare nlp.pipe"), ("full", "(b) framing run_corpus")):
            t = medians[f"{kind}_{jobs}"]
            print(f"  {label + f', {jobs} proc':<26}{t:>9.1f}{n / t:>12.1f}{tokens / t:>11.0f}")
        ratio = medians[f"full_{jobs}"] / medians[f"bare_{jobs}"]
        print(f"  ratio b/a with {jobs} process(es): {ratio:.3f}  (target <= 1.15)")
    if 1 in jobs_list and 2 in jobs_list:
        print(
            f"  2 processes vs 1, full path: {medians['full_1'] / medians['full_2']:.2f}x faster (target >= 1.6); "
            f"bare: {medians['bare_1'] / medians['bare_2']:.2f}x"
        )
    return medians


# --------------------------------------------------------------------------- memory


def peak_kib(pid: int | str = "self") -> int:
    """Peak resident set (VmHWM) of a live process, in KiB; 0 where /proc is not available.

    Not ru_maxrss: on Linux that survives fork+exec, so a probe started by this (big) process would
    report our peak instead of its own.
    """
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children_peak_kib() -> int:
    """Largest peak resident set among this process's live children (the worker processes)."""
    best = 0
    for task in Path("/proc/self/task").glob("*/children"):
        try:
            pids = task.read_text().split()
        except OSError:
            continue
        best = max([best, *(peak_kib(pid) for pid in pids)])
    return best


def memory_probe(folder: str, jobs: int, dask: str | None = None, cache: str | None = None) -> None:
    """Child mode: stream the full path over `folder` and print peak RSS (KiB) as JSON.

    With `dask`, the peak is the client's (the workers run elsewhere, or as a LocalCluster's children)."""
    from framing.analyse import AnalysisSettings
    from framing.run import run_corpus

    settings = AnalysisSettings(use_cache=cache is not None, cache_path=cache, jobs=jobs, dask=dask)
    count = worker_kib = 0
    for _ in run_corpus([folder], ProblemLog(), settings, progress=False):
        count += 1
        if (jobs > 1 or dask) and count % 10 == 0:
            worker_kib = max(worker_kib, children_peak_kib())
    self_kib = peak_kib() or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"articles": count, "parent_kib": self_kib, "worker_kib": worker_kib}))


def compare_probe(folder: str, jobs: int, dask: str | None = None, cache: str | None = None) -> None:
    """Child mode: run `framing compare folder --no-html` in this process and print peak RSS (KiB) as JSON;
    the workers' peak is sampled from a thread while it runs."""
    import contextlib
    import threading

    from framing.cli import app

    args = ["compare", folder, "--no-html", "--jobs", str(jobs), *(["--dask", dask] if dask else [])]
    args += ["--cache", cache] if cache else ["--no-cache"]
    worker_kib = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal worker_kib
        while not done.wait(0.5):
            worker_kib = max(worker_kib, children_peak_kib())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
        try:
            app(args, standalone_mode=False)
        except SystemExit as exc:  # the command's own exit (1 when articles were skipped)
            if exc.code not in (0, 1, None):
                raise
    done.set()
    sampler.join()
    self_kib = peak_kib() or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    articles = len(json.loads((Path(folder) / "metadata.json").read_text("utf-8")))
    print(json.dumps({"articles": articles, "parent_kib": self_kib, "worker_kib": worker_kib}))


def measure_memory(
    work: Path,
    sources: list[tuple[str, str, str]],
    sizes: list[int],
    jobs: int,
    dask: str | None = None,
    command: str = "stream",
    cache: str | None = None,
) -> None:
    results = {}
    for n in sizes:
        folder = work / f"memory-{n}"
        build_corpus(folder, sources, n)
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, __file__, "--memory-probe", str(folder), "--jobs", str(jobs)]
            + (["--dask", dask] if dask else [])
            + ["--memory-command", command]
            + (["--memory-cache", cache] if cache else []),
            capture_output=True,
            text=True,
            check=True,
        )
        results[n] = json.loads(out.stdout.strip().splitlines()[-1])
        results[n]["seconds"] = time.perf_counter() - start
        shutil.rmtree(folder)
        r = results[n]
        workers = f", largest worker {r['worker_kib'] / 1024:.0f} MiB" if jobs > 1 or dask else ""
        how = f"--dask {dask}" if dask else f"{jobs} process(es)"
        print(
            f"  {n:>6} articles, {how}: main process {r['parent_kib'] / 1024:.0f} MiB{workers} ({r['seconds']:.0f} s)",
            flush=True,
        )
    if len(sizes) >= 2:
        small, large = results[sizes[0]], results[sizes[-1]]
        peak = lambda r: max(r["parent_kib"], r["worker_kib"])  # noqa: E731
        print(
            f"  peak memory at {sizes[-1]} / at {sizes[0]}: {peak(large) / peak(small):.3f} (target <= 1.1); "
            f"main process {large['parent_kib'] / small['parent_kib']:.3f}"
            + (f", worker {large['worker_kib'] / max(small['worker_kib'], 1):.3f}" if jobs > 1 or dask else "")
        )


# --------------------------------------------------------------------------- cached re-runs


def run_command(args: list[str], cache: Path) -> float:
    env = {**os.environ, "FRAMING_CACHE": str(cache)}
    start = time.perf_counter()
    done = subprocess.run([str(FRAMING), *args], capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"framing {' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def measure_cached(work: Path, folder: Path, repeat: int) -> None:
    commands: dict[str, list[str]] = {"compare": ["compare", str(folder)]}
    if subprocess.run([str(FRAMING), "report", "--help"], capture_output=True, check=False).returncode == 0:
        commands["report"] = ["report", str(folder), "--out", str(work / "report-out"), "--quiet"]
    else:
        print("  `framing report` is not available: skipped")
    for name, args in commands.items():
        cache = work / f"cache-{name}.sqlite"
        first = run_command(args, cache)
        again = statistics.median(run_command(args, cache) for _ in range(max(repeat, 3)))
        print(
            f"  framing {name}: first run {first:.1f} s (empty cache), re-run {again:.2f} s (median of "
            f"{max(repeat, 3)}): {first / again:.1f}x faster (target >= 20)",
            flush=True,
        )


# --------------------------------------------------------------------------- where the time goes


CONVERSION = "framing: Doc -> analysis (lemmas, readability, scores)"
ENCODING = "framing: cache encoding (not in a cache-off run)"


def _clock() -> tuple[float, float]:
    """Wall and CPU time now."""
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    """Wall and CPU seconds since `start` (from _clock)."""
    return time.perf_counter() - start[0], time.process_time() - start[1]


def measure_breakdown(texts: list[tuple[str, str]], batch_size: int, repeat: int = 1) -> None:
    """Seconds spent in each pipeline component, and in framing's Doc -> analysis step; with `repeat` > 1,
    also framing's components alone, best of `repeat` passes over the same parsed docs, to compare two code
    trees on framing's own cost without spaCy's share."""
    from framing.analyse import AnalysisSettings, doc_to_analysis, pipeline_for
    from framing.cache import encode_analysis
    from framing.types import Article

    preload(texts)
    for lang in sorted({lang for _, lang in texts}):
        nlp = pipeline_for(lang, AnalysisSettings())
        same = [t for t, lg in texts if lg == lang]
        timings: dict[str, float] = {}
        cpu: dict[str, float] = {}  # CPU seconds: less disturbed than wall time by other processes' load

        start = _clock()
        docs = [nlp.make_doc(t) for t in same]
        timings["tokenizer"], cpu["tokenizer"] = _since(start)
        parsed: list = []
        for name, proc in nlp.pipeline:
            if name.startswith("framing_") and not parsed:
                parsed = [d.copy() for d in docs]  # spaCy's analysis done, framing's not yet
            start = _clock()
            docs = _run(proc, docs, batch_size)
            timings[name], cpu[name] = _since(start)
        start = _clock()
        articles = [Article(id=str(i), text=d.text, outlet="o", lang=lang) for i, d in enumerate(docs)]
        analyses = [doc_to_analysis(d, a) for d, a in zip(docs, articles, strict=True)]
        timings[CONVERSION], cpu[CONVERSION] = _since(start)
        start = _clock()
        for a in analyses:
            encode_analysis(a)
        timings[ENCODING], cpu[ENCODING] = _since(start)
        total = sum(v for k, v in timings.items() if k != ENCODING)
        print(f"\nWhere the time goes ({lang}, {len(same)} articles, one process, {total:.1f} s in all):")
        for name, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<56}{seconds:>8.2f} s {100 * seconds / total:>6.1f}%   CPU {cpu[name]:>7.2f} s")
        spacy_names = [n for n in timings if n == "tokenizer" or (n in nlp.pipe_names and not n.startswith("framing_"))]
        ours = [n for n in timings if n.startswith("framing_")]
        for label, table in (("wall", timings), ("CPU", cpu)):
            base = sum(table[n] for n in spacy_names)
            added = sum(table[n] for n in ours)
            print(f"  ratio (spaCy's + framing's components) / spaCy's, {label}: {(base + added) / base:.3f}")
        if repeat > 1 and parsed:
            best = _best_framing_cpu(nlp, parsed, batch_size, repeat)
            shown = ", ".join(f"{name} {seconds:.2f}" for name, seconds in best.items())
            print(
                f"  framing's components, best CPU of {repeat} passes over the same parsed docs: {shown}; "
                f"sum {sum(best.values()):.2f} s"
            )


def _run(proc: Any, docs: list, batch_size: int) -> list:
    """One pipeline component over the docs, batched where it can be."""
    return list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]


def _best_framing_cpu(nlp: Any, parsed: list, batch_size: int, repeat: int) -> dict[str, float]:
    """CPU seconds of each framing component, the least of `repeat` passes over copies of the same docs."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        docs = [d.copy() for d in parsed]
        for name, proc in nlp.pipeline:
            if not name.startswith("framing_"):
                continue
            start = _clock()
            docs = _run(proc, docs, batch_size)
            best[name] = min(best.get(name, float("inf")), _since(start)[1])
    return best


# --------------------------------------------------------------------------- dask


def start_dask(address: str, scratch: Path) -> tuple[object, str, int]:
    """(cluster to close or None, scheduler address, worker processes): a LocalCluster for local:N, warmed.

    Warm: every worker has loaded the pipeline (the plugin framing registers), as the forked pool's
    workers have before `measure_speed` times them."""
    import logging

    import dask
    from distributed import Client, LocalCluster

    from framing.analyse import AnalysisSettings
    from framing.distributed.cluster import WORKER_CONFIG, parse_address
    from framing.distributed.runner import PLUGIN_NAME, pipeline_plugin

    parsed = parse_address(address)
    dask.config.set(WORKER_CONFIG)  # as framing's own local clusters (framing.distributed.cluster)
    cluster = None
    scheduler = parsed.scheduler
    if scheduler is None:
        dask.config.set({"temporary-directory": str(scratch)})  # removed with the benchmark's work folder
        cluster = LocalCluster(
            n_workers=parsed.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        )
        scheduler = cluster.scheduler_address
    with Client(scheduler) as client:
        client.register_plugin(pipeline_plugin(AnalysisSettings()), name=PLUGIN_NAME)
        workers = len(client.scheduler_info()["workers"])
    return cluster, scheduler, workers


def per_hour(n: int, seconds: float, processes: int) -> str:
    hours_per_million = seconds / n * 1_000_000 / 3600
    return f"{n / seconds * 3600:>10,.0f}/h  {hours_per_million * processes:>8.1f} core-h per million articles"


def measure_dask(
    folder: Path, texts: list[tuple[str, str]], repeat: int, batch_size: int, addresses: list[str]
) -> None:
    """The full path on Dask against --jobs with as many processes, interleaved (see the module docstring)."""
    preload(texts)
    clusters = [start_dask(address, folder.parent / "dask-scratch") for address in addresses]
    runs: dict[str, list[float]] = {}
    try:
        for r in range(repeat):
            for address, (_, scheduler, workers) in zip(addresses, clusters, strict=True):
                for label, jobs, dask in ((f"--dask {address}", 1, scheduler), (f"--jobs {workers}", workers, None)):
                    elapsed, count = time_full(folder, jobs, batch_size, dask)
                    assert count == len(texts), (count, len(texts))
                    runs.setdefault(label, []).append(elapsed)
                    print(f"  repeat {r + 1}/{repeat}, {label} ({workers} process(es)): {elapsed:.1f} s", flush=True)
    finally:
        for cluster, _, _ in clusters:
            if cluster is not None:
                cluster.close()  # type: ignore[attr-defined]
    n = len(texts)
    medians = {k: statistics.median(v) for k, v in runs.items()}
    print(f"\nDask over {n} articles (median of {repeat}; all runs: {runs})")
    for address, (_, _, workers) in zip(addresses, clusters, strict=True):
        for label in (f"--dask {address}", f"--jobs {workers}"):
            print(f"  {label:<24}{medians[label]:>8.1f} s {per_hour(n, medians[label], workers)}")
        ratio = medians[f"--dask {address}"] / medians[f"--jobs {workers}"]
        print(f"  --dask {address} / --jobs {workers}: {ratio:.3f}  (target <= 1.15)")
    if len(addresses) >= 2:
        first, last = addresses[0], addresses[-1]
        speedup = medians[f"--dask {first}"] / medians[f"--dask {last}"]
        print(f"  --dask {last} vs --dask {first}: {speedup:.2f}x faster (target >= 1.7 for local:2 vs local:1)")


# --------------------------------------------------------------------------- main


def machine() -> str:
    cpus = os.cpu_count()
    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem = float("nan")
    return (
        f"{platform.processor() or platform.machine()}, {cpus} CPUs, {mem:.0f} GiB, Python "
        f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f} at start"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="*", default=[str(ROOT / "seeds")], help="source corpus (default: seeds/)")
    parser.add_argument("-n", "--articles", type=int, default=1000, help="articles in the built corpus")
    parser.add_argument("--large", action="store_true", help="also measure memory at 10,000 articles")
    parser.add_argument("--large-n", type=int, default=10_000, help="size of the large memory run")
    parser.add_argument("--quick", action="store_true", help="200 articles, 1 repeat, memory at 200 and 2,000")
    parser.add_argument("--repeat", type=int, default=3, help="runs per speed figure (median reported)")
    parser.add_argument(
        "--only",
        default=",".join(MEASUREMENTS[:3]),
        help=f"comma-separated subset of {', '.join(MEASUREMENTS)} (default: speed,memory,cached)",
    )
    parser.add_argument("--jobs", default="1,2", help="process counts for the speed figures")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--memory-jobs", type=int, default=2, help="processes for the memory runs")
    parser.add_argument(
        "--undeclared", action="store_true", help="leave the language out of the metadata (framing identifies it)"
    )
    parser.add_argument(
        "--dask",
        help="comma-separated Dask addresses (local:N or tcp://host:port) for the dask measurement; with "
        "memory, the first one is measured instead of --memory-jobs",
    )
    parser.add_argument(
        "--memory-command",
        choices=("stream", "compare"),
        default="stream",
        help="what the memory runs do: stream the analyses (default) or run `framing compare --no-html`",
    )
    parser.add_argument("--memory-cache", help="analysis cache file for the memory runs (default: no cache)")
    parser.add_argument("--memory-probe", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]

    if args.memory_probe:
        probe = compare_probe if args.memory_command == "compare" else memory_probe
        probe(args.memory_probe, int(args.jobs.split(",")[-1]), args.dask, args.memory_cache)
        return
    if args.quick:
        args.articles, args.repeat = min(args.articles, 200), 1
        if not args.large:
            args.large_n = 2000
    only = {m.strip() for m in args.only.split(",") if m.strip()}
    unknown = only - set(MEASUREMENTS)
    if unknown:
        parser.error(f"unknown measurement(s): {', '.join(sorted(unknown))}")
    jobs_list = [int(j) for j in args.jobs.split(",")]

    print(f"framing throughput benchmark — {machine()}")
    sources = source_articles(args.corpus)
    print(f"source corpus: {', '.join(args.corpus)} ({len(sources)} articles), built corpus: {args.articles} articles")
    work = Path(tempfile.mkdtemp(prefix="framing-bench-"))
    try:
        folder = work / "corpus"
        texts = build_corpus(folder, sources, args.articles, declare_language=not args.undeclared)
        if "speed" in only:
            measure_speed(folder, texts, args.repeat, args.batch_size, jobs_list)
        if "breakdown" in only:
            measure_breakdown(texts[: min(len(texts), 300)], args.batch_size, args.repeat)
        if "memory" in only:
            sizes = [args.articles, args.large_n] if (args.large or args.quick) else [args.articles]
            what = "`framing compare --no-html`" if args.memory_command == "compare" else "full path"
            cache_note = f"cache {args.memory_cache}" if args.memory_cache else "cache off"
            print(f"\nPeak resident memory, {what}, {cache_note} (fresh process per size):")
            dask = args.dask.split(",")[0] if args.dask else None
            measure_memory(work, sources, sizes, args.memory_jobs, dask, args.memory_command, args.memory_cache)
            if len(sizes) == 1:
                print("  (add --large to compare with 10,000 articles)")
        if "dask" in only:
            if not args.dask:
                parser.error("the dask measurement needs --dask ADDRESS[,ADDRESS...], e.g. --dask local:1,local:2")
            print(f"\nDask against --jobs, full path, cache off, {args.articles} articles:")
            measure_dask(folder, texts, args.repeat, args.batch_size, args.dask.split(","))
        if "cached" in only:
            print(f"\nCached re-runs of the real commands on the unchanged {args.articles}-article corpus:")
            measure_cached(work, folder, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
