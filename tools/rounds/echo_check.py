"""Lines a branch adds that share a run of six words with a set, dev or seed text (the repository must not echo them).

    python3 tools/rounds/echo_check.py REPO BASE 'TEXT_GLOB' ...

Reads `git diff BASE` of REPO (files in the index included) and prints each added line holding a shared run.
"""

from __future__ import annotations

import argparse
import glob
import re
import subprocess
from pathlib import Path

WORD = re.compile(r"\w+")
RUN = 6


def runs(text: str) -> set[tuple[str, ...]]:
    """Every run of RUN consecutive lower-cased words."""
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repo")
    parser.add_argument("base")
    parser.add_argument("texts", nargs="+", help="globs of text files, e.g. '/work/shared/dev/*/texts/*.txt'")
    args = parser.parse_args()
    source: set[tuple[str, ...]] = set()
    for pattern in args.texts:
        for path in glob.glob(pattern):
            source |= runs(Path(path).read_text(encoding="utf-8"))
    diff = subprocess.run(
        ["git", "-C", args.repo, "diff", args.base, "--unified=0"], capture_output=True, text=True, check=True
    ).stdout
    current = ""
    for line in diff.splitlines():
        if line.startswith("+++ "):
            current = line[6:]
        elif line.startswith("+") and (shared := runs(line[1:]) & source):
            print(f"{current} | {line[1:150]} | {' '.join(next(iter(shared)))}")


if __name__ == "__main__":
    main()
