"""English verbs of saying used in another sense: a thing as subject, a figure as object.

`claim`, `threaten`, `reveal`, `point to`, `add` have a sense that is no speech when a thing is
their subject (`animate` verbs in the lexicon): `the storm has claimed ten lives`, `the pest threatens to
spread`, `an inspection revealed cracks`. A thing still reports a finding through a clause or a quotation
(`the audit revealed that ...`), and the lists of sources miss many people, so these tests say when a
subject the lists do not know still stands for someone, or when what follows is still speech.
`add`, `claim` also have a sense of gain whose object is an amount or a count (`figure_act` verbs:
`added 500 jobs`, `claimed a third title`), whoever the subject, and so has an object whose head
is a thing won or withdrawn (`thing_object_noun`: `claimed the title`, `claim the cash`, `recalled two
models`), with or without a figure. The extractor drops both.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..matching import norm as _norm
from .annotations import has
from .content import Content
from .quote_profile import has_finite_verb
from .resources import Resources

THING_RELATIVES = ("which", "that")  # relative subjects that may stand for a thing
QUOTE_MARKS = ('"', "“", "”", "‘", "''")
# a number, bare or after a currency code or sign: `1,237`, `Rs900`, `$2.17`
AMOUNT = re.compile(r"[A-Z]?[a-z]{0,2}[$€£]?\d[\d.,]*\Z")
MAX_FIGURE_LEAD = 3  # words before the figure of an amount object: `a modest Rs900`, `more than 40`
MAX_THING_LEAD = 4  # words before the head of a thing object: `the world heavyweight boxing title`


def relative_antecedent(doc: Doc, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """The noun a relative pronoun subject stands for: the word right before it, past a comma (`the
    flood, which`, `the cause of a fire that has`)."""
    s, e = speaker
    if e - s != 1 or _norm(doc[s].lower_) not in THING_RELATIVES:
        return None
    j = s - 1 if s > 0 and doc[s - 1].text != "," else s - 2
    return (j, j + 1) if j >= 0 and doc[j].is_alpha else None


def passive_by(doc: Doc, last: int) -> bool:
    """`The plan, first reported by the Post`: a passive's subject is what was said, its agent the source."""
    return last + 1 < len(doc) and _norm(doc[last + 1].lower_) == "by"


def someone_in(span: Span, head: str, res: Resources) -> bool:
    """Also without a tagger: the subject is a name (its head capitalised: `Okoro added`), a pronoun
    (`most of them`) or a quantifier standing for people (`Many have argued`)."""
    if res.has("determiner", head):
        return True
    for t in span:
        low = _norm(t.lower_)
        if low in res.pronouns or res.has("object_pronoun", low):
            return True
        if low == head and t.text[:1].isupper():
            return True
    return False


def names_people(head: str, res: Resources) -> bool:
    """The head noun has an ending of nouns for people (`person_ending`, singular or plural: `grower`,
    `growers`): someone the lists of sources miss."""
    endings = tuple(res.words.get("person_ending", ()))
    return bool(endings) and (head.endswith(endings) or (head.endswith("s") and head[:-1].endswith(endings)))


def reports_a_clause(doc: Doc, res: Resources, content: Content | None, cue_start: int) -> bool:
    """What the thing reports is a quotation or a clause: before the verb (`A, the data suggest`), opened
    by `that`, or with a finite verb before its first punctuation mark (`revealed the plan had failed`; not
    `added a shark, and it was`)."""
    if content is None or content.quote is not None:
        return content is not None
    if content.shape != "clause":
        return False
    if content.start < cue_start:
        return True
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if res.has("complementizer", _norm(span[0].lower_)):
        return True
    return _finite_before_punctuation(span, res)


def _unquoted_object(doc: Doc, res: Resources, content: Content | None, cue_start: int) -> Span | None:
    """The words after the verb when they are neither a quotation nor a `that` clause: the only
    content whose object class can show a non-speech sense."""
    if content is None or content.quote is not None or content.start < cue_start:
        return None
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None or len(span) == 0 or res.has("complementizer", _norm(span[0].lower_)):
        return None
    return span


def figure_object(doc: Doc, res: Resources, content: Content | None, cue_start: int) -> bool:
    """What follows the verb opens on an amount or a count, a few lower-case words at most before it (`a
    modest 900 rupees`, `only 30`, `$3 million in fines`), with no `that` and no finite verb before
    its first punctuation mark: what was added or claimed, not what was said."""
    span = _unquoted_object(doc, res, content, cue_start)
    if span is None:
        return False
    for t in span[: MAX_FIGURE_LEAD + 1]:
        if t.like_num or t.is_currency or AMOUNT.match(t.text):
            return not _finite_before_punctuation(span, res)
        if not (t.is_alpha and t.is_lower):
            return False
    return False


def thing_object(doc: Doc, res: Resources, content: Content | None, cue_start: int) -> bool:
    """What follows the verb is a noun phrase whose head, a few words in, is a thing won or withdrawn
    (`thing_object_noun`: `the title of world champions`, `the cash`, `two car models`), before any
    finite verb or punctuation: gain or withdrawal, not speech."""
    span = _unquoted_object(doc, res, content, cue_start)
    if span is None:
        return False
    for t in span[: MAX_THING_LEAD + 1]:
        if res.has("thing_object_noun", _norm(t.lower_)):
            return not _finite_before_punctuation(span[: t.i - span.start], res)
        if t.is_punct:
            return False
    return False


def _finite_before_punctuation(span: Span, res: Resources) -> bool:
    """A finite verb among the words before the span's first punctuation mark (quotation marks aside)."""
    words = list(span)
    for k, t in enumerate(words):
        if t.is_punct and t.text not in QUOTE_MARKS:
            words = words[:k]
            break
    return has_finite_verb(words, res, has(span.doc, "POS"))
