"""Flag candidate excerpts that are the same text as an earlier set's, under another address.

Wire copy is republished word for word on many sites, so a list of used addresses does not keep a
fresh set fresh: round 43 found five of its texts (in four of five sets) already read in earlier
rounds. The report shows only a share, never the earlier text, so annotators may run it.

    python3 tools/rounds/dupcheck.py --earlier '/work/blind3*' '/work/blind4[0-2]' -- CANDIDATE.txt ...
"""

from __future__ import annotations

import argparse
import glob
import re
import sys
from pathlib import Path

WORD = re.compile(r"\w+")
SHINGLE = 8  # words: long enough that two unrelated news texts share none
THRESHOLD = 0.05  # share of a candidate's shingles found in one earlier text


def shingles(text: str) -> set[tuple[str, ...]]:
    """Every run of SHINGLE consecutive lower-cased words."""
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def earlier_texts(patterns: list[str], exclude: set[Path] = frozenset()) -> list[set[tuple[str, ...]]]:
    """Shingles of every `texts/*.txt` of every set under the given folder patterns, except `exclude`.

    A candidate is left out of the earlier texts, so a pattern that also covers the candidate's own set
    compares it with its siblings, never with itself.
    """
    files = sorted({f for p in patterns for f in glob.glob(f"{p}/*/texts/*.txt")})
    return [shingles(Path(f).read_text(encoding="utf-8")) for f in files if Path(f).resolve() not in exclude]


def largest_share(candidate: set[tuple[str, ...]], earlier: list[set[tuple[str, ...]]]) -> float:
    """The largest share of the candidate's shingles that one earlier text holds."""
    if not candidate:
        return 0.0
    return max((len(candidate & e) / len(candidate) for e in earlier), default=0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--earlier", nargs="+", required=True, help="folders holding earlier sets (glob patterns)")
    parser.add_argument("candidates", nargs="+", type=Path)
    args = parser.parse_args(argv)
    earlier = earlier_texts(args.earlier, {path.resolve() for path in args.candidates})
    duplicates = 0
    for path in args.candidates:
        share = largest_share(shingles(path.read_text(encoding="utf-8")), earlier)
        is_duplicate = share > THRESHOLD
        duplicates += is_duplicate
        print(f"{path}: {'DUPLICATE of an earlier text, replace it' if is_duplicate else 'ok'} ({share:.2f})")
    return 1 if duplicates else 0


if __name__ == "__main__":
    sys.exit(main())
