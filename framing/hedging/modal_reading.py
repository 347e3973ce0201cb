"""English "could" of a course of events: a forecast, whatever the subject (round twenty-one).

Round eight left "may"/"could" uncounted after a bare plural or with no specific subject ("patients
may develop a rash", "moss could grow"): in encyclopaedic text that states what a class can do. In
news the same frame forecasts where things are heading ("rates could go lower", "tariff cuts could
hit exports", "stocks may rise"): the verb names a change in an amount or a course of events, or an
effect on something else, and the sentence is a guess about how things will turn out. The verb's
class (`outcome_verb` in `conditional_contexts`) is the signal. Only "could": "may" of a change
in a present generic sentence mostly says what sometimes happens ("bleeding may increase", "injections
may cause rupture": the root possibility of technical prose), and Wikipedia's annotators leave it
unmarked, while present "could" of a change is the tentative forecast of news. A subject that names anyone at all
("you", "one", "a player", "anyone") keeps the rule or permission reading, and so do the negation,
perception, frequency and passive readings `modality` tells before this one.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .words import ClauseWords

# Adverbs between the modal and its verb ("could actually tick up", "may eventually fall").
ADVERB_REACH = 2


def modal_verb(doc: Doc, token: Token, j: int, keys: Sequence[frozenset[str]], has_dep: bool) -> Token | None:
    """The verb a modal carries: its head in a parse, else the first word after adverbs (`j` on)."""
    if has_dep and token.dep_.lower().startswith("aux") and token.head.i > token.i:
        return token.head
    n = len(doc)
    k, skipped = j, 0
    while k < n and skipped < ADVERB_REACH and doc[k].is_alpha and doc[k].lower_.endswith("ly"):
        k, skipped = k + 1, skipped + 1
    return doc[k] if k < n and doc[k].is_alpha else None


def outcome_verb(
    doc: Doc,
    token: Token,
    j: int,
    subject: Token | None,
    determiner: Token | None,
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    has_dep: bool,
) -> str | None:
    """The verb of change or effect a "could" forecasts ("could rise", "could hit"), or None.

    None when the subject or its determiner is a word of anyone at all ("you could face a fine", "one
    could argue", "a player could pass"): a rule or a permission whatever the verb.
    """
    for word in (subject, determiner):
        if word is not None and keys[word.i] & words.generic_subjects:
            return None
    verb = modal_verb(doc, token, j, keys, has_dep)
    if verb is None or not keys[verb.i] & words.outcome_verbs:
        return None
    return verb.text
