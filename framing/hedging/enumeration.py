"""French "ça peut être X, Y ou Z": the forms a thing takes, not a guess (round thirty-six).

"Pour l'aide, ça peut être une allocation, un prêt ou une remise de dette", "il y a des fugues, des
accidents, ou cela peut être un départ choisi": "pouvoir" with "être" and an indefinite noun phrase
that is one member of a list of alternatives says what shapes a kind of thing comes in (root,
existential possibility), the way "parfois" would. The writer is not unsure of a fact, and the read
sets mark it as no hedge (H44, H49). One noun phrase alone ("ça peut être une erreur") stays the
lexicon's hedge: one possibility put forward, a guess.

The list is read on the surface inside the sentence: the noun phrase after "être" opens with an
indefinite determiner, and either "ou"/"soit" stands just before the pronoun (the list's last member)
or a comma, "ou" or "soit" followed by another indefinite determiner comes within a few words after it.
Work is done only where the lexicon entry matched (data `listed_forms`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc

from ..matching import norm

# How far after the first determiner the next member of the list may open ("une aide financière, un").
LIST_REACH = 8
# Punctuation that ends the span where a list is looked for.
LIST_STOPS = frozenset({".", ";", ":", "!", "?", "(", "«", "»", '"'})


def lists_forms(doc: Doc, start: int, end: int, sentence: tuple[int, int], data: Mapping[str, Any]) -> bool:
    """Whether the match doc[start:end] ("ça peut être") opens one member of a list of alternatives.

    `data` is the entry's `listed_forms`: `verb` (the match's last word, "être"), `determiners`
    (indefinite determiners that open a member), `links` (a comma, "ou", "soit" between members) and
    `openers` ("ou", "soit" just before the pronoun).
    """
    verb = norm(str(data.get("verb") or ""))
    determiners = frozenset(norm(str(w)) for w in data.get("determiners") or [])
    links = frozenset(norm(str(w)) for w in data.get("links") or [])
    openers = frozenset(norm(str(w)) for w in data.get("openers") or [])
    lo, hi = sentence
    if end >= hi or norm(doc[end - 1].text) != verb or norm(doc[end].text) not in determiners:
        return False
    if start - 1 >= lo and norm(doc[start - 1].text) in openers:
        return True  # "des fugues, des accidents, ou cela peut être un départ choisi"
    for k in range(end + 1, min(hi - 1, end + 1 + LIST_REACH)):
        word = norm(doc[k].text)
        if word in LIST_STOPS:
            return False
        if word in links and norm(doc[k + 1].text) in determiners:
            return True  # "une allocation, un prêt", "une allocation ou un prêt"
    return False
