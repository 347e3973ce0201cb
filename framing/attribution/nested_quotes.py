"""Attributions reported inside a speaker's quotation: `« Le ministre a souligné que ... », a dit X`.

Quoted speech often relays someone else's words (`« Le directeur nous a assuré que ... »`, `« Pour
certains, ... »`), and the French annotation guidelines count such a nested attribution as one of its
own. The main pass reads only the reporter's voice (cues inside quotation marks are the speaker's
words, not the reporter's), so a long quotation that holds a reporting verb or marker is read again
here as a text of its own: the quotation's tokens are copied with their parse (`Span.as_doc`, no new
parse) and the same extractor runs on them. Inner speakers that are the quoted speaker or the people
spoken to (`je`, `nous`, `vous`: listed as `quoted_voice_pronoun` in `lexicons/<lang>/sources.yaml`)
are left out: their words are the quotation itself. A third-person pronoun (`« Ils affirment que ... »`)
is a third party the quoted speaker relays, and is kept (round 31: the annotators of A42 and A43 count
it) unless it opens a relative clause (`ce qu'ils disent`). A language without that list skips this pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Doc

from ..quotes import QuoteMark
from ..token_table import TokenTable, token_table
from ..types import Attribution
from .resources import Resources

QUOTE_CLOSERS = ("»", "”", '"')
SENTENCE_ENDS = (".", "!", "?", ":", "…")
INCISE_SEPARATORS = (",", "–", "—")  # `« A, confie X. B »`, `« A – confie X. »`
CLAUSE_ENDS = (".", ",", "!", "?", ";")
LEAD_ENDS = (".", "!", "?", "…")  # sentences of the quotation before the one its incise closes
ADJUNCT_ENDS = (*CLAUSE_ENDS, "–", "—")  # `« A – déclare-t-on chez X – B »`: an incise between dashes
MAX_ADJUNCT = 60  # characters of `à la boulangerie voisine` after an incise's speaker
MAX_LEAD_WORDS = 8  # words between an inner verb and its `que` (a date, a medium, an addressee)
MIN_TOKENS = 8  # a shorter quotation is a phrase, not a passage that can relay someone's words
Extract = Callable[[Doc, Resources, list[QuoteMark]], list[Attribution]]


def _pronoun_subject(table: TokenTable, i: int, first: int, res: Resources) -> bool:
    """The verb at i has the quoted voice as subject (`je`, `nous`, `on`), past its auxiliaries and
    negation; a third-person pronoun (`ils affirment que`) relays a third party and passes (round 31)."""
    k = i - 1
    told = False  # `ils m'ont dit`: the quoted voice is the person told
    while k >= first and (res.has("auxiliary", table.lower[k]) or res.has("negation", table.lower[k])):
        told = told or res.has("quoted_voice_pronoun", table.lower[k].replace("’", "'"))
        k -= 1
    if k < first:
        return False
    word = table.lower[k].replace("’", "'")
    if told and (word == "on" or (word in res.pronouns and not res.has("quoted_voice_pronoun", word))):
        return False
    return res.has("quoted_voice_pronoun", word)


def _may_report(doc: Doc, first: int, last: int, res: Resources) -> bool:
    """One of the shapes kept (see `_clear_shape`) may be there: a marker (an initial one such as
    `pour` only where a sentence starts), a reporting verb with no pronoun subject and `que` within
    three words after it, or a reporting verb a few words after a closing mark. Set lookups first: most
    quotations hold none, and the pass then costs nothing."""
    table = token_table(doc)
    keys = res.verb_keys
    for i in range(first, last):
        low = table.lower[i]
        for term in res.markers.get(low, ()):
            words = table.lower[i : i + len(term.words)]
            if tuple(words) == term.words and (not term.initial or i == first or table.lower[i - 1] in SENTENCE_ENDS):
                return True
        if low in keys or table.lemma[i] in keys:
            if any(w in QUOTE_CLOSERS for w in table.lower[max(first, i - 4) : i]):
                return True  # `», a déclaré X`
            if any(w in INCISE_SEPARATORS for w in table.lower[max(first + 1, i - 2) : i]):
                return True  # `« A, confie le maire. B »`, `« A, a-t-il dit. B »`: the quotation's own incise
            after = table.lower[i + 1 : min(i + 1 + MAX_LEAD_WORDS, last)]
            if any(w in after for w in ("que", "qu'", "qu’")) and not _pronoun_subject(table, i, first, res):
                return True
    return False


def shifted(a: Attribution, by: int) -> Attribution:
    """A record found in a quotation's own parse, moved to the article's offsets and marked nested."""

    def at(x: int | None) -> int | None:
        return None if x is None else x + by

    return replace(
        a,
        start=a.start + by,
        end=a.end + by,
        speaker_start=at(a.speaker_start),
        speaker_end=at(a.speaker_end),
        content_start=at(a.content_start),
        content_end=at(a.content_end),
        resolved_start=at(a.resolved_start),
        resolved_end=at(a.resolved_end),
        rule=f"nested_{a.rule}",
    )


def _quoted_voice(a: Attribution, res: Resources) -> bool:
    """The quoted speaker or an addressee (`je`, `vous`, `on`), or a stray word: no source of its own
    that a reader could tell. A third-person pronoun (`ils`) is a third party the speaker relays (round
    31; it was left out before, and the A42 and A43 annotators count it)."""
    words = a.speaker.lower().replace("’", "'").split()
    if not words or sum(ch.isalpha() for ch in a.speaker) < 2:
        return True
    first = words[0].lstrip("-")
    if res.has("people_pronoun", a.speaker.lower()):
        return False  # `Pour certains, ...`, `d'autres`: a stated view of a group
    if _told_to_voice(a, res):
        return False  # `« ... ils m'ont dit que le train partirait »`: someone else's words, told to the quoted voice
    return res.has("quoted_voice_pronoun", first)


def _relative_subject(a: Attribution, text: str, res: Resources) -> bool:
    """A third-person pronoun speaker that opens a relative clause (`« ils font le contraire de ce
    qu'ils disent »`, `« les mots qu'elle a dits »`): the clause names what was said as a thing, it
    reports nothing. Quoted speech relays a third party by a pronoun (`« Ils nous ont assuré qu'... »`)
    as often as by a name, so only this shape is left out."""
    if a.speaker_start is None or a.speaker.lower() not in res.pronouns:
        return False
    words = text[: a.speaker_start].lower().replace("’", "'").replace("'", "' ").split()
    return bool(words) and res.has("complementizer", words[-1])


def _told_to_voice(a: Attribution, res: Resources) -> bool:
    """A third-person or indefinite pronoun speaks to the quoted voice (`ils m'ont dit que`, `on nous a
    dit que`): a quoted-voice pronoun (`m'`, `nous`) between the speaker and the verb is the person told,
    so the words are those of the third party the quotation relays, not the quoted speaker's."""
    if a.speaker_end is None or a.speaker_start is None or not a.start <= a.speaker_start < a.speaker_end <= a.end:
        return False
    speaker = a.speaker.lower().replace("’", "'").split()
    if len(speaker) != 1 or not (speaker[0] == "on" or speaker[0] in res.pronouns):
        return False
    between = a.text[a.speaker_end - a.start :].lower().replace("’", "'").replace("'", "' ").split()
    return len(between) >= 2 and res.has("quoted_voice_pronoun", between[0])


