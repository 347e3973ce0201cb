"""Which files a corpus argument means: folders walked recursively in sorted order, sidecars found.

Walking is deterministic (entries sorted by name at every level), skips hidden files and folders,
follows symbolic links to folders but never into a folder it has already entered (so a link loop
cannot recurse forever), and ignores files that are not articles (images, manifests...).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import _
from .readers import CORPUS_SUFFIXES, JSON_SUFFIXES
from .records import Issue
from .shards import glob_paths, is_pattern
from .sidecar import SIDECAR_NAMES, Sidecar, read_sidecar

STDIN_ARGUMENT = "-"
# In folders, stray .json files are usually manifests, not articles: only explicit .json files are read.
FOLDER_SUFFIXES = CORPUS_SUFFIXES - JSON_SUFFIXES


@dataclass(frozen=True)
class Source:
    """One file to read, with the sidecar metadata that applies to it (possibly none)."""

    path: Path
    defaults: dict[str, Any] = field(default_factory=dict)
    has_sidecar_entry: bool = False


@dataclass
class Walk:
    """State of one corpus argument's walk: visited folders and sidecars, for loops and checks."""

    root: Path
    visited: dict[tuple[int, int], Path] = field(default_factory=dict)
    sidecars: dict[Path, Sidecar | None] = field(default_factory=dict)
    files: int = 0


def _dir_key(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_dev, info.st_ino


def _sidecar_for(folder: Path, walk: Walk) -> tuple[Sidecar | None, list[Issue]]:
    if folder in walk.sidecars:
        return walk.sidecars[folder], []
    sidecar, issues = read_sidecar(folder)
    walk.sidecars[folder] = sidecar
    return sidecar, issues


def _metadata_for(path: Path, walk: Walk, top: Path) -> tuple[dict[str, Any], bool, list[Issue]]:
    """Sidecar entry for `path`: the nearest folder's sidecar that names it, up to `top`."""
    issues: list[Issue] = []
    nearest: dict[str, Any] | None = None
    folder = path.parent
    while True:
        sidecar, found = _sidecar_for(folder, walk)
        issues.extend(found)
        if sidecar is not None:
            # Farther sidecars are still looked up, so an entry they hold is not reported as unused.
            entry = sidecar.lookup(path.relative_to(folder).as_posix())
            if nearest is None and entry is not None:
                nearest = dict(entry)
        if folder == top or folder.parent == folder:
            return (nearest or {}), nearest is not None, issues
        folder = folder.parent


def expand(argument: str) -> Iterator[Source | Issue]:
    """Sources (and problems) for one command-line corpus argument (a file, a folder or a glob pattern)."""
    if is_pattern(argument):
        matches = glob_paths(argument)
        if not matches:
            yield Issue(argument, "no file or folder matches this pattern")
        for match in matches:
            yield from expand(match)
        return
    path = Path(argument)
    if not path.exists():
        reason = _("broken symbolic link") if path.is_symlink() else _("no such file or folder")
        yield Issue(argument, reason)
        return
    if path.is_dir():
        walk = Walk(path)
        yield from _walk_folder(path, walk, ancestors=())
        for sidecar in walk.sidecars.values():
            if sidecar is not None:
                for name in sidecar.unused():
                    yield Issue(
                        str(sidecar.path),
                        _("metadata entry {name!r} matches no article file").format(name=name),
                        None,
                        "warning",
                    )
        if walk.files == 0:
            suffixes = ", ".join(sorted(FOLDER_SUFFIXES))
            message = _("no article files found in this folder (looked for {suffixes})").format(suffixes=suffixes)
            yield Issue(argument, message, None, "warning")
        return
    walk = Walk(path.parent)
    defaults, found, issues = _metadata_for(path, walk, path.parent)
    yield from issues
    yield Source(path, defaults, found)


def _walk_folder(folder: Path, walk: Walk, ancestors: tuple[tuple[int, int], ...]) -> Iterator[Source | Issue]:
    try:
        key = _dir_key(folder)
    except OSError as exc:
        yield Issue(str(folder), _("cannot read folder: {reason}").format(reason=exc.strerror or exc))
        return
    if key in ancestors:
        message = _("symbolic link loop (links back to a parent folder); not followed")
        yield Issue(str(folder), message, None, "warning")
        return
    if key in walk.visited:
        message = _("same folder as {other} (symbolic link); not read twice").format(other=walk.visited[key])
        yield Issue(str(folder), message, None, "warning")
        return
    walk.visited[key] = folder
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield Issue(str(folder), _("cannot read folder: {reason}").format(reason=exc.strerror or exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows symbolic links
            is_file = entry.is_file()
        except OSError as exc:
            yield Issue(str(path), _("cannot read: {reason}").format(reason=exc.strerror or exc))
            continue
        if is_dir:
            yield from _walk_folder(path, walk, (*ancestors, key))
        elif is_file:
            if entry.name in SIDECAR_NAMES or path.suffix.lower() not in FOLDER_SUFFIXES:
                continue
            walk.files += 1
            defaults, found, issues = _metadata_for(path, walk, walk.root)
            yield from issues
            yield Source(path, defaults, found)
        elif entry.is_symlink():
            yield Issue(str(path), _("broken symbolic link; skipped"), None, "warning")
