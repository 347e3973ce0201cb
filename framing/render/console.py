"""Rich terminal output: per-article evidence summaries and outlet comparison tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..types import ArticleAnalysis
from .text import one_line

console = Console(highlight=False)

FAMILY_STYLES: dict[str, str] = {
    "loaded": "bold red",
    "hedge": "yellow",
    "booster": "magenta",
    "attribution": "cyan",
}


CONTEXT_CHARS = 30


def in_context(text: str, start: int, end: int, style: str, width: int = CONTEXT_CHARS) -> Text:
    """`…left [span] right…` on one line with the span styled; each piece is made terminal-safe
    separately so styling offsets stay right even when corpus text carries escape sequences."""
    left = one_line(text[max(0, start - width) : start])
    span = one_line(text[start:end])
    right = one_line(text[end : end + width])
    snippet = Text("…" if start > width else "")
    snippet.append(left + (" " if text[start - 1 : start].isspace() and left else ""))
    snippet.append(span, style=style)
    snippet.append((" " if text[end : end + 1].isspace() and right else "") + right)
    if end + width < len(text):
        snippet.append("…")
    return snippet


def print_article_summary(analysis: ArticleAnalysis, out: Console | None = None) -> None:
    """Readable view of one article's evidence: counts, then each span with its label."""
    out = out or console
    info = analysis.article
    title = one_line(info.title or info.path or info.id)
    out.rule(Text(f"{title} — {one_line(info.outlet)} ({info.lang}, {info.words} words)"))
    scores = analysis.scores
    summary = Table.grid(padding=(0, 2))
    for key in (
        "loaded_per_1k",
        "hedges_per_1k",
        "boosters_per_1k",
        "anonymous_share",
        "named_share",
        "quoted_share",
    ):
        value = scores.get(key)
        summary.add_row(key, "—" if value is None else f"{value:.3g}")
    out.print(summary)
    rows: list[tuple[int, str, str, Text, str]] = []
    for hit in analysis.loaded:
        rows.append(
            (
                hit.start,
                "loaded",
                hit.category,
                in_context(analysis.text, hit.start, hit.end, FAMILY_STYLES["loaded"]),
                hit.voice,
            )
        )
    for cue in analysis.hedges:
        label = cue.kind if cue.counted else f"{cue.kind} (not counted)"
        rows.append(
            (
                cue.start,
                "hedge",
                label,
                in_context(analysis.text, cue.start, cue.end, FAMILY_STYLES["hedge"]),
                cue.voice,
            )
        )
    for cue in analysis.boosters:
        rows.append(
            (
                cue.start,
                "booster",
                cue.kind,
                in_context(analysis.text, cue.start, cue.end, FAMILY_STYLES["booster"]),
                cue.voice,
            )
        )
    for attr in analysis.attributions:
        rows.append(
            (
                attr.start,
                "attribution",
                f"{attr.speaker_type} / {attr.form}",
                in_context(analysis.text, attr.start, attr.end, FAMILY_STYLES["attribution"]),
                one_line(attr.who),
            )
        )
    evidence = Table(show_header=True, header_style="bold", expand=False)
    for name, kwargs in (
        ("at", {"justify": "right"}),
        ("family", {}),
        ("label", {}),
        ("in context", {"overflow": "fold", "ratio": 3}),
        ("voice / speaker", {"overflow": "fold"}),
    ):
        evidence.add_column(name, **kwargs)
    for offset, family, label, snippet, who in sorted(rows, key=lambda row: row[0]):
        evidence.add_row(str(offset), Text(family, FAMILY_STYLES[family]), Text(label), snippet, Text(who))
    out.print(evidence)