def _clear_shape(a: Attribution, text: str) -> bool:
    """The shapes that read the same inside a quotation as outside: a marker (`selon X`, `Pour
    certains,`), a verb with `que` right after it or after a date, a medium or an addressee (`X a
    souligné que`, `X avait annoncé lundi sur une radio qu'`), a participle or gerund with its `que`
    (`en disant que`), an incise right after a closing mark (`», a déclaré X`). Others (infinitives of
    purpose, a verb's object read as speech) matched an annotation too seldom inside quotations to keep."""
    if a.rule == "marker":
        return True
    if a.rule == "subject_verb" and a.content_start is not None and a.content_start >= a.end:
        return _que_lead(text[a.end : a.content_start])
    if a.rule == "participle" and a.content_start is not None and a.content_start >= a.end:
        # `« Le maire nous accuse en disant que ... »`: the participle's cue holds its `que`
        return a.text.lower().replace("’", "'").endswith(("que", "qu'")) and not text[a.end : a.content_start].strip()
    if a.rule == "inverted":
        return text[: a.start].rstrip(" ,\u00a0\u202f")[-1:] in ("»", "”", '"')
    return False


def _que_lead(between: str) -> bool:
    """The words between a verb and its content end on `que` and hold no quotation mark nor more than
    MAX_LEAD_WORDS words: `que` right after the verb, or after a date, a medium or an addressee
    (`« Le ministre avait annoncé le 9 mai sur une radio qu'il viendrait »`); the main pass has already
    read it as the verb's own clause, not a relative."""
    words = between.lower().replace("’", "'").replace("'", "' ").split()
    if not words or words[-1] not in ("que", "qu'") or len(words) > MAX_LEAD_WORDS:
        return False
    return not any(ch in between for ch in '«»“”"')


