"""An article's text in the terminal with its evidence marked: colours, or plain marks without colour.

Used by `framing analyze --show text` and `framing compare-texts`. With colour, loaded expressions,
hedges, boosters and sources are styled (the styles of framing.render.console). Without colour
(NO_COLOR, a pipe, --no-color) the same spans get marks a reader can see on paper: [loaded: ...],
{hedge}, {!booster}, <source>, <?anonymous source>.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import PurePath

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..i18n import _, format_decimal, format_integer, format_percent
from ..types import ArticleAnalysis
from .console import FAMILY_STYLES, KEY_FIGURES
from .text import one_line, terminal_safe

ANONYMOUS = "anonymous"
ANONYMOUS_STYLE = "bold cyan reverse"


@dataclass(frozen=True)
class Mark:
    """One span to mark: offsets into the text, its family, and the plain marks around it."""

    start: int
    end: int
    family: str  # loaded | hedge | booster | source
    style: str
    before: str
    after: str


def evidence_marks(analysis: ArticleAnalysis) -> list[Mark]:
    """Loaded expressions, counted hedges, boosters and sources (the speaker's words), in text order."""
    marks = [Mark(h.start, h.end, "loaded", FAMILY_STYLES["loaded"], _("[loaded: "), "]") for h in analysis.loaded]
    marks += [Mark(c.start, c.end, "hedge", FAMILY_STYLES["hedge"], "{", "}") for c in analysis.hedges if c.counted]
    marks += [Mark(c.start, c.end, "booster", FAMILY_STYLES["booster"], "{!", "}") for c in analysis.boosters]
    for a in analysis.attributions:
        if a.speaker_start is None or a.speaker_end is None or a.speaker_end <= a.speaker_start:
            continue
        anonymous = a.speaker_type == ANONYMOUS
        style = ANONYMOUS_STYLE if anonymous else f"underline {FAMILY_STYLES['attribution']}"
        marks.append(Mark(a.speaker_start, a.speaker_end, "source", style, "<?" if anonymous else "<", ">"))
    n = len(analysis.text)
    # Two attributions can share a speaker span ("X said ... X added"): one mark for it.
    unique = {(m.start, m.end, m.family): m for m in marks if 0 <= m.start < m.end <= n}
    return sorted(unique.values(), key=lambda m: (m.start, -m.end, m.family))


def _apart_or_inside(mark: Mark, other: Mark) -> bool:
    return mark.end <= other.start or mark.start >= other.end or (other.start <= mark.start and mark.end <= other.end)


def _nested(marks: list[Mark]) -> list[Mark]:
    """Marks that nest or stand apart (a span crossing an earlier one is dropped), so plain marks
    always close in the order they opened."""
    kept: list[Mark] = []
    for mark in marks:
        if all(
            mark.end <= k.start or mark.start >= k.end or (k.start <= mark.start and mark.end <= k.end) for k in kept
        ):
            kept.append(mark)
    return kept


def marked_text(analysis: ArticleAnalysis, *, color: bool) -> Text:
    """The whole text, terminal-safe, with its evidence styled (`color`) or marked in plain characters.

    The text is cut at every span boundary and each piece made terminal-safe on its own, so styles
    stay on the right characters even when the corpus text carries escape sequences.
    """
    text = analysis.text
    marks = evidence_marks(analysis)
    if not color:
        marks = _nested(marks)
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out = Text()
    for a, b in itertools.pairwise(bounds):
        if not color:
            # Close the marks ending here (innermost first), then open those starting here (outermost first).
            for m in sorted((m for m in marks if m.end == a), key=lambda m: m.start, reverse=True):
                out.append(m.after, style="bold")
            for m in (m for m in marks if m.start == a):
                out.append(m.before, style="bold")
        styles = [m.style for m in marks if m.start <= a and b <= m.end] if color else []
        out.append(terminal_safe(text[a:b]), style=" ".join(styles) or None)
    if not color:
        for m in sorted((m for m in marks if m.end == len(text)), key=lambda m: m.start, reverse=True):
            out.append(m.after, style="bold")
    return out


def legend(*, color: bool) -> Text:
    """What the colours or marks mean, on one line."""
    items = [
        (_("loaded"), FAMILY_STYLES["loaded"], _("[loaded: ...]")),
        (_("hedge"), FAMILY_STYLES["hedge"], "{...}"),
        (_("booster"), FAMILY_STYLES["booster"], "{!...}"),
        (_("source"), f"underline {FAMILY_STYLES['attribution']}", "<...>"),
        (_("anonymous source"), ANONYMOUS_STYLE, "<?...>"),
    ]
    out = Text()
    for i, (name, style, plain) in enumerate(items):
        if i:
            out.append("  ")
        if color:
            out.append(name, style=style)
        else:
            out.append(f"{plain} {name}")
    return out


def figure_label(name: str) -> str:
    """The readable name of a key figure (the labels the comparison tables use, in the interface language)."""
    from ..profiles import metric_spec

    return metric_spec(name).label


def format_figure(name: str, value: float | None) -> str:
    """A share as a percentage, a rate with one decimal, in the interface language's notation."""
    if value is None:
        return "—"
    if name.endswith("_share"):
        return format_percent(value, 0)
    return format_decimal(value, 1)


def key_figures(analysis: ArticleAnalysis) -> Table:
    """Words and the six key figures of one article, as a two-column grid."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(overflow="fold")
    grid.add_column(justify="right", no_wrap=True)
    grid.add_row(_("words"), format_integer(analysis.article.words))
    for name in KEY_FIGURES:
        grid.add_row(figure_label(name), format_figure(name, analysis.scores.get(name)))
    return grid


def loaded_list(analysis: ArticleAnalysis) -> Text:
    """Each distinct loaded expression once, with its neutral alternative where the lexicon has one."""
    out = Text()
    seen: set[str] = set()
    for hit in analysis.loaded:
        key = one_line(hit.text).lower()
        if key in seen:
            continue
        seen.add(key)
        if out:
            out.append("\n")
        out.append("• ")
        out.append(one_line(hit.text), style="bold")
        if hit.alternative:
            out.append(" → " + one_line(hit.alternative))
        else:
            out.append(" " + _("(no neutral alternative in the lexicon)"), style="dim")
    if not seen:
        out.append(_("no loaded expression found"), style="dim")
    return out


def article_heading(analysis: ArticleAnalysis) -> str:
    """`title — outlet (date)`: the title, or the file's name (not its folders) when it has none."""
    info = analysis.article
    title = one_line(info.title or (PurePath(info.path).name if info.path else info.id))
    when = f" ({one_line(info.date)})" if info.date else ""
    return f"{title} — {one_line(info.outlet)}{when}"


def use_color(console: Console, no_color: bool = False) -> bool:
    """Colour only on a terminal that accepts it, unless NO_COLOR or --no-color say otherwise."""
    return not no_color and not console.no_color and console.is_terminal and console.color_system is not None


def print_marked_article(analysis: ArticleAnalysis, out: Console, *, color: bool) -> None:
    """`analyze --show text`: heading, the marked text, the key figures and the loaded expressions."""
    out.rule(Text(article_heading(analysis)))
    out.print(legend(color=color), style="dim" if color else None)
    out.print()
    out.print(marked_text(analysis, color=color))
    out.print()
    out.print(key_figures(analysis))
    out.print()
    out.print(Text(_("Loaded expressions and neutral alternatives"), style="bold"))
    out.print(loaded_list(analysis))
