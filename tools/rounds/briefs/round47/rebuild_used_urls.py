"""The used-pages list, kept as hashes: addresses carry headline words, which the repository must not echo.

    python3 rebuild_used_urls.py add ../../used_pages.sha256 '/work/blind5*'     # after each finished set
    python3 rebuild_used_urls.py check ../../used_pages.sha256 URL [URL ...]     # before taking a page

`add` keeps the hashes already in the file (earlier rounds' sets may be gone from the machine) and adds those of
every `url` of every `sources.json` under the folder patterns; `check` prints `used` or `new` for each address.
An address is hashed after trimming spaces and a trailing slash, so the same page written two ways matches.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
from pathlib import Path


def digest(url: str) -> str:
    """The SHA-256 of the address, trimmed of spaces and a trailing slash."""
    return hashlib.sha256(url.strip().rstrip("/").encode("utf-8")).hexdigest()


def addresses(patterns: list[str]) -> set[str]:
    """Every `url` of every `sources.json` under the folder patterns."""
    found: set[str] = set()
    for pattern in patterns:
        for path in glob.glob(f"{pattern}/*/sources.json"):
            for source in json.loads(Path(path).read_text(encoding="utf-8")).values():
                if source.get("url"):
                    found.add(source["url"])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["add", "check"])
    parser.add_argument("hashes", type=Path, help="the file of hashes, one per line")
    parser.add_argument("items", nargs="+", help="folder patterns (add) or addresses (check)")
    args = parser.parse_args()
    known = set(args.hashes.read_text(encoding="utf-8").split()) if args.hashes.is_file() else set()
    if args.action == "check":
        for url in args.items:
            print("used" if digest(url) in known else "new", url)
        return
    known |= {digest(u) for u in addresses(args.items)}
    args.hashes.write_text("".join(f"{h}\n" for h in sorted(known)), encoding="utf-8")
    print(len(known), "addresses")


if __name__ == "__main__":
    main()
