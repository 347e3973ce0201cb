"""One exception family with user-facing messages, and the log of what a run skipped.

A corpus is processed article by article: a bad file is recorded in a `ProblemLog` (one line naming
the file, and the line where there is one) and the run goes on. The CLI prints the log's summary and
turns it into the exit code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .i18n import _, ngettext


class FramingError(Exception):
    """An error meant for the user: its message is printed as one line, without a traceback."""


class InputError(FramingError):
    """A file (or one line of it) that cannot be read or parsed."""

    def __init__(self, path: str | Path | None, message: str, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message
        super().__init__(format_location(self.path, line, message))


class LexiconError(InputError):
    """A lexicon file with a syntax or schema error."""


def format_location(path: str | None, line: int | None, message: str) -> str:
    """`file:line: message`, the shape editors and `grep -n` use, so users can jump to the spot."""
    where = path or "<input>"
    if line is not None:
        where = f"{where}:{line}"
    return f"{where}: {message}"


@dataclass(frozen=True)
class Problem:
    path: str | None
    message: str
    line: int | None = None
    severity: str = "error"  # "error" (article skipped) or "warning" (article kept)
    # What sort of problem this is ("duplicate", "language"...), so that a thousand of one kind can be
    # summarised on one line; empty: the message itself is the kind.
    kind: str = ""

    def __str__(self) -> str:
        return format_location(self.path, self.line, self.message)


@dataclass
class ProblemLog:
    """Collects skipped inputs and warnings during a run; the CLI reports them at the end."""

    problems: list[Problem] = field(default_factory=list)
    analysed: int = 0
    duplicates: int = 0

    def skip(self, path: str | Path | None, message: str, line: int | None = None, *, kind: str = "") -> Problem:
        problem = Problem(str(path) if path is not None else None, message, line, "error", kind)
        self.problems.append(problem)
        return problem

    def warn(self, path: str | Path | None, message: str, line: int | None = None, *, kind: str = "") -> Problem:
        problem = Problem(str(path) if path is not None else None, message, line, "warning", kind)
        self.problems.append(problem)
        return problem

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def exit_code(self) -> int:
        return 1 if self.skipped else 0

    @property
    def run_exit_code(self) -> int:
        """For a command that analyses a corpus: 1 also when nothing at all was analysed (an empty
        folder, only non-article files), since a script must not take an empty result for success."""
        return 1 if self.skipped or not self.analysed else 0

    def summary(self) -> str:
        """E.g. `9 analysed, 1 skipped: bad.jsonl:3` (the reasons were printed as they happened)."""
        parts = [
            ngettext("{n} analysed", "{n} analysed", self.analysed).format(n=self.analysed),
            ngettext("{n} skipped", "{n} skipped", len(self.skipped)).format(n=len(self.skipped)),
        ]
        if self.duplicates:
            parts.append(
                ngettext("{n} duplicate not counted twice", "{n} duplicates not counted twice", self.duplicates).format(
                    n=self.duplicates
                )
            )
        text = ", ".join(parts)
        if self.skipped:
            names = [format_location(p.path, p.line, "").rstrip(": ") for p in self.skipped[:5]]
            more = " " + _("(+{n} more)").format(n=len(self.skipped) - 5) if len(self.skipped) > 5 else ""
            text += ": " + ", ".join(names) + more
        return text
