"""Articles longer than spaCy's max_length are analysed in chunks, with offsets into the whole text."""

from __future__ import annotations

import itertools

import pytest

from framing.analyse import AnalysisSettings, analyse_article, chunk_bounds, pipeline_for
from framing.types import Article

PARAGRAPHS = (
    "Les forces d'occupation auraient bombardé la ville, selon un responsable qui a requis l'anonymat.",
    "« Nous ne reculerons pas », a déclaré le ministre, qui dénonce un lâche assassinat.",
    "Le gouvernement pourrait apparemment revoir sa position, d'après l'agence officielle.",
    "Sean Parnell a précisé que la transition responsable se poursuivrait sans doute en 2025.",
)


def long_text(repeat: int = 6) -> str:
    return "\n\n".join(PARAGRAPHS[i % len(PARAGRAPHS)] + f" Paragraphe {i}." for i in range(repeat * 4))


def all_spans(analysis):
    for family in (analysis.loaded, analysis.hedges, analysis.boosters, analysis.quotes):
        for span in family:
            yield span.start, span.end, span.text
    for a in analysis.attributions:
        yield a.start, a.end, a.text
        if a.speaker_start is not None:
            yield a.speaker_start, a.speaker_end, a.speaker
        if a.content_start is not None:
            assert 0 <= a.content_start <= a.content_end <= len(analysis.text)


@pytest.mark.parametrize("max_chars", [2, 7, 50, 333])
def test_chunk_bounds_cover_the_text_without_gaps(max_chars: int) -> None:
    text = long_text(2) + " " + "x" * 700 + "\u0301é\u0301 fin"
    bounds = chunk_bounds(text, max_chars)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(prev[1] == nxt[0] for prev, nxt in itertools.pairwise(bounds))
    assert all(0 < end - start <= max_chars for start, end in bounds)


def test_chunks_end_at_paragraphs_when_there_are_some() -> None:
    text = long_text()
    for _start, end in chunk_bounds(text, 400)[:-1]:
        assert text[:end].endswith("\n\n")


def test_long_article_matches_the_unchunked_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    text = long_text()
    article = Article(id="long", text=text, outlet="o", lang="fr")
    whole = analyse_article(article)
    nlp = pipeline_for("fr", AnalysisSettings())
    monkeypatch.setattr(nlp, "max_length", 300)
    chunked = analyse_article(article)
    assert len(text) > 8 * 300
    assert any("chunks" in w for w in chunked.warnings)
    for start, end, span_text in all_spans(chunked):
        assert 0 <= start < end <= len(text)
        assert text[start:end] == span_text
    # Lexicon and hedge matches are local to a sentence, so cutting at paragraphs changes none of them.
    assert [(h.start, h.end, h.term) for h in chunked.loaded] == [(h.start, h.end, h.term) for h in whole.loaded]
    assert [(h.start, h.end, h.kind) for h in chunked.hedges] == [(h.start, h.end, h.kind) for h in whole.hedges]
    assert [(q.start, q.end) for q in chunked.quotes] == [(q.start, q.end) for q in whole.quotes]
    assert chunked.article.words == whole.article.words
    assert chunked.article.chars == len(text) and chunked.text == text
    assert chunked.lemmas == whole.lemmas
    assert chunked.readability == whole.readability
    for quote in chunked.quotes:
        if quote.attribution is not None:
            assert 0 <= quote.attribution < len(chunked.attributions)


def test_text_over_the_default_limit_is_not_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text that spaCy itself would refuse (E088) goes through, in chunks."""
    nlp = pipeline_for("fr", AnalysisSettings())
    monkeypatch.setattr(nlp, "max_length", 5_000)
    text = long_text(40)
    assert len(text) > 5_000
    with pytest.raises(ValueError, match="E088"):
        nlp(text)
    analysis = analyse_article(Article(id="big", text=text, outlet="o", lang="fr"))
    assert analysis.article.chars == len(text) and analysis.article.words > 1000
