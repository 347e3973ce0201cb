"""English whole quoted paragraphs with no cue whose speaker the narration just before brings in.

Local and broadcast news often names a person in a narrative sentence that says nothing (`Among those
at the station was Ann Roe, who lives in Tralee.`, `Artistic Director Sam Lee was one of those tasked
with the line-up.`, `He grows and sells pawpaws.`) and then gives that person's words as a quoted
paragraph with no cue. Issue 13's convention counts the quotation as an attribution whose speaker is
the nearest earlier mention of that person. floating.py carries on the speaker of the last record,
and only across one paragraph break; the French reader (prior_speaker.py) wants the person in the
same paragraph. Here, for English:

- a quotation (or `;`/`,` chain) of four words or more that is a whole sentence (floating.py's tests)
  and either no record covers it, or floating.py gave it the last record's speaker;
- the sentence before it: the last sentence of its own paragraph before it, or, when the quotation
  opens its paragraph, the last sentence of the paragraph before; that sentence holds no quotation mark
  and no record's cue or content lies between it and the quotation;
- that sentence names one person: a person entity of the recogniser (trained pipeline) or, with no
  recogniser, a capitalised run that the speaker types call a person; with no name, its last `he` or
  `she` (the nearest mention, as the convention asks). Two different names, or none and no such
  pronoun, give nothing.

The cue is the quotation with its marks, the content its words, the form direct, the rule
`prior_sentence`; a floating record keeps its rule and takes the new speaker.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..quotes import QuoteMark
from ..types import Attribution
from .floating import uncovered_sentence_quotations
from .prior_speaker import PERSON_LABELS, _before, _coordinated, _touches
from .resources import Resources
from .speaker_types import SpeakerInfo, classify

PLACE_LINKS = ("np_link", "np_stop", "place_preposition")  # lists whose words before a name make it a place or date
NOT_NAMING_DEPS = ("pobj", "dobj", "dative", "poss", "compound", "npadvmod")  # `the people of X`, `arrested X`
MAX_RUN = 6  # capitalised words in one name (`Artistic Director Scott Colin`)
Found = tuple[tuple[int, int], SpeakerInfo | None]


def _entity_person(doc: Doc, sent: Span, res: Resources, memo: dict) -> Found | bool | None:
    """The one person entity of the sentence; False when it names several (nobody to choose)."""
    names = {
        e.text: e
        for e in doc.ents
        if e.label_ in PERSON_LABELS
        and sent.start <= e.start
        and e.end <= sent.end
        and e.text[:1].isupper()
        and e.root.dep_ not in NOT_NAMING_DEPS
    }
    if len(names) > 1:
        return False
    if not names:
        return None
    ent = next(iter(names.values()))
    if _coordinated(sent, ent.start, ent.end):
        return False
    info = classify(doc, ent.start, ent.end, res, memo=memo)
    return ((ent.start, ent.end), info) if info.type == "named_person" else None


def _capitalised_person(doc: Doc, sent: Span, res: Resources, memo: dict, known: set[str]) -> Found | bool | None:
    """With no recogniser: the one capitalised run of the sentence shaped as a person's name. The
    rule-based types call most capitalised words a person, so the run must be two words or more, hold
    no date or place word, not follow a preposition (`in Tralee`, `on Good Friday`) nor open with an
    article; a single word counts when it is a word of an earlier speaker's name (`Roe grows apples.`)."""
    runs: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end:
        if (_capital(doc[i]) and i > sent.start) or doc[i].text in known:
            j = i + 1
            while j < sent.end and j - i < MAX_RUN and _capital(doc[j]):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    found = []
    for s, e in runs:
        words = [t.lower_ for t in doc[s:e]]
        if words[0] == "the" or any(res.has("time_word", w) or res.has("place", w) for w in words):
            continue  # `The Little Theatre`: a person's name takes no article
        if s > sent.start and any(res.has(c, doc[s - 1].lower_) for c in PLACE_LINKS):
            continue
        if e - s < 2 and doc[s].text not in known:
            continue
        info = classify(doc, s, e, res, memo=memo)
        if info.type == "named_person" and not info.fallback:
            found.append(((s, e), info))
    if len({doc[s:e].text for (s, e), _ in found}) > 1:
        return False
    return found[0] if found else None


def _capital(t: Token) -> bool:
    return t.text[:1].isupper() and t.is_alpha


def _pronoun(doc: Doc, sent: Span, res: Resources) -> Found | None:
    """The last `he`/`she` of the sentence: the nearest mention of the person it goes on about."""
    for t in reversed(sent):
        number, gender = res.pronouns.get(t.lower_, ("", ""))
        if number == "sing" and gender in ("masc", "fem"):
            return (t.i, t.i + 1), None
    return None


