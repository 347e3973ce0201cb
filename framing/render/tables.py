"""Rich tables for profiles, two-outlet tests, stories and article scores, sized to fit 100 columns.

Profiles have more metrics than fit side by side, so they are split into several tables of a few
metric columns each, every table repeating the group column. Groups too small for intervals
(fewer than 3 articles) are marked on their row and their cells show no interval.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich import box
from rich.table import Table
from rich.text import Text

from ..i18n import N_, _, format_decimal, format_integer, format_number, format_percent, percent_sign
from ..profiles import grouping_name, metric_spec, readability_formulas
from ..stats import CORRECTIONS
from ..types import ArticleAnalysis, Estimate, GroupProfile
from .text import one_line

WIDTH = 100
METRIC_COL = 13
GROUP_COL = 22
COUNT_COL = 8
TOO_SMALL = N_("too small to compare")


def plain(text: str) -> Text:
    """Corpus- or lexicon-derived text as a rich Text: never read as markup ("[red]" stays literal),
    escape sequences and control characters removed, whitespace folded; empty names stay visible."""
    return Text(one_line(text) or _("(blank)"))


def format_value(value: float | None, unit: str, *, suffix: bool = True) -> str:
    """A figure as users read it, in the interface language's notation: shares in % ("12.5%" /
    "12,5 %"), rates with 3 significant-ish digits, scores to 0.1."""
    if value is None:
        return "—"
    if unit == "share":
        return format_percent(value, 1, sign=suffix)
    if unit == "score":
        return format_decimal(value, 1)
    if abs(value) >= 100:
        return format_integer(round(value))
    if abs(value) >= 10:
        return format_decimal(value, 1)
    return format_decimal(value, 2)


def format_interval(est: Estimate | None, unit: str) -> str:
    if est is None or est.low is None or est.high is None:
        return ""
    tail = percent_sign() if unit == "share" else ""
    return f"{format_value(est.low, unit, suffix=False)}–{format_value(est.high, unit, suffix=False)}{tail}"


def estimate_cell(est: Estimate | None, unit: str, too_small: bool) -> Text:
    text = Text(format_value(None if est is None else est.value, unit))
    if too_small:
        text.append("\n" + _("n<3"), style="yellow")
    else:
        interval = format_interval(est, unit)
        if interval:
            text.append("\n" + interval, style="dim")
        elif est is not None and est.value is not None:
            text.append("\n" + _("few data"), style="yellow")
    return text


def _chunks(names: Sequence[str], per_table: int) -> list[list[str]]:
    return [list(names[i : i + per_table]) for i in range(0, len(names), per_table)] or [[]]


def profile_tables(
    profiles: Sequence[GroupProfile], names: Sequence[str], *, title: str = "", width: int = WIDTH
) -> list[Table]:
    """Tables of groups x metrics (value over its 95% interval), split so each fits `width` columns."""
    by = grouping_name(profiles[0].by) if profiles else _("group")
    fixed = (GROUP_COL + 2) + (COUNT_COL + 2)
    per_table = max(1, (width - fixed) // (METRIC_COL + 2))
    tables = []
    chunks = _chunks(names, per_table)
    for number, chunk in enumerate(chunks, start=1):
        part = f" ({number}/{len(chunks)})" if len(chunks) > 1 else ""
        table = Table(
            title=plain(title + part) if title else None,
            box=box.SIMPLE_HEAD,
            show_lines=False,
            pad_edge=False,
            title_justify="left",
        )
        table.add_column(by, width=GROUP_COL, overflow="fold")
        table.add_column(_("articles\nwords"), width=COUNT_COL, justify="right")
        for name in chunk:
            spec = metric_spec(name)
            table.add_column(plain(spec.label), width=METRIC_COL, justify="right", overflow="fold")
        for profile in profiles:
            group = plain(profile.group)
            if profile.too_small:
                group.append("\n" + _(TOO_SMALL), style="bold yellow")
            counts = f"{format_integer(profile.articles)}\n{format_integer(profile.words)}"
            cells = [estimate_cell(profile.metrics.get(n), metric_spec(n).unit, profile.too_small) for n in chunk]
            table.add_row(group, counts, *cells, end_section=True)
        tables.append(table)
    return tables


def profile_caption(
    profiles: Sequence[GroupProfile],
    analyses: Sequence[ArticleAnalysis],
    n_boot: int,
    *,
    formulas: Mapping[str, str] | None = None,
) -> str:
    """What the figures are, in two or three lines under the tables. `formulas` (lang -> reading-ease
    formula) stands in for the analyses when only their figures were kept (framing.summaries)."""
    formulas = readability_formulas(analyses) if formulas is None else formulas
    lines = [
        _(
            "Each figure: ratio of sums over the group's articles; below it, its {level} percentile-bootstrap "
            "interval ({n_boot} resamples of articles). Reporter-voice rates are per 1,000 words outside quotes, "
            "quoted rates per 1,000 quoted words."
        ).format(level=format_percent(0.95, 0), n_boot=format_integer(n_boot)),
    ]
    if formulas:
        formula_list = "; ".join(
            _("{key}: {value}").format(key=lang, value=_(f)) for lang, f in sorted(formulas.items())
        )
        lines.append(_("Reading ease: {formulas}.").format(formulas=formula_list))
    if any(p.too_small for p in profiles):
        lines.append(_("Groups with fewer than 3 articles: no interval, {mark}.").format(mark=_(TOO_SMALL)))
    if any(e.value is not None and e.low is None for p in profiles if not p.too_small for e in p.metrics.values()):
        lines.append(_("few data: fewer than 3 of the group's articles have a base for this figure (no interval)."))
    return "\n".join(lines)


def terms_table(profiles: Sequence[GroupProfile], *, top: int = 8, width: int = WIDTH) -> Table:
    """Distinctive lemmas per group (log-odds z-score against the rest of the corpus)."""
    by = grouping_name(profiles[0].by) if profiles else _("group")
    table = Table(title=_("Distinctive vocabulary (log-odds z vs the rest)"), box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column(by, width=GROUP_COL, overflow="fold")
    table.add_column(_("top lemmas (z-score)"), width=width - GROUP_COL - 6, overflow="fold")
    for p in profiles:
        terms = ", ".join(f"{one_line(t)} ({format_decimal(z, 1)})" for t, z in p.distinctive_terms[:top]) or "—"
        table.add_row(plain(p.group), plain(terms))
    return table


def comparison_table(rows: Sequence[dict[str, object]], a: str, b: str, correction: str, alpha: float) -> Table:
    """One row per metric: both groups' figures, the difference, raw and adjusted p, and a mark."""
    table = Table(
        title=plain(_("{a} vs {b}: permutation tests over articles").format(a=one_line(a), b=one_line(b))),
        caption=_(
            "* adjusted p < {alpha} ({correction}). p: two-sided permutation test of the difference of ratios, "
            "articles relabelled."
        ).format(alpha=format_number(alpha), correction=_(CORRECTIONS[correction])),
        box=box.SIMPLE_HEAD,
        title_justify="left",
        caption_justify="left",
    )
    table.add_column(_("metric"), width=22, overflow="fold")
    table.add_column(plain(a), width=METRIC_COL, justify="right", overflow="fold")
    table.add_column(plain(b), width=METRIC_COL, justify="right", overflow="fold")
    table.add_column("A − B", width=8, justify="right")
    table.add_column("p", width=6, justify="right")
    table.add_column(_("adj. p"), width=6, justify="right")
    table.add_column("", width=1)
    for row in rows:
        unit = str(row["unit"])
        est_a, est_b = row["a"], row["b"]
        diff = row["difference"]
        diff_text = "—" if diff is None else format_value(float(diff), unit)  # type: ignore[arg-type]
        p, adj = row["p"], row["p_adjusted"]
        table.add_row(
            plain(str(row["label"])),
            estimate_cell(est_a, unit, bool(row["a_too_small"])),  # type: ignore[arg-type]
            estimate_cell(est_b, unit, bool(row["b_too_small"])),  # type: ignore[arg-type]
            diff_text,
            "—" if p is None else format_decimal(p, 3),  # type: ignore[arg-type]
            "—" if adj is None else format_decimal(adj, 3),  # type: ignore[arg-type]
            Text("*", style="bold green") if row["significant"] else "",
            end_section=True,
        )
    return table


