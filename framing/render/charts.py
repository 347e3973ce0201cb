"""Inline SVG charts (matplotlib) for the HTML report: deterministic, offline, readable in grayscale.

Why these settings: the report must be byte-identical for the same corpus, so the SVG carries no date
and its internal ids come from a fixed salt; text stays text (`svg.fonttype: none`) so it is
searchable, selectable and small; no font is embedded or fetched. Every mark carries a direct value
label and categories differ by hatch pattern as well as by shade, so a chart survives a grayscale
printer and colour-blind readers. Labels come from the corpus: matplotlib escapes them in the SVG, and
mathtext parsing is off so a `$` in an outlet name is just a dollar sign.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import matplotlib
from markupsafe import Markup, escape
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..i18n import _, format_percent

# Shades that stay distinct in grayscale, paired with hatches that carry the distinction alone.
SHADES = ("#1f4e79", "#c55a11", "#7f7f7f", "#548235", "#bf9000", "#7030a0", "#2e75b6", "#a9a9a9")
HATCHES = ("", "///", "\\\\\\", "xxx", "---", "|||", "+++", "//")
# Dot and circle hatches are avoided: matplotlib writes each dot as a path (100+ KB per chart).
MAX_ROWS = 40
ROW_INCHES = 0.32
WIDTH_INCHES = 7.0

_SVG_START = re.compile(r"<svg\b")


@dataclass(frozen=True)
class IntervalRow:
    """One group on an interval chart: its estimate, 95% interval (if any) and size flag."""

    label: str
    value: float | None
    low: float | None = None
    high: float | None = None
    too_small: bool = False


def _rc(chart_id: str) -> dict[str, object]:
    return {
        "svg.hashsalt": f"framing-{chart_id}",
        "svg.fonttype": "none",
        "svg.id": chart_id,
        "text.parse_math": False,
        "font.family": "sans-serif",
        "font.sans-serif": ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"],
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "hatch.linewidth": 0.6,
        "svg.image_inline": True,
    }


def _to_svg(fig: Figure, chart_id: str, description: str) -> Markup:
    FigureCanvasSVG(fig)
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]  # drop the XML declaration and DOCTYPE: this is inline SVG
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    label = escape(description)
    svg = _scope_ids(svg, chart_id)
    svg = svg.replace('<style type="text/css">*{', f'<style type="text/css">#{chart_id} *{{')
    svg = _SVG_START.sub(f'<svg role="img" aria-label="{label}" focusable="false" class="chart"', svg, count=1)
    return Markup(svg)


def _scope_ids(svg: str, chart_id: str) -> str:
    """Prefix every id (and reference to it) so several charts can share one HTML page."""
    ids = set(re.findall(r'\bid="([^"]+)"', svg))
    ids.discard(chart_id)
    if not ids:
        return svg
    names = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
    svg = re.sub(rf'\bid="({names})"', lambda m: f'id="{chart_id}-{m.group(1)}"', svg)
    return re.sub(rf'#({names})\b(?=[)"])', lambda m: f"#{chart_id}-{m.group(1)}", svg)


def _short(label: str, limit: int = 34) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1] + "…"


def interval_chart(
    rows: Sequence[IntervalRow],
    *,
    chart_id: str,
    title: str,
    formatter: Callable[[float], str],
    description: str,
    tick_formatter: Callable[[float], str] = lambda v: f"{v:g}",
) -> Markup | None:
    """Dot per group with its 95% interval as a bar and the value written beside it.

    Groups too small to compare get a hollow dot and the words "too small"; no colour is needed
    to read the chart. Returns None when no group has a value.
    """
    rows = [r for r in rows if r.value is not None and math.isfinite(r.value)][:MAX_ROWS]
    if not rows:
        return None
    with matplotlib.rc_context(_rc(chart_id)):
        fig = Figure(figsize=(WIDTH_INCHES * 0.62, 0.6 + ROW_INCHES * len(rows)))
        ax = fig.add_subplot()
        ys = list(range(len(rows)))[::-1]
        top = max(max((r.high if r.high is not None else r.value) for r in rows), 0.0)
        span = top if top > 0 else 1.0
        for y, row in zip(ys, rows, strict=True):
            if row.low is not None and row.high is not None and not row.too_small:
                ax.plot([row.low, row.high], [y, y], color="#444444", linewidth=1.6, solid_capstyle="butt")
                ax.plot([row.low, row.low], [y - 0.18, y + 0.18], color="#444444", linewidth=1.0)
                ax.plot([row.high, row.high], [y - 0.18, y + 0.18], color="#444444", linewidth=1.0)
            ax.plot(
                [row.value],
                [y],
                marker="o",
                markersize=6,
                color="#1f4e79",
                markerfacecolor="white" if row.too_small else "#1f4e79",
                markeredgewidth=1.4,
                linestyle="none",
            )
            end = row.high if (row.high is not None and not row.too_small) else row.value
            text = formatter(row.value) + ("  " + _("(too small)") if row.too_small else "")
            ax.text(end + span * 0.03, y, text, va="center", ha="left", fontsize=8)
        ax.set_yticks(ys, [_short(r.label) for r in rows])
        ax.set_xlim(left=0, right=span * 1.45)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: tick_formatter(v)))
        ax.set_ylim(-0.7, len(rows) - 0.3)
        ax.set_title(title, loc="left", fontsize=9.5, fontweight="bold")
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        return _to_svg(fig, chart_id, description)


def share_chart(
    rows: Sequence[tuple[str, Mapping[str, float]]],
    *,
    categories: Sequence[str],
    category_labels: Mapping[str, str],
    chart_id: str,
    title: str,
    description: str,
) -> Markup | None:
    """Horizontal 100% stacked bars (e.g. attributions by speaker type per outlet).

    Each category has its own hatch and shade, a legend names them, and segments wide enough carry
    their percentage. Rows with no data are left out; returns None when nothing remains.
    """
    rows = [(label, counts) for label, counts in rows if sum(counts.get(c, 0) for c in categories) > 0][:MAX_ROWS]
    if not rows:
        return None
    with matplotlib.rc_context(_rc(chart_id)):
        fig = Figure(figsize=(WIDTH_INCHES, 1.1 + ROW_INCHES * len(rows)))
        ax = fig.add_subplot()
        ys = list(range(len(rows)))[::-1]
        lefts = [0.0] * len(rows)
        for i, category in enumerate(categories):
            widths = []
            for label_counts in rows:
                counts = label_counts[1]
                total = sum(counts.get(c, 0) for c in categories)
                widths.append(100.0 * counts.get(category, 0) / total)
            if not any(widths):
                continue
            bars = ax.barh(
                ys,
                widths,
                left=lefts,
                height=0.62,
                color=SHADES[i % len(SHADES)],
                edgecolor="black",
                linewidth=0.5,
                hatch=HATCHES[i % len(HATCHES)],
                label=category_labels.get(category, category),
            )
            for bar, width in zip(bars, widths, strict=True):
                if width >= 9:
                    ax.text(
                        bar.get_x() + width / 2,
                        bar.get_y() + bar.get_height() / 2,
                        format_percent(width / 100, 0),
                        ha="center",
                        va="center",
                        fontsize=7.5,
                        color="black",
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"},
                    )
            lefts = [a + b for a, b in zip(lefts, widths, strict=True)]
        ax.set_yticks(ys, [_short(label) for label, _ in rows])
        ax.set_xlim(0, 100)
        ax.set_xlabel(_("share of attributions (%)"))
        ax.tick_params(axis="y", length=0)
        ax.set_title(title, loc="left", fontsize=9.5, fontweight="bold")
        ax.legend(
            loc="upper center",
            bbox_to_anchor=(0.5, -0.5 / (1 + 0.4 * len(rows)) - 0.12),
            ncol=3,
            frameon=False,
            fontsize=8,
        )
        return _to_svg(fig, chart_id, description)