def _own_incise(a: Attribution, text: str, res: Resources) -> bool:
    """`« A, confie le maire. B »`: an incise inside the marks, after the quotation's first clause and
    closing a sentence or a clause, gives the whole quotation to its speaker (the French press puts
    the incise inside the marks; the annotation gives A through B to the speaker)."""
    if a.rule != "inverted" or a.content_start is None or a.speaker_end is None:
        return False
    lead = text[: a.content_start].strip(" \u00a0\u202f\n")
    if lead and (lead[-1] not in LEAD_ENDS or any(ch in lead for ch in '«»“”"')):
        return False  # the clause before the incise opens the quotation or a sentence of it (`« A. B, dit X. »`)
    # the content ends at the incise, or runs through it (`« A, avoue à la radio X, B »`) when a name or
    # a noun speaks there, not a clitic (`« Le quartier sera, dit-on, plus calme »` is hearsay inside)
    through = a.content_end > a.start
    if through and (a.speaker.lower() in res.pronouns or a.speaker.lower() == "on"):
        return False
    before = text[a.content_start : a.start] if through else text[a.content_end : a.start]
    if before.strip(" \u00a0\u202f")[-1:] not in INCISE_SEPARATORS or (
        not through and before.strip(" \u00a0\u202f") not in INCISE_SEPARATORS
    ):
        return False
    end = max(a.end, a.speaker_end)
    return text[end : end + 1] in CLAUSE_ENDS or not text[end:].strip() or _place_adjunct(text[end:], res)


def _place_adjunct(rest: str, res: Resources) -> bool:
    """`« A, explique-t-on à la boulangerie, B »`, `déclare-t-on chez X.`: a short adjunct saying where
    the words come from (`incise_adjunct` opens it) ends the incise before its clause closes."""
    cut = min((k for k in (rest.find(ch) for ch in ADJUNCT_ENDS) if k >= 0), default=len(rest))
    words = rest[:cut].lower().replace("’", "'").split()
    if not words or cut > MAX_ADJUNCT or any(ch in rest[:cut] for ch in '«»“”"'):
        return False
    return res.has("incise_adjunct", words[0])


def _own_speaker(a: Attribution, res: Resources) -> bool:
    """A speaker a reader can tell: not the quoted voice (`je`, `nous`, `on`); a third-person pronoun
    (`explique-t-elle`) is the quotation's speaker named before it. An inverted `on` in the incise
    (`explique-t-on`) is the reporter's unnamed source, not the quoted voice."""
    words = a.speaker.lower().replace("’", "'").split()
    if not words or sum(ch.isalpha() for ch in a.speaker) < 2:
        return False
    if words == ["on"] and a.text.lower().replace("’", "'").endswith("-on"):
        return True
    return not res.has("quoted_voice_pronoun", words[0].lstrip("-"))


