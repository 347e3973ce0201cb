"""French second sources of one claim: a source relayed or cited by another.

The annotators give one record per source of a claim (GUIDELINES: « d'après Bloomberg qui citait un
haut responsable »). Two shapes name a second source right after the first one:

- a relay participle with an agent (`relay_participle`): `selon X, cité par Y`, `des élus cités par le
  quotidien`, `X, dont les propos ont été rapportés par Y`, `des sources interrogées par Y`: Y relays;
- a verb of citing (`cited_source_verb`) with any source for object: `a indiqué la chaîne en citant un
  communiqué`, `X, qui cite un rapport`: the object is cited (unnamed sources cited by an outlet were
  already a relay, `Extractor._relayed_source`; this adds the documents, bodies and people).

A relay participle may also open the sentence, before the claim's speaker (`fronted_relay`): `Citée par
Y, une passagère affirme que ...`.

One shape names the person a body speaks through anywhere in the claim's sentence:

- a voice phrase (`voice_phrase`): `La fédération a revendiqué une hausse des adhésions, par la voix de sa
  présidente`, `Par la voix de son directeur X, l'office admet ...`: the body and its
  spokesperson are two sources of one claim (the annotators give each a record).

Both return token spans; the extractor builds the record with its one builder of second sources.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from ..matching import norm as _norm
from ..token_table import span_text
from .annotations import is_finite_verb
from .resources import Resources
from .speakers import SpeakerFinder

RELATIVE_WINDOW = 6  # `dont les propos ont été rapportés par`: the relative clause's words before the participle
PARTICIPLE_ENDINGS = ("ées", "és", "ée", "é")
TRAILING_WINDOW = 16  # words of the source's own modifiers before a relay participle after a comma
CITING_GAP = 3  # `, qui a cité`, `en citant`: words between the first source and the verb of citing
APPOSITION = 10  # words of an apposition between a source and its relative clause of relaying
BRACKETED_NAME = 4  # words of a name in brackets after a source (`l'agence « APS »`)
BRACKETS = {"«": ("»",), "(": (")",), '"': ('"',), "“": ("”",)}


class SecondSource(NamedTuple):
    """The relaying word (the new record's cue starts there) and the second source's noun phrase."""

    verb: int
    start: int
    end: int


def _participle(doc: Doc, k: int, res: Resources, marker: bool = False, after_comma: bool = False) -> bool:
    """A past participle of a relay verb; its infinitive rebuilt from the ending, since the tagger often
    lemmatises `cités` as an adjective. After a marker's source, also a verb of questioning
    (`questioned_participle`: `selon des sources interrogées par Y`); after a comma closing the source's
    phrase, also a verb of making public (`revealed_participle`: `, et révélé par Y`), which inside the
    phrase (`des documents révélés par Y`) only says where the source comes from."""
    word = doc[k].lower_
    ending = next((e for e in PARTICIPLE_ENDINGS if word.endswith(e)), None)
    if ending is None:
        return False
    verb = word[: -len(ending)] + "er"
    if marker and res.is_a("questioned_participle", verb, doc[k].lemma_):
        return True
    if after_comma and res.is_a("revealed_participle", verb, doc[k].lemma_):
        return True
    return res.is_a("relay_participle", verb, doc[k].lemma_)


def _trailing_participle(doc: Doc, end: int, limit: int, res: Resources, marker: bool) -> int | None:
    """`d'après les chiffres publiés par le ministère, relayés par Y`, `d'après un rapport remis à la
    ministre, Mme X, et révélé par Y`: the relay participle after a comma further on, past the source's own
    modifiers (a participle phrase, an apposition), within `limit`. No finite verb and no punctuation but
    commas on the way: a clause of its own is no longer the source's phrase."""
    stop = min(limit, end + TRAILING_WINDOW)
    for i in range(end, stop):
        tok = doc[i]
        if is_finite_verb(tok):
            return None
        if tok.is_punct and tok.text not in (",", "-", "'", "’"):
            return None
        if tok.text != ",":
            continue
        j = i + 1
        while j < stop and (doc[j].lower_ == "et" or res.has("time_word", _norm(doc[j].text))):
            j += 1  # `, et révélé`, `, également relayés`
        if j < stop and _participle(doc, j, res, marker, after_comma=True):
            return j
    return None


def after_bracketed_name(doc: Doc, end: int, s_end: int) -> int:
    """Past a short name in quotation marks or brackets closing a source (`l'agence « APS »`, `l'agence
    (APS)`): the token after it, or `end` when none follows."""
    if end >= s_end or doc[end].text not in BRACKETS:
        return end
    close = BRACKETS[doc[end].text]
    k = next((i for i in range(end + 1, min(s_end, end + 2 + BRACKETED_NAME)) if doc[i].text in close), None)
    return end if k is None else k + 1


def after_apposition(doc: Doc, end: int, s_end: int, res: Resources) -> int:
    """Past an apposition of the source (`X, directeur de la communication de Y, dont ...`): the comma
    closing it when a relative pronoun follows that comma, no verb nor other punctuation between; else `end`."""
    if end >= s_end or doc[end].text != ",":
        return end
    for i in range(end + 1, min(s_end - 1, end + 2 + APPOSITION)):
        tok = doc[i]
        if tok.text == ",":
            return i if res.has("relay_relative", _norm(doc[i + 1].lower_)) else end
        if tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.text not in ("-", "'", "’")):
            return end
    return end


