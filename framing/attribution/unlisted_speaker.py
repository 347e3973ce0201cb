"""French: the speaker type shown for a source headed by a lower-case noun no list knows.

`speaker_types` types such a head `document` (its last fallback), and other rules rely on that to tell a
thing from a person (`saluer` + a thing is speech, + a person a greeting). As the *source* of a saying verb
or a source phrase, though, such a noun is mostly someone unnamed (`le riverain a confié que`, `selon le
plaisancier`): the human annotators type it anonymous. Only the type shown changes, once all rules are done,
and only for records whose own speaker words were typed by that fallback.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..types import Attribution
from .resources import Resources
from .speaker_types import classify


def unlisted_speakers_as_people(doc: Doc, attributions: list[Attribution], res: Resources) -> list[Attribution]:
    """Retype `document` sources whose head is an unlisted lower-case noun as `anonymous` (French only).

    Work: one typing per record already typed `document` with its own speaker words, nothing else."""
    if res.lang != "fr":
        return attributions
    out = []
    for a in attributions:
        if a.speaker_type == "document" and a.resolved is None and a.speaker_start is not None:
            span = doc.char_span(a.speaker_start, a.speaker_end, alignment_mode="expand")
            info = classify(doc, span.start, span.end, res) if span is not None and len(span) else None
            if info is not None and info.unlisted_noun and not _listed_thing(info.head, res):
                a = replace(a, speaker_type="anonymous")
        out.append(a)
    return out


# Lists whose nouns name a saying or a thing, never a person: the fallback's document stands for them.
THING_LISTS = (
    "thing_noun",
    "lead_noun",
    "speech_noun",
    "report_noun",
    "stance_noun",
    "premises_noun",
    "marker_non_source",
)


def _listed_thing(head: str, res: Resources) -> bool:
    """`l'annonce de X`, `cet examen`: a noun of a saying or of a thing stays a document."""
    return any(res.has(category, head) for category in THING_LISTS)
