"""Distinctive vocabulary: which lemmas an outlet uses more than the rest of the corpus.

Method: log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
"Fightin' Words", Political Analysis 16(4)), each group against all other articles together, on
content lemmas (ArticleAnalysis.lemmas: stop words, punctuation and one-letter tokens removed).
Terms are ranked by z-score (delta / its standard deviation), which discounts differences that
rest on a handful of occurrences.

The prior (selectable):
- "corpus" (default, Monroe et al.'s informative prior): a_w = alpha0 x share of w in the whole
  corpus. alpha0 defaults to 1,000 pseudo-words: enough to keep a lemma seen twice in a small
  corpus from topping the list, small next to a corpus of tens of thousands of words.
- "uniform": a_w = alpha0 / vocabulary size, the same pseudo-count for every lemma.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .stats import dirichlet_prior, log_odds_dirichlet
from .types import ArticleAnalysis

PRIORS: tuple[str, ...] = ("corpus", "uniform")
DEFAULT_ALPHA0 = 1000.0


@dataclass(frozen=True)
class TermScore:
    term: str
    z: float
    delta: float
    count: int  # occurrences in the group
    rest_count: int  # occurrences in the other groups


@lru_cache(maxsize=8)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop list for `lang` (empty if spaCy has none): applied to lemmas too, because a
    token that is not itself a stop word ("sera") can have one as its lemma ("être").

    The list is read from spaCy's data file without importing spaCy itself (seconds), so that a
    comparison served entirely from the analysis cache stays fast.
    """
    if not lang.isalpha():
        return frozenset()
    try:
        spec = importlib.util.find_spec("spacy")
        roots = list(spec.submodule_search_locations or []) if spec else []
        for root in roots:
            path = Path(root) / "lang" / lang / "stop_words.py"
            file_spec = importlib.util.spec_from_file_location(f"_framing_stop_words_{lang}", path)
            if path.is_file() and file_spec and file_spec.loader:
                module = importlib.util.module_from_spec(file_spec)
                file_spec.loader.exec_module(module)
                return frozenset(getattr(module, "STOP_WORDS", ()))
    except (ImportError, OSError, SyntaxError, ValueError):
        pass
    return frozenset()


def lemma_counts(analyses: Sequence[ArticleAnalysis]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for analysis in analyses:
        stops = stop_words(analysis.article.lang or "")
        counts.update({lemma: n for lemma, n in analysis.lemmas.items() if lemma not in stops})
    return counts


def distinctive_terms(
    groups: Mapping[str, Sequence[ArticleAnalysis]],
    *,
    prior: str = "corpus",
    alpha0: float = DEFAULT_ALPHA0,
    top: int = 15,
    min_z: float = 0.0,
) -> dict[str, list[TermScore]]:
    """Top `top` lemmas per group by z-score against the rest (only terms with z > min_z).

    With a single group there is no "rest" and every list is empty.
    """
    counts = {group: lemma_counts(items) for group, items in groups.items()}
    return distinctive_terms_from_counts(counts, prior=prior, alpha0=alpha0, top=top, min_z=min_z)


def distinctive_terms_from_counts(
    counts: Mapping[str, Mapping[str, int]],
    *,
    prior: str = "corpus",
    alpha0: float = DEFAULT_ALPHA0,
    top: int = 15,
    min_z: float = 0.0,
) -> dict[str, list[TermScore]]:
    """distinctive_terms from each group's content-lemma counts (stop words already removed), so that
    groups folded from per-article figures (framing.summaries) need no analyses."""
    if prior not in PRIORS:
        raise ValueError(f"unknown prior {prior!r}; choose from {', '.join(PRIORS)}")
    vocabulary = sorted(set().union(*counts.values())) if counts else []
    if len(counts) < 2 or not vocabulary:
        return {group: [] for group in counts}
    index = {term: i for i, term in enumerate(vocabulary)}
    matrix = np.zeros((len(counts), len(vocabulary)))
    for row, group in enumerate(counts):
        for term, n in counts[group].items():
            matrix[row, index[term]] = n
    total = matrix.sum(axis=0)
    alpha = dirichlet_prior(total, prior, alpha0)
    result: dict[str, list[TermScore]] = {}
    for row, group in enumerate(counts):
        y_i = matrix[row]
        y_j = total - y_i
        if y_i.sum() == 0 or y_j.sum() == 0:
            result[group] = []
            continue
        scores = log_odds_dirichlet(y_i, y_j, alpha)
        order = np.lexsort((np.array(vocabulary), -scores.z))  # z descending, then alphabetical
        picked = []
        for i in order:
            if scores.z[i] <= min_z or len(picked) >= top:
                break
            picked.append(
                TermScore(vocabulary[i], float(scores.z[i]), float(scores.delta[i]), int(y_i[i]), int(y_j[i]))
            )
        result[group] = picked
    return result
