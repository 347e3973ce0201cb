"""Quotation shapes that cite a term, a saying or a gloss rather than keep a word at a distance.

A scare quote marks a word the writer will not own (« les « experts » du gouvernement »). News copy also
puts quotation marks around words it owns plainly: a term of art named with its marks (une « visite de
travail », un « permis de construire »: a noun with a bare "de" complement, a compound noun), a saying
borrowed whole (tomber « comme un fruit mûr »: a simile) and a gloss, opening a bracket (« (« ceux qui
suivent ») ») or after a word of equivalence (« soit la « peine plancher » »). None of them judges. A
compound that holds a loaded word still keeps it at a distance and still counts. A noun and an adjective
alone (« démocratie populaire », « experts médicaux ») is the shape irony takes as often as a term's,
and is left to the other checks.
Docs: docs/loaded.md, twenty-ninth round.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Token

COMPLEMENT_LINKS = frozenset({"de", "d'", "d’"})  # "visite de travail", "permis d'exploitation"
BRACKET_OPENERS = ("(", "[")


def is_a_compound_term(words: Sequence[Token], loaded: Collection[int]) -> bool:
    """Whether the quoted words are a compound noun in lower case, with no loaded word among them: a noun,
    then adjectives and a bare "de" complement ("visite de travail", "potentiel élevé de violence"). A
    determiner inside ("la loi de la jungle"), a capital ("bureaucrates de Bruxelles"), a loaded word or
    no complement at all ("démocratie populaire") leaves the quotation to the other checks."""
    if len(words) < 3 or words[0].pos_ != "NOUN" or any(t.i in loaded for t in words):
        return False
    if not all(t.is_lower for t in words):
        return False
    i, complement = 1, False
    while i < len(words):
        word = words[i]
        if word.pos_ == "ADJ":
            i += 1
        elif word.lower_ in COMPLEMENT_LINKS and i + 1 < len(words) and words[i + 1].pos_ == "NOUN":
            i, complement = i + 2, True
        else:
            return False
    return complement


def after_a_pointing_determiner(doc: Doc, start: int) -> bool:
    """Whether a demonstrative or a possessive stands right before the opening mark ("ce « bras de fer »",
    "leur « plan de sortie »"): the determiner points at the writer's irony (docs/loaded.md, twentieth
    round), so even a compound term keeps its distance."""
    i = start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return i >= 0 and doc[i].pos_ == "DET" and ("Dem" in doc[i].morph.get("PronType") or bool(doc[i].morph.get("Poss")))


def opens_a_simile(words: Sequence[Token], openers: Collection[str]) -> bool:
    """Whether the quotation opens on a word of comparison (« comme un fruit mûr »): a saying borrowed whole."""
    return bool(openers) and words[0].lower_ in openers


def after_a_gloss_word(doc: Doc, start: int, gloss_words: Collection[str]) -> bool:
    """Whether a word of equivalence, after a comma, stands before the opening mark past its determiners
    (", soit la « … »"): the quotation restates what comes before, as a gloss ("soit … soit" opening a
    clause is an alternative, not a gloss)."""
    i = start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space or doc[i].pos_ == "DET"):
        i -= 1
    return i > 0 and doc[i].lower_ in gloss_words and doc[i - 1].text == ","


def opens_brackets(text: str, outer_start: int) -> bool:
    """Whether the quotation opens a pair of brackets (« (« ceux qui suivent » sur le réseau) »): a gloss."""
    return text[max(0, outer_start - 3) : outer_start].rstrip(" \u00a0\u202f").endswith(BRACKET_OPENERS)
