"""A hypothesis the text rules out is no hedge (round 37, read sets).

"La thèse d'un incendie criminel a été écartée", "les enquêteurs ont évacué l'hypothèse d'un
règlement de comptes": the noun names an explanation, but the sentence drops it. The annotators of
the read sets leave such nouns unmarked (H47, H50, H51: "écarter", "évacuer", "exclure"), while the
same noun kept open ("l'hypothèse d'un court-circuit est étudiée") is a hedge. Negated, the verb keeps
the hypothesis open ("n'écarte pas l'hypothèse"), and that stays a hedge (the lexicon's own entries).

Read on the surface within the sentence, only where a hypothesis entry matched: a ruling-out verb
(`ruling_out_verb` in the conditional-context lexicon) just before the noun phrase (its object), or
after it before any other full verb (its passive, "l'hypothèse ... a été exclue").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .words import ClauseWords

# Tokens between the verb and the noun phrase: "a évacué, a priori, l'hypothèse" (a comma-set adverb).
OBJECT_REACH = 5
# Tokens after the noun phrase within which its passive participle may come ("l'hypothèse d'un
# orage, évoquée un temps, a été exclue").
PASSIVE_REACH = 12
# How far before a ruling-out verb a negation reaches ("n'a pas été écartée", "ne l'exclut pas").
NEGATION_REACH = 3
# Full verbs other than the ruling-out one end the noun's clause; auxiliaries do not ("a été exclue").
CLAUSE_VERB_POS = "VERB"
STOPS = frozenset({";", ":", "mais"})


def ruled_out(
    doc: Doc,
    start: int,
    end: int,
    keys: Sequence[frozenset[str]],
    words: ClauseWords,
    sentence: tuple[int, int],
) -> str | None:
    """The ruling-out verb that drops the hypothesis of doc[start:end], or None when it stays open."""
    verbs = words.ruling_out_verbs | words.verdict_verbs
    if not verbs:
        return None
    lo, hi = sentence
    for i in range(start - 1, max(lo, start - OBJECT_REACH) - 1, -1):
        if keys[i] & words.negated_verdict_verbs:  # "n'a pas retenu la thèse du complot" (round 47)
            return doc[i].text if _negated(doc, i, start, keys, words) else None
        if keys[i] & verbs:
            return None if _negated(doc, i, start, keys, words) else doc[i].text
        if doc[i].text in STOPS:
            break  # not at another verb: the tagger reads the "a" of a set-off "a priori" as one
    for i in range(end, min(hi, end + PASSIVE_REACH)):
        if keys[i] & words.negated_verdict_verbs:  # "la thèse du complot n'a pas été retenue"
            return doc[i].text if _negated(doc, max(end, i - NEGATION_REACH), i + 1, keys, words) else None
        if keys[i] & verbs:
            return None if _negated(doc, max(end, i - NEGATION_REACH), i + 1, keys, words) else doc[i].text
        if doc[i].text in STOPS or doc[i].pos_ == CLAUSE_VERB_POS:
            break
    return None


def _negated(doc: Doc, verb: int, stop: int, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """Whether a negation stands from a few tokens before the verb up to `stop` ("n'a pas écarté
    l'hypothèse", "ne l'exclut pas", "l'hypothèse n'est pas exclue")."""
    return any(keys[k] & words.negations for k in range(max(0, verb - NEGATION_REACH), stop))
