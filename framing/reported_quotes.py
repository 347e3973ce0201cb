"""A speaker's words told under a plain verb of saying, in copy that takes no stance of its own (round 40).

`"It is disgusting," a resident said.`: the word is the speaker's, and a plain "said" reports it. Readers
who label sentences biased or not count such a quotation as neutral reporting unless the writer adopts it,
and the sign that the writer adopts a speaker's words is a stance of the writer's own in the same text:
loaded words outside the quotation marks. So, in a text with fewer than `stance_hits` loaded hits in the
reporter's voice, a hit inside a quotation does not count when the stretch from its sentence to the end
of its quotation holds one of the plain `verbs` of saying or naming outside quotation marks and no hit of the
reporter's voice. A slanted or assertive verb ("fumed", "insisted") or no verb at all (a headline, a pull
quote) keeps the hit. On the four read sets of round 40 (B34-B37, rule-based) the sentences it no longer
flags were labelled not biased 19 times in 21; on the dev span set en_loaded, whose long opinion texts
almost always carry three or more of the writer's own hits, it drops 35 quoted hits, 23 of them inside a
technique span (docs/loaded.md, "Round 40 (English)").
Round 43 takes up round 40's "where to take it up" (it was not merged: on B39 the quotations it dropped
were, half the time, under a slanted participle after the plain verb, "said, lamenting", or a quoted label
the writer adopts under "called"): any verb of the reporting-verb lexicon outside the marks whose stance is
not neutral (assertive, distancing, concessive, revelatory: lamented, insisted, admitted, boasted) keeps the
hit, the verbs of naming keep it too, and the stretch also reaches back to the sentence where the
quotation opens (`He said: "... . It is a racket."`), as it reached forward to where it closes.
Words in `lexicons/<lang>/senses.yaml`, rule entry `reported quotations`: `verbs` (lemmas), `stance_hits`;
the verbs that keep a hit are the reporting-verb family's entries of a non-neutral category and the rule's
`keep_verbs` (the verbs of naming, as forms).
Round 45 sets `stance_hits` to 1: only a text with no loaded hit of the writer's own loses its quoted hits
(the gate round 44's analysts proposed after rounds 40 and 43 lost adopted quotations at 3).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .lexicons import LexiconEntry, enabled_rule, rule_words
from .quotes import QuoteIndex
from .types import LoadedHit

RULE = "reported quotations"  # the term of the rule entry in senses.yaml
NEUTRAL = frozenset({"neutral"})  # the reporting-verb category whose verbs leave the words to the speaker
Bounds = Callable[[Doc, int], tuple[int, int]]  # the token bounds of the sentence that holds a token


@dataclass(frozen=True)
class ReportedQuotes:
    """The plain verbs of saying and the count of the writer's own hits from which a text takes a stance."""

    verbs: frozenset[str]
    stance_hits: int
    slanted: frozenset[str] = frozenset()  # verbs whose choice is the writer's: their presence keeps a hit


def load(entries: Iterable[LexiconEntry], reporting_verbs: Iterable[LexiconEntry] = ()) -> ReportedQuotes | None:
    """The rule from the senses family's entries, or None when absent or switched off; the reporting verbs
    of a non-neutral stance (one word, with their listed forms) are the verbs that keep a quoted hit."""
    entry = enabled_rule(entries, RULE)
    if entry is None:
        return None
    verbs = rule_words(entry, "verbs")
    stance_hits = int(entry.data.get("stance_hits", 0))
    if not verbs or stance_hits <= 0:
        return None
    slanted: set[str] = set()
    for verb in reporting_verbs:
        if verb.category in NEUTRAL or not verb.term or " " in verb.term.strip():
            continue
        slanted.add(verb.term.lower())
        slanted.update(str(form).lower() for form in (verb.data or {}).get("forms", ()) or ())
    slanted |= rule_words(entry, "keep_verbs")
    return ReportedQuotes(verbs, stance_hits, frozenset(slanted - verbs))


