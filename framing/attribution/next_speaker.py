"""French quotations that open a paragraph with no cue, their speaker named in the sentence after.

A report often opens on the words of the person it is about and names that person only afterwards
(`« On a tout perdu en une nuit. » Devant sa maison, Paul Martin a expliqué que ...`, or `« ... »
Marie Dubois tient la boulangerie depuis vingt ans. « ... », poursuit Marie Dubois.`). The guidelines
count the opening quotation as an attribution whose speaker is given in the sentence after.
floating.py carries a speaker forward and prior_speaker.py reads the sentence before; here nothing
comes before, so the speaker comes from the records that follow, held to narrow constraints:

- a quotation (or `;`/`,` chain) no record covers, of four words or more, that opens its paragraph
  (alone, or after a dateline: `(Québec)`, `PARIS —`) and closes its sentence (floating.py's test);
- the sentence right after it, in the same paragraph, holds the speaker of a verb of saying or of a
  marker (`X a affirmé que ...`, `selon X`), or opens on the very words of a speaker that a later
  record of the same paragraph names (`Marie Dubois ...`, then `poursuit Marie Dubois`): that
  mention is the speaker.

The cue is the quotation (the guidelines' convention for a quotation with no cue), the content its
words, the form direct, the rule `next_sentence`; speaker, type and resolution are the record's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..quotes import QuoteMark
from ..types import Attribution
from .floating import WORD, _closes_sentence, uncovered_chains

MIN_WORDS = 4  # as floating.py: shorter quotations are names, titles or scare quotes
# a dateline before the quotation: a place in brackets or in capitals with a dash (`(Québec)`, `PARIS —`)
DATELINE = re.compile(r"\([^()\n]{1,40}\)|[A-ZÉÈÀ][A-ZÉÈÀ' -]{1,30}[ \u00a0]*[—–-]")
SENTENCE_END = re.compile(r"[.!?…][»”\"]?[ \u00a0\u202f]+(?=[«“\"A-ZÉÈÀÂÎ])")
# records whose speaker is the subject of a verb of saying or a marker's source: an infinitive's or a
# fragment's speaker is borrowed from elsewhere, and passing it on again would carry a wrong span further
SPEAKING_RULES = frozenset({"subject_verb", "inverted", "marker", "as_reported", "colon"})
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "lui", "eux"})  # a pronoun names nobody new
OPENING_PUNCTUATION = " \u00a0\u202f.!?…,;"


def next_speaker_attributions(text: str, marks: list[QuoteMark], attributions: list[Attribution]) -> list[Attribution]:
    """Attributions for paragraph-opening quotations whose speaker the next sentence names."""
    taken = [(a.content_start, a.content_end) for a in attributions if a.content_start is not None and a.content_end]
    taken += [(a.start, a.end) for a in attributions]
    ordered = sorted((a for a in attributions if a.speaker_start is not None), key=lambda a: a.start)
    out: list[Attribution] = []
    for first, last in uncovered_chains(text, marks, taken):
        words = sum(len(WORD.findall(text[m.start : m.end])) for m in marks if first.start <= m.start <= last.start)
        if words < MIN_WORDS or not _opens_paragraph(text, first) or not _closes_sentence(text, last, first):
            continue
        speaker = _next_speaker(text, last.outer_end, ordered)
        if speaker is None:
            continue
        record, s_start, s_end = speaker
        out.append(
            replace(
                record,
                start=first.start,
                end=last.end,
                text=text[first.start : last.end],
                speaker=text[s_start:s_end],
                speaker_start=s_start,
                speaker_end=s_end,
                form="direct",
                verb=None,
                content_start=first.start,
                content_end=last.end,
                stance=None,
                verb_lemma=None,
                relays_anonymous=False,
                rule="next_sentence",
            )
        )
    return out


def _opens_paragraph(text: str, q: QuoteMark) -> bool:
    """Only the paragraph's start, or a dateline, precedes the quotation."""
    lead = text[text.rfind("\n", 0, q.outer_start) + 1 : q.outer_start].strip()
    return not lead or DATELINE.fullmatch(lead) is not None


def _next_speaker(text: str, after: int, ordered: list[Attribution]) -> tuple[Attribution, int, int] | None:
    """(record, speaker start, speaker end) for the sentence after the quotation, or None."""
    para_end = text.find("\n", after)
    para_end = len(text) if para_end < 0 else para_end
    begin = after
    while begin < para_end and text[begin] in OPENING_PUNCTUATION:
        begin += 1
    if begin >= para_end:
        return None
    end_match = SENTENCE_END.search(text, begin, para_end)
    sentence_end = end_match.start() + 1 if end_match else para_end
    later = [a for a in ordered if begin <= a.start < para_end and a.speaker_start is not None]
    for a in later:
        if a.rule not in SPEAKING_RULES or a.speaker_end is None:
            continue
        if a.speaker_start >= begin and a.speaker_end <= sentence_end:
            return a, a.speaker_start, a.speaker_end
    for a in later:
        name = a.speaker or ""
        if _proper_name(name) and text.startswith(name, begin):
            after_name = text[begin + len(name) : begin + len(name) + 1]
            if not after_name.isalnum():
                return a, begin, begin + len(name)
    return None


NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "von", "van", "der", "ben", "el"})


def _proper_name(name: str) -> bool:
    """A name, not a pronoun nor a phrase: every word capitalised but particles (`Marie Dubois`, `Ursula
    von der Leyen`)."""
    words = WORD.findall(name)
    if not words or name.lower() in PRONOUNS or not name[:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)