def relay_agent(
    doc: Doc,
    first: int,
    end: int,
    s_end: int,
    res: Resources,
    speakers: SpeakerFinder,
    *,
    marker: bool = False,
    limit: int | None = None,
) -> SecondSource | None:
    """`X cité par Y`, `X, dont les propos ont été rapportés par Y`: Y after the source span [first, end).

    The participle may sit inside the span (a speaker walk that took it) or follow it, after a comma or in
    a relative clause `dont`/`qui` of a few words; `par` and a noun phrase must follow it. `marker`: the
    source is a marker's (`selon X`), where a verb of questioning relays too. Past the source's own
    modifiers, a relay participle after a comma up to `limit` (the claim's first word when it follows)."""
    k = next((i for i in range(first + 1, end) if _participle(doc, i, res, marker)), None)
    if k is None:
        j = after_apposition(doc, end, s_end, res)
        if j < s_end and doc[j].text == ",":
            j += 1
        if j < s_end and res.has("relay_relative", _norm(doc[j].lower_)):
            stop = min(s_end, j + RELATIVE_WINDOW)
            k = next((i for i in range(j + 1, stop) if _participle(doc, i, res, marker)), None)
            if k is not None and any(t.is_punct for t in doc[j + 1 : k]):
                k = None
        elif j < s_end and _participle(doc, j, res, marker, after_comma=j > end):
            k = j
        else:
            k = _trailing_participle(doc, end, s_end if limit is None else min(limit, s_end), res, marker)
    if k is None or k + 1 >= s_end or doc[k + 1].lower_ != "par":
        return None
    np = speakers.right_np(k + 2, skip_time=False, max_len=8)
    if np is None or np[0] >= s_end or np[0] != k + 2:
        return None
    return SecondSource(k, np[0], min(np[1], s_end))


