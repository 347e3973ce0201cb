"""Per-article attribution figures for profiles: a pure function over Attribution and Quote lists.

`summarize_attributions(attributions, quotes)` returns counts by speaker type, form and stance, the
anonymous/named/direct shares, words quoted by speaker type and the named speakers quoted most. Shares
are None when there is no attribution (nothing to divide), never 0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..types import SPEAKER_TYPES, SPEECH_FORMS, STANCES, Attribution, Quote


@dataclass(frozen=True)
class AttributionSummary:
    attributions: int
    by_type: dict[str, int]
    by_form: dict[str, int]
    by_stance: dict[str, int]
    anonymous_share: float | None
    named_share: float | None
    direct_share: float | None  # attributions with a quotation (direct or mixed) over all attributions
    relayed_anonymous: int
    quoted_words: int
    quoted_words_by_type: dict[str, int]
    unattributed_quoted_words: int
    top_named_speakers: list[tuple[str, int]] = field(default_factory=list)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def summarize_attributions(
    attributions: Sequence[Attribution], quotes: Sequence[Quote] = (), *, top: int = 5
) -> AttributionSummary:
    everything = attributions  # quotes point into the whole list
    attributions = [a for a in everything if a.gives_voice]  # no evidential claims: nobody speaks there
    n = len(attributions)
    by_type = Counter({t: 0 for t in SPEAKER_TYPES})
    by_type.update(a.speaker_type for a in attributions)
    by_form = Counter({f: 0 for f in SPEECH_FORMS})
    by_form.update(a.form for a in attributions)
    by_stance = Counter({s: 0 for s in STANCES})
    by_stance.update(a.stance for a in attributions if a.stance)
    words_by_type = Counter({t: 0 for t in SPEAKER_TYPES})
    unattributed = 0
    for q in quotes:
        if q.attribution is not None and 0 <= q.attribution < len(everything):
            words_by_type[everything[q.attribution].speaker_type] += q.words
        else:
            unattributed += q.words
    named = Counter(" ".join(a.who.split()) for a in attributions if a.speaker_type == "named_person")
    return AttributionSummary(
        attributions=n,
        by_type=dict(by_type),
        by_form=dict(by_form),
        by_stance=dict(by_stance),
        anonymous_share=_share(by_type["anonymous"], n),
        named_share=_share(by_type["named_person"], n),
        direct_share=_share(by_form["direct"] + by_form["mixed"], n),
        relayed_anonymous=sum(a.relays_anonymous for a in attributions),
        quoted_words=sum(words_by_type.values()),
        quoted_words_by_type=dict(words_by_type),
        unattributed_quoted_words=unattributed,
        top_named_speakers=named.most_common(top),
    )
