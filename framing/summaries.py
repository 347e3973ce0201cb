"""Per-article figures for profiles: what `compare` needs of an analysis, and nothing more.

Why: a group's figure is a ratio of sums over its articles and its interval comes from resampling
articles (framing.profiles, framing.stats), so a profile needs each article's (count, base) pairs and
a few tallies (speaker types, stances, quoted words, speakers, content lemmas), never its spans or
its text. `summarise` reduces an analysis to an `ArticleSummary` where the analysis is made (on the
Dask or pool worker, or as a cached analysis is read back), and `ProfileData` folds summaries as they
arrive, keeping per group only columns of numbers and counters: a corpus of millions of articles is
profiled without holding one analysis more than a batch at a time.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .render.text import one_line
from .types import SPEAKER_TYPES, ArticleAnalysis, ArticleInfo, Estimate, GroupProfile

VOICES: tuple[str, ...] = ("all", "reporter", "quoted")


@dataclass(frozen=True)
class ArticleSummary:
    """One article as profiles see it: the figures of framing.profiles.article_components, by value.

    `components` holds (count, base) of every fixed metric (framing.profiles.METRICS) flattened in
    that order; `categories` the loaded hits per category in each voice (their bases are those of
    `loaded_per_1k`, `loaded_reporter_per_1k` and `loaded_quoted_per_1k`). Tallies keep the order in
    which their keys first occur in the article, so that folding them keeps the corpus's order.
    """

    article: ArticleInfo
    components: tuple[float, ...]
    categories: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    speaker_types: dict[str, int] = field(default_factory=dict)
    stances: dict[str, int] = field(default_factory=dict)
    quoted_words_by_type: dict[str, int] = field(default_factory=dict)
    speakers: dict[str, int] = field(default_factory=dict)
    lemmas: dict[str, int] = field(default_factory=dict)  # content lemmas, the language's stop words removed
    formula: str | None = None  # the reading-ease formula used
    warnings: list[str] = field(default_factory=list)


def fixed_metrics() -> tuple[str, ...]:
    """The order of ArticleSummary.components: framing.profiles.METRICS."""
    from .profiles import METRICS

    return tuple(METRICS)


def summarise(analysis: ArticleAnalysis) -> ArticleSummary:
    """The figures profiles need of one analysis (see ArticleSummary)."""
    from .distinctive import stop_words
    from .profiles import article_components
    from .voice_bases import quote_words

    components = article_components(analysis)
    flat: list[float] = []
    for name in fixed_metrics():
        count, base = components[name]
        flat.extend((float(count), float(base)))
    categories: dict[str, list[int]] = {}
    for hit in analysis.loaded:
        row = categories.setdefault(hit.category, [0, 0, 0])
        row[0] += 1
        row[1] += hit.voice == "reporter"
        row[2] += hit.voice == "quoted"
    attributions = analysis.attributions
    quoted: Counter[str] = Counter()
    for quote in analysis.quotes:
        kind = "unattributed"
        if quote.attribution is not None and 0 <= quote.attribution < len(attributions):
            kind = attributions[quote.attribution].speaker_type
        quoted[kind] += quote_words(quote)
    stops = stop_words(analysis.article.lang or "")
    return ArticleSummary(
        article=analysis.article,
        components=tuple(flat),
        categories={c: (a, r, q) for c, (a, r, q) in categories.items()},
        speaker_types=dict(Counter(attr.speaker_type for attr in attributions if attr.gives_voice)),
        stances=dict(Counter(attr.stance for attr in attributions if attr.stance)),
        quoted_words_by_type=dict(quoted),
        speakers=dict(Counter(one_line(attr.who) for attr in attributions if attr.who.strip())),
        lemmas={lemma: n for lemma, n in analysis.lemmas.items() if lemma not in stops},
        formula=(analysis.readability or {}).get("formula") or None,
        warnings=list(analysis.warnings),
    )


@dataclass
class _Group:
    """One group's articles folded: a column per (count, base) and the group's tallies."""

    columns: list[array] = field(default_factory=list)
    # category -> (row in the group, hits in all voices, reporter, quoted), only rows with hits
    categories: dict[str, list[tuple[int, int, int, int]]] = field(default_factory=dict)
    article_ids: list[str] = field(default_factory=list)
    words: int = 0
    speaker_types: Counter[str] = field(default_factory=Counter)
    stances: Counter[str] = field(default_factory=Counter)
    quoted_words_by_type: Counter[str] = field(default_factory=Counter)
    speakers: Counter[str] = field(default_factory=Counter)
    lemmas: Counter[str] = field(default_factory=Counter)
    formulas: dict[str, str] = field(default_factory=dict)  # lang -> first formula seen


class ProfileData:
    """Summaries folded by group as they arrive; `profiles()` gives what build_profiles gives.

    `story_of` (article id -> story id) is needed only to group by story.
    """

    def __init__(self, by: str = "outlet", story_of: Mapping[str, str] | None = None) -> None:
        from .profiles import GROUPINGS

        if by not in GROUPINGS:
            raise ValueError(f"unknown grouping {by!r}; choose from {', '.join(GROUPINGS)}")
        self.by = by
        self.story_of = dict(story_of or {})
        self.fixed = fixed_metrics()
        self.groups: dict[str, _Group] = {}
        self.formulas: dict[str, str] = {}  # lang -> first reading-ease formula seen, corpus-wide
        self.langs: Counter[str] = Counter()
        self.articles = 0

    def add(self, summary: ArticleSummary) -> None:
        from .profiles import group_key

        key = group_key(summary, self.by, self.story_of)  # type: ignore[arg-type]
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = _Group(columns=[array("d") for _ in range(2 * len(self.fixed))])
        row = len(group.article_ids)
        for column, value in zip(group.columns, summary.components, strict=True):
            column.append(value)
        for category, (hits, reporter, quoted) in summary.categories.items():
            group.categories.setdefault(category, []).append((row, hits, reporter, quoted))
        info = summary.article
        group.article_ids.append(info.id)
        group.words += info.words
        group.speaker_types.update(summary.speaker_types)
        group.stances.update(summary.stances)
        group.quoted_words_by_type.update(summary.quoted_words_by_type)
        group.speakers.update(summary.speakers)
        group.lemmas.update(summary.lemmas)
        if summary.formula:
            group.formulas.setdefault(info.lang, summary.formula)
            self.formulas.setdefault(info.lang, summary.formula)
        self.langs[info.lang] += 1
        self.articles += 1

    def extend(self, summaries: Iterable[ArticleSummary]) -> ProfileData:
        for summary in summaries:
            self.add(summary)
        return self

    @property
    def categories(self) -> list[str]:
        """Loaded-vocabulary categories found anywhere in the corpus, sorted."""
        return sorted({c for g in self.groups.values() for c in g.categories})

    def metric_names(self) -> list[str]:
        """Every metric for this corpus: the fixed ones, then three per loaded category found."""
        from .profiles import category_metric

        names = list(self.fixed)
        for category in self.categories:
            names.extend(category_metric(category, v) for v in VOICES)
        return names

    def sorted_groups(self) -> list[tuple[str, _Group]]:
        """Groups by name, as framing.profiles.group_analyses orders them (stories keep their ids' order)."""
        return sorted(self.groups.items(), key=lambda item: (item[0].casefold(), item[0]))

    def subset(self, keys: Iterable[str]) -> ProfileData:
        """The same data restricted to some groups (shared, not copied)."""
        part = ProfileData(self.by, self.story_of)
        part.groups = {key: self.groups[key] for key in keys}
        part.articles = sum(len(g.article_ids) for g in part.groups.values())
        return part

    def components(
        self, key: str, categories: Sequence[str] | None = None
    ) -> dict[str, tuple[Sequence[float], Sequence[float]]]:
        """(counts, bases) of every metric over one group's articles, in input order; loaded categories:
        `categories` (default: those of this data)."""
        from .profiles import category_metric

        group = self.groups[key]
        out: dict[str, tuple[Sequence[float], Sequence[float]]] = {}
        for k, name in enumerate(self.fixed):
            out[name] = (group.columns[2 * k], group.columns[2 * k + 1])
        bases = [out[f"loaded{suffix}_per_1k"][1] for suffix in ("", "_reporter", "_quoted")]
        n = len(group.article_ids)
        for category in self.categories if categories is None else categories:
            counts = [array("d", bytes(8 * n)) for _ in VOICES]
            for row, *hits in group.categories.get(category, []):
                for column, value in zip(counts, hits, strict=True):
                    column[row] = value
            for voice, column, base in zip(VOICES, counts, bases, strict=True):
                out[category_metric(category, voice)] = (column, base)
        return out

    def group_formulas(self) -> dict[str, str]:
        """group -> the reading-ease formula(s) its articles used ("fr: ...; en: ..." when mixed)."""
        return {
            key: "; ".join(f"{lang}: {f}" for lang, f in sorted(g.formulas.items())) for key, g in self.groups.items()
        }

    def profiles(
        self,
        *,
        seed: int = 0,
        n_boot: int = 2000,
        prior: str = "corpus",
        alpha0: float | None = None,
        top_terms: int = 15,
    ) -> list[GroupProfile]:
        """One profile per group, with a 95% percentile-bootstrap interval on every metric (see
        framing.profiles.build_profiles, which is this over the summaries of its analyses)."""
        from .distinctive import DEFAULT_ALPHA0, distinctive_terms_from_counts
        from .profiles import metric_spec
        from .stats import MIN_ARTICLES_FOR_INTERVAL, bootstrap_ratios

        groups = self.sorted_groups()
        names = self.metric_names()
        terms = distinctive_terms_from_counts(
            {key: g.lemmas for key, g in groups},
            prior=prior,
            alpha0=DEFAULT_ALPHA0 if alpha0 is None else alpha0,
            top=top_terms,
        )
        profiles = []
        for key, group in groups:
            components = self.components(key)
            columns = [(*components[name], metric_spec(name).scale) for name in names]
            intervals = bootstrap_ratios(columns, n_boot=n_boot, seed=seed)  # one pass of resamples per group
            metrics = {name: Estimate(i.value, i.low, i.high) for name, i in zip(names, intervals, strict=True)}
            n = len(group.article_ids)
            profiles.append(
                GroupProfile(
                    group=key,
                    by=self.by,
                    articles=n,
                    words=group.words,
                    metrics=metrics,
                    too_small=n < MIN_ARTICLES_FOR_INTERVAL,
                    speaker_types=_speaker_types(group.speaker_types),
                    stances=dict(group.stances.most_common()),
                    quoted_words_by_type=dict(group.quoted_words_by_type.most_common()),
                    top_speakers=group.speakers.most_common(10),
                    distinctive_terms=[(t.term, t.z) for t in terms.get(key, [])],
                    article_ids=list(group.article_ids),
                )
            )
        return profiles


def _speaker_types(counts: Counter[str]) -> dict[str, int]:
    """Known types in their fixed order, then any other type in the order first seen."""
    return {t: counts[t] for t in SPEAKER_TYPES if counts[t]} | {
        t: n for t, n in counts.items() if t not in SPEAKER_TYPES
    }


def profile_data(items: Iterable[ArticleAnalysis | ArticleSummary], by: str = "outlet", **options: Any) -> ProfileData:
    """ProfileData over analyses (summarised one at a time) or summaries."""
    data = ProfileData(by, **options)
    for item in items:
        data.add(item if isinstance(item, ArticleSummary) else summarise(item))
    return data
