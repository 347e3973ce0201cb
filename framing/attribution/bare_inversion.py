"""French inverted incise with no comma before the verb: `Bien trop cher estime X, maire de Y.`,
`« ... » s'exclame une habitante`, `... restées ouvertes explique X, directeur de Y.`

The inverted-subject finder reads a subject after the verb only after punctuation or a quotation
(`», estime X`, `, explique X`); regional copy often drops that comma, and the parser then takes the
words before the verb for its subject. The shape is read from the sentence's structure: what precedes
the verb is a quotation or a clause of its own (a finite verb with its own subject, no relative or
conjunction after it) or a verbless opening, and a noun phrase that ends the clause follows the verb.

`quoted_incise_speaker` reads the speaker of an incise after a quotation and its comma when the
inverted-subject finder gives none because the small model mistags the subject: a name whose parts
are tagged verbs or nouns (`», a déclaré Marie Durand à la radio`), a manner adjective before it (`»,
indique amer un salarié`), `un des habitants`, a media name in quotation marks (`», précise la
« radio X » sur son site`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..matching import norm as _norm
from .annotations import is_finite_verb
from .cues import Cue
from .resources import Resources
from .sentences import Sentences
from .speakers import SpeakerFinder

CLOSING_QUOTES = ("»", "”", '"')
MAX_NAME_TOKENS = 5
ONE_OF = ("un", "une", "l'un", "l'une")  # `un des habitants`, `l'un des manifestants`
OF = ("de", "d'", "des", "du")
SET_PRONOUNS = ("eux", "elles", "nous", "vous")  # `l'un d'eux`, `l'une d'entre elles`: one of a set named before
MAX_SPEAKER_TOKENS = 16  # an inverted speaker with its apposition (`X, le maire de Y`)
SPEAKER_NOUNS = ("person_noun", "group_noun", "institution_noun", "anonymous_head", "media_noun", "unique_title")
NOT_BEFORE_POS = ("DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT")  # `le dit`, `de dire`, `il estime`


def bare_inversion(
    doc: Doc, res: Resources, speakers: SpeakerFinder, sentences: Sentences, cue: Cue
) -> tuple[int, int] | None:
    """The speaker span after a verb of saying inverted with no comma before it, or None."""
    if res.lang != "fr" or cue.kind != "verb" or cue.clitic is not None or cue.first == 0:
        return None
    verb = doc[cue.head]
    if not (is_finite_verb(doc[cue.first]) or is_finite_verb(verb)):
        return None
    before = doc[cue.first - 1]
    s_start, _ = sentences.bounds(cue.head)
    if before.text in CLOSING_QUOTES:
        lead_ok = True
    elif before.is_space or before.pos_ in NOT_BEFORE_POS or cue.first - s_start < 2:
        return None
    else:
        lead_ok = _clause_before(doc, res, s_start, cue) or _verbless_opening(doc, res, s_start, cue)
    if not lead_ok:
        return None
    right = speakers.right_np(cue.last + 1, skip_time=True, max_len=MAX_SPEAKER_TOKENS)
    if right is None or right[0] != cue.last + 1 or not _speaker_like(doc, res, right):
        return None
    if not speakers.ends_clause(right[1]):
        return None
    return right


def _clause_before(doc: Doc, res: Resources, s_start: int, cue: Cue) -> bool:
    """A clause of its own before the verb: a finite verb, no conjunction or relative after it, and no
    subject of the cue's verb between them (`Le projet, que le maire défend, sera voté` is not one)."""
    last_finite = None
    for t in doc[s_start : cue.first]:
        if is_finite_verb(t):
            last_finite = t.i
    if last_finite is None:
        return False
    for t in doc[s_start : cue.first]:
        if res.has("clause_boundary", _norm(t.lower_)):
            return False  # `Les élus qui ont voté dénoncent X`, `... et demandent X`
    verb = doc[cue.head]
    for child in verb.children:
        if (
            child.dep_.startswith("nsubj")
            and last_finite < child.i < cue.first
            and child.pos_ in ("NOUN", "PROPN", "PRON")
        ):
            return False
    return True


def _verbless_opening(doc: Doc, res: Resources, s_start: int, cue: Cue) -> bool:
    """A short verbless opening that is no subject (`Bien trop cher estime X`): it does not open on a
    determiner, a noun, a name or a pronoun, and holds no article, name, pronoun or verb (a bare
    noun after an adverb is no subject)."""
    first = doc[s_start]
    if first.pos_ in ("DET", "PROPN", "PRON", "NOUN", "NUM") or cue.first - s_start > 6:
        return False
    return not any(t.pos_ in ("DET", "PROPN", "PRON", "VERB", "AUX") for t in doc[s_start : cue.first])


def _speaker_like(doc: Doc, res: Resources, span: tuple[int, int]) -> bool:
    """The inverted noun phrase names a speaker: a capitalised name, or an article and a noun that
    names a person, a group or a body (`une habitante`, `des voisins`, `le directeur`)."""
    first: Token = doc[span[0]]
    if first.pos_ in ("PROPN", "X") and first.text[:1].isupper():
        return True  # the small model tags some given names X
    if not res.has("determiner", _norm(first.lower_)):
        return False
    for t in doc[span[0] + 1 : span[1]]:
        if t.pos_ == "NOUN":
            return _person_noun(res, t)
        if t.pos_ == "PROPN":
            return t.text[:1].isupper()
    return False