def introduced_person(
    doc: Doc, res: Resources, text: str, first: QuoteMark, others: list[Attribution], memo: dict
) -> tuple[int, int, str | None] | None:
    """Character span and type of the person the sentence before the quotation brings in (type None
    for a pronoun), or None."""
    before = _before(text, first, colon_across_paragraphs=False)
    if before is None or before[1] - before[0] < 3:
        return None
    if any(ch in text[before[0] : before[1]] for ch in '«»“”"'):
        return None  # a sentence with a quotation of its own is someone's speech already
    if text[before[1] - 1] == ":":
        return None  # a lead-in with a colon: colon.py's and floating.py's
    if any(_touches(a, before[0], first.outer_start) for a in others):
        return None
    sent = doc.char_span(before[0], before[1], alignment_mode="expand")
    if sent is None or len(sent) < 2:
        return None
    trained = doc.has_annotation("ENT_IOB")
    if trained:
        found = _entity_person(doc, sent, res, memo)
    else:
        known = {
            w for a in others if a.speaker and a.speaker_end and a.speaker_end <= before[0] for w in a.speaker.split()
        }
        found = _capitalised_person(doc, sent, res, memo, {w for w in known if w[:1].isupper()})
    if found is False:
        return None
    if found is None:
        found = _pronoun(doc, sent, res)
    if found is None:
        return None
    (s, e), info = found
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), (info.type if info else None)


def introduced_quotations(
    doc: Doc, res: Resources, text: str, marks: list[QuoteMark], attributions: list[Attribution], memo: dict
) -> list[Attribution]:
    """Floating records re-given to the person the sentence before brings in, plus new records for
    whole quoted paragraphs no record covers (see the module docstring)."""
    firsts = {m.start: m for m in marks}
    out: list[Attribution] = []
    for a in attributions:
        first = firsts.get(a.content_start) if a.rule == "floating" and a.content_start is not None else None
        found = (
            introduced_person(doc, res, text, first, [b for b in attributions if b is not a], memo) if first else None
        )
        if found is None:
            out.append(a)
            continue
        s, e, kind = found
        if kind is None:  # a pronoun goes on about the person the floating record already names
            out.append(replace(a, speaker=text[s:e], speaker_start=s, speaker_end=e))
            continue
        out.append(
            replace(
                a,
                speaker=text[s:e],
                speaker_start=s,
                speaker_end=e,
                speaker_type=kind,
                resolved=None,
                resolved_start=None,
                resolved_end=None,
            )
        )
    out = _before_postposed_cue(doc, res, text, firsts, out, memo)
    added: list[Attribution] = []
    for first, last in uncovered_sentence_quotations(text, marks, out):
        found = introduced_person(doc, res, text, first, out + added, memo)
        if found is None:
            continue
        s, e, kind = found
        added.append(
            Attribution(
                start=first.outer_start,
                end=last.outer_end,
                text=text[first.outer_start : last.outer_end],
                speaker=text[s:e],
                speaker_start=s,
                speaker_end=e,
                speaker_type=kind or "named_person",  # `he`/`she` stand for a person
                form="direct",
                verb=None,
                content_start=first.start,
                content_end=last.end,
                rule="prior_sentence",
            )
        )
    return out + added


def _shares_name(a: str, b: str) -> bool:
    """The two speaker phrases share a capitalised word (`Festival spokesperson Kieran Moore`, `Mr Moore`)."""
    return bool({w for w in a.split() if w[:1].isupper()} & {w for w in b.split() if w[:1].isupper()})


def _before_postposed_cue(
    doc: Doc, res: Resources, text: str, firsts: dict[int, QuoteMark], records: list[Attribution], memo: dict
) -> list[Attribution]:
    """The paragraphs of a quotation whose cue follows its last paragraph (`"A ¶ "B ¶ "C," said Mr Roe.`)
    have no cue of their own: the convention gives them the nearest earlier mention of the speaker, not
    the name in the cue after them. That mention is the person the sentence before the quotation brings
    in (a `he`/`she`, or a name sharing a word with the cue's speaker), else the speaker of the nearest
    earlier record when it (or the name its pronoun resolves to) shares a word with the cue's speaker
    (`Kieran Moore said ... ¶ "A ¶ "B," said Mr Moore.`). Other records are returned unchanged."""
    runs: dict[int, list[int]] = {}
    for i, a in enumerate(records):
        if (
            a.rule == "floating"
            and a.speaker_start is not None
            and a.content_end is not None
            and a.speaker_start >= a.content_end
        ):
            runs.setdefault(a.speaker_start, []).append(i)
    if not runs:
        return records
    out = list(records)
    for speaker_start, members in runs.items():
        start = min(records[i].content_start or 0 for i in members)
        cue_speaker = records[members[0]].speaker or ""
        run = {id(records[i]) for i in members}
        others = [b for b in records if id(b) not in run and b.speaker_start != speaker_start]
        mention = None
        first = firsts.get(start)
        found = introduced_person(doc, res, text, first, others, memo) if first is not None else None
        if found is not None and (found[2] is None or _shares_name(text[found[0] : found[1]], cue_speaker)):
            mention = (found[0], found[1])
        else:
            para = text.rfind("\n", 0, text.rfind("\n", 0, start)) + 1  # this paragraph and the one before
            earlier = [
                b
                for b in others
                if b.speaker
                and b.speaker_start is not None
                and para <= b.start
                and max(b.end, b.content_end or 0) <= start
            ]
            if earlier:
                near = max(earlier, key=lambda b: max(b.end, b.content_end or 0))
                names = f"{near.speaker} {near.resolved or ''}"  # `she` resolved to the cue's person
                if _shares_name(names, cue_speaker) and near.speaker_end is not None:
                    mention = (near.speaker_start, near.speaker_end)
        if mention is None:
            continue
        for i in members:
            out[i] = replace(
                out[i], speaker=text[mention[0] : mention[1]], speaker_start=mention[0], speaker_end=mention[1]
            )
    return out
