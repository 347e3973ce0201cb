"""A verb of criticising or insisting, said of its source in the active voice, reports what the source did
(French, round 35 second half).

French news names a source's criticism with a handful of stock verbs: "le syndicat fustige la réforme",
"les élus, fustigeant « un passage en force »", "le ministre a martelé que rien ne changerait", "la
députée tacle son rival". The verb there is the reporter's word for "criticised" or "insisted", told of
the critic; the judgement it carries is the source's, reported. Persuasion annotators leave it unmarked:
on the read span sets of rounds 30-35 every listed verb in the active voice with its source as subject was
on no technique span (four sets), and one set's notes list reporting verbs among what they do not mark.
The same verbs in the passive ("le projet est fustigé", "un plan si souvent fustigé") tell of a
reception without its source, as the writer's summary, and were marked: they stay loaded. Verbs that
paint the speaker's manner ("éructer", "jubiler", "vociférer") are not in the rule's list and stay loaded
in either voice.

Optional, not the default: issue 14 names "martèle" and "fustige" among the words readers flag, so the
rule is read only from `lexicons/fr/optional/reported_criticism.yaml` (family senses), rule entry
`reported criticism`: `verbs` (lemmas), `participle_endings` (the endings of their past participles) and
`active_auxiliary` (the auxiliary of the active compound past, as a lemma). Read at a candidate match only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from .lexicons import LexiconEntry, enabled_rule

RULE = "reported criticism"  # the term of the rule entry in senses.yaml
# words allowed between the passive auxiliary and the participle ("a été vivement fustigé", "est si souvent fustigée")
BETWEEN_TAGS = frozenset({"ADV"})


@dataclass(frozen=True)
class ReportedCriticism:
    """The verbs of criticising or insisting (lemmas), their past participles' endings and the auxiliary
    of the active compound past."""

    verbs: frozenset[str]
    participle_endings: tuple[str, ...]
    active_auxiliary: frozenset[str]


def load(entries: Iterable[LexiconEntry]) -> ReportedCriticism | None:
    """The rule from the senses family's entries, or None when absent or switched off."""
    entry = enabled_rule(entries, RULE)
    if entry is None:
        return None
    verbs = frozenset(str(w).lower() for w in entry.data.get("verbs") or ())
    endings = tuple(str(w).lower() for w in entry.data.get("participle_endings") or ())
    auxiliary = frozenset(str(w).lower() for w in entry.data.get("active_auxiliary") or ())
    if not verbs:
        return None
    return ReportedCriticism(verbs, endings, auxiliary)


def reports_a_criticism(
    doc: Doc, keys: Sequence[frozenset[str]], start: int, end: int, rule: ReportedCriticism
) -> bool:
    """Whether the one-word match at `start` is a listed verb in the active voice: not a past participle
    after the passive auxiliary (adverbs between) nor a bare past participle said of a noun ("la réforme
    fustigée par les syndicats"), which tell of a reception rather than of the critic."""
    if end - start != 1 or not keys[start] & rule.verbs:
        return False
    # the participle is read on its ending: the model often tags it an adjective, without its verb form
    if not doc[start].lower_.endswith(rule.participle_endings):
        return True
    i = start - 1
    while i >= 0 and doc[i].pos_ in BETWEEN_TAGS:
        i -= 1
    # only a compound past with "avoir" is active ("a fustigé", "avait martelé"); "a été fustigé" reads
    # "été" first, the passive's own participle
    return i >= 0 and bool(keys[i] & rule.active_auxiliary)
