"""Per-outlet (or per-language, -year, -month, -story) profiles with 95% bootstrap intervals.

Each metric is defined per article as a pair (count, base), and a group's figure is the ratio of
sums over its articles (see framing.stats for why). Rates in the reporter's voice are per 1,000 of
the reporter's own words as each family reads a voice, and rates inside quotes per 1,000 quoted
words, so an outlet that quotes or reports a lot is not made to look more loaded or hedged in its own
voice, or less. Loaded hits keep two voices (a hit in reported speech is the reporter's word choice,
its speaker said by `attributed`): their reporter base is the words outside quotes. A hedge or booster
in reported speech is the speaker's (`reported`, round 32): their reporter base also leaves out the
words of reported speech (`ArticleInfo.reported_words`, round 34), and their speakers' rates count the
cues quoted or reported over the words of quotations and reported speech (round 35). The bases are
computed in framing.voice_bases, for the article's own `scores` too.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .i18n import N_, _
from .readability import FORMULAS
from .types import SPEAKER_TYPES, STANCES, ArticleAnalysis, GroupProfile, Story
from .voice_bases import SPEAKER_VOICES, voice_bases
from .voice_bases import quote_words as quote_words  # re-exported: callers have imported it from here

if TYPE_CHECKING:
    from .summaries import ArticleSummary

GROUPINGS: tuple[str, ...] = ("outlet", "lang", "year", "month", "story")
# What the articles are grouped by, as the interface names it.
GROUPING_NAMES: dict[str, str] = {
    "outlet": N_("outlet"),
    "lang": N_("language"),
    "year": N_("year"),
    "month": N_("month"),
    "story": N_("story"),
}
UNKNOWN_DATE = "unknown date"


@dataclass(frozen=True)
class MetricSpec:
    label: str
    description: str
    unit: str  # "per 1k words", "share" (0-1, shown as %), "score"
    family: str  # loaded | hedging | attribution | stance | quotes | readability
    scale: float = 1.0


def _rate(label: str, description: str, family: str) -> MetricSpec:
    return MetricSpec(label, description, "per 1k words", family, 1000.0)


def _share(label: str, description: str, family: str) -> MetricSpec:
    return MetricSpec(label, description, "share", family, 1.0)


# Labels and descriptions are English msgids of the interface catalogue (N_ marks them for pybabel):
# `metric_spec` returns them translated, so every caller shows the active language.
SPEAKER_TEXTS: dict[str, tuple[str, str]] = {
    "named_person": (N_("named sources"), N_("Share of attributions whose speaker is a named person.")),
    "institution": (N_("institution sources"), N_("Share of attributions whose speaker is an institution.")),
    "document": (N_("document sources"), N_("Share of attributions whose source is a document.")),
    "media": (N_("media sources"), N_("Share of attributions whose source is another medium.")),
    "anonymous": (N_("anonymous sources"), N_("Share of attributions whose speaker is anonymous.")),
    "group": (N_("group sources"), N_("Share of attributions whose speaker is an unnamed group.")),
}
STANCE_TEXTS: dict[str, tuple[str, str]] = {
    "neutral": (N_("neutral verbs"), N_("Share of attributions with a neutral reporting verb (say).")),
    "assertive": (N_("assertive verbs"), N_("Share of attributions with an assertive reporting verb (assert).")),
    "distancing": (N_("distancing verbs"), N_("Share of attributions with a distancing reporting verb (claim).")),
    "concessive": (N_("concessive verbs"), N_("Share of attributions with a concessive reporting verb (admit).")),
    "revelatory": (N_("revelatory verbs"), N_("Share of attributions with a revelatory reporting verb (reveal).")),
}
SPEAKER_METRIC: dict[str, str] = {t: ("named_share" if t == "named_person" else f"{t}_share") for t in SPEAKER_TYPES}

METRICS: dict[str, MetricSpec] = {
    "loaded_per_1k": _rate(N_("loaded /1k"), N_("Loaded expressions per 1,000 words, all voices."), "loaded"),
    "loaded_reporter_per_1k": _rate(
        N_("loaded, reporter /1k"),
        N_("Loaded expressions in the reporter's voice per 1,000 words outside quotes."),
        "loaded",
    ),
    "loaded_quoted_per_1k": _rate(
        N_("loaded, quoted /1k"), N_("Loaded expressions inside quotes per 1,000 quoted words."), "loaded"
    ),
    "loaded_weighted_per_1k": _rate(
        N_("loaded, weighted /1k"),
        N_(
            "Loaded expressions per 1,000 words, each counted by its weight (1 = a typical loaded word; the "
            "weight of every hit is shown with it). The raw count is loaded /1k."
        ),
        "loaded",
    ),
    "hedges_per_1k": _rate(
        N_("hedges /1k"),
        N_("Counted hedges per 1,000 words (approximators and non-hedging conditionals excluded)."),
        "hedging",
    ),
    "hedges_reporter_per_1k": _rate(
        N_("hedges, reporter /1k"),
        N_(
            "Counted hedges in the reporter's own voice (neither quoted nor reported) per 1,000 of the reporter's "
            "own words (outside quotes and reported speech)."
        ),
        "hedging",
    ),
    "hedges_quoted_per_1k": _rate(
        N_("hedges, quoted /1k"), N_("Counted hedges inside quotes per 1,000 quoted words."), "hedging"
    ),
    "hedges_speakers_per_1k": _rate(
        N_("hedges, speakers /1k"),
        N_(
            "Counted hedges in the speakers' voices, quoted or reported (indirect speech), per 1,000 words of "
            "quotations and reported speech."
        ),
        "hedging",
    ),
    "boosters_per_1k": _rate(N_("boosters /1k"), N_("Boosters (certainty markers) per 1,000 words."), "hedging"),
    "boosters_reporter_per_1k": _rate(
        N_("boosters, reporter /1k"),
        N_(
            "Boosters in the reporter's own voice (neither quoted nor reported) per 1,000 of the reporter's own "
            "words (outside quotes and reported speech)."
        ),
        "hedging",
    ),
    "boosters_quoted_per_1k": _rate(
        N_("boosters, quoted /1k"), N_("Boosters inside quotes per 1,000 quoted words."), "hedging"
    ),
    "boosters_speakers_per_1k": _rate(
        N_("boosters, speakers /1k"),
        N_(
            "Boosters in the speakers' voices, quoted or reported (indirect speech), per 1,000 words of "
            "quotations and reported speech."
        ),
        "hedging",
    ),
    "attributions_per_1k": _rate(
        N_("attributions /1k"), N_("Attributions (someone said, according to...) per 1,000 words."), "attribution"
    ),
    **{SPEAKER_METRIC[t]: _share(*SPEAKER_TEXTS[t], "attribution") for t in SPEAKER_TYPES},
    "direct_share": _share(N_("direct speech"), N_("Share of attributions reported as direct speech."), "attribution"),
    "indirect_share": _share(
        N_("indirect speech"), N_("Share of attributions reported as indirect speech."), "attribution"
    ),
    **{f"stance_{s}_share": _share(*STANCE_TEXTS[s], "stance") for s in STANCES},
    "quoted_share": _share(N_("words in quotes"), N_("Share of the article's words inside quotation marks."), "quotes"),
    "reading_ease": MetricSpec(
        N_("reading ease"), N_("Mean reading ease over articles (0-100, higher is easier)"), "score", "readability", 1.0
    ),
}
# Per-category loaded metrics: label and description patterns by voice ({category}: its display name).
CATEGORY_TEXTS: dict[str, tuple[str, str]] = {
    "all": (N_("{category} /1k"), N_("Loaded expressions of category '{category}' per 1,000 words.")),
    "reporter": (
        N_("{category}, reporter /1k"),
        N_("Loaded expressions of category '{category}' in the reporter's voice per 1,000 words outside quotes."),
    ),
    "quoted": (
        N_("{category}, quoted /1k"),
        N_("Loaded expressions of category '{category}' inside quotes per 1,000 quoted words."),
    ),
}

# Metrics shown when the user does not choose with --metric: overall and reporter-voice rates of the
# two span families, the source mix, quoting and readability (`--metric list` shows the others).
DEFAULT_METRICS: tuple[str, ...] = (
    "loaded_per_1k",
    "loaded_reporter_per_1k",
    "hedges_per_1k",
    "hedges_reporter_per_1k",
    "anonymous_share",
    "named_share",
    "quoted_share",
    "reading_ease",
)

_CATEGORY_METRIC = re.compile(r"^loaded\.(?P<category>.+)\.(?P<voice>all|reporter|quoted)_per_1k$")


def category_metric(category: str, voice: str) -> str:
    """Name of the metric for one loaded-vocabulary category; voice is all, reporter or quoted."""
    return f"loaded.{category}.{voice}_per_1k"


def grouping_name(by: str) -> str:
    """The grouping field ("outlet", "year"...) in the interface language; an unknown field as given."""
    return _(GROUPING_NAMES[by]) if by in GROUPING_NAMES else by


def metric_spec(name: str) -> MetricSpec:
    """Spec of a fixed metric (METRICS) or of a per-category loaded metric (loaded.<cat>.<voice>_per_1k),
    its label and description in the interface language."""
    if name in METRICS:
        spec = METRICS[name]
        description = _(spec.description)
        if name == "reading_ease":  # the formula of each language
            formulas = "; ".join(_("{key}: {value}").format(key=k, value=_(v)) for k, v in FORMULAS.items())
            description = _("{key}: {value}").format(key=description, value=formulas)
        return dataclasses.replace(spec, label=_(spec.label), description=description)
    match = _CATEGORY_METRIC.match(name)
    if not match:
        raise KeyError(name)
    category, voice = match["category"], match["voice"]
    from .render.evidence import label_of  # the category's display name (a lexicon's own category: its key)

    shown = label_of("loaded_categories", category).lower() if category in _known_categories() else category
    label, description = CATEGORY_TEXTS[voice]
    return _rate(_(label).format(category=shown), _(description).format(category=shown), "loaded")


def _known_categories() -> set[str]:
    from .render.evidence import labels

    return set(labels().get("loaded_categories", {}))


def loaded_categories(analyses: Iterable[ArticleAnalysis]) -> list[str]:
    return sorted({hit.category for a in analyses for hit in a.loaded})


def metric_names(analyses: Sequence[ArticleAnalysis]) -> list[str]:
    """Every metric for this corpus: the fixed ones, then three per loaded category found."""
    names = list(METRICS)
    for category in loaded_categories(analyses):
        names.extend(category_metric(category, v) for v in ("all", "reporter", "quoted"))
    return names


def article_components(analysis: ArticleAnalysis, categories: Sequence[str] = ()) -> dict[str, tuple[float, float]]:
    """(count, base) of every metric for one article; a group's figure is sum(count)/sum(base)."""
    words = analysis.article.words
    bases = voice_bases(words, analysis.quotes, analysis.article.reported_words)
    quoted, reporter, own = bases.quoted, bases.reporter, bases.own
    base = {"all": words, "reporter": reporter, "quoted": quoted}
    out: dict[str, tuple[float, float]] = {}

    def voiced(prefix: str, items: Sequence, reporter_base: int) -> None:
        out[f"{prefix}_per_1k"] = (len(items), base["all"])
        out[f"{prefix}_reporter_per_1k"] = (sum(x.voice == "reporter" for x in items), reporter_base)
        out[f"{prefix}_quoted_per_1k"] = (sum(x.voice == "quoted" for x in items), base["quoted"])

    voiced("loaded", analysis.loaded, reporter)
    out["loaded_weighted_per_1k"] = (sum(h.weight for h in analysis.loaded), base["all"])
    for prefix, cues in (("hedges", analysis.hedges), ("boosters", analysis.boosters)):
        counted = [c for c in cues if c.counted]
        voiced(prefix, counted, own)
        out[f"{prefix}_speakers_per_1k"] = (sum(c.voice in SPEAKER_VOICES for c in counted), bases.speakers)
    attributions = [a for a in analysis.attributions if a.gives_voice]
    out["attributions_per_1k"] = (len(attributions), words)
    n_attr = len(attributions)
    types = Counter(a.speaker_type for a in attributions)
    for speaker_type, name in SPEAKER_METRIC.items():
        out[name] = (types[speaker_type], n_attr)
    forms = Counter(a.form for a in attributions)
    out["direct_share"] = (forms["direct"], n_attr)
    out["indirect_share"] = (forms["indirect"], n_attr)
    stances = Counter(a.stance for a in attributions if a.stance)
    n_stance = sum(stances.values())
    for stance in STANCES:
        out[f"stance_{stance}_share"] = (stances[stance], n_stance)
    out["quoted_share"] = (quoted, words)
    ease = analysis.readability.get("reading_ease") if analysis.readability else None
    out["reading_ease"] = (float(ease), 1.0) if ease is not None else (0.0, 0.0)
    for category in categories:
        hits = [h for h in analysis.loaded if h.category == category]
        out[category_metric(category, "all")] = (len(hits), base["all"])
        out[category_metric(category, "reporter")] = (sum(h.voice == "reporter" for h in hits), base["reporter"])
        out[category_metric(category, "quoted")] = (sum(h.voice == "quoted" for h in hits), base["quoted"])
    return out


