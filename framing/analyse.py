"""Article -> ArticleAnalysis: run the pipeline and turn the Doc into plain, serialisable evidence.

`analyse_article` is a pure function of (article, settings); `analyse_articles` streams a corpus
through `nlp.pipe` so that no more than one batch of Docs is ever held in memory. An article longer
than the pipeline's `max_length` is analysed in chunks cut at paragraph or sentence boundaries, and
every span is shifted back by its chunk's start, so offsets still index the whole text.

spaCy is imported lazily: a run answered entirely from the cache never loads it.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import operator
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import FramingError
from .noun_phrases import noun_phrases
from .readability import ReadabilityCounts, readability_from_counts, sentence_and_syllable_counts
from .reported_speech import reported_stretches
from .types import (
    Article,
    ArticleAnalysis,
    ArticleInfo,
    Attribution,
    CertaintyCue,
    LoadedHit,
    Quote,
)
from .voice_bases import SPEAKER_VOICES, voice_bases

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True)
class AnalysisSettings:
    """What, besides the text, decides an analysis (and so keys the cache), and how to run it."""

    lexicon_paths: tuple[str, ...] = ()
    batch_size: int = 32
    jobs: int = 1
    use_cache: bool = True
    cache_path: str | None = None
    # Dask scheduler address, or local[:N] (framing.distributed); None: this machine's processes (`jobs`).
    dask: str | None = None


@dataclass(frozen=True)
class AnalysisFailure:
    """An article the analysis crashed on: reported and skipped, the rest of the corpus goes on."""

    article: Article
    message: str
    details: str = ""
    fatal: bool = False  # a FramingError (e.g. a broken lexicon file) that stops the whole run


def analyse_article(article: Article, settings: AnalysisSettings | None = None) -> ArticleAnalysis:
    settings = settings or AnalysisSettings()
    return next(iter(analyse_articles([article], settings)))


def pipeline_for(lang: str, settings: AnalysisSettings) -> Language:
    from .nlp import load_pipeline

    return load_pipeline(lang, settings.lexicon_paths)


def analyse_articles(
    articles: Iterable[Article], settings: AnalysisSettings | None = None
) -> Iterator[ArticleAnalysis]:
    """Analyse articles in order, streaming; each article must carry a supported `lang`.

    Consecutive articles of one language go through `nlp.pipe` together; an article longer than
    `nlp.max_length` is analysed alone, in chunks.
    """
    settings = settings or AnalysisSettings()

    def run_key(article: Article) -> tuple[str, bool]:
        lang = article.lang or "fr"
        return lang, len(article.text) > pipeline_for(lang, settings).max_length

    for (lang, too_long), group in itertools.groupby(articles, key=run_key):
        nlp = pipeline_for(lang, settings)
        if too_long:
            for article in group:
                yield analyse_long_article(article, nlp)
            continue
        first, rest = itertools.tee(group)
        texts = (a.text for a in first)
        for article, doc in zip(rest, nlp.pipe(texts, batch_size=settings.batch_size), strict=True):
            yield doc_to_analysis(doc, article)


def analyse_batch(articles: list[Article], settings: AnalysisSettings) -> list[ArticleAnalysis | AnalysisFailure]:
    """Analyses of a batch, in order; an article that crashes the pipeline becomes an AnalysisFailure.

    The batch goes through `nlp.pipe` at once; only when that fails is it redone article by article,
    so one bad article costs its batch a second pass, not the run.
    """
    try:
        return list(analyse_articles(articles, settings))
    except FramingError as exc:
        return [AnalysisFailure(a, str(exc), fatal=True) for a in articles]
    except Exception:
        pass  # find which article(s) crash, below
    out: list[ArticleAnalysis | AnalysisFailure] = []
    for article in articles:
        try:
            out.append(analyse_article(article, settings))
        except FramingError as exc:
            out.append(AnalysisFailure(article, str(exc), fatal=True))
        except Exception as exc:
            out.append(
                AnalysisFailure(
                    article,
                    f"analysis failed ({type(exc).__name__}: {exc}); this is a bug in framing, please report it",
                    traceback.format_exc(),
                )
            )
    return out


# --------------------------------------------------------------------------- long texts


def chunk_bounds(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Contiguous (start, end) pieces of `text`, each at most `max_chars` long, covering all of it.

    Cuts at the last paragraph break in the second half of the window, else the last line break, else
    the last sentence end, else the last space, else (one unbroken run of characters) at the limit,
    never between a character and its combining marks.
    """
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    bounds: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > max_chars:
        limit = start + max_chars
        floor = start + max_chars // 2
        cut = -1
        for sep in ("\n\n", "\n", ". ", "! ", "? ", "… ", "; ", " ", "\u00a0", "\t"):
            pos = text.rfind(sep, floor, limit)
            if pos != -1:
                cut = pos + len(sep)
                break
        if cut <= start or cut > limit:
            cut = limit
            while cut > floor and (_is_combining(text[cut]) or _is_low_surrogate_pair(text, cut)):
                cut -= 1
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


