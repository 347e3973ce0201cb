"""Rich terminal output: per-article evidence summaries and outlet comparison tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..types import ArticleAnalysis
from .text import one_line, terminal_safe

console = Console(highlight=False)

FAMILY_STYLES: dict[str, str] = {
    "loaded": "bold red",
    "hedge": "yellow",
    "booster": "magenta",
    "attribution": "cyan",
}


def highlighted_text(text: str, spans: list[tuple[int, int, str]]) -> Text:
    """The article text with evidence spans styled (overlaps: later styles win)."""
    rich_text = Text(terminal_safe(text)) if len(terminal_safe(text)) == len(text) else Text(text)
    for start, end, style in spans:
        rich_text.stylize(style, start, end)
    return rich_text


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
    evidence = Table(show_header=True, header_style="bold", expand=False)
    evidence.add_column("family")
    evidence.add_column("label")
    evidence.add_column("span", overflow="fold")
    evidence.add_column("voice / speaker", overflow="fold")
    for hit in analysis.loaded:
        evidence.add_row(Text("loaded", FAMILY_STYLES["loaded"]), hit.category, one_line(hit.text), hit.voice)
    for cue in analysis.hedges:
        label = cue.kind if cue.counted else f"{cue.kind} (not counted)"
        evidence.add_row(Text("hedge", FAMILY_STYLES["hedge"]), label, one_line(cue.text), cue.voice)
    for cue in analysis.boosters:
        evidence.add_row(Text("booster", FAMILY_STYLES["booster"]), cue.kind, one_line(cue.text), cue.voice)
    for attr in analysis.attributions:
        evidence.add_row(
            Text("attribution", FAMILY_STYLES["attribution"]),
            f"{attr.speaker_type} / {attr.form}",
            one_line(attr.text),
            one_line(attr.speaker),
        )
    out.print(evidence)
