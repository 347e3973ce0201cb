"""Answers remembered per Doc and per Resources, that another Resources object can never be given.

A few rules walk the whole text once to list names (persons, armed groups, organisations' bodies) and
keep the list in `doc.user_data`, per resources (English and French, or a user's extra lexicons, read
the same Doc differently). Keyed by `id(res)` alone, an answer made for a Resources object that was
since freed would be returned for a new object Python gave the same id. Each answer is therefore
kept with a weak reference to the object it was made for and used only while that reference still
points to the asking object; the memo keeps no object alive.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

from .resources import Resources

T = TypeVar("T")


def per_resources(doc: Doc, key: str, res: Resources, make: Callable[[], T]) -> T:
    """The answer kept under `key` for `res` in this Doc, made by `make()` the first time it is asked."""
    memo: dict[int, tuple[weakref.ref[Resources], T]] = doc.user_data.setdefault(key, {})
    kept = memo.get(id(res))
    if kept is not None and kept[0]() is res:
        return kept[1]
    found = make()
    memo[id(res)] = (weakref.ref(res), found)
    return found
