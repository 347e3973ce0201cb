"""A small token-pattern matcher for lexicon `pattern:` entries, indexed by first word.

spaCy's Matcher tries every pattern at every token, which made the hedge and booster lexicons cost
more than the rest of the framing components together. Lexicon patterns almost always start with a
known word ("sans doute", "près de + number"), so this matcher only tries a pattern where its first
word (form or lemma) occurs. It reads the subset of the spaCy pattern language the lexicons use (LOWER, TEXT, ORTH,
LEMMA, POS, TAG, LIKE_NUM, IS_ALPHA, IS_PUNCT, IS_DIGIT; values, IN, NOT_IN, REGEX; OP ? + * !);
`supported()` tells the caller when a pattern needs spaCy's Matcher instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

STRING_ATTRS: dict[str, Callable[[Token], str]] = {
    "LOWER": lambda t: t.lower_,
    "TEXT": lambda t: t.text,
    "ORTH": lambda t: t.text,
    "LEMMA": lambda t: t.lemma_,
    "POS": lambda t: t.pos_,
    "TAG": lambda t: t.tag_,
}
FLAG_ATTRS: dict[str, Callable[[Token], bool]] = {
    "LIKE_NUM": lambda t: t.like_num,
    "IS_ALPHA": lambda t: t.is_alpha,
    "IS_PUNCT": lambda t: t.is_punct,
    "IS_DIGIT": lambda t: t.is_digit,
}
OPS = frozenset({"?", "+", "*", "!"})
VALUE_KEYS = frozenset({"IN", "NOT_IN", "REGEX"})
MAX_REPEAT = 8


def supported(pattern: Sequence[dict[str, Any]]) -> bool:
    for spec in pattern:
        for key, value in spec.items():
            if key == "OP":
                if value not in OPS:
                    return False
            elif key in FLAG_ATTRS:
                if not isinstance(value, bool):
                    return False
            elif key in STRING_ATTRS:
                if isinstance(value, dict) and not set(value) <= VALUE_KEYS:
                    return False
            else:
                return False
    return bool(pattern)


@dataclass(frozen=True)
class _Test:
    """One token spec compiled into predicates."""

    checks: tuple[Callable[[Token], bool], ...]
    op: str | None

    def __call__(self, token: Token) -> bool:
        return all(check(token) for check in self.checks)


def _string_check(getter: Callable[[Token], str], value: Any) -> Callable[[Token], bool]:
    if isinstance(value, str):
        return lambda t: getter(t) == value
    tests: list[Callable[[str], bool]] = []
    if "IN" in value:
        allowed = frozenset(value["IN"])
        tests.append(lambda s: s in allowed)
    if "NOT_IN" in value:
        banned = frozenset(value["NOT_IN"])
        tests.append(lambda s: s not in banned)
    if "REGEX" in value:
        rx = re.compile(value["REGEX"])
        tests.append(lambda s: rx.search(s) is not None)
    return lambda t: all(test(getter(t)) for test in tests)


def _compile(spec: dict[str, Any]) -> _Test:
    checks: list[Callable[[Token], bool]] = []
    for key, value in spec.items():
        if key == "OP":
            continue
        if key in FLAG_ATTRS:
            flag = FLAG_ATTRS[key]
            checks.append(lambda t, flag=flag, value=value: flag(t) == value)
        else:
            checks.append(_string_check(STRING_ATTRS[key], value))
    return _Test(tuple(checks), spec.get("OP"))


def _first_words(spec: dict[str, Any]) -> frozenset[str] | None:
    """Lower-cased words a pattern can start with, or None when it can start anywhere."""
    if spec.get("OP") in ("?", "*", "!"):
        return None
    for key in ("LOWER", "TEXT", "ORTH", "LEMMA"):
        value = spec.get(key)
        if isinstance(value, str):
            return frozenset({_key(value)})
        if isinstance(value, dict) and "IN" in value:
            return frozenset(_key(str(v)) for v in value["IN"])
    return None


def _key(word: str) -> str:
    return word.replace("’", "'").lower()


class PatternMatcher:
    """Finds (key, start, end) for every pattern added, longest end per start and key."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[str, tuple[_Test, ...]]]] = {}
        self._anywhere: list[tuple[str, tuple[_Test, ...]]] = []

    def add(self, key: str, pattern: Sequence[dict[str, Any]]) -> None:
        compiled = (key, tuple(_compile(spec) for spec in pattern))
        first = _first_words(pattern[0])
        if first is None:
            self._anywhere.append(compiled)
        else:
            for word in first:
                self._by_first.setdefault(word, []).append(compiled)

    def __call__(self, doc: Doc, keys: Sequence[frozenset[str]]) -> list[tuple[str, int, int]]:
        """Matches in `doc`; `keys` are each token's lower-cased form and lemma (apostrophes as ')."""
        found = set()
        for i, token_keys in enumerate(keys):
            candidates = [c for k in token_keys for c in self._by_first.get(k, ())]
            for key, tests in (*candidates, *self._anywhere):
                end = _longest(doc, tests, 0, i)
                if end is not None and end > i:
                    found.add((key, i, end))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))


def _longest(doc: Doc, tests: tuple[_Test, ...], k: int, i: int) -> int | None:
    """The furthest token index where tests[k:] can end when started at token i, else None."""
    if k == len(tests):
        return i
    test = tests[k]
    op = test.op
    if op == "!":
        return _longest(doc, tests, k + 1, i + 1) if i < len(doc) and not test(doc[i]) else None
    best: int | None = None
    if op in ("?", "*"):
        best = _longest(doc, tests, k + 1, i)
    repeats = 1 if op in (None, "?") else MAX_REPEAT
    j = i
    for _ in range(repeats):
        if j >= len(doc) or not test(doc[j]):
            break
        j += 1
        end = _longest(doc, tests, k + 1, j)
        if end is not None and (best is None or end > best):
            best = end
    return best
