"""Headlines set in title case (round twenty-two).

News headlines capitalise every main word ("Ferry Fares May Climb This Summer"). There the
modal "May" is the month or a name to every rule that reads case, and a tagger trained on running text
tags the line's words as names, so "May", "Might" and "Could" lose their modal reading. A line in title
case is recognised from its shape alone (most long words capitalised, no final full stop); a modal in
it is then read as the forecast a headline states, counted.
"""

from __future__ import annotations

from spacy.tokens import Doc

# Words of at least this many letters decide whether a line is in title case ("of", "the" stay small).
LONG_WORD = 4
# Share of the long words that must be capitalised, and how many long words a headline needs at least.
TITLE_SHARE = 0.8
MIN_LONG_WORDS = 3


def title_case_line(doc: Doc, i: int) -> bool:
    """Whether token i sits on a line in title case: a headline, not a sentence or a quoted title."""
    text = doc.text
    idx = doc[i].idx
    start = text.rfind("\n", 0, idx) + 1
    end = text.find("\n", idx)
    line = text[start : end if end >= 0 else len(text)].strip()
    if not line or line.endswith((".", ":", ";", ",")):
        return False
    words = [w.strip("\"'“”‘’()[]—–-") for w in line.split()]
    long_words = [w for w in words if len(w) >= LONG_WORD and w[:1].isalpha()]
    if len(long_words) < MIN_LONG_WORDS:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised / len(long_words) >= TITLE_SHARE
