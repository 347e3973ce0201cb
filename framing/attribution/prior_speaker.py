"""French whole quoted sentences with no cue whose speaker the reporter named in the sentence before.

Reports often name a person in a sentence of their own that says nothing (`L'éleveur a fait le tour
de son pré.`, `C'est le cas de Paul Martin, maraîcher.`, `Une inquiétude que partage la maire :`) and
then give that person's words as a quoted sentence with no cue (`« Je n'avais jamais vu ça. »`). The
guidelines count the quotation as an attribution whose speaker is given in the sentence before.
floating.py only carries on a speaker that a record already holds; here the sentence before holds no
record, so its speaker is read from the tagger, held to narrow constraints:

- a quotation (or `;`/`,` chain) no record covers, of four words or more, that is a whole sentence:
  it opens its sentence and closes it (floating.py's tests);
- the sentence before is in the same paragraph and ends before the quotation (a lead-in of the
  quotation's own sentence, `X a dit ceci :`, is colon.py's), or closes the paragraph before with a
  colon (a lead-in whose quotation opens the next paragraph: then with no verb of finding or
  receiving, `reception_verb`: `Il a retrouvé une lettre :`); it holds no quotation and no record
  (cue or content), and no record lies between it and the quotation;
- that sentence names exactly one person: one person entity of the recogniser (`PER`), else a
  subject noun phrase that the speaker lists type as a person (`named_person`, `anonymous`), not a
  pronoun and not a guess.

The cue is the quotation with its marks (the guidelines' convention for a quotation with no cue), the
content its words, the form direct, the rule `prior_sentence`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..quotes import QuoteMark
from ..types import Attribution
from .coref import role_of_named_person, unheld_title
from .floating import uncovered_sentence_quotations
from .resources import Resources
from .speaker_types import SpeakerInfo, classify
from .speakers import SpeakerFinder

SENTENCE_END = re.compile(r"[.!?…]+[»”\"]?[ \u00a0\u202f]+(?=\S)")
PERSON_LABELS = ("PER", "PERSON")
PERSON_TYPES = ("named_person", "anonymous")
SUBJECT_DEPS = ("nsubj", "nsubj:pass")


def _last_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The last sentence of text[start:end] (trailing spaces dropped)."""
    end = len(text[:end].rstrip())
    begin = start
    for m in SENTENCE_END.finditer(text, start, end):
        begin = m.end()
    while begin < end and text[begin].isspace():
        begin += 1
    return begin, end


def _before(text: str, first: QuoteMark, colon_across_paragraphs: bool = True) -> tuple[int, int] | None:
    """Characters of the sentence that gives the quotation its speaker, or None.

    A quotation opening its paragraph takes the last sentence of the paragraph before; with
    `colon_across_paragraphs` (the French reader) only when that paragraph ends on a colon.
    """
    para_start = text.rfind("\n", 0, first.outer_start) + 1
    lead = text[para_start : first.outer_start].strip()
    if lead:
        if lead.endswith(":"):
            return None  # a lead-in of the quotation's own sentence: colon.py's shapes
        return _last_sentence(text, para_start, first.outer_start)
    prev_end = len(text[:para_start].rstrip())
    if prev_end == 0 or (colon_across_paragraphs and text[prev_end - 1] != ":"):
        return None  # a quotation opening its paragraph carries on a lead-in with a colon only
    prev_start = text.rfind("\n", 0, prev_end) + 1
    return _last_sentence(text, prev_start, prev_end)


def _touches(a: Attribution, start: int, end: int) -> bool:
    spans = [(a.start, a.end)]
    if a.content_start is not None and a.content_end is not None:
        spans.append((a.content_start, a.content_end))
    return any(s < end and start < e for s, e in spans)


def _coordinated(sent: Span, start: int, end: int) -> bool:
    """The mention is one of several joined by `et`/`ou` (`Paul et Anne ont ...`): no one speaker."""
    return any(t.dep_ == "conj" and start <= t.head.i < end and not start <= t.i < end for t in sent)


