"""The verb of a speech incise after a quotation reports the act of saying (French, thirty-fourth round).

French news puts the verb of saying after the quotation, with its subject inverted: "« … », a martelé
le ministre", "« … », s'indigne une habitante", "« … », fustige la députée". The verb there is the
attribution's: it says who spoke and how, and framing reports it with its stance in the attribution
family (`reporting_verbs.yaml`: "marteler" assertive, "s'indigner" ...). Persuasion annotators leave it
unmarked (the read span sets of rounds 30-33: no incise verb on a technique span; one set's notes call
"fustige" a verb of saying). A one-word loaded hit standing right after a closing quotation mark and a
comma, auxiliaries and reflexive clitics between (`lexicons/<lang>/senses.yaml`, rule entry `speech
incise`), is not counted. Read from word order, at the hits only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from .lexicons import LexiconEntry

RULE = "speech incise"  # the term of the rule entry in senses.yaml
NOMINAL = frozenset({"NOUN", "PROPN", "DET", "NUM", "PRON"})  # "« … », honte à lui": a noun is no verb of saying


@dataclass(frozen=True)
class InciseRule:
    """The words that may stand between the comma and the verb: auxiliaries and reflexive clitics."""

    between: frozenset[str]


def load(entries: Iterable[LexiconEntry]) -> InciseRule | None:
    """The rule from the senses family's entries, or None when absent or switched off."""
    for entry in entries:
        if entry.category == "rule" and (entry.term or "").lower() == RULE and entry.data.get("enabled", True):
            words = entry.data.get("auxiliaries", []) + entry.data.get("clitics", [])
            return InciseRule(frozenset(str(w).lower().replace("’", "'") for w in words))
    return None


def in_an_incise(doc: Doc, keys: Sequence[frozenset[str]], start: int, end: int, rule: InciseRule) -> bool:
    """Whether the one-word match at [start, end) is the verb of an incise: a closing quotation mark, a
    comma, then only auxiliaries or clitics before it."""
    if end - start != 1 or doc[start].pos_ in NOMINAL:
        return False
    i = start - 1
    while i >= 0 and keys[i] & rule.between:
        i -= 1
    return i >= 1 and doc[i].text == "," and doc[i - 1].is_quote
