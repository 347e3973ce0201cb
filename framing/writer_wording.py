"""Whose wording a loaded hit is: the writer's, or a speaker's the writer reports.

Readers who label sentences biased or not judge the writer's wording (the BABE convention): a loaded
word inside a direct quotation, or inside the clause a named speaker is reported to have said or
thought ("Trump says the government is bloated"), is that speaker's, and it does not by itself make
the sentence slanted. Such hits stay in the output, with their voice, and carry `attributed: true`:
the reference figures count them (span annotators such as SemEval's propaganda spans mark a speaker's
loaded words too), and framing.evaluate_dev gives, beside them, a writer-only biased-sentence figure
that leaves them out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable

from .types import Attribution, LoadedHit

# Speakers the reader can put a name to: a person, a body, an outlet. A group ("critics") or an unnamed
# source ("some believe") leaves the words with the writer, who chose to report them that way.
NAMED_SPEAKERS = frozenset({"named_person", "institution", "media"})
REPORTED_FORMS = frozenset({"indirect", "mixed"})
SCARE_QUOTES = "scare_quotes"  # the category of the lexicon's scare-quote hits


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
