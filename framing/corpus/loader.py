"""`load_corpus`: every input argument -> checked, identified, de-duplicated Articles, streamed.

Rules every article goes through, whatever its format: empty or whitespace-only text is skipped;
the language comes from metadata or is identified, and only supported languages go on; a missing
outlet becomes the honest label `unknown` (with a warning, never a guess); ids are made unique; a
text already seen (after whitespace normalisation) is reported as a duplicate and not yielded again.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from ..errors import ProblemLog, format_location
from ..i18n import _, format_percent, ngettext
from ..render.text import one_line
from ..types import Article
from .discover import STDIN_ARGUMENT, Source, expand
from .language import Identified, identify, language_name, normalise_lang, quick_identify
from .options import CorpusOptions, default_options
from .readers import STDIN_PATH, read_source, read_stdin
from .records import Issue, Record

UNKNOWN_OUTLET = "unknown"
# Texts shorter than this are not checked against their declared language (too little to go on).
CHECK_DECLARED_MIN_CHARS = 200
CHECK_DECLARED_CONFIDENCE = 0.99
DECLARED_LANGUAGE_WARNING = "metadata says"


def declared_language_warning(text: str, declared: str) -> str | None:
    """The warning for a text that clearly reads as another language than its metadata says, or None."""
    if len(text) < CHECK_DECLARED_MIN_CHARS:
        return None
    lang, confidence = quick_identify(text)
    if lang != declared and confidence >= CHECK_DECLARED_CONFIDENCE:
        return (
            f"{DECLARED_LANGUAGE_WARNING} {language_name(declared)} but the text reads as {language_name(lang)}; "
            f"analysed as {language_name(declared)}, as the metadata says"
        )
    return None


def is_declared_language_warning(message: str) -> bool:
    """Whether an analysis warning is `declared_language_warning`'s (framing.run re-emits those)."""
    return message.startswith(DECLARED_LANGUAGE_WARNING + " ")


def load_corpus(
    paths: Sequence[str | Path],
    problems: ProblemLog,
    *,
    options: CorpusOptions | None = None,
    max_file_bytes: int | None = None,
    stdin: BinaryIO | None = None,
    url_timeout: float | None = None,
    check_declared: bool = True,
    identify_language: Callable[[str], Identified] | None = None,
    read_items: Callable[[str, CorpusOptions], Iterable[Record | Issue] | None] | None = None,
    **_ignored: object,
) -> Iterator[Article]:
    """Articles from files, folders, '-' (stdin) and http(s) URLs, in a stable order.

    URLs are fetched (see framing.fetch): the only network access, and only when asked for.

    `check_declared`: warn here when a declared language contradicts the text. framing.run passes
    False and makes the same check when it analyses the article (`declared_language_warning`), so that
    the warning is stored with the cached analysis and an unchanged article is not identified again.

    `identify_language`: how an article without a declared language is identified (default
    `framing.corpus.language.identify`); framing.run passes the analysis cache's memo of it.

    `read_items`: reads a file, folder or pattern argument somewhere else (Dask workers, see
    framing.distributed.reading) and returns its records, or None to read it here. The checks below
    apply to what it returns exactly as to local files.

    Nothing here raises on bad input: each unreadable file or row is one line in `problems` and
    the rest of the corpus goes on. Memory stays flat: files are read one at a time, tables row by
    row, and only a hash per article is kept (for duplicates).
    """
    options = options or default_options()
    if max_file_bytes is not None:
        options = replace(options, max_file_bytes=max_file_bytes)
    checker = _Checker(problems, options, check_declared=check_declared, identify=identify_language or identify)
    stdin_read = False
    for argument in paths:
        name = str(argument)
        if name == STDIN_ARGUMENT:
            if stdin_read:
                problems.warn(STDIN_PATH, _("standard input given twice; read once"))
                continue
            stdin_read = True
            items: Iterable[Record | Issue] = read_stdin({}, options, stdin)
        elif name.startswith(("http://", "https://")):
            from ..fetch import DEFAULT_TIMEOUT_S, read_url  # the only network access, on explicit request

            items = read_url(name, {}, options, url_timeout or DEFAULT_TIMEOUT_S)
        else:
            remote = read_items(name, options) if read_items is not None else None
            items = remote if remote is not None else _items(expand(name), options)
        for item in items:
            article = checker.check(item)
            if article is not None:
                yield article
        checker.flush_missing_outlets(name)


def _items(sources: Iterable[Source | Issue], options: CorpusOptions) -> Iterator[Record | Issue]:
    for source in sources:
        if isinstance(source, Issue):
            yield source
        else:
            yield from read_source(source.path, source.defaults, options)


def normalised_text_key(text: str) -> bytes:
    """Duplicate key: a 128-bit hash of the text with Unicode normalised (NFC) and whitespace folded.

    Only this key (with the first copy's id and place) is kept per article, so memory stays small.
    """
    folded = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=16).digest()


