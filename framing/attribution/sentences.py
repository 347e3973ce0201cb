"""Sentence boundaries the attribution rules can trust.

The small parsers cut sentences inside names (`Mohammed Shia al-Sudani`) and quotations, and the
rule-based English pipeline may have none; the rules only need a robust notion of "the same sentence",
so it is computed here from punctuation, paragraph breaks and quotation marks, in one pass.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..quotes import QuoteMark
from .resources import Resources

CLOSERS = ("»", '"', "”", "’", ")")


class Sentences:
    """`bounds(i)` -> (start, end) token range of the sentence holding token i."""

    def __init__(self, doc: Doc, res: Resources, marks: list[QuoteMark] | None = None) -> None:
        n = len(doc)
        closing = {q.outer_end - 1 for q in marks or ()}
        self._start = [0] * n
        self._end = [n] * n
        starts = [0]
        for i, tok in enumerate(doc):
            if i + 1 >= n:
                break
            if "\n" in tok.text or "\n" in tok.whitespace_:
                starts.append(i + 1)
                continue
            if tok.text in (".", "!", "?", "…") or (tok.text.endswith(".") and len(tok.text) > 1):
                if (
                    tok.text.endswith(".")
                    and i > 0
                    and tok.text == "."
                    and (
                        doc[i - 1].lower_ in res.words.get("abbreviation", ())
                        or (len(doc[i - 1].text) == 1 and doc[i - 1].text.isupper())
                    )
                ):
                    continue
                if len(tok.text) > 1 and (
                    "." in tok.text[:-1] or tok.text[:-1].lower() in res.words.get("abbreviation", ())
                ):
                    continue
                j = i + 1
                while j < n and (doc[j].idx in closing or (doc[j].text in CLOSERS and doc[j].text != '"')):
                    j += 1
                if j < n and (doc[j].text[:1].isupper() or doc[j].text[:1] in '«"“' or doc[j].is_space):
                    starts.append(j)
        starts = sorted(set(starts))
        starts.append(n)
        for k in range(len(starts) - 1):
            a, b = starts[k], starts[k + 1]
            for i in range(a, b):
                self._start[i] = a
                self._end[i] = b

    def bounds(self, i: int) -> tuple[int, int]:
        return self._start[i], self._end[i]
