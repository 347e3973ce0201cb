"""A feeling the sentence ascribes to someone reports that person's state (French, thirty-fourth round).

The lexicon's words of feeling ("consterné", "excédé", "très remonté", "désarroi", "vives inquiétudes")
are loaded when the writer's own tone carries them ("la panique sanitaire", "attiser l'hystérie"). News
copy also uses them to report how someone reacted: "le maire s'est dit consterné", "la riveraine est
très remontée", "elle ne cache pas son désarroi", "la taxe suscite de vives inquiétudes". There the word
names a state someone is in, said by them or seen in them; persuasion annotators leave it unmarked (on
the read span sets of rounds 30-33 such hits lay on no technique span). Read from word order, at the
hits of the rule's `entries` only (`lexicons/<lang>/senses.yaml`, rule entry `feelings ascribed`):

- an adjective or participle of feeling after a form of a verb that predicates a state of its subject
  (`state_verbs`: être, se dire, se montrer, se déclarer...), degree adverbs and quotation marks
  between them skipped;
- a noun of feeling right after a possessive determiner (`possessives`, one adjective may stand
  between: "sa profonde colère"), or within `window` words after a verb that arouses or shows a
  feeling (`reaction_verbs`: susciter, provoquer, exprimer, cacher...).

- inside a quotation, for the entries of `quoted_entries` (adjectives of the effect a thing has:
  "inquiétant", "impressionnant"), the predicate of a demonstrative and a form of "être" ("« c'était
  d'autant plus inquiétant »"): the speaker says how they took it (round 38).

A class that mixes feelings and acts ("vive inquiétude", "vives critiques") lists its acts in `acts`:
criticism or a protest someone voices is no state of theirs, and is left to the class.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from .lexicons import LexiconEntry, enabled_rule

RULE = "feelings ascribed"  # the term of the rule entry in senses.yaml
STATE_POS = frozenset({"ADJ", "VERB", "AUX"})  # a participle the model reads as a verb is a state too
SKIPPED_POS = frozenset({"ADV", "PUNCT"})  # degree adverbs, punctuation
DEGREE_LINKS = frozenset({"d'", "d’"})  # "c'était d'autant plus inquiétant"
COPULA = frozenset({"être"})  # the lemma of "est", "était", "sera" among a token's keys


def _skipped(token: Token) -> bool:
    """A degree adverb or a quotation mark (the model may tag a guillemet a proper noun)."""
    return token.pos_ in SKIPPED_POS or token.is_quote or token.is_punct


@dataclass(frozen=True)
class FeelingsRule:
    """The entries whose words name a feeling, and the words that ascribe one to someone."""

    entries: frozenset[str]
    state_verbs: frozenset[str]
    possessives: frozenset[str]
    reaction_verbs: frozenset[str]
    window: int
    acts: frozenset[str] = frozenset()  # nouns of a class that name an act, not a feeling ("vives critiques")
    quoted_entries: frozenset[str] = frozenset()  # a speaker's "c'est inquiétant": the speaker's state
    demonstratives: frozenset[str] = frozenset()  # the subject of that "c'est" ("c'", "ce", "ça", "cela")


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    """A word list of the rule entry, lower-cased, with the typographic apostrophe made plain."""
    return frozenset(str(w).lower().replace("’", "'") for w in data.get(key) or ())


def load(entries: Iterable[LexiconEntry]) -> FeelingsRule | None:
    """The rule from the senses family's entries, or None when absent, switched off or listing no entry."""
    entry = enabled_rule(entries, RULE)
    if entry is None:
        return None
    data = entry.data
    ids = _words(data, "entries")
    if not ids and not _words(data, "quoted_entries"):
        return None
    return FeelingsRule(
        entries=ids,
        state_verbs=_words(data, "state_verbs"),
        possessives=_words(data, "possessives"),
        reaction_verbs=_words(data, "reaction_verbs"),
        window=int(data.get("window", 3)),
        acts=_words(data, "acts"),
        quoted_entries=_words(data, "quoted_entries"),
        demonstratives=_words(data, "demonstratives"),
    )


def _quoted_reaction(doc: Doc, keys: Sequence[frozenset[str]], start: int, rule: FeelingsRule) -> bool:
    """Whether the adjective at `start` follows "c'est" (degree words between: "très", "d'autant plus")."""
    before = start - 1
    while (
        before >= 0 and (_skipped(doc[before]) or doc[before].lower_ in DEGREE_LINKS) and not doc[before].is_sent_start
    ):
        before -= 1
    if before < 1 or not keys[before] & COPULA:
        return False
    return bool(keys[before - 1] & rule.demonstratives)


def ascribed(
    doc: Doc,
    keys: Sequence[frozenset[str]],
    start: int,
    end: int,
    entry_id: str,
    rule: FeelingsRule,
    quoted: bool = False,
) -> bool:
    """Whether the feeling matched at [start, end) is ascribed to someone in its sentence (see the module);
    `quoted`: the match lies inside a quotation."""
    if quoted and entry_id in rule.quoted_entries and _quoted_reaction(doc, keys, start, rule):
        return True
    if entry_id not in rule.entries or any(keys[i] & rule.acts for i in range(start, end)):
        return False
    head = start
    while head < end - 1 and _skipped(doc[head]):  # "très remonté": the feeling word after the degree
        head += 1
    before = start - 1
    if doc[head].pos_ in STATE_POS:
        while before >= 0 and _skipped(doc[before]) and not doc[before].is_sent_start:
            before -= 1
        return before >= 0 and bool(keys[before] & rule.state_verbs)
    if before >= 0 and doc[before].pos_ == "ADJ" and not doc[before].is_sent_start:
        before -= 1  # "sa profonde colère"
    if before >= 0 and keys[before] & rule.possessives:
        return True
    i = start - 1
    while i >= max(0, start - rule.window):  # "suscite de vives inquiétudes", within the sentence
        if keys[i] & rule.reaction_verbs:
            return True
        if doc[i].is_sent_start:
            break
        i -= 1
    return False
