"""A loaded noun or adjective the writer denies as a predicate is not loaded language (French, round 37).

"Le déclin du service public n'est pas un fantasme", "ce taureau n'est pas idiot": the word is the
predicate of a negated copula, and the sentence says the thing is *not* what the word calls it. The writer
does not lay the word's charge on anything; persuasion annotators leave such denials unmarked. Only the
negated copula counts as a denial: a negated figure or verb ("ne pas jeter de l'huile sur le feu", "ne
doit pas être humiliée") still charges the text (round 34 measured negation as a whole and kept it), and
the restrictive "ne ... que" affirms ("n'était que de la propagande"). Read from the parse at the match's
head, so it costs a look at that token's children.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from .lexicons import LexiconEntry, enabled_rule, rule_words

RULE = "denied predicate"  # the term of the rule entry in senses.yaml
COPULA = "cop"
ADVERB = "advmod"


@dataclass(frozen=True)
class Denial:
    """The negation adverbs that deny a predicate, and the words that make "ne" restrictive instead."""

    negators: frozenset[str]
    restrictive: frozenset[str]


def load(entries: Iterable[LexiconEntry]) -> Denial | None:
    """The rule from the senses family's entries, or None when absent or switched off."""
    entry = enabled_rule(entries, RULE)
    if entry is None:
        return None
    negators = frozenset(str(w).lower() for w in entry.data.get("negators") or ())
    return Denial(negators, rule_words(entry, "restrictive")) if negators else None


def denied_predicate(doc: Doc, start: int, end: int, rule: Denial) -> bool:
    """Whether the match's head is the predicate of a negated copula ("n'est pas un fantasme")."""
    if not doc.has_annotation("DEP"):
        return False
    if doc[start].pos_ == "ADV":
        # a degree word opens the match ("ce ne sera pas si simple"): the negation makes an understatement
        # of it, which is the loaded device itself, not a denial of the word
        return False
    head = doc[start:end].root
    children = [child for child in head.children if not start <= child.i < end]
    # the negation and "que" as adverbs of the predicate: "point" is also a noun ("chaque point est un…")
    adverbs = {child.lower_ for child in children if child.dep_ == ADVERB}
    return (
        any(child.dep_ == COPULA for child in children)
        and bool(adverbs & rule.negators)
        and not (adverbs & rule.restrictive)
    )