def _person(
    doc: Doc, sent: Span, res: Resources, finder: SpeakerFinder, memo: dict[tuple[int, int, bool], SpeakerInfo]
) -> tuple[tuple[int, int], SpeakerInfo] | None:
    """The one person the sentence names: a person entity, else a subject typed as a person."""
    names = {
        e.text: e
        for e in doc.ents
        if e.label_ in PERSON_LABELS
        and sent.start <= e.start
        and e.end <= sent.end
        and e.text[:1].isupper()
        and any(t.pos_ == "PROPN" for t in e)  # the recogniser also tags elided pronouns (`n’`)
    }
    if len(names) > 1:
        return None
    if names:
        ent = next(iter(names.values()))
        if _coordinated(sent, ent.start, ent.end):
            return None
        info = classify(doc, ent.start, ent.end, res, memo=memo)
        return ((ent.start, ent.end), info) if info.type == "named_person" else None
    found = []
    for t in sent:
        if t.dep_ not in SUBJECT_DEPS or t.pos_ == "PRON":
            continue
        np = finder.right_np(t.left_edge.i, skip_time=False, max_len=8)
        if np is None or not np[0] <= t.i < np[1]:
            continue
        np = _before_clitic(doc, np)
        if _coordinated(sent, np[0], np[1]):
            continue
        info = classify(doc, np[0], np[1], res, memo=memo)
        if info.type in PERSON_TYPES and not info.fallback:
            found.append((np, info))
    if not found and res.lang == "fr":
        short = _subject_of_short_clause(doc, sent, finder)
        if short is not None:
            info = classify(doc, short[0], short[1], res, memo=memo)
            if info.type in PERSON_TYPES and not info.fallback:
                found.append((short, info))
    return found[0] if len(found) == 1 else None


REFLEXIVE_CLITICS = ("se", "s'")
MAX_SHORT_PREDICATE = 3  # words after the subject in `La commerçante soupire.`, `Le maire se désole.`


def _before_clitic(doc: Doc, np: tuple[int, int]) -> tuple[int, int]:
    """A reflexive clitic ends the noun phrase: the tagger reads `Le maire se désole` as one phrase
    when it takes the verb for a noun; `se` belongs to the verb, never to a noun phrase."""
    for k in range(np[0] + 1, np[1]):
        if doc[k].lower_.replace("’", "'") in REFLEXIVE_CLITICS:
            return np[0], k
    return np


def _subject_of_short_clause(doc: Doc, sent: Span, finder: SpeakerFinder) -> tuple[int, int] | None:
    """French: a sentence of a noun phrase and a verb with at most a clitic and an adverb (`La commerçante
    soupire.`, `Le maire se désole.`, `Le voisin s'agace encore.`), which the small model parses as a
    noun with an adjective: the noun phrase is the person the reporter brings in to speak. Nothing
    but the phrase and those words: an object or a complement (`Le maire visite l'école.`) is no
    such sentence (the parse's subject covers those)."""
    words = [t for t in sent if not t.is_space]
    if words and words[-1].is_punct:
        words = words[:-1]
    if len(words) < 3 or not words[0].text[:1].isupper():
        return None
    np = finder.right_np(words[0].i, skip_time=False, max_len=6)
    if np is None or np[0] != words[0].i:
        return None
    np = _before_clitic(doc, np)
    if np[1] - np[0] < 2 and doc[np[0]].pos_ != "PROPN":
        return None
    if np[1] == words[-1].i + 1 and np[1] - np[0] >= 3 and words[-1].text.islower():
        np = (np[0], np[1] - 1)  # `La commerçante soupire`: the verb read as the noun's adjective
    rest = [t for t in words if t.i >= np[1]]
    if not rest or len(rest) > MAX_SHORT_PREDICATE or any(t.is_punct for t in rest):
        return None
    if rest[0].lower_.replace("’", "'") in REFLEXIVE_CLITICS:
        rest = rest[1:]
    if not rest or not rest[0].is_alpha or not rest[0].text.islower() or rest[0].pos_ in ("DET", "ADP", "PRON"):
        return None
    if any(t.pos_ not in ("ADV",) for t in rest[1:]):
        return None
    return np


