"""The verb of a speech incise after a quotation reports the act of saying (French, thirty-fourth round).

French news puts the verb of saying after the quotation, with its subject inverted: "« … », a martelé
le ministre", "« … », s'indigne une habitante", "« … », fustige la députée". The verb there is the
attribution's: it says who spoke and how, and framing reports it with its stance in the attribution
family (`reporting_verbs.yaml`: "marteler" assertive, "s'indigner" ...). Persuasion annotators leave it
unmarked (the read span sets of rounds 30-33: no incise verb on a technique span; one set's notes call
"fustige" a verb of saying). A one-word loaded hit standing right after a closing quotation mark and a
comma, auxiliaries and reflexive clitics between, its inverted subject after it
(`lexicons/<lang>/senses.yaml`, rule entry `speech incise`), is not counted. Read from word order, at the hits only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from .lexicons import LexiconEntry, enabled_rule

RULE = "speech incise"  # the term of the rule entry in senses.yaml
# the inverted subject opens on these; the verb itself is not read on its tag, as the model often takes a
# present of saying for a noun ("fustige", "dénonce")
SUBJECT_OPENING = frozenset({"DET", "PROPN", "PRON", "NOUN"})


@dataclass(frozen=True)
class InciseRule:
    """The words that may stand between the comma and the verb: auxiliaries and reflexive clitics."""

    between: frozenset[str]
    clitics: frozenset[str]


def load(entries: Iterable[LexiconEntry]) -> InciseRule | None:
    """The rule from the senses family's entries, or None when absent or switched off."""
    entry = enabled_rule(entries, RULE)
    if entry is None:
        return None
    clitics = frozenset(str(w).lower().replace("’", "'") for w in entry.data.get("clitics") or ())
    auxiliaries = frozenset(str(w).lower().replace("’", "'") for w in entry.data.get("auxiliaries") or ())
    return InciseRule(between=auxiliaries | clitics, clitics=clitics)


def in_an_incise(doc: Doc, keys: Sequence[frozenset[str]], start: int, end: int, rule: InciseRule) -> bool:
    """Whether the match at [start, end), one word after its reflexive clitic ("s'indigne"), is the verb of
    an incise: a closing quotation mark, a comma and only auxiliaries or clitics before it, its inverted
    subject after it (a determiner, a name, a pronoun or a noun: not "« … », honte aux juges")."""
    verb = start
    while verb < end - 1 and keys[verb] & rule.clitics:
        verb += 1
    if end - verb != 1 or end >= len(doc) or doc[end].pos_ not in SUBJECT_OPENING:
        return False
    i = start - 1
    while i >= 0 and keys[i] & rule.between:
        i -= 1
    return i >= 1 and doc[i].text == "," and doc[i - 1].is_quote