def _whole_quotation(a: Attribution, q: QuoteMark, text: str) -> Attribution:
    """The incise's attribution with the whole quotation (A through B) as what was said."""
    start, end = q.start, q.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return replace(a, content_start=start, content_end=end, form="direct", rule="quote_incise")


# records whose cue is the quotation itself, guessed from the text around it: an incise inside the
# quotation names its speaker better (`prior_sentence`, `next_sentence`: the person named in the
# sentence before or after)
NO_CUE_RULES = ("floating", "prior_sentence", "next_sentence")


MayReport = Callable[[Doc, int, int, Resources], bool]


INSIDE_QUOTATION_KEY = "framing_inside_quotation"  # set on the Doc of a quotation read again as a text


def quotations_read_again(
    doc: Doc, res: Resources, marks: list[QuoteMark], extract: Extract, may_report: MayReport
) -> Iterator[tuple[QuoteMark, int, Doc, list[Attribution]]]:
    """Each quotation long enough to relay someone's words and holding a cue (`may_report`), read again as a
    text of its own: the mark, where it starts in the document, its own Doc (the parse copied, no new parse)
    and the records `extract` finds in it, in the quotation's offsets (`shifted` moves them back)."""
    for q in marks:
        span = doc.char_span(q.start, q.end, alignment_mode="contract")
        if span is None or len(span) < MIN_TOKENS or not may_report(doc, span.start, span.end, res):
            continue
        at = span.start_char
        inner_marks = [
            QuoteMark(m.start - at, m.end - at, m.outer_start - at, m.outer_end - at, m.opener)
            for m in marks
            if at <= m.outer_start and m.outer_end <= span.end_char
        ]
        inner = span.as_doc()
        inner.user_data[INSIDE_QUOTATION_KEY] = True  # what a verb reports here is the quoted speaker's narration
        yield q, at, inner, extract(inner, res, inner_marks)


def nested_attributions(
    doc: Doc, res: Resources, marks: list[QuoteMark], found: list[Attribution], extract: Extract
) -> list[Attribution]:
    """Attributions inside quotations (document offsets) whose cues overlap no cue of `found`."""
    if "quoted_voice_pronoun" not in res.words:
        return []
    out: list[Attribution] = []
    # cues already read; a floating quotation's cue is the quotation itself, which holds no cue
    cues = [o for o in found if (o.start, o.end) != (o.content_start, o.content_end) and o.rule not in NO_CUE_RULES]
    for q, at, inner, records in quotations_read_again(doc, res, marks, extract, _may_report):
        for a in records:
            if a.speaker_start is None or a.content_start is None:
                continue
            if _own_incise(a, inner.text, res) and _own_speaker(a, res):
                moved = _whole_quotation(shifted(a, at), q, doc.text)
                # a floating quotation carried on the previous speaker; its own incise names the speaker
                if not any(_covers(o, moved) for o in found if o.rule not in NO_CUE_RULES) and not any(
                    moved.start < o.end and o.start < moved.end for o in cues
                ):
                    cues.append(moved)
                    out.append(moved)
                continue
            if _quoted_voice(a, res) or _relative_subject(a, inner.text, res) or not _clear_shape(a, inner.text):
                continue
            moved = shifted(a, at)
            if any(moved.start < o.end and o.start < moved.end for o in cues):
                continue
            cues.append(moved)
            out.append(moved)
    return out


def _covers(o: Attribution, a: Attribution) -> bool:
    """An attribution already found holds most of a's content (the quotation has its speaker)."""
    if o.content_start is None or o.content_end is None or a.content_start is None or a.content_end is None:
        return False
    shared = min(o.content_end, a.content_end) - max(o.content_start, a.content_start)
    return shared > 0.5 * (a.content_end - a.content_start)
