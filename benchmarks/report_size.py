"""Benchmark: size and speed of `framing report` output on N synthetic analyses (no spaCy needed).

Prints the index size (target: under 1 MB at 1,000 articles), the whole site's size and file count,
and the time to compute profiles and stories and to render the pages. Usage:
    .venv/bin/python benchmarks/report_size.py [N] [--outlets K]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from report_helpers import synthetic_corpus  # noqa: E402

from framing.render.html import collect_site_data, write_site  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("--outlets", type=int, default=12)
    args = parser.parse_args()
    analyses = synthetic_corpus(args.n, outlets=args.outlets)
    t0, c0 = time.perf_counter(), time.process_time()
    data = collect_site_data(analyses)
    t1, c1 = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report"
        index = write_site(analyses, out, data=data)
        t2, c2 = time.perf_counter(), time.process_time()
        files = [p for p in out.rglob("*") if p.is_file()]
        total = sum(p.stat().st_size for p in files)
        print(f"articles: {args.n}, outlets: {args.outlets}, stories: {len(data.stories)}")
        print(f"profiles + stories: {t1 - t0:.2f} s wall, {c1 - c0:.2f} s CPU")
        print(f"rendering + writing: {t2 - t1:.2f} s wall, {c2 - c1:.2f} s CPU")
        size = f"{total / 1024 / 1024:.1f} MiB in {len(files)} files"
        print(f"index.html: {index.stat().st_size / 1024:.0f} KiB; site: {size}")
        largest = max(files, key=lambda p: p.stat().st_size)
        print(f"largest page: {largest.relative_to(out)} {largest.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
