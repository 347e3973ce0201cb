"""The HTML report: a static site that works from a folder, offline, and explains every number.

Layout of the site (all links relative, so it works from file:// and from any web server):
    index.html                 corpus summary, comparison table with intervals, charts
    outlets/<name>.html        one page per outlet (or `groups/` when grouping by another field)
    stories/index.html         every story; stories/<name>.html the outlets side by side
    articles/index.html        every article; articles/<name>.html the highlighted text
The index only aggregates (it links to article pages), so it stays small as the corpus grows.

Safety: Jinja2 autoescapes every template; the only unescaped HTML is what this package builds itself
(highlighted text, escaped piece by piece; matplotlib SVG, whose text matplotlib escapes). CSS and JS
are inlined, and a Content-Security-Policy allows no network access and no script but our own, so even
a missed escape could not run code. File names come from framing.safe_names, and the whole site is
swapped in atomically (framing.atomic), so an interrupted run leaves the previous report whole.
Output is deterministic: the same analyses give byte-identical pages (a generation time appears only
when `generated_at` is given).
"""

from __future__ import annotations

import base64
import hashlib
import math
import os
import time
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..atomic import atomic_directory
from ..i18n import (
    LANGUAGES,
    N_,
    _,
    current_language,
    format_date,
    format_decimal,
    format_integer,
    format_number,
    format_percent,
    translations,
)
from ..profiles import grouping_name
from ..safe_names import UniqueNames, contained_path
from ..types import ArticleAnalysis, GroupProfile, Story
from . import charts
from .evidence import FAMILIES, EvidenceItem, article_evidence, label_of, labels, speaker_short
from .highlight import check_offsets, render_highlighted
from .site_state import PROFILES_FILE, profiles_to_json

# Fallback headline when the caller gives none (framing.profiles.DEFAULT_METRICS is the usual one).
HEADLINE_METRICS: tuple[str, ...] = (
    "loaded_reporter_per_1k",
    "loaded_quoted_per_1k",
    "hedges_reporter_per_1k",
    "boosters_reporter_per_1k",
    "anonymous_share",
    "named_share",
    "quoted_share",
    "reading_ease",
)
# Index charts, in this order, among the metrics present.
CHART_METRICS: tuple[str, ...] = ("loaded_reporter_per_1k", "hedges_reporter_per_1k", "anonymous_share", "quoted_share")
MAX_HEADLINE = 8
FAMILY_HEADINGS = {
    "loaded": N_("Loaded vocabulary"),
    "hedging": N_("Hedges and boosters"),
    "attribution": N_("Attribution"),
    "stance": N_("Reporting verbs"),
    "quotes": N_("Quotes"),
    "readability": N_("Readability"),
}
INDEX_STORY_LIMIT = 60
# The index compares at most this many groups (comparable ones first); all are on outlets/index.html.
INDEX_GROUP_LIMIT = 100
# A story page shows at most this many texts in columns (one per outlet first); the rest are linked.
STORY_COLUMNS = 12
ANONYMOUS_EXAMPLES = 12
SNIPPET_CONTEXT = 90
# Articles whose evidence is kept built (more than a story page's columns).
EVIDENCE_KEPT = 2 * STORY_COLUMNS
# Test-only: seconds to sleep after each page written, so a test can kill a run part-way.
WRITE_DELAY_ENV = "FRAMING_TEST_WRITE_DELAY"


@dataclass(frozen=True)
class MetricInfo:
    """What the report needs to know about a metric: its name, label, explanation and unit."""

    name: str
    label: str
    description: str = ""
    unit: str = ""
    family: str = ""

    @property
    def is_share(self) -> bool:
        unit = self.unit.lower()
        return self.name.endswith("_share") or unit in {"share", "%", "percent", "proportion", "fraction"}

    def format(self, value: float | None) -> str:
        """The figure in the interface language's notation ("12 %", "3,45" in French)."""
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            return "—"
        if self.is_share:
            return format_percent(value, 0)
        if abs(value) >= 100:
            return format_integer(round(value))
        return format_decimal(value, 1 if abs(value) >= 10 else 2)


