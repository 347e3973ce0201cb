"""English "could" of a course of events, or in a present frame: a guess (rounds twenty-one, twenty-five).

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


# The verbs of an "if" clause that set it in the past: "if it were", "if they had", "if he did".
PAST_CONDITION_WORDS = frozenset({"were", "was", "had", "did", "would", "could", "might", "should"})
PAST_TAGS = frozenset({"VBD"})
CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–"})


def predictive_condition(
    doc: Doc, marker: tuple[int, int], token: Token, sentence: tuple[int, int], has_tag: bool
) -> bool:
    """Whether the "if"/"unless" clause at `marker` is in the present: a predictive condition.

    "If the bank cuts rates, more buyers could return" forecasts under a condition the writer takes as
    open: a guess about how things will go, which news readers mark as uncertain. "If the bank cut
    rates", "if it had rained" (a past verb in the clause) imagine a case instead, and stay
    hypothetical. The clause runs from the marker to a comma or to the modal.
    """
    start = marker[1]
    end = token.i if marker[0] < token.i else sentence[1]
    words = 0
    for k in range(start, end):
        word = doc[k]
        if word.text in CLAUSE_ENDS:
            break
        if not word.is_alpha:
            continue
        words += 1
        if word.lower_ in PAST_CONDITION_WORDS:
            return False
        if has_tag and word.tag_:
            if word.tag_ in PAST_TAGS:
                return False
        elif word.is_lower and word.text.endswith("ed") and words > 1:
            return False  # "if they raised rates": a past read on the surface
    return words > 0


# Finite past forms read on the surface when there are no tags ("was", "had"; an -ed word or an irregular
# past, `past_form`, after no auxiliary).
PAST_FINITE_WORDS = frozenset({"was", "were", "had", "did"})


def past_frame(
    doc: Doc, token: Token, sentence: tuple[int, int], keys: Sequence[frozenset[str]], words: ClauseWords, has_tag: bool
) -> bool:
    """Whether the sentence of this "could" tells the past, so that "could" may be the past of "can".

    "The box had holes through which people could see", "the old gate let only one cart through, and
    few drivers could turn there": in a story told in the past "could" is what was possible or allowed
    then. With no past verb in its sentence ("the rise could also push up wages", "a pest that could
    ruin the harvest") it is the present guess of news (round twenty-five). A verb of saying or thought
    does not set the frame: "she said rates could rise" reports a forecast.
    """
    auxiliaries = words.auxiliaries | words.passive_auxiliaries | words.perfect_auxiliaries
    for k in range(*sentence):
        word = doc[k]
        if k == token.i or not word.is_alpha or keys[k] & words.governors:
            continue
        if has_tag and word.tag_:
            if word.tag_ in PAST_TAGS:
                return True
            continue
        if word.lower_ in PAST_FINITE_WORDS:
            return True
        after_auxiliary = k > sentence[0] and bool(keys[k - 1] & auxiliaries)  # "has risen", "is expected"
        regular = word.is_lower and word.lower_.endswith("ed") and k > sentence[0]
        if (regular or keys[k] & words.past_forms) and not after_auxiliary:
            return True  # "prices fell and rates climbed"
    return False
