"""The start-up cache: what framing derives from its data files, built once and reused by every run.

Why: before any text is read, a run parsed every lexicon YAML file, loaded spaCy's whole lemma lookup
table to keep the few hundred forms of lexicon words, lemmatised every lexicon term with the model and
loaded the language identifier; all of it redone on every call although the files had not changed.
Each of those results is stored here under a key made of what decides it (the files' contents, the
model and library versions) and of framing's version (framing.cache.framing_version: the package
version and a hash of the analysis sources), so an edited lexicon file or a `--lexicon` file misses
and is rebuilt, and an upgrade starts afresh.

Where: beside the analysis cache (`startup-cache.pickle` next to `$FRAMING_CACHE` or
`~/.cache/framing/cache.sqlite` names the set), or `$FRAMING_STARTUP_CACHE`; `FRAMING_STARTUP_CACHE=off`
turns it off. Each value has a file of its own (`startup-cache-e_<hash of its key>.pickle`), so storing one
value writes that value only: with a single file holding every value, each store read and rewrote all the
others, and a test session or a user trying several `--lexicon` files spent most of a pipeline's set-up
rewriting megabytes (three optional lexicons in a row: 28 s of stores, growing with each). A large value
made of arrays (the language identifier's tables) has a file of its own too (`startup-cache-langid.bin`),
memory-mapped instead of unpickled. `framing cache info` shows the files and `framing cache clear` deletes
them. It holds only what framing itself wrote in the user's own cache folder, like the analysis cache. A
missing, corrupt or unreadable file is rebuilt silently (the cache can make a run faster, never make it
fail); writes go to a temporary file renamed over the old one, so concurrent runs each see whole files and
the last writer of one value wins. At most MAX_ENTRIES values are kept (the oldest files go first).
"""

from __future__ import annotations

import glob
import hashlib
import os
import pickle
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")

STARTUP_CACHE_ENV = "FRAMING_STARTUP_CACHE"
FILE_NAME = "startup-cache.pickle"
# Bump when the shape of a stored value changes.
FORMAT = 1
# Entries kept at most (oldest dropped first): each --lexicon combination adds a few.
MAX_ENTRIES = 200

_memory: dict[str, Any] = {}  # values this process has read or built, by full key
_path_in_use: Path | None = None
ENTRY_TAG = "e_"  # entry files: `<stem>-e_<digest of the key>.pickle`
_MISSING = object()


def cache_file() -> Path | None:
    """$FRAMING_STARTUP_CACHE, else `startup-cache.pickle` beside the analysis cache; None when off."""
    env = os.environ.get(STARTUP_CACHE_ENV, "").strip()
    if env.lower() in ("off", "0", "no", "false"):
        return None
    if env:
        return Path(env).expanduser()
    from .cache import default_cache_path

    return default_cache_path().with_name(FILE_NAME)


def cache_files() -> list[Path]:
    """The start-up cache's files that exist: the main file, the large values kept apart
    (`startup-cache-<kind>.*`) and temporary files an interrupted write left (`framing cache clear`)."""
    main = cache_file()
    if main is None or not main.parent.is_dir():
        return []
    stem = re.escape(main.stem)
    side = rf"{stem}-[a-z0-9_]+\.(?:pickle|bin)"  # cached_arrays's files (and the .pickle of earlier versions)
    temporary = rf"\.{stem}(?:-[a-z0-9_]+)?\.\w+\..*\.tmp"  # framing.atomic's, left by an interrupted write
    ours = re.compile(rf"{re.escape(main.name)}|{side}|{temporary}")
    return sorted(p for p in main.parent.iterdir() if ours.fullmatch(p.name) and p.is_file())


def files_pattern(main: Path | None) -> str:
    """How to show the cache's files to a user: its folder and the names' common start (`.../startup-cache*`)."""
    return str(main.with_name(f"{main.stem}*")) if main is not None else ""


def digest(*parts: Any) -> str:
    """A short stable hash of strings, bytes and nested tuples/lists of them (the caller's key)."""
    h = hashlib.sha256()
    _feed(h, parts)
    return h.hexdigest()[:32]


