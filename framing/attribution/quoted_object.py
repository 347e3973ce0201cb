"""French quoted words as a verb's object, whatever the verb: `Les élus craignent « une casse sociale »`,
`La direction évoque « un ajustement »`, `Les syndicats fustigent une « trahison »`.

The quotation marks say the object's words are the subject's: the guidelines count the object phrase
as a mixed attribution by the subject, even when the verb is in no lexicon. The shape is read from the
words and the tags: a quotation of two words or more that no other attribution covers, opening in
lower case with no conjunction, right after a finite verb (or a participle after its auxiliary, or a
present participle after a comma), with at most a determiner, adjectives or adverbs between (an object
whose head noun sits outside the quotation, `le plan « zéro déchet »`, names a thing; `du`, `au` open
a complement). The tagger often moves the verb's tag onto the opening mark, so a plain lower-case word
before a mark tagged as a verb counts as the verb. The subject must come before the verb and name a
source (a name, a listed source noun, a noun of people by its ending, a personal pronoun). Verbs whose
object is a name, a title, a text signed, a thing found or made (`quoted_object_no_speech` and
`reception_verb` in lexicons/fr/sources.yaml) and auxiliaries report nobody's words. Measured on the
read sets: one-word quotations there were all the writer's scare quotes (`multiplie les « réformes »`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..matching import norm as _norm
from ..quotes import QuoteMark
from ..token_table import token_table
from .annotations import is_finite_verb
from .colon import ColonCue
from .content import Content, ContentFinder
from .cues import Cue
from .floating import WORD, uncovered_chains
from .resources import ReportingTerm, Resources
from .speaker_types import PRONOUN, SpeakerInfo, classify
from .speakers import SpeakerFinder

PREPOSITION_ARTICLES = ("du", "au", "aux")
MIN_WORDS = 2
NOT_OBJECT_OPENING = ("SCONJ", "CCONJ", "ADP")  # a clause or an adjunct in quotes, no object
MAX_BETWEEN = 3  # determiner, adjectives, adverbs between the verb and the quotation
# endings of nouns of people the lists miss (`les gérants`, `les riverains`), singular
PERSON_ENDINGS = ("eur", "euse", "rice", "ier", "ière", "iste", "ant", "ante", "ien", "ienne", "aire", "ain", "aine")


def quoted_object_candidates(
    doc: Doc,
    res: Resources,
    marks: list[QuoteMark],
    finder: SpeakerFinder,
    contents: ContentFinder,
    taken: list[tuple[int, int]],
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> list[ColonCue]:
    """Subject-verb-quoted-object attributions for quotations no other attribution covers (`taken`)."""
    if res.lang != "fr" or not finder.tagged:
        return []
    out: list[ColonCue] = []
    for q, last in uncovered_chains(token_table(doc).text, marks, taken):
        found = _one(doc, res, q, last, finder, contents, memo)
        if found is not None:
            out.append(found)
    return out


def _one(
    doc: Doc,
    res: Resources,
    q: QuoteMark,
    last: QuoteMark,
    finder: SpeakerFinder,
    contents: ContentFinder,
    memo: dict[tuple[int, int, bool], SpeakerInfo],
) -> ColonCue | None:
    text = token_table(doc).text
    words = text[q.start : q.end].lstrip()
    if not words[:1].isalpha() or not words[:1].islower():
        return None  # a capital opens a name, a title or a whole sentence (other rules' shapes)
    if len(WORD.findall(text[q.start : last.end])) < MIN_WORDS:
        return None  # `multiplie les « réformes »`: one word in quotes is the writer's scare quote
    opening = doc.char_span(q.outer_start, q.outer_start + 1, alignment_mode="expand")
    inner = doc.char_span(q.start, q.end, alignment_mode="expand")
    if opening is None or inner is None or inner[0].pos_ in NOT_OBJECT_OPENING:
        return None  # `s'appliquer « si le client ... »`: a clause; `agira « dans les délais »`: an adjunct
    k = opening.start - 1
    object_start = opening.start
    while k >= 0 and opening.start - k <= MAX_BETWEEN and _modifier(doc[k], res):
        if _norm(doc[k].lower_) in PREPOSITION_ARTICLES:
            return None  # `privés du « droit au logement »`: a complement, not an object
        if doc[k].pos_ == "DET" or res.has("determiner", _norm(doc[k].lower_)):
            object_start = k
        k -= 1
    if k < 0 or finder.quotes.containing(doc[k].idx) is not None:
        return None
    verb = doc[k]
    first = _verb_group(doc, verb, res, doc[opening.start])
    lemma = verb.lemma_.lower()
    if first is None or any(res.has(c, lemma) for c in ("quoted_object_no_speech", "reception_verb", "auxiliary")):
        return None
    term = ReportingTerm(term=lemma, words=(lemma,), stance="neutral", entry_id="quoted_object")
    cue = Cue("verb", verb.i, first, verb.i, term)
    if _present_participle(verb):  # `La maire, prônant « ... »`: the noun phrase before the comma
        speaker = finder.left_np(verb.i - 2)
        if speaker is None or speaker[1] != verb.i - 1:
            return None
    else:
        speaker, inverted = finder.for_verb(cue)
        if speaker is None or inverted or speaker[1] > first:
            return None
    ante = finder.antecedents.get(speaker)  # `le procureur, qui a requis « ... »`
    if not _names_source(doc, ante or speaker, res, memo):
        return None
    start = doc[speaker[0]].idx
    end = verb.idx + len(verb.text)
    content = _object_content(contents, object_start, last)
    if content is None:
        return None
    return ColonCue(cue, speaker, start, end, content)


def _object_content(contents: ContentFinder, object_start: int, last: QuoteMark) -> Content | None:
    """The object phrase from its determiner (or the quotation) to the end of its clause: what follows
    the quotation in the clause (`: 6 mois de prison`, `dans la région`) is part of the position stated;
    a comma after the quotation ends it (`X, reconnaissant « une erreur », a ...`)."""
    text = contents.text
    start = contents.doc[object_start].idx
    end = max(contents.clause_end(object_start), last.outer_end)
    comma = text.find(",", last.outer_end, end)
    if comma >= 0:
        end = comma
    found = contents.make(start, end)
    if found is None:
        return None
    return Content(found.start, found.end, "mixed", found.quote)


def _modifier(t: Token, res: Resources) -> bool:
    """A word that may sit between a verb and its quoted object: a determiner, an adjective, an adverb."""
    return t.pos_ in ("DET", "ADJ", "ADV", "NUM") or res.has("determiner", _norm(t.lower_))


def _verb_group(doc: Doc, verb: Token, res: Resources, mark: Token) -> int | None:
    """First token of the verb's group when it can carry a subject's stated position: a finite verb, a
    past participle after its auxiliary, a present participle after a comma; None otherwise. The
    tagger often shifts the verb onto the opening mark (`craignent` a noun, `«` a verb): a plain
    lower-case word there counts as the verb."""
    forms = verb.morph.get("VerbForm")
    if verb.pos_ != "VERB":
        if mark.pos_ not in ("VERB", "AUX") or not verb.is_alpha or not verb.is_lower:
            return None
        if verb.pos_ in SHIFTED_NOT_VERB or res.has("determiner", _norm(verb.lower_)):
            return None
        first = verb.i
    elif is_finite_verb(verb):
        first = verb.i
    elif _present_participle(verb):
        return verb.i if verb.i > 0 and doc[verb.i - 1].text == "," else None
    elif "Part" in forms:
        j = verb.i - 1
        while j >= 0 and doc[j].pos_ == "ADV":
            j -= 1  # `ont aussi dénoncé`
        if j < 0 or doc[j].pos_ != "AUX" or doc[j].lemma_ not in ("avoir", "être"):
            return None
        first = j
    else:
        return None
    while first > 0 and _norm(doc[first - 1].lower_) in CLITICS:
        first -= 1  # `ne craignent`, `s'inquiètent`
    return first


def _present_participle(verb: Token) -> bool:
    return verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") and verb.lower_.endswith("ant")


CLITICS = ("ne", "n'", "se", "s'", "en", "y")
# tags of a word before a mis-tagged mark that is no verb for sure
SHIFTED_NOT_VERB = ("DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM", "PROPN", "AUX")


def _names_source(
    doc: Doc, speaker: tuple[int, int], res: Resources, memo: dict[tuple[int, int, bool], SpeakerInfo]
) -> bool:
    """A subject that can hold a position: a personal pronoun, a name, a listed source noun, a noun of
    people by its ending; not a thing (`la mesure`, `ce mécanisme`)."""
    info = classify(doc, speaker[0], speaker[1], res, memo=memo)
    if info.type == PRONOUN:
        return speaker[1] - speaker[0] == 1 and doc[speaker[0]].lower_ in ("il", "elle", "ils", "elles")
    if not info.fallback:
        return True
    span = doc[speaker[0] : speaker[1]]
    head = info.head.lower().rstrip("sx")
    agent = head.endswith(PERSON_ENDINGS) or (head.endswith("ent") and not head.endswith("ment"))
    return agent or any(t.pos_ == "PROPN" for t in span)
