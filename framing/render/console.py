"""Rich terminal output: per-article evidence summaries and outlet comparison tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..i18n import N_, _, format_integer, ngettext
from ..profiles import metric_spec
from ..reported_speech import ReportedIndex, reporting_speaker
from ..types import ArticleAnalysis, CertaintyCue
from .evidence import label_of
from .tables import format_value
from .text import one_line

console = Console(highlight=False)

FAMILY_STYLES: dict[str, str] = {
    "loaded": "bold red",
    "hedge": "yellow",
    "booster": "magenta",
    "attribution": "cyan",
}

# The figures shown under one article (its summary here, the columns of compare-texts and --show text).
KEY_FIGURES: tuple[str, ...] = (
    "loaded_per_1k",
    "hedges_per_1k",
    "boosters_per_1k",
    "anonymous_share",
    "named_share",
    "quoted_share",
)


# Short names of the families and voices in the evidence table (the report uses longer ones).
FAMILY_NAMES: dict[str, str] = {
    "loaded": N_("loaded"),
    "hedge": N_("hedge"),
    "booster": N_("booster"),
    "attribution": N_("attribution"),
}
VOICE_NAMES: dict[str, str] = {"reporter": N_("reporter"), "quoted": N_("quoted"), "reported": N_("reported")}

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
    words = ngettext("{n} word", "{n} words", info.words).format(n=format_integer(info.words))
    out.rule(Text(f"{title} — {one_line(info.outlet)} ({info.lang}, {words})"))
    scores = analysis.scores
    summary = Table.grid(padding=(0, 2))
    for key in KEY_FIGURES:
        value = scores.get(key)
        spec = metric_spec(key)
        summary.add_row(spec.label, format_value(value, spec.unit))
    out.print(summary)
    rows: list[tuple[int, str, str, Text, str]] = []
    for hit in analysis.loaded:
        rows.append(
            (
                hit.start,
                "loaded",
                label_of("loaded_categories", hit.category),
                in_context(analysis.text, hit.start, hit.end, FAMILY_STYLES["loaded"]),
                _voice(hit.voice),
            )
        )
    reported = ReportedIndex(analysis.attributions)  # once per article, for every cue's speaker
    for cue in analysis.hedges:
        kind = label_of("hedge_kinds", cue.kind)
        label = kind if cue.counted else _("{kind} (not counted)").format(kind=kind)
        rows.append(
            (
                cue.start,
                "hedge",
                label,
                in_context(analysis.text, cue.start, cue.end, FAMILY_STYLES["hedge"]),
                _cue_voice(analysis, cue, reported),
            )
        )
    for cue in analysis.boosters:
        rows.append(
            (
                cue.start,
                "booster",
                label_of("hedge_kinds", cue.kind),
                in_context(analysis.text, cue.start, cue.end, FAMILY_STYLES["booster"]),
                _cue_voice(analysis, cue, reported),
            )
        )
    for attr in analysis.attributions:
        rows.append(
            (
                attr.start,
                "attribution",
                f"{label_of('speaker_types', attr.speaker_type)} / {label_of('forms', attr.form)}",
                in_context(analysis.text, attr.start, attr.end, FAMILY_STYLES["attribution"]),
                one_line(attr.who),
            )
        )
    evidence = Table(show_header=True, header_style="bold", expand=False)
    for name, kwargs in (
        (_("at"), {"justify": "right"}),
        (_("family"), {}),
        (_("label"), {}),
        (_("in context"), {"overflow": "fold", "ratio": 3}),
        (_("voice / speaker"), {"overflow": "fold"}),
    ):
        evidence.add_column(name, **kwargs)
    for offset, family, label, snippet, who in sorted(rows, key=lambda row: row[0]):
        family_name = _(FAMILY_NAMES[family])
        evidence.add_row(str(offset), Text(family_name, FAMILY_STYLES[family]), Text(label), snippet, Text(who))
    out.print(evidence)


def _voice(voice: str) -> str:
    """'reporter' / 'quoted' / 'reported' in the interface language."""
    return _(VOICE_NAMES[voice]) if voice in VOICE_NAMES else voice


def _cue_voice(analysis: ArticleAnalysis, cue: CertaintyCue, reported: ReportedIndex) -> str:
    """The voice of a hedge or booster; in reported speech, with the speaker it is lent to (`reported`:
    the article's index, built once)."""
    speaker = reporting_speaker(analysis.attributions, cue, reported)
    return _("{key}: {value}").format(key=_voice(cue.voice), value=speaker) if speaker else _voice(cue.voice)
