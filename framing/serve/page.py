"""The service's web pages, drawn with the HTML report's own templates, CSS and JavaScript.

An analysed text is shown by the report's article template (framing/render/templates/article.html.j2,
through a small template that extends it), so its highlights, notes and evidence table are exactly
those of the static report's article page; the service only adds its form and, with a corpus loaded,
where the text stands among the outlets. Jinja2 autoescapes everything, as in the report.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader

from ..render.evidence import FAMILIES, label_of, labels
from ..render.html import SiteData, _article_context, _assets, _env, _framing_version, _Site, metric_infos
from ..types import ArticleAnalysis

# The report's pages link to each other from this root: the service serves the loaded corpus's report there.
REPORT_ROOT = "/report/"
TITLE = "framing service"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The report's environment (same filters, globals and escaping), also finding the service's templates."""
    base = _env()
    return base.overlay(loader=ChoiceLoader([PackageLoader("framing.serve", "templates"), base.loader]))


def content_security_policy() -> str:
    """The report's policy, with forms allowed to post to the service itself."""
    _, _, script_hash = _assets()
    return (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src {script_hash}; img-src data:; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


def _common(form: Mapping[str, Any]) -> dict[str, Any]:
    css, js, script_hash = _assets()
    return {
        "css": css,
        "js": js,
        "script_hash": script_hash,
        "title_prefix": TITLE,
        "version": _framing_version(),
        "generated_at": None,
        "group_dir": "outlets",
        "by": "outlet",
        "families": [(f, label_of("families", f), labels()["families"][f]["description"]) for f in FAMILIES],
        "root": REPORT_ROOT,
        "here": "",
        "form_action": "'self'",
        "form_text": form.get("text", ""),
        "form_url": form.get("url", ""),
        "form_outlet": form.get("outlet", ""),
        "form_lang": form.get("lang", ""),
        "error": form.get("error"),
        "fetch_enabled": bool(form.get("fetch_enabled", True)),
        "corpus_articles": form.get("corpus_articles", 0),
        "corpus_outlets": form.get("corpus_outlets", 0),
    }


def start_page(form: Mapping[str, Any]) -> str:
    """The start page: the form (with an error line when a request could not be analysed)."""
    return environment().get_template("start.html.j2").render(**_common(form), page_title="Analyse a text")


def article_page(analysis: ArticleAnalysis, standing: Mapping[str, Any] | None, form: Mapping[str, Any]) -> str:
    """The report's article page for `analysis`, then its standing among the corpus's outlets, then the form."""
    from ..profiles import metric_names, metric_spec

    metrics = metric_infos({name: metric_spec(name) for name in metric_names([analysis])})
    site = _Site(SiteData([analysis], [], [], {}, metrics, title=TITLE))
    context = _article_context(site, 0)
    return (
        environment()
        .get_template("analysed.html.j2")
        .render(
            **_common(form),
            **context,
            standing=standing,
            standing_rows=_standing_rows(standing, site) if standing else [],
        )
    )


def _standing_rows(standing: Mapping[str, Any], site: _Site) -> list[dict[str, str]]:
    rows = []
    metrics: Sequence[Mapping[str, Any]] = standing.get("metrics", [])
    for row in metrics:
        info = site.metric.get(str(row["name"]))
        if info is None:
            from ..render.html import MetricInfo

            info = MetricInfo(str(row["name"]), str(row["name"]).replace("_", " "))
        percentile = row.get("percentile")
        rows.append(
            {
                "label": info.label,
                "value": info.format(row.get("value")),
                "percentile": "—" if percentile is None else f"{float(percentile):.0f}",
                "median": info.format(row.get("corpus_median")),
            }
        )
    return rows
