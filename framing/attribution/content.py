"""Find what an attribution reports (a direct quote or an indirect clause) and its form.

Direct: the content is a quotation (`a expliqué : « ... »`, `« ... », a-t-il ajouté`, `« ... » La
porte-parole, X, a déclaré`). Indirect: a `que`/`that` clause, an infinitive, an object, or the clause an
incise hangs on (`..., a noté Bloomberg`). Mixed: indirect content that embeds a quoted fragment.
Offsets are characters; the content never includes the cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..matching import norm as _norm
from ..quotes import QuoteIndex, QuoteMark
from ..token_table import token_table
from .annotations import has, is_finite_verb, is_infinitive
from .cues import MAX_OBJECT_ADVERBS, NOT_WORDS, Cue, adjunct_after, mistagged_adverb, reflexive_group
from .incise_dates import date_phrase_end
from .resources import POSSESSIVE_DETERMINERS, Resources
from .sentences import Sentences

MAX_STANCE_LEAD = 5  # tokens from a light verb's object to its noun of opinion (`de très vives inquiétudes`)
MAX_OBJECT_ASIDE = 14  # tokens of an aside between commas before a verb's noun object
MAX_INFINITIVE_ASIDE = 16  # French: tokens of asides between a verb of saying and its bare infinitive
QUOTED_COMPLEMENT_WINDOW = 5  # words of a call's complement before its quoted wording (`à une meilleure « X »`)
# French: words that make the stretch before an infinitive a clause or an indirect question, not an aside
ASIDE_BREAKERS = frozenset({"que", "qu'", "qui", "si", "comment", "où", "quoi", "pourquoi", "quand", "combien"})
# French: a stop or a quotation mark ends any aside (`, citant des sources, « ... »` closes before the mark)
ASIDE_STOPS = frozenset({".", ";", ":", "!", "?", "«", "»", "“", "”", '"'})
MAX_TIME_TOKENS = 4  # French: `jeudi dernier`, `le 3 mai` between a verb and its colon
TIME_MODIFIERS = ("dernier", "dernière", "prochain", "prochaine", "le", "matin", "soir", "après-midi")
DATE_DETERMINERS = ("ce", "cette")  # `a confirmé, ce jeudi, la fermeture`
SCAN_TOKENS = 22
# A quotation with a lead-in of at most this share of the letters is still direct speech.
DIRECT_LEAD_SHARE = 0.2
GAP_CHARS = " \t\u00a0\u202f,;:—–-"
CONTINUATION_BLOCKERS = ("«", "»", "“", "”", '"', "''")
MAX_TITLE_WORDS = 4  # a quoted title or scare quote inside a cue's sentence (`the program ''Inside Edition''`)
NEW_CLAUSE_WINDOW = 10  # tokens after a comma in which a subject and its finite verb open a new clause
COORDINATORS = ("mais", "et", "ou")  # between two quoted fragments of one speech
NOUN_END = ("NOUN", "PROPN", "ADJ")  # the last word of a noun phrase before a relative `que`
ADDRESSEE_CASES = ("à", "au", "aux")  # French: the preposition of the person spoken to
# French: prepositions of where or how something was said (`sur Twitter`, `dans un communiqué`, `lors d'un
# point presse`); `en plus des milliards qu'il avait demandés` is a relative on a noun of another phrase
MEDIUM_PREPOSITIONS = ("sur", "dans", "via", "lors", "devant", "auprès")
MAX_MEDIUM_PHRASE = 6  # French: words of `dans un communiqué commun` between a verb and its object
NOMINAL_DEPS = ("nmod", "conj", "appos", "amod", "flat:name")  # a noun inside a larger noun phrase


def _name_in_quotes(inner: str) -> bool:
    """A short quotation with no sentence end of its own: a title, a name or a scare quote."""
    return 0 < len(inner.split()) <= MAX_TITLE_WORDS and inner[-1:] not in (".", ",", "!", "?", ";", ":")


# Words right after a quotation's closing mark, before any sentence end: its own cue (`"B?" she asked`).
OWN_INCISE = re.compile(r"^[ \u00a0]*[a-z]")
# The rest of the cue's sentence between a quotation and the next: at most this long, ending at most
# one sentence (`S.C.` or `Jr.` inside it is no sentence end).
MAX_CUE_REST = 260
MAX_TRAILING_TOKENS = 10  # words of trailing material between a verb and a quotation after a comma
INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+\S")
# The cue's sentence ends before the next quotation (`"A," he said. "B."`): with the optional lexicon
# lexicons/en/optional/quotations.yaml, B is a quotation of its own (a floating one, floating.py),
# as quote annotation of the Gender Gap Tracker kind counts it; `"A," he said, "B."` still runs on.
CUE_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]$")
EN_SUBJECT_PRONOUNS = ("he", "she", "they", "we", "i")


# French object and reflexive clitics that may stand between `de` and its infinitive.
CLITICS = frozenset(
    {"se", "s'", "me", "m'", "te", "t'", "nous", "vous", "le", "la", "les", "l'", "lui", "leur", "y", "en"}
)
NEGATION = frozenset({"ne", "n'", "pas", "plus", "jamais", "rien"})
NEGATION_OR_CLITIC = CLITICS | NEGATION
AS_WORDS = ("comme",)  # the preposition of a qualification complement (`décrit X comme Y`)
DISTRIBUTIVE_DETERMINERS = frozenset({"chaque", "tout", "toute", "tous", "toutes"})  # `comme chaque année`
INDEFINITE_ARTICLES = frozenset({"un", "une", "des"})
NEGATION_EN = frozenset({"not", "never"})  # before an infinitive's `to`: part of what was said
MAX_ADDRESSEE = 8  # tokens of the noun phrase a directive addresses (`called on all car owners to`)


@dataclass(frozen=True)
class Content:
    start: int
    end: int
    form: str
    quote: QuoteMark | None = None
    # `object` (a noun phrase: `praised the efforts`), `infinitive` (`urged them to act`) or `clause`:
    # quote annotation gives no voice to the first two (the optional quotation profile leaves them out)
    shape: str = "clause"


def date_word(res: Resources, w: str) -> bool:
    """A word of a French date besides its numbers (`lundi`, `dernier`, `ce`, `matin`), normalised."""
    return res.has("time_word", w) or w in TIME_MODIFIERS or w in DATE_DETERMINERS


def shaped(content: Content | None, shape: str) -> Content | None:
    """The content marked as an object or an infinitive rather than a reported clause."""
    return None if content is None else replace(content, shape=shape)


class ContentFinder:
    def __init__(self, doc: Doc, res: Resources, quotes: list[QuoteMark], sentences: Sentences | None = None) -> None:
        self.doc = doc
        self.text = token_table(doc).text  # Doc.text joins every token on each access
        self.sentences = sentences or Sentences(doc, res)
        self.res = res
        self.quotes = quotes
        self.index = QuoteIndex(quotes)
        self.parsed = has(doc, "DEP")
        self.tagged = has(doc, "POS")
        self._starts = {q.outer_start: q for q in quotes}
        self._ends = {q.outer_end: q for q in quotes}

    def _sent_bounds(self, i: int) -> tuple[int, int]:
        return self.sentences.bounds(i)

    def make(self, start: int, end: int) -> Content | None:
        """Trim the character range and decide its form from the quotes it holds."""
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?"):
            end -= 1
        if end - start < 2:
            return None
        inside = [q for q in self.quotes if q.outer_start < end and start < q.outer_end]
        for q in inside:
            # a quotation that runs past the sentence belongs to the content whole
            if q.outer_start >= start and q.outer_end > end:
                end = q.outer_end
        if not inside:
            return Content(start, end, "indirect")
        if len(inside) == 1:
            q = inside[0]
            rest = sum(ch.isalnum() for ch in text[start : q.outer_start] + text[q.outer_end : end])
            if rest == 0:
                return Content(q.start, q.end, "direct", q)
            quoted = sum(ch.isalnum() for ch in text[q.start : q.end])
            if rest <= DIRECT_LEAD_SHARE * (rest + quoted) and not self._verb_outside(start, end, q):
                return Content(start, end, "direct", q)  # `Cette décision « marque ... »`: a short lead-in
        return Content(start, end, "mixed")

    def _verb_outside(self, start: int, end: int, q: QuoteMark) -> bool:
        """A verb outside the quotation (`être « défavorable ... »`) makes the words around it a reported
        clause (mixed), not a lead-in to a quotation (French only: the English rules keep the share)."""
        if self.res.lang != "fr" or not self.tagged:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(
            t.pos_ in ("VERB", "AUX") and not q.outer_start <= t.idx < q.outer_end for t in span
        )

    def quote_content(self, q: QuoteMark) -> Content:
        return Content(q.start, q.end, "direct", q)

    # ------------------------------------------------------------------ after the cue

    def after(self, cue: Cue, from_token: int) -> Content | None:
        """Content that follows the cue: a quote, a `que` clause, a colon, an infinitive or an object."""
        doc = self.doc
        res = self.res
        _, s_end = self._sent_bounds(cue.head)
        limit = min(len(doc), from_token + SCAN_TOKENS)
        j = from_token
        aside_end = -1  # French: the `que` right after a closed aside opens the verb's clause, whatever the parse
        while j < limit:
            t = doc[j]
            low = _norm(t.text)
            skip = adjunct_after(doc, j, res)
            if skip > j:
                j = skip  # `a admis il y a un mois que`, `a affirmé pour sa part que`
                continue
            q = self._starts.get(t.idx)
            if q is not None:
                between = self.text[doc[from_token].idx if from_token < len(doc) else t.idx : t.idx]
                if j == from_token and self.res.lang == "fr":
                    carried = self._fragment_carried_on(q)
                    if carried is not None:
                        return carried
                if j == from_token and self._clause_goes_on(q):
                    return self.make(q.outer_start, self.clause_end(self._token_at(q.outer_end)))
                if (
                    j == from_token
                    or not any(ch.isalnum() for ch in between)
                    or between.rstrip().endswith(":")
                    or self.aside_only(from_token, j)
                ):
                    return self.quote_content(q)
                j = self.doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand").end
                continue  # a quoted fragment inside an object or a clause: keep scanning
            if low in cue.term.complement and self._complement_ok(cue, from_token, j):
                # `appelle à la retenue`, `met en garde contre une levée`, `a dit à X de ne pas jouer`
                return shaped(self.make(t.idx + len(t.text), self.clause_end(j + 1)), "object")
            if t.text == ":":
                nxt = j + 1
                own = (
                    j == from_token
                    or (j - 1 >= from_token and res.has("complementizer", _norm(doc[j - 1].text)))
                    or self._time_only(from_token, j)
                )
                # `a déclaré :` then a paragraph break and the quotation (the verb's own colon); English
                # too after an addressee or a medium (`told the Gazette:` ¶ `"..."`, round 30)
                while (own or res.lang == "en") and nxt < len(doc) and doc[nxt].is_space and nxt - j <= 2:
                    nxt += 1
                if nxt < len(doc) and doc[nxt].idx in self._starts:
                    return self.quote_content(self._starts[doc[nxt].idx])
                if not own and self._object_before(cue, from_token, j):
                    # `revendique une continuité : il ne touchera pas à ...`: the object the colon explains
                    return self.make(doc[from_token].idx, self._end_char(max(nxt, s_end)))
                return self.make(t.idx + 1, self._end_char(max(nxt, s_end)))
            if res.has("complementizer", low):
                if res.lang == "fr" and j + 1 < len(doc) and doc[j + 1].text == ":":
                    j += 1  # `a écrit que :` then the quotation: the colon's content
                    continue
                if res.lang == "en" and j > from_token and self._relative_that(j):
                    return None  # `criticized X for a bill that was signed`: the object, not a clause
                if res.lang == "fr" and self._object_before(cue, from_token, j) and doc[j - 1].pos_ in NOUN_END:
                    # `dénonce la politique des bailleurs qu'elle accuse de ...`: a relative on the object
                    return self.make(doc[from_token].idx, self.clause_end(from_token))
                if res.lang == "fr" and j > from_token and j != aside_end and self._relative_que(t, cue, from_token):
                    if cue.term.object and not cue.term.addressee:
                        # `raconte ici les fraudes qu'elle a vues`: the object, its relative included
                        det = next(x.i for x in doc[from_token:j] if x.pos_ == "DET")
                        return self.make(doc[det].idx, self.clause_end(det))
                    return None  # `demande au Congrès des milliards qu'il avait déjà demandés`: a relative
                # English annotation keeps `that` in the content (`said that it would`)
                start = t.idx if res.lang == "en" else t.idx + len(t.text)
                return self.make(start, self._end_char(self._next_speech(j + 1, s_end)))
            if t.is_punct and t.text in ".!?":
                return None
            if j >= s_end:
                return None
            if res.lang == "fr" and t.text == ",":
                past = self.closed_aside(j)
                if past > j:
                    j = aside_end = (
                        past  # `a affirmé jeudi à l'AFP, sous couvert d'anonymat, que`: the aside's verbs are its own
                    )
                    continue
            if self._time_word_as_verb(t):
                j += 1  # `a annoncé jeudi à Paris que`: the small model tags the day a verb
                continue
            if self.tagged and t.pos_ in ("VERB", "AUX") and not (t.text[:1].isupper() and j > from_token - 1):
                if cue.term.infinitive and is_infinitive(t) and self._infinitive_ok(from_token, j):
                    first = j - 1 if res.lang == "en" and _norm(doc[j - 1].text) == "to" else j  # English keeps `to`
                    start = doc[self._negation_start(from_token, first)].idx  # `ne pas avoir vu`, `not to`
                    return shaped(self.make(start, self._end_char(s_end)), "infinitive")
                if cue.term.directive and is_infinitive(t) and self._addressee_then_to(from_token, j):
                    # up to a participle that reports on (`urged X to act, saying that ...`: its own record)
                    return shaped(self.make(doc[from_token].idx, self.clause_end(j)), "infinitive")
                return None
            if not self.tagged:
                if (
                    (cue.term.infinitive or cue.term.directive)
                    and low == "to"
                    and self._untagged_infinitive(cue, from_token, j)
                ):
                    # `vowed to block it`, `urged them to act`, `vowed not to block it`
                    start = doc[self._negation_start(from_token, j)].idx
                    if cue.term.directive and not self._only_adverbs(from_token, self._negation_start(from_token, j)):
                        start = doc[from_token].idx  # `implored voters to turn out`: the addressee too
                    return shaped(self.make(start, self.clause_end(j + 1)), "infinitive")
                if self._clause_began(t, from_token):
                    return None  # `said it would`, `said the plan has`: a `that` further on is another clause's
                if j > from_token and t.text == ",":
                    return None  # `..., a poll finds, a debate that ...`
                if j == from_token and cue.term.object and not cue.term.addressee and res.has("determiner", low):
                    return None  # `blamed the media for ... the claim that`: an object (object_without_parse)
            j += 1
        return None

    def aside_only(self, from_token: int, j: int) -> bool:
        """French: only an aside stands between the verb and the quotation at j: adverbs (`dénoncent en
        outre « »`, `dénonce aussi « »`), time words, a phrase led by a preposition of circumstance with
        no verb (`aside_preposition`: `a salué lors de sa visite « »`, `fustige dans un tract « »`; not
        `se justifie par « »`, a complement), commas or dashes. A determiner
        that opens a new noun phrase (not right after the preposition) begins the verb's object, which
        holds the quotation (`dénonce dans un tract la « casse »`): no aside."""
        if self.res.lang != "fr" or not self.tagged:
            return False
        doc = self.doc
        k = from_token
        in_phrase = False
        while k < j:
            skip = adjunct_after(doc, k, self.res)
            if skip > k:
                k, in_phrase = skip, False
                continue
            t = doc[k]
            low = _norm(t.lower_)
            if t.text in (",", "-", "–", "—"):
                in_phrase = False
            elif t.is_punct or t.is_space or (t.pos_ in ("VERB", "AUX") and not self._time_word_as_verb(t)):
                return False
            elif low in ("ne", "n'", *NOT_WORDS):
                return False  # `ne dénonce pas « »`: a negation is no aside
            elif self.res.has("aside_preposition", low):
                in_phrase = True  # `lors de`, `dans`, `depuis`: a circumstance, not the verb's complement
            elif t.pos_ == "ADV" or self.res.has("time_word", low):
                pass
            elif t.pos_ == "ADP" and in_phrase:
                pass  # `lors de sa visite à Nantes`: a phrase inside the aside's phrase
            elif t.pos_ == "DET":
                if not in_phrase or doc[k - 1].pos_ not in ("ADP", "DET"):
                    return False  # a noun phrase of its own: the object
            elif t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
                if not in_phrase:
                    return False
            else:
                return False
            k += 1
        return True

    def _clause_goes_on(self, q: QuoteMark) -> bool:
        """English: a quotation right after the cue whose clause goes on past its closing mark, with no
        punctuation in between (`commented "I doubt" the season will start`, `blames "poor planning" by
        the council for`): a mixed quotation, whose content is the whole reported stretch (round 29).
        A coordinator (`"we are ready" and that ...`) or a mark inside or after it ends the quotation."""
        if self.res.lang != "en" or self.text[q.start : q.end].rstrip()[-1:] in tuple(",.!?;:…"):
            return False  # `said "the bridge is safe," adding`: the quotation's own mark closes it
        k = self._token_at(q.outer_end)
        if k >= len(self.doc) or self.doc[k].idx != q.outer_end + 1 or self.text[q.outer_end] != " ":
            return False
        nxt = self.doc[k]
        return nxt.is_alpha and nxt.text[:1].islower() and not self.res.has("clause_coordinator", _norm(nxt.text))

    def _token_at(self, char: int) -> int:
        """Index of the first token that starts at or after the character offset."""
        span = self.doc.char_span(char, len(self.text), alignment_mode="expand")
        return span.start if span is not None else len(self.doc)

    def _time_word_as_verb(self, t: Token) -> bool:
        """French: a lower-case day, month or part of the day (`jeudi`, `mardi soir`) tagged a verb
        between the verb of saying and its content; it opens no clause of its own."""
        return (
            self.res.lang == "fr"
            and self.tagged
            and t.pos_ in ("VERB", "AUX")
            and t.text.islower()
            and self.res.has("time_word", _norm(t.text))
        )

    def _relative_that(self, j: int) -> bool:
        """English `that` after an object, before a verb (an auxiliary, a modal, `'s`, a past form in
        -ed or a verb of saying): a relative clause about the object (`blamed him for the bill that was
        signed`), not the reported clause (`told reporters that the bill was signed`)."""
        doc = self.doc
        if j + 1 >= len(doc):
            return False
        nxt = doc[j + 1]
        low = _norm(nxt.text)
        if low in ("'s", "’s") or self.res.has("auxiliary", low) or self.res.has("modal", low):
            return True
        return nxt.is_alpha and nxt.text.islower() and (low.endswith("ed") or low in self.res.verb_forms)

    def _clause_began(self, t: Token, from_token: int) -> bool:
        """Without a tagger: the word shows that a clause has begun after the verb (a subject pronoun, an
        auxiliary or modal, another verb of saying), so the scan for `that` must stop there (`said he
        would act, warning that ...`, `said she would not jump to that conclusion`)."""
        low = _norm(t.text)
        if self.res.has("clause_opener", low):
            return True
        if t.i == from_token or not t.text.islower() or low not in self.res.verb_forms:
            return False
        prev = _norm(self.doc[t.i - 1].text)
        return not (self.res.has("determiner", prev) or prev.endswith("'s"))  # `said in a report that`

    def _addressee_then_to(self, from_token: int, j: int) -> bool:
        """Parsed English: a short noun phrase, then `to` (maybe `not to`) right before the verb at j:
        the person a directive addresses and what is asked of them (`urged fans not to travel`)."""
        doc = self.doc
        k = j - 1
        if k <= from_token or _norm(doc[k].text) != "to":
            return False
        while k - 1 > from_token and _norm(doc[k - 1].text) in NEGATION_EN:
            k -= 1
        addressee = [t for t in doc[from_token:k] if not t.is_space]
        return (
            0 < len(addressee) <= MAX_ADDRESSEE
            and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in addressee)
            and not any(t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in "-'’") for t in addressee)
        )

    def _untagged_infinitive(self, cue: Cue, from_token: int, j: int) -> bool:
        """Without a tagger: `to` then a verb (a lower-case word, no determiner) right after the verb or
        after a short object of a verb that takes one (`urged them to`, `pledged to`)."""
        doc = self.doc
        if j + 1 >= len(doc) or not doc[j + 1].is_alpha or not doc[j + 1].text.islower():
            return False
        if self.res.has("determiner", _norm(doc[j + 1].text)) or self.res.has("clause_opener", _norm(doc[j + 1].text)):
            return False
        if self._only_adverbs(from_token, j):
            return cue.term.infinitive  # a directive alone needs its addressee (`encouraged fans to`)
        between = [t for t in doc[from_token:j] if not t.is_space]
        return (cue.term.object or cue.term.directive) and len(between) <= 5 and not any(t.is_punct for t in between)

    def _only_adverbs(self, from_token: int, j: int) -> bool:
        """Without a tagger: nothing but adverbs in -ly, time words and negations before token j."""
        return all(
            t.lower_.endswith("ly") or self.res.has("time_word", _norm(t.text)) or _norm(t.text) in NEGATION_EN
            for t in self.doc[from_token:j]
            if not t.is_space
        )

    def _fragment_carried_on(self, q: QuoteMark) -> Content | None:
        """`dénoncent « la repentance » de la France`, `s'est dit « prêt » à un échange`: a quoted fragment
        (no sentence of its own) right after the verb that the clause carries on past its closing mark:
        the whole clause is what was said (mixed)."""
        doc = self.doc
        if self.text[q.start : q.end].rstrip()[-1:] in (".", "!", "?", "…"):
            return None
        span = doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            return None
        nxt = doc[span.end]
        low = _norm(nxt.text)
        if self._coordinated_quotation(span.end):
            return self.make(q.outer_start, self.clause_end(span.end + 2))  # `« prêt », mais « inquiet »`
        if not (nxt.is_alpha and nxt.text.islower()) or self.res.has("time_word", low) or self.opens_incise(nxt):
            return None
        if self.res.has("np_stop", low) and low not in ("à", "au", "aux"):
            return None  # `a déclaré « ... » lors de ...`, `dans un communiqué`: trailing material
        return self.make(q.outer_start, self.clause_end(span.end))

    def _object_before(self, cue: Cue, from_token: int, j: int) -> bool:
        """French, parsed: the words between the verb and token j are its noun object (a determiner
        first, no verb, no quotation), for a verb whose noun object is what was said and not the person
        spoken to (`informe les habitants que` is an addressee)."""
        doc = self.doc
        if self.res.lang != "fr" or not self.tagged or not cue.term.object or cue.term.addressee:
            return False
        if j - from_token < 2 or not self.res.has("determiner", _norm(doc[from_token].text)):
            return False
        for t in doc[from_token:j]:
            if t.pos_ in ("VERB", "AUX") or t.idx in self._starts or t.text == ";":
                return False
            if t.text == "," and not self.res.has("determiner", _norm(doc[t.i + 1].text)):
                return False  # but `les médecins, les laboratoires et ...`: an enumeration
        return True

    def _relative_que(self, t: Token, cue: Cue, from_token: int) -> bool:
        """French, parsed: a `que` the parser makes the pronoun of a relative clause on a common noun after
        the verb (`des milliards qu'il avait demandés`) opens no clause of what was said; not after the
        person spoken to (`à l'AFP qu'il`), where the parser often reads a relative that is not one."""
        if not self.tagged or t.pos_ != "PRON" or not t.head.dep_.startswith("acl"):
            return False
        noun = t.head.head
        start = adjunct_after(self.doc, from_token, self.res)  # past `de son côté`, `pour sa part`
        if not (start <= noun.i < t.i and noun.pos_ in ("NOUN", "ADJ")):
            return False
        if self.res.has("time_word", _norm(noun.lower_)) or not any(x.pos_ == "DET" for x in self.doc[start : noun.i]):
            return False  # `a annoncé mercredi qu'elle`: a date the parser took for the antecedent
        if any(c.dep_ == "case" and _norm(c.lower_) in ADDRESSEE_CASES for c in noun.children):
            return False  # `a confirmé à l'AFP qu'il partira`: the person spoken to, then what was said
        if any(c.dep_ == "case" and _norm(c.lower_) in MEDIUM_PREPOSITIONS for c in noun.children):
            return False  # `a annoncé sur une radio qu'il viendra`: where it was said, then what was said
        top = noun
        while top.dep_ in NOMINAL_DEPS and top.head.i != top.i and top.head.i != cue.head:
            top = top.head
        return top.head.i == cue.head  # the verb's own object, not `il y a un mois qu'ils`

    def _coordinated_quotation(self, k: int) -> bool:
        """French: `, mais` / `, et` / `, ou` (comma optional) then another quotation right after a quoted
        fragment: the same speaker's words go on (`se dit « prêt », mais « pas à n'importe quel prix »`)."""
        doc = self.doc
        if self.res.lang != "fr":
            return False
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k + 1 >= len(doc) or _norm(doc[k].text) not in COORDINATORS:
            return False
        return doc[k + 1].idx in self._starts

    def _infinitive_ok(self, from_token: int, j: int) -> bool:
        """An infinitive right after the verb (or after `de`), maybe past an adverbial phrase or, in
        French, a date: `a déclaré voir`, `a promis de partir`, `a affirmé pour sa part avoir visé`,
        `a annoncé, ce lundi, vouloir`."""
        from_token = adjunct_after(self.doc, from_token, self.res)
        if self.res.lang == "fr":
            from_token = self._past_asides(from_token, j)
        between = [t for t in self.doc[from_token:j] if not t.is_space]
        return all(
            _norm(t.text) in ("de", "d'", "à", "to")
            or t.pos_ == "ADV"
            or (self.res.lang == "fr" and _norm(t.text) in NEGATION)  # `dit ne rien savoir`
            or (self.res.lang == "en" and _norm(t.text) in NEGATION_EN)
            or self._date_part(t)
            or self._clitic_before(t, j)
            for t in between
        )

    def closed_aside(self, j: int, infinitive: bool = False) -> int:
        """French: the comma at `j` opens an aside closed by a comma right before `que` or a quotation
        (`, sous couvert d'anonymat, que`, `, sans donner de détails, que`, `, citant des sources, « ... »`),
        or, for a verb that reports with an infinitive, before that infinitive (`, sous couvert de
        l'anonymat, n'être`), with no finite verb, stop or quotation inside: the token after the closing
        comma, or `j`."""
        doc = self.doc
        for m in range(j + 1, min(len(doc) - 1, j + 1 + MAX_OBJECT_ASIDE)):
            t = doc[m]
            if t.text in ASIDE_STOPS or t.is_space or is_finite_verb(t):
                return j
            if _norm(t.text) in ASIDE_BREAKERS:
                return j
            if t.text == ",":
                if m == j + 1:
                    return j
                nxt = doc[m + 1]
                opens = self.res.has("complementizer", _norm(nxt.text)) or nxt.idx in self._starts
                if infinitive and not opens:
                    k = m + 1
                    while k < len(doc) - 1 and _norm(doc[k].text) in NEGATION_OR_CLITIC:
                        k += 1
                    opens = is_infinitive(doc[k])
                return m + 1 if opens else j
        return j

    def _past_asides(self, k: int, j: int) -> int:
        """French: past the asides a verb of saying may hold before its bare infinitive (`a affirmé mardi
        soir à la presse`, `a reconnu devant les juges`, `a dit sur son compte officiel`, `a déclaré, dans un
        entretien, ...`): dates, adverbs, phrases led by a preposition and stretches between commas, with no
        finite verb, quotation or stop among them; returns where the infinitive's own run (negation,
        clitics) starts, or `k` when the stretch is something else. The word before that run may not be a
        preposition (`au moment de partir`: the infinitive is the phrase's own), nor the stretch's opening
        word a determiner that is no date's (`sa volonté de partir`: an object)."""
        doc = self.doc
        run = j
        while run - 1 > k and _norm(doc[run - 1].text) in NEGATION_OR_CLITIC:
            run -= 1
        if run <= k or run - k > MAX_INFINITIVE_ASIDE:
            return k
        stretch = doc[k:run]
        if any(t.is_space or is_finite_verb(t) or t.text in ASIDE_STOPS for t in stretch):
            return k
        last = doc[run - 1]
        if last.pos_ in ("ADP", "DET", "CCONJ", "SCONJ") or _norm(last.text) in ("de", "d'", "à", "pour", "sans"):
            return k
        if any(_norm(t.text) in ASIDE_BREAKERS for t in stretch):
            return k  # `a expliqué aux habitants comment réagir`: an indirect question, not a statement
        commas = [t.i for t in stretch if t.text == ","]
        if len(commas) % 2 and not (last.text == "," and len(commas) == 1 and stretch[0].text != ","):
            return k  # `a dit, en substance` with its comma left open: no closed aside
        m = k
        while m < run:
            t = doc[m]
            low = _norm(t.text)
            if t.text == ",":
                close = next((c for c in commas if c > m), None)
                if close is None:
                    m += 1
                    continue
                m = close + 1  # a closed aside: `, citant des sources,`, `, sous couvert d'anonymat,`
                continue
            if t.pos_ == "ADV" or self._date_part(t) or low in TIME_MODIFIERS or low in DATE_DETERMINERS:
                m += 1
                continue
            if (t.pos_ == "ADP" or low in ADDRESSEE_CASES) and t.text.islower():
                m += 1  # (`aux` is often tagged a determiner: `a rapporté aux enquêteurs avoir vu`)
                while (
                    m < run
                    and doc[m].text != ","
                    and not (
                        doc[m].pos_ == "ADP"
                        and doc[m - 1].pos_ in NOUN_END
                        and _norm(doc[m].text) not in ("de", "d'", "du", "des")
                    )
                ):
                    m += 1  # the phrase's words, up to a comma or the next phrase's preposition
                continue
            return k
        return run

    def _clitic_before(self, t: Token, j: int) -> bool:
        """French: a clitic pronoun in the run right before the infinitive (`dit ne plus se verser de
        salaire`, `affirme l'avoir vu`): the infinitive's own object or reflexive, not the verb's."""
        if self.res.lang != "fr" or t.pos_ != "PRON" or _norm(t.text) not in CLITICS:
            return False
        return all(_norm(u.text) in NEGATION_OR_CLITIC or u.is_space for u in self.doc[t.i + 1 : j])

    def _date_part(self, t: Token) -> bool:
        """French: a word of a date between a verb and its infinitive (`lundi`, `ce mardi`, `le 3 mai`,
        the commas around it)."""
        return self.res.lang == "fr" and (t.like_num or t.text == "," or self._date_word(_norm(t.text)))

    def _negation_start(self, from_token: int, j: int) -> int:
        """Where an infinitive content starts once its negation is taken in (`ne pas avoir`, `n'avoir
        jamais`, `ne plus vouloir`; `not to`, `never to`): the negation reverses what was said, so it
        belongs to the content. French: only a run that holds `ne` / `n'` counts (`plus` alone is no
        negation)."""
        if self.res.lang == "en":
            k = j
            while k - 1 >= from_token and _norm(self.doc[k - 1].text) in NEGATION_EN:
                k -= 1
            return k
        k = j
        while k - 1 >= from_token and _norm(self.doc[k - 1].text) in NEGATION_OR_CLITIC:
            k -= 1  # `ne plus se verser`: the clitic between the negation and the infinitive too
        run = [_norm(t.text) for t in self.doc[k:j]]
        if "ne" in run or "n'" in run:
            return k + min(run.index(w) for w in ("ne", "n'") if w in run)
        clitics = j
        while clitics - 1 >= k and _norm(self.doc[clitics - 1].text) in CLITICS:
            clitics -= 1  # `l'avoir vu`, `se verser`: the infinitive's own clitics
        return clitics

    def _complement_ok(self, cue: Cue, from_token: int, j: int) -> bool:
        """A preposition the verb takes its reported content with (`data.complement`), close to the verb
        (at most a short addressee between: `a demandé à Joe Biden de rester`); `de` must open an
        infinitive (`a dit de son côté` is no content), as must every complement of a verb flagged
        `complement_infinitive` (`a invité les maires à agir`, not `à la préfecture`)."""
        doc = self.doc
        between = [t for t in doc[from_token:j] if not t.is_space]
        if len(between) > 5 or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between):
            return False
        if not self._pronominal_np_ok(cue, between):
            return _norm(doc[j].text) in ("de", "d'") and self._infinitive_after(j)
        if (
            cue.term.action_appeal
            and self._addressee_between(between)
            and self._infinitive_after(j)
            and not (j + 1 < len(doc) and self._opens_quotation(doc[j + 1]))
        ):
            return False  # `appelle la population à aller voter`: an action asked; `à « rester »` quotes words
        if cue.term.not_object and self._act_noun_after(cue, j):
            return False  # `a appelé à une grève illimitée`: a collective action called for, no statement
        if _norm(doc[j].text) in AS_WORDS:
            return self._opens_qualification(j + 1)
        if _norm(doc[j].text) not in ("de", "d'") and not cue.term.complement_infinitive:
            return True
        if self.a_ce_que(j):
            return True  # `s'oppose à ce que X soit ...`: the clause is the position
        if cue.term.complement_noun and j + 1 < len(doc):
            nxt = doc[j + 1]
            if _norm(nxt.text) in POSSESSIVE_DETERMINERS or self._opens_quotation(nxt):
                return True  # `a fait part de sa « vive inquiétude »`; not `font part de l'arrivée de X`
            if self.stance_noun_at(j + 1):
                return True  # `a fait part de vives inquiétudes`, `de l'opposition du conseil`
        if cue.term.complement_np and j + 1 < len(doc) and self._reported_np(cue, j + 1):
            return True
        if cue.term.complement_infinitive and self._quoted_in_complement(j):
            return True  # `appelle à une « justice plus humaine »`: the quoted words are what was said
        return self._infinitive_after(j)

    def _quoted_in_complement(self, j: int) -> bool:
        """A quotation opens in the first words of the complement after the preposition at j, before any
        other punctuation (`à une meilleure « représentation »`): a call that quotes its wording."""
        doc = self.doc
        for t in doc[j + 1 : j + 1 + QUOTED_COMPLEMENT_WINDOW]:
            if self._opens_quotation(t):
                return True
            if t.is_punct:
                return False
        return False

    def a_ce_que(self, j: int) -> bool:
        """French `à ce que` at j: the preposition opens a finite clause (`s'oppose à ce que`), which a
        verb whose complement must be an infinitive admits as well."""
        doc = self.doc
        return (
            self.res.lang == "fr"
            and j + 2 < len(doc)
            and _norm(doc[j].text) == "à"
            and _norm(doc[j + 1].text) == "ce"
            and _norm(doc[j + 2].text) in ("que", "qu'")
        )

    def _act_noun_after(self, cue: Cue, j: int) -> bool:
        """The complement at j opens, past its determiners and adjectives, on one of the verb's `not_object`
        nouns: `appeler à la grève`, `à une manifestation` name an action the speaker's side is to take
        (the guidelines' `a demandé une enquête`), while `appeler à la retenue` or `à faire grève` stay."""
        doc = self.doc
        for t in doc[j + 1 : j + 5]:
            if any(w in cue.term.not_object for w in self.res.keys(t.text, t.lemma_)):
                return True  # the noun itself first: the tagger calls `grève` an adjective before a weekday
            if not (self.res.has("determiner", _norm(t.text)) or t.pos_ == "ADJ"):
                return False
        return False

    @staticmethod
    def _addressee_between(between: list[Token]) -> bool:
        """A noun phrase between the verb and its complement (`appelle les habitants à`), adverbs aside."""
        return any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in between)

    def _infinitive_after(self, j: int) -> bool:
        """An infinitive opens after the preposition at j, past a negation and clitics."""
        doc = self.doc
        k = j + 1
        skipped = NEGATION_OR_CLITIC if self.res.lang == "fr" else NEGATION
        while k < len(doc) and (_norm(doc[k].text) in skipped or doc[k].is_punct):
            k += 1  # `de ne pas s'approcher`, `de leur répondre`: negation and clitics before the infinitive
        return k < len(doc) and is_infinitive(doc[k])

    def _opens_qualification(self, k: int) -> bool:
        """After `comme` (`considère X comme Y`, `décrit X comme Y`): Y is a qualification when a
        quotation, an adjective, a noun, an article or a present participle opens it (`comme étant
        illégal`); not a pronoun, another verb form or a time phrase
        (`comme celle de ses parents`, `comme prévu`, `comme chaque année`: a comparison, an adverbial)."""
        doc = self.doc
        if k >= len(doc):
            return False
        t = doc[k]
        if self._opens_quotation(t):
            return True
        if t.pos_ == "DET" or self.res.has("determiner", _norm(t.text)):  # `comme de la propagande`
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            quantifier = _norm(t.text) in DISTRIBUTIVE_DETERMINERS
            return not quantifier and not (nxt is not None and self.res.has("time_word", _norm(nxt.text)))
        if t.pos_ in ("VERB", "AUX") and t.text.islower() and t.text.endswith("ant"):
            return True  # `considère l'île comme faisant partie de son territoire` (`faisant` tagged AUX)
        return t.pos_ in ("ADJ", "NOUN", "PROPN") and not self.res.has("time_word", _norm(t.text))

    def _pronominal_np_ok(self, cue: Cue, between: list[Token]) -> bool:
        """A pronominal verb of feeling takes a noun phrase after `de` only in its pronominal form, the
        preposition right after it (`s'inquiète du retard`); `une situation qui inquiète la plupart des
        éleveurs` is the transitive verb, whose object is the people worried."""
        if not cue.term.term.startswith(("se ", "s'")) or not (cue.term.complement_np or cue.term.complement_noun):
            return True
        return reflexive_group(self.doc, cue.first, cue.head) and all(t.pos_ == "ADV" for t in between)

    def _reported_np(self, cue: Cue, k: int) -> bool:
        """A noun phrase opens at `k` (not an infinitive, a verb or a pronoun) and, for `figure`, holds a
        number that is not a date before the next punctuation (`parlait de 23 morts`); for `statement`,
        it is that, a quotation (`parle d'« une trahison »`) or a noun phrase an indefinite article opens
        (`parle d'un nouveau calendrier`: what was said; `parle de sa ville` names a topic), unless one of
        the verb's `not_object` nouns makes it an idiom (`parlent d'une seule voix`), and only for a
        verb with a subject (`trop tôt pour parler d'une « vague »` states nothing)."""
        doc = self.doc
        term = cue.term
        quoted = self._opens_quotation(doc[k]) and k + 1 < len(doc)
        if quoted:
            k += 1  # `un bilan de « 6 morts »`
        first = doc[k]
        elided_article = _norm(first.lower_) == "l'"  # `se plaignent de l'impact`: the article before a vowel
        not_np = "Inf" in first.morph.get("VerbForm") or first.pos_ in ("VERB", "AUX", "PRON") or not first.is_alpha
        if not_np and not first.like_num and not elided_article:
            return False
        if term.complement_np not in ("figure", "statement"):
            return True
        end = k
        while end < min(len(doc), k + 5) and not doc[end].is_punct:
            end += 1
        words = [_norm(t.lower_) for t in doc[k:end]]
        if any(w in term.not_object for w in words):
            return False  # `parlent d'une seule voix`: an idiom, though `une` reads as a figure
        if any(self._figure(m) for m in range(k, end)):
            return True
        if term.complement_np != "statement":
            return False
        if is_infinitive(doc[cue.head]):
            return False
        return quoted or (bool(words) and words[0] in INDEFINITE_ARTICLES)

    def clause_end(self, from_token: int, semicolon: bool = True, new_clause: bool = False) -> int:
        """End (characters) of the clause that runs from from_token: the end of its sentence, or a `;`, a
        comma opening an incise cue (`, rapporte Reuters`, `, selon X`) or a coordinated verb (`et a
        demandé`), whichever comes first; quotations are skipped whole."""
        doc = self.doc
        if from_token >= len(doc):
            return len(self.text)
        _, s_end = self._sent_bounds(from_token)
        j = from_token
        while j < s_end:
            t = doc[j]
            q = self._starts.get(t.idx)
            if q is not None:
                span = doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand")
                j = span.end if span is not None and span.end > j else j + 1
                continue
            low = _norm(t.text)
            nxt = doc[j + 1] if j + 1 < s_end else None
            if (t.text == ";" and semicolon) or (t.text == "," and nxt is not None and self.opens_incise(nxt)):
                return self._end_char(j)
            if new_clause and t.text == "," and self._subject_and_verb_after(j, s_end):
                return self._end_char(j)  # `a rejeté le texte de son parti, le président a déclaré :`
            if (
                low in ("et", "mais", "and", "but")
                and nxt is not None
                and self.tagged
                and nxt.pos_ in ("AUX", "VERB")
                and "Fin" in nxt.morph.get("VerbForm")
                and (self.res.lang != "en" or self._speech_verb_next(j + 1, s_end))
            ):
                return self._end_char(j)
            if low in ("et", "puis") and nxt is not None and self._coordinated_speech(j + 1, s_end):
                return self._end_char(j)  # `revendique la victoire et dénonce une fraude`: its own record
            if (
                low in ("and", "but")
                and nxt is not None
                and not self.tagged
                and _norm(nxt.text) in self.res.verb_forms
                and not self._narrated_belief(nxt.text)
            ):
                return self._end_char(j)  # untagged: `criticized the plan and said ...`: the next verb's own
            if low in ("and", "but") and self._pronoun_and_cue_after(j, s_end):
                return self._end_char(j)  # `admitted that X but he promised to ...`: the next speech is its own
            if low == "but" and self._subject_and_cue_after(j, s_end):
                return self._end_char(j)  # `tried to check it but residents of the block said ...`
            j += 1
        return self._end_char(s_end)

    def _speech_verb_next(self, k: int, s_end: int) -> bool:
        """English: a verb of saying at k, or after auxiliaries (`and have claimed`): the cue's own second
        verb reports on its own; any other coordinated verb (`was a disaster and should be scrapped`,
        `feel lucky and are still in shock`) goes on with the reported clause (round 28)."""
        doc = self.doc
        while k < s_end and self.res.has("auxiliary", _norm(doc[k].text)):
            k += 1
        return k < s_end and _norm(doc[k].text) in self.res.verb_forms and not self._narrated_belief(doc[k].text)

    def _narrated_belief(self, word: str) -> bool:
        """A past form of belief or hope (`data.belief`: `hoped`, `believed`) coordinated inside a reported
        clause goes on with it (`said she backed the drivers and hoped the deal would hold`: one record,
        round 30); the belief's own record then sits inside the clause and drops as a nested stance."""
        term = self.res.verb_forms.get(_norm(word))
        return term is not None and _norm(word) in term.belief

    def _coordinated_speech(self, k: int, s_end: int) -> bool:
        """French: a present form of a listed verb of saying at k (the small model often tags it a noun),
        then its object, a quotation, `que` or a colon: the second verb of a coordination, which
        reports on its own (`et dénonce les pressions`, `et affirme que`)."""
        doc = self.doc
        t = doc[k]
        if self.res.lang != "fr" or not t.text.islower() or k + 1 >= s_end:
            return False
        if _norm(t.text) not in self.res.verb_forms and _norm(t.lemma_) not in self.res.verb_lemmas:
            return False
        if t.pos_ not in ("VERB", "NOUN", "ADJ") or t.morph.get("VerbForm") in (["Inf"], ["Part"]):
            return False  # `et précisé que`: a participle whose auxiliary is the first verb's
        after = self._adverbs_after(k + 1)
        nxt = _norm(doc[after].text) if after < s_end else ""
        return (
            (self.res.has("determiner", nxt) and nxt not in ("de", "d'"))
            or self.res.has("complementizer", nxt)
            or nxt in (":", "«", "“", '"')
        )

    def _next_speech(self, from_token: int, s_end: int) -> int:
        """English: the token where `but he promised`, `and she said` opens another speech inside the
        sentence (outside quotations), else the sentence end."""
        doc = self.doc
        j = from_token
        while self.res.lang == "en" and j < s_end:
            q = self._starts.get(doc[j].idx)
            if q is not None:
                span = doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand")
                j = span.end if span is not None and span.end > j else j + 1
                continue
            if _norm(doc[j].text) in ("and", "but") and (
                self._pronoun_and_cue_after(j, s_end) or self._cue_and_that_after(j, s_end)
            ):
                return j
            if _norm(doc[j].text) == "but" and self._subject_and_cue_after(j, s_end):
                return j
            j += 1
        return s_end

    def _pronoun_and_cue_after(self, j: int, s_end: int) -> bool:
        """English: a subject pronoun and a reporting verb (past an adverb) open a clause of their own."""
        doc = self.doc
        if self.res.lang != "en" or j + 2 >= s_end or _norm(doc[j + 1].text) not in EN_SUBJECT_PRONOUNS:
            return False
        k = j + 2
        if k + 1 < s_end and self.res.has("adverb", _norm(doc[k].text)):
            k += 1  # `but he also said`
        return _norm(doc[k].text) in self.res.verb_forms and not doc[k].text.endswith("ing")

    def _subject_and_cue_after(self, j: int, s_end: int) -> bool:
        """English: `but` + a short subject (at most five words, no punctuation, no quotation) + a
        reporting verb in the past (`but residents on the hill said`) opens a speech of its own."""
        doc = self.doc
        if self.res.lang != "en":
            return False
        for k in range(j + 2, min(s_end, j + 7)):
            t = doc[k - 1]
            if t.is_punct or t.is_space or self._starts.get(t.idx) is not None or t.lower_ in self.res.verb_forms:
                return False
            low = _norm(doc[k].text)
            if low in self.res.verb_forms and not low.endswith(("ing", "s")) and low != _norm(doc[k].lemma_ or low):
                return True
        return False

    def _cue_and_that_after(self, j: int, s_end: int) -> bool:
        """English: `and` + a reporting verb + `that` (`said that A and instructed that B`): the same
        subject's second speech, reported apart."""
        doc = self.doc
        if self.res.lang != "en" or j + 2 >= s_end:
            return False
        verb = doc[j + 1]
        return (
            _norm(verb.text) in self.res.verb_forms
            and not verb.text.endswith(("ing", "s"))
            and self.res.has("complementizer", _norm(doc[j + 2].text))
        )

    def _subject_and_verb_after(self, comma: int, s_end: int) -> bool:
        """French, parsed: after the comma comes a new clause, a finite verb within a few tokens whose
        subject lies between the comma and it (`..., le président Joe Biden a déclaré`)."""
        if self.res.lang != "fr" or not self.parsed:
            return False
        doc = self.doc
        for t in doc[comma + 1 : min(s_end, comma + 1 + NEW_CLAUSE_WINDOW)]:
            if (
                t.is_punct
                or self.res.has("complementizer", _norm(t.text))
                or self.res.has("relative_pronoun", _norm(t.text))
            ):
                return False  # `..., un processus qu'un responsable a décrit`: a relative, no new clause
            if is_finite_verb(t):
                verb = t if t.pos_ == "VERB" else t.head
                return any(c.dep_ == "nsubj" and comma < c.i < t.i and c.pos_ != "PRON" for c in verb.children)
        return False

    def opens_incise(self, t: Token) -> bool:
        """A marker (`selon`) or a reporting verb (`rapporte`, `a ajouté`) right after a comma."""
        res = self.res
        low = _norm(t.text)
        doc = self.doc
        for term in res.markers.get(low, ()):  # the whole marker: `, in part,` is no `in the words of`
            if term.source_nouns:
                continue  # `in` + a poll opens a sentence only: `, in play` is no incise
            n = len(term.words)
            if t.i + n <= len(doc) and all(_norm(doc[t.i + m].text) == w for m, w in enumerate(term.words)):
                after = doc[t.i + n] if t.i + n < len(doc) else None
                if self.tagged and after is not None and after.pos_ in ("VERB", "AUX") and is_infinitive(after):
                    continue  # `, pour sortir ces gens de là`: a purpose clause, no source
                return True
        k = t.i
        while k < len(self.doc) and res.has("auxiliary", _norm(self.doc[k].text)):
            k += 1
        if k >= len(self.doc):
            return False
        v = self.doc[k]
        if _norm(v.text) in res.verb_forms:
            return True  # the small French model tags some incise verbs as nouns (`, rapporte Reuters`)
        return _norm(v.lemma_) in res.verb_lemmas and (not self.tagged or v.pos_ in ("VERB", "AUX"))

    def nominal_object(self, cue: Cue) -> Content | None:
        """A noun-phrase object reported as said: `a réaffirmé son engagement`, `suggèrent le passage`;
        not an act (`a condamné l'ancien maire à deux ans de prison`: `data.act_complement`)."""
        found = self._nominal_object(cue)
        if found is None or not cue.term.act_complement:
            return found
        span = self.doc.char_span(found.start, found.end, alignment_mode="expand")
        for t in span if span is not None else ():
            low = _norm(t.text)
            if t.is_punct or low in ("et", "mais") or t.pos_ in ("VERB", "AUX") or self._opens_quotation(t):
                break  # `a condamné des « actes » et invité X à`: the preposition of another verb
            nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
            if low in cue.term.act_complement and nxt is not None and nxt.pos_ != "PROPN":
                return None  # `à deux ans de prison`, not `à Paris`
        return found

    def _nominal_object(self, cue: Cue) -> Content | None:
        term = cue.term
        if term.explanation_object and not term.object:
            return self.explanation(cue)
        if not self.parsed or not (term.object or term.possessive_object or term.figure_object or term.stance_object):
            return None
        verb = self.doc[cue.head]
        for child in verb.children:
            if self._date_word(_norm(child.text)):
                continue  # `a annoncé ce lundi la fermeture`: the parse makes the date the object
            if (
                child.dep_ in ("obj", "dobj")
                and child.i > verb.i
                and (
                    child.pos_ in ("NOUN", "PROPN", "PRON")
                    or child.text[:1].isupper()
                    or self._opens_quotation(child)  # `a redit son «attachement»`: the parse heads it on «
                )
            ):
                sub = list(child.subtree)
                if cue.term.figure_object and not cue.term.object:
                    if reflexive_group(self.doc, cue.first, cue.head):
                        return None  # `le coût s'estime à`: a pronominal passive, nobody states it
                    end = max(sub[0].idx + len(sub[0].text), self.clause_end(sub[0].i + 1, new_clause=True))
                    return shaped(self._with_figure(sub[0].i, end), "object")
                if not cue.term.object and not self._restricted_object_ok(cue, sub[0].i, child):
                    return None  # `a répété sa volonté de`, not `a répété l'exercice`
                if cue.term.designation and any(_norm(t.text) in ("comme", "as") for t in sub):
                    return None  # reconnaître X comme Y: a designation, not speech
                q = self.index.containing(child.idx)
                if q is not None and q.outer_start < verb.idx:
                    return None
                # `accuse l'OMS de « parti pris »`, `a critiqué le gouvernement pour avoir ...`: what
                # follows the object in its clause is said too; a noun of opinion is the position alone
                # (`exprimant de vives réserves, a quitté`: not the main clause after it)
                end = max(sub[0].idx + len(sub[0].text), self.clause_end(sub[0].i + 1, new_clause=True))
                if not cue.term.object and cue.term.stance_object:
                    end = self._before_punctuation(sub[0].i, end)
                return shaped(self.make(sub[0].idx, end), "object")
        _, s_end = self._sent_bounds(verb.i)
        if any(
            child.dep_ in ("obj", "dobj", "ccomp", "xcomp")
            and (child.i < s_end or self.res.lang != "fr")  # French: the next sentence's first word, hung on it
            and not self._date_word(_norm(child.text))
            and not self._noun_after_elision(child)
            for child in verb.children
        ):
            return None
        return shaped(self._unparsed_object(cue), "object")

    def explanation(self, cue: Cue) -> Content | None:
        """French explanation frame `V X par Y` (`a expliqué son retard par la grève`, `a justifié sa
        décision par l'urgence`): a noun object right after the verb (past adverbs and a date), then
        `par` in the same clause, outside quotations; X par Y is the account the source gave."""
        doc = self.doc
        k = self._past_time_phrase(self._adverbs_after(cue.last + 1))
        if k + 1 >= len(doc) or not self.res.has("determiner", _norm(doc[k].text)):
            return None
        if _norm(doc[k].text) in ("de", "d'") or self.res.has("time_word", _norm(doc[k + 1].text)):
            return None
        end = self.clause_end(k + 1, new_clause=True)
        for t in doc[k + 1 :]:
            if t.idx >= end or (t.is_punct and self.index.containing(t.idx) is None and t.text != "'"):
                return None
            if is_finite_verb(t) or self.res.has("complementizer", _norm(t.text)):
                return None  # `explique ce qui s'est passé par …`: another clause, not the frame
            if _norm(t.text) == "par" and self.index.containing(t.idx) is None:
                nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
                if nxt is None or not (self.res.has("determiner", _norm(nxt.text)) or self._opens_quotation(nxt)):
                    return None  # `par téléphone`, `par écrit`: a means, not a cause
                return shaped(self.make(doc[k].idx, end), "object")
        return None

    def _restricted_object_ok(self, cue: Cue, first: int, head: Token | None) -> bool:
        """A verb whose noun object is content only in some shapes: opened by a possessive
        (`possessive_object`: `a répété sa volonté`) or headed by a noun of opinion or feeling
        (`stance_object`: `a émis un avis favorable`, `exprime de vives réserves`; not `a émis des
        obligations`). `head` is the object's head in the parse, None without one."""
        term = cue.term
        if term.possessive_object and _norm(self.doc[first].text) in POSSESSIVE_DETERMINERS:
            return True
        if not term.stance_object:
            return False
        if head is not None and self.stance_noun(head):
            return True
        return self.stance_noun_at(first)  # `de sérieuses réserves`: the parse may head it on the adjective

    def _before_punctuation(self, first: int, end: int) -> int:
        """`end`, or the end of the last token before the first punctuation after `first` outside a
        quotation: a noun of opinion is the position alone (`exprimant de vives réserves, a quitté`)."""
        doc = self.doc
        last = doc[first]
        for t in doc[first + 1 :]:
            if t.idx >= end or (t.is_punct and self.index.containing(t.idx) is None):
                break
            last = t
        return min(end, last.idx + len(last.text))

    def stance_noun(self, t: Token) -> bool:
        """A noun of opinion or feeling (`stance_noun` in sources.yaml): `avis`, `opposition`, `réserves`."""
        return self.res.lang == "fr" and self.res.is_a("stance_noun", t.text, t.lemma_)

    def stance_noun_at(self, k: int) -> bool:
        """A noun phrase opening at k whose noun is a stance noun: determiners, adverbs and adjectives
        before it (`de très vives inquiétudes`, `un avis`), no punctuation or verb between."""
        doc = self.doc
        end = min(len(doc), k + MAX_STANCE_LEAD)
        for t in doc[k:end]:
            if self.stance_noun(t):
                return True
            if t.is_punct or t.pos_ in ("VERB", "AUX", "PROPN"):
                return False
            if t.pos_ == "NOUN" and not (t.i + 1 < end and self.stance_noun(doc[t.i + 1])):
                return False  # `un rapport sur les craintes`; but `de vives inquiétudes`, `vives` tagged a noun
        return False

    def _noun_after_elision(self, t: Token) -> bool:
        """French: a noun right after an elided article (`a dénoncé l’absence`): the small model tags
        `l’` an adverb and makes the noun a complement clause, yet it is the verb's object."""
        doc = self.doc
        return (
            self.res.lang == "fr"
            and t.pos_ == "NOUN"
            and t.i > 0
            and _norm(doc[t.i - 1].text) in ("l'", "d'")
            and doc[t.i - 1].head.i == t.head.i
        )

    def _with_figure(self, first: int, end: int) -> Content | None:
        """A counting or estimating verb's object is what the source stated only when it holds a figure
        (`a recensé 300 interventions`, `estime le coût à 2 millions`; not `évalue la situation`)."""
        doc = self.doc
        if self.index.containing(doc[first].idx) is not None:
            return None
        k = first
        while k < len(doc) and doc[k].idx < end and not self._figure(k):
            k += 1
        if k >= len(doc) or doc[k].idx >= end:
            return None
        return self.make(doc[first].idx, end)

    def _figure(self, k: int) -> bool:
        """A number that is not a date: not a year (`en 1985`) nor a day before a month (`le 3 mai`)."""
        doc = self.doc
        t = doc[k]
        if not t.like_num:
            return False
        if t.text.isdigit() and len(t.text) == 4 and 1800 <= int(t.text) <= 2100:
            return False
        return not (k + 1 < len(doc) and self.res.has("time_word", _norm(doc[k + 1].text)))

    def _opens_quotation(self, t: Token) -> bool:
        """The token is the opening mark of a quotation (the small model tags a bare `«` or `"` as a noun,
        a number or punctuation, at random)."""
        mark = self.index.containing(t.idx)
        return mark is not None and mark.outer_start == t.idx

    def _unparsed_object(self, cue: Cue) -> Content | None:
        """The parse gave the verb no object (the small model tags `l'` a noun and breaks the tree), yet
        an article opens a noun phrase right after it: `aient rejeté l'étiquette de ...` (not a time
        phrase: `a dénoncé mardi`)."""
        doc = self.doc
        k = cue.last + 1
        if len(cue.term.words) > 1 and self.res.lang == "en":
            return self.after_preposition(k)  # `called for deeper cuts`: the object hangs on `for`
        if cue.term.figure_object and not cue.term.object:
            if reflexive_group(self.doc, cue.first, cue.head):
                return None
            while k + 1 < len(doc) and self.res.has("time_word", _norm(doc[k].text)):
                k += 1  # `dénombrait mardi soir 3 000 foyers`
            if k + 1 >= len(doc) or not (doc[k].is_alpha or doc[k].like_num):
                return None
            return self._with_figure(k, self.clause_end(k + 1, new_clause=True))
        if cue.term.object:
            k = self._adverbs_after(k)  # `conteste fermement, depuis le début, la version`
            k = self._past_time_phrase(k)  # `a annoncé, lundi 30 septembre, une hausse`
            k = self._past_aside(k)  # `a reconnu, lors d'une réunion, l'existence de ...`
            k = self._past_medium_phrase(k)  # `dénoncent dans une lettre ouverte ces règles`
        k = self._adverbs_after(k)  # `évoque toutefois des risques`, `dénoncent par ailleurs une absence`
        if k + 1 >= len(doc) or not self.res.has("determiner", _norm(doc[k].text)):
            return None
        if _norm(doc[k].text) in ("de", "d'") or self.res.has("time_word", _norm(doc[k + 1].text)):
            return None
        if not cue.term.object and not self._restricted_object_ok(cue, k, None):
            return None
        if self.index.containing(doc[k].idx) is not None:
            return None
        if not doc[k + 1].is_alpha and not (self.res.lang == "fr" and self._opens_quotation(doc[k + 1])):
            return None  # but `a réitéré son « appel pressant ... »`: the noun opens a quotation
        return self.make(doc[k].idx, self.clause_end(k + 1, new_clause=True))

    def _past_medium_phrase(self, k: int) -> int:
        """French: the determiner after a phrase of where or how something was said, with no commas, that
        opens the verb's object (`dénoncent dans une lettre ouverte ces règles`, `dénonce sur son blog
        des « dérives »`): a demonstrative, possessive or article right after the phrase's noun or
        adjective (`des`/`du` only before a quotation: `sur les réseaux des partis` is one phrase);
        `k` when there is none."""
        doc = self.doc
        if self.res.lang != "fr" or k >= len(doc) or _norm(doc[k].text) not in MEDIUM_PREPOSITIONS:
            return k
        for j in range(k + 2, min(len(doc) - 1, k + 2 + MAX_MEDIUM_PHRASE)):
            t = doc[j]
            if t.is_punct or self.index.containing(t.idx) is not None:
                return k
            low = _norm(t.text)
            if not self.res.has("determiner", low) or doc[j - 1].pos_ not in NOUN_END:
                continue
            if low in ("de", "d'") or (low in ("des", "du") and not self._opens_quotation(doc[j + 1])):
                continue
            return j
        return k

    def _past_aside(self, k: int) -> int:
        """French: the first token after an aside between commas that opens on a preposition, an adverb or
        a date and holds no finite verb (`a dénoncé, dans un tract distribué aux salariés, la suppression`),
        when a determiner follows it: the object the parse hung elsewhere; `k` when there is none."""
        doc = self.doc
        if self.res.lang != "fr" or k + 2 >= len(doc) or doc[k].text != ",":
            return k
        opener = doc[k + 1].pos_ in ("ADP", "ADV") or self._date_word(_norm(doc[k + 1].text))
        if not opener or not doc[k + 1].text.islower():
            return k  # but `, jeudi soir à Marseille,`: a date opens it too
        for m in range(k + 2, min(len(doc) - 1, k + 2 + MAX_OBJECT_ASIDE)):
            t = doc[m]
            if t.text in (".", ";", ":", "!", "?") or t.is_space or is_finite_verb(t) or t.text in ("«", "“", '"'):
                return k
            if t.text == ",":
                nxt = _norm(doc[m + 1].text.lower())
                return m + 1 if self.res.has("determiner", nxt) and nxt not in ("de", "d'") else k
        return k

    def _adverbs_after(self, k: int) -> int:
        """French: the first token after at most two lowercase adverbs or listed adverbial phrases at k
        (`toutefois`, `notamment`, `par ailleurs`), which the small model leaves between a mis-tagged verb
        and its object; not a negation word."""
        doc = self.doc
        if self.res.lang != "fr":
            return k
        for _ in range(MAX_OBJECT_ADVERBS):
            k = adjunct_after(doc, k, self.res)
            if k < len(doc) and doc[k].pos_ == "ADV" and doc[k].text.islower() and _norm(doc[k].text) not in NOT_WORDS:
                k += 1
            elif k < len(doc) and mistagged_adverb(doc[k], self.res):
                k += 1  # `nie catégoriquement ces accusations`: the adverb tagged a verb
        return adjunct_after(doc, k, self.res)

    def _past_time_phrase(self, k: int) -> int:
        """French: the first token after a date between the verb and its object, bare (`a officialisé
        jeudi le départ`) or between commas (`a confirmé, ce jeudi, la fermeture`); `k` when there is none.
        The small model hangs the object on the date, so the verb shows no object."""
        doc = self.doc
        if self.res.lang != "fr" or k >= len(doc):
            return k
        if doc[k].text == ",":
            for j in range(k + 2, min(len(doc), k + 2 + MAX_TIME_TOKENS)):
                if doc[j].text == ",":
                    return j + 1 if self._date_words(k + 1, j) else k
            return k
        j = k
        while j < len(doc) and j - k < MAX_TIME_TOKENS and (doc[j].like_num or self._date_word(_norm(doc[j].text))):
            j += 1
        while j > k and not (doc[j - 1].like_num or self.res.has("time_word", _norm(doc[j - 1].text))):
            j -= 1  # `jeudi le départ`: the article opens the object, it ends no date
        return j if j > k and self._date_words(k, j) else k

    def _date_word(self, w: str) -> bool:
        return date_word(self.res, w)

    def _date_words(self, start: int, end: int) -> bool:
        """Only a date: days, months, numbers, `dernier`, `ce`, with at least one time word."""
        toks = self.doc[start:end]
        norms = [_norm(t.text) for t in toks]
        return any(self.res.has("time_word", w) for w in norms) and all(
            t.like_num or self._date_word(w) for t, w in zip(toks, norms, strict=True)
        )

    def _time_only(self, start: int, end: int) -> bool:
        """French: only a time phrase between the verb and its colon (`a rapporté jeudi dernier :`), so
        the colon is still the verb's own."""
        if self.res.lang != "fr" or end <= start or end - start > MAX_TIME_TOKENS:
            return False
        doc = self.doc
        return any(self.res.has("time_word", _norm(t.text)) for t in doc[start:end]) and all(
            self.res.has("time_word", _norm(t.text)) or t.like_num or _norm(t.text) in TIME_MODIFIERS
            for t in doc[start:end]
        )

    def after_preposition(self, k: int) -> Content | None:
        """English phrasal verbs that end in a preposition (`call for`, `rail against`, `talk about`):
        whatever noun phrase follows the preposition is the object, a bare plural or an adjective
        included (`called for deeper cuts`), not a time phrase or a new clause."""
        doc = self.doc
        if k >= len(doc):
            return None
        first = doc[k]
        low = _norm(first.text)
        if not (first.is_alpha or first.idx in self._starts):
            return None
        if self.res.has("time_word", low) or self.res.has("clause_opener", low):
            return None
        return shaped(self.rest_of_sentence(k, min_words=1), "object")

    def object_without_parse(self, from_token: int) -> Content | None:
        """Without a parser: a determiner or a name right after the verb opens a reported object
        (`denied the allegations`)."""
        doc = self.doc
        if from_token >= len(doc):
            return None
        first = doc[from_token]
        low = _norm(first.text)
        if not (
            self.res.has("determiner", low)
            or first.text[:1].isupper()
            or first.text.endswith("'s")
            or self.res.has("object_pronoun", low)  # `called it a mistake`, `praised her`
            or (self.res.lang == "en" and self._bare_noun(first))  # `denied wrongdoing`, `urged caution`
        ):
            return None
        return shaped(self.rest_of_sentence(from_token, min_words=2), "object")

    def _bare_noun(self, t: Token) -> bool:
        """A lower-case word that can open a noun phrase with no determiner (`wrongdoing`, `voters`,
        `half`): not a preposition, a time word, an adverb in -ly, `to`, a complementizer or a word that
        opens a clause."""
        low = _norm(t.text)
        res = self.res
        return (
            t.is_alpha
            and t.text.islower()
            and low != "to"
            and not low.endswith("ly")
            and not any(
                res.has(category, low)
                for category in ("np_stop", "np_link", "time_word", "clause_opener", "complementizer", "adverb")
            )
            and low not in res.verb_forms
        )

    def rest_of_sentence(self, from_token: int, min_words: int = 3) -> Content | None:
        """English without `that`: `He said the plan would fail.`"""
        doc = self.doc
        if from_token >= len(doc):
            return None
        _, s_end = self._sent_bounds(from_token)
        words = [t for t in doc[from_token:s_end] if t.is_alpha]
        if len(words) < min_words:
            return None
        # up to the end of the clause: `said it would appeal, warning that ...` leaves the participle its own
        return self.make(doc[from_token].idx, self.clause_end(from_token, semicolon=False))

    def _end_char(self, s_end: int) -> int:
        doc = self.doc
        if s_end >= len(doc):
            return len(self.text)
        return doc[s_end - 1].idx + len(doc[s_end - 1].text)

    # ------------------------------------------------------------------ before the cue

    def quote_before(self, start_char: int) -> Content | None:
        """A quotation that ends right before the cue (`« ... », a-t-il ajouté`, `« ... » dit-il`)."""
        text = self.text
        k = start_char
        while k > 0 and (text[k - 1] in GAP_CHARS or (text[k - 1] == "\n" and False)):
            k -= 1
        q = self._ends.get(k)
        if q is None:
            return None
        # `pour « Empêcher le retour ... » ajoute le communiqué`: a quoted fragment inside a clause is mixed
        doc = self.doc
        span = doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand")
        if span is not None:
            s_start, _ = self._sent_bounds(span.start)
            lead = self.text[doc[s_start].idx : q.outer_start]
            if any(ch.isalnum() for ch in lead) and not lead.rstrip().endswith(":"):
                return self.make(doc[s_start].idx, q.outer_end)
        return self.quote_content(q)

    def quote_incise(self, start_char: int) -> Content | None:
        """A quotation the cue is an incise of (`"...," X said at a rally.`): it ends right before the
        subject without closing its sentence, so what follows the verb is trailing material."""
        text = self.text
        k = start_char
        while k > 0 and text[k - 1] in GAP_CHARS:
            k -= 1
        q = self._ends.get(k)
        if q is None or text[q.start : q.end].rstrip().endswith("."):
            return None
        return self.quote_before(start_char)

    def carried_on(self, content: Content, after_char: int) -> Content:
        """English copy goes on quoting in the same paragraph after the cue (`"A," he said. "B."`, `"A,"
        he said, "B."`): those quotations are the same content, cue inside (as annotators mark it). A
        quotation ending with a comma, or followed by words of its own, has its own cue and stops it."""
        text = self.text
        end = content.end
        last = next((q for q in self.quotes if q.end == end), None)
        if last is None:
            return content
        pos = max(last.outer_end, after_char)
        apart = self.res.has("quote_profile", "sentence_apart")
        skipped: list[QuoteMark] = []
        for q in self.quotes:
            if q.outer_start < pos:
                continue
            gap = self._gap(last.outer_end, q.outer_start, skipped)
            if "\n" in gap or len(gap) > MAX_CUE_REST or any(mark in gap for mark in CONTINUATION_BLOCKERS):
                break
            if gap.rstrip().endswith(":") or INNER_SENTENCE_END.search(gap.rstrip()):
                break  # `..., and then predicted: "..."`, or a sentence of its own before the quotation
            if apart and CUE_SENTENCE_END.search(gap.rstrip()):
                break  # `"A," he said. "B."`: B floats on its own
            inner = text[q.start : q.end].rstrip()
            tail = text[q.outer_end : q.outer_end + 40]
            stop = tail.find("\n")
            tail = tail if stop < 0 else tail[:stop]
            if self.res.lang == "en" and _name_in_quotes(inner) and OWN_INCISE.match(tail):
                skipped.append(q)  # `told the program ''Inside Edition'' after ...`: a title, not the speech
                continue
            if inner.endswith(",") or OWN_INCISE.match(tail):
                break
            end, pos, last = q.end, q.outer_end, q
            skipped = []
        if end == content.end:
            return content
        return Content(content.start, end, "direct", content.quote)

    def _gap(self, start: int, end: int, skipped: list[QuoteMark]) -> str:
        """The text between two quotations, with the quoted titles skipped over written as plain words."""
        gap = self.text[start:end]
        for q in skipped:
            outer = self.text[q.outer_start : q.outer_end]
            gap = gap.replace(outer, "x" * len(outer), 1)
        return gap

    def quote_after_trailing(self, from_token: int) -> Content | None:
        """`said at a news conference, "..."`, `told reporters on Monday: "..."`: a quotation opened
        after a comma or a colon that ends trailing material (time words, `in a statement`, an
        addressee) is what was said; a clause between them (a subject pronoun, another verb) is not."""
        doc = self.doc
        _, s_end = self._sent_bounds(max(0, from_token - 1))
        for j in range(from_token, min(s_end, from_token + MAX_TRAILING_TOKENS)):
            t = doc[j]
            if t.idx in self._starts:
                return None  # a quotation straight after the verb is the ordinary case (after())
            if t.text in (",", ":") and j + 1 < len(doc):
                q = self._starts.get(doc[j + 1].idx)
                return self.quote_content(q) if q is not None else None
            low = _norm(t.text)
            if t.is_punct or self.res.has("clause_opener", low) or self.res.has("complementizer", low):
                return None
        return None

    def clause_before(self, cue_first: int) -> Content | None:
        """The clause an incise hangs on: `L'hésitation ... pourrait être liée aux craintes, a noté Bloomberg.`"""
        doc = self.doc
        s_start, _ = self._sent_bounds(cue_first)
        end_tok = cue_first
        while end_tok > s_start and (doc[end_tok - 1].is_punct or doc[end_tok - 1].is_space):
            end_tok -= 1
        if end_tok <= s_start:
            return None
        if self.res.lang == "fr" and self._date_only(s_start, end_tok):
            return self._around_fronted_date(s_start, cue_first)
        start_char = doc[s_start].idx
        # do not reach back across an earlier quotation's closing mark in the same sentence
        for q in self.quotes:
            if start_char < q.outer_end <= doc[end_tok - 1].idx and q.outer_start < start_char:
                start_char = q.outer_end
        end_char = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        if end_char - start_char < 8:
            return None
        return self.make(start_char, end_char)

    def _date_only(self, start: int, end: int) -> bool:
        """Tokens [start, end) are only a date (`Jeudi 4 mars`, `Le 12 mai`, `Lundi`): when, not what."""
        if date_phrase_end(self.doc, start, self.res) >= end:
            return True
        return end - start == 1 and self.res.has("calendar_word", _norm(self.doc[start].text))

    def _around_fronted_date(self, s_start: int, cue_first: int) -> Content | None:
        """`Jeudi 4 mars, a appris X de source judiciaire, le tribunal doit statuer`: the clause goes on
        after the incise, so what was said is the whole sentence around it (as `comme annoncé,` takes it);
        with nothing after the incise, no content."""
        doc = self.doc
        _, s_end = self._sent_bounds(cue_first)
        comma = next((k for k in range(cue_first, s_end) if doc[k].text == ","), None)
        end_tok = s_end
        while end_tok > cue_first and (doc[end_tok - 1].is_punct or doc[end_tok - 1].is_space):
            end_tok -= 1
        if comma is None or end_tok <= comma + 1:
            return None
        return self.make(doc[s_start].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text))

    def cleft_antecedent(self, cue_first: int) -> Content | None:
        """`C'est ce que prévoit le rapport`, `c'est ce qu'a affirmé X`: the cleft points back to the
        previous sentence, which is what was said (French)."""
        doc = self.doc
        s_start, _ = self._sent_bounds(cue_first)
        words = [_norm(t.text) for t in doc[s_start:cue_first] if not t.is_space]
        if words not in (["c'", "est", "ce", "que"], ["c'", "est", "ce", "qu'"], ["c'", "était", "ce", "que"]):
            return None
        return self.sentence_before(s_start)

    def sentence_before(self, s_start: int) -> Content | None:
        """The sentence before the one that opens at token s_start."""
        doc = self.doc
        k = s_start - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0:
            return None
        p_start, p_end = self._sent_bounds(k)
        return self.make(doc[p_start].idx, self._end_char(p_end))

    def sentence_after(self, from_token: int) -> Content | None:
        doc = self.doc
        if from_token >= len(doc):
            return None
        _, s_end = self._sent_bounds(from_token)
        if from_token >= s_end:
            return None
        return self.make(doc[from_token].idx, self._end_char(s_end))
