"""Start-up cost of `framing analyze` on a one-sentence article (issue 17). A script that prints figures.

    .venv/bin/python benchmarks/startup.py                 # 7 paired rounds: bare spaCy vs framing --no-cache
    .venv/bin/python benchmarks/startup.py --service       # also framing answered by a running `framing serve`
    .venv/bin/python benchmarks/startup.py --before /other/venv/bin/framing    # an older install, same rounds

Each round runs, one after the other in a random order (so machine noise hits every variant alike),
whole processes:
- bare: a Python script that loads the same spaCy model (fr_core_news_sm) and parses the same sentence;
- bare-gc: the same script with the garbage-collector setting framing's entry point uses while it loads
  (framing.gc_pause: raised thresholds, then the loaded objects frozen), so that framing / bare-gc shows
  framing's own work apart from what that setting saves spaCy;
- framing: `framing analyze one.txt --no-cache` (no analysis cache, no service; the start-up cache
  warmed by one run before timing, as it is after a first use);
- cold (with --cold): the same with the start-up cache turned off (FRAMING_STARTUP_CACHE=off);
- before (with --before CMD): CMD analyze one.txt --no-cache, e.g. the install before this change (with
  a start-up cache of its own: two versions sharing one would rebuild it in turn on every run);
- service (with --service): `framing analyze one.txt --no-cache` answered by a `framing serve` started
  for the run on a free port.
Printed: the median wall time and the median CPU time (user + system, which the other work on a shared
machine disturbs less) of each variant, and the ratios to bare (median of the per-round ratios).
Targets (issue 17): framing/bare <= 1.10; service < 0.5 s wall.

Before timing, framing's own sources are compiled to bytecode (`python -m compileall`), as `pip install`
does for an installed package and as spaCy's already are: with PYTHONDONTWRITEBYTECODE set (as in some
containers) an editable install would otherwise compile its hundred modules from source on every run,
about 0.1 s of CPU that no installed copy pays. `--no-compile` leaves them as they are.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = "Le ministre a déclaré jeudi que la situation pourrait se dégrader, selon un responsable."
BARE = (
    "import sys, spacy\n"
    "nlp = spacy.load('fr_core_news_sm')\n"
    "doc = nlp(open(sys.argv[1], encoding='utf-8').read())\n"
    "print(len(doc))\n"
)
# The bare script with framing.gc_pause's setting (thresholds written out: the script imports no framing).
BARE_GC = (
    "import gc, sys\n"
    "normal = gc.get_threshold()\n"
    "gc.set_threshold(*{thresholds!r})\n"
    "import spacy\n"
    "nlp = spacy.load('fr_core_news_sm')\n"
    "gc.freeze()\n"
    "gc.set_threshold(*normal)\n"
    "doc = nlp(open(sys.argv[1], encoding='utf-8').read())\n"
    "print(len(doc))\n"
)


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one whole-process run; it must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_service(framing: str, env: dict[str, str]) -> tuple[subprocess.Popen[str], int]:
    port = free_port()
    proc = subprocess.Popen(
        [framing, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        if "service ready" in line:
            return proc, int(re.search(r":(\d+)/", line).group(1))  # type: ignore[union-attr]
    raise SystemExit("framing serve did not start")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", "-n", type=int, default=7)
    parser.add_argument("--framing", default=str(Path(sys.executable).parent / "framing"))
    parser.add_argument("--service", action="store_true", help="also time framing answered by a running service")
    parser.add_argument("--cold", action="store_true", help="also time framing with the start-up cache off")
    parser.add_argument("--before", help="another framing command (an older install) timed in the same rounds")
    parser.add_argument("--no-compile", action="store_true", help="do not compile framing's sources to bytecode first")
    args = parser.parse_args(argv)
    from framing.gc_pause import LOADING_THRESHOLDS

    if not args.no_compile:
        import framing

        subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(framing.__file__).parent)], check=True)

    work = Path(tempfile.mkdtemp(prefix="framing-startup-"))
    article = work / "one.txt"
    article.write_text(SENTENCE + "\n", encoding="utf-8")
    bare_script = work / "bare.py"
    bare_script.write_text(BARE, encoding="utf-8")
    bare_gc_script = work / "bare_gc.py"
    bare_gc_script.write_text(BARE_GC.format(thresholds=LOADING_THRESHOLDS), encoding="utf-8")
    python = sys.executable
    env = {**os.environ, "FRAMING_CACHE": str(work / "cache.sqlite"), "XDG_RUNTIME_DIR": str(work)}
    local_env = {**env, "FRAMING_SERVICE": "off"}
    variants: dict[str, tuple[list[str], dict[str, str]]] = {
        "bare": ([python, str(bare_script), str(article)], env),
        "bare-gc": ([python, str(bare_gc_script), str(article)], env),
        "framing": ([args.framing, "analyze", str(article), "--no-cache"], local_env),
    }
    if args.cold:
        variants["cold"] = (
            [args.framing, "analyze", str(article), "--no-cache"],
            {**local_env, "FRAMING_STARTUP_CACHE": "off"},
        )
    if args.before:
        (work / "before").mkdir()
        variants["before"] = (
            [args.before, "analyze", str(article), "--no-cache"],
            {**local_env, "FRAMING_CACHE": str(work / "before" / "cache.sqlite")},
        )
    service = None
    if args.service:
        service, port = start_service(args.framing, env)
        variants["service"] = (
            [args.framing, "analyze", str(article), "--no-cache"],
            {**env, "FRAMING_SERVICE_PORT": str(port)},
        )
    try:
        for cmd, variant_env in variants.values():  # warm-up: file cache, start-up cache, service
            timed(cmd, variant_env)
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
        for round_no in range(args.rounds):
            order = list(variants)
            random.shuffle(order)
            for name in order:
                cmd, variant_env = variants[name]
                results[name].append(timed(cmd, variant_env))
            print(f"round {round_no + 1}: " + ", ".join(f"{n} {results[n][-1][0]:.2f}s" for n in variants), flush=True)
    finally:
        if service is not None:
            service.terminate()
            service.wait(timeout=30)

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    compiled = "not compiled first" if args.no_compile else "framing compiled to bytecode first"
    print(f"\n{args.rounds} paired rounds, {os.cpu_count()} CPUs, load average {load}, {compiled}")
    print(f"framing = {args.framing}")
    print(f"{'variant':<10}{'wall (median)':>15}{'CPU (median)':>15}{'wall / bare':>13}{'CPU / bare':>12}")
    for name, runs in results.items():
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        ratio_wall = statistics.median(r[0] / b[0] for r, b in zip(runs, results["bare"], strict=True))
        ratio_cpu = statistics.median(r[1] / b[1] for r, b in zip(runs, results["bare"], strict=True))
        print(f"{name:<10}{wall:>14.2f}s{cpu:>14.2f}s{ratio_wall:>13.3f}{ratio_cpu:>12.3f}")
    own_wall = statistics.median(r[0] / b[0] for r, b in zip(results["framing"], results["bare-gc"], strict=True))
    own_cpu = statistics.median(r[1] / b[1] for r, b in zip(results["framing"], results["bare-gc"], strict=True))
    print(f"framing / bare-gc (framing's own work, collector set alike): wall {own_wall:.3f}, CPU {own_cpu:.3f}")


if __name__ == "__main__":
    main()
