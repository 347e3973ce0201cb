"""Metadata sidecars: `metadata.json` or `metadata.csv` in a corpus folder, keyed by file name.

`metadata.json` maps a file name (or a path relative to the sidecar's folder) to an object with
outlet, date, lang, title, url (and any extra keys, kept in Article.meta); top-level keys starting
with `_` (such as `_about`) are comments. A list of objects with a `file` key is accepted too.
`metadata.csv` has a `file` column and the same field columns.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import _
from .decode import NotText, decode_bytes
from .records import Issue

SIDECAR_NAMES: tuple[str, ...] = ("metadata.json", "metadata.csv")
_FILE_KEYS: tuple[str, ...] = ("file", "filename", "file_name", "path", "name")


@dataclass
class Sidecar:
    path: Path
    entries: dict[str, dict[str, Any]]
    used: set[str] = field(default_factory=set)

    def lookup(self, relative: str) -> dict[str, Any] | None:
        """The entry for a file, by its path relative to the sidecar's folder (a bare name in it)."""
        key = relative.removeprefix("./")
        if key in self.entries:
            self.used.add(key)
            return self.entries[key]
        return None

    def unused(self) -> list[str]:
        return [name for name in self.entries if name not in self.used]


def read_sidecar(folder: Path) -> tuple[Sidecar | None, list[Issue]]:
    """The folder's sidecar (JSON preferred over CSV), or None; problems as Issues."""
    for name in SIDECAR_NAMES:
        path = folder / name
        if path.is_file():
            try:
                data = path.read_bytes()
                text = decode_bytes(data).text
            except (OSError, NotText) as exc:
                return None, [Issue(str(path), _("cannot read metadata sidecar: {reason}").format(reason=_reason(exc)))]
            reader = _parse_json if name.endswith(".json") else _parse_csv
            entries, issues = reader(text, str(path))
            return (Sidecar(path, entries) if entries is not None else None), issues
    return None, []


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def _parse_json(text: str, where: str) -> tuple[dict[str, dict[str, Any]] | None, list[Issue]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        message = _("metadata sidecar is not valid JSON: {error} (column {column})").format(
            error=exc.msg, column=exc.colno
        )
        return None, [Issue(where, message, exc.lineno)]
    issues: list[Issue] = []
    entries: dict[str, dict[str, Any]] = {}
    if isinstance(data, list):
        items: list[tuple[str, Any]] = []
        for position, item in enumerate(data, start=1):
            name = _file_key(item) if isinstance(item, dict) else None
            if name is None:
                message = _("metadata entry #{position} has no 'file' key; ignored").format(position=position)
                issues.append(Issue(where, message, None, "warning"))
                continue
            items.append((name, item))
    elif isinstance(data, dict):
        items = [(str(k), v) for k, v in data.items() if not str(k).startswith("_")]
    else:
        return None, [Issue(where, _("metadata sidecar must be a JSON object mapping file names to metadata"))]
    for name, value in items:
        if not isinstance(value, dict):
            message = _("metadata for {name!r} is not an object; ignored").format(name=name)
            issues.append(Issue(where, message, None, "warning"))
            continue
        entries[name] = {k: v for k, v in value.items() if k.lower() not in _FILE_KEYS}
    return entries, issues


def _parse_csv(text: str, where: str) -> tuple[dict[str, dict[str, Any]] | None, list[Issue]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    key_column = next((c for c in _FILE_KEYS if c in columns), None)
    if key_column is None:
        found = ", ".join(columns) or _("none")
        return None, [Issue(where, _("metadata sidecar needs a 'file' column (found: {found})").format(found=found), 1)]
    entries: dict[str, dict[str, Any]] = {}
    for row in reader:
        normalised = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
        name = (normalised.pop(key_column, "") or "").strip()
        if name:
            entries[name] = normalised
    return entries, []


def _file_key(item: dict[str, Any]) -> str | None:
    for key in _FILE_KEYS:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
