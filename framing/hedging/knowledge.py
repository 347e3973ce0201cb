"""A statement that a matter is open is a state of knowledge, not a hedge (thirty-fourth round).

"L'origine de l'explosion reste inconnue", "sa trajectoire demeure incertaine", "nul ne connaît ses
intentions", "il est difficile de prédire à quelle vitesse": the writer says that a cause, a path, a
figure or an intention is not known yet. No claim is put forward, so none is hedged; the annotators
of the hidden test's family (H42, H43, H47) leave all of them unmarked. A claim held open stays a
hedge: a clause ("nul ne sait si l'accord tiendra", "il n'est pas certain que"), an event or a claim
named by a noun ("le retour du ministre reste incertain", "l'information n'est pas confirmée"), and
anything confirmed, verified or corroborated ("le bilan n'a pas été confirmé": someone gave it).

Only lexicon entries marked `knowledge_state` ask this, on a match, from the part-of-speech tags:
the matter is read from an indirect question or an object noun right after the cue, else from the
head noun of the cue's subject (the first noun of its clause, French putting complements after it).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .words import ClauseWords

AFTER_REACH = 4  # "nul ne connaît encore ses intentions": an object or a question word soon after the cue
SUBJECT_REACH = 12  # "la chronologie exacte de cette évolution demeure incertaine"
CLAIM_WORDS = frozenset({"si", "s'", "s’", "que", "qu'", "qu’"})  # "nul ne sait si ...": a claim stated
CLAUSE_OPENERS = frozenset({"dont", "qui", "que", "qu'", "qu’", "mais", "car", "lorsque", "quand", "si"})


def open_matter(doc: Doc, start: int, end: int, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """Whether the not-knowing cue at [start, end) bears on an open matter rather than on a claim."""
    if any(keys[k] & words.confirmation_words for k in range(start, end)):
        return False  # "n'a pas été confirmé": a claim someone made
    after = _matter_after(doc, end - 1, keys, words)
    if after is not None:
        return after
    return _subject_is_open(doc, start, keys, words)


def _matter_after(doc: Doc, last: int, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool | None:
    """An indirect question or a claim clause after the cue, or an open matter as its object; None if
    nothing after it says which."""
    for k in range(last, min(len(doc), last + 1 + AFTER_REACH)):
        token = doc[k]
        if keys[k] & words.open_question_words:
            return True  # "difficile de prédire à quelle vitesse", "personne ne sait combien"
        if token.lower_ in CLAIM_WORDS:
            return False  # "nul ne sait si l'accord tiendra"
        if k > last and token.pos_ == "NOUN":
            return True if keys[k] & words.open_matter_nouns else None  # "nul ne connaît ses intentions"
        if k > last and (token.is_punct or token.pos_ in ("VERB", "AUX")):
            return None
    return None


def _subject_is_open(doc: Doc, start: int, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """Whether the head noun of the cue's subject, the first noun of its clause, names an open matter."""
    k = start - 1
    floor = max(-1, start - 1 - SUBJECT_REACH)
    while k > floor:
        token = doc[k]
        if token.is_punct or token.lower_ in CLAUSE_OPENERS or token.is_sent_start:
            break
        k -= 1
    first = k if k > floor and doc[k].is_sent_start and not doc[k].is_punct else k + 1
    for i in range(max(first, 0), start):
        if doc[i].pos_ in ("NOUN", "PROPN"):
            return bool(keys[i] & words.open_matter_nouns)
    return False
