"""Corpus reading options, and the process-wide defaults the command line sets.

The size limit protects against a stray 2 GB log or disk image in a corpus folder: an article file
larger than the limit is refused *before* it is read or parsed. Table files (JSON Lines, CSV) are
streamed row by row, so the limit applies to each row's size instead of the whole file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

ENV_MAX_FILE_MB = "FRAMING_MAX_FILE_MB"
DEFAULT_MAX_FILE_MB = 10.0
SUPPORTED_LANGUAGES: tuple[str, ...] = ("fr", "en")


@dataclass(frozen=True)
class CorpusOptions:
    """How a corpus is read: size limit, languages analysed, duplicate handling."""

    max_file_bytes: int = int(DEFAULT_MAX_FILE_MB * 1_000_000)
    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
    skip_duplicates: bool = True
    # Let unexpected exceptions out (with their traceback) instead of reporting the file as skipped.
    debug: bool = False

    @property
    def max_file_mb(self) -> float:
        return self.max_file_bytes / 1_000_000


def mb_to_bytes(megabytes: float) -> int:
    if megabytes <= 0:
        raise ValueError(f"the file size limit must be positive, not {megabytes:g} MB")
    return int(megabytes * 1_000_000)


def options_from_env() -> CorpusOptions:
    """Defaults, with `FRAMING_MAX_FILE_MB` applied when it is set (an invalid value is ignored)."""
    raw = os.environ.get(ENV_MAX_FILE_MB, "").strip()
    if raw:
        try:
            return CorpusOptions(max_file_bytes=mb_to_bytes(float(raw)))
        except ValueError:
            pass
    return CorpusOptions()


# What the command line's global options asked for; the environment is read at each use.
_cli_max_file_mb: float | None = None
_cli_debug = False


def set_default_options(*, max_file_mb: float | None = None, debug: bool = False) -> None:
    """Set what `load_corpus` uses when no options are passed (the CLI's global options call this).

    Called without arguments, it restores the defaults (environment, then built-in values).
    """
    global _cli_max_file_mb, _cli_debug
    if max_file_mb is not None:
        mb_to_bytes(max_file_mb)  # validate now, not in the middle of a run
    _cli_max_file_mb, _cli_debug = max_file_mb, debug


def default_options() -> CorpusOptions:
    options = replace(options_from_env(), debug=_cli_debug)
    if _cli_max_file_mb is not None:
        options = replace(options, max_file_bytes=mb_to_bytes(_cli_max_file_mb))
    return options
