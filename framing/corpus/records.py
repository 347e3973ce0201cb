"""What format readers produce: raw records (text + metadata fields) and problems, before checks.

Readers know formats; the loader (loader.py) applies the rules every article shares (empty text,
language, outlet, ids, duplicates). Metadata field names are normalised here, once.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any, Literal

# The fields Article has; everything else a source carries goes to Article.meta.
ARTICLE_FIELDS: tuple[str, ...] = ("id", "text", "outlet", "date", "title", "lang", "url")
# Common spellings in scraped datasets and spreadsheets, mapped to the field they mean.
FIELD_ALIASES: dict[str, str] = {
    "language": "lang",
    "headline": "title",
    "body": "text",
    "content": "text",
    "link": "url",
    "source": "outlet",
    "media": "outlet",
    "publisher": "outlet",
}


@dataclass
class Record:
    """One article as a reader found it; `line` is set for rows of JSON Lines and CSV files."""

    text: str
    path: str
    id_hint: str
    fields: dict[str, str] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Issue:
    """A problem a reader met: an error skips the file or row, a warning keeps it."""

    path: str
    message: str
    line: int | None = None
    severity: Literal["error", "warning"] = "error"


def clean_value(value: Any) -> Any:
    """Strip strings, turn '' / NaN / None into None and YAML dates into ISO strings."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def split_fields(mapping: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(article fields, extra metadata) from a source's key/value pairs (case-insensitive keys).

    Values of article fields other than `text` become strings; extra keys keep their values.
    """
    fields: dict[str, Any] = {}
    aliased: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    for raw_key, raw_value in mapping.items():
        key = str(raw_key).strip().lower().lstrip("\ufeff")
        value = clean_value(raw_value)
        if key in ARTICLE_FIELDS:
            fields[key] = value
        elif key in FIELD_ALIASES:
            aliased.setdefault(FIELD_ALIASES[key], value)
        elif value is not None and not key.startswith("_"):
            meta[str(raw_key).strip()] = value
    for key, value in aliased.items():
        if fields.get(key) is None:
            fields[key] = value
    for key, value in list(fields.items()):
        if key != "text" and value is not None and not isinstance(value, str):
            fields[key] = str(value)
        if value is None:
            del fields[key]
    return fields, meta
