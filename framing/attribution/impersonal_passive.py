"""French impersonal passives of saying: `est-il indiqué dans l'arrêté`, `Il est ainsi expliqué que`.

Such an `il` stands for no one: the passive of a verb of saying with the impersonal subject reports what a
text says (the annotators type it document, with the text named by `dans X` or no speaker at all). The
pronoun is not resolved to the last man named, as a personal `il` would be.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..matching import norm
from .resources import Resources

IMPERSONAL_WORDS = ("il", "-il")
BE_FORMS = ("est", "était", "sera", "serait", "fut")
CLAUSE_OPENERS = ("que", "qu'", ":")  # `Il est expliqué que ...`, `Il est précisé : « ... »`
PERSONAL_LINKS = ("de", "d'", "par")  # `il est accusé de`, `il est cité par`: a person, passive


def impersonal_passive(doc: Doc, start: int, end: int, res: Resources) -> bool:
    """The mention doc[start:end] is the `il` of an impersonal passive of a verb of saying: inverted after
    `être` (`, est-il indiqué`) or before it and opening a que-clause or a colon (`Il est précisé que`)."""
    if res.lang != "fr" or end - start != 1 or norm(doc[start].text) not in IMPERSONAL_WORDS:
        return False
    before = doc[start - 1] if start > 0 else None
    if before is not None and norm(before.text).rstrip("-") in BE_FORMS:
        participle = _participle_after(doc, end)
        if participle is None or not _of_saying(participle, res):
            return False
        after = doc[participle.i + 1] if participle.i + 1 < len(doc) else None
        return after is None or norm(after.text) not in PERSONAL_LINKS
    i = end
    if i < len(doc) and norm(doc[i].text) in BE_FORMS:
        participle = _participle_after(doc, i + 1)
        if participle is None or not _of_saying(participle, res):
            return False
        after = doc[participle.i + 1] if participle.i + 1 < len(doc) else None
        return after is not None and norm(after.text) in CLAUSE_OPENERS
    return False


def _participle_after(doc: Doc, i: int) -> Token | None:
    """The past participle at token i, after adverbs (`est-il encore indiqué`, `est ainsi écrit`)."""
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    if i < len(doc) and "Part" in doc[i].morph.get("VerbForm") and doc[i].text.islower():
        return doc[i]
    return None


def _of_saying(t: Token, res: Resources) -> bool:
    return norm(t.lemma_) in res.verb_keys or norm(t.text) in res.verb_keys