@dataclass
class SiteData:
    """Everything a report shows, computed once: analyses, group profiles, stories and their profiles."""

    analyses: Sequence[ArticleAnalysis]
    profiles: Sequence[GroupProfile]
    stories: Sequence[Story]
    story_profiles: Mapping[str, Sequence[GroupProfile]]
    metrics: Sequence[MetricInfo]
    by: str = "outlet"
    title: str = N_("framing report")
    generated_at: str | None = None
    notes: list[str] = field(default_factory=list)
    headline: Sequence[str] = HEADLINE_METRICS
    exercise: bool = False  # add the worksheets of framing.render.exercise


def metric_infos(specs: Mapping[str, Any]) -> list[MetricInfo]:
    """Adapt framing.profiles.METRICS (name -> spec with label/description/unit) for display."""
    infos = []
    for name, spec in specs.items():

        def get(attr: str, default: str = "", spec: Any = spec) -> str:
            value = spec.get(attr) if isinstance(spec, Mapping) else getattr(spec, attr, None)
            return str(value) if value not in (None, "") else default

        infos.append(
            MetricInfo(name, get("label", name.replace("_", " ")), get("description"), get("unit"), get("family"))
        )
    return infos


def collect_site_data(
    analyses: Sequence[ArticleAnalysis],
    *,
    by: str = "outlet",
    seed: int = 0,
    n_boot: int = 2000,
    profiles: Sequence[GroupProfile] | None = None,
    stories: Sequence[Story] | None = None,
    generated_at: str | None = None,
    title: str = N_("framing report"),
    exercise: bool = False,
) -> SiteData:
    """Run the statistics the report shows (profiles, stories, per-story outlet profiles)."""
    from ..profiles import DEFAULT_METRICS, build_profiles, metric_names, metric_spec
    from ..stories import group_stories

    if not isinstance(analyses, Sequence):
        analyses = list(analyses)  # a Sequence (e.g. framing.render.spill) is read as needed, never copied
    if profiles is None:
        profiles = build_profiles(analyses, by=by, seed=seed, n_boot=n_boot)
    if stories is None:
        stories = group_stories(analyses)
    by_id = _index_by_id(analyses)
    story_profiles: dict[str, Sequence[GroupProfile]] = {}
    for story in stories:
        members = [analyses[i] for aid in story.article_ids for i in by_id.get(aid, [])[:1]]
        if len(members) > 1:
            story_profiles[story.id] = build_profiles(members, by="outlet", seed=seed, n_boot=n_boot, top_terms=0)
    metrics = metric_infos({name: metric_spec(name) for name in metric_names(analyses)})
    return SiteData(
        analyses,
        profiles,
        stories,
        story_profiles,
        metrics,
        by,
        title,
        generated_at,
        headline=DEFAULT_METRICS,
        exercise=exercise,
    )


def write_site(
    analyses: Sequence[ArticleAnalysis],
    out_dir: Path,
    *,
    by: str = "outlet",
    seed: int = 0,
    n_boot: int = 2000,
    profiles: Sequence[GroupProfile] | None = None,
    stories: Sequence[Story] | None = None,
    generated_at: str | None = None,
    title: str = N_("framing report"),
    data: SiteData | None = None,
    fingerprint: str | None = None,
) -> Path:
    """Write the report site into `out_dir` atomically and return the path of its index page.

    `fingerprint` (framing.render.site_state.site_fingerprint of the inputs): recorded in the manifest
    with every file's size, and the profiles stored beside the pages, so that the next run with the same
    inputs can tell the site is up to date (framing.render.site_state.current_site) and skip this.
    """
    if data is None:
        data = collect_site_data(
            analyses,
            by=by,
            seed=seed,
            n_boot=n_boot,
            profiles=profiles,
            stories=stories,
            generated_at=generated_at,
            title=title,
        )
    out_dir = Path(out_dir)
    delay = float(os.environ.get(WRITE_DELAY_ENV) or 0)
    files: dict[str, int] = {}
    manifest: dict[str, Any] = {} if fingerprint is None else {"fingerprint": fingerprint, "files": files}
    with atomic_directory(out_dir, manifest) as staging:
        for relpath, html in render_pages(data):
            path = contained_path(staging, *relpath.split("/"))
            path.parent.mkdir(parents=True, exist_ok=True)
            payload = html.encode("utf-8", "replace")
            path.write_bytes(payload)
            files[relpath] = len(payload)
            if delay:
                time.sleep(delay)
        if fingerprint is not None:
            payload = profiles_to_json(data.profiles).encode("utf-8")
            (staging / PROFILES_FILE).write_bytes(payload)
            files[PROFILES_FILE] = len(payload)
    return out_dir / "index.html"


