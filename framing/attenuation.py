"""An evaluation under attenuation is a litotes, not loaded language (French, thirty-fourth round).

"Une norme un peu brutale", "des articles moins laudateurs", "un dédain peu aimable", "une neutralité
difficilement compatible": the writer turns the judgement down, or says it by its contrary. Persuasion
annotators mark the words that charge a text, not the ones it tones down: on the read span sets of
rounds 30-33 every lexicon hit right after "peu", "moins", "plutôt"... lay outside any technique span.
A loaded hit whose first word follows one of the rule's `attenuators` (`lexicons/<lang>/senses.yaml`,
rule entry `attenuation`) is not counted, unless the attenuator belongs to a locution listed in
`not_after` ("au moins", "du moins", "le moins", "à peu près": a bound, a superlative, an
approximation). Read from word order, so it costs one look at the word before a match.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .lexicons import LexiconEntry, enabled_rule

RULE = "attenuation"  # the term of the rule entry in senses.yaml


@dataclass(frozen=True)
class Attenuation:
    """The attenuating adverbs, and for each the words before it that make it part of a locution."""

    attenuators: frozenset[str]
    not_after: Mapping[str, frozenset[str]]


def load(entries: Iterable[LexiconEntry]) -> Attenuation | None:
    """The rule from the senses family's entries, or None when absent or switched off."""
    entry = enabled_rule(entries, RULE)
    if entry is None:
        return None
    words = frozenset(str(w).lower() for w in entry.data.get("attenuators") or ())
    if not words:
        return None
    bound = entry.data.get("not_after") or {}
    not_after = {str(w).lower(): frozenset(str(x).lower() for x in bound[w]) for w in bound}
    return Attenuation(words, not_after)


def attenuated(keys: Sequence[frozenset[str]], start: int, rule: Attenuation) -> bool:
    """Whether the token before `start` is an attenuator that is not part of a listed locution."""
    if start == 0:
        return False
    found = keys[start - 1] & rule.attenuators
    if not found:
        return False
    before = keys[start - 2] if start >= 2 else frozenset()
    return any(not (before & rule.not_after.get(word, frozenset())) for word in found)
