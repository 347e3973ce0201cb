"""No-break spaces between words (`he\\xa0told`, `”\\xa0added Gowdy`), as web pages often hold.

The tokenizer makes a lone `\\xa0` a token of its own, and the cue and speaker rules, which look at
the next or previous token, stop at it: on the English dev set 269 of 924 articles hold one, and the
quotations beside one were found about half as often as the others. For English, the extractor reads
a copy of the Doc in which such a token is the previous word's trailing space instead: the copy's text
has a plain space in its place, so every character offset is the same, and the words of the result
are then cut from the original text. French is left alone (its typography puts no-break spaces before
`:` and inside `« »`, which its rules already expect).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc

from ..types import Attribution, Quote

NO_BREAK_SPACE = "\u00a0"
# Token attributes carried to the copy, with the annotation name Doc.has_annotation knows them by.
CARRIED = ((TAG, "TAG"), (POS, "POS"), (MORPH, "MORPH"), (LEMMA, "LEMMA"), (NORM, None), (DEP, "DEP"))


def _text_length(doc: Doc) -> int:
    """len(doc.text) without building the text (Doc.text joins every token: slow on long articles)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _lone_spaces(doc: Doc) -> np.ndarray:
    """Indices of `\\xa0` tokens that sit between two words with no other space around them."""
    rows = doc.to_array([ORTH, SPACY])
    orth, trailing = rows[:, 0], rows[:, 1].astype(bool)
    candidates = np.nonzero(orth == doc.vocab.strings.add(NO_BREAK_SPACE))[0]
    inside = candidates[(candidates > 0) & (candidates < len(doc) - 1)]
    return inside[~trailing[inside] & ~trailing[inside - 1]]


def without_no_break_spaces(doc: Doc) -> Doc | None:
    """A copy of `doc` with lone no-break space tokens made trailing spaces, or None when it has none.

    Array operations throughout: most English articles have no such token and must cost next to
    nothing, and the copy must not walk every token in Python.
    """
    if not len(doc):
        return None
    dropped = _lone_spaces(doc)
    if not len(dropped):
        return None
    keep = np.ones(len(doc), dtype=bool)
    keep[dropped] = False
    kept = np.nonzero(keep)[0]
    before_dropped = np.zeros(len(doc), dtype=bool)
    before_dropped[dropped - 1] = True
    trailing = doc.to_array([SPACY]).astype(bool)
    spaces = (trailing | before_dropped)[kept].tolist()
    words = [t.text for t in doc]
    copy = Doc(doc.vocab, words=[words[i] for i in kept], spaces=spaces)
    attrs = [attr for attr, name in CARRIED if name is None or doc.has_annotation(name)]
    if doc.has_annotation("DEP"):
        attrs.append(HEAD)  # with a parse, the heads give the sentences
    elif doc.has_annotation("SENT_START"):
        attrs.append(SENT_START)
    if doc.has_annotation("ENT_IOB"):
        attrs += [ENT_IOB, ENT_TYPE]
    rows = doc.to_array(attrs).reshape(len(doc), len(attrs)).astype("int64")
    if HEAD in attrs:  # heads are relative offsets: recount them without the dropped tokens
        col = attrs.index(HEAD)
        new_of_old = np.cumsum(keep) - 1
        position = np.arange(len(doc))
        head = position + rows[:, col]
        new_head = np.where(keep[head], new_of_old[head], new_of_old)  # a dropped head: the token itself
        rows[:, col] = new_head - new_of_old
    copy.from_array(attrs, rows[kept].astype("uint64"))
    return copy if _text_length(copy) == _text_length(doc) else None


class _TextSlices:
    """Slices of a Doc's text without building the whole text (Doc.text joins every token)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = doc.to_array([IDX]).tolist()

    def __getitem__(self, bounds: slice) -> str:
        start, end = bounds.start, bounds.stop
        first = max(bisect_right(self.starts, start) - 1, 0)
        last = bisect_left(self.starts, end)
        piece = "".join(t.text_with_ws for t in self.doc[first:last])
        offset = self.starts[first]
        return piece[start - offset : end - offset]


def with_original_words(
    doc: Doc, attributions: list[Attribution], quotes: list[Quote]
) -> tuple[list[Attribution], list[Quote]]:
    """The words of each result cut from the original Doc's text (the copy has plain spaces)."""
    text = _TextSlices(doc)

    def cut(start: int | None, end: int | None, words: str | None) -> str | None:
        return text[start:end] if start is not None and end is not None and words is not None else words

    out = [
        replace(
            a,
            text=text[a.start : a.end],
            speaker=cut(a.speaker_start, a.speaker_end, a.speaker) or a.speaker,
            resolved=cut(a.resolved_start, a.resolved_end, a.resolved),
        )
        for a in attributions
    ]
    return out, [replace(q, text=text[q.start : q.end]) for q in quotes]