def _is_combining(ch: str) -> bool:
    import unicodedata

    return unicodedata.combining(ch) != 0 or unicodedata.category(ch) in ("Mn", "Me") or ch in "\u200d\ufe0f"


def _is_low_surrogate_pair(text: str, i: int) -> bool:
    return "\udc00" <= text[i] <= "\udfff"


def analyse_long_article(article: Article, nlp: Language) -> ArticleAnalysis:
    """Analyse `article` in chunks of at most `nlp.max_length` characters and merge the evidence."""
    parts: list[tuple[int, ArticleAnalysis, ReadabilityCounts]] = []
    bounds = chunk_bounds(article.text, nlp.max_length)
    for start, end in bounds:
        piece = dataclasses.replace(article, text=article.text[start:end])
        doc = nlp(piece.text)
        parts.append((start, doc_to_analysis(doc, piece), sentence_and_syllable_counts(doc, article.lang or doc.lang_)))
    merged = merge_chunks(article, parts)
    note = f"analysed in {len(bounds)} chunks of at most {nlp.max_length} characters (longer than spaCy's max_length)"
    return dataclasses.replace(merged, warnings=[*merged.warnings, note])


def shift_span(span: Any, offset: int) -> Any:
    """The same span (any of our span types) moved `offset` characters to the right."""
    changes = {"start": span.start + offset, "end": span.end + offset}
    for name in ("speaker_start", "speaker_end", "content_start", "content_end", "resolved_start", "resolved_end"):
        value = getattr(span, name, None)
        if value is not None:
            changes[name] = value + offset
    return dataclasses.replace(span, **changes)


def merge_chunks(article: Article, parts: list[tuple[int, ArticleAnalysis, ReadabilityCounts]]) -> ArticleAnalysis:
    loaded: list[LoadedHit] = []
    hedges: list[CertaintyCue] = []
    boosters: list[CertaintyCue] = []
    attributions: list[Attribution] = []
    quotes: list[Quote] = []
    lemmas: Counter[str] = Counter()
    warnings: list[str] = []
    phrases: list[tuple[int, int, str]] = []
    words = reported_words = 0
    counts = ReadabilityCounts()
    for offset, part, part_counts in parts:
        loaded += [shift_span(x, offset) for x in part.loaded]
        hedges += [shift_span(x, offset) for x in part.hedges]
        boosters += [shift_span(x, offset) for x in part.boosters]
        base = len(attributions)
        attributions += [shift_span(x, offset) for x in part.attributions]
        quotes += [
            dataclasses.replace(
                shift_span(q, offset), attribution=None if q.attribution is None else q.attribution + base
            )
            for q in part.quotes
        ]
        lemmas.update(part.lemmas)
        warnings += part.warnings
        phrases += [(start + offset, end + offset, key) for start, end, key in part.noun_phrases]
        words += part.article.words
        reported_words += part.article.reported_words
        counts = counts + part_counts
    lang = parts[0][1].article.lang if parts else (article.lang or "fr")
    return ArticleAnalysis(
        article=article_info(article, lang, words, reported_words),
        loaded=loaded,
        hedges=hedges,
        boosters=boosters,
        attributions=attributions,
        quotes=quotes,
        readability=readability_from_counts(counts, lang),
        scores=article_scores(words, loaded, hedges, boosters, attributions, quotes, reported_words),
        lemmas=dict(lemmas),
        warnings=warnings,
        noun_phrases=phrases,
        text=article.text,
    )


# --------------------------------------------------------------------------- Doc -> analysis


