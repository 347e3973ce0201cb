"""Is a verb of forecast a forecast here? (round twenty-seven)

Issue 14 counts a verb of forecast in every frame where it takes a complement ("the agency expects
prices will fall", "he expected unemployment to peak"): the lexicon's `forecast_frame` entries find
the verb and its complement. One frame is not a forecast: a forecast denied in the past ("the
majority did not expect such a defeat", "nobody had predicted the crash", "we never anticipated
this"), which reports an outcome that came and the surprise it caused, a fact of the story.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .words import ClauseWords

# The past auxiliaries of a denied forecast: "did not expect", "had never predicted".
PAST_AUXILIARIES = frozenset({"did", "had"})
# A past tense or participle, when a tagger gives one.
PAST_TAGS = frozenset({"VBD", "VBN"})


def denied_in_the_past(doc: Doc, start: int, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """Whether the forecast verb at `start` is negated in the past: "did not expect", "didn't
    anticipate", "had never predicted", "never expected" (a past form after "never")."""
    k = start - 1
    if k < 0 or not keys[k] & words.negations:
        return False
    if k >= 1 and doc[k - 1].lower_ in PAST_AUXILIARIES:
        return True
    verb = doc[start]
    if verb.tag_:
        return verb.tag_ in PAST_TAGS
    return verb.lower_.endswith("ed")