def stories_table(rows: Sequence[dict[str, object]], *, title: str | None = None) -> Table:
    table = Table(title=plain(_("Stories") if title is None else title), box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column(_("story"), width=5)
    table.add_column(_("dates"), width=12, overflow="fold")
    table.add_column(_("outlet"), width=22, overflow="fold")
    table.add_column(_("article"), width=20, overflow="fold")
    table.add_column(_("sim."), width=5, justify="right")
    table.add_column(_("name"), width=18, overflow="fold")
    for row in rows:
        sim = row.get("similarity")
        table.add_row(
            plain(str(row["story"])) if row.get("first") else "",
            plain(str(row["dates"])) if row.get("first") else "",
            plain(str(row["outlet"])),
            plain(str(row["article_id"])),
            "—" if sim is None else format_decimal(sim, 2),  # type: ignore[arg-type]
            plain(str(row["label"])) if row.get("first") else "",
            end_section=bool(row.get("last")),
        )
    return table


def score_table(rows: Sequence[dict[str, object]], article: str) -> Table:
    table = Table(
        title=plain(_("{article} against the corpus").format(article=one_line(article))),
        caption=_("percentile: share of corpus articles with a lower value (ties half); n: articles where defined."),
        box=box.SIMPLE_HEAD,
        title_justify="left",
        caption_justify="left",
    )
    table.add_column(_("metric"), width=30, overflow="fold")
    table.add_column(_("this article"), width=12, justify="right")
    table.add_column(_("percentile"), width=10, justify="right")
    table.add_column(_("corpus median"), width=13, justify="right")
    table.add_column("n", width=5, justify="right")
    for row in rows:
        unit = metric_spec(str(row["name"])).unit
        pct = row["percentile"]
        table.add_row(
            plain(metric_spec(str(row["name"])).label),
            format_value(row["value"], unit),  # type: ignore[arg-type]
            "—" if pct is None else format_integer(round(pct)),  # type: ignore[call-overload]
            format_value(row["corpus_median"], unit),  # type: ignore[arg-type]
            str(row["corpus_n"]),
        )
    return table


def nearest_table(rows: Sequence[dict[str, object]], *, top: int = 10) -> Table:
    table = Table(
        title=_("Nearest outlets (standardised distance)"),
        caption=_("distance: root mean square over metrics of (article − outlet) / corpus spread of the metric."),
        box=box.SIMPLE_HEAD,
        title_justify="left",
        caption_justify="left",
    )
    table.add_column(_("outlet"), width=40, overflow="fold")
    table.add_column(_("distance"), width=9, justify="right")
    table.add_column(_("articles"), width=8, justify="right")
    for row in rows[:top]:
        dist = row["value"]
        table.add_row(
            plain(str(row["name"])),
            "—" if dist is None else format_decimal(dist, 2),  # type: ignore[arg-type]
            str(row["corpus_n"]),
        )
    return table
