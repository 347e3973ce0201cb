"""One reader per input format: each turns a file (or stdin) into Records and Issues.

Article files (.txt, .md, .html, .json) are size-checked before a byte is read; table files
(.jsonl, .csv) are streamed row by row and each row is size-checked instead.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..i18n import N_, _, format_decimal, format_general
from .decode import LineDecoder, NotText, decode_bytes
from .frontmatter import FrontMatterError, split_front_matter
from .html import HtmlExtractionError, extract_html
from .options import ENV_MAX_FILE_MB, CorpusOptions
from .records import FIELD_ALIASES, Issue, Record, split_fields
from .shards import PARQUET_SUFFIXES

Item = Record | Issue

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
JSON_SUFFIXES = frozenset({".json"})
CORPUS_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | JSON_SUFFIXES | PARQUET_SUFFIXES
STDIN_PATH = "<stdin>"


class TooLarge(ValueError):
    pass


# What a refused input is called in the size message.
SIZE_SUBJECTS = {"file": N_("file"), "row": N_("row"), "standard input": N_("standard input")}


def size_message(size: int, options: CorpusOptions, what: str = "file") -> str:
    """The refusal message, saying how to raise the limit."""
    needed = max(int(size / 1_000_000) + 1, int(options.max_file_mb) + 1)
    return _(
        "{what} is {size} MB, above the {limit} MB limit; not read (raise it with --max-file-mb {needed} or "
        "{variable}={needed})"
    ).format(
        what=_(SIZE_SUBJECTS.get(what, what)),
        size=format_decimal(size / 1_000_000, 1),
        limit=format_general(options.max_file_mb),
        needed=needed,
        variable=ENV_MAX_FILE_MB,
    )


def os_reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def read_article_bytes(path: Path, options: CorpusOptions) -> bytes:
    """The file's bytes, refused by size (from stat) before anything is read."""
    size = path.stat().st_size
    if size > options.max_file_bytes:
        raise TooLarge(size_message(size, options))
    with path.open("rb") as handle:
        # Read at most one byte past the limit: the file may have grown since stat.
        data = handle.read(options.max_file_bytes + 1)
    if len(data) > options.max_file_bytes:
        raise TooLarge(size_message(len(data), options))
    return data


def read_source(path: Path, defaults: dict[str, Any], options: CorpusOptions) -> Iterator[Item]:
    """Records of one file, dispatched on its suffix (anything unknown is read as plain text)."""
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, defaults, options)
        elif suffix in CSV_SUFFIXES:
            yield from read_csv(path, defaults, options)
        elif suffix in PARQUET_SUFFIXES:
            from .shards import read_parquet

            yield from read_parquet(path, defaults, options)
        else:
            data = read_article_bytes(path, options)
            if suffix in HTML_SUFFIXES:
                yield from read_html(data, str(path), path.stem, defaults)
            elif suffix in JSON_SUFFIXES:
                yield from read_json(data, path, defaults, options)
            else:
                yield from read_text(data, str(path), path.stem, defaults)
    except TooLarge as exc:
        yield Issue(str(path), str(exc))
    except NotText as exc:
        yield Issue(str(path), str(exc))
    except OSError as exc:
        yield Issue(str(path), _("cannot read: {reason}").format(reason=os_reason(exc)))
    except Exception as exc:  # a file that trips a bug must not stop the rest of the corpus
        if options.debug:
            raise
        message = _("could not be read ({error}); run with --debug for details")
        yield Issue(str(path), message.format(error=f"{exc.__class__.__name__}: {exc}"))


def read_stdin(defaults: dict[str, Any], options: CorpusOptions, stream: BinaryIO | None = None) -> Iterator[Item]:
    """One article from standard input (front matter allowed), size-limited like a file."""
    if stream is None and sys.stdin.isatty():  # nothing piped in: say what we are waiting for
        sys.stderr.write(_("framing: reading one article from standard input (end it with Ctrl-D)") + "\n")
    stream = stream if stream is not None else getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only stdin (some test runners)
        data = sys.stdin.read(options.max_file_bytes + 1).encode("utf-8")
    else:
        data = stream.read(options.max_file_bytes + 1)
    if len(data) > options.max_file_bytes:
        yield Issue(STDIN_PATH, size_message(len(data), options, "standard input"))
        return
    try:
        yield from read_text(data, STDIN_PATH, "stdin", defaults)
    except NotText as exc:
        yield Issue(STDIN_PATH, str(exc))


def read_text(data: bytes, where: str, stem: str, defaults: dict[str, Any]) -> Iterator[Item]:
    """A .txt/.md article: decode, split off front matter; `text` is the body (see frontmatter.py)."""
    decoded = decode_bytes(data)
    try:
        split = split_front_matter(decoded.text)
    except FrontMatterError as exc:
        yield Issue(where, str(exc), exc.line)
        return
    fields, meta = split_fields({**defaults, **split.fields})
    body_fields_text = fields.pop("text", None)
    if body_fields_text is not None:
        meta["front_matter_text_ignored"] = True
    meta.update(encoding=decoded.encoding, format="text")
    if split.body_offset:
        meta["body_offset"] = split.body_offset
    warnings = [decoded.warning] if decoded.warning else []
    yield Record(split.body, where, stem, fields, meta, None, warnings)


