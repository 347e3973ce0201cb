"""Lexical cues: epistemic adverbs and phrases, modals, approximators and boosters from the lexicons.

Terms match word by word on a token's lower-cased form or lemma; `pattern` entries go through a spaCy
Matcher. Both are built once per pipeline. Entries with `data.mood: conditional` (French pouvoir,
devoir) are not matched here: only their conditional forms are hedges, which `mood` decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from ..lexicons import LexiconEntry, normalize_term
from .patterns import PatternMatcher, supported
from .words import Annotations, context_allows, norm

# Token attributes that only a trained component (or a lemmatizer) fills in.
ANNOTATIONS = frozenset({"LEMMA", "POS", "TAG", "MORPH", "DEP"})


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
        # Patterns go to a matcher indexed by first word (see `patterns`); the rare pattern it cannot
        # read goes to spaCy's Matcher, one per set of annotations it needs (spaCy refuses to match
        # LEMMA or POS on a Doc without them, and a pipeline without a lemmatizer must still work).
        self._patterns = PatternMatcher()
        self._matchers: dict[frozenset[str], Matcher] = {}
        self._by_id: dict[str, LexiconEntry] = {}
        for entry in self.entries:
            if entry.pattern is None:
                continue
            self._by_id[entry.id] = entry
            if supported(entry.pattern):
                self._patterns.add(entry.id, entry.pattern)
            else:
                needs = frozenset(k for tok in entry.pattern for k in tok if k in ANNOTATIONS)
                self._matchers.setdefault(needs, Matcher(nlp.vocab)).add(entry.id, [list(entry.pattern)])

    def find(self, doc: Doc, keys: Sequence[frozenset[str]], annotations: Annotations) -> list[CueMatch]:
        found: list[CueMatch] = []
        n = len(keys)
        for i, key_set in enumerate(keys):
            for key in key_set:
                for words, entry in self._first.get(key, ()):
                    end = i + len(words)
                    if end <= n and all(words[k] in keys[i + k] for k in range(1, len(words))):
                        found.append(CueMatch(i, end, entry))
        for entry_id, start, end in self._patterns(doc, keys):
            found.append(CueMatch(start, end, self._by_id[entry_id]))
        for needs, matcher in self._matchers.items():
            if all(attr in annotations for attr in needs):
                for match_id, start, end in matcher(doc):
                    found.append(CueMatch(start, end, self._by_id[doc.vocab.strings[match_id]]))
        found = [m for m in found if context_allows(m.entry.context, keys, doc, m.start, m.end)]
        return longest_first(found)


def longest_first(matches: list[CueMatch]) -> list[CueMatch]:
    """Non-overlapping matches, longest first, then leftmost ("sans aucun doute" over "sans doute")."""
    taken: set[int] = set()
    kept = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        span = range(m.start, m.end)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)
