"""French: a date written out with its day number between an incise verb and its inverted subject.

Wire copy dates the statement right after the verb: `« ... », a indiqué lundi 3 mars le ministère`,
`a déclaré le 14 juillet 2023 X`, `a réagi ce jeudi 14 novembre 2024 X`, `indique le 2 février
dernier un rapport`. The date is an adjunct of the verb, never part of the speaker: without this the
noun-phrase walk took the day number (`3`, `le 3`) for the inverted subject, or gave up on a date whose
year followed the month. Called only where an inverted subject is looked for (after a reporting cue),
on the few tokens after the verb.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..matching import norm as _norm
from .resources import Resources

MAX_DATE_TOKENS = 7  # `ce jeudi 14 novembre 2024` is five, `le 2 février dernier` four
FIRST_OF_MONTH = "1er"


def date_phrase_end(doc: Doc, k: int, res: Resources) -> int:
    """The token after a written date opening at k (`lundi 3 mars`, `le 3 mars`, `ce jeudi 14
    novembre 2024`, `le 2 février dernier`, `jeudi 12`), or k when no such date opens there.

    A date here holds a weekday or a month (`calendar_word`) and a day number: a number counts as a
    day only next to a calendar word (before a month, after a weekday), so `lundi 200 manifestants`
    or `le 3e adjoint` are left alone; a four-digit year and `dernier`/`prochain` may close it.
    """
    if res.lang != "fr":
        return k
    n = len(doc)
    j = k
    if j < n and res.has("date_article", _norm(doc[j].text)):
        j += 1  # `le 3 mars`, `ce lundi 3 mars`
    # a weekday the caller already stepped over counts (`jeudi | 12 à la presse`)
    calendar = _calendar_at(doc, k - 1, res) if k > 0 else False
    day = False
    while j < n and j - k < MAX_DATE_TOKENS:
        low = _norm(doc[j].text)
        prev_calendar = j > 0 and _calendar_at(doc, j - 1, res)
        if res.has("calendar_word", low):
            calendar = True
        elif _day_number(low) and (
            _calendar_at(doc, j + 1, res) or (prev_calendar and _closes_after_day(doc, j + 1, res))
        ):
            day = True  # before a month (`3 mars`), or after a weekday (`jeudi 12`, not `lundi 20 manifestants`)
        elif low.isdigit() and len(low) == 4 and prev_calendar:
            pass  # the year after the month
        elif res.has("date_tail", low) and prev_calendar:
            pass  # `le 2 février dernier`
        else:
            break
        j += 1
    return j if day and calendar else k


def _day_number(low: str) -> bool:
    """`3`, `27`, `1er`: a day of the month."""
    return low == FIRST_OF_MONTH or (low.isdigit() and 1 <= int(low) <= 31)


def _calendar_at(doc: Doc, j: int, res: Resources) -> bool:
    """A weekday or a month at token j."""
    return j < len(doc) and res.has("calendar_word", _norm(doc[j].text))


def _closes_after_day(doc: Doc, j: int, res: Resources) -> bool:
    """After `jeudi 12`, what follows starts another phrase: punctuation, a preposition (`à la presse`),
    an article (`le directeur`), a capitalised name, or a time of day (`jeudi 12 au soir`)."""
    if j >= len(doc):
        return True
    t = doc[j]
    low = _norm(t.text)
    return (
        t.is_punct
        or res.has("np_stop", low)
        or res.has("determiner", low)
        or res.has("time_word", low)
        or (t.is_alpha and t.text[:1].isupper())
    )
