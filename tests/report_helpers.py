"""Synthetic analyses, profiles and stories for the HTML report tests (no spaCy needed).

Texts are assembled from sentences whose evidence spans are located with str.find, so every offset
is right by construction and the tests exercise the renderer, not the analysers.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from statistics import mean

from framing.render.html import MetricInfo, SiteData
from framing.types import (
    ArticleAnalysis,
    ArticleInfo,
    Attribution,
    CertaintyCue,
    Estimate,
    GroupProfile,
    LoadedHit,
    Quote,
    Story,
)

METRICS = [
    MetricInfo("loaded_per_1k", "Loaded /1k", "Loaded expressions per 1,000 words.", "per 1,000 words"),
    MetricInfo("hedges_per_1k", "Hedges /1k", "Counted hedges per 1,000 words.", "per 1,000 words"),
    MetricInfo("boosters_per_1k", "Boosters /1k", "Boosters per 1,000 words.", "per 1,000 words"),
    MetricInfo("anonymous_share", "Anonymous", "Share of attributions to anonymous sources.", "share"),
    MetricInfo("named_share", "Named", "Share of attributions to named people.", "share"),
    MetricInfo("quoted_share", "Quoted words", "Share of words inside quotation marks.", "share"),
]


@dataclass
class Piece:
    """A sentence plus the evidence inside it, located by substring."""

    text: str
    loaded: tuple[tuple[str, str, str, str | None], ...] = ()  # (substring, category, note, alternative)
    hedges: tuple[tuple[str, str, bool], ...] = ()  # (substring, kind, counted)
    boosters: tuple[str, ...] = ()
    attribution: tuple[str, str, str] | None = None  # (cue substring, speaker, speaker_type)
    quote: str | None = None  # quoted substring (linked to this piece's attribution)


PIECES = [
    Piece(
        "Selon un responsable américain, l'armée aurait frappé un « camp de terroristes » près de la frontière.",
        loaded=(("camp de terroristes", "labeling", "A label that decides the question.", "camp"),),
        hedges=(("aurait frappé", "conditional_hedge", True),),
        attribution=("Selon un responsable américain", "un responsable américain", "anonymous"),
        quote="« camp de terroristes »",
    ),
    Piece(
        "Le ministre Jean Dupont a déclaré : « Nous poursuivrons clairement cette occupation. »",
        loaded=(("occupation", "delegitimizing", "Frames a presence as illegitimate.", "présence militaire"),),
        boosters=("clairement",),
        attribution=("Le ministre Jean Dupont a déclaré", "Jean Dupont", "named_person"),
        quote="« Nous poursuivrons clairement cette occupation. »",
    ),
    Piece(
        "Environ 200 personnes pourraient avoir fui ce lâche assassinat, d'après le communiqué.",
        loaded=(("lâche assassinat", "dramatizing", "Moral judgement in the reporter's voice.", "attaque"),),
        hedges=(("Environ", "approximator", False), ("pourraient", "modal_hedge", True)),
        attribution=("d'après le communiqué", "le communiqué", "document"),
    ),
    Piece("La situation reste calme dans la capitale, où les commerces ont rouvert mardi."),
]


def make_analysis(
    article_id: str,
    outlet: str,
    *,
    pieces: list[Piece] | None = None,
    title: str | None = None,
    date: str | None = "2025-10-01",
    extra_text: str = "",
) -> ArticleAnalysis:
    pieces = pieces if pieces is not None else PIECES
    text = "\n\n".join(p.text for p in pieces) + extra_text
    loaded, hedges, boosters, attributions, quotes = [], [], [], [], []
    offset = 0
    for piece in pieces:

        def at(sub: str, piece: Piece = piece, offset: int = offset) -> tuple[int, int]:
            start = piece.text.index(sub) + offset
            return start, start + len(sub)

        for sub, category, note, alternative in piece.loaded:
            s, e = at(sub)
            voice = "quoted" if piece.quote and sub in piece.quote else "reporter"
            loaded.append(LoadedHit(s, e, sub, category, f"fr-{category}", voice, note, alternative, "fr/loaded.yaml"))
        for sub, kind, counted in piece.hedges:
            s, e = at(sub)
            hedges.append(CertaintyCue(s, e, sub, kind, "reporter", counted=counted))
        for sub in piece.boosters:
            s, e = at(sub)
            boosters.append(CertaintyCue(s, e, sub, "booster", "quoted"))
        if piece.attribution:
            cue, speaker, speaker_type = piece.attribution
            s, e = at(cue)
            ss = text.index(speaker, s) if speaker in cue else None
            attributions.append(
                Attribution(
                    s,
                    e,
                    cue,
                    speaker,
                    ss,
                    ss + len(speaker) if ss is not None else None,
                    speaker_type,
                    "direct" if piece.quote else "indirect",
                    "déclarer",
                    None,
                    None,
                    stance="neutral",
                )
            )
        if piece.quote:
            s, e = at(piece.quote)
            quotes.append(
                Quote(s, e, piece.quote, len(attributions) - 1 if piece.attribution else None, len(piece.quote.split()))
            )
        offset += len(piece.text) + 2
    words = len(text.split())
    counted = [h for h in hedges if h.counted]
    scores = {
        "loaded_per_1k": 1000 * len(loaded) / words,
        "hedges_per_1k": 1000 * len(counted) / words,
        "boosters_per_1k": 1000 * len(boosters) / words,
        "anonymous_share": sum(a.speaker_type == "anonymous" for a in attributions) / len(attributions)
        if attributions
        else None,
        "named_share": sum(a.speaker_type == "named_person" for a in attributions) / len(attributions)
        if attributions
        else None,
        "quoted_share": sum(q.words for q in quotes) / words,
    }
    info = ArticleInfo(article_id, f"{article_id}.txt", outlet, date, "fr", title, len(text), words, "0" * 64)
    return ArticleAnalysis(info, loaded, hedges, boosters, attributions, quotes, {}, scores, {}, [], text)


def hand_profiles(analyses: list[ArticleAnalysis], metrics: list[MetricInfo] = METRICS) -> list[GroupProfile]:
    """Means with a crude min/max 'interval' (the statistics are not under test here)."""
    groups: dict[str, list[ArticleAnalysis]] = {}
    for a in analyses:
        groups.setdefault(a.article.outlet, []).append(a)
    profiles = []
    for group, items in sorted(groups.items()):
        too_small = len(items) < 3
        estimates = {}
        for m in metrics:
            values = [a.scores[m.name] for a in items if a.scores.get(m.name) is not None]
            if not values:
                estimates[m.name] = Estimate(None)
            elif too_small:
                estimates[m.name] = Estimate(mean(values))
            else:
                estimates[m.name] = Estimate(mean(values), min(values), max(values))
        speakers = Counter(attr.speaker_type for a in items for attr in a.attributions)
        named = Counter(attr.speaker for a in items for attr in a.attributions if attr.speaker_type == "named_person")
        profiles.append(
            GroupProfile(
                group=group,
                by="outlet",
                articles=len(items),
                words=sum(a.article.words for a in items),
                metrics=estimates,
                too_small=too_small,
                speaker_types=dict(speakers),
                stances={"neutral": sum(speakers.values())},
                top_speakers=named.most_common(5),
                distinctive_terms=[("occupation", 3.2), ("terroriste", 2.1)],
                article_ids=[a.article.id for a in items],
            )
        )
    return profiles


def hand_stories(analyses: list[ArticleAnalysis], size: int = 3) -> list[Story]:
    stories = []
    for n in range(0, len(analyses), size):
        chunk = analyses[n : n + size]
        stories.append(
            Story(
                f"story-{n // size}",
                f"Story {n // size}: {chunk[0].article.title or 'untitled'}",
                [a.article.id for a in chunk],
                [a.article.outlet for a in chunk],
            )
        )
    return stories


def site_data(analyses: list[ArticleAnalysis], **kwargs: object) -> SiteData:
    stories = hand_stories(analyses)
    story_profiles = {s.id: hand_profiles([a for a in analyses if a.article.id in s.article_ids]) for s in stories}
    return SiteData(analyses, hand_profiles(analyses), stories, story_profiles, METRICS, **kwargs)  # type: ignore[arg-type]


def _pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfglmnprstv") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def synthetic_corpus(n: int, outlets: int = 12, seed: int = 0, per_event: int = 3) -> list[ArticleAnalysis]:
    """n analyses from `outlets` outlets; each run of `per_event` articles shares an event sentence
    of its own invented words, so story grouping finds events of about that size."""
    rng = random.Random(seed)
    analyses = []
    event_text = ""
    for i in range(n):
        if i % per_event == 0:
            event_text = " ".join(_pseudo_word(rng) for _ in range(40)).capitalize() + "."
        pieces = [Piece(event_text)] + [rng.choice(PIECES) for _ in range(rng.randint(4, 12))]
        outlet = f"Outlet {i % outlets}"
        date = f"2025-{1 + (i // per_event) % 12:02d}-{1 + (i // per_event) % 28:02d}"
        analyses.append(
            make_analysis(
                f"a{i:05d}", outlet, pieces=pieces, title=f"Article {i} about event {i // per_event}", date=date
            )
        )
    return analyses
