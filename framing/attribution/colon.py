"""`Le ministre : « ... »`: a speaker named before a colon that opens a quotation, with no verb; and
the signature form `« ... » (Paul Martin, économiste)` / `« ... » Paul Martin, écrivain` of blurbs and
quote lists: a person's name right after the quotation, with no verb, closing its line; and English
headlines `Warren: Trump Is a Failure in Business` (a name, a colon, a claim with no quotation marks).

Interviews, quote lists and live coverage introduce speech with the speaker's name (and maybe a role,
an outlet or a date) and a colon: `Emmanuel Dupont, économiste : « ... »`. The lead-in runs from the
start of its paragraph or sentence to the colon; it must open with a noun phrase a speaker list or a
name types (not a date: `Juillet 2016 :` carries on the previous speaker, see `floating`) and hold no
finite verb (a verb cue would have found it). The content is the quotation and those chained to it by
`;` (`« A » ; « B »`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..quotes import QuoteMark
from ..token_table import token_table
from .annotations import is_finite_verb
from .content import Content
from .cues import Cue
from .floating import uncovered_chains
from .resources import ReportingTerm, Resources
from .speaker_types import LINK_WORDS, PRONOUN, SpeakerInfo, classify
from .speakers import SpeakerFinder

COLON_TERM = ReportingTerm(term=":", words=(":",), stance="neutral", entry_id="colon")
MAX_LEAD_CHARS = 160
SENTENCE_CUT = re.compile(r"[.!?…»]\s+(?=\S)")
# French: also a stop right after a closing mark and before a letter, in copy that glues sentences
# (`... la fin du scrutin".L'ancienne maire X ensuite : "..."`)
SENTENCE_CUT_FR = re.compile(r"[.!?…»]\s+(?=\S)|(?<=[\"»”])[.!?…](?=[^\W\d_])")


@dataclass(frozen=True)
class ColonCue:
    """A quotation's speaker found without a verb of saying (a colon lead-in, a signature, a heading)."""

    cue: Cue
    speaker: tuple[int, int]  # token range
    start: int  # characters of the cue: lead-in through the colon, or the name in a heading
    end: int
    content: Content


def _lead_start(text: str, colon: int, lang: str) -> int:
    """Start of the colon's lead-in: its paragraph, or the last sentence that ends before it."""
    start = text.rfind("\n", 0, colon) + 1
    for m in (SENTENCE_CUT_FR if lang == "fr" else SENTENCE_CUT).finditer(text, start, colon):
        start = m.end()
    return start