# --------------------------------------------------------------------------------------------------
# Page rendering


def _framing_version() -> str:
    try:
        return version("framing")
    except PackageNotFoundError:
        return "dev"


@lru_cache(maxsize=len(LANGUAGES))
def _env(lang: str) -> Environment:
    """One environment per interface language: Jinja caches imported templates (macros.html.j2) with the
    gettext functions they were first rendered with, so languages must not share one."""
    env = Environment(
        loader=PackageLoader("framing.render", "templates"),
        extensions=["jinja2.ext.i18n"],  # {% trans %} and _(): the interface catalogue (framing.i18n)
        autoescape=True,  # every template, whatever its name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["label_of"] = label_of
    # Numbers, shares and dates in the interface language's notation ("1 234", "12 %", "3 octobre 2025").
    env.filters["number"] = format_integer
    env.filters["percent"] = lambda share: format_percent(share, 0)
    env.filters["date"] = format_date
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    return env


@lru_cache(maxsize=1)
def _assets() -> tuple[Markup, Markup, str]:
    """Inline CSS, inline JS, and the script's CSP hash (so no other script can run)."""
    static = resources.files("framing.render").joinpath("static")
    css = static.joinpath("report.css").read_text("utf-8")
    js = static.joinpath("report.js").read_text("utf-8")
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    return Markup(css), Markup(js), f"'sha256-{digest}'"


class _Site:
    """Names and cross-links of every page, decided once so all pages agree."""

    def __init__(self, data: SiteData) -> None:
        self.data = data
        self.group_dir = "outlets" if data.by == "outlet" else "groups"
        article_names, group_names, story_names = UniqueNames(), UniqueNames(), UniqueNames()
        self.article_page = [
            f"articles/{article_names.get(i, a.article.id or 'article')}.html" for i, a in enumerate(data.analyses)
        ]
        self.by_id = _index_by_id(data.analyses)
        self.group_page = {p.group: f"{self.group_dir}/{group_names.get(p.group, p.group)}.html" for p in data.profiles}
        # Only a story told by several articles gets a page; a single article is its own page.
        self.story_page = {
            s.id: f"stories/{story_names.get(s.id, s.label or s.id)}.html"
            for s in data.stories
            if len(self.members(s.article_ids)) > 1
        }
        self.story_of: dict[int, Story] = {}
        for story in data.stories:
            for aid in story.article_ids:
                for i in self.by_id.get(aid, []):
                    self.story_of.setdefault(i, story)
        self.headline = _headline(data.metrics, data.headline)
        self.exercise_page: dict[str, str] = {}
        if data.exercise:
            from .exercise import exercise_paths

            self.exercise_page = exercise_paths(self)
        self._evidence: OrderedDict[int, list[EvidenceItem]] = OrderedDict()  # the last few articles only
        self.metric = {m.name: m for m in data.metrics}

    def evidence(self, i: int) -> list[EvidenceItem]:
        """Evidence of article i, kept for the last few articles (a story page shows it twice), not for
        the whole corpus."""
        if i in self._evidence:
            self._evidence.move_to_end(i)
        else:
            self._evidence[i] = article_evidence(self.data.analyses[i])
            if len(self._evidence) > EVIDENCE_KEPT:
                self._evidence.popitem(last=False)
        return self._evidence[i]

    def members(self, article_ids: Sequence[str]) -> list[int]:
        """Analysis indexes for ids (duplicate ids: each index once, in corpus order)."""
        seen: set[int] = set()
        out = []
        for aid in article_ids:
            for i in self.by_id.get(aid, []):
                if i not in seen:
                    seen.add(i)
                    out.append(i)
        return sorted(out)

    def group_members(self, profile: GroupProfile) -> list[int]:
        if profile.article_ids:
            return self.members(profile.article_ids)
        return [
            i for i, a in enumerate(self.data.analyses) if str(getattr(a.article, self.data.by, "")) == profile.group
        ]


def render_pages(data: SiteData) -> Iterator[tuple[str, str]]:
    """(relative path, HTML) for every page of the site, in a fixed order."""
    site = _Site(data)
    css, js, script_hash = _assets()
    # The active language (set by the caller, e.g. `framing report --ui fr`) for every page.
    env = _env(current_language())
    common = {
        "ui_lang": current_language(),
        "css": css,
        "js": js,
        "script_hash": script_hash,
        "title_prefix": _(data.title),
        "version": _framing_version(),
        "generated_at": data.generated_at,
        "group_dir": site.group_dir,
        "by": data.by,
        "by_name": grouping_name(data.by),
        "has_exercises": data.exercise,
        "families": [(f, label_of("families", f), label_of("families", f, "description")) for f in FAMILIES],
    }

    def page(template: str, relpath: str, **context: Any) -> tuple[str, str]:
        root = "../" * relpath.count("/")
        html = env.get_template(template).render(**common, root=root, here=relpath, **context)
        return relpath, html

    yield page("index.html.j2", "index.html", **_index_context(site))
    all_groups = _sorted_profiles(data.profiles)
    yield page(
        "groups.html.j2",
        f"{site.group_dir}/index.html",
        page_title=(
            _("All outlets") if data.by == "outlet" else _("All groups ({by})").format(by=grouping_name(data.by))
        ),
        metrics=site.headline,
        rows=_profile_rows(site, all_groups, site.headline, link=True),
    )
    for profile in data.profiles:
        yield page("group.html.j2", site.group_page[profile.group], **_group_context(site, profile))
    yield page(
        "stories.html.j2", "stories/index.html", page_title=_("All stories"), stories=_story_rows(site, data.stories)
    )
    for story in data.stories:
        if story.id in site.story_page:
            yield page("story.html.j2", site.story_page[story.id], **_story_context(site, story))
    yield page(
        "articles.html.j2",
        "articles/index.html",
        page_title=_("All articles"),
        articles=[_article_row(site, i) for i in range(len(data.analyses))],
    )
    for i in range(len(data.analyses)):
        yield page("article.html.j2", site.article_page[i], **_article_context(site, i))
    if data.exercise:
        from .exercise import exercise_pages

        yield from exercise_pages(site, page, _article_title)


def _tick(value: float) -> str:
    return format_number(value)


def _index_by_id(analyses: Sequence[ArticleAnalysis]) -> dict[str, list[int]]:
    by_id: dict[str, list[int]] = defaultdict(list)
    for i, analysis in enumerate(analyses):
        by_id[analysis.article.id].append(i)
    return by_id


def _headline(metrics: Sequence[MetricInfo], headline: Sequence[str]) -> list[MetricInfo]:
    names = {m.name: m for m in metrics}
    chosen = [names[n] for n in headline if n in names]
    if len(chosen) < 3:
        chosen += [m for m in metrics if m not in chosen]
    return chosen[:MAX_HEADLINE]


def _cell(metric: MetricInfo, profile: GroupProfile) -> dict[str, Any]:
    est = profile.metrics.get(metric.name)
    value = est.value if est else None
    has_interval = bool(est and not profile.too_small and est.low is not None and est.high is not None)
    return {
        "value": metric.format(value),
        "interval": f"{metric.format(est.low)}–{metric.format(est.high)}" if has_interval and est else None,
        "missing": value is None,
    }


def _profile_rows(
    site: _Site, profiles: Sequence[GroupProfile], metrics: Sequence[MetricInfo], *, link: bool
) -> list[dict[str, Any]]:
    rows = []
    for p in profiles:
        rows.append(
            {
                "group": display_name(p.group),
                "href": site.group_page.get(p.group) if link else None,
                "articles": p.articles,
                "words": p.words,
                "too_small": p.too_small,
                "cells": [_cell(m, p) for m in metrics],
            }
        )
    return rows


def _sorted_profiles(profiles: Sequence[GroupProfile]) -> list[GroupProfile]:
    return sorted(profiles, key=lambda p: (p.too_small, -p.articles, p.group))


def _index_context(site: _Site) -> dict[str, Any]:
    data = site.data
    analyses = data.analyses
    profiles = _sorted_profiles(data.profiles)
    langs = Counter(a.article.lang for a in analyses)
    dates = sorted(a.article.date for a in analyses if a.article.date)
    chart_list = []
    shown_note = (
        " "
        + _("Only the {shown} largest of {total} groups are drawn.").format(shown=charts.MAX_ROWS, total=len(profiles))
        if len(profiles) > charts.MAX_ROWS
        else ""
    )
    chart_metrics = [site.metric[n] for n in CHART_METRICS if n in site.metric] or site.headline[:4]
    for n, metric in enumerate(chart_metrics):
        rows = []
        for p in profiles:
            est = p.metrics.get(metric.name)
            if est is not None:
                rows.append(charts.IntervalRow(display_name(p.group), est.value, est.low, est.high, p.too_small))
        svg = charts.interval_chart(
            rows,
            chart_id=f"chart-m{n}",
            title=metric.label,
            formatter=metric.format,
            tick_formatter=metric.format if metric.is_share else _tick,
            description=_("{metric} per {by}, with {level} intervals; values are in the table above.").format(
                metric=metric.label, by=grouping_name(data.by), level=format_percent(0.95, 0)
            ),
        )
        if svg is not None:
            chart_list.append({"svg": svg, "caption": (metric.description or metric.label) + shown_note})
    speaker_rows = [(display_name(p.group), p.speaker_types) for p in profiles]
    mix = charts.share_chart(
        speaker_rows,
        categories=list(labels()["speaker_types"]),
        category_labels={k: label_of("speaker_types", k) for k in labels()["speaker_types"]},
        chart_id="chart-speakers",
        title=_("Who is given a voice, per {by}").format(by=grouping_name(data.by)),
        description=_("Share of attributions by speaker type, per {by}.").format(by=grouping_name(data.by)),
    )
    if mix is not None:
        chart_list.append(
            {"svg": mix, "caption": _("Attributions by speaker type (share of all attributions).") + shown_note}
        )
    multi = [s for s in data.stories if len(set(s.outlets)) > 1]
    return {
        "page_title": _(data.title),
        "summary": {
            "articles": len(analyses),
            "groups": len(profiles),
            "words": sum(a.article.words for a in analyses),
            "langs": sorted(langs.items()),
            "date_from": dates[0] if dates else None,
            "date_to": dates[-1] if dates else None,
            "stories": len(data.stories),
            "multi_stories": len(multi),
            "too_small": sum(p.too_small for p in profiles),
        },
        "metrics": site.headline,
        "rows": _profile_rows(site, profiles[:INDEX_GROUP_LIMIT], site.headline, link=True),
        "more_groups": max(0, len(profiles) - INDEX_GROUP_LIMIT),
        "charts": chart_list,
        "stories": _story_rows(
            site, sorted(multi, key=lambda s: (-len(set(s.outlets)), -len(s.article_ids), s.id))[:INDEX_STORY_LIMIT]
        ),
        "more_stories": max(0, len(multi) - INDEX_STORY_LIMIT),
        "notes": data.notes,
    }


def _story_rows(site: _Site, stories: Sequence[Story]) -> list[dict[str, Any]]:
    return [
        {
            "label": display_name(s.label or s.id),
            "href": site.story_page.get(s.id) or _first_article_page(site, s),
            "outlets": sorted({display_name(o) for o in s.outlets}),
            "articles": len(site.members(s.article_ids)),
            "lang": _story_language(site, s),
        }
        for s in stories
    ]


def _story_language(site: _Site, story: Story) -> str:
    """The language a story's label is in (it comes from its articles): their most common one."""
    langs = Counter(site.data.analyses[i].article.lang or "und" for i in site.members(story.article_ids))
    return langs.most_common(1)[0][0] if langs else "und"


def _first_article_page(site: _Site, story: Story) -> str:
    members = site.members(story.article_ids)
    return site.article_page[members[0]] if members else "stories/index.html"


def _article_row(site: _Site, i: int) -> dict[str, Any]:
    a = site.data.analyses[i]
    return {
        "title": _article_title(a),
        "href": site.article_page[i],
        "outlet": display_name(a.article.outlet),
        "outlet_href": site.group_page.get(a.article.outlet) if site.data.by == "outlet" else None,
        "date": a.article.date,
        "lang": a.article.lang,
        "words": a.article.words,
        "loaded": len(a.loaded),
        "hedges": sum(h.counted for h in a.hedges),
        "attributions": len(a.attributions),
    }


def display_name(name: str | None, empty: str | None = None) -> str:
    """A corpus label as one line of visible text: control characters dropped, blanks named."""
    cleaned = " ".join("".join(ch for ch in (name or "") if ch.isprintable() or ch.isspace()).split())
    return cleaned or (_("(blank)") if empty is None else empty)


def _web_url(url: str | None) -> str | None:
    """A corpus URL becomes a link only if it is plain http(s): never javascript:, data: or file:."""
    if not url:
        return None
    cleaned = url.strip()
    scheme = cleaned.split(":", 1)[0].lower() if ":" in cleaned else ""
    if (
        scheme in ("http", "https")
        and cleaned.lower().startswith(f"{scheme}://")
        and not any(c.isspace() or ord(c) < 32 for c in cleaned)
    ):
        return cleaned
    return None


TITLE_FROM_TEXT = 90


def _article_title(a: ArticleAnalysis) -> str:
    """The title, else the opening words of the text (a reader knows an article by its lead, not its
    file name), else the file name or id."""
    if a.article.title and display_name(a.article.title, ""):
        return display_name(a.article.title)
    opening = display_name(a.text[: TITLE_FROM_TEXT * 3], "")
    if opening:
        if len(opening) <= TITLE_FROM_TEXT:
            return opening
        cut = opening[:TITLE_FROM_TEXT].rsplit(" ", 1)[0]
        return cut.rstrip(" ,;:") + "…"
    if a.article.path:
        return Path(a.article.path).name
    return a.article.id or _("(untitled)")


def _group_context(site: _Site, profile: GroupProfile) -> dict[str, Any]:
    members = site.group_members(profile)
    examples = []
    for i in members:
        a = site.data.analyses[i]
        for k, attr in enumerate(a.attributions):
            if attr.gives_voice and (attr.speaker_type == "anonymous" or attr.relays_anonymous):
                examples.append(
                    _snippet(a.text, attr.start, attr.end)
                    | {
                        "href": f"{site.article_page[i]}#attr-{k}",
                        "title": _article_title(a),
                        "speaker": attr.speaker,
                        "relays": attr.relays_anonymous and attr.speaker_type != "anonymous",
                        "lang": a.article.lang or "und",
                    }
                )
            if len(examples) >= ANONYMOUS_EXAMPLES:
                break
        if len(examples) >= ANONYMOUS_EXAMPLES:
            break
    total_attr = sum(profile.speaker_types.values())
    speaker_rows = [
        {
            "label": label_of("speaker_types", k),
            "short": speaker_short(k),
            "count": profile.speaker_types.get(k, 0),
            "share": (profile.speaker_types.get(k, 0) / total_attr) if total_attr else 0.0,
        }
        for k in labels()["speaker_types"]
    ]
    total_stance = sum(profile.stances.values())
    stance_rows = [
        {"label": label_of("stances", k), "count": v, "share": v / total_stance if total_stance else 0.0}
        for k, v in sorted(profile.stances.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    metric_groups: dict[str, list[dict[str, Any]]] = {}
    for m in site.data.metrics:
        cell = _cell(m, profile)
        heading = FAMILY_HEADINGS.get(m.family)
        family = _(heading) if heading else m.family.replace("_", " ").capitalize() or _("Other")
        metric_groups.setdefault(family, []).append({"label": m.label, "description": m.description, **cell})
    named: Counter[str] = Counter()
    quoted_words: Counter[str] = Counter()
    for i in members:
        a = site.data.analyses[i]
        for attr in a.attributions:
            if attr.speaker_type == "named_person" and attr.speaker.strip():
                named[" ".join(attr.who.split())] += 1
        for quote in a.quotes:
            if quote.attribution is not None and 0 <= quote.attribution < len(a.attributions):
                attr = a.attributions[quote.attribution]
                if attr.speaker_type == "named_person" and attr.speaker.strip():
                    quoted_words[" ".join(attr.who.split())] += quote.words or len(quote.text.split())
    return {
        "page_title": display_name(profile.group),
        "profile": profile,
        "metric_groups": list(metric_groups.items()),
        "speaker_rows": speaker_rows,
        "stance_rows": stance_rows,
        "top_speakers": [
            (name, n, quoted_words[name]) for name, n in sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[:15]
        ],
        "terms": [(t, format_decimal(z, 1)) for t, z in profile.distinctive_terms[:25]],
        # The language of the group's own words (distinctive lemmas): its articles' most common one.
        "data_lang": Counter(site.data.analyses[i].article.lang or "und" for i in members).most_common(1)[0][0]
        if members
        else "und",
        "examples": examples,
        "articles": [_article_row(site, i) for i in members],
    }


def _snippet(text: str, start: int, end: int) -> dict[str, str]:
    """The cue with some context either side, cut at word boundaries, for an example list."""
    left = max(0, start - SNIPPET_CONTEXT)
    right = min(len(text), end + SNIPPET_CONTEXT)
    before, after = text[left:start], text[end:right]
    if left > 0 and " " in before:
        before = "…" + before.split(" ", 1)[1]
    if right < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + "…"
    return {
        "before": " ".join(before.split()) + (" " if before[-1:].isspace() else ""),
        "cue": text[start:end],
        "after": (" " if after[:1].isspace() else "") + " ".join(after.split()),
    }


def _article_context(site: _Site, i: int) -> dict[str, Any]:
    a = site.data.analyses[i]
    items = site.evidence(i)
    story = site.story_of.get(i)
    skipped = len(check_offsets(a.text, [it.highlight for it in items]))
    counts = Counter(item.family for item in items)
    categories = Counter((item.highlight.css, item.label) for item in items if item.family == "loaded")
    return {
        "page_title": _article_title(a),
        "a": a,
        "title": _article_title(a),
        "source_url": _web_url(a.article.url),
        "outlet": display_name(a.article.outlet),
        "outlet_href": site.group_page.get(a.article.outlet) if site.data.by == "outlet" else None,
        "story_href": site.story_page.get(story.id) if story else None,
        "exercise_href": site.exercise_page.get(story.id) if story else None,
        "story_label": (story.label or story.id) if story else None,
        "body": render_highlighted(a.text, [it.highlight for it in items]),
        "items": items,
        "counts": counts,
        "categories": [(css, label, n) for (css, label), n in sorted(categories.items(), key=lambda kv: kv[0][1])],
        "speaker_legend": [(speaker_short(k), label_of("speaker_types", k), k) for k in labels()["speaker_types"]],
        "scores": _score_rows(site, a),
        "source_name": Path(a.article.path).name if a.article.path else a.article.id,
        "skipped": skipped,
    }


def _score_rows(site: _Site, a: ArticleAnalysis) -> list[tuple[str, str]]:
    """The article's own scores, labelled like the profile metrics of the same name."""
    rows = []
    for key, value in a.scores.items():
        info = site.metric.get(key) or MetricInfo(key, key.replace("_", " "))
        rows.append((info.label, info.format(value)))
    return rows


def _story_context(site: _Site, story: Story) -> dict[str, Any]:
    members = site.members(story.article_ids)
    profiles = _sorted_profiles(site.data.story_profiles.get(story.id, []))
    first_per_outlet: dict[str, int] = {}
    for i in members:
        first_per_outlet.setdefault(site.data.analyses[i].article.outlet, i)
    shown = sorted(list(first_per_outlet.values())[:STORY_COLUMNS])
    extra = [i for i in members if i not in shown]
    shown = sorted(shown + extra[: max(0, STORY_COLUMNS - len(shown))])
    # Table columns in the same order as the texts below them.
    first_seen = {}
    for i in shown:
        first_seen.setdefault(site.data.analyses[i].article.outlet, len(first_seen))
    profiles = sorted(profiles, key=lambda p: (first_seen.get(p.group, len(first_seen)), p.group))
    columns = []
    for n, i in enumerate(shown):
        a = site.data.analyses[i]
        items = site.evidence(i)
        columns.append(
            {
                "title": _article_title(a),
                "href": site.article_page[i],
                "outlet": display_name(a.article.outlet),
                "date": a.article.date,
                "words": a.article.words,
                "prefix": f"a{n}-",
                "lang": a.article.lang or "und",
                "body": render_highlighted(a.text, [it.highlight for it in items], prefix=f"a{n}-"),
                "evidence": items,
            }
        )
    metrics = site.headline
    table = []
    for m in metrics:
        table.append({"label": m.label, "description": m.description, "cells": [_cell(m, p) for p in profiles]})
    return {
        "page_title": display_name(story.label or story.id),
        "exercise_href": site.exercise_page.get(story.id),
        "story_lang": _story_language(site, story),
        "story": story,
        "outlets": [
            {
                "group": display_name(p.group),
                "href": site.group_page.get(p.group) if site.data.by == "outlet" else None,
                "articles": p.articles,
                "too_small": p.too_small,
            }
            for p in profiles
        ],
        "table": table,
        "n_outlets": len({site.data.analyses[i].article.outlet for i in members}),
        "n_articles": len(members),
        "columns": columns,
        "ncols": min(len(columns), 3),
        "not_shown": [_article_row(site, i) for i in members if i not in shown],
    }