def article_values(analysis: ArticleAnalysis, categories: Sequence[str] = ()) -> dict[str, float | None]:
    """Each metric for one article on its own (None where the article has no base for it)."""
    values: dict[str, float | None] = {}
    for name, (num, den) in article_components(analysis, categories).items():
        values[name] = num / den * metric_spec(name).scale if den > 0 else None
    return values


def readability_formulas(analyses: Iterable[ArticleAnalysis]) -> dict[str, str]:
    """lang -> formula actually used for the analyses' reading ease (French and English differ)."""
    formulas: dict[str, str] = {}
    for a in analyses:
        formula = (a.readability or {}).get("formula")
        if formula:
            formulas.setdefault(a.article.lang, formula)
    return formulas


def group_key(analysis: ArticleAnalysis | ArticleSummary, by: str, story_of: Mapping[str, str] | None = None) -> str:
    """The group an article belongs to (its outlet, language, year, month or story)."""
    info = analysis.article
    if by == "outlet":
        return info.outlet
    if by == "lang":
        return info.lang or "unknown"
    if by in ("year", "month"):
        date = (info.date or "").strip()
        width = 4 if by == "year" else 7
        pattern = r"\d{4}" if by == "year" else r"\d{4}-\d{2}"
        return date[:width] if re.match(pattern, date) else UNKNOWN_DATE
    if by == "story":
        return (story_of or {}).get(info.id, "no story")
    raise ValueError(f"unknown grouping {by!r}; choose from {', '.join(GROUPINGS)}")