def colon_candidates(
    doc: Doc,
    res: Resources,
    marks: list[QuoteMark],
    finder: SpeakerFinder,
    taken: list[tuple[int, int]],
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> list[ColonCue]:
    """Speaker-colon-quotation attributions for quotations no other attribution covers (`taken`)."""
    out: list[ColonCue] = []
    for q, last in uncovered_chains(token_table(doc).text, marks, taken):
        found = _one(doc, res, marks, q, last, finder, memo)
        if found is None:
            found = _signature(doc, res, q, last, finder, memo)
        if found is None and res.lang == "fr":
            found = _speech_noun_lead(doc, res, q, last, finder, memo)
        if found is None and res.lang == "fr":
            found = _subject_lead(doc, res, q, last, finder, memo)
        if found is None and res.lang == "fr":
            found = _predicate_lead(doc, res, q, last, finder, memo)
        if found is None and res.lang == "fr":
            found = _viewpoint_lead(doc, res, q, last, finder, memo)
        if found is not None:
            out.append(found)
    return out


def _one(
    doc: Doc,
    res: Resources,
    marks: list[QuoteMark],
    q: QuoteMark,
    last: QuoteMark,
    finder: SpeakerFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> ColonCue | None:
    text = token_table(doc).text
    j = q.outer_start
    while j > 0 and text[j - 1] in " \t\u00a0\u202f":
        j -= 1
    colon = j - 1 if j > 0 and text[j - 1] == ":" else _colon_before(text, j)
    if colon < 0:
        return None
    lead = _lead_start(text, colon, res.lang)
    while lead < colon and text[lead].isspace():
        lead += 1
    if colon - lead < 2 or colon - lead > MAX_LEAD_CHARS:
        return None
    span = doc.char_span(lead, colon + 1, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    first = span[0]
    if first.like_num or res.has("time_word", first.lower_) or first.is_punct:
        return None
    for t in span:
        if is_finite_verb(t) and finder.quotes.containing(t.idx) is None:
            return None
    speaker = finder.right_np(span.start, skip_time=False, max_len=10)
    if speaker is None or speaker[0] != span.start or speaker[1] > span.end - 1:
        return None
    info = classify(doc, speaker[0], speaker[1], res, memo=memo)
    if info.fallback or info.type == PRONOUN:
        return None
    colon_tok = span.end - 1
    cue = Cue("colon", colon_tok, span.start, colon_tok, COLON_TERM)
    end = _line_end(text, last.outer_end)
    if colon + 1 < j or end > last.outer_end:
        # `X : le président « ne comprend pas » ; « ... »`, `X : « A » ; S'il « dit ... »`: the rest of
        # the paragraph is what was said, words outside the quotations included
        start = colon + 1
        while start < q.outer_start and text[start].isspace():
            start += 1
        stop = max(end, last.outer_end)
        while stop > start and text[stop - 1] in " .;":
            stop -= 1
        return ColonCue(cue, speaker, span.start_char, colon + 1, Content(start, stop, "mixed", q))
    return ColonCue(cue, speaker, span.start_char, colon + 1, Content(q.start, last.end, "direct", q))


MAX_COLON_GAP = 80


def _speech_noun_lead(
    doc: Doc,
    res: Resources,
    q: QuoteMark,
    last: QuoteMark,
    finder: SpeakerFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> ColonCue | None:
    """French `Voici la déclaration du syndicat :` then a quotation (on the same line or opening the
    next paragraph): a noun of speech or writing (`speech_noun`) whose `de` complement names the source
    introduces the quoted words, whatever verb the lead-in has (`il y a cette déclaration de X :`)."""
    found = _colon_lead_span(doc, q)
    if found is None:
        return None
    colon = found[1]
    span = doc.char_span(found[0], colon + 1, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    for t in reversed(span[:-2]):  # the innermost noun: `un extrait d'une lettre de X` is X's
        low = t.lower_.replace("’", "'")
        if not res.has("speech_noun", low) or t.i + 2 >= span.end:
            continue
        if doc[t.i + 1].lower_.replace("’", "'") not in LINK_WORDS:
            continue
        speaker = finder.right_np(t.i + 2, skip_time=False, max_len=8)
        if speaker is None or speaker[1] > span.end - 1:
            continue
        if not _names_someone(doc, speaker, res, memo):
            continue  # `le texte des accords :` names no one
        cue = Cue("colon", t.i, t.i, span.end - 1, COLON_TERM)
        return ColonCue(cue, speaker, t.idx, colon + 1, Content(q.start, last.end, "direct", q))
    return None


def _names_someone(
    doc: Doc, speaker: tuple[int, int], res: Resources, memo: dict[tuple[int, int, bool], SpeakerInfo]
) -> bool:
    """A lead-in's source is a name or a listed kind of speaker, not a pronoun or an unknown noun."""
    info = classify(doc, speaker[0], speaker[1], res, memo=memo)
    if info.type == PRONOUN:
        return False
    return not info.fallback or any(x.pos_ == "PROPN" for x in doc[speaker[0] : speaker[1]])


SUBJECT_PRONOUNS = ("il", "elle", "ils", "elles")
SUBORDINATORS = ("que", "qu'", "lorsque", "lorsqu'", "quand")
IMPERSONAL_AFTER = ("y", "est", "était", "faut", "fallait", "s'agit", "suffit", "semble")


def _colon_lead_span(doc: Doc, q: QuoteMark) -> tuple[int, int] | None:
    """Characters of the lead-in that a colon closes right before the quotation (the quotation on the
    same line or opening one of the next two paragraphs): its start and the colon's index."""
    text = token_table(doc).text
    j = q.outer_start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == 0 or text[j - 1] != ":" or text.count("\n", j, q.outer_start) > 2:
        return None
    colon = j - 1
    lead = _lead_start(text, colon, doc.lang_)
    if colon - lead > MAX_LEAD_CHARS:
        return None
    return lead, colon


def _subject_lead(
    doc: Doc,
    res: Resources,
    q: QuoteMark,
    last: QuoteMark,
    finder: SpeakerFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> ColonCue | None:
    """French `Le journal a publié son titre :`, `L'association a donné des détails sur le projet :`,
    then a quotation: a clause whose object is a noun of speech or writing (`lead_noun`) with no `de`
    source of its own introduces what its subject said or wrote, whatever the verb. The subject must
    open the lead-in and be a source (a name, a listed noun, or a personal pronoun), followed by the
    clause's only finite verb; the clause may be a subordinate one (`après que X a publié ... :`). A verb
    of finding or receiving (`reception_verb`: retrouver, recevoir, lire) gives no author."""
    found = _colon_lead_span(doc, q)
    if found is None:
        return None
    span = doc.char_span(found[0], found[1] + 1, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    verbs = [t.i for t in span if is_finite_verb(t) and finder.quotes.containing(t.idx) is None]
    if len(verbs) != 1:
        return None  # no verb (the speaker-colon rule's shape), or clauses of their own
    nouns = [t.i for t in span[:-1] if t.i > verbs[0] and any(res.has("lead_noun", k) for k in res.keys(t.text))]
    if not nouns:
        return None
    head = nouns[0]
    if any(res.has("reception_verb", t.lemma_.lower()) for t in doc[verbs[0] : head] if t.pos_ in ("VERB", "AUX")):
        return None  # `Il a retrouvé la lettre :`, `a reçu ce message :`: someone else wrote it
    if head + 1 < span.end - 1 and doc[head + 1].lower_.replace("’", "'") in LINK_WORDS:
        return None  # `le message du ministre :` is the speech noun's own rule
    start = span.start
    for t in doc[span.start : verbs[0]]:
        if t.lower_.replace("’", "'") in SUBORDINATORS:
            start = t.i + 1  # `quelques jours après que le journal a publié son titre :`
    first = doc[start]
    if first.lower_ in SUBJECT_PRONOUNS:
        if doc[start + 1].lower_.replace("’", "'") in IMPERSONAL_AFTER:
            return None  # `Il est possible de lire ceci :`
        speaker = (first.i, first.i + 1)
    else:
        speaker = finder.right_np(start, skip_time=False, max_len=8)
        if speaker is None or speaker[0] != start or not 0 <= verbs[0] - speaker[1] <= 1:
            return None  # the subject right before its verb (a clitic or `ne` between)
        if not _names_someone(doc, speaker, res, memo):
            return None  # `Le texte prévoit ce message :` names no one
    if any(finder.quotes.containing(doc[k].idx) is not None for k in range(speaker[0], head + 1)):
        return None
    cue = Cue("colon", head, verbs[0], span.end - 1, COLON_TERM)
    return ColonCue(cue, speaker, span.start_char, found[1] + 1, Content(q.start, last.end, "direct", q))


MAX_PREDICATE_TOKENS = 18  # the whole lead-in, colon excluded
MAX_AFTER_VERB = 12  # `en est convaincu`, `l'assure`, `plante le décor`, `a travaillé dix ans ici`
VERB_CLITICS = ("l'", "l’", "le", "la", "les", "en", "y", "ne", "n'", "n’", "se", "s'", "s’", "lui", "leur")


def _saying_participle(tok: Token, res: Resources) -> bool:
    """A past participle of a verb of saying (`souligné`, `rappelée`): after `être`, a passive."""
    return "Part" in tok.morph.get("VerbForm") and tok.lemma_.lower() in res.verb_lemmas


def _predicate_lead(
    doc: Doc,
    res: Resources,
    q: QuoteMark,
    last: QuoteMark,
    finder: SpeakerFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> ColonCue | None:
    """French `Le maire en est convaincu :`, `La préfète l'assure :`, `Maire depuis 2014, Jean Dupont
    plante le décor :` then a quotation: a short clause, a source as subject (maybe after an opening
    apposition) and one finite verb with a few words after it, introduces what its subject says; the
    guidelines give a quotation to the speaker its sentence names. The subject's own apposition does not
    count towards the clause's length (`Jeanne Roy, présidente de l'association des usagers du rail de
    la vallée (AURV), partage ce constat :`), and `ce dernier` / `celle-ci` are subjects like `il`."""
    found = _colon_lead_span(doc, q)
    if found is None:
        return None
    span = doc.char_span(found[0], found[1] + 1, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    verbs = [t.i for t in span if is_finite_verb(t) and finder.quotes.containing(t.idx) is None]
    if not verbs:
        verbs = _verb_after_apposition(doc, span)
    if len(verbs) != 1:
        return None
    verb = doc[verbs[0]]
    after = [t for t in doc[verb.i + 1 : span.end - 1] if not t.is_space]
    if len(after) > MAX_AFTER_VERB or any(t.is_punct for t in after):
        return None
    if any(res.has("reception_verb", t.lemma_.lower()) for t in doc[verb.i : span.end] if t.pos_ in ("VERB", "AUX")):
        return None  # `Le maire a reçu une lettre :`: someone else wrote it
    found_subject = _predicate_subject(doc, res, span, verb, finder, memo)
    if found_subject is None:
        return None
    speaker, apposition = found_subject
    skipped = apposition[1] - apposition[0] if apposition is not None else 0
    if not 3 <= len(span) - 1 - skipped <= MAX_PREDICATE_TOKENS:
        return None
    if speaker[1] - speaker[0] > 1 or doc[speaker[0]].lower_ not in SUBJECT_PRONOUNS:
        info = classify(doc, speaker[0], speaker[1], res, memo=memo)
        if verb.lemma_ == "être" and info.type == "document":
            return None  # `Le bilan est lourd :`: a text's state, not its words
        if verb.lemma_ == "être" and any(_saying_participle(t, res) for t in after):
            return None  # `L'effet est souligné :`: an agentless passive of saying (extractor), nobody named
    cue = Cue("colon", verb.i, verb.i, span.end - 1, COLON_TERM)
    return ColonCue(cue, speaker, span.start_char, found[1] + 1, Content(q.start, last.end, "direct", q))


MAX_OBJECT_TOKENS = 4  # `partage ce constat`, `illustre ce point de vue`


def _verb_after_apposition(doc: Doc, span: Span) -> list[int]:
    """`X, présidente de l'association, partage ce constat :`: the tagger often reads a present-tense verb
    right after an apposition as a noun or an adjective (`partage`, `illustre`, `résume`). With no finite
    verb in the lead-in, a lower-case word right after the apposition's closing comma, followed by a
    determiner and a short object up to the colon, is the clause's verb."""
    commas = [t.i for t in span if t.text == ","]
    if len(commas) < 2:
        return []
    k = commas[-1] + 1
    if k + 2 >= span.end - 1 or span.end - 1 - (k + 1) > MAX_OBJECT_TOKENS:
        return []
    word, det = doc[k], doc[k + 1]
    if not word.is_alpha or not word.is_lower or word.pos_ not in ("NOUN", "ADJ", "VERB") or det.pos_ != "DET":
        return []
    return [k]


LAST_MENTIONED = ("ce dernier", "cette dernière", "celui-ci", "celle-ci")  # as `il`/`elle` (coref resolves)


def _predicate_subject(
    doc: Doc,
    res: Resources,
    span: Span,
    verb: Token,
    finder: SpeakerFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The subject of a colon lead-in's clause and the subject's apposition (token range between the
    commas), or None. A named subject opening the lead-in whose apposition runs over several commas up to
    the verb (`X, maire de A (B), président de C, illustre ce point :`); else the round-23 reading (an
    opening apposition, or `X, role, verb`)."""
    first = span[0]
    commas = [t.i for t in doc[span.start : verb.i] if t.text == ","]
    if len(commas) >= 3 and verb.i - commas[-1] <= 3:  # a name, then a role of several commas
        speaker = _subject_np(doc, res, span.start, commas[0], finder, memo)
        if speaker is not None and any(t.pos_ == "PROPN" for t in doc[speaker[0] : speaker[1]]):
            return speaker, (commas[0], commas[-1])
    apposition = None  # `Jean Dupont, éleveur à Lyon, est inquiet :`: the subject, then its apposition
    if len(commas) >= 2 and verb.i - commas[-1] <= 3:
        apposition = (commas[-2], commas[-1])
        first = doc[commas[-3] + 1] if len(commas) >= 3 else span[0]
    elif commas:
        first = doc[commas[-1] + 1]  # `Maire depuis 2014, Jean Dupont a ...`: an opening apposition
    if first.lower_ in SUBJECT_PRONOUNS:
        if doc[first.i + 1].lower_.replace("’", "'") in IMPERSONAL_AFTER:
            return None  # `Il est clair :`, `Il faut le dire :`
        return (first.i, first.i + 1), apposition
    speaker = _subject_np(doc, res, first.i, apposition[0] if apposition is not None else verb.i, finder, memo)
    if speaker is None and apposition is not None:
        speaker = _subject_np(doc, res, first.i, verb.i, finder, memo)  # the NP ran over its apposition
    if speaker is not None:
        return speaker, apposition
    return None


def _subject_np(
    doc: Doc,
    res: Resources,
    start: int,
    end: int,
    finder: SpeakerFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> tuple[int, int] | None:
    """A source's noun phrase opening at `start` and closing right before `end` (its verb or apposition;
    clitics or `ne` between), or None."""
    speaker = finder.right_np(start, skip_time=False, max_len=8)
    while speaker is not None and speaker[1] - 1 > speaker[0] and doc[speaker[1] - 1].lower_ in VERB_CLITICS:
        speaker = (speaker[0], speaker[1] - 1)  # `Le préfet l'assure`: the clitic is the verb's
    if speaker is None or speaker[0] != start or not 0 <= end - speaker[1] <= 2:
        return None  # the subject right before its verb (clitics or `ne` between) or its apposition
    info = classify(doc, speaker[0], speaker[1], res, memo=memo)
    if info.type == PRONOUN and info.head in LAST_MENTIONED:
        return speaker  # `Ce dernier est formel :`: the last person named, as `il`
    if not _names_someone(doc, speaker, res, memo):
        return None  # `Le trafic reste perturbé :` names no one
    return speaker


def _colon_before(text: str, j: int) -> int:
    """A colon earlier on the quotation's line with a few words and no sentence end between (`X : le
    président « ... »`), or -1."""
    line = text.rfind("\n", 0, j) + 1
    colon = text.rfind(":", line, j)
    if colon < 0 or j - colon > MAX_COLON_GAP or any(ch in text[colon + 1 : j] for ch in '.!?«»“”"'):
        return -1
    words = text[colon + 1 : j].split()
    if not words or not words[0][:1].islower():
        return -1  # `Titre en plein essor : En Espagne, ...`: a headline, not a speaker's words
    return colon


def _line_end(text: str, k: int) -> int:
    """After a quotation, `; ...` carrying on with another quotation runs to the end of the line; else k."""
    rest = text[k : text.find("\n", k) if "\n" in text[k:] else len(text)]
    if not rest.lstrip().startswith(";") or not any(mark in rest for mark in "«“"):
        return k
    return k + len(rest.rstrip())


MAX_SIGNATURE_CHARS = 120
SIGNATURE_OPENERS = " \t\u00a0\u202f(—–―-"


def _signature(
    doc: Doc,
    res: Resources,
    q: QuoteMark,
    last: QuoteMark,
    finder: SpeakerFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> ColonCue | None:
    """`« ... » (Paul Martin, économiste)`: a named person right after the quotation, then maybe a role
    after a comma, up to a closing bracket, the end of the line or the next quotation; no verb."""
    text = token_table(doc).text
    begin = last.outer_end
    while begin < len(text) and text[begin] in SIGNATURE_OPENERS:
        begin += 1
    stop = len(text)
    for mark in (")", "\n", "«", "“"):
        at = text.find(mark, begin)
        if at >= 0:
            stop = min(stop, at)
    unnamed = _dashed_testimony(text, q, last, begin, stop)
    if stop - begin < 3 or stop - begin > MAX_SIGNATURE_CHARS or not (text[begin : begin + 1].isupper() or unnamed):
        return None
    span = doc.char_span(begin, stop, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    if any(is_finite_verb(t) for t in span):
        return None
    speaker = finder.right_np(span.start, skip_time=False, max_len=6)
    if speaker is None or speaker[0] != span.start:
        return None
    end = speaker[1]
    if end < span.end and doc[end].text not in (",", ".", ")"):
        return None  # the name must close or be followed by its role
    kinds = ("named_person", "anonymous") if unnamed else ("named_person",)
    if classify(doc, speaker[0], speaker[1], res, memo=memo).type not in kinds:
        return None
    cue = Cue("colon", span.start, span.start, span.end - 1, COLON_TERM)
    return ColonCue(cue, speaker, span.start_char, span.end_char, Content(q.start, last.end, "direct", q))


DASHES = "—–―-"
INDEFINITE_PERSON = ("un", "une")  # `- une habitante`: a testimony's signer is someone, not `le calendrier`


def _dashed_testimony(text: str, q: QuoteMark, last: QuoteMark, begin: int, stop: int) -> bool:
    """`« ... » - une habitante du quartier` alone on its line: the testimony form of web reports, where
    a dash signs the quotation with an unnamed person's description (lower case, indefinite). The
    quotation must open its line and the description close it; the caller still asks for a person's type."""
    line_start = text.rfind("\n", 0, q.outer_start) + 1
    if text[line_start : q.outer_start].strip() or not any(ch in DASHES for ch in text[last.outer_end : begin]):
        return False
    return text[begin:stop].split(" ", 1)[0] in INDEFINITE_PERSON and (stop == len(text) or text[stop] == "\n")


MAX_HEADLINE_LEAD = 4  # words of a name before a headline's colon
MAX_HEADLINE_CHARS = 220
HEADLINE_QUOTE_MARKS = "'‘\"“"  # a headline's claim may be a quotation: `Name: 'We will win.'`


def headline_candidates(
    doc: Doc,
    res: Resources,
    finder: SpeakerFinder,
    taken: list[tuple[int, int]],
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> list[ColonCue]:
    """English headlines and deck lines `Warren: Trump Is a Failure in Business`: a line that opens with
    a name (capitalised words only, not a place, not a section label such as `Related:`), a colon, then
    a claim of three words or more with no quotation marks, up to the end of the line."""
    if res.lang != "en":
        return []
    text = token_table(doc).text
    out: list[ColonCue] = []
    start = 0
    while start < len(text):
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        found = _headline(doc, res, finder, taken, memo, text, start, stop)
        if found is not None:
            out.append(found)
        start = stop + 1
    return out


def _headline(
    doc: Doc,
    res: Resources,
    finder: SpeakerFinder,
    taken: list[tuple[int, int]],
    memo: dict[tuple[int, int, bool], SpeakerInfo],
    text: str,
    start: int,
    stop: int,
) -> ColonCue | None:
    line = text[start:stop]
    colon = line.find(":")
    if colon < 1 or len(line) > MAX_HEADLINE_CHARS:
        return None
    claim = line[colon + 1 :].strip().rstrip(".")
    quoted = claim[:1] in HEADLINE_QUOTE_MARKS  # `Fiorina: 'Bill Clinton's fair game.'`: a quotation
    if not quoted and any(mark in line for mark in '«»“”"'):
        return None
    if len(claim.split()) < 3 or not claim.lstrip(HEADLINE_QUOTE_MARKS)[:1].isupper():
        return None
    lead = doc.char_span(start, start + colon, alignment_mode="expand")
    if lead is None or not 0 < len(lead) <= MAX_HEADLINE_LEAD:
        return None
    words = [t for t in lead if not t.is_punct]
    if not words or any(not t.text[:1].isupper() or (t.is_upper and len(t) > 1) for t in words):
        return None  # lower-case words make a sentence; `UPDATE:` and datelines are labels
    lows = [t.lower_ for t in lead]
    if len(lead) == 1 and len(lead[0]) < 2:
        return None  # `Q:` / `A:`
    if res.has("section_label", " ".join(lows)) or any(res.has("place", w) for w in lows):
        return None
    speaker = (lead.start, lead.end)
    info = classify(doc, speaker[0], speaker[1], res, memo=memo)
    if info.fallback or info.type in (PRONOUN, "document"):
        return None
    first = start + colon + 1
    while first < stop and text[first].isspace():
        first += 1
    end = first + len(claim)
    if any(s < end and first < e for s, e in taken):
        return None
    cue = Cue("colon", lead.end, lead.start, lead.end, COLON_TERM)  # the colon token closes the cue
    form = "direct" if quoted else "indirect"
    return ColonCue(cue, speaker, lead.start_char, start + colon + 1, Content(first, end, form))


VIEWPOINT_OPENERS = ("même", "autre")  # `Même constat pour X :`, `Autre son de cloche pour X :`


def _viewpoint_lead(
    doc: Doc,
    res: Resources,
    q: QuoteMark,
    last: QuoteMark,
    finder: SpeakerFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> ColonCue | None:
    """French `Une soirée amère pour l'entraîneur, Paul Martin :`, `Même constat pour la directrice :`
    then a quotation: a verbless lead-in that judges something `pour X` (an adjective right before
    `pour`, or `même`/`autre` opening the lead-in) gives X's view, which the quotation states. The
    source must close the lead-in (an apposition after a comma allowed) and name someone; `Un message
    pour les habitants :` (no judgement) is left alone."""
    found = _colon_lead_span(doc, q)
    if found is None:
        return None
    span = doc.char_span(found[0], found[1] + 1, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    if any(is_finite_verb(t) and finder.quotes.containing(t.idx) is None for t in span):
        return None
    pours = [t.i for t in span[1:-2] if t.lower_ == "pour"]
    if not pours:
        return None
    k = pours[-1]
    if not (doc[k - 1].pos_ == "ADJ" or span[0].lower_ in VIEWPOINT_OPENERS):
        return None
    colon_tok = span.end - 1
    speaker = finder.right_np(k + 1, skip_time=False, max_len=10)
    if speaker is None or speaker[0] != k + 1 or speaker[1] > colon_tok:
        return None
    if speaker[1] < colon_tok:  # `pour le maire, Jean Dupont :`: an apposition closes the lead-in
        if doc[speaker[1]].text != ",":
            return None
        apposition = finder.right_np(speaker[1] + 1, skip_time=False, max_len=10)
        if apposition is None or apposition[1] != colon_tok:
            return None
    if not _names_someone(doc, speaker, res, memo):
        return None
    cue = Cue("colon", k, k, colon_tok, COLON_TERM)
    return ColonCue(cue, speaker, doc[k].idx, found[1] + 1, Content(q.start, last.end, "direct", q))
