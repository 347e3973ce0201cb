"""The word bases of the voice-split rates, computed in one place for an article's `scores` and for the
profiles (framing.analyse.article_scores and framing.profiles.article_components).

A rate's count and base must cover the same words, and each family reads voices its own way: a loaded
hit in reported speech is the writer's word choice, so the loaded reporter base is every word outside
quotation marks; a hedge or booster there is the speaker's (`reported`, round 32), so their reporter
base also leaves out the words of reported speech (`ArticleInfo.reported_words`, round 34). Two copies
of this arithmetic could drift apart, and an article's figure would then disagree with its outlet's.

The speakers' side (round 35): the cues of the two speakers' voices, `quoted` (inside quotation marks)
and `reported` (indirect speech), over the words of quotations and reported speech, so that "how
cautious are the people an outlet gives voice to" counts what they say in either form; the quoted-only
rate left out every cue of indirect speech. With the reporter's own words, these words make the whole
article, as the two voices' cues make every counted cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .types import Quote

SPEAKER_VOICES = frozenset({"quoted", "reported"})  # the voices of the speakers' rates
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class VoiceBases:
    """Words of one article by voice; every field is a count of words."""

    words: int  # all of them: the base of the all-voice rates
    quoted: int  # inside quotation marks (never more than `words`)
    # the quotations' own count before that cap (a regular expression on each quotation, where the
    # article's words are tokens): the article's `quoted_share` has always read it
    quoted_uncapped: int
    reporter: int  # outside quotation marks: the loaded reporter base
    own: int  # outside quotation marks and reported speech: the hedge and booster reporter base
    # in quotations or reported speech, the rest of the words (round 35): the base of the speakers' hedge
    # and booster rates, whose count is the cues of both speakers' voices, `quoted` and `reported`
    speakers: int


def quote_words(quote: Quote) -> int:
    """Words inside a quote; falls back to counting word characters runs if the analyser left 0."""
    if quote.words:
        return quote.words
    return len(_WORD.findall(quote.text))


def voice_bases(words: int, quotes: Iterable[Quote], reported_words: int) -> VoiceBases:
    """The bases of one article from its word count, its quotations and its words of reported speech
    (an analysis written before round 34 reads back with 0 there, which gives the base it was made with)."""
    uncapped = sum(quote_words(q) for q in quotes)
    quoted = min(uncapped, words)
    reporter = words - quoted
    own = max(reporter - reported_words, 0)
    return VoiceBases(
        words=words, quoted=quoted, quoted_uncapped=uncapped, reporter=reporter, own=own, speakers=words - own
    )
