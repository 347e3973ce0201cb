"""Benchmark: time of the statistics on N synthetic analyses (no spaCy needed).

Prints seconds for outlet profiles (bootstrap on every metric), a two-outlet comparison (permutation
tests on every metric), story grouping, and scoring one article against the corpus. Usage:
    .venv/bin/python benchmarks/statistics_speed.py [N] [--outlets K] [--n-boot B]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from synthetic import make_analysis  # noqa: E402

from framing.differences import compare_two  # noqa: E402
from framing.distinctive import stop_words  # noqa: E402
from framing.profiles import build_profiles, metric_names  # noqa: E402
from framing.scoring import score_against  # noqa: E402
from framing.stories import group_stories  # noqa: E402

CATEGORIES = ("delegitimizing", "euphemism", "dehumanizing", "emotive")
TYPES = ("named_person", "institution", "anonymous", "media", "document", "group")


def corpus(n: int, outlets: int, seed: int = 0):  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    vocabulary = [f"mot{i}" for i in range(3000)]
    items = []
    for i in range(n):
        words = int(rng.integers(150, 1500))
        topic = rng.integers(0, 2900)
        lemmas = {vocabulary[int(topic + k)]: int(rng.integers(1, 4)) for k in range(60)}
        items.append(
            make_analysis(
                f"a{i}",
                f"Outlet {i % outlets}",
                words,
                loaded=[
                    (CATEGORIES[int(c)], "reporter" if rng.random() < 0.7 else "quoted")
                    for c in rng.integers(0, 4, rng.poisson(words / 200))
                ],
                hedges=[("reporter", True)] * int(rng.poisson(words / 300)),
                speakers=[(TYPES[int(t)], "neutral") for t in rng.integers(0, 6, rng.poisson(5))],
                quote_words=[int(rng.integers(5, 40)) for _ in range(int(rng.poisson(2)))],
                lemmas=lemmas,
                date=f"2025-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}",
            )
        )
    return items


def timed(label: str, fn) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    print(f"{label:<44} {time.perf_counter() - start:8.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("--outlets", type=int, default=10)
    parser.add_argument("--n-boot", type=int, default=2000)
    args = parser.parse_args()
    items = corpus(args.n, args.outlets)
    names = metric_names(items)
    print(f"{args.n} articles, {args.outlets} outlets, {len(names)} metrics, {args.n_boot} bootstrap resamples")
    timed("stop-word list (first use)", lambda: stop_words("fr"))
    timed("profiles (bootstrap, distinctive terms)", lambda: build_profiles(items, n_boot=args.n_boot))
    timed("compare two outlets (permutations, Holm)", lambda: compare_two(items, "Outlet 0", "Outlet 1", names))
    timed("stories (TF-IDF, average linkage)", lambda: group_stories(items))
    timed("score one article against the corpus", lambda: score_against(items[0], items[1:], n_boot=200))


if __name__ == "__main__":
    main()
