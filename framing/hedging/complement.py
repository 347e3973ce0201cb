"""Does a verb of belief, bet or evidence carry a clause? (round twenty-six)

"Investigators believe the fire started in the kitchen", "banks bet rates will fall", "the data suggest
older drivers are safer": the clause that holds the view often opens without "that", and with any word
(a name, a bare noun, "someone"), so a list of the clause's possible first words always misses some.
The parse says it directly (the verb has a clausal complement); with no parse, a finite auxiliary or
modal a few words on ("believe official figures will...", "believes Sam is...") shows that a clause has
begun, while "believe in", "think of" or an object alone ("suggests a rethink") show none.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .words import ClauseWords

CLAUSAL_COMPLEMENTS = frozenset({"ccomp"})
# How far the surface reading looks for the clause's finite verb ("believe the new interest rates will").
FINITE_REACH = 5
# A possessive inside the clause's subject ("believe the city's buses will"): read through, never as "is".
POSSESSIVES = frozenset({"'s", "’s"})


def carries_clause(
    doc: Doc, verb_index: int, keys: Sequence[frozenset[str]], words: ClauseWords, has_dep: bool
) -> bool:
    """Whether the verb at `verb_index` takes a clause: a `ccomp` in the parse, else a finite
    auxiliary or modal within `FINITE_REACH` words, with no punctuation before it."""
    if has_dep:
        return any(child.dep_.lower() in CLAUSAL_COMPLEMENTS for child in doc[verb_index].children)
    for k in range(verb_index + 1, min(len(doc), verb_index + 1 + FINITE_REACH)):
        if doc[k].text in POSSESSIVES:
            continue  # lemmatised "have" or "be" without a parse, but here a possessive
        if keys[k] & words.finite_verbs:
            return k > verb_index + 1  # "believe is" has no subject between: not a clause
        if not doc[k].is_alpha:
            return False  # a comma, a quotation mark, a figure: the clause, if any, is not this verb's
    return False