def words_and_lemmas(doc: Doc) -> tuple[int, dict[str, int]]:
    """Word count and content-lemma counts in one pass over the tokens (a hot loop on big corpora)."""
    from .token_table import token_table

    table = token_table(doc)
    words = 0
    counts: Counter[str] = Counter()
    for word, base, punct, space, alpha, stop in zip(
        table.words, table.base, table.is_punct, table.is_space, table.is_alpha, table.is_stop, strict=True
    ):
        if punct or space:
            continue
        words += 1
        if alpha and not stop and len(word) > 1:
            counts[base] += 1
    return words, dict(counts)


def words_in(doc: Doc, stretches: list[tuple[int, int]]) -> int:
    """Words (tokens neither punctuation nor space, as `words_and_lemmas` counts them) that start inside
    the stretches: a bisect per stretch over the token offsets, the flags of its tokens summed in C, so
    no Python step per token and nothing parsed again."""
    from .token_table import token_table

    table = token_table(doc)
    idx, punct, space = table.idx, table.is_punct, table.is_space
    total = 0
    for start, end in stretches:
        i, j = bisect.bisect_left(idx, start), bisect.bisect_left(idx, end)
        if i < j:
            total += (j - i) - sum(map(operator.or_, punct[i:j], space[i:j]))
    return total


def article_info(article: Article, lang: str, words: int, reported_words: int = 0) -> ArticleInfo:
    return ArticleInfo(
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
        reported_words=reported_words,
    )


def doc_to_analysis(doc: Doc, article: Article) -> ArticleAnalysis:
    lang = article.lang or doc.lang_
    loaded: list[LoadedHit] = list(doc._.framing_loaded or [])
    hedges: list[CertaintyCue] = list(doc._.framing_hedges or [])
    boosters: list[CertaintyCue] = list(doc._.framing_boosters or [])
    attributions: list[Attribution] = list(doc._.framing_attributions or [])
    quotes: list[Quote] = list(doc._.framing_quotes or [])
    from .token_table import token_table

    words, lemmas = words_and_lemmas(doc)
    reported_words = words_in(doc, reported_stretches(attributions, quotes))
    return ArticleAnalysis(
        article=article_info(article, lang, words, reported_words),
        loaded=loaded,
        hedges=hedges,
        boosters=boosters,
        attributions=attributions,
        quotes=quotes,
        readability=readability_from_counts(sentence_and_syllable_counts(doc, lang), lang),
        scores=article_scores(words, loaded, hedges, boosters, attributions, quotes, reported_words),
        lemmas=lemmas,
        noun_phrases=noun_phrases(doc, token_table(doc)),
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
    reported_words: int = 0,
) -> dict[str, float | None]:
    """Headline per-article figures; each is a count of listed spans over words or attributions.

    Voice-split rates use the bases of the outlet profiles (framing.voice_bases computes both): quoted spans per
    1,000 words inside quotes; reporter-voice loaded hits per 1,000 words outside quotes (a hit in
    reported speech is the reporter's: its speaker is said by `attributed`); reporter-voice hedges per
    1,000 of the reporter's own words, outside quotes and reported speech (`reported_words`), since a
    hedge there is the speaker's (round 34); the speakers' hedges, quoted or reported, per 1,000 words of
    quotations and reported speech (round 35).
    """
    counted_hedges = [h for h in hedges if h.counted]
    bases = voice_bases(words, quotes, reported_words)
    sourced = [a for a in attributions if a.gives_voice]
    return {
        "loaded_per_1k": per_1k(len(loaded), words),
        "loaded_reporter_per_1k": per_1k(sum(h.voice == "reporter" for h in loaded), bases.reporter),
        "loaded_quoted_per_1k": per_1k(sum(h.voice == "quoted" for h in loaded), bases.quoted),
        "hedges_per_1k": per_1k(len(counted_hedges), words),
        "hedges_reporter_per_1k": per_1k(sum(h.voice == "reporter" for h in counted_hedges), bases.own),
        "hedges_speakers_per_1k": per_1k(sum(h.voice in SPEAKER_VOICES for h in counted_hedges), bases.speakers),
        "boosters_per_1k": per_1k(len(boosters), words),
        "anonymous_share": share(sum(a.speaker_type == "anonymous" for a in sourced), len(sourced)),
        "named_share": share(sum(a.speaker_type == "named_person" for a in sourced), len(sourced)),
        "quoted_share": share(bases.quoted_uncapped, words) if words else None,
    }
