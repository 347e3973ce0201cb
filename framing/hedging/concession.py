"""Is a cue inside a concessive clause ("même si cela n'a pas été confirmé, les rumeurs avancent ...")?

A negated confirmation hedges a fact the writer reports ("la nouvelle n'a pas été confirmée"). Inside
a concession the writer grants the point and asserts the main clause anyway: the doubt is set aside,
not expressed, and the hedge, if any, is in the main clause (twenty-ninth round, convention decision).
The clause is read on the surface, back from the cue to a comma, a colon or the sentence start: the
conjunction opening it ("même si", "bien que", "quoique", "encore que") sits in that stretch.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..matching import norm
from .words import ClauseWords, phrase_at

CLAUSE_REACH = 16  # tokens back from the cue to the conjunction of its clause
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", "«", "»", '"', "—", "–"})
SI_FORMS = frozenset({"si", "s'", "s’"})


def in_concession(doc: Doc, i: int, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """Whether the cue at token i sits in a clause opened by a concessive conjunction, before any
    comma or the start of its sentence. A bracketed aside ("bien que la Fédération (FSF) ne l'ait pas
    confirmé") is stepped over."""
    k = i - 1
    floor = max(-1, i - 1 - CLAUSE_REACH)
    while k > floor:
        token = doc[k]
        if token.text == ")":
            while k > floor and doc[k].text != "(":
                k -= 1
            k -= 1
            continue
        if token.text in CLAUSE_BREAKS or token.text in (".", "!", "?", "\n"):
            return False
        if norm(token.lower_) in SI_FORMS and k > 0 and keys[k - 1] & words.concessive_adverbs:
            return True  # "même si", "même s'il"
        for phrase in words.concessive_conjunctions:
            start = k - len(phrase) + 1
            if start >= 0 and phrase_at(doc, start, frozenset({phrase}), k + 1):
                return True
        if token.is_sent_start:
            return False
        k -= 1
    return False