def fronted_relay(doc: Doc, s_start: int, speaker: int, res: Resources, speakers: SpeakerFinder) -> SecondSource | None:
    """`Citée par Y, une passagère affirme que`, `Rapportés par Y, ses propos ...`: a relay participle
    opening the sentence, its agent Y, then a comma right before the speaker of the sentence's claim: Y
    relays that claim (any gender and number; adverbs such as `aussi` may come before `par`). The source
    must follow the comma at once, so that the participle is its apposition. Not a participle of
    questioning (`Interrogé par l'agence, le maire a dit`): on the read sets that is mostly the writer's
    own agency's interview, which the annotators give no record (3 of 4)."""
    k = s_start
    while k < speaker and (doc[k].is_space or (doc[k].is_punct and doc[k].text != ",")):
        k += 1  # a paragraph's opening dash or space
    if k >= speaker or not doc[k].text[:1].isupper() or not _participle(doc, k, res):
        return None
    j = k + 1
    while j < speaker and doc[j].lower_ != "par" and doc[j].pos_ == "ADV":
        j += 1  # `Interrogée aussi par Y`
    if j >= speaker or doc[j].lower_ != "par":
        return None
    np = speakers.right_np(j + 1, skip_time=False, max_len=8)
    if np is None or np[0] != j + 1:
        return None
    comma = next((i for i in range(np[1], speaker) if doc[i].text == ","), None)
    if comma is None or comma + 1 != speaker or any(t.is_punct for t in doc[np[1] : comma]):
        return None
    return SecondSource(k, np[0], min(np[1], comma))


def cited_object(doc: Doc, end: int, s_end: int, res: Resources, speakers: SpeakerFinder) -> SecondSource | None:
    """`..., a indiqué la chaîne en citant un communiqué`, `X, qui a cité une source`: the object of a verb
    of citing just after the source or the cue ending at `end` (a comma, `en`, `qui`, an auxiliary between)."""
    j = end = after_bracketed_name(doc, end, s_end)
    stop = min(s_end, end + CITING_GAP + 1)
    while j < stop and not res.is_a("cited_source_verb", doc[j].text, doc[j].lemma_):
        word = _norm(doc[j].lower_)
        if word != "," and not res.has("relay_relative", word) and not res.has("auxiliary", word):
            return None  # only `,`, `qui`, `en` and auxiliaries between: `, qui a cité`, `en citant`
        j += 1
    if j >= stop:
        return None
    tok = doc[j]
    if tok.lower_.endswith(PARTICIPLE_ENDINGS) and j + 1 < s_end and doc[j + 1].lower_ == "par":
        return None  # `cité par Y`: the agent relays (relay_agent)
    k = j + 1
    while k < s_end and res.has("relay_link", _norm(doc[k].text)):
        k += 1
    np = speakers.right_np(k, skip_time=False, max_len=8)
    if np is None or np[0] >= s_end or np[0] != k or res.has("own_possessive", _norm(doc[np[0]].text)):
        return None  # `qui cite ses sources`: the outlet's own sourcing, its one voice
    return SecondSource(j, np[0], min(np[1], s_end))


def voice_of(doc: Doc, s_start: int, s_end: int, res: Resources, speakers: SpeakerFinder) -> SecondSource | None:
    """`par la voix de X` in the sentence [s_start, s_end): X, the person a body speaks through, from the
    first word of the phrase (the new record's cue starts there). The sentence's text is screened first
    (one substring test per term, in C), so the token walk runs only where a term is written."""
    if s_start >= s_end:
        return None
    low = span_text(doc, s_start, s_end).lower()
    terms = (p for phrases in res.phrase_list("voice_phrase").values() for p in phrases)
    if not any(" ".join(p[:-1]) in low for p in terms):
        return None
    for i in range(s_start, s_end):
        n = _phrase_length(doc, i, s_end, res)
        if not n:
            continue
        np = speakers.right_np(i + n, skip_time=False, max_len=8)
        if np is None or np[0] != i + n or np[0] >= s_end:
            return None
        return SecondSource(i, np[0], min(np[1], s_end))
    return None


def _phrase_length(doc: Doc, i: int, s_end: int, res: Resources) -> int:
    """Tokens of the longest `voice_phrase` term opening at i (`par la voix de`, `par la voix du`), or 0."""
    for phrase in res.phrase_list("voice_phrase").get(_norm(doc[i].lower_), ()):
        n = len(phrase)
        if i + n < s_end and tuple(_norm(t.lower_) for t in doc[i : i + n]) == phrase:
            return n
    return 0
