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

from ..i18n import LANGUAGES, N_, _, current_language, format_decimal, format_integer
from ..render.evidence import FAMILIES, label_of
from ..render.html import SiteData, _article_context, _assets, _env, _framing_version, _Site, metric_infos
from ..types import ArticleAnalysis

# The report's pages link to each other from this root: the service serves the loaded corpus's report there.
REPORT_ROOT = "/report/"
TITLE = N_("framing service")


@lru_cache(maxsize=len(LANGUAGES))
def environment(lang: str) -> Environment:
    """The report's environment in `lang` (same filters, globals, catalogue and escaping), also finding the
    service's templates. Pages are drawn inside framing.i18n.in_language(lang), as the report's are."""
    base = _env(lang)
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
        "ui_lang": current_language(),
        "title_prefix": _(TITLE),
        "version": _framing_version(),
        "generated_at": None,
        "group_dir": "outlets",
        "by": "outlet",
        "has_exercises": False,
        "families": [(f, label_of("families", f), label_of("families", f, "description")) for f in FAMILIES],
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
    return (
        environment(current_language())
        .get_template("start.html.j2")
        .render(**_common(form), page_title=_("Analyse a text"))
    )


def article_page(analysis: ArticleAnalysis, standing: Mapping[str, Any] | None, form: Mapping[str, Any]) -> str:
    """The report's article page for `analysis`, then its standing among the corpus's outlets, then the form."""
    from ..profiles import metric_names, metric_spec

    metrics = metric_infos({name: metric_spec(name) for name in metric_names([analysis])})
    site = _Site(SiteData([analysis], [], [], {}, metrics, title=_(TITLE)))
    context = _article_context(site, 0)
    return (
        environment(current_language())
        .get_template("analysed.html.j2")
        .render(
            **_common(form),
            **context,
            standing=standing,
            standing_rows=_standing_rows(standing, site) if standing else [],
            nearest_rows=_nearest_rows(standing) if standing else [],
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
                "percentile": "—" if percentile is None else format_decimal(float(percentile), 0),
                "median": info.format(row.get("corpus_median")),
            }
        )
    return rows


def _nearest_rows(standing: Mapping[str, Any]) -> list[dict[str, str]]:
    """The nearest outlets with their distance and size, in the interface language's notation."""
    return [
        {
            "name": str(row["name"]),
            "distance": "—" if row.get("value") is None else format_decimal(float(row["value"]), 2),
            "articles": "—" if row.get("corpus_n") is None else format_integer(int(row["corpus_n"])),
        }
        for row in standing.get("nearest", [])
    ]
