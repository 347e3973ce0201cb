"""Problems of a run on the terminal: a few are printed one per line, many of one kind are summarised.

A scraped corpus can hold hundreds of wire copies; a line for each buries the table. Problems of one
kind (framing.errors.Problem.kind, or the same message) beyond `SUMMARY_AFTER` become one line with
their count and the first few places; --verbose prints them all and --log FILE writes them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import FramingError, Problem, ProblemLog, format_location
from ..i18n import _, ngettext

# More problems of one kind than this are summarised on one line.
SUMMARY_AFTER = 3
# Places named on a summary line.
PLACES_SHOWN = 3


def _kind_labels() -> dict[str, Callable[[int], str]]:
    """One phrase per known kind with its count (built on call, so the active language applies)."""
    return {
        "duplicate": lambda n: ngettext(
            "{n} duplicate (wire copy) counted once", "{n} duplicates (wire copies) counted once", n
        ).format(n=n),
        "empty": lambda n: ngettext("{n} article without text skipped", "{n} articles without text skipped", n).format(
            n=n
        ),
        "language_skipped": lambda n: ngettext(
            "{n} article in a language framing does not analyse skipped",
            "{n} articles in a language framing does not analyse skipped",
            n,
        ).format(n=n),
        "language_mixed": lambda n: ngettext("{n} article mixes languages", "{n} articles mix languages", n).format(
            n=n
        ),
        "language_uncertain": lambda n: ngettext(
            "{n} article in an uncertain language", "{n} articles in an uncertain language", n
        ).format(n=n),
        "language_declared": lambda n: ngettext(
            "{n} article whose text is not in the language its metadata declares",
            "{n} articles whose text is not in the language their metadata declares",
            n,
        ).format(n=n),
        "id_reused": lambda n: ngettext(
            "{n} article id already used, renamed", "{n} article ids already used, renamed", n
        ).format(n=n),
    }


def place(problem: Problem) -> str:
    """`file:line` of a problem (its message left out)."""
    return format_location(problem.path, problem.line, "").rstrip(": ")


def group_problems(problems: Iterable[Problem]) -> list[list[Problem]]:
    """Problems grouped by severity and kind (or message), groups in order of first appearance."""
    groups: dict[tuple[str, str], list[Problem]] = {}
    for problem in problems:
        groups.setdefault((problem.severity, problem.kind or problem.message), []).append(problem)
    return list(groups.values())


def severity_label(problem: Problem) -> str:
    return _("error") if problem.severity == "error" else _("warning")


def summary_line(group: list[Problem]) -> str:
    """One line for a group of problems of one kind: count, what, the first places, how to see all."""
    first = group[0]
    n = len(group)
    label = _kind_labels().get(first.kind)
    what = label(n) if label else _("{n} times: {message}").format(n=n, message=first.message)
    places = ", ".join(dict.fromkeys(place(p) for p in group[:PLACES_SHOWN]))
    more = _(", ... (--verbose for all)") if n > PLACES_SHOWN else ""
    return (
        _("{key}: {value}").format(key=severity_label(first), value=_("{key}: {value}").format(key=what, value=places))
        + more
    )


def problem_lines(problems: ProblemLog, *, verbose: bool = False) -> list[str]:
    """What the terminal shows: every problem with `verbose`, otherwise large groups summarised."""
    lines: list[str] = []
    for group in group_problems(problems.problems):
        if verbose or len(group) <= SUMMARY_AFTER:
            lines += [_("{key}: {value}").format(key=severity_label(p), value=p) for p in group]
        else:
            lines.append(summary_line(group))
    return lines


def write_log(problems: ProblemLog, path: Path) -> None:
    """Every problem, one per line, then the run's summary, in a plain text file."""
    lines = [_("{key}: {value}").format(key=severity_label(p), value=p) for p in problems.problems]
    lines.append(problems.summary())
    try:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as exc:
        raise FramingError(
            _("{path}: cannot write the log ({reason})").format(path=path, reason=exc.strerror or exc)
        ) from exc
