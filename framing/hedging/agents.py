"""Whether a modal's subject is someone who can act (round 37, read sets).

"Plusieurs facteurs peuvent expliquer la hausse" poses a possible cause: a hedge. "Le ministre peut
expliquer la mesure aux élus" says what a person is able to do: no hedge. The verb is the same; the
subject tells them apart. A person, a body or a named one (a proper noun, a personal pronoun, a noun the
attribution lexicon lists as a role, a title, a group or an institution) can act; a cause, a figure or
"cela" cannot. Read only where an entry that asks for it (`data.no_agent_subject`) matched.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .words import ClauseWords

SUBJECT_RELS = ("nsubj", "nsubj:pass")
# Pronouns of a person, and the relative "qui" read through its antecedent.
PERSON_PRONOUNS = frozenset(
    {"je", "j'", "j’", "tu", "nous", "vous", "on", "l'on", "l’on", "il", "elle", "ils", "elles"}
)
RELATIVE = "qui"
NAMED_KINDS = frozenset({"PER", "ORG"})


def agent_subject(doc: Doc, verb: int, keys: Sequence[frozenset[str]], words: ClauseWords, has_dep: bool) -> str | None:
    """The subject of doc[verb] when it names someone who can act, else None."""
    subject = _subject(doc, doc[verb], has_dep)
    if subject is None:
        return None
    if subject.lower_ == RELATIVE and subject.head.dep_.startswith("acl") and subject.head.head.i < subject.i:
        subject = subject.head.head  # "le maire, qui peut expliquer ...": the antecedent
    if subject.lower_ in PERSON_PRONOUNS or subject.pos_ == "PROPN" or subject.ent_type_ in NAMED_KINDS:
        return subject.text
    return subject.text if keys[subject.i] & words.agent_nouns else None


def _subject(doc: Doc, token: Token, has_dep: bool) -> Token | None:
    """The parsed subject of the modal, or the word just before it when there is no parse."""
    if has_dep:
        for child in token.children:
            if child.dep_ in SUBJECT_RELS and child.i < token.i:
                return child
        return None
    return doc[token.i - 1] if token.i > 0 else None
