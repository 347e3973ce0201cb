"""Whose wording a loaded hit is: the writer's, or a speaker's the writer reports.

Readers who label sentences biased or not judge the writer's wording (the BABE convention): a loaded
word inside a direct quotation, or inside the clause a named speaker is reported to have said or
thought ("Trump says the government is bloated"), is that speaker's, and it does not by itself make
the sentence slanted. A word after an active verb by which a speaker names something ("they described
it as a ploy", in_a_naming_frame) is the speaker's too. Such hits stay in the output, with their voice,
and carry `attributed: true`: the reference figures count them (span annotators such as SemEval's
propaganda spans mark a speaker's loaded words too), and framing.evaluate_dev gives, beside them, a
writer-only biased-sentence figure that leaves them out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable

from spacy.tokens import Doc

from .types import Attribution, LoadedHit

# Speakers the reader can put a name to: a person, a body, an outlet. A group ("critics") or an unnamed
# source ("some believe") leaves the words with the writer, who chose to report them that way.
NAMED_SPEAKERS = frozenset({"named_person", "institution", "media"})
REPORTED_FORMS = frozenset({"indirect", "mixed"})
SCARE_QUOTES = "scare_quotes"  # the category of the lexicon's scare-quote hits
CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":"})
NAMING_WINDOW = 12  # tokens looked back from a hit for the verb that names it ("describing it as a ...")
PASSIVE_AUXILIARIES = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s"})
WRITER_SUBJECTS = frozenset({"i", "we"})  # "I would call it a farce": the writer names it
# particles that make "call" a request or a decision, not a naming ("called for", "called on", "called off")
CALL_PARTICLES = frozenset({"for", "on", "off", "up", "out", "in", "back", "to", "upon"})


def mark_attributed(
    hits: Iterable[LoadedHit], attributions: Collection[Attribution], clause_verbs: Collection[str]
) -> list[LoadedHit]:
    """The hits, with `attributed` set on those inside the reported clause of a named speaker, whose
    verb reports a clause (a reporting verb with `clause: true`: say, tell, explain, warn, believe),
    not an object (`highlighted the party's extremism`) or a stance (`blasted the rules as ...`), and on
    scare quotes inside anything a named speaker is reported to say."""
    named = [
        a
        for a in attributions
        if a.content_start is not None and a.content_end is not None and a.speaker_type in NAMED_SPEAKERS and a.speaker
    ]
    clauses = [
        (a.content_start, a.content_end) for a in named if a.form in REPORTED_FORMS and a.verb_lemma in clause_verbs
    ]
    # quotation marks inside what a named speaker is reported to say are that speaker's, whatever the verb:
    # the lexicon took them for the writer's distance only because no speech verb stood close to them
    quoted = [(a.content_start, a.content_end) for a in named]

    if not quoted:
        return list(hits)

    def speakers(hit: LoadedHit) -> bool:
        spans = quoted if hit.category == SCARE_QUOTES else clauses
        return any(start <= hit.start and hit.end <= end for start, end in spans)

    return [dataclasses.replace(hit, attributed=True) if not hit.attributed and speakers(hit) else hit for hit in hits]


def in_a_naming_frame(
    doc: Doc, keys: list[frozenset[str]], start: int, naming_verbs: Collection[str], through_as: Collection[str]
) -> bool:
    """Whether the word at doc[start] is what a speaker named something, in the same sentence: after an
    active verb of naming and its object ("he called the plan a scam"), or after the "as" of a verb that
    names through it (`through_as`: "they described it as a ploy"; the object before "as" is the
    writer's). A passive without its agent ("what can only be described as a farce"), a first-person
    subject ("I would call it a farce"), a compound ("so-called") and "call for", "call on" (a request)
    leave the word with the writer."""
    lowest = max(0, start - NAMING_WINDOW)
    # the keys only, so that no Token is built for the many hits with no verb of naming before them
    verb = next((i for i in range(start - 1, lowest - 1, -1) if keys[i] & CLAUSE_ENDS or keys[i] & naming_verbs), None)
    if verb is None or keys[verb] & CLAUSE_ENDS:
        return False
    return _names_it(doc, keys, verb, start, through_as)


def _names_it(doc: Doc, keys: list[frozenset[str]], i: int, start: int, through_as: Collection[str]) -> bool:
    """Whether the verb of naming at doc[i] gives its speaker the word at doc[start] (see in_a_naming_frame)."""
    if any(doc[j].is_sent_start for j in range(i + 1, start + 1)):
        return False
    between = [doc[j].lower_ for j in range(i + 1, start)]
    before = [doc[j].lower_ for j in range(max(0, i - 2), i)]
    if (before and before[-1] == "-") or (between and between[0] in CALL_PARTICLES and "call" in keys[i]):
        return False
    if keys[i] & through_as and "as" not in between:
        return False
    passive = bool(before) and before[-1] in PASSIVE_AUXILIARIES
    return not (passive and "by" not in between) and not WRITER_SUBJECTS & set(before)
