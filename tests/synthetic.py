"""Hand-built ArticleAnalysis objects, so statistics are tested on figures computed by hand, without a model."""

from __future__ import annotations

from collections.abc import Sequence

from framing.types import ArticleAnalysis, ArticleInfo, Attribution, CertaintyCue, LoadedHit, Quote


def make_analysis(
    article_id: str,
    outlet: str,
    words: int,
    *,
    loaded: Sequence[tuple[str, str]] = (),  # (category, voice)
    hedges: Sequence[tuple[str, bool]] = (),  # (voice, counted)
    boosters: Sequence[str] = (),  # voice
    speakers: Sequence[tuple[str, str | None]] = (),  # (speaker_type, stance)
    quote_words: Sequence[int] = (),
    lemmas: dict[str, int] | None = None,
    date: str | None = None,
    lang: str = "fr",
    reading_ease: float | None = 50.0,
    text: str = "",
) -> ArticleAnalysis:
    """An analysis whose spans all sit at offset 0 (statistics never look at offsets)."""
    info = ArticleInfo(
        id=article_id,
        path=f"{article_id}.txt",
        outlet=outlet,
        date=date,
        lang=lang,
        title=None,
        chars=len(text),
        words=words,
        sha256=f"sha-{article_id}",
    )
    formula = "Kandel & Moles" if lang == "fr" else "Flesch"
    return ArticleAnalysis(
        article=info,
        loaded=[LoadedHit(0, 1, "x", category, f"{category}-term", voice) for category, voice in loaded],  # type: ignore[arg-type]
        hedges=[CertaintyCue(0, 1, "x", "adverb_hedge", voice, counted=counted) for voice, counted in hedges],  # type: ignore[arg-type]
        boosters=[CertaintyCue(0, 1, "x", "booster", voice) for voice in boosters],  # type: ignore[arg-type]
        attributions=[
            Attribution(0, 1, "x", f"speaker {i}", None, None, kind, "indirect", "dire", None, None, stance=stance)
            for i, (kind, stance) in enumerate(speakers)
        ],
        quotes=[Quote(0, 1, "x", None, words=n) for n in quote_words],
        readability={"formula": formula, "reading_ease": reading_ease},
        scores={},
        lemmas=dict(lemmas or {}),
        text=text,
    )
