"""Atomic writes: a reader (or the next run) sees the old output or the new one, never half of each.

Two tools:
- `atomic_write_bytes` / `atomic_write_text`: one file, written to a temporary file in the same folder
  and renamed over the target (rename is atomic within a file system).
- `atomic_directory`: a whole folder (an HTML report). The new tree is built in a hidden sibling
  folder; when it is complete the two folders are swapped in one step (Linux `renameat2` with
  RENAME_EXCHANGE), or, where that call is missing, by two renames whose half-done state the next
  run detects and repairs. A run killed at any moment therefore leaves the previous folder whole,
  and the next run removes the leftovers.

Files in the target folder that a previous run did not write (for instance a README a user keeps in
`reports/`) are carried over into the new tree by hard link, so replacing a report never deletes
them. A non-empty folder that framing never wrote, holding sub-folders or many files, is refused
rather than swapped away.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .errors import FramingError

MANIFEST = ".framing-manifest.json"
STAGING_TAG = ".framing-new-"
RETIRED_TAG = ".framing-old-"
# A folder framing has not written may be replaced only if it holds at most this many plain files.
MAX_FOREIGN_FILES = 20


def atomic_write_bytes(path: str | Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` so that `path` holds either its old content or all of `data`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if durable:
        _fsync_dir(path.parent)


def atomic_write_text(path: str | Path, text: str, *, encoding: str = "utf-8", durable: bool = True) -> None:
    atomic_write_bytes(path, text.encode(encoding), durable=durable)


@contextlib.contextmanager
def atomic_directory(target: str | Path, manifest: Mapping[str, Any] | None = None) -> Iterator[Path]:
    """Yield an empty staging folder; on normal exit it replaces `target` in one atomic swap.

    If the body raises (or the process dies), `target` is left exactly as it was. `manifest`: extra
    keys for the folder's manifest (read when the body is done, so the body may still fill it in).
    """
    target = _resolve_target(Path(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    recover_directory(target)
    foreign = _foreign_entries(target)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}{STAGING_TAG}{os.getpid()}-", dir=target.parent))
    try:
        yield staging
        written = sorted(p.name for p in staging.iterdir())
        for name in foreign:
            if name not in written:
                _link_tree(target / name, staging / name)
        content = {**(manifest or {}), "written": written}
        (staging / MANIFEST).write_text(json.dumps(content, indent=1, sort_keys=True) + "\n", "utf-8")
        os.chmod(staging, 0o755 & ~_umask())
        _swap_in(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def recover_directory(target: Path) -> None:
    """Repair what an interrupted swap left behind and delete dead runs' staging folders."""
    target = _resolve_target(target)
    parent = target.parent
    if not parent.is_dir():
        return
    retired = sorted(parent.glob(f".{target.name}{RETIRED_TAG}*"))
    if not target.exists() and retired:
        # Killed between the two renames of the fallback swap: the old report is still whole.
        os.rename(retired[-1], target)
        retired = retired[:-1]
    for leftover in [*retired, *parent.glob(f".{target.name}{STAGING_TAG}*")]:
        if leftover.is_dir() and not _owner_alive(leftover.name):
            shutil.rmtree(leftover, ignore_errors=True)


def _resolve_target(target: Path) -> Path:
    # Swap the real folder a symbolic link points to, never the link itself.
    target = target.expanduser()
    return target.resolve() if target.is_symlink() else target.absolute()


def _foreign_entries(target: Path) -> list[str]:
    """Entries of `target` that framing did not write and must survive the swap."""
    if not target.exists():
        return []
    if not target.is_dir():
        raise FramingError(f"{target}: exists and is not a folder; choose another output folder")
    entries = sorted(p.name for p in target.iterdir())
    manifest = target / MANIFEST
    if manifest.is_file():
        try:
            ours = set(json.loads(manifest.read_text("utf-8")).get("written", []))
        except (ValueError, OSError, AttributeError):
            ours = set()
        return [name for name in entries if name not in ours and name != MANIFEST]
    if len(entries) > MAX_FOREIGN_FILES or any(
        not (target / n).is_file() or (target / n).is_symlink() for n in entries
    ):
        raise FramingError(f"{target}: folder already holds files framing did not write; choose an empty or new folder")
    return entries


def _link_tree(src: Path, dst: Path) -> None:
    """Carry a user's file or folder into the new tree without copying data (hard links)."""
    if src.is_symlink():
        os.symlink(os.readlink(src), dst)
    elif src.is_dir():
        shutil.copytree(src, dst, symlinks=True, copy_function=_link_or_copy)
    else:
        _link_or_copy(str(src), str(dst))


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _swap_in(staging: Path, target: Path) -> None:
    if not target.exists():
        os.rename(staging, target)
        _fsync_dir(target.parent)
        return
    if _exchange(staging, target):
        _fsync_dir(target.parent)
        shutil.rmtree(staging, ignore_errors=True)  # now holds the previous report
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{target.name}{RETIRED_TAG}{os.getpid()}-", dir=target.parent))
    os.rmdir(retired)
    os.rename(target, retired)
    os.rename(staging, target)  # a kill between these two renames is repaired by recover_directory
    _fsync_dir(target.parent)
    shutil.rmtree(retired, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with renameat2(RENAME_EXCHANGE); False where unsupported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _owner_alive(name: str) -> bool:
    """Staging folders carry their creator's pid; a live creator's folder is not ours to delete."""
    for tag in (STAGING_TAG, RETIRED_TAG):
        if tag in name:
            pid_text = name.split(tag, 1)[1].split("-", 1)[0]
            if pid_text.isdigit() and int(pid_text) != os.getpid():
                try:
                    os.kill(int(pid_text), 0)
                except ProcessLookupError:
                    return False
                except PermissionError:
                    return True
                return True
    return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
