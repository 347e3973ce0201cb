"""Is the report folder already what this run would write? Then skip rendering it again.

A report is a pure function of its inputs: the analyses (text and every field, metadata included),
the options that change pages (grouping, seed, resamples, title, generation time, profile and story
options), the lexicon files and the code and libraries that render it. `site_fingerprint` hashes all
of them; `framing.render.html.write_site` records the fingerprint and the size of every file it wrote
in the site's manifest (written with the site, in the same atomic swap), plus the group profiles the
terminal table shows (`PROFILES_FILE`). When the next run computes the same fingerprint and every
listed file is still there with its size, the site is byte-for-byte what a fresh render would give,
so the command skips rendering and the bootstrap and reuses the stored profiles.

This module imports nothing heavy (no jinja2, matplotlib, scipy): a cached re-run must start fast.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..atomic import MANIFEST, recover_directory
from ..types import ArticleAnalysis, Estimate, GroupProfile, text_sha256

# Bump when the manifest's or the profiles file's shape changes.
SITE_SCHEMA = 1
PROFILES_FILE = ".framing-profiles.json"
PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Libraries whose version can change the bytes of a page (charts, templates, escaping, resampling).
RENDER_LIBRARIES = ("jinja2", "markupsafe", "matplotlib", "numpy", "scipy")
CODE_SUFFIXES = (".py", ".html", ".j2", ".css", ".js", ".svg", ".json", ".yaml", ".yml", ".txt")


@dataclass(frozen=True)
class CurrentSite:
    """An intact report whose fingerprint matches; `profiles` as stored when it was written (or None)."""

    path: Path
    profiles: list[GroupProfile] | None


@lru_cache(maxsize=1)
def code_version() -> str:
    """framing's own files (sources, templates, static assets) and the rendering libraries, hashed."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix not in CODE_SUFFIXES or "__pycache__" in path.parts or not path.is_file():
            continue
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    for name in ("framing", *RENDER_LIBRARIES):
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "?"
        digest.update(f"{name}=={version}\0".encode())
    return digest.hexdigest()


def site_fingerprint(
    analyses: Sequence[ArticleAnalysis], options: Mapping[str, Any], lexicon_paths: Iterable[str | Path] = ()
) -> str:
    """A hash of everything the report's pages are made from (see the module docstring).

    Each analysis enters through its repr (every field, floats exactly, in a fixed order) and the
    sha256 of its text (the text is left out of the repr).
    """
    from ..lexicons import lexicon_version

    digest = hashlib.sha256()
    head = {
        "schema": SITE_SCHEMA,
        "code": code_version(),
        "lexicons": lexicon_version(tuple(str(p) for p in lexicon_paths)),
        "options": dict(options),
        "articles": len(analyses),
    }
    digest.update(json.dumps(head, sort_keys=True, default=str).encode("utf-8") + b"\0")
    for analysis in analyses:
        digest.update(text_sha256(analysis.text).encode("ascii") + b"\0")
        digest.update(repr(analysis).encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def read_manifest(out_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((out_dir / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def current_site(out_dir: str | Path, fingerprint: str) -> CurrentSite | None:
    """The site in `out_dir` if it was written from this fingerprint and every file it wrote is intact.

    First repairs what an interrupted earlier run left (framing.atomic.recover_directory), as writing
    the site would have: a half-done swap is undone and dead runs' staging folders are removed.
    """
    out_dir = Path(out_dir)
    try:
        recover_directory(out_dir)
    except OSError:
        return None
    manifest = read_manifest(out_dir)
    if manifest is None or manifest.get("fingerprint") != fingerprint:
        return None
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        return None
    for relpath, size in files.items():
        try:
            if os.stat(out_dir / relpath).st_size != size:
                return None
        except (OSError, ValueError):
            return None
    profiles = None
    if PROFILES_FILE in files:
        try:
            profiles = profiles_from_json((out_dir / PROFILES_FILE).read_text("utf-8"))
        except (OSError, ValueError, KeyError, TypeError):
            return None
    return CurrentSite(out_dir, profiles)


def profiles_to_json(profiles: Sequence[GroupProfile]) -> str:
    """The profiles exactly (floats round-trip through JSON), for the next run's terminal table."""
    rows = [
        {
            "group": p.group,
            "by": p.by,
            "articles": p.articles,
            "words": p.words,
            "metrics": {name: [e.value, e.low, e.high] for name, e in p.metrics.items()},
            "too_small": p.too_small,
            "speaker_types": p.speaker_types,
            "stances": p.stances,
            "quoted_words_by_type": p.quoted_words_by_type,
            "top_speakers": [list(s) for s in p.top_speakers],
            "distinctive_terms": [list(t) for t in p.distinctive_terms],
            "article_ids": p.article_ids,
        }
        for p in profiles
    ]
    return json.dumps({"schema": SITE_SCHEMA, "profiles": rows}, ensure_ascii=False, indent=0) + "\n"


def profiles_from_json(text: str) -> list[GroupProfile]:
    data = json.loads(text)
    if data.get("schema") != SITE_SCHEMA:
        raise ValueError("profiles file from another version")
    return [
        GroupProfile(
            group=row["group"],
            by=row["by"],
            articles=row["articles"],
            words=row["words"],
            metrics={name: Estimate(*values) for name, values in row["metrics"].items()},
            too_small=row["too_small"],
            speaker_types=dict(row["speaker_types"]),
            stances=dict(row["stances"]),
            quoted_words_by_type=dict(row["quoted_words_by_type"]),
            top_speakers=[(str(s), int(n)) for s, n in row["top_speakers"]],
            distinctive_terms=[(str(t), float(z)) for t, z in row["distinctive_terms"]],
            article_ids=list(row["article_ids"]),
        )
        for row in data["profiles"]
    ]
