"""Options and output helpers shared by the tabular commands (compare, stories, analyze --against)."""

from __future__ import annotations

import csv
import json
import math
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..i18n import _
from ..profiles import METRICS, metric_names, metric_spec
from ..render.text import csv_safe
from ..types import ArticleAnalysis

if TYPE_CHECKING:
    from ..summaries import ProfileData


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


FormatOpt = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help=_("table (rich, 100 columns), csv (tidy rows) or json."), case_sensitive=False),
]
MetricOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--metric",
        "-m",
        help=_(
            "Metric to show (repeatable): a name (e.g. anonymous_share, loaded.<category>.reporter_per_1k), "
            "a family (loaded, hedging, attribution, stance, quotes, readability), 'all', or 'list' to list "
            "them. Default: a headline selection."
        ),
    ),
]
SeedOpt = Annotated[int, typer.Option("--seed", help=_("Random seed for bootstrap and permutations (reproducible)."))]
NBootOpt = Annotated[int, typer.Option("--n-boot", min=100, help=_("Bootstrap resamples per figure."))]


def select_metrics(
    requested: Sequence[str] | None, analyses: Sequence[ArticleAnalysis] | ProfileData, default: Sequence[str]
) -> list[str]:
    """Metric names from --metric values (names, families or 'all'), validated against this corpus
    (its analyses, or its figures folded by framing.summaries)."""
    available = _available(analyses)
    if not requested:
        return [m for m in default if m in available]
    families = {metric_spec(m).family for m in available}
    chosen: list[str] = []
    for item in requested:
        for value in item.split(","):
            value = value.strip()
            if not value:
                continue
            if value == "all":
                picked = available
            elif value in families:
                picked = [m for m in available if metric_spec(m).family == value]
            elif value in available:
                picked = [value]
            else:
                known = ", ".join(list(METRICS)[:6]) + ", ..."
                raise typer.BadParameter(
                    _(
                        "unknown metric {value!r} for this corpus; use a family ({families}), 'all', or a name "
                        "such as {known}"
                    ).format(value=value, families=", ".join(sorted(families)), known=known),
                    param_hint="--metric",
                )
            chosen.extend(m for m in picked if m not in chosen)
    return chosen


def wants_metric_list(requested: Sequence[str] | None) -> bool:
    return bool(requested) and "list" in [v.strip() for item in requested or () for v in item.split(",")]


def _available(analyses: Sequence[ArticleAnalysis] | ProfileData) -> list[str]:
    from ..summaries import ProfileData

    return analyses.metric_names() if isinstance(analyses, ProfileData) else metric_names(analyses)


def print_metric_list(analyses: Sequence[ArticleAnalysis] | ProfileData) -> None:
    """Every metric available for this corpus: name, family, unit and what it measures."""
    from rich import box
    from rich.table import Table

    from ..render.console import console
    from ..render.tables import plain

    table = Table(title=_("Metrics (use with --metric)"), box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column(_("name"), overflow="fold", max_width=34)
    table.add_column(_("family"), max_width=11)
    table.add_column(_("unit"), max_width=12)
    table.add_column(_("description"), overflow="fold")
    for name in _available(analyses):
        spec = metric_spec(name)
        table.add_row(plain(name), spec.family, spec.unit, plain(spec.description))
    console.print(table)


def _clean(value: Any) -> Any:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def write_rows(rows: Sequence[dict[str, Any]], fmt: OutputFormat, fields: Sequence[str] | None = None) -> None:
    """CSV (header, formula-safe cells, empty for missing) or a JSON array of objects, on stdout."""
    if fmt == OutputFormat.json:
        json.dump([{k: _clean(v) for k, v in row.items()} for row in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        names = list(fields) if fields else (list(rows[0]) if rows else [])
        writer = csv.DictWriter(sys.stdout, fieldnames=names, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if _clean(row.get(k)) is None else csv_safe(row.get(k)) for k in names})
    sys.stdout.flush()
