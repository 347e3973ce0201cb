"""A quantified group outside a speaking position (round 44, docs/hedging.md).

"Plusieurs experts estiment que ...", "selon de nombreux chercheurs": the group is the source of a claim, a
vague attribution. "Un complot visant plusieurs hauts responsables", "face à de nombreux reproches",
"plusieurs spécialistes ignoraient l'œuvre": the same words name people acted on, or who do something other
than say, think or perceive; a reader counts them as a rough number, not as a source. Read only where an entry
asks for it (`data.speaking_position`) and only from the parse: without one, the group keeps its reading.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ..matching import norm

# The group as a subject, and the roles of a thing acted on or a complement of a verb or adjective.
SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})
OBJECT_RELS = frozenset({"obj", "iobj"})
OBLIQUE_RELS = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent"})
# A that-clause or a quoted clause under the verb: whatever the verb, the group holds or says a view.
CLAUSE_RELS = frozenset({"ccomp", "parataxis"})
# A verb chain the view may be carried by: "semblent penser que", "ont tenu à rappeler que".
CHAIN_RELS = frozenset({"xcomp"})


class SpeakingWords(NamedTuple):
    """An entry's word sets for `silent_group` (keys, as `matching.norm` writes them)."""

    verbs: Set[str]  # verbs of saying, thinking, perceiving and foreseeing
    source_cases: Set[str]  # prepositions that make a complement a source ("selon", "par", "d'après")
    speech_nouns: Set[str] = frozenset()  # heads that are speech or sources ("de nombreux témoignages")
    addressee_cases: Set[str] = frozenset()  # prepositions of an addressee ("a raconté à plusieurs médias")


def silent_group(doc: Doc, start: int, end: int, keys: Sequence[frozenset[str]], words: SpeakingWords) -> Token | None:
    """The word that places doc[start:end] outside a speaking position, or None when it may be a source.

    A group is a source as subject of one of `words.verbs` or after one of `words.source_cases`; a speech
    noun ("de nombreux témoignages le confirment") is a source itself, silent only as an addressee (round 45)."""
    head = _group_head(doc, start, end)
    if head is None:
        return None
    governor = head.head
    if governor.i == head.i:
        return None
    if keys[head.i] & words.speech_nouns:
        return _addressee_of(doc, start, head, words.addressee_cases)
    # "beaucoup de chercheurs tentent ...": the parser may hang the group on its adverb of quantity
    adverb_subject = head.pos_ == "ADV" and governor.pos_ in ("VERB", "AUX") and governor.i >= end
    if head.dep_ in SUBJECT_RELS or adverb_subject:
        # a passive subject is acted on ("ont été entendus") unless a clause holds its view ("sont convaincus que")
        passive = head.dep_ == "nsubj:pass"
        return None if _holds_a_view(doc, governor, keys, frozenset() if passive else words.verbs) else governor
    if head.dep_ in OBJECT_RELS and governor.pos_ in ("VERB", "AUX"):
        return governor  # "visant plusieurs hauts responsables": people acted on
    if head.dep_ in OBLIQUE_RELS and governor.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
        cases = _cases(doc, start, head, SOURCE_CASE_REACH)
        if cases & words.source_cases:
            return None  # "selon de nombreux experts", "évoquée par certains usagers"
        return governor if cases else None  # "face à de nombreux reproches"
    return None


def _addressee_of(doc: Doc, start: int, head: Token, addressee_cases: Set[str]) -> Token | None:
    """The verb a speech noun is only the addressee of ("a confié à plusieurs médias"), or None: a speech
    noun told something is not the source of it; elsewhere speech nouns stay sources."""
    governor = head.head
    if head.dep_ not in OBLIQUE_RELS or governor.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    return governor if _cases(doc, start, head, ADDRESSEE_CASE_REACH) & addressee_cases else None


SOURCE_CASE_REACH = 2  # "évoquée par certains usagers", "d'après de nombreux experts"
ADDRESSEE_CASE_REACH = 1  # "a confié à plusieurs médias"


def _cases(doc: Doc, start: int, head: Token, reach: int) -> set[str]:
    """The prepositions of a group headed by `head` and starting at `start`: the parse's case markers and the
    `reach` words right before it (the parser may attach `selon` or `à` elsewhere)."""
    cases = {norm(c.text) for c in head.children if c.dep_ in ("case", "fixed")}
    return cases | {norm(c.text) for c in doc[max(0, start - reach) : start]}


def _group_head(doc: Doc, start: int, end: int) -> Token | None:
    """The noun the group's words hang on: the token of the span whose head lies outside it."""
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head.i == token.i:
            return token if token.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "ADV") else None
    return None


def _holds_a_view(doc: Doc, verb: Token, keys: Sequence[frozenset[str]], speaking: Set[str]) -> bool:
    """Whether the verb a group is subject of says, thinks, perceives or foresees, itself, through a clause
    it governs ("sont convaincus que"), or through the verb of its chain ("semblent penser que")."""
    if keys[verb.i] & speaking:
        return True
    chain = [verb, *(c for c in verb.children if c.dep_ in CHAIN_RELS)]
    for token in chain:  # the chained verb counts by its clause only: "tentent d'expliquer ces crues" does not
        for child in token.children:
            if child.dep_ in CLAUSE_RELS:
                return True
    return False
