"""The future entity of a deal told in the conditional (French), twenty-first round (b).

"La fusion est proposée. La nouvelle entité serait cotée à Paris", "Qui dirigerait le futur groupe ?",
"le siège de l'ensemble fusionné serait à Lyon": a company or group that a merger, takeover or plan
would create does not exist yet, so whatever it would be, have or do is a term of the deal, a
hypothetical, even when a source is credited for the term ("D'après une source, le siège du nouvel
ensemble serait..."): the conditional is the deal's, not the press's.

The entity is an `entity_noun` (ensemble, entité, groupe, société, banque...) with an `entity_modifier`
beside it (nouveau, futur, fusionné, combiné, issu de, commun), as the conditional's subject, the noun
complement of its subject ("le siège du nouvel ensemble") or its direct object. A deal or proposal
word must come earlier in the text (`proposal_opener`), so "la nouvelle société" of a story with no
deal stays news. A compound past ("aurait licencié") and a reflexive event stay the journalistic
conditional.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..matching import norm
from .hypothetical import compound_conditional
from .plans import present_passive
from .words import ClauseWords

# Words on either side of the entity noun where its modifier may sit ("le futur grand groupe").
MODIFIER_REACH = 2
# Words back from the verb where its subject is looked for on the surface.
SURFACE_REACH = 8
REFLEXIVE_CLITICS = frozenset({"se", "s'"})
DE_FORMS = frozenset({"de", "d'", "du", "des"})


def deal_entity(
    doc: Doc, token: Token, subjects: Sequence[Token], keys: Sequence[frozenset[str]], words: ClauseWords
) -> str | None:
    """Why this present conditional tells a term of a deal's future entity (`deal-entity:entité`), or None."""
    if token.i > 0 and norm(doc[token.i - 1].text) in REFLEXIVE_CLITICS:
        return None  # "se serait effondré", "se retrouverait": an event or a state of something existing
    if compound_conditional(doc, token) and not present_passive(doc, token, words):
        return None  # "aurait licencié": a past the press reports
    if not any(keys[k] & words.proposal_openers for k in range(token.i)):
        return None  # no deal, proposal or project named before: a new company that exists
    for noun in [*_candidates(token, subjects), *_before(doc, token)]:
        if _entity(doc, noun, keys, words):
            return f"deal-entity:{noun.text}"
    return None


def _candidates(token: Token, subjects: Sequence[Token]) -> list[Token]:
    """The subjects, their noun complements with "de", and the verb's direct objects."""
    found: list[Token] = []
    for subject in subjects:
        found.append(subject)
        found.extend(
            c for c in subject.children if c.dep_ == "nmod" and any(norm(x.text) in DE_FORMS for x in c.children)
        )
    found.extend(c for c in token.children if c.dep_ == "obj")
    return found


def _before(doc: Doc, token: Token) -> list[Token]:
    """The nouns of the stretch right before the verb, back to a punctuation mark or a finite verb: the
    subject on the surface when the parse misses it ("le siège du nouvel ensemble serait à Nantes" is
    parsed with "serait" as the copula of "Nantes")."""
    found: list[Token] = []
    for k in range(token.i - 1, max(-1, token.i - 1 - SURFACE_REACH), -1):
        tok = doc[k]
        if tok.is_punct or (tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")):
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            found.append(tok)
    return found


def _entity(doc: Doc, noun: Token, keys: Sequence[frozenset[str]], words: ClauseWords) -> bool:
    """An entity noun with a modifier of what a deal makes within two words on either side, no
    punctuation between ("la nouvelle entité", "l'entité fusionnée", "la société issue de")."""
    if noun.pos_ == "PRON" or not keys[noun.i] & words.entity_nouns:
        return False
    for step in (-1, 1):
        for distance in range(1, MODIFIER_REACH + 1):
            k = noun.i + step * distance
            if not 0 <= k < len(doc) or doc[k].is_punct:
                break
            if keys[k] & words.entity_modifiers:
                return True
    return False