def group_analyses(
    analyses: Sequence[ArticleAnalysis], by: str = "outlet", stories: list[Story] | None = None
) -> dict[str, list[ArticleAnalysis]]:
    """Analyses by group, groups sorted by name (stories: in story order)."""
    story_of: dict[str, str] | None = None
    if by == "story":
        if stories is None:
            from .stories import group_stories

            stories = group_stories(analyses)
        story_of = {aid: s.id for s in stories for aid in s.article_ids}
    groups: dict[str, list[ArticleAnalysis]] = defaultdict(list)
    for analysis in analyses:
        groups[group_key(analysis, by, story_of)].append(analysis)
    return dict(sorted(groups.items(), key=lambda item: (item[0].casefold(), item[0])))


def build_profiles(
    analyses: Sequence[ArticleAnalysis],
    by: str = "outlet",
    *,
    seed: int = 0,
    n_boot: int = 2000,
    stories: list[Story] | None = None,
    prior: str = "corpus",
    alpha0: float | None = None,
    top_terms: int = 15,
) -> list[GroupProfile]:
    """One profile per group, with a 95% percentile-bootstrap interval on every metric.

    Same seed, same intervals. Groups with fewer than 3 articles get no intervals and too_small=True.
    Distinctive terms: each group against the rest of the corpus (framing.distinctive). Each analysis
    is reduced to its figures (framing.summaries) first: the same computation `compare` makes from
    summaries alone.
    """
    from .summaries import profile_data

    story_of: dict[str, str] | None = None
    if by == "story":
        if stories is None:
            from .stories import group_stories

            stories = group_stories(analyses)
        story_of = {aid: s.id for s in stories for aid in s.article_ids}
    data = profile_data(analyses, by, story_of=story_of)
    return data.profiles(seed=seed, n_boot=n_boot, prior=prior, alpha0=alpha0, top_terms=top_terms)


