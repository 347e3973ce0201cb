"""Property-based tests (Hypothesis): any Unicode text is analysed without crashing, and every span
it reports indexes the text exactly as given: 0 <= start < end <= len(text), text[start:end] == span.

Example counts are modest so the suite stays fast; `HYPOTHESIS_PROFILE=thorough` runs many more.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from framing.analyse import AnalysisSettings, analyse_article, pipeline_for
from framing.types import Article

settings.register_profile(
    "framing-default", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("thorough", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "framing-default")

# Pieces that stress offsets and quote handling, mixed with arbitrary Unicode.
PIECES = (
    "«",
    "»",
    "« ",
    " »",
    "«\u00a0",
    "\u00a0»",
    "«\u202f",
    "\u202f»",
    "“",
    "”",
    '"',
    "„",
    "‹",
    "›",
    "'",
    "’",
    "\r\n",
    "\n\n",
    "\r",
    "\t",
    "\u00a0",
    "\u202f",
    "\u2009",
    "\u200b",
    "\u200d",
    "\ufeff",
    "e\u0301",
    "\u0301",
    "\u0327c",
    "👍🏽",
    "👨\u200d👩\u200d👧",
    "🇫🇷",
    "\U0001f600",
    " ",
    ". ",
    ", ",
    " — ",
    "…",
    "?!",
    "(",
    ")",
    "selon",
    "un responsable",
    "a déclaré",
    "a-t-il ajouté",
    "sous couvert d'anonymat",
    "aurait",
    "pourrait",
    "apparemment",
    "occupation",
    "lâche assassinat",
    "Résistance",
    "sans doute",
    "reportedly",
    "said",
    "according to",
    "officials",
    "certainly",
    "L'État",
    "États-Unis",
)
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)


def span_triples(analysis):
    text = analysis.text
    for family in (analysis.loaded, analysis.hedges, analysis.boosters, analysis.quotes):
        for span in family:
            yield span.start, span.end, span.text
    for a in analysis.attributions:
        yield a.start, a.end, a.text
        if a.speaker_start is not None or a.speaker_end is not None:
            yield a.speaker_start, a.speaker_end, text[a.speaker_start : a.speaker_end]
        if a.content_start is not None or a.content_end is not None:
            yield a.content_start, a.content_end, text[a.content_start : a.content_end]


def check_offsets(text: str, lang: str) -> None:
    analysis = analyse_article(Article(id="p", text=text, outlet="o", lang=lang))
    assert analysis.text == text and analysis.article.chars == len(text)
    for start, end, span_text in span_triples(analysis):
        assert isinstance(start, int) and isinstance(end, int)
        assert 0 <= start < end <= len(text), (start, end, len(text))
        assert text[start:end] == span_text
    for attribution in analysis.attributions:
        if attribution.speaker_start is not None:
            assert text[attribution.speaker_start : attribution.speaker_end].strip()
    for quote in analysis.quotes:
        assert quote.attribution is None or 0 <= quote.attribution < len(analysis.attributions)


@settings(settings.get_profile(PROFILE))
@given(texts)
@example("« Nous\u202fsommes prêts\u00a0», a déclaré le ministre.\r\n« Non »")
@example('Il a dit " sans fermer » puis « encore')
@example("e\u0301" * 50 + " 👍🏽 « x »")
def test_any_french_text_gives_valid_spans(text: str) -> None:
    check_offsets(text, "fr")


@settings(settings.get_profile(PROFILE))
@given(texts)
@example('"Unclosed quote, officials reportedly said\r\n')
def test_any_english_text_gives_valid_spans(text: str) -> None:
    check_offsets(text, "en")


@pytest.mark.slow
def test_a_100000_character_sentence_without_punctuation() -> None:
    """French only: the English pipelines share the same components and cost as much again."""
    words = ["selon", "un", "responsable", "la", "occupation", "pourrait", "reportedly", "«", "mot", "»"]
    text = ""
    i = 0
    while len(text) < 100_000:
        text += words[i % len(words)] + ("\u00a0" if i % 5 == 0 else " ")
        i += 1
    check_offsets(text[:100_000], "fr")


def test_a_long_sentence_over_a_small_max_length_is_cut_safely(monkeypatch: pytest.MonkeyPatch) -> None:
    """No paragraph or sentence break at all: chunks are cut at spaces, never inside a grapheme."""
    nlp = pipeline_for("fr", AnalysisSettings())
    monkeypatch.setattr(nlp, "max_length", 1_000)
    text = ("occupation selon e\u0301 un responsable 👨\u200d👩\u200d👧 « cité » pourrait " * 200)[:20_000]
    check_offsets(text, "fr")