def read_html(data: bytes, where: str, stem: str, defaults: dict[str, Any]) -> Iterator[Item]:
    """A saved web page: main text and page metadata via trafilatura; the sidecar wins on conflicts."""
    try:
        page = extract_html(data)
    except HtmlExtractionError as exc:
        yield Issue(where, str(exc))
        return
    page_fields, page_meta = split_fields(page.fields)
    fields, meta = split_fields(defaults)
    for key, value in page_fields.items():
        fields.setdefault(key, value)
    if "outlet" in page_fields and fields["outlet"] == page_fields["outlet"]:
        meta["outlet_from"] = "html page metadata (site name)"
    meta = {**page_meta, **meta, "format": "html"}
    yield Record(page.text, where, stem, fields, meta)


def _raw_text(row: dict[str, Any]) -> Any:
    """The row's text exactly as stored (its `text` column, else an alias such as `body`)."""
    by_key = {str(k).strip().lower().lstrip("\ufeff"): v for k, v in row.items()}
    if "text" in by_key:
        return by_key["text"]
    return next((by_key[k] for k, target in FIELD_ALIASES.items() if target == "text" and k in by_key), None)


def _row_record(row: dict[str, Any], where: str, stem: str, line: int, defaults: dict[str, Any], fmt: str) -> Item:
    text = _raw_text(row)
    if text is None:
        return Issue(where, _("row has no 'text' value"), line)
    if not isinstance(text, str):
        return Issue(where, _("'text' must be a string, not {type}").format(type=type(text).__name__), line)
    fields, meta = split_fields({**defaults, **row})
    fields.pop("text", None)
    meta.update(line=line, format=fmt)
    return Record(text, where, f"{stem}:{line}", fields, meta, line)


def read_jsonl(path: Path, defaults: dict[str, Any], options: CorpusOptions) -> Iterator[Item]:
    """JSON Lines: one object per line; a bad line is reported as file:line and the rest goes on."""
    where = str(path)
    with path.open("rb") as handle:
        decoder = LineDecoder(handle)
        warned = False
        for number, line in enumerate(decoder.lines(), start=1):
            if decoder.warning and not warned:
                warned = True
                yield Issue(where, decoder.warning, decoder.warning_line, "warning")
            if not line.strip():
                continue
            if len(line) > options.max_file_bytes:
                yield Issue(where, size_message(len(line.encode("utf-8")), options, "row"), number)
                continue
            try:
                row = json.loads(line.rstrip("\r\n"))
            except json.JSONDecodeError as exc:
                yield Issue(where, f"invalid JSON: {exc.msg} (column {exc.colno})", number)
                continue
            if not isinstance(row, dict):
                message = _("expected a JSON object with a 'text' field, got {type}").format(type=type(row).__name__)
                yield Issue(where, message, number)
                continue
            yield _row_record(row, where, path.stem, number, defaults, "jsonl")


def read_json(data: bytes, path: Path, defaults: dict[str, Any], options: CorpusOptions) -> Iterator[Item]:
    """A .json file: one article object, or a list of them (ids use the position in the list)."""
    where = str(path)
    try:
        value = json.loads(decode_bytes(data).text)
    except json.JSONDecodeError as exc:
        yield Issue(where, f"invalid JSON: {exc.msg} (column {exc.colno})", exc.lineno)
        return
    items = value if isinstance(value, list) else [value]
    for position, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            yield Issue(where, _("item #{position} is not a JSON object with a 'text' field").format(position=position))
            continue
        record = _row_record(item, where, path.stem, position, defaults, "json")
        if isinstance(record, Record):
            record.line = None
            record.meta.pop("line", None)
            record.meta["position"] = position
            record.id_hint = path.stem if len(items) == 1 else f"{path.stem}#{position}"
        yield record


def _sniff_delimiter(header: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_csv(path: Path, defaults: dict[str, Any], options: CorpusOptions) -> Iterator[Item]:
    """CSV (or TSV) with a header row; quoted fields may span lines; `;` spreadsheets are detected."""
    where = str(path)
    csv.field_size_limit(max(csv.field_size_limit(), options.max_file_bytes + 1))
    with path.open("rb") as handle:
        decoder = LineDecoder(handle)
        lines = decoder.lines()
        first = next(lines, None)
        if first is None:
            yield Issue(where, _("empty file"))
            return
        delimiter = _sniff_delimiter(first, path.suffix.lower())

        def all_lines() -> Iterator[str]:
            yield first
            yield from lines

        reader = csv.reader(all_lines(), delimiter=delimiter)
        try:
            header = next(reader)
        except csv.Error as exc:
            yield Issue(where, _("cannot parse the CSV header: {error}").format(error=exc), 1)
            return
        columns = [c.strip().lstrip("\ufeff") for c in header]
        known, _extra = split_fields(dict.fromkeys(columns, "x"))
        if "text" not in known:
            found = ", ".join(c for c in columns if c) or _("none")
            yield Issue(where, _("no 'text' column (found: {found}); every row skipped").format(found=found), 1)
            return
        warned = False
        line = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield Issue(where, _("cannot parse CSV: {error}").format(error=exc), reader.line_num)
                line = reader.line_num + 1
                continue
            if decoder.warning and not warned:
                warned = True
                yield Issue(where, decoder.warning, decoder.warning_line, "warning")
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(columns) and any(cell.strip() for cell in cells[len(columns) :]):
                message = _("row has {cells} cells but the header has {columns}").format(
                    cells=len(cells), columns=len(columns)
                )
                yield Issue(where, message, start)
                continue
            cells = (cells + [""] * len(columns))[: len(columns)]
            if sum(len(c) for c in cells) > options.max_file_bytes:
                yield Issue(where, size_message(sum(len(c.encode("utf-8")) for c in cells), options, "row"), start)
                continue
            yield _row_record(dict(zip(columns, cells, strict=True)), where, path.stem, start, defaults, "csv")
