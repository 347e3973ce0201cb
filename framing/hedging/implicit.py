"""Conditionals that set up a hypothesis without a marker (French), round six.

"On continuerait à les protéger", "la réponse que l'on attendrait": a conditional of the generic
"on" says what anyone would do, not what a source reports. "Comme nous le ferions d'habitude" sets
what happens against what would happen. "Cette arrivée serait une bénédiction", "le coût serait
insupportable": a judgement of value on a supposed event. None is unverified news, so none is a hedge.

The journalistic conditional stays a hedge: a compound past ("on aurait retrouvé le corps"), a state
reported of a definite thing ("le suspect serait âgé de 30 ans", "la situation serait critique"),
and "on dirait que" (an impression, `impression_verb`). Round seven: "personne n'aurait l'envie de se
représenter", "nul ne songerait à...": what nobody would do (`negative_pronoun`), under the same
conditions as the generic "on"; "personne n'aurait été blessé" (a compound) and "la personne serait
âgée de 30 ans" (a noun) stay news. The caller reads only plain, simple
conditionals; the generic "on" is not read in a sentence that names a source, a date or a figure
("on serait proche d'un accord, selon...", "on compterait une dizaine de blessés"), while a
comparison or a judgement of value stays a hypothesis there ("comme nous le ferions d'habitude pour
Pâques », a noté..."). Word lists (`conditional_contexts`):
`generic_pronoun`, `negative_pronoun`, `impression_verb`, `comparison_conjunction`, `verb_pro_form`, `value_predicate`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .words import ClauseWords

# "comme nous le ferions": the conjunction, a subject pronoun, then the clitic that stands for the verb.
COMPARISON_REACH = 3
# "serait en même temps un cadeau", "serait hautement bénéfique": words between "serait" and its predicate.
PREDICATE_REACH = 5
# Every conditional of "être" ("serait", "seraient", "serions").
ETRE_CONDITIONAL = "ser"
AVOIR_CONDITIONAL = "aur"  # "aurait": "avoir" in the conditional, the auxiliary of a compound past


def implicit_hypothesis(
    doc: Doc, token: Token, start: int, keys: Sequence[frozenset[str]], words: ClauseWords, reported: bool
) -> str | None:
    """Why this plain conditional is a hypothesis (`generic:on`, `comparison:comme`, `value:bénédiction`),
    or None. `start` is the first token of its verb group (clitics and negation included); `reported`:
    the sentence names a source, a date or a figure."""
    generic = start > 0 and keys[start - 1] & words.generic_pronouns
    if generic and not reported and not keys[token.i] & words.impression_verbs:
        return f"generic:{doc[start - 1].text}"  # "On continuerait à les protéger"
    k = start - 1
    while k > 0 and keys[k] & words.negations:  # the parse may leave "n'" out of the verb group
        k -= 1
    if k >= 0 and keys[k] & words.negative_pronouns and not reported:
        before = doc[k - 1] if k > 0 else None
        if before is None or not (before.pos_ == "DET" or keys[before.i] & words.indefinite_determiners):
            return f"nobody:{doc[k].text}"  # "personne n'aurait l'envie de...", not "la personne serait"
    clitic = any(keys[k] & words.verb_pro_forms for k in range(max(0, start - 1), token.i))
    if clitic:
        for k in range(max(0, start - COMPARISON_REACH), start):
            if keys[k] & words.comparison_conjunctions:
                return f"comparison:{doc[k].text}"  # "comme nous le ferions d'habitude"
    if token.lower_.startswith(ETRE_CONDITIONAL):
        for k in range(token.i + 1, min(len(doc), token.i + 1 + PREDICATE_REACH)):
            if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
                break
            if keys[k] & words.value_predicates:
                return f"value:{doc[k].text}"  # "cette arrivée serait une bénédiction pour le pays"
    return None
