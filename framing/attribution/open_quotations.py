"""English quotations whose marks do not pair: each paragraph's quotation is read from its own marks.

English copy carries a long quotation over paragraphs by leaving each one open and reopening the next
with a mark (`"A ¶ "B ¶ "C."`). The quote finder pairs marks over paragraph breaks on that convention,
which goes wrong in two ways the news convention settles:

- a quotation never closed before the end of the text (the excerpt stops inside a long quotation, or
  the closing mark was lost) finds no pair at all and is no quotation. Its opening mark still opens
  one: it runs to the end of its paragraph (and each later paragraph that reopens is one of its own),
  so the floating reader gives it to the speaker who introduced it;
- a mark left open by a typo pairs with a mark paragraphs later and swallows the narration in between
  (`... "We need time. ¶ But talks could resume, he said. ¶ "We hope ..."`). A paragraph that does
  not reopen with a mark ends the quotation: the open mark quotes to the end of its own paragraph and
  the marks after that break are paired again.

Attribution only (English): the voice of loaded words keeps the quote finder's marks.
"""

from __future__ import annotations

import re

from ..quotes import PADDING, QuoteMark, find_quotations
from .floating import MIN_WORDS, WORD

OPENING_MARKS = '“"'  # the double marks that open a quotation in English copy
REOPENING_MARKS = "“\"‘'`«"  # a paragraph that starts with one of these carries a quotation on
CLOSING_MARKS = '”"'
PARAGRAPH = re.compile(r"[^\n]+")


def _first_char(text: str, start: int, end: int) -> int:
    """The offset of the first character of text[start:end] that is not padding (end when none)."""
    while start < end and text[start] in PADDING:
        start += 1
    return start


def _to_paragraph_end(text: str, open_at: int, para_end: int) -> QuoteMark | None:
    """The quotation from the mark at `open_at` to the end of its paragraph, when it holds a quotation's
    worth of words (MIN_WORDS: a lone mark before a name or a title opens nothing)."""
    start = _first_char(text, open_at + 1, para_end)
    end = para_end
    while end > start and text[end - 1].isspace():
        end -= 1
    if len(WORD.findall(text[start:end])) < MIN_WORDS:
        return None
    return QuoteMark(start, end, open_at, end, text[open_at])


def _unreopened_break(text: str, q: QuoteMark) -> int:
    """The first paragraph break inside `q` followed by a paragraph that does not reopen with a mark
    and does not close `q` either (-1 when every paragraph inside reopens, the news convention for a
    long quotation, or when the one that does not holds the closing mark: a stray line break)."""
    at = text.find("\n", q.start, q.end)
    while at >= 0:
        nxt = _first_char(text, at + 1, q.end)
        if nxt < q.end and text[nxt] != "\n" and text[nxt] not in REOPENING_MARKS:
            return at if text.find("\n", nxt, q.end) >= 0 else -1
        at = text.find("\n", at + 1, q.end)
    return -1


def _repaired(text: str, q: QuoteMark) -> list[QuoteMark]:
    """`q` as it stands, or cut at a paragraph that does not reopen it: the open mark's paragraph, then
    the marks after the break paired again."""
    cut = _unreopened_break(text, q)
    if cut < 0:
        return [q]
    head = _to_paragraph_end(text, q.outer_start, cut)
    rest = text.find("\n", cut + 1, q.outer_end)
    tail: list[QuoteMark] = []
    if rest >= 0:
        shift = rest + 1
        for m in find_quotations(text[shift : q.outer_end]):
            tail += _repaired(
                text, QuoteMark(m.start + shift, m.end + shift, m.outer_start + shift, m.outer_end + shift, m.opener)
            )
    return ([head] if head is not None else []) + tail


def _unpaired_openers(text: str, marks: list[QuoteMark]) -> list[QuoteMark]:
    """A paragraph that opens with a mark no quotation holds and that no mark closes in the paragraph:
    its quotation runs to the end of the paragraph."""
    found: list[QuoteMark] = []
    spans = [(q.outer_start, q.outer_end) for q in marks]
    for para in PARAGRAPH.finditer(text):
        i = _first_char(text, para.start(), para.end())
        if i >= para.end() or text[i] not in OPENING_MARKS or any(s <= i < e for s, e in spans):
            continue
        if any(ch in CLOSING_MARKS for ch in text[i + 1 : para.end()]):
            continue  # a mark later in the paragraph: the quote finder's call
        mark = _to_paragraph_end(text, i, para.end())
        if mark is not None:
            found.append(mark)
    return found


def mend_open_quotations(text: str, marks: list[QuoteMark]) -> list[QuoteMark]:
    """`marks` with each quotation cut at a paragraph that does not reopen it, and each paragraph that
    opens a quotation never closed given its own, in text order."""
    if "\n" not in text:
        return marks
    mended = [m for q in marks for m in _repaired(text, q)]
    mended += _unpaired_openers(text, mended)
    return sorted(mended, key=lambda q: q.outer_start)
