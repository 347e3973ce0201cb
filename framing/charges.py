"""The name of a charge someone is accused or suspected of is reported, not made (French, 35th round).

"Les chaînes, accusées de partialité", "des soupçons d'ingérence étrangère", "le maire, soupçonné de
favoritisme": the noun after "de" names the fault another party charges someone with, and the sentence
tells of that charge. The reporter does not make it, and persuasion annotators do not mark the charge's
name there (on the read span sets of rounds 30-34, such nouns were left unmarked wherever they stood
bare after an accusation). The rule covers only the noun right after the link: a charge told with a verb
("accusé d'avoir manipulé les chiffres") or a quoted word ("accusé de « trahison »") is the accuser's
wording and stays with the other rules. Words in `lexicons/<lang>/senses.yaml`, rule entry `reported
charge`: `cues` (the verbs and nouns of accusing and suspecting, as lemmas), `links` ("de", "d'"),
`window` (tokens allowed between the cue and the link: the accused, "accuse son rival de"). Read from
word order at a candidate match only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from .lexicons import LexiconEntry, enabled_rule, rule_words

RULE = "reported charge"  # the term of the rule entry in senses.yaml
NOUN_TAGS = frozenset({"NOUN"})


@dataclass(frozen=True)
class ReportedCharge:
    """The words that introduce a charge, the links before its name, and how far apart they may be."""

    cues: frozenset[str]
    links: frozenset[str]
    window: int


def load(entries: Iterable[LexiconEntry]) -> ReportedCharge | None:
    """The rule from the senses family's entries, or None when absent or switched off."""
    entry = enabled_rule(entries, RULE)
    if entry is None:
        return None
    cues = frozenset(str(w).lower() for w in entry.data.get("cues") or ())
    links = rule_words(entry, "links")
    if not cues or not links:
        return None
    return ReportedCharge(cues, links, int(entry.data.get("window", 4)))


def names_a_charge(doc: Doc, keys: Sequence[frozenset[str]], start: int, rule: ReportedCharge) -> bool:
    """Whether the match starting at `start` is a noun right after a link ("de") that follows a cue of
    accusing or suspecting in the same clause, at most `window` tokens before the link."""
    if start < 2 or doc[start].pos_ not in NOUN_TAGS or not keys[start - 1] & rule.links:
        return False
    for i in range(start - 2, max(-1, start - 3 - rule.window), -1):
        if doc[i].is_punct:
            return False
        if keys[i] & rule.cues:
            return True
    return False
