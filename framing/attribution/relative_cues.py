"""English cues inside a relative clause on a subject: `Ruiz, who said the plan was flawed, voted
against it`, `Commuters who were hoping to catch the train said ...`.

The relative pronoun speaks (PolNeAR and the quotation sets mark `who` as the speaker), but what it
said stops where the relative clause does: at the comma that closes a `, who ...,` aside when the main
verb follows it, or before the main clause's own cue. Without this the content runs on into the main
predicate (`the plan was flawed, voted against it`) and takes the main record's gold content.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..quotes import QuoteIndex
from ..token_table import token_table
from ..types import Attribution
from .resources import Resources
from .speakers import RELATIVE_WORDS

VERB_TAGS = ("VERB", "AUX")


def end_relative_contents(
    doc: Doc, res: Resources, index: QuoteIndex, attributions: list[Attribution], tagged: bool
) -> list[Attribution]:
    """Each English record spoken by a relative pronoun, its content cut at the relative clause's end."""
    if res.lang != "en":
        return attributions
    return [_cut(doc, res, index, a, attributions, tagged) if _relative_speaker(a) else a for a in attributions]


def _relative_speaker(a: Attribution) -> bool:
    return (
        a.speaker.lower() in RELATIVE_WORDS
        and a.content_start is not None
        and a.content_end is not None
        and a.content_start >= a.end  # the content follows the cue
    )


def _cut(
    doc: Doc, res: Resources, index: QuoteIndex, a: Attribution, found: list[Attribution], tagged: bool
) -> Attribution:
    """The content up to the main clause's cue (`who were hoping to ... said`) or up to the first comma
    outside quotations when a finite verb follows it (`who said X, voted`)."""
    assert a.content_start is not None and a.content_end is not None
    end = a.content_end
    for other in found:
        if a.content_start < other.start < end and other.speaker_start is not None and other.speaker_start < a.start:
            end = other.start  # the main clause's cue, whose subject comes before the relative
    span = doc.char_span(a.content_start, end, alignment_mode="expand")
    if span is not None:
        for t in span[:-1]:
            if t.text != "," or index.containing(t.idx) is not None:
                continue
            if _finite_verb(doc[t.i + 1], res, tagged):
                end = t.idx
            break  # only the first comma can close the relative
    text = token_table(doc).text  # Doc.text joins every token again on each access
    while end > a.content_start and text[end - 1] in " \n\t,;—–-":
        end -= 1
    return a if end >= a.content_end or end <= a.content_start else replace(a, content_end=end)


def _finite_verb(t: Token, res: Resources, tagged: bool) -> bool:
    """A lower-case verb opening the main predicate: tagged VERB/AUX (not a participle or gerund), or
    untagged an auxiliary, a modal, a listed verb form of saying or a past form in -ed (`, voted`)."""
    if not t.text[:1].islower():
        return False
    if tagged:
        return t.pos_ in VERB_TAGS and t.tag_ not in ("VBG", "VBN", "TO")
    low = t.lower_
    return res.has("auxiliary", low) or res.has("modal", low) or low in res.verb_forms or low.endswith("ed")
