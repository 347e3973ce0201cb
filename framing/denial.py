"""A loaded noun or adjective the writer denies as a predicate is not loaded language (French, round 37).

"Le déclin du service public n'est pas un fantasme", "ce taureau n'est pas idiot": the word is the
predicate of a negated copula, and the sentence says the thing is *not* what the word calls it. The writer
does not lay the word's charge on anything; persuasion annotators leave such denials unmarked. Only the
negated copula counts as a denial: a negated figure or verb ("ne pas jeter de l'huile sur le feu", "ne
doit pas être humiliée") still charges the text (round 34 measured negation as a whole and kept it), and
the restrictive "ne ... que" affirms ("n'était que de la propagande"). Read from the parse at the match's
head, so it costs a look at that token's children.

Round 40 adds the writer's other ways of laying no charge on a word, each read at a lexicon hit only: a
degree of completeness under the negated copula ("le rapport n'est pas totalement objectif": the degree is denied,
unlike the litotes "pas si simple"); a word the writer takes back ("sinon incessantes, du moins
fréquentes"); a word set at a distance by a postposed "supposé" ("sa décadence supposée"); and a word in a
question the writer answers at once with a denial ("Un complot ? Pas du tout.").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from .lexicons import LexiconEntry, enabled_rule, rule_words, term_words
from .matching import norm

RULE = "denied predicate"  # the term of the rule entry in senses.yaml
COPULA = "cop"
ADVERB = "advmod"


@dataclass(frozen=True)
class Denial:
    """The negation adverbs that deny a predicate, and the words that make "ne" restrictive instead."""

    negators: frozenset[str]
    restrictive: frozenset[str]
    # round 40 (empty when the entry does not list them)
    complete_degrees: frozenset[str] = frozenset()
    retract_openers: tuple[tuple[str, ...], ...] = ()
    retract_closers: tuple[tuple[str, ...], ...] = ()
    distancing_after: frozenset[str] = frozenset()
    denying_answers: tuple[tuple[str, ...], ...] = ()


def load(entries: Iterable[LexiconEntry]) -> Denial | None:
    """The rule from the senses family's entries, or None when absent or switched off."""
    entry = enabled_rule(entries, RULE)
    if entry is None:
        return None
    negators = frozenset(str(w).lower() for w in entry.data.get("negators") or ())
    if not negators:
        return None
    return Denial(
        negators,
        rule_words(entry, "restrictive"),
        complete_degrees=rule_words(entry, "complete_degrees"),
        retract_openers=_phrases(entry, "retract_openers"),
        retract_closers=_phrases(entry, "retract_closers"),
        distancing_after=rule_words(entry, "distancing_after"),
        denying_answers=_phrases(entry, "denying_answers"),
    )


def _phrases(entry: LexiconEntry, key: str) -> tuple[tuple[str, ...], ...]:
    """A rule entry's phrases `data[key]` as the tokenizer cuts them ("n'est" is "n'" + "est")."""
    return tuple(term_words(str(p)) for p in entry.data.get(key) or ())


def _spells(doc: Doc, i: int, phrase: Sequence[str]) -> bool:
    """Whether the tokens from i spell the phrase."""
    return i + len(phrase) <= len(doc) and all(norm(doc[i + k].text) == w for k, w in enumerate(phrase))


def denied_predicate(doc: Doc, start: int, end: int, rule: Denial) -> bool:
    """Whether the match's head is the predicate of a negated copula ("n'est pas un fantasme")."""
    if not doc.has_annotation("DEP"):
        return False
    if doc[start].pos_ == "ADV" and norm(doc[start].text) not in rule.complete_degrees:
        # a degree word opens the match ("ce ne sera pas si simple"): the negation makes an understatement
        # of it, which is the loaded device itself, not a denial of the word; a degree of completeness
        # ("pas totalement objectif", round 40) is denied with the predicate
        return False
    head = doc[start:end].root
    children = [child for child in head.children if not start <= child.i < end]
    # the negation and "que" as adverbs of the predicate: "point" is also a noun ("chaque point est un…")
    adverbs = {child.lower_ for child in children if child.dep_ == ADVERB}
    if norm(doc[start].text) in rule.complete_degrees:
        # the parser may hang the negation on the degree word ("pas totalement objectif")
        adverbs |= {child.lower_ for child in doc[start].children if child.dep_ == ADVERB}
    return (
        any(child.dep_ == COPULA for child in children)
        and bool(adverbs & rule.negators)
        and not (adverbs & rule.restrictive)
    )


# words that end the stretch a retraction or a question is looked for in
_STOPS = frozenset({".", "!", ";", "…"})
RETRACT_GAP = 2  # words allowed between "sinon" and the match
CLOSER_GAP = 4  # words allowed between the match and "du moins"
QUESTION_REACH = 40  # tokens from the match to its question mark


def retracted(doc: Doc, start: int, end: int, rule: Denial) -> bool:
    """Whether the writer takes the match back: "sinon X, du moins Y", "si ce n'est X, au moins Y"."""
    if not (rule.retract_openers and rule.retract_closers):
        return False
    opened = any(
        _spells(doc, i - len(p) + 1, p)
        for p in rule.retract_openers
        for i in range(max(0, start - 1 - RETRACT_GAP), start)
        if i - len(p) + 1 >= 0
    )
    if not opened:
        return False
    for i in range(end, min(len(doc), end + CLOSER_GAP + 1)):
        if doc[i].text in _STOPS or "\n" in doc[i].text:
            return False
        if any(_spells(doc, i, p) for p in rule.retract_closers):
            return True
    return False


def distanced(doc: Doc, start: int, end: int, rule: Denial) -> bool:
    """Whether a noun match is followed by a postposed "supposé(e)" ("sa décadence supposée"): the writer
    names someone else's word for the thing, at a distance; "supposé protéger" is "meant to"."""
    if end >= len(doc) or doc[end - 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    if norm(doc[end].text) not in rule.distancing_after:
        return False
    following = doc[end + 1] if end + 1 < len(doc) else None
    return following is None or "Inf" not in following.morph.get("VerbForm")


def answered_no(doc: Doc, start: int, end: int, rule: Denial) -> bool:
    """Whether the match lies in a question the writer answers at once with a denial ("Un réseau secret
    à l'assaut des institutions ? Pas du tout."): the word is the suggestion the writer rejects."""
    if not rule.denying_answers:
        return False
    for i in range(end, min(len(doc), end + QUESTION_REACH)):
        text = doc[i].text
        if text in _STOPS or "\n" in text:
            return False
        if text == "?":
            j = i + 1
            while j < len(doc) and (doc[j].is_space or doc[j].text == "?"):
                j += 1
            return any(_spells(doc, j, p) for p in rule.denying_answers)
    return False


def writer_declines(doc: Doc, start: int, end: int, rule: Denial) -> bool:
    """Whether the writer denies, retracts or distances the match (round 40's readings, above)."""
    return retracted(doc, start, end, rule) or distanced(doc, start, end, rule) or answered_no(doc, start, end, rule)