def group_formulas(profiles: Sequence[GroupProfile], analyses: Sequence[ArticleAnalysis]) -> dict[str, str]:
    """group -> the reading-ease formula(s) its articles used ("fr: ...; en: ..." when mixed)."""
    group_of = {i: p.group for p in profiles for i in p.article_ids}
    found: dict[str, dict[str, str]] = {p.group: {} for p in profiles}
    for a in analyses:  # one pass, in input order: a spilled corpus is read, not held
        formula = (a.readability or {}).get("formula")
        group = group_of.get(a.article.id)
        if formula and group is not None:
            found[group].setdefault(a.article.lang, formula)
    return {
        group: "; ".join(f"{lang}: {f}" for lang, f in sorted(formulas.items())) for group, formulas in found.items()
    }


def profile_rows(
    profiles: Sequence[GroupProfile], names: Sequence[str], formulas: dict[str, str] | None = None
) -> list[dict[str, object]]:
    """Tidy rows (one per group x metric) for CSV/JSON output; `note` names the reading-ease formula."""
    rows: list[dict[str, object]] = []
    for p in profiles:
        for name in names:
            est = p.metrics.get(name)
            spec = metric_spec(name)
            rows.append(
                {
                    "by": p.by,
                    "group": p.group,
                    "articles": p.articles,
                    "words": p.words,
                    "metric": name,
                    "unit": spec.unit,
                    "value": None if est is None else est.value,
                    "low": None if est is None else est.low,
                    "high": None if est is None else est.high,
                    "too_small": p.too_small,
                    "note": (formulas or {}).get(p.group) if name == "reading_ease" else None,
                }
            )
    return rows
