"""Sentence boundaries the attribution rules can trust.

The small parsers cut sentences inside names (`Mohammed Shia al-Sudani`) and quotations, and the
rule-based English pipeline may have none; the rules only need a robust notion of "the same sentence",
so it is computed here from punctuation, paragraph breaks and quotation marks, in one pass.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..quotes import QuoteMark
from ..token_table import token_table
from .resources import Resources

CLOSERS = ("»", '"', "”", "’", ")")
STOP_CHARS = frozenset(".!?…")  # the last character of every token that can end a sentence


class Sentences:
    """`bounds(i)` -> (start, end) token range of the sentence holding token i."""

    def __init__(self, doc: Doc, res: Resources, marks: list[QuoteMark] | None = None) -> None:
        table = token_table(doc)
        words, lowers, idx, is_space = table.words, table.lower, table.idx, table.is_space
        abbreviations = res.words.get("abbreviation", ())
        n = len(words)
        closing = {q.outer_end - len(q.opener) for q in marks or ()}  # the closing mark's first character
        # French wire copy's straight single mark opening a quotation (`... prudent. 'Rien ...'`) starts a
        # sentence as « does; English single marks keep their own reading
        single = {q.outer_start for q in marks or () if q.opener == "'"} if res.lang == "fr" else set()
        self._start = [0] * n
        self._end = [n] * n
        starts = [0]
        # Only a line break or a final stop can end a sentence: the other tokens are passed over in one comprehension.
        ends = [i for i, text in enumerate(words[: n - 1]) if text[-1:] in STOP_CHARS or "\n" in text]
        for i in ends:
            text = words[i]
            if "\n" in text:
                starts.append(i + 1)
                continue
            if not (text in (".", "!", "?", "…") or (text.endswith(".") and len(text) > 1)):
                continue
            if (
                text == "."
                and i > 0
                and (lowers[i - 1] in abbreviations or (len(words[i - 1]) == 1 and words[i - 1].isupper()))
            ):
                continue
            initial = len(text) == 2 and text[0].isupper()  # `James B. Comey`
            if len(text) > 1 and ("." in text[:-1] or text[:-1].lower() in abbreviations or initial):
                continue
            j = i + 1
            while j < n and (idx[j] in closing or (words[j] in CLOSERS and words[j] != '"')):
                j += 1
            if j < n and (
                words[j][:1].isupper() or words[j][:1] in '«"“(' or words[j] == "''" or is_space[j] or idx[j] in single
            ):
                starts.append(j)
        starts = sorted(set(starts))
        starts.append(n)
        for k in range(len(starts) - 1):
            a, b = starts[k], starts[k + 1]
            self._start[a:b] = [a] * (b - a)
            self._end[a:b] = [b] * (b - a)

    def bounds(self, i: int) -> tuple[int, int]:
        return self._start[i], self._end[i]
