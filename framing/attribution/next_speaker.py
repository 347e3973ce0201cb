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
  mention is the speaker;
- or (round 39, with a parse) the quotation speaks in the first person (`nous`, `on`, `je`, `mon` ...)
  and the sentence right after opens on the subject of its verb, typed people or a body, whatever the
  verb (`« Nous ne lâcherons rien. » Les riverains ont passé la nuit devant la mairie.`): the report
  opens on the words of those it is about. A pronoun, an adverbial first, or a thing as subject: none.

The cue is the quotation (the guidelines' convention for a quotation with no cue), the content its
words, the form direct, the rule `next_sentence`; speaker, type and resolution are the record's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..quotes import QuoteMark
from ..types import Attribution
from .floating import WORD, _closes_sentence, uncovered_chains
from .resources import Resources
from .speaker_types import classify

MIN_WORDS = 4  # as floating.py: shorter quotations are names, titles or scare quotes
# a dateline before the quotation: a place in brackets or in capitals with a dash (`(Québec)`, `PARIS —`)
DATELINE = re.compile(r"\([^()\n]{1,40}\)|[A-ZÉÈÀ][A-ZÉÈÀ' -]{1,30}[ \u00a0]*[—–-]")
SENTENCE_END = re.compile(r"[.!?…][»”\"]?[ \u00a0\u202f]+(?=[«“\"A-ZÉÈÀÂÎ])")
# records whose speaker is the subject of a verb of saying or a marker's source: an infinitive's or a
# fragment's speaker is borrowed from elsewhere, and passing it on again would carry a wrong span further
SPEAKING_RULES = frozenset({"subject_verb", "inverted", "marker", "as_reported", "colon"})
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "lui", "eux"})  # a pronoun names nobody new
OPENING_PUNCTUATION = " \u00a0\u202f.!?…,;"


def next_speaker_attributions(
    text: str,
    marks: list[QuoteMark],
    attributions: list[Attribution],
    doc: Doc | None = None,
    res: Resources | None = None,
) -> list[Attribution]:
    """Attributions for paragraph-opening quotations whose speaker the next sentence names (with a Doc,
    also as the subject that opens it when the quotation speaks in the first person)."""
    taken = [(a.content_start, a.content_end) for a in attributions if a.content_start is not None and a.content_end]
    taken += [(a.start, a.end) for a in attributions]
    ordered = sorted((a for a in attributions if a.speaker_start is not None), key=lambda a: a.start)
    out: list[Attribution] = []
    for first, last in uncovered_chains(text, marks, taken):
        words = sum(len(WORD.findall(text[m.start : m.end])) for m in marks if first.start <= m.start <= last.start)
        if words < MIN_WORDS or not _opens_paragraph(text, first) or not _closes_sentence(text, last, first):
            continue
        speaker = _next_speaker(text, last.outer_end, ordered)
        if speaker is None and doc is not None and res is not None:
            quoted = text[first.start : last.end]
            if FIRST_PERSON.search(quoted) is not None:
                speaker = _opening_subject(doc, res, text, last.outer_end)
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


def _next_sentence_start(text: str, after: int) -> tuple[int, int] | None:
    """(first character of the next sentence past any opening punctuation, end of the paragraph), or None
    when the paragraph ends first."""
    para_end = text.find("\n", after)
    para_end = len(text) if para_end < 0 else para_end
    begin = after
    while begin < para_end and text[begin] in OPENING_PUNCTUATION:
        begin += 1
    return (begin, para_end) if begin < para_end else None


def _next_speaker(text: str, after: int, ordered: list[Attribution]) -> tuple[Attribution, int, int] | None:
    """(record, speaker start, speaker end) for the sentence after the quotation, or None."""
    found = _next_sentence_start(text, after)
    if found is None:
        return None
    begin, para_end = found
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


# the quotation speaks in the first person: someone's own words, not a title, a slogan or a headline
FIRST_PERSON = re.compile(r"(?i)(?<!\w)(?:je|j['’]|nous|on|moi|me|m['’]|mon|ma|mes|notre|nos)(?!\w)")
# who can open the next sentence as the speaker: a pronoun names nobody new, a thing speaks no words
HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # inside a name (`l'école Anatole-France`), not an aside
SUBJECT_TYPES = frozenset({"named_person", "anonymous", "group", "institution"})


def _opening_subject(doc: Doc, res: Resources, text: str, after: int) -> tuple[Attribution, int, int] | None:
    """(new record, speaker start, speaker end) when the sentence after the quotation, in the same
    paragraph, opens on the subject of its verb (`« Nous ne lâcherons rien. » Les riverains du chantier
    ont passé la nuit devant la mairie.`): the people the report is about, whose words open it. The
    subject must open the sentence (no adverbial before it) and be typed as people or a body."""
    found = _next_sentence_start(text, after)
    if found is None:
        return None
    begin, para_end = found
    span = doc.char_span(begin, begin + 1, alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].idx != begin:
        return None
    tok, verb = span[0], None
    while tok.head.i != tok.i:
        if tok.dep_.startswith("nsubj"):
            verb = tok.head
            break
        if tok.head.is_punct and tok.head.dep_.startswith("nsubj"):
            verb = tok.head.head  # the parser hung the phrase on the closing quotation mark
            break
        if not _opens_at(tok.head, span[0]):
            return None
        tok = tok.head
    if verb is None or not _opens_at(tok, span[0]) or verb.pos_ not in ("VERB", "AUX"):
        return None
    end = tok.right_edge.i + 1
    for t in doc[tok.i : end]:  # the phrase stops before an aside or a relative clause
        if (t.is_punct and t.text not in HYPHENS) or t.is_space or res.has("relative_pronoun", t.lower_):
            end = t.i
            break
    if end <= span[0].i or doc[end - 1].idx + len(doc[end - 1].text) > para_end:
        return None
    info = classify(doc, span[0].i, end, res)
    if info.type not in SUBJECT_TYPES or info.fallback:
        return None  # a thing, or a noun no list knows typed by its number alone (`La réunion a duré`)
    s_start, s_end = doc[span[0].i].idx, doc[end - 1].idx + len(doc[end - 1].text)
    record = Attribution(
        start=s_start,
        end=s_end,
        text=text[s_start:s_end],
        speaker=text[s_start:s_end],
        speaker_start=s_start,
        speaker_end=s_end,
        speaker_type=info.type,
        form="direct",
        verb=None,
        content_start=None,
        content_end=None,
    )
    return record, s_start, s_end


def _opens_at(tok: Token, first: Token) -> bool:
    """The phrase of `tok` starts at `first`, but for punctuation the parser hung on it (the closing
    quotation mark before it)."""
    return all(t.is_punct or t.is_space for t in tok.doc[tok.left_edge.i : first.i]) and tok.left_edge.i <= first.i


NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "von", "van", "der", "ben", "el"})


def _proper_name(name: str) -> bool:
    """A name, not a pronoun nor a phrase: every word capitalised but particles (`Marie Dubois`, `Ursula
    von der Leyen`)."""
    words = WORD.findall(name)
    if not words or name.lower() in PRONOUNS or not name[:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)