def _feed(h: Any, value: Any) -> None:
    if isinstance(value, bytes):
        h.update(b"b%d:" % len(value) + value)
    elif isinstance(value, (tuple, list, frozenset, set)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        h.update(b"(%d" % len(items))
        for item in items:
            _feed(h, item)
        h.update(b")")
    else:
        text = str(value).encode("utf-8")
        h.update(b"s%d:" % len(text) + text)


def file_contents(paths: Iterable[str | Path]) -> tuple[bytes, ...]:
    """The bytes of each file (a marker for one that cannot be read), to key a value derived from them."""
    out = []
    for path in paths:
        try:
            out.append(Path(path).read_bytes())
        except OSError:
            out.append(b"<unreadable>")
    return tuple(out)


def _header() -> str:
    from .cache import framing_version

    return f"{FORMAT}:{framing_version()}"


def entry_path(main: Path, full_key: str) -> Path:
    """The file that holds one value, named by a hash of its key beside the main path."""
    return main.with_name(f"{main.stem}-{ENTRY_TAG}{digest(full_key)}.pickle")


def _read_entry(path: Path, full_key: str) -> Any:
    """The stored value, or _MISSING when the file is missing, unreadable, corrupt, stale or another key's."""
    try:
        with path.open("rb") as handle:
            stored = pickle.load(handle)  # our own file in the user's cache folder
    except Exception:  # missing, truncated, garbage, an old class that no longer unpickles: rebuild
        return _MISSING
    if not isinstance(stored, dict) or stored.get("header") != _header() or stored.get("key") != full_key:
        return _MISSING
    return stored.get("value", _MISSING)


def _memo() -> dict[str, Any]:
    """This process's values, dropped when the cache location changes (tests, `$FRAMING_STARTUP_CACHE`)."""
    global _path_in_use
    path = cache_file()
    if path != _path_in_use:
        _memory.clear()
        _path_in_use = path
    return _memory


def cached(kind: str, key: str, build: Callable[[], T]) -> T:
    """The value stored for (kind, key), else `build()`'s, stored for the next run."""
    memo = _memo()
    full_key = f"{kind}:{key}"
    if full_key in memo:
        return memo[full_key]
    main = _path_in_use
    if main is not None:
        found = _read_entry(entry_path(main, full_key), full_key)
        if found is not _MISSING:
            memo[full_key] = found
            return found
    value = build()
    memo[full_key] = value
    if main is not None:
        _store(main, full_key, value)
    return value


_alone: dict[str, Any] = {}  # cached_arrays's values, per process

Arrays = dict[str, "np.ndarray"]
MAPPED_MAGIC = b"FRMAP01\0"
_ALIGN = 64


def cached_arrays(
    kind: str, key: str, build: Callable[[], tuple[dict[str, Any], Arrays]]
) -> tuple[dict[str, Any], Arrays]:
    """Like `cached`, for a large value made of numeric arrays and a little JSON metadata, kept in a file
    of its own (`startup-cache-<kind>.bin`, so that runs which do not need it never read it): the arrays
    are stored raw and memory-mapped when read, so a run reads only the pages it touches instead of
    unpickling the whole value (the language identifier's 46 MB of tables, of
    which a short text visits a few hundred kilobytes). The arrays come back read-only."""
    memo_key = f"{kind}:{key}"
    if memo_key in _alone:
        return _alone[memo_key]
    main = cache_file()
    path = main.with_name(f"{main.stem}-{kind}.bin") if main is not None else None
    value = _read_mapped(path, memo_key) if path is not None else None
    if value is None:
        value = build()
        if path is not None:
            _write_mapped(path, memo_key, *value)
    _alone[memo_key] = value
    return value


def _read_mapped(path: Path, memo_key: str) -> tuple[dict[str, Any], Arrays] | None:
    """The stored metadata and arrays (views on the mapped file), or None when missing, damaged or stale."""
    import json
    import mmap

    import numpy as np

    try:
        with path.open("rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        if mapped[: len(MAPPED_MAGIC)] != MAPPED_MAGIC:
            return None
        start = len(MAPPED_MAGIC) + 8
        length = int.from_bytes(mapped[len(MAPPED_MAGIC) : start], "little")
        header = json.loads(bytes(mapped[start : start + length]).decode("utf-8"))
        if header.get("header") != _header() or header.get("key") != memo_key:
            return None
        arrays: Arrays = {}
        for name, (dtype, shape, offset) in header["arrays"].items():
            kind = np.dtype(dtype)
            count = int(np.prod(shape, dtype=np.int64))
            if offset < start + length or offset + count * kind.itemsize > len(mapped):
                return None  # truncated
            arrays[name] = np.frombuffer(mapped, dtype=kind, count=count, offset=offset).reshape(shape)
        return header["meta"], arrays
    except Exception:  # missing, unreadable, garbage: rebuild
        return None


def _write_mapped(path: Path, memo_key: str, meta: dict[str, Any], arrays: Arrays) -> None:
    import json

    import numpy as np

    from .atomic import atomic_write_bytes

    try:
        contiguous = {name: np.ascontiguousarray(array) for name, array in arrays.items()}
        layout: dict[str, list[Any]] = {name: [a.dtype.str, list(a.shape), 0] for name, a in contiguous.items()}
        header = {"header": _header(), "key": memo_key, "meta": meta, "arrays": layout}
        # The offsets depend on the header's length, which depends on the offsets' digits: fix the
        # header's length first (generous padding), then place the arrays after it.
        reserved = len(json.dumps(header).encode("utf-8")) + 32 * len(layout) + _ALIGN
        offset = _aligned(len(MAPPED_MAGIC) + 8 + reserved)
        for name, array in contiguous.items():
            layout[name][2] = offset
            offset = _aligned(offset + array.nbytes)
        encoded = json.dumps(header).encode("utf-8")
        if len(encoded) > reserved:  # cannot happen with offsets below 10**32; never write a wrong layout
            return
        encoded = encoded.ljust(reserved)
        parts = [MAPPED_MAGIC, len(encoded).to_bytes(8, "little"), encoded]
        position = len(MAPPED_MAGIC) + 8 + len(encoded)
        for name, array in contiguous.items():
            parts.append(b"\0" * (layout[name][2] - position))
            parts.append(array.tobytes())
            position = layout[name][2] + array.nbytes
        atomic_write_bytes(path, b"".join(parts), durable=False)
    except Exception:  # read-only folder, disk full: run without storing
        return


def _aligned(offset: int) -> int:
    return -(-offset // _ALIGN) * _ALIGN


def _store(main: Path, full_key: str, value: Any) -> None:
    """Write one value's file, then drop the oldest entry files past MAX_ENTRIES."""
    from .atomic import atomic_write_bytes

    try:
        data = pickle.dumps({"header": _header(), "key": full_key, "value": value}, protocol=pickle.HIGHEST_PROTOCOL)
        atomic_write_bytes(entry_path(main, full_key), data, durable=False)
    except Exception:  # read-only folder, disk full, a value that cannot be pickled: run without storing
        return
    _prune(main)


def _prune(main: Path) -> None:
    try:
        files = list(main.parent.glob(f"{glob.escape(main.stem)}-{ENTRY_TAG}*.pickle"))
        if len(files) <= MAX_ENTRIES:
            return
        files.sort(key=lambda p: p.stat().st_mtime)
        for old in files[: len(files) - MAX_ENTRIES]:
            old.unlink(missing_ok=True)
    except OSError:  # another run pruned the same file first
        return


def stored_entries(main: Path) -> dict[str, Any]:
    """Every whole, current entry under this main path, by key (what the tests read back)."""
    out: dict[str, Any] = {}
    for path in main.parent.glob(f"{glob.escape(main.stem)}-{ENTRY_TAG}*.pickle"):
        try:
            with path.open("rb") as handle:
                stored = pickle.load(handle)
        except Exception:
            continue
        if isinstance(stored, dict) and stored.get("header") == _header() and "key" in stored:
            out[stored["key"]] = stored.get("value")
    return out


def forget() -> None:
    """Drop this process's copy (tests, or a server told that files changed); the file stays."""
    global _path_in_use
    _memory.clear()
    _path_in_use = None
    _alone.clear()
