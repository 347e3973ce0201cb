"""File names made from corpus strings (outlet, story and article names) that are always safe.

An outlet name is data from a scraper or a spreadsheet: `../../x`, `CON`, a 300-character title or
an empty string must never become a path that leaves the output folder, collides with a Windows
device name or exceeds a file-system limit. Every name is therefore a lower-case ASCII slug (for a
reader) plus a short hash of the exact original string (so that two names that slug alike, such as
`Le Monde` and `le-monde`, still get different files, and the same name always gets the same file).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

# Device names Windows reserves whatever the extension (CON.html is as bad as CON). Superscript
# variants (COM¹) fold to these under NFKD, so the slug check covers them too.
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)
SLUG_MAX = 48
HASH_CHARS = 10
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
SAFE_STEM = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")


def slugify(name: str, *, max_chars: int = SLUG_MAX) -> str:
    """Readable ASCII part of a file name: accents folded, everything else collapsed to '-'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NOT_SLUG.sub("-", folded).strip("-")
    return slug[:max_chars].rstrip("-")


def name_hash(name: str) -> str:
    """Short, stable digest of the exact string (lone surrogates included)."""
    return hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_CHARS]


def safe_stem(name: str) -> str:
    """`slug-hash`: only [a-z0-9-], at most 59 characters, never empty, never a reserved device name."""
    slug = slugify(name) or "x"
    if slug in WINDOWS_RESERVED:
        slug = f"{slug}-"
    stem = f"{slug.rstrip('-')}-{name_hash(name)}"
    assert SAFE_STEM.match(stem), stem
    return stem


def contained_path(root: Path, *parts: str) -> Path:
    """`root/parts...`, refusing (ValueError) any result outside `root`: a second line of defence."""
    root_resolved = root.resolve()
    candidate = root_resolved.joinpath(*parts).resolve()
    if candidate != root_resolved and root_resolved not in candidate.parents:
        raise ValueError(f"refusing to write outside {root}: {'/'.join(parts)!r}")
    return candidate


class UniqueNames:
    """Hands out one safe stem per distinct key, deterministic in the order keys are first seen.

    Distinct keys almost never share a hash; if they ever do (or the same display name is used by two
    different keys, e.g. duplicate article ids), a numeric suffix keeps the files apart.
    """

    def __init__(self) -> None:
        self._by_key: dict[object, str] = {}
        self._used: set[str] = set()

    def get(self, key: object, display_name: str) -> str:
        if key in self._by_key:
            return self._by_key[key]
        base = safe_stem(display_name)
        stem, n = base, 2
        while stem in self._used:
            stem, n = f"{base}-{n}", n + 1
        self._used.add(stem)
        self._by_key[key] = stem
        return stem
