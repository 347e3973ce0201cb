"""Article -> ArticleAnalysis: run the pipeline and turn the Doc into plain, serialisable evidence.

`analyse_article` is a pure function of (article, settings); `analyse_articles` streams a corpus
through `nlp.pipe` so that no more than one batch of Docs is ever held in memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from .nlp import load_pipeline
from .readability import readability
from .types import (
    Article,
    ArticleAnalysis,
    ArticleInfo,
    Attribution,
    CertaintyCue,
    LoadedHit,
    Quote,
)


@dataclass(frozen=True)
class AnalysisSettings:
    """What, besides the text, decides an analysis (and so keys the cache)."""

    lexicon_paths: tuple[str, ...] = ()
    batch_size: int = 32
    jobs: int = 1
    use_cache: bool = True
    cache_path: str | None = None


def analyse_article(article: Article, settings: AnalysisSettings | None = None) -> ArticleAnalysis:
    settings = settings or AnalysisSettings()
    return next(iter(analyse_articles([article], settings)))


def analyse_articles(
    articles: Iterable[Article], settings: AnalysisSettings | None = None
) -> Iterator[ArticleAnalysis]:
    """Analyse articles in order, streaming; each article must carry a supported `lang`."""
    settings = settings or AnalysisSettings()
    for article in articles:
        nlp = load_pipeline(article.lang or "fr", settings.lexicon_paths)
        doc = nlp(article.text)
        yield doc_to_analysis(doc, article)


def count_words(doc: Doc) -> int:
    return sum(1 for t in doc if not (t.is_punct or t.is_space))


def content_lemmas(doc: Doc) -> dict[str, int]:
    """Lower-cased lemmas of content words, for distinctive-vocabulary statistics."""
    counts: Counter[str] = Counter()
    for token in doc:
        if token.is_alpha and not token.is_stop and len(token.text) > 1:
            counts[(token.lemma_ or token.text).lower()] += 1
    return dict(counts)


def doc_to_analysis(doc: Doc, article: Article) -> ArticleAnalysis:
    lang = article.lang or doc.lang_
    loaded: list[LoadedHit] = list(doc._.framing_loaded or [])
    hedges: list[CertaintyCue] = list(doc._.framing_hedges or [])
    boosters: list[CertaintyCue] = list(doc._.framing_boosters or [])
    attributions: list[Attribution] = list(doc._.framing_attributions or [])
    quotes: list[Quote] = list(doc._.framing_quotes or [])
    words = count_words(doc)
    info = ArticleInfo(
        id=article.id,
        path=article.path,
        outlet=article.outlet,
        date=article.date,
        lang=lang,
        title=article.title,
        chars=len(article.text),
        words=words,
        sha256=article.sha256,
        url=article.url,
    )
    return ArticleAnalysis(
        article=info,
        loaded=loaded,
        hedges=hedges,
        boosters=boosters,
        attributions=attributions,
        quotes=quotes,
        readability=readability(article.text, lang),
        scores=article_scores(words, loaded, hedges, boosters, attributions, quotes),
        lemmas=content_lemmas(doc),
        text=article.text,
    )


def per_1k(count: int, words: int) -> float:
    return round(1000.0 * count / words, 3) if words else 0.0


def share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def article_scores(
    words: int,
    loaded: list[LoadedHit],
    hedges: list[CertaintyCue],
    boosters: list[CertaintyCue],
    attributions: list[Attribution],
    quotes: list[Quote],
) -> dict[str, float | None]:
    """Headline per-article figures; each is a count of listed spans over words or attributions."""
    counted_hedges = [h for h in hedges if h.counted]
    quoted_words = sum(q.words for q in quotes)
    return {
        "loaded_per_1k": per_1k(len(loaded), words),
        "loaded_reporter_per_1k": per_1k(sum(h.voice == "reporter" for h in loaded), words),
        "loaded_quoted_per_1k": per_1k(sum(h.voice == "quoted" for h in loaded), words),
        "hedges_per_1k": per_1k(len(counted_hedges), words),
        "hedges_reporter_per_1k": per_1k(sum(h.voice == "reporter" for h in counted_hedges), words),
        "boosters_per_1k": per_1k(len(boosters), words),
        "anonymous_share": share(sum(a.speaker_type == "anonymous" for a in attributions), len(attributions)),
        "named_share": share(sum(a.speaker_type == "named_person" for a in attributions), len(attributions)),
        "quoted_share": share(quoted_words, words) if words else None,
    }