def drop_reported(
    doc: Doc,
    keys: Sequence[frozenset[str]],
    hits: list[LoadedHit],
    spans: list[Span],
    index: QuoteIndex,
    rule: ReportedQuotes,
    bounds: Bounds,
) -> tuple[list[LoadedHit], list[Span]]:
    """The hits and spans without the quoted hits that a plain verb of saying reports, in a text whose
    writer has fewer than `stance_hits` hits of their own."""
    own = [h for h in hits if h.voice != "quoted"]
    if len(own) >= rule.stance_hits or len(own) == len(hits):
        return hits, spans
    kept_hits: list[LoadedHit] = []
    kept_spans: list[Span] = []
    for hit, span in zip(hits, spans, strict=True):
        if not (hit.voice == "quoted" and _reported(doc, keys, hit, span, own, index, rule, bounds)):
            kept_hits.append(hit)
            kept_spans.append(span)
    return kept_hits, kept_spans


def _reported(
    doc: Doc,
    keys: Sequence[frozenset[str]],
    hit: LoadedHit,
    span: Span,
    own: Sequence[LoadedHit],
    index: QuoteIndex,
    rule: ReportedQuotes,
    bounds: Bounds,
) -> bool:
    """Whether a plain verb of saying outside quotation marks, and no hit of the writer's, lies between the
    start of the hit's sentence and the end of the sentence where its quotation closes."""
    first, last = bounds(doc, span.start)
    quote = index.containing(hit.start, hit.end)
    if quote is not None and quote.outer_end > doc[last - 1].idx + len(doc[last - 1]):
        closing = doc.char_span(quote.outer_end - 1, quote.outer_end, alignment_mode="expand")
        if closing is not None:
            last = max(last, bounds(doc, closing.start)[1])
    if quote is not None and quote.outer_start < doc[first].idx:
        # a quotation running over several sentences: its verb may stand before its first one
        opening = doc.char_span(quote.outer_start, quote.outer_start + 1, alignment_mode="expand")
        if opening is not None:
            first = min(first, bounds(doc, opening.start)[0])
    if _writer_hit_within(doc, first, last, own):
        return False
    outside = [i for i in range(first, last) if index.containing(doc[i].idx, doc[i].idx + len(doc[i])) is None]
    if any(keys[i] & rule.slanted for i in outside):
        return False
    if any(keys[i] & rule.verbs for i in outside):
        return True
    if any(doc[i].is_alpha for i in outside) or first == 0:
        return False
    # Round 46: a quotation with no word of the writer's around it, right after a sentence whose quotation a
    # plain verb reports (`"We are worried," she said. "It is a scandal."`), is the same speaker's.
    return _reported_before(doc, keys, first, own, index, rule, bounds)


def _reported_before(
    doc: Doc,
    keys: Sequence[frozenset[str]],
    first: int,
    own: Sequence[LoadedHit],
    index: QuoteIndex,
    rule: ReportedQuotes,
    bounds: Bounds,
) -> bool:
    """Whether the sentence before doc[first] holds a quotation and, outside its marks, a plain verb of saying
    and neither a slanted verb nor a hit of the writer's."""
    before_first, before_last = bounds(doc, first - 1)
    if _writer_hit_within(doc, before_first, before_last, own):
        return False
    tokens = range(before_first, before_last)
    outside = [i for i in tokens if index.containing(doc[i].idx, doc[i].idx + 1) is None]
    if len(outside) == len(tokens):
        return False  # no quotation in that sentence
    if any(keys[i] & rule.slanted for i in outside):
        return False
    return any(keys[i] & rule.verbs for i in outside)


def _writer_hit_within(doc: Doc, first: int, last: int, own: Sequence[LoadedHit]) -> bool:
    """Whether one of the writer's own hits starts in doc[first:last]."""
    lo, hi = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
    return any(lo <= h.start < hi for h in own)
