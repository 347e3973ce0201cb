"""Set phrases whose loaded-looking words are plain: terms of law and idioms of quantity or manner.

"Cruel and unusual punishment", "due process", "excessive force" are the names of legal standards: a
report that a court weighs a claim under them judges nothing ("cruel" there is the Constitution's
word). "An awful lot" is a quantity, not a horror. A loaded hit whose words all lie inside one of the
`set phrases` rule's phrases (`lexicons/<lang>/senses.yaml`) is not counted. Each phrase word is
compared like a term word (form or lemma, any case), so "punishments" and "processes" match too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .lexicons import LexiconEntry, enabled_rule

RULE = "set phrases"  # the term of the rule entry in senses.yaml


@dataclass(frozen=True)
class SetPhrases:
    """The phrases by their first word, and the longest phrase's length in words."""

    by_first: dict[str, tuple[tuple[str, ...], ...]]
    longest: int


def load(entries: Iterable[LexiconEntry]) -> SetPhrases | None:
    """The rule from the senses family's entries, or None when absent or switched off."""
    entry = enabled_rule(entries, RULE)
    if entry is None:
        return None
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in entry.data.get("phrases") or ():
        words = tuple(str(phrase).lower().replace("’", "'").split())
        if words:
            by_first.setdefault(words[0], []).append(words)
    if not by_first:
        return None
    longest = max(len(p) for phrases in by_first.values() for p in phrases)
    return SetPhrases({w: tuple(p) for w, p in by_first.items()}, longest)


def inside_a_set_phrase(keys: Sequence[frozenset[str]], start: int, end: int, rule: SetPhrases) -> bool:
    """Whether tokens [start, end) all lie inside one of the rule's phrases, as the text spells it."""
    for first in range(max(0, end - rule.longest), start + 1):
        for word in keys[first] & rule.by_first.keys():
            for phrase in rule.by_first[word]:
                last = first + len(phrase)
                if last >= end and last <= len(keys) and all(w in keys[first + k] for k, w in enumerate(phrase)):
                    return True
    return False