@dataclass
class _Checker:
    problems: ProblemLog
    options: CorpusOptions
    check_declared: bool = True
    identify: Callable[[str], Identified] = identify
    ids: dict[str, str] = field(default_factory=dict)  # id -> where it was used
    seen_texts: dict[bytes, tuple[str, str]] = field(default_factory=dict)  # text key -> (id, where)
    # Articles without an outlet in the current argument: where the first one is, and how many.
    missing_outlet_first: str | None = None
    missing_outlet_count: int = 0

    def log(self, issue: Issue) -> None:
        if issue.severity == "error":
            self.problems.skip(issue.path, issue.message, issue.line)
        else:
            self.problems.warn(issue.path, issue.message, issue.line)

    def check(self, item: Record | Issue) -> Article | None:
        if isinstance(item, Issue):
            self.log(item)
            return None
        record = item
        for warning in record.warnings:
            self.problems.warn(record.path, warning, record.line)
        in_file = record.line is None
        if not record.text:
            message = _("empty file: no text") if in_file else _("empty row: no text")
            self.problems.skip(record.path, message, record.line, kind="empty")
            return None
        if not record.text.strip():
            message = _("no text (file is whitespace only)") if in_file else _("no text (row is whitespace only)")
            self.problems.skip(record.path, message, record.line, kind="empty")
            return None
        lang = self._language(record)
        if lang is None:
            return None
        where = format_location(record.path, record.line, "").rstrip(": ")
        key = normalised_text_key(record.text)
        if key in self.seen_texts and self.options.skip_duplicates:
            first_id, first_where = self.seen_texts[key]
            self.problems.duplicates += 1
            self.problems.warn(
                record.path,
                _(
                    "duplicate of {first} ({where}): same text after whitespace normalisation (a wire copy?); "
                    "not analysed or counted twice"
                ).format(first=one_line(first_id), where=first_where),
                record.line,
                kind="duplicate",
            )
            return None
        outlet = record.fields.get("outlet")
        if not outlet:
            outlet = UNKNOWN_OUTLET
            self.missing_outlet_first = self.missing_outlet_first or where
            self.missing_outlet_count += 1
        article_id = self._unique_id(record.fields.get("id") or record.id_hint, record, where)
        self.seen_texts.setdefault(key, (article_id, where))
        return Article(
            id=article_id,
            text=record.text,
            outlet=outlet,
            path=record.path,
            date=record.fields.get("date"),
            lang=lang,
            title=record.fields.get("title"),
            url=record.fields.get("url"),
            meta=record.meta,
            line=record.line,
        )

    def _language(self, record: Record) -> str | None:
        """The article's language code, or None after logging why it is skipped."""
        supported = _(" and ").join(language_name(code) for code in self.options.languages)
        declared = normalise_lang(record.fields.get("lang"))
        if declared is not None:
            if declared in self.options.languages:
                record.meta.setdefault("lang_source", "metadata")
                if self.check_declared:
                    self._check_declared(record, declared)
                return declared
            self.problems.skip(
                record.path,
                _("language {name} ({code}) from metadata is not analysed (framing analyses {supported})").format(
                    name=language_name(declared), code=one_line(declared), supported=supported
                ),
                record.line,
                kind="language_skipped",
            )
            return None
        found = self.identify(record.text)
        record.meta["lang_source"] = "identified"
        guess = f"{language_name(found.lang)}, {format_percent(found.confidence, 0)}"
        if found.lang not in self.options.languages:
            if found.uncertain:
                message = _(
                    "language could not be identified reliably (best guess: {guess}); set lang (fr or en) in its "
                    "metadata"
                ).format(guess=guess)
            else:
                message = _(
                    "language identified as {name} ({code}), not analysed (framing analyses {supported}; set lang "
                    "in its metadata if this is wrong)"
                ).format(name=language_name(found.lang), code=found.lang, supported=supported)
            self.problems.skip(record.path, message, record.line, kind="language_skipped")
            return None
        mixed = found.mixed_with()
        if mixed:
            shares = ", ".join(f"{language_name(lang)} {format_percent(share, 0)}" for lang, share in mixed)
            record.meta["lang_shares"] = {lang: round(share, 3) for lang, share in found.shares.items()}
            self.problems.warn(
                record.path,
                _("mixes languages ({main} {share}, {others}); analysed as {main}, its majority language").format(
                    main=language_name(found.lang), share=format_percent(found.shares[found.lang], 0), others=shares
                ),
                record.line,
                kind="language_mixed",
            )
        elif found.uncertain:
            self.problems.warn(
                record.path,
                _(
                    "language uncertain (best guess: {guess}); analysed as {name}: set lang in its metadata to be sure"
                ).format(guess=guess, name=language_name(found.lang)),
                record.line,
                kind="language_uncertain",
            )
        return found.lang

    def _check_declared(self, record: Record, declared: str) -> None:
        """Warn when metadata names one language and the text is clearly another (scrapers get it wrong)."""
        warning = declared_language_warning(record.text, declared)
        if warning is not None:
            self.problems.warn(record.path, warning, record.line, kind="language_declared")

    def _unique_id(self, base: str, record: Record, where: str) -> str:
        if base not in self.ids:
            self.ids[base] = where
            return base
        number = 2
        while f"{base}~{number}" in self.ids:
            number += 1
        new_id = f"{base}~{number}"
        self.ids[new_id] = where
        self.problems.warn(
            record.path,
            _("id {id!r} is already used by {where}; this article gets id {new!r}").format(
                id=one_line(base), where=self.ids[base], new=new_id
            ),
            record.line,
            kind="id_reused",
        )
        return new_id

    def flush_missing_outlets(self, argument: str) -> None:
        """One warning per corpus argument for articles without an outlet, not one per article."""
        first, count = self.missing_outlet_first, self.missing_outlet_count
        if first is None:
            return
        if count == 1:
            message = _("no outlet in its metadata; labelled {label!r}").format(label=UNKNOWN_OUTLET)
        else:
            message = ngettext(
                "no outlet in its metadata, nor for {n} more article from {argument}; all labelled {label!r} "
                "(add outlet to the metadata)",
                "no outlet in its metadata, nor for {n} more articles from {argument}; all labelled {label!r} "
                "(add outlet to the metadata)",
                count - 1,
            ).format(n=count - 1, argument=argument, label=UNKNOWN_OUTLET)
        self.problems.warn(first, message)
        self.missing_outlet_first, self.missing_outlet_count = None, 0
