"""Group articles about the same event across outlets ("stories").

Method, in three steps:
1. Each article becomes a TF-IDF vector (scikit-learn, sublinear tf, l2-normalised) of its content
   lemmas (the analysis's stop-word-free lemmas; the raw words when an analysis has none), so that
   two reports of the same statement share their rare, specific words (names, places, figures'
   context) while words every article uses weigh little.
2. Similarity is the cosine between vectors. Two articles whose known dates are more than
   `max_days` apart can never be in the same story. Partial dates ("2025-09", "2025") are read as
   the whole month or year they name, and the gap is measured between those spans; an unknown date
   constrains nothing.
3. Average-linkage agglomerative clustering (scikit-learn) joins groups while their *average*
   pairwise similarity exceeds `threshold`. Average linkage, unlike single linkage, does not chain
   a series of loosely related articles into one story; every pair of a story need not be close,
   but the story as a whole must be.

A story is named like a headline (story_label): the title of its earliest titled article, else its
most distinctive noun phrase (framing.noun_phrases, weighed by the story's TF-IDF), else its heaviest terms.

`threshold` (default 0.25) is the knob: raise it for tighter stories (same dispatch, wire copies),
lower it for broader ones (same topic over days). 0.25 is a common order of magnitude for cosine
on TF-IDF of news texts about one event; it is a default, not a property of any corpus.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from .types import ArticleAnalysis, Story

DEFAULT_THRESHOLD = 0.25
DEFAULT_MAX_DAYS: int | None = 7
_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_WORD = re.compile(r"\w{2,}")
_INCOMPATIBLE = 1e9  # distance that keeps two articles apart under average linkage


def date_span(value: str | None) -> tuple[date, date] | None:
    """First and last day a (possibly partial) ISO date can mean; None when there is no usable date."""
    if not value:
        return None
    match = _DATE.match(value)
    if not match:
        return None
    year = int(match[1])
    try:
        if match[2] is None:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(match[2])
        if match[3] is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(year, month, int(match[3]))
        return day, day
    except ValueError:
        return None


def days_apart(a: str | None, b: str | None) -> int | None:
    """Smallest number of days between two (partial) dates; 0 when they overlap, None if either is unknown."""
    span_a, span_b = date_span(a), date_span(b)
    if span_a is None or span_b is None:
        return None
    if span_a[1] < span_b[0]:
        return (span_b[0] - span_a[1]).days
    if span_b[1] < span_a[0]:
        return (span_a[0] - span_b[1]).days
    return 0


def _tokens(analysis: ArticleAnalysis) -> list[str]:
    if analysis.lemmas:
        return [term for term, n in sorted(analysis.lemmas.items()) for _ in range(n)]
    return [w.lower() for w in _WORD.findall(analysis.text) if not w.isdigit()]


@dataclass(frozen=True)
class StoryGrouping:
    """Stories plus what explains them: the similarity matrix and the terms that weigh most."""

    stories: list[Story]
    article_ids: list[str]
    similarity: np.ndarray  # cosine similarity, article order = article_ids
    threshold: float
    max_days: int | None

    def similarity_of(self, a: str, b: str) -> float:
        i, j = self.article_ids.index(a), self.article_ids.index(b)
        return float(self.similarity[i, j])


def similarity_matrix(analyses: Sequence[ArticleAnalysis]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(cosine similarity matrix, TF-IDF matrix, vocabulary) of the analyses."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    vectorizer = TfidfVectorizer(analyzer=_tokens, sublinear_tf=True)
    tfidf = vectorizer.fit_transform(analyses)  # read once, in order: a spilled corpus is not copied
    return cosine_similarity(tfidf), tfidf, list(vectorizer.get_feature_names_out())


def stories_with_evidence(
    analyses: Sequence[ArticleAnalysis],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    max_days: int | None = DEFAULT_MAX_DAYS,
    label_terms: int = 4,
) -> StoryGrouping:
    """Group the analyses into stories (every article is in exactly one, possibly alone)."""
    if not 0.0 <= threshold <= 1.0:
        raise ValueError("the story threshold is a cosine similarity between 0 and 1")
    ids = [a.article.id for a in analyses]
    n = len(analyses)
    if n == 0:
        return StoryGrouping([], [], np.zeros((0, 0)), threshold, max_days)
    has_words = any(_tokens(a) for a in analyses)
    if has_words:
        similarity, tfidf, vocabulary = similarity_matrix(analyses)
    else:
        similarity, tfidf, vocabulary = np.eye(n), None, []
    labels = _cluster(analyses, similarity, threshold, max_days)
    members: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        members.setdefault(int(label), []).append(i)

    def sort_key(indices: list[int]) -> tuple[str, int]:
        spans = [date_span(analyses[i].article.date) for i in indices]
        known = [s[0].isoformat() for s in spans if s]
        return (min(known) if known else "9999", indices[0])

    stories = []
    for number, indices in enumerate(sorted(members.values(), key=sort_key), start=1):
        stories.append(
            Story(
                id=f"S{number}",
                label=story_label([analyses[i] for i in indices], _weights(tfidf, vocabulary, indices))
                or _label(tfidf, vocabulary, indices, label_terms),
                article_ids=[ids[i] for i in indices],
                outlets=sorted({analyses[i].article.outlet for i in indices}),
            )
        )
    return StoryGrouping(stories, ids, similarity, threshold, max_days)


def group_stories(
    analyses: Sequence[ArticleAnalysis],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    max_days: int | None = DEFAULT_MAX_DAYS,
) -> list[Story]:
    """Stories (articles about the same event), in date order; see the module docstring for the method."""
    return stories_with_evidence(analyses, threshold=threshold, max_days=max_days).stories


def _cluster(
    analyses: Sequence[ArticleAnalysis], similarity: np.ndarray, threshold: float, max_days: int | None
) -> np.ndarray:
    n = len(analyses)
    if n == 1:
        return np.zeros(1, dtype=int)
    from sklearn.cluster import AgglomerativeClustering

    distance = np.clip(1.0 - similarity, 0.0, None)
    if max_days is not None:
        distance[date_gaps(analyses) > max_days] = _INCOMPATIBLE
    np.fill_diagonal(distance, 0.0)
    model = AgglomerativeClustering(
        n_clusters=None,
        metric="precomputed",
        linkage="average",
        distance_threshold=1.0 - threshold,
    )
    return model.fit_predict(distance)


def date_gaps(analyses: Sequence[ArticleAnalysis]) -> np.ndarray:
    """Days between every pair of (partial) dates, as days_apart computes them; -1 where either is unknown."""
    spans = [date_span(a.article.date) for a in analyses]
    known = np.array([s is not None for s in spans])
    first = np.array([s[0].toordinal() if s else 0 for s in spans])
    last = np.array([s[1].toordinal() if s else 0 for s in spans])
    gaps = np.maximum(0, np.maximum(first[:, None] - last[None, :], first[None, :] - last[:, None]))
    gaps[~(known[:, None] & known[None, :])] = -1
    return gaps


def _weights(tfidf, vocabulary: list[str], indices: list[int]) -> dict[str, float]:
    """Each term's TF-IDF weight summed over the story's articles: how much it marks the story."""
    if tfidf is None or not vocabulary:
        return {}
    weights = np.asarray(tfidf[indices].sum(axis=0)).ravel()
    return {term: float(w) for term, w in zip(vocabulary, weights, strict=True) if w > 0}


def story_label(members: Sequence[ArticleAnalysis], weights: dict[str, float]) -> str:
    """A story's name, read like a headline: the title of its earliest titled article; without titles,
    its most distinctive noun phrase (framing.noun_phrases); "" when it has neither.

    A phrase's score is the summed weight of its distinct content lemmas over the square root of their
    number (longer phrases gain only if their words also mark the story), times 1 + the log of how often
    the phrase recurs across the story's articles.
    """
    titled = [(i, a) for i, a in enumerate(members) if a.article.title and a.article.title.strip()]
    if titled:
        _, earliest = min(titled, key=lambda pair: (_date_key(pair[1].article.date), pair[0]))
        return " ".join(str(earliest.article.title).split())
    occurrences: dict[str, int] = {}
    surface: dict[str, str] = {}
    for analysis in members:
        for start, end, key in analysis.noun_phrases:
            occurrences[key] = occurrences.get(key, 0) + 1
            surface.setdefault(key, analysis.text[start:end])
    best, best_score = "", 0.0
    for key, count in occurrences.items():
        lemmas = set(key.split())
        score = sum(weights.get(lemma, 0.0) for lemma in lemmas) / len(lemmas) ** 0.5 * (1 + math.log(count))
        if score > best_score + 1e-12:
            best, best_score = key, score
    if not best:
        return ""
    phrase = " ".join(surface[best].split())
    return phrase[:1].upper() + phrase[1:]


def _date_key(value: str | None) -> str:
    span = date_span(value)
    return span[0].isoformat() if span else "9999"


def _label(tfidf, vocabulary: list[str], indices: list[int], k: int) -> str:
    """The story's heaviest terms (summed TF-IDF over its articles), for a human-readable name."""
    if tfidf is None or not vocabulary:
        return ""
    weights = np.asarray(tfidf[indices].sum(axis=0)).ravel()
    order = np.lexsort((np.array(vocabulary), -weights))[:k]
    return ", ".join(vocabulary[i] for i in order if weights[i] > 0)


def story_dates(story: Story, analyses: Sequence[ArticleAnalysis]) -> str:
    """ "first - last" known date of a story's articles, as written in the corpus."""
    by_id = {a.article.id: a for a in analyses}
    known = sorted(
        (date_span(by_id[i].article.date), by_id[i].article.date)
        for i in story.article_ids
        if i in by_id and date_span(by_id[i].article.date)
    )
    if not known:
        return "unknown"
    first, last = known[0][1], known[-1][1]
    return first if first == last else f"{first} – {last}"
