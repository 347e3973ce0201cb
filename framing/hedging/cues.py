"""Lexical cues: epistemic adverbs and phrases, modals, approximators and boosters from the lexicons.

Terms match word by word on a token's lower-cased form or lemma; `pattern` entries go through the
first-word-indexed matcher shared with the loaded-language lexicon (`framing.token_patterns`). Both are
built once per pipeline. Entries with `data.mood: conditional` (French pouvoir, devoir) are not matched
here: only their conditional forms are hedges, which `mood` decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import DEFAULT_CONTEXT_WINDOW, LexiconEntry, normalize_term
from ..matching import context_allows, longest_first, norm
from ..token_patterns import LongestMatcher, hyphen_variants, positions_with_any

# French typesetting often drops the accent of a capital: a sentence-initial "A" stands for "À"
# ("A en croire", "A priori"), never for "a" (avoir) there (twenty-seventh round convention).
CAPITAL_A_LANGS = frozenset({"fr"})
CAPITAL_A = "A"
GRAVE_A = "à"


def with_capital_a(
    words: Sequence[str], keys: list[frozenset[str]], sentence_start: Callable[[int], bool]
) -> list[frozenset[str]]:
    """`keys`, where a sentence-initial capital "A" also has the key "à", so that every entry and
    marker opening with "à" reads it; the same list when there is none."""
    if CAPITAL_A not in words:
        return keys
    found = None
    for i, word in enumerate(words):
        if word == CAPITAL_A and sentence_start(i):
            found = found if found is not None else list(keys)
            found[i] = keys[i] | {GRAVE_A}
    return found if found is not None else keys


def _capital_a_variants(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The pattern, plus, when its first word may be "à", a variant whose first word is read through
    the match keys (`with_capital_a` gives a sentence-initial "A" the key "à")."""
    lower = pattern[0].get("LOWER") if pattern else None
    listed = lower == GRAVE_A or (isinstance(lower, dict) and GRAVE_A in (lower.get("IN") or ()))
    if not listed:
        return [pattern]
    return [pattern, [{"LEMMA": GRAVE_A}, *pattern[1:]]]


@dataclass(frozen=True)
class CueMatch:
    start: int  # token indices
    end: int
    entry: LexiconEntry


class LexicalCues:
    """Finds lexicon entries (terms and patterns) in a Doc, longest match first, without overlaps."""

    def __init__(self, nlp: Language, entries: Iterable[LexiconEntry]) -> None:
        self.entries = [e for e in entries if e.data.get("mood") != "conditional"]
        self._first: dict[str, list[tuple[tuple[str, ...], LexiconEntry]]] = {}
        for entry in self.entries:
            if entry.term is not None:
                words = tuple(norm(w) for w in normalize_term(entry.term).split())
                self._first.setdefault(words[0], []).append((words, entry))
        self._first_words = frozenset(self._first)
        # Every pattern the lexicon loader accepts runs in this matcher (the loader checks them with it).
        # A hyphenated word is also matched as the tokenizer cuts it: spaCy's French exceptions keep
        # "peut-être" whole only in lower case, so a sentence-initial "Peut-être" comes as three tokens.
        self._patterns = LongestMatcher()
        self._by_id: dict[str, LexiconEntry] = {}
        for entry in self.entries:
            if entry.pattern is not None:
                self._by_id[entry.id] = entry
                for pattern in hyphen_variants(entry.pattern):
                    for variant in _capital_a_variants(pattern):
                        self._patterns.add(entry.id, variant)

    def find(self, doc: Doc, keys: Sequence[frozenset[str]]) -> list[CueMatch]:
        found: list[CueMatch] = []
        n = len(keys)
        for i in positions_with_any(keys, self._first_words):  # most tokens start no term
            for key in keys[i]:
                for words, entry in self._first.get(key, ()):
                    end = i + len(words)
                    if end <= n and all(words[k] in keys[i + k] for k in range(1, len(words))):
                        found.append(CueMatch(i, end, entry))
        for entry_id, start, end in self._patterns(doc, keys):
            found.append(CueMatch(start, end, self._by_id[entry_id]))
        found = [m for m in found if context_allows(m.entry.context, doc, keys, m.start, m.end)]
        return longest_first([_from_noun(m, keys) for m in found])


def _from_noun(match: CueMatch, keys: Sequence[frozenset[str]]) -> CueMatch:
    """The match, reaching back to the noun its entry's `data.from_noun` names when one comes first
    within the context window: in "la thèse d'une fuite de gaz est privilégiée" the hedge is the
    explanation the noun names, as annotators span it, and one finding covers the noun and its verb
    (round 37), instead of one for "la thèse d'une" and another for "est privilégiée"."""
    nouns = match.entry.data.get("from_noun")
    if not nouns:
        return match
    wanted = frozenset(str(n) for n in nouns)
    window = int((match.entry.context or {}).get("window", DEFAULT_CONTEXT_WINDOW))
    for i in range(match.start - 1, max(0, match.start - window) - 1, -1):
        if keys[i] & wanted:
            return CueMatch(i, match.end, match.entry)
    return match