def _person_noun(res: Resources, t: Token) -> bool:
    return any(res.is_a(category, t.text, t.lemma_) for category in SPEAKER_NOUNS)


def member_incise_speaker(doc: Doc, res: Resources, cue: Cue) -> tuple[int, int] | None:
    """`..., explique l'un d'eux.`: one of a set right after a verb of saying that follows a comma and
    ends the clause is its inverted subject. The parse makes the verb a conjunct of the clause before
    and the pronoun its object; a verb whose noun object is what was said (`object`: `dénonce l'un
    d'eux`) or a person addressed or thanked (`person_object`: `a remercié l'un d'eux`) keeps that
    reading."""
    if res.lang != "fr" or cue.kind != "verb" or cue.clitic is not None or cue.first == 0:
        return None
    if doc[cue.first - 1].text != "," or cue.term.object or cue.term.person_object:
        return None
    k = cue.last + 1
    end = _one_of(doc, res, k) if k < len(doc) else None
    if end is None or not any(_norm(t.lower_) in SET_PRONOUNS for t in doc[k:end]) or not _closes(doc, res, end):
        return None
    return k, end


def quoted_incise_speaker(doc: Doc, res: Resources, cue: Cue) -> tuple[int, int] | None:
    """The speaker of `« ... », V X` when the parse hides it (see the module's docstring), or None."""
    if res.lang != "fr" or cue.kind != "verb" or cue.clitic is not None or not _after_quotation(doc, cue.first):
        return None
    k = cue.last + 1
    n = len(doc)
    while k < n and (
        doc[k].pos_ == "ADV" or (doc[k].pos_ in ("ADJ", "VERB") and doc[k].text.islower() and _agreeing_manner(doc[k]))
    ):
        k += 1  # `indique amer`, `explique encore`
    if k >= n:
        return None
    end = _name_run(doc, res, k)
    if end is None:
        end = _one_of(doc, res, k)
    if end is None:
        end = _quoted_media(doc, res, k)
    if end is None or not _closes(doc, res, end):
        return None
    return k, end


def _after_quotation(doc: Doc, first: int) -> bool:
    j = first - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    return j >= 0 and doc[j].text in CLOSING_QUOTES


def _agreeing_manner(t: Token) -> bool:
    """A predicative adjective or participle of manner right after an incise verb (`indique amer`):
    not a participle with a complement of its own."""
    return "Part" in t.morph.get("VerbForm") or t.pos_ == "ADJ"


def _name_run(doc: Doc, res: Resources, k: int) -> int | None:
    """End of a run of capitalised words at k (an honorific first allowed), whatever their tags."""
    j = k
    if j < len(doc) and res.has("honorific", _norm(doc[j].lower_).rstrip(".")):
        j += 1
        if j < len(doc) and doc[j].text == ".":
            j += 1
    start = j
    while j < len(doc) and j - start < MAX_NAME_TOKENS and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    return j if j - start >= 2 or (j > start and j > k) else None


def _one_of(doc: Doc, res: Resources, k: int) -> int | None:
    """`un des habitants`, `l'un des manifestants`, `l'une d'elles`, `l'un d'entre eux`: one of a group
    of people (named by a noun, or by a pronoun for a set the text named before)."""
    low = _norm(doc[k].lower_)
    j = k + 1
    if low in ("l'", "l’") and j < len(doc):
        low, j = "l'" + _norm(doc[j].lower_), j + 1
    if low not in ONE_OF or j >= len(doc) or _norm(doc[j].lower_) not in OF:
        return None
    j += 1
    if j < len(doc) and _norm(doc[j].lower_) == "entre":
        j += 1
    if j < len(doc) and _norm(doc[j].lower_) in SET_PRONOUNS:
        return j + 1
    if j < len(doc) and res.has("determiner", _norm(doc[j].lower_)):
        j += 1
    if j < len(doc) and doc[j].pos_ == "NOUN" and _person_noun(res, doc[j]):
        return j + 1
    return None


def _quoted_media(doc: Doc, res: Resources, k: int) -> int | None:
    """`la « radio X »`: an article, then a short name between quotation marks."""
    if not res.has("determiner", _norm(doc[k].lower_)) or k + 1 >= len(doc) or doc[k + 1].text not in ('"', "«", "“"):
        return None
    for j in range(k + 2, min(len(doc), k + 2 + MAX_NAME_TOKENS)):
        if doc[j].text in CLOSING_QUOTES:
            return j + 1 if j > k + 2 else None
    return None


def _closes(doc: Doc, res: Resources, end: int) -> bool:
    """The speaker ends its clause: punctuation, the end, or a preposition opening an adjunct."""
    if end >= len(doc):
        return True
    t = doc[end]
    return t.is_punct or t.is_space or res.has("np_stop", _norm(t.lower_)) or _norm(t.lower_) in ("alors", "qui")