def _introduced_person(
    doc: Doc,
    res: Resources,
    text: str,
    first: QuoteMark,
    others: list[Attribution],
    finder: SpeakerFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> tuple[tuple[int, int], SpeakerInfo] | None:
    """The one person the sentence before the quotation names (character span and type), when that
    sentence holds no quotation and no record: the speaker the reporter introduces for the quotation."""
    before = _before(text, first)
    if before is None or before[1] - before[0] < 3:
        return None
    if any(ch in text[before[0] : before[1]] for ch in '«»“”"'):
        return None  # a sentence with a quotation of its own is someone's speech already
    if any(_touches(a, before[0], first.outer_start) for a in others):
        return None
    sent = doc.char_span(before[0], before[1], alignment_mode="expand")
    if sent is None or len(sent) < 2:
        return None
    if text[before[1] - 1] == ":" and any(
        t.pos_ in ("VERB", "AUX") and res.has("reception_verb", t.lemma_.lower()) for t in sent
    ):
        return None  # `Il a retrouvé une lettre :`: someone else wrote what follows
    found = _person(doc, sent, res, finder, memo)
    if found is None:
        return None
    (s, e), info = found
    if res.lang == "fr" and role_of_named_person(doc, s, e, info, res):
        info = replace(info, type="named_person", named=True)  # `L'éleveur` after Paul Roux, éleveur, was named
    elif res.lang == "fr" and unheld_title(doc, s, e, info, res):
        info = replace(info, type="anonymous", named=False)  # `Le maire` of a village no one names
    return (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)), info


def floating_to_introduced(
    doc: Doc,
    res: Resources,
    text: str,
    marks: list[QuoteMark],
    attributions: list[Attribution],
    finder: SpeakerFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> list[Attribution]:
    """A floating quotation (`rule` floating: the last record's speaker carried on) right after a
    sentence that introduces one person as its subject with no speech of their own (`Le maire, lui,
    redoute la fermeture. « ... »`) is that person's: the reporter brought them in to speak (issue 13's
    convention). Other records are returned unchanged."""
    firsts = {m.start: m for m in marks}
    out = []
    for a in attributions:
        first = firsts.get(a.content_start) if a.rule == "floating" and a.content_start is not None else None
        found = None
        if first is not None:
            others = [b for b in attributions if b is not a]
            found = _introduced_person(doc, res, text, first, others, finder, memo)
        if found is None:
            out.append(a)
            continue
        (s_char, e_char), info = found
        out.append(
            replace(
                a,
                speaker=text[s_char:e_char],
                speaker_start=s_char,
                speaker_end=e_char,
                speaker_type=info.type,
                resolved=None,
                resolved_start=None,
                resolved_end=None,
            )
        )
    return out


def prior_speaker_attributions(
    doc: Doc,
    res: Resources,
    text: str,
    marks: list[QuoteMark],
    attributions: list[Attribution],
    finder: SpeakerFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> list[Attribution]:
    """Attributions for whole quoted sentences whose speaker the sentence before names (text order)."""
    out: list[Attribution] = []
    for first, last in uncovered_sentence_quotations(text, marks, attributions):
        found = _introduced_person(doc, res, text, first, attributions + out, finder, memo)
        if found is None:
            continue
        (s_char, e_char), info = found
        out.append(
            Attribution(
                start=first.outer_start,
                end=last.outer_end,
                text=text[first.outer_start : last.outer_end],
                speaker=text[s_char:e_char],
                speaker_start=s_char,
                speaker_end=e_char,
                speaker_type=info.type,
                form="direct",
                verb=None,
                content_start=first.start,
                content_end=last.end,
                rule="prior_sentence",
            )
        )
    return out
