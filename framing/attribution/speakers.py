"""Find the speaker's noun phrase for a cue: from the dependency parse when there is one, else from
token patterns, so the rule-based English pipeline (no parser, no tagger) still finds `X said`,
`said X` and `according to X`.

Spans are token ranges `(start, end)` with `end` exclusive.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..matching import norm as _norm
from ..quotes import QuoteIndex
from .annotations import has, is_finite_verb
from .cues import CLITIC_SUBJECTS, Cue, adjunct_after, aux_before_aside, is_tagged, with_subject
from .incise_dates import date_phrase_end
from .resources import Resources
from .sentences import Sentences
from .speaker_types import TITLE_MARKS

MAX_ASIDE_TOKENS = 14  # an aside between an incise verb and its subject: `, lors d'une conférence de presse,`
MAX_RECIPIENT_TOKENS = 6  # `à l'Agence France-Presse`: whom an incise verb's words were said to, before an aside

AMONG_PRONOUNS = ("eux", "elles", "nous", "vous")  # `l'un d'entre eux`
PARTITIVE_WORDS = ("un", "une", "chacun", "chacune", "aucun", "aucune")  # `l'une des X`: one of a set
MAX_NP = 14
CLOCK_TIME = re.compile(r"\d{1,2}h\d{0,2}")  # `20h00`, `21h`: an hour as one token
MAX_RELATIVE_REACH = 16  # tokens back from a subject to the relative whose clause it ends (`who made a ... escape`)
MAX_OPENING_PARTICIPLE = 30  # tokens of a sentence-opening participial phrase before its comma
MAX_FRENCH_OPENING = 60  # French: the phrase may hold a quotation or a list (`Notant que A, B et C, X dit`)
OPEN_PAREN, CLOSE_PAREN = "([", ")]"
SUBJECT_DEPS = ("nsubj", "expl:subj", "nsubj:outer")
# A verb coordinated with a passive or a copular predicate shares its subject (`sont apeurés mais
# prétendent avoir vu`, `sont inquiets et affirment que`): there the passive subject speaks too.
SHARED_SUBJECT_DEPS = (*SUBJECT_DEPS, "nsubj:pass")
# Relative pronouns that open an aside after a subject (`Le G7, auquel se sont joints ...,`).
RELATIVE_OPENERS = frozenset({"qui", "dont", "auquel", "auxquels", "auxquelles", "lequel", "laquelle", "où"})
# Prepositions that double as articles (`des physiciens`, `un accord au forceps`): no cut before them.
CONTRACTED_ARTICLES = frozenset({"de", "d'", "des", "du", "au", "aux", "à", "of"})
FUSED_ARTICLES = ("du", "au", "aux")  # French article fused with its preposition: a noun follows, not a verb
LEFT_DEPS = ("det", "amod", "nummod", "compound", "flat", "nmod", "appos", "case")
RELATIVE_WORDS = ("qui", "who", "which", "that", "lequel", "laquelle")
FR_RELATIVE_CLOSERS = ("qui", "dont")
FRONTED_CLITICS = (
    "ne",
    "n'",
    "se",
    "s'",
    "l'",
    "le",
    "la",
    "les",
    "lui",
    "leur",
    "y",
    "en",
)  # between subject and verb  # a relative clause after an inverted subject ends it
# Noun lists whose words in -s close a subject rather than start its verb (`Labor officials`, `the Smith brothers`)
NOUN_LISTS = ("person_noun", "anonymous_head", "group_noun", "institution_noun", "media_noun", "document_noun",
              "organisation_word", "unique_title", "time_word", "place")  # fmt: skip
DASHES = ("--", "—", "–")
OPENING_QUOTES = ('"', "“", "‘", "''", "``")
NO_SPEAKER_PRONOUNS = ("ce", "cela", "ça", "it", "this", "on", "qui", "que")
# French object clitics and linking adverbs the parser may take for the subject of a second,
# coordinated verb (`a reconnu ... et leur a promis que`, `puis a assuré que`): a closed class
READER_CLITICS = ("vous", "nous", "te", "t'")  # `on vous dit que`: the writer addressing the reader
FR_NOT_SUBJECTS = frozenset({"leur", "lui", "me", "m'", "te", "t'", "se", "s'", "y", "en", "puis", "ensuite", "alors"})


TITLE_WORDS = 8  # a quoted title inside a noun phrase is short
MAX_OPENING_PHRASE = 12  # tokens of a sentence-opening phrase before its comma (`Speaking at a rally in Iowa,`)
PERSON_CATEGORIES = ("person_noun", "unique_title")  # nouns of someone, not of a thing
# Word classes (sources.yaml) whose first word opens an adverbial, not a subject (`Later,`, `Despite ...,`).
OPENING_PHRASE_CLASSES = ("time_word", "adverb", "np_stop", "adjunct_opener", "trailing_word", "phrase_opener")


COMPLEMENT_OPENERS = ("de", "d'", "du")  # `au terme de la visite`: a noun's complement, never a subject


TITLE_ARTICLES = ("le", "la", "les", "l'")  # a capitalised article opening a title (`« Le Monde »`)
MAX_QUOTED_TITLE = 6  # words of a title in quotation marks (`« Le Journal du dimanche »`)


# French articles that open a noun phrase (`_article_after_noun`).
ARTICLES_FR = frozenset({"le", "la", "les", "l'", "un", "une"})  # not `des`, also `de` + `les`


ASIDE_DASHES = ("-", "–", "—")  # spaced dashes around an incidental word in an incise
MAX_INCIDENTAL_TAIL = 9  # tokens from an inverted subject's adjective to the sentence end


class SpeakerFinder:
    """Finds speaker spans in one document (the parse is used when the document has one)."""

    def __init__(self, doc: Doc, res: Resources, quotes: QuoteIndex, sentences: Sentences | None = None) -> None:
        self.doc = doc
        self.sentences = sentences or Sentences(doc, res)
        self.res = res
        self.quotes = quotes
        self.parsed = has(doc, "DEP")
        self.tagged = is_tagged(doc)
        # relative pronouns found as speakers (`who said`) -> their antecedent's span
        self.antecedents: dict[tuple[int, int], tuple[int, int]] = {}

    # ------------------------------------------------------------------ verb cues

    def for_verb(self, cue: Cue) -> tuple[tuple[int, int] | None, bool]:
        """(speaker span, inverted?) for a reporting verb; inverted means the speaker follows the verb."""
        found, inverted = self._for_verb(cue)
        if found is not None and not inverted and self.res.lang == "en" and not self.tagged:
            found = self._before_time_phrase(found)
        return found, inverted

    def _before_time_phrase(self, found: tuple[int, int]) -> tuple[int, int]:
        """English without tags: a time phrase between a subject and its verb is no part of the subject
        (`The mayor last month said` -> `The mayor`); one after a modal is not the subject either (`The
        board will next week announce` -> `The board`)."""
        doc = self.doc
        s, e = found
        j = e
        while j > s and (
            self.res.has("time_word", _norm(doc[j - 1].text)) or self.res.has("time_period", _norm(doc[j - 1].text))
        ):
            j -= 1
        if j == e:
            return found
        if j > s and _norm(doc[j - 1].text).lower() in TIME_OPENERS:
            j -= 1
        if j > s:
            return s, j
        k = s - 1
        while k >= 0 and (self.res.has("modal", _norm(doc[k].text)) or self.res.has("auxiliary", _norm(doc[k].text))):
            k -= 1
        left = self.left_np(k) if s - 1 > k >= 0 else None
        return left if left is not None else found

    def _for_verb(self, cue: Cue) -> tuple[tuple[int, int] | None, bool]:
        doc = self.doc
        if cue.clitic is not None:
            return (cue.clitic, cue.clitic + 1), True
        # Incise: `», ajoute le communiqué`, `..., ont annoncé mercredi des responsables.`, `, said the official.`
        # Checked before the parse, which often attaches such a verb to the previous clause -- unless a
        # subject with an appositive fills the clause (`», the mayor of the town, Ana Petrova, told Reuters`).
        before = doc[cue.first - 1] if cue.first > 0 else None
        if self.res.lang == "fr" and before is not None and self._after_cleft(cue.first):
            right = self.right_np(cue.last + 1, skip_time=True)  # `C'est ce que prévoit le rapport`
            if right is not None:
                return right, True
        aux = aux_before_aside(doc, cue.first) if self.res.lang == "fr" and self.tagged else None
        if aux is not None:
            # `Le maire a, dès lundi, annoncé que`: the aside splits a compound tense; the subject precedes
            found = self._subject_from_parse(doc[cue.head]) if self.parsed else None
            if found is None or found[0] >= aux:
                found = self.left_np(aux - 1)
            elif found[1] > aux:
                found = (found[0], aux)  # the parse hangs the aside on the subject (`Le ministre a, mardi soir`)
            return found, False
        if self.res.lang == "en" and before is not None:
            titled = self._subject_before_titled_apposition(cue.first)
            if titled is not None:
                return titled, False  # `Lee, the author of "Small Towns," said`
        if before is not None and before.text == ",":
            if self.res.lang == "fr" and self.tagged:
                long_subject = self._subject_with_relative(cue)
                if long_subject is not None:
                    return long_subject, False  # `L'association qui conteste les chiffres, dénonce X`
                inside = self._incise_inside_clause(cue)
                if inside is not None:
                    return inside, True  # `Le projet, a précisé le maire, sera voté`: an incise mid-sentence
            left = self._left_subject(cue.first - 1)
            if left is not None and self._opens_clause(left[0]):
                return left, False
            if not self.tagged:
                left = self._chunked_subject(cue.first - 1)
                if left is not None and not self._say_incise(cue, left):
                    return left, False
                restrictive = self._before_restrictive_who(cue.first - 1)
                if restrictive is not None:
                    return restrictive, False  # `A man who lives in the area, said:`: a stray comma
        if not self.tagged and before is not None and before.text in DASHES:
            left = self._dashed_subject(cue.first - 1)
            if left is not None:
                return left, False
        if self.res.lang == "en" and before is not None and _norm(before.text) in RELATIVE_WORDS:
            # `Christian Pardo, who said`: the relative pronoun speaks, for its antecedent (as PolNeAR
            # marks it), with or without a parse (the parse would give the antecedent)
            return self._relative(cue.first - 1), False
        # A closing bracket ends an aside inside the subject (`Le ministère (Pentagone) a déclaré`), not a clause.
        after_punct = before is not None and before.is_punct and before.text not in CLOSE_PAREN
        if (before is None or after_punct or self.quotes.containing(before.idx) is not None) and not (
            self.res.lang == "fr" and self._relative_subject(cue)
        ):
            right = self.right_np(cue.last + 1, skip_time=True)
            if right is None and self.res.lang == "fr":
                right = self._participle_agent(cue)  # `, démentie par la direction régionale`: the agent speaks
            if right is None and not (self.res.lang == "en" and not self._after_quotation_mark(cue.first)):
                # `», a déclaré à l'AFP Marie Dupont`, `a écrit sur sa chaîne Telegram le gouverneur`; in
                # English only after a quotation (`Reyes, accused in the theft of four horses`: no source)
                right = self.right_np(self._skip_adjuncts(cue.last + 1), skip_time=True)
            k = self._skip_adverbs(self._skip_time_aside(cue.last + 1))
            if right is None and k > cue.last + 1:
                right = self.right_np(k, skip_time=True)  # `a déclaré un peu plus tôt dans la semaine X`
            j = self._skip_adverbs(self._skip_time_words(self._skip_date(k)))
            if right is None and self.res.lang == "fr" and j > cue.last + 1:
                # `a déclaré lundi à l'AFP X`, `avoue aussi à la radio X`: a day or an adverb, then where
                right = self.right_np(self._skip_adjuncts(j), skip_time=True)
                first = _norm(doc[right[0]].text) if right is not None else ""
                if right is not None and (self.res.has("np_stop", first) or first in COMPLEMENT_OPENERS):
                    right = None  # `disait au terme de la visite du port`: a complement, no subject
            if right is None and self.res.lang == "fr":
                right = self._past_comma_aside(cue)  # `», a déclaré, lors d'une conférence de presse, le maire.`
            after_comma = self.res.lang == "en" and before is not None and before.text == ","
            if (
                right is not None
                and self._ends_clause(right[1])
                and not self._object_with_subject(cue, right)
                and not (after_comma and self._runs_on(right[1]))
            ):
                return right, True
            opening = self._opening_before_aside(cue) if self.res.lang == "fr" else None
            if opening is not None:
                return opening, False  # `Le G7, auquel se sont joints ..., a condamné`
        if self.parsed:
            found = self._subject_from_parse(doc[cue.head])
            if found is not None and self.sentences.bounds(found[0]) != self.sentences.bounds(cue.head):
                found = None  # a heading the parser took for the subject of the next paragraph's verb
            single = found is not None and found[1] - found[0] == 1
            pronoun = self.res.lang == "fr" and single and doc[found[0]].pos_ == "PRON"
            if found is not None and found[1] == cue.first and not pronoun:
                # the parser may cut a long subject short (`Un diplomate occidental en poste à Beyrouth`)
                left = self.left_np(cue.first - 1)
                if left is not None and left[0] < found[0] and left[1] == found[1] and not self._comma_opens(found[0]):
                    found = left
            if found is not None:
                return found, found[0] > cue.head
        left = self._left_subject(self.time_before(cue.first - 1) if not self.tagged else cue.first - 1)
        if left is not None and self.res.lang == "en" and not self.tagged:
            left = self._before_relative_clause(left)
        if left is not None:
            return left, False
        right = self.right_np(cue.last + 1, skip_time=True)
        if right is not None and after_punct and self._ends_clause(right[1]):
            return right, True
        if self.res.lang == "fr" and before is not None and self.res.has("person_relative", _norm(before.text)):
            return self.antecedent_before_comma(cue.first - 1), False
        return None, False

    def antecedent_before_comma(self, k: int) -> tuple[int, int] | None:
        """French: the source named just before the comma at k - 1, when a noun phrase ends there: the
        antecedent of `, qui` + a verb of saying whose parse gives the verb no subject (`selon le
        syndicat, qui fait état de ...`: the parser takes `fait` for an auxiliary), and the source of a
        marker governing a relative pronoun (`selon une source, pour qui ...`, Extractor)."""
        if k < 2 or self.doc[k - 1].text != ",":
            return None
        ante = self.left_np(k - 2)
        if ante is None or not any(t.pos_ in ("NOUN", "PROPN") for t in self.doc[ante[0] : ante[1]]):
            return None
        return ante

    def _before_relative_clause(self, found: tuple[int, int]) -> tuple[int, int]:
        """English without a parse: `A farmer who lost three calves now says`: the words before the verb
        end a relative clause (`who`, `that`, `which` after a noun, no comma or quotation between), so
        the subject is the phrase the relative hangs on, when it opens the sentence. A subject of its
        own right after the relative (`a letter that he said was ...`) is the relative clause's speaker."""
        doc = self.doc
        s_start, _ = self.sentences.bounds(found[0])
        j = found[0] - 1
        while j > s_start and found[0] - j <= MAX_RELATIVE_REACH:
            t = doc[j]
            if t.is_punct or self.quotes.containing(t.idx) is not None:
                return found
            if t.text in RELATIVE_WORDS:
                if j == found[0] - 1 and not self._verb_like(doc[found[0]]):
                    return found  # `a letter that he said was ...`: the relative clause's own subject speaks
                if doc[j - 1].text == "," and self._ends_relative_predicate(found):
                    # `A nurse, who asked not to be named said`: the aside's closing comma is missing and
                    # the word before the verb completes the relative clause; the phrase before it speaks
                    before = self.left_np(j - 2)
                    if before is not None and before[1] == j - 1 and self._opens_clause(before[0]):
                        return before
                if not doc[j - 1].is_alpha:
                    return found  # `Inside the hall - which ... - Ana Ruiz said`: an aside, not this clause
                before = self.left_np(j - 1)
                if before is not None and before[1] == j and self._opens_clause(before[0]):
                    return before
                return found
            if self.res.has("clause_boundary", _norm(t.text)):
                return found  # `The plan was dropped because the council said`: another clause's subject
            j -= 1
        return found

    def _before_restrictive_who(self, comma: int) -> tuple[int, int] | None:
        """English without a parse: `A woman who lives near the park, said`: the comma before the verb
        closes a relative clause on `who` that had no opening comma (a stray comma, frequent in local
        news); the phrase the relative hangs on, opening the clause, speaks."""
        if self.res.lang != "en" or comma < 2:
            return None
        inner = self.left_np(comma - 1)
        if inner is None or inner[1] != comma or inner[0] < 1 or _norm(self.doc[inner[0] - 1].text) != "who":
            return None
        outer = self._before_relative_clause(inner)
        return outer if outer != inner and self._opens_clause(outer[0]) else None

    def _verb_like(self, t: Token) -> bool:
        """A lower-case word that is no determiner, pronoun or number (`lost`, `spoke`): the first word of
        a relative clause's verb phrase, not of a noun phrase."""
        low = _norm(t.text)
        return (
            t.is_alpha
            and t.text.islower()
            and not t.like_num
            and low not in self.res.pronouns
            and not any(self.res.has(c, low) for c in ("determiner", "time_word"))
        )

    def _incise_inside_clause(self, cue: Cue) -> tuple[int, int] | None:
        """French: `Le ministre, a affirmé son porte-parole, ne démissionnera pas`: a subject alone
        before the comma (no verb from the sentence start), the verb and a noun phrase closed by a
        second comma, then the clause's own verb (`ne`, or a finite verb or auxiliary): the noun
        phrase is the inverted speaker of an incise, not the verb's object."""
        doc = self.doc
        s_start, s_end = self.sentences.bounds(cue.head)
        if any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in doc[s_start : cue.first - 1]):
            return None
        right = self.right_np(cue.last + 1, skip_time=True)
        if right is None or right[1] + 1 >= s_end or doc[right[1]].text != ",":
            return None
        nxt = doc[right[1] + 1]
        if _norm(nxt.text) in ("ne", "n'") or (
            nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm") and nxt.text.islower()
        ):
            return right
        return None

    def opening_subject(self, cue: Cue) -> tuple[int, int] | None:
        """Without a parse: the noun phrase that opens the cue's sentence, past a leading conjunction
        and an opening adverbial before a comma (`In an interview Thursday, the senator criticized ...
        and said`), when a verb-like word follows it; a name stops at a word in -ed (`Cruz urged`)."""
        doc = self.doc
        s_start, _ = self.sentences.bounds(cue.head)
        k = s_start
        while k < cue.first and (doc[k].is_punct or doc[k].is_space):
            k += 1
        if k < cue.first and self.res.has("clause_boundary", _norm(doc[k].text)):
            k += 1
        if self.res.lang == "en":
            k = self._past_opening_phrase(k, cue.first)  # `Hours later, Ruiz posted ..., saying`
        if k < cue.first and self.res.has("np_stop", _norm(doc[k].text)):
            comma = next((j for j in range(k, min(cue.first, k + 10)) if doc[j].text == ","), None)
            if comma is None:
                return None
            k = comma + 1
        found = self.right_np(k, skip_time=False, max_len=8)
        if found is None or found[1] >= cue.first:
            return None
        s, e = found
        if _norm(doc[s].text) in self.res.pronouns:
            e = s + 1  # `He spoke on Thursday, warning ...`
        for j in range(s + 1, e):
            if (
                doc[j].text.islower()
                and doc[j].text.endswith("ed")
                and doc[j - 1].text[:1].isupper()
                and not self.res.has("determiner", _norm(doc[j - 1].text))  # `The retired judge`
            ):
                e = j
                break
            if self.res.lang == "en" and self._adverb_before_past(j, s):
                e = j  # `Mr. Lopez generally backed ...`: an adverb in -ly, then a past form, after a name
                break
            if self.res.lang == "en" and self._verb_after_noun(j, s):
                e = j  # `The mayor toured the district on Monday and said`: the clause's own verb
                break
            if self.res.lang == "en" and self._present_after_name(j, s, cue):
                e = j  # `Beef farmer Ann Roe lives near the river and says`: the first verb, same tense
                break
        if self.res.lang == "en" and doc[e].text == ",":
            e_apposition = self._past_apposition(e, cue.first)
            if e_apposition is None:
                return None
            return s, e_apposition  # `Ana Ruiz, a former clerk, became a delegate and said`
        nxt = doc[e]
        if not (nxt.is_alpha and nxt.text.islower()) or self.res.has("np_stop", _norm(nxt.text)):
            return None
        return s, e

    def _verb_after_noun(self, j: int, s: int) -> bool:
        """English, without a parse: a lower-case past form in -ed, or an auxiliary, right after a noun
        of the opening phrase (`The mayor toured`, `The council has voted`) is the clause's verb, where
        the subject ends; not after a determiner, a link word or an adverb (`the retired judge`,
        `officials in flooded areas`)."""
        doc = self.doc
        t, prev = doc[j], doc[j - 1]
        low, prev_low = _norm(t.text), _norm(prev.text)
        if j - 1 < s or not (t.is_alpha and t.text.islower() and prev.is_alpha):
            return False
        if any(self.res.has(c, prev_low) for c in ("determiner", "np_link", "np_stop", "auxiliary", "modal", "adverb")):
            return False
        if prev_low.endswith("ly") or prev_low in self.res.pronouns:
            return False
        return (low.endswith("ed") and len(low) > 4) or self.res.has("auxiliary", low)

    def _present_after_name(self, j: int, s: int, cue: Cue) -> bool:
        """English, without a parse, a coordinated verb in the present singular (`... and says`): a
        lower-case word in -s right after a capitalised word of the opening phrase is the clause's first
        verb, in the tense of the second (`Ann Roe runs a farm and says`). `says` agrees with a singular
        subject, so the word in -s is no plural noun closing it; listed nouns (`officials`) never cut."""
        doc = self.doc
        t, prev = doc[j], doc[j - 1]
        verb = doc[cue.head].text
        if not (verb.islower() and verb.endswith("s") and not verb.endswith("ss")):
            return False
        low = t.text
        if j - 1 < s or not (t.is_alpha and low.islower() and len(low) > 3) or not low.endswith("s"):
            return False
        if low.endswith(("ss", "us", "is")) or not (prev.is_alpha and prev.text[:1].isupper()):
            return False
        if self.res.has("determiner", _norm(prev.text)):
            return False
        return not any(self.res.is_a(c, low, t.lemma_) for c in NOUN_LISTS)

    def _adverb_before_past(self, j: int, s: int) -> bool:
        doc = self.doc
        t = doc[j]
        return (
            j + 1 < len(doc)
            and t.text.islower()
            and t.text.endswith("ly")
            and doc[j + 1].text.islower()
            and doc[j + 1].text.endswith("ed")
            and doc[j - 1].text[:1].isupper()
            and not self.res.has("determiner", _norm(doc[j - 1].text))  # `The newly elected mayor`
            and j - 1 >= s
        )

    def _past_apposition(self, comma: int, limit: int) -> int | None:
        """`Ana Ruiz, a former clerk, became ...`: an apposition between two commas (a determiner or a
        number opens it, or in English a relative `who`: `Ruiz, who had been driving home, stopped`; no
        quotation inside, no verb of saying inside a relative), then a lower-case word: the end of the
        apposition's closing comma, or None."""
        doc = self.doc
        if comma + 1 >= limit:
            return None
        first = _norm(doc[comma + 1].text)
        relative = self.res.lang == "en" and first in ("who", "whose")  # `Ruiz, who had been driving home,`
        if not (self.res.has("determiner", first) or doc[comma + 1].like_num or relative):
            return None
        for j in range(comma + 2, min(limit, comma + 1 + (2 * MAX_NP if relative else MAX_NP))):
            t = doc[j]
            if relative and (_norm(t.text) in self.res.verb_forms or _norm(t.lemma_) in self.res.verb_lemmas):
                return None  # `Ruiz, who said ...,`: the relative's own speech
            if t.text == ",":
                nxt = doc[j + 1] if j + 1 < limit else None
                if nxt is None or not (nxt.is_alpha and nxt.text.islower()) or self.res.has("np_stop", _norm(nxt.text)):
                    return None
                return j + 1
            if t.is_punct or self.quotes.containing(t.idx) is not None:
                return None
        return None

    def time_before(self, k: int) -> int:
        """Without a parse: back past a time phrase between a subject and its verb (`Spicer on Thursday
        evening said`, `Trump on Monday said`)."""
        doc = self.doc
        j = k
        while j >= 0 and self.res.has("time_word", _norm(doc[j].text)):
            j -= 1
        if j < k and j >= 0 and _norm(doc[j].text) in ("on", "last", "this", "late", "early"):
            j -= 1
        return j if j >= 0 and not doc[j].is_punct else k

    def _chunked_subject(self, k: int) -> tuple[int, int] | None:
        """Without a parse, a subject followed by appositives between commas: `Marley Anderson, 21, a
        junior from Las Vegas, said`, `But Asa Khalif, an organizer with the coalition, said`. Walks back
        over comma-separated noun phrases (no verb, no quotation) to one that opens the clause."""
        doc = self.doc
        s_start, _ = self.sentences.bounds(k)
        j = k
        prev: tuple[int, int] | None = None
        for _ in range(4):
            left = self.left_np(j - 1)
            if left is None:
                return None
            if self._opens_clause(left[0]):
                if prev is not None and self.res.lang == "en" and self._past_opening_phrase(left[0], k) > left[0]:
                    return prev  # `Moving to appeal, his lawyer, Ann Roe, told`: the opening phrase names nobody
                return left
            prev = left
            m = left[0] - 1
            if m <= s_start or doc[m].text != "," or any(self._verbish(t) for t in doc[m : left[0]]):
                return None
            j = m
        return None

    def _say_incise(self, cue: Cue, left: tuple[int, int]) -> bool:
        """English `Currently, says Ms Park, the river ...`, `The plan, said Mr Cole, is dead.`: a bare
        `say`/`add` form (`incise_say_form`, sources.yaml) right after the comma that ends the words
        before it, with a noun phrase and a comma after it, is an incise inside the sentence; the words
        before the comma are no subject (`Lee, the author, said` has its appositive, not this shape)."""
        doc = self.doc
        if self.res.lang != "en" or cue.first != cue.head or left[1] != cue.first - 1:
            return False
        if not self.res.has("incise_say_form", _norm(doc[cue.head].lower_)):
            return False
        right = self.right_np(cue.last + 1, skip_time=True)
        return right is not None and right[1] < len(doc) and doc[right[1]].text == ","

    def _dashed_subject(self, k: int) -> tuple[int, int] | None:
        """`Kall -- co-editor of a book on the debates -- said`: the noun phrase before the dashed aside."""
        doc = self.doc
        s_start, _ = self.sentences.bounds(k)
        m = k - 1
        while m > s_start and k - m < 30 and doc[m].text not in DASHES:
            if self.quotes.containing(doc[m].idx) is not None:
                return None
            m -= 1
        if m <= s_start or doc[m].text != doc[k].text:
            return None
        left = self.left_np(m - 1)
        return left if left is not None and self._opens_clause(left[0]) else None

    def _ends_relative_predicate(self, found: tuple[int, int]) -> bool:
        """One lower-case word after a form of `be` (`to be named`, `to be anonymous`, `was present`): the
        predicate closing a relative clause, not a subject of its own."""
        doc = self.doc
        word = doc[found[0]]
        return (
            found[1] - found[0] == 1
            and found[0] >= 1
            and word.is_alpha
            and word.text.islower()
            and self.res.has("passive_auxiliary", _norm(doc[found[0] - 1].text))
        )

    def _relative(self, k: int) -> tuple[int, int]:
        """`X, who said`: the pronoun is the speaker as written; its antecedent (the phrase before it,
        past a comma) is remembered in `antecedents` for the speaker's type and `resolved`."""
        doc = self.doc
        j = k - 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        ante = self.left_np(j) if j >= 0 else None
        if ante is not None and doc[j].text[:1].isupper():
            # `help from Treasurer Lena Brandt, who`: the name, not the phrase it closes
            m = j
            while m > ante[0] and (doc[m - 1].text[:1].isupper() or doc[m - 1].text in (".", "-")):
                m -= 1
            ante = (m, j + 1)
        if ante is not None:
            self.antecedents[(k, k + 1)] = ante
        return k, k + 1

    def _subject_before_titled_apposition(self, first: int) -> tuple[int, int] | None:
        """English `Lee, the author of "Small Towns," said`: a short quoted title closes an apposition right
        before the verb; the subject is the noun phrase that opens the clause before the apposition's comma."""
        doc = self.doc
        k = first - 1
        q = self.quotes.containing(doc[k].idx)
        if q is None or q.outer_end != doc[k].idx + len(doc[k].text):
            return None
        title = doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand")
        if title is None or len(title) > TITLE_WORDS + 2:
            return None
        s_start, _ = self.sentences.bounds(first)
        j = title.start - 1
        while j > s_start and doc[j].text != "," and title.start - j <= MAX_NP:
            if doc[j].is_punct or self._verbish(doc[j]) or self.quotes.containing(doc[j].idx) is not None:
                return None
            j -= 1
        if j <= s_start or doc[j].text != "," or j == title.start - 1:
            return None
        left = self.left_np(j - 1)
        if left is None or not self._opens_clause(left[0]):
            return None
        return left

    def _verbish(self, t: Token) -> bool:
        """Without a tagger: a word that shows a clause (an auxiliary, a modal, a listed verb form)."""
        low = _norm(t.text)
        return self.res.has("clause_opener", low) or (t.text.islower() and low in self.res.verb_forms)

    def _clause_not_aside(self, inner: tuple[int, int]) -> bool:
        """Words between two commas that hold a finite verb without opening with a relative pronoun are
        a clause of their own, not an aside inside a subject (`, qui a parlé sous couvert d'anonymat,`)."""
        toks = self.doc[inner[0] : inner[1]]
        if not len(toks) or _norm(toks[0].text) in (*RELATIVE_WORDS, "dont", "que", "qu'"):
            return False
        lead = toks[1] if len(toks) > 1 and _norm(toks[0].text) in ("se", "s'") else toks[0]
        if "Part" in lead.morph.get("VerbForm") or lead.pos_ in ("ADJ", "ADP"):
            return False  # `, s'exprimant sous couvert d'anonymat puisqu'il ...,`, `, interrogé par X,`
        return any(is_finite_verb(t) for t in toks)

    def _relative_subject(self, cue: Cue) -> bool:
        """`des physiciens qui, en 1930, ont clamé leur opposition`: the parse gives the verb a relative
        subject before it, so what follows the verb is its object, not an inverted subject."""
        if not self.parsed:
            return False
        return any(
            c.dep_ in SUBJECT_DEPS and c.i < cue.first and _norm(c.text) in RELATIVE_WORDS
            for c in self.doc[cue.head].children
        )

    def _subject_with_relative(self, cue: Cue) -> tuple[int, int] | None:
        """French: a subject holding a restrictive relative and then a stray comma before its verb (`Le
        collectif qui conteste les chiffres, dénonce une manipulation`): the sentence opens with a noun
        phrase, `qui` / `que` / `dont` and the relative's own verb, one comma, then the verb. The verb's
        subject is the phrase, not a noun after the verb. An inverted incise in mid-sentence (`L'homme
        qui a tiré, affirme la police, était armé`: a comma after the noun that follows) stays one."""
        doc = self.doc
        comma = cue.first - 1
        s_start, s_end = self.sentences.bounds(cue.head)
        start = s_start
        while start < comma and (doc[start].is_punct or doc[start].is_space):
            start += 1
        if comma - start < 3 or any(
            t.is_punct or t.is_space or self.quotes.containing(t.idx) is not None for t in doc[start:comma]
        ):
            return None
        rel = next(
            (
                k
                for k in range(start + 1, comma)
                if _norm(doc[k].text) in ("qui", "que", "qu'", "dont") and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ")
            ),
            None,
        )
        if rel is None or any(t.pos_ in ("VERB", "AUX") for t in doc[start:rel]):
            return None
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[rel + 1 : comma]):
            return None
        right = self.right_np(cue.last + 1, skip_time=True)
        if right is not None and right[1] < s_end and doc[right[1]].text == ",":
            return None
        found = self.left_np(rel - 1)
        return found if found is not None and found[0] == start and found[1] == rel else None

    def _skip_time_aside(self, k: int) -> int:
        """Past a date between commas after an inverted verb (`a indiqué, ce mercredi, la ministre`)."""
        doc = self.doc
        if k >= len(doc) or doc[k].text != ",":
            return k
        j = k + 1
        while (
            j < len(doc)
            and j - k <= 5
            and (
                self.res.has("time_word", _norm(doc[j].text))
                or self.res.has("determiner", _norm(doc[j].text))
                or doc[j].like_num
            )
        ):
            j += 1
        if j > k + 1 and j < len(doc) and doc[j].text == "," and self.res.has("time_word", _norm(doc[j - 1].text)):
            return j + 1
        return k

    def _comma_opens(self, start: int) -> bool:
        """French: the subject the parse found follows a comma and opens with a determiner (`..., le
        président X a déclaré`): it is a whole subject, not the end of a longer one."""
        doc = self.doc
        return (
            self.res.lang == "fr"
            and start > 0
            and doc[start - 1].text == ","
            and self.res.has("determiner", _norm(doc[start].text))
        )

    def _after_cleft(self, first: int) -> bool:
        """The verb group follows `C'est ce que` / `c'est ce qu'`: its subject comes after it."""
        words = [_norm(t.text) for t in self.doc[max(0, first - 4) : first]]
        return words[:3] in (["c'", "est", "ce"], ["c'", "était", "ce"]) and words[3:] in (["que"], ["qu'"])

    def _skip_date(self, k: int) -> int:
        """Past a date with no commas (`ce mardi 28 juin`, `ce vendredi`) opened by a demonstrative. A day
        number is written in digits: `une` is `like_num` too, and opens the speaker (`ce lundi une source`)."""
        doc = self.doc
        if k + 1 >= len(doc) or _norm(doc[k].text) not in ("ce", "cet", "cette"):
            return k
        j = k + 1
        while (
            j < len(doc) and j - k <= 5 and (self.res.has("time_word", _norm(doc[j].text)) or doc[j].text[:1].isdigit())
        ):
            j += 1
        return j if j > k + 1 and self.res.has("time_word", _norm(doc[j - 1].text)) else k

    def _skip_time_words(self, k: int) -> int:
        """Past bare time words and numbers after a verb (`lundi`, `mardi soir`, `le 3 mai`), and a clock
        time after its preposition (`vers 20h00`, `à 18 h 30`)."""
        doc = self.doc
        j = date_phrase_end(doc, self._skip_clock_time(k), self.res)  # `le 3 mars 2024`
        while j < len(doc) and j - k < 4 and (self.res.has("time_word", _norm(doc[j].text)) or doc[j].like_num):
            j += 1
        return j

    def _skip_clock_time(self, k: int) -> int:
        """French: past `vers 20h00`, `à 18 h 30` (a `clock_preposition`, then an hour written `20h00`,
        `21h` or `20 h 30`) after an inverted verb; k when there is none."""
        doc = self.doc
        if self.res.lang != "fr" or k + 1 >= len(doc) or not self.res.has("clock_preposition", _norm(doc[k].text)):
            return k
        if CLOCK_TIME.fullmatch(doc[k + 1].text):
            return k + 2
        if doc[k + 1].like_num and k + 2 < len(doc) and doc[k + 2].lower_ in ("h", "heures"):
            return k + 4 if k + 3 < len(doc) and doc[k + 3].like_num else k + 3
        return k

    def _skip_adverbs(self, k: int) -> int:
        """Past adverbs and listed adverbial phrases (`notamment`, `pour sa part`) after a verb."""
        doc = self.doc
        while k < len(doc):
            nxt = adjunct_after(doc, k, self.res)
            if nxt == k and not (self.tagged and _adverb(doc[k], self.res)):
                return k
            k = max(nxt, k + 1)
        return k

    def with_participle(self, speaker: tuple[int, int]) -> tuple[int, int]:
        """A source followed by a participial modifier up to a comma: `le quotidien connu pour son
        nationalisme,` is the whole source (a past participle, then no finite verb, within 8 tokens)."""
        doc = self.doc
        s, e = speaker
        if e >= len(doc) or not self.tagged or "Part" not in doc[e].morph.get("VerbForm"):
            return speaker
        _, s_end = self.sentences.bounds(e)
        for j in range(e + 1, min(s_end, e + 9)):
            t = doc[j]
            if t.text == ",":
                return (s, j)
            if t.is_punct or self.quotes.containing(t.idx) is not None or "Fin" in t.morph.get("VerbForm"):
                return speaker
        return speaker

    def _past_comma_aside(self, cue: Cue) -> tuple[int, int] | None:
        """French incise after a quotation with an aside between commas before its subject: `« ... »,
        a déclaré, lors d'une conférence de presse, le maire.`, `», détaille, face aux journalistes, le
        capitaine X`. Only right after a closing quotation mark, and the subject must end the clause."""
        doc = self.doc
        j = cue.first - 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j < 0 or doc[j].text not in ("»", "”", '"'):
            return None
        k = self._skip_adverbs(self._skip_bare_time(self._skip_time_aside(cue.last + 1)))
        _, s_end = self.sentences.bounds(cue.head)
        if k < s_end and _norm(doc[k].text) in ("à", "au", "aux"):
            k = self._past_recipient(k, s_end)  # `», a confié à l'AFP, sous couvert d'anonymat, un diplomate`
        if k >= len(doc) or doc[k].text not in (",", *ASIDE_DASHES):
            return None  # `», détaille - agacé - un conseiller`: dashes close an aside as commas do
        for m in range(k + 1, min(s_end, k + MAX_ASIDE_TOKENS)):
            t = doc[m]
            if t.text in ("«", "»", "“", "”", '"', ".", "!", "?", ":", ";"):
                return None
            if t.text == doc[k].text or t.text == ",":
                right = self.right_np(m + 1, skip_time=True)
                return right if right is not None and self._ends_clause(right[1]) else None
        return None

    def _past_recipient(self, k: int, s_end: int) -> int:
        """The comma closing the phrase of whom the words were said to at k (`à l'AFP`, `au quotidien`),
        or k itself when none closes it within a few words."""
        doc = self.doc
        for j in range(k + 1, min(s_end, k + MAX_RECIPIENT_TOKENS)):
            if doc[j].text == ",":
                return j
            if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
                break
        return k

    def _skip_bare_time(self, k: int) -> int:
        """Past a time phrase with no comma before it (`mardi`, `lundi soir`, `ce matin`, `le 3 juin`)
        right after an incise verb, so that an aside after it can be found (`a assuré mardi, devant
        les élus, la préfète`)."""
        doc = self.doc
        d = date_phrase_end(doc, k, self.res)  # `a assuré le 3 mars 2024, devant les élus, la préfète`
        j = d
        while (
            j < len(doc)
            and j - k < 5
            and (
                self.res.has("time_word", _norm(doc[j].text))
                or doc[j].like_num
                or _norm(doc[j].text) in ("ce", "cet", "cette", "le")
            )
        ):
            j += 1
        return j if j > d and self.res.has("time_word", _norm(doc[j - 1].text)) else d

    def _after_quotation_mark(self, first: int) -> bool:
        """A quotation mark closes right before the verb, or before its comma (`"...," said`)."""
        doc = self.doc
        j = first - 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        return j >= 0 and (doc[j].text[-1:] in "\"”'’" or doc[j].text == "''")

    def _participle_agent(self, cue: Cue) -> tuple[int, int] | None:
        """French: a participle with no auxiliary right before its agent (`une rumeur, démentie par
        la direction régionale`): the noun phrase after `par` is who spoke, not an adjunct to skip."""
        doc = self.doc
        k = cue.last + 1
        if k + 1 >= len(doc) or not self.res.has("passive_agent", _norm(doc[k].text)):
            return None
        if "Part" not in doc[cue.head].morph.get("VerbForm"):
            return None
        return self.right_np(k + 1, skip_time=False)

    def _skip_adjuncts(self, k: int) -> int:
        """Past prepositional phrases between an inverted verb and its subject (`à l'époque`, `à l'AFP`,
        `sur sa chaîne Telegram`): each runs from its preposition to the next determiner, or to the start
        of the next name the entity recogniser found."""
        doc = self.doc
        res = self.res
        _, s_end = self.sentences.bounds(min(k, len(doc) - 1))
        for _ in range(3):
            if res.lang == "fr" and k < s_end and self._anonymity_at(k):
                k = self._past_anonymity(k)  # `», ont affirmé sous couvert d'anonymat deux policiers`
                continue
            if k >= s_end or not res.has("np_stop", _norm(doc[k].text)):
                return k
            j = self._past_article_and_word(k + 1, s_end)  # the phrase's first word
            while j < s_end:
                if res.lang == "fr" and j > k + 1 and self._adjunct_complement(j, s_end):
                    # `au cours d'une entrevue`, `à l'issue de la réunion`: the noun's complement
                    j = self._past_article_and_word(j + 1, s_end)
                    continue
                if self._ends_adjunct(k, j, s_end):
                    break
                j += 1
            if self.res.lang == "fr" and j < s_end and doc[j].text == "(":
                close = next((u.i for u in doc[j + 1 : min(s_end, j + 5)] if u.text == ")"), None)
                if close is not None:
                    j = close + 1  # `à l'Agence France-Presse (AFP) le procureur`: the acronym in brackets
            if (
                j + 1 < s_end
                and doc[j].text == ","
                and self.res.lang == "fr"
                and (res.has("determiner", _norm(doc[j + 1].text)) or doc[j + 1].pos_ == "PROPN")
            ):
                return j + 1  # `a indiqué sur Twitter, le porte-parole du ministère`: a comma closes the adjunct
            if (
                j + 2 < s_end
                and doc[j].text == ","
                and self.res.lang == "fr"
                and res.has("np_stop", _norm(doc[j + 1].text))
                and doc[j + 1].text.islower()
            ):
                k = j + 1  # `a confié au journal, sous couvert d'anonymat, un cadre`: an aside follows
                continue
            if j >= s_end or doc[j].is_punct:
                return k
            k = j
        return k

    def _past_article_and_word(self, j: int, s_end: int) -> int:
        """Past the determiners at j and the word after them (`l'AFP`, `une conférence`)."""
        while j < s_end and self.res.has("determiner", _norm(self.doc[j].text)):
            j += 1
        return j + 1 if j < s_end else j

    def _ends_adjunct(self, k: int, j: int, s_end: int) -> bool:
        """Token j ends the prepositional adjunct opened at k: punctuation, a determiner or a preposition
        opening the next phrase, or the start of a name the recogniser or the given-name list found."""
        doc, res = self.doc, self.res
        t = doc[j]
        return (
            (t.is_punct and not _joined_hyphen(doc, j))
            or (res.has("determiner", _norm(t.text)) and not self._inside_adjunct_name(j))
            or res.has("np_stop", _norm(t.text))
            or (t.ent_iob_ == "B" and doc[j - 1].ent_iob_ in ("B", "I"))
            or (  # `à l'AP Natalia Gebert`: a person's full name starts the subject
                t.ent_iob_ == "B" and t.ent_type_ in ("PER", "PERSON") and j + 1 < s_end and doc[j + 1].ent_iob_ == "I"
            )
            or (t.text[:1].isupper() and res.has("given_name", _norm(t.text)))
            or self._outlet_closed(k, j)
        )

    def _adjunct_complement(self, j: int, s_end: int) -> bool:
        """French: `de`, `d'` or `du` at token j, inside a prepositional adjunct after an incise verb,
        opens the complement of the adjunct's noun (`lors d'une conférence de presse`, `au cours d'un
        entretien`, `dans la nuit de samedi à dimanche`, `au micro de RTL`), not the inverted subject:
        a subject never opens with `de` before an article or a noun. `des` may be the subject's own
        article (`a confié à l'AFP des responsables`), and `d'autres`, `de nombreux` open a subject, so
        those are left to end the adjunct."""
        doc = self.doc
        if _norm(doc[j].text) not in ("de", "d'", "du") or j + 1 >= s_end:
            return False
        nxt = doc[j + 1]
        low = _norm(nxt.text)
        if low in ("de", "d'", "du", "des"):
            return False
        if self.res.has("partitive_subject_word", low):
            return False  # `de nombreux habitants`, `d'autres salariés`: a subject
        return (
            self.res.has("determiner", low)
            or self.res.has("time_word", low)
            or nxt.pos_ in ("NOUN", "PROPN")
            or (nxt.is_alpha and nxt.text[:1].isupper())
        )

    def _foreign_article(self, j: int) -> bool:
        """French: an Italian article opening a title inside a speaker (`la publication il Giornale`,
        `le chroniqueur d'il Fatto Quotidiano`), not the pronoun `il`, which a verb follows; or a
        capitalised French article opening a paper's name after a noun of the press."""
        doc = self.doc
        if self.res.lang != "fr" or j + 1 >= len(doc):
            return False
        nxt = doc[j + 1]
        if not (nxt.text[:1].isupper() and nxt.is_alpha and nxt.pos_ not in ("VERB", "AUX")):
            return False
        if _norm(doc[j].text) == "il":
            return True
        # `le quotidien Le Matin`, `l'hebdomadaire Les Échos`: a capitalised article opening a paper's
        # name after a noun of the press, not the pronoun `le`
        return doc[j].text[:1].isupper() and j > 0 and self.res.is_a("media_noun", doc[j - 1].text, doc[j - 1].lemma_)

    def _clitic_after_subject_pronoun(self, start: int, j: int) -> bool:
        """Token j is a negation or an object or reflexive clitic (`ne`, `s'`, `l'`, `en`) right after a
        subject pronoun opening the phrase (`Il ne s'`): the phrase is the pronoun alone."""
        doc = self.doc
        return (
            j == start + 1
            and _norm(doc[start].text).lower() in SUBJECT_PRONOUNS_FR
            and _norm(doc[j].text).lower() in PRONOUN_CLITICS_FR
        )

    def _listed_title_word(self, j: int) -> bool:
        """French: token j, capitalised mid-sentence after a capitalised article, ends a listed media name
        with it (`Le Soir`, `Le Matin`): the title wins over the time word it also spells."""
        doc = self.doc
        if self.res.lang != "fr" or j < 1 or not doc[j].text[:1].isupper() or doc[j - 1].is_sent_start:
            return False
        if not doc[j - 1].text[:1].isupper():
            return False
        words = [_norm(doc[j - 1].text).lower(), _norm(doc[j].text).lower()]
        return any(self.res.is_phrase(cat, words) for cat in ("media_name", "media_name_cased"))

    def _initial_or_title(self, j: int) -> bool:
        """A one-letter initial (`Antony J. Blinken`) or a listed title (`M.`, `Dr.`) before a full stop,
        which then belongs to the name; an acronym (`UE`, `G7`) ending the sentence does not."""
        word = self.doc[j].text
        return (len(word) == 1 and word.isupper()) or self.res.has("honorific", _norm(word))

    def _outlet_closed(self, prep: int, j: int) -> bool:
        """French: the addressee after `à`/`au` is a listed outlet already whole and a capitalised word
        follows (`a déclaré au Monde Hanitra Rabe`, `a indiqué à l'AFP José X`): the recogniser may run the
        outlet's name into the speaker's, which starts here."""
        doc = self.doc
        if self.res.lang != "fr" or not doc[j].text[:1].isupper() or j - prep > 4:
            return False
        words = [_norm(t.text) for t in doc[prep + 1 : j]]
        while words and self.res.has("determiner", words[0]):
            words = words[1:]  # `à l'AFP`: the list writes `AFP`
        if not words:
            return False
        return any(self.res.is_phrase("media_name", [*article, *words]) for article in ((), ("le",), ("la",)))

    def _inside_adjunct_name(self, j: int) -> bool:
        """`de`/`des` (and `de l'` before a capital) inside a body's name the recogniser found (`au
        Conseil des droits de l'Homme`) links the name's words; it opens no subject there (French)."""
        doc = self.doc
        t = doc[j]
        if self.res.lang != "fr" or t.ent_iob_ != "I":
            return False
        low = _norm(t.text)
        if low in ("de", "d'", "du", "des"):
            return True
        # `de l'Homme`: an article between `de` and a capitalised word of the name
        return (
            low in ("l'", "la", "le")
            and _norm(doc[j - 1].text) in ("de", "d'")
            and j + 1 < len(doc)
            and doc[j + 1].text[:1].isupper()
        )

    def governor_subject(self, cue: Cue) -> tuple[int, int] | None:
        """Subject of the clause a participle hangs on (`Les États-Unis ont envahi ..., affirmant que`)."""
        doc = self.doc
        tok = doc[cue.head]
        s_start, _ = self.sentences.bounds(cue.head)
        adjoined = self._adjoined_person(cue.first, s_start)
        if adjoined is not None:
            return adjoined
        opening = self._subject_after_opening(cue, s_start)
        if opening is not None:
            return opening
        if self.res.lang == "en" and cue.first == cue.head and s_start < cue.head:
            absolute = with_subject(doc, cue.head)  # `with 40 percent of voters saying`
            if absolute is not None:
                return absolute
        narrative = self._narrative_subject(cue, s_start)
        if narrative is not None:
            return narrative
        fronted = self._fronted_subject(cue, s_start) if self.tagged and self.res.lang == "fr" else None
        if fronted is not None:
            return fronted  # `Après avoir rappelé que ..., le préfet a levé l'alerte`
        if self.parsed:
            head = tok.head
            seen = 0
            outside = self.quotes.containing(tok.idx) is None
            if self.res.lang == "en" and self._after_reported_clause(tok, head):
                head = head.head  # `He observed that the country expects a harvest, adding that`
            while head.i != tok.i and seen < 4 and s_start <= head.i:
                # `advised that members "decided to wait", further noting`: a verb inside a quotation
                # the participle stands outside of is the quoted speaker's, not the clause it hangs on
                quoted = outside and self.res.lang == "en" and self.quotes.containing(head.idx) is not None
                found = None if quoted else self._passive_agent(head, cue) or self._subject_from_parse(head)
                if found is not None and s_start <= found[0] < cue.head:
                    return found
                if head.head.i == head.i:
                    break
                tok, head = head, head.head
                seen += 1
        # Without a parse: the noun phrase that opens the sentence.
        if not self.tagged:
            found = self.opening_subject(cue)
            if found is not None:
                return found
        start, _ = self.sentences.bounds(cue.head)
        while start < cue.head and (doc[start].is_punct or doc[start].is_space):
            start += 1
        if self.res.lang == "en":
            start = self._past_opening_phrase(start, cue.first)
        found = self.right_np(start, skip_time=False, max_len=8)
        if found is not None and self.res.lang == "en" and not self.tagged:
            found = self._before_main_verb(found)
        return found

    def _passive_agent(self, verb: Token, cue: Cue) -> tuple[int, int] | None:
        """French: a participle hanging on a passive clause (`Les informations ont été transmises par le
        frère d'un disparu, précisant que`) goes on from the agent, who did the telling, not from the
        passive subject (the thing told); a person as passive subject goes on speaking."""
        if self.res.lang != "fr" or not any(c.dep_ == "aux:pass" for c in verb.children):
            return None
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subject is not None and (
            subject.pos_ in ("PROPN", "PRON")
            or any(self.res.is_a(cat, subject.text, subject.lemma_) for cat in PERSON_CATEGORIES)
        ):
            return None  # `Le maire a été reçu par le ministre, affirmant que`: the person received speaks
        # the first `par` after the verb and before the participle (the parser often hangs the agent on
        # the noun before it, or labels it a plain oblique)
        doc = self.doc
        k = next((t.i for t in doc[verb.i + 1 : cue.first] if self.res.has("passive_agent", _norm(t.text))), None)
        if k is None or any(t.is_punct and t.text != "," for t in doc[verb.i + 1 : k]):
            return None
        found = self.right_np(k + 1, skip_time=False, max_len=8)
        return found if found is not None and found[1] <= cue.first else None

    def _after_reported_clause(self, tok: Token, head: Token) -> bool:
        """English: a participle after a comma that the parse hangs on the complement clause of a verb
        before it (`X observed that A, adding that B`) goes on from that verb's subject, not the
        clause's: the clause ended at the comma."""
        if tok.dep_ != "advcl" or head.dep_ != "ccomp" or head.head.i >= head.i or tok.i < 1:
            return False
        return self.doc[tok.i - 1].text == "," and tok.i > head.i

    def _before_main_verb(self, found: tuple[int, int]) -> tuple[int, int]:
        """English without tags: the subject a participle carries on stops at the main clause's verb
        (`The mayor spoke for an hour, noting ...`: `The mayor`, not the clause). A verb is a lower-case
        inflected form (its lemma differs; not in -s, -ly or -ing) after a noun, not after a determiner, a
        preposition or an adverb (`the retired judge`, `a newly elected mayor` stay whole)."""
        doc = self.doc
        s, e = found
        for j in range(s + 1, e):
            t, before = doc[j], doc[j - 1]
            inflected = t.lemma_.lower() not in ("", t.text) and not t.text.endswith(("s", "ly", "ing"))
            if not t.is_alpha or not t.text.islower() or not inflected:
                continue
            if (
                self.res.has("determiner", _norm(before.text))
                or self.res.has("np_link", _norm(before.text))  # `the role of first lady`
                or self.res.has("determiner", t.lemma_.lower())  # `those killed`
                or before.text.endswith("ly")
                or not before.is_alpha
            ):
                continue
            return s, j
        return found

    def _subject_after_opening(self, cue: Cue, s_start: int) -> tuple[int, int] | None:
        """English: a participle that opens its sentence (`Blaming a "changed" market, the maker is
        cutting ...`, `Citing costs, the council said ...`) hangs on the subject after the comma that
        closes its phrase."""
        doc = self.doc
        k = s_start
        while k < cue.first and (doc[k].is_punct or doc[k].is_space):
            k += 1
        if self.res.lang == "fr":
            return self._french_opening_subject(cue, k)
        if self.res.lang != "en" or k != cue.first or cue.first != cue.head:
            return None
        _, s_end = self.sentences.bounds(cue.head)
        for j in range(cue.head + 1, min(s_end, cue.head + MAX_OPENING_PARTICIPLE)):
            if doc[j].text == "," and self.quotes.containing(doc[j].idx) is None:
                found = self.right_np(j + 1, skip_time=True, max_len=8)
                if found is None or found[0] != j + 1:
                    return None
                return found if self.tagged else self._name_then_verb(found)
            if doc[j].text in (".", ";", ":", "!", "?"):
                return None
        return None

    def _french_opening_subject(self, cue: Cue, k: int) -> tuple[int, int] | None:
        """French: a participle or gerund that opens its sentence (`Notant que ..., le préfet a levé`,
        `Saluant « ... », il a ajouté`, `En rappelant que ..., la ministre`) hangs on the subject of the
        main clause: the first comma outside quotation marks after which a noun phrase (an aside between
        commas may follow it) comes before a finite verb. Commas inside the participle's own content
        (a list) are passed over, since no noun phrase and finite verb follow them."""
        doc = self.doc
        lead = [_norm(t.text) for t in doc[k : cue.head]]
        if cue.head != cue.first or lead not in ([], ["en"], ["tout", "en"]):
            return None
        _, s_end = self.sentences.bounds(cue.head)
        for j in range(cue.head + 1, min(s_end, cue.head + MAX_FRENCH_OPENING)):
            if doc[j].text in (".", ";", "!", "?") and self.quotes.containing(doc[j].idx) is None:
                return None
            if doc[j].text != "," or self.quotes.containing(doc[j].idx) is not None:
                continue
            found = self.right_np(j + 1, skip_time=True, max_len=8)
            if found is None or found[0] != j + 1:
                continue
            m = found[1]
            if m < s_end and doc[m].text == ",":  # `Paul Martin, du syndicat des riverains, réclame`
                m = next((x + 1 for x in range(m + 1, min(s_end, m + MAX_ASIDE_TOKENS)) if doc[x].text == ","), m)
            while m < s_end and _norm(doc[m].text) in FRONTED_CLITICS:
                m += 1
            if m < s_end and is_finite_verb(doc[m]):
                return found
        return None

    def _name_then_verb(self, found: tuple[int, int]) -> tuple[int, int]:
        """Without a tagger: a lower-case word right after a name is its verb (`Schlafly put`, `Trump
        reminded`), unless it links the name on (`Department of Homeland Security`)."""
        s, e = found
        for j in range(s + 1, e):
            low = _norm(self.doc[j].text)
            if (
                self.doc[j].text.islower()
                and self.doc[j - 1].text[:1].isupper()
                and not (self.res.has("np_link", low) or self.res.has("determiner", low))
            ):
                return s, j
        return found

    def _fronted_subject(self, cue: Cue, s_start: int) -> tuple[int, int] | None:
        """French: the sentence opens with the infinitive's frame (`Après avoir rappelé que ...,`, `Avant
        d'ajouter que ...,`: a preposition and the verb group only) and the clause after the frame's
        comma has a noun phrase and then its finite verb: that noun phrase is the speaker."""
        doc = self.doc
        if cue.first - s_start > 2 or doc[s_start].pos_ != "ADP" or _norm(doc[s_start].text) == "sans":
            return None  # `Sans avoir précisé que ...`: nothing was said
        _, s_end = self.sentences.bounds(cue.head)
        comma = next(
            (
                k
                for k in range(cue.last + 1, s_end)
                if doc[k].text == "," and self.quotes.containing(doc[k].idx) is None
            ),
            None,
        )
        if comma is None:
            return None
        np = self.right_np(comma + 1, skip_time=True)
        if np is None or np[0] != comma + 1:
            return None
        k = np[1]
        while k < s_end and _norm(doc[k].text) in FRONTED_CLITICS:
            k += 1
        if k < s_end and is_finite_verb(doc[k]):
            return np
        return None

    def _narrative_subject(self, cue: Cue, s_start: int) -> tuple[int, int] | None:
        """French narrative infinitive: `Et le ministre de déplorer que`, `Le maire de répondre : « »`.
        The noun phrase between the sentence start (past `Et`) and `de` is the speaker; no verb may
        stand between them (the parse hangs the infinitive on that noun). Without `Et`, only before a
        colon: a sentence-opening noun with a `de` + infinitive complement is too often a subject."""
        doc = self.doc
        if self.res.lang != "fr" or cue.first < 2 or _norm(doc[cue.first - 1].text) not in ("de", "d'"):
            return None
        start = s_start
        while start < cue.first and (doc[start].is_punct or doc[start].is_space):
            start += 1
        opened_by_et = start < cue.first and _norm(doc[start].text) == "et"
        if opened_by_et:
            start += 1
        elif cue.last + 1 >= len(doc) or doc[cue.last + 1].text != ":":
            return None  # `La volonté d'affirmer que ... a marqué`: a noun's complement, not a narrative
        if start >= cue.first - 1 or any(t.pos_ in ("VERB", "AUX") for t in doc[start : cue.first - 1]):
            return None
        found = self.left_np(cue.first - 2)
        return found if found is not None and found[0] == start else None

    def narrative_previous_subject(self, cue: Cue, s_start: int) -> tuple[int, int] | None:
        """French narrative infinitive opening its sentence (`Et d'ajouter que`, `Et de poursuivre : « »`)
        after a sentence that quoted no one (`Le maire défend son projet.`): a reader takes the previous
        sentence's subject as the one who goes on speaking. Only `Et de` / `Et d'` right before the verb:
        a bare `De` or `Avant de` opens no narrative; the subject must be a noun, a name or a pronoun."""
        doc = self.doc
        if self.res.lang != "fr" or not self.parsed or cue.first != s_start + 2:
            return None
        if _norm(doc[s_start].text) != "et" or _norm(doc[s_start + 1].text) not in ("de", "d'"):
            return None
        p_start, _ = self.sentences.bounds(s_start - 1)
        roots = [t for t in doc[p_start:s_start] if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
        if len(roots) != 1:
            return None
        found = self._subject_from_parse(roots[0])
        if found is None or not p_start <= found[0] < roots[0].i:
            return None
        return found if doc[found[1] - 1].pos_ in ("NOUN", "PROPN", "PRON") else None

    def _past_opening_phrase(self, k: int, limit: int) -> int:
        """`Speaking at a rally, Trump ..., calling`, `Hours later, she ..., saying`, `WASHINGTON (AFP) -
        Clinton ...`: a sentence-opening adverbial, participle or dateline up to its comma or dash
        names nobody; the subject follows it. Returns the first token after the phrase, or k."""
        doc = self.doc
        if k >= limit:
            return k
        end = next(
            (j for j in range(k + 1, min(limit, k + MAX_OPENING_PHRASE)) if doc[j].text in (",", "-", *DASHES)),
            None,
        )
        if end is None:
            return k
        first, nxt = doc[k], doc[k + 1]
        low = _norm(first.text)
        participle = (
            first.text[:1].isupper() and low.endswith(("ing", "ed")) and nxt.is_alpha and nxt.text.islower()
        )  # `Speaking at`, `Reached by phone`
        dateline = first.text.isupper() and len(first.text) >= 4 and (nxt.text in ("(", "-", *DASHES) or nxt.i == end)
        timed = any(self.res.has("time_word", _norm(doc[j].text)) for j in range(k, end))  # `Hours later,`
        if (
            timed
            and self.res.has("determiner", low)
            and any(
                self._verb_after_noun(j, k) and not self.res.has("time_word", _norm(doc[j].text))
                for j in range(k + 1, end)
            )
        ):
            timed = False  # `The union called off strikes on Saturday, Monday and ...`: a clause, not a time phrase
        if not (participle or dateline or timed or any(self.res.has(c, low) for c in OPENING_PHRASE_CLASSES)):
            return k
        j = end + 1
        while j < limit and (doc[j].is_punct or doc[j].is_space or doc[j].text in ("(", ")")):
            j += 1
        return j if j < limit else k

    def _adjoined_person(self, first: int, s_start: int) -> tuple[int, int] | None:
        """`les propos de Paul Durand accusant le ministre`: a participle with no comma before it
        modifies the noun it follows; when that noun is a person's name or role, that person speaks
        (French; the parse often hangs such a participle higher up)."""
        doc = self.doc
        if self.res.lang != "fr" or not self.tagged or first - 1 <= s_start:
            return None
        prev = doc[first - 1]
        person = ("PER", "PERSON")
        if (
            (prev.pos_ == "PROPN" or prev.ent_type_ in person)
            and prev.text[:1].isupper()
            and prev.ent_type_ in (*person, "")
        ):
            j = first - 1
            while (
                j - 1 >= s_start
                and (doc[j - 1].pos_ == "PROPN" or doc[j - 1].ent_type_ in person)
                and doc[j - 1].text[:1].isupper()
            ):
                j -= 1
            if (
                prev.ent_type_
                or doc[j].ent_type_ in ("PER", "PERSON")
                or self.res.has("given_name", _norm(doc[j].text))
            ):
                return j, first
            return None
        if prev.pos_ == "NOUN" and self.res.is_a("person_noun", prev.text, prev.lemma_):
            return self.left_np(first - 1)
        return None

    def _subject_after_but(self, verb: Token) -> tuple[int, int] | None:
        """English `... to check it but residents of the block said`: the parse may coordinate the
        verb with the first clause's verb (sharing `Police`) when a noun phrase stands between `but`
        and the verb; that noun phrase is the verb's own subject."""
        doc = self.doc
        if verb.i == 0 or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
            return None
        for k in range(verb.i - 2, max(-1, verb.i - 8), -1):
            t = doc[k]
            if t.is_punct or self.quotes.containing(t.idx) is not None:
                return None
            if _norm(t.text) == "but":
                left = self.left_np(verb.i - 1)
                return left if left is not None and left[0] > k else None
        return None

    def _clitic_subject(self, subjects: list[Token], verb: Token) -> Token | None:
        """French: of two subjects the parse gives one verb, a subject pronoun after a noun phrase before
        the verb is the subject (`cette année ils affirment`, `Lundi soir, elle a dit`): the noun phrase is
        a time adverbial or a dislocated topic the pronoun takes up, which coreference reaches anyway."""
        pronoun = subjects[-1]
        if (
            pronoun.pos_ == "PRON"
            and pronoun.i < verb.i
            and _norm(pronoun.text) in self.res.pronouns
            and any(c.pos_ in ("NOUN", "PROPN") and c.i < pronoun.i for c in subjects[:-1])
        ):
            return pronoun
        return None

    def _subject_from_parse(self, verb: Token) -> tuple[int, int] | None:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not c.is_punct and c.lower_ != "-t"]
        subj = subjects[0] if subjects else None
        clitic = self._clitic_subject(subjects, verb) if self.res.lang == "fr" and len(subjects) > 1 else None
        if clitic is not None and _norm(clitic.text) not in NO_SPEAKER_PRONOUNS:
            return clitic.i, clitic.i + 1  # the pronoun alone: no name part before it is its own
        if subj is not None and self.res.lang == "fr" and _norm(subj.text) in FR_NOT_SUBJECTS:
            subj = None  # the subject is shared with the verb this one is coordinated with
        if subj is None and verb.dep_ == "conj" and _predicate(verb.head):
            own = self._subject_after_but(verb) if self.res.lang == "en" else None
            if own is not None:
                return own
            shared = verb.head
            if self.res.lang == "en" and shared.dep_ == "ccomp" and shared.head.pos_ == "VERB":
                # `X said that A was ready and added that B`: the parse hangs `added` on the reported
                # clause; the verb of saying shares the subject of the verb that clause hangs on
                shared = shared.head
            for child in shared.children:
                if child.dep_ in SHARED_SUBJECT_DEPS and not child.is_punct and child.i < verb.i:
                    subj = child
                    break
        if subj is None:
            return None
        if self.quotes.containing(subj.idx) is not None:
            return None
        if subj.lower_ in RELATIVE_WORDS:
            antecedent = verb.head if verb.dep_.startswith(("acl", "relcl")) else None
            if antecedent is None or antecedent.i >= subj.i:
                return self._left_subject(subj.i - 1)
            if self.tagged and antecedent.pos_ in ("VERB", "AUX"):
                # the parser hung the relative clause on a verb: `, se désole l'Arcom (ex-CSA), qui appelle`
                # names the body before the comma; `a eu recours ..., qui` names nobody
                before = self.left_np(subj.i - 2) if subj.i >= 2 and self.doc[subj.i - 1].text == "," else None
                named = before is not None and any(t.pos_ == "PROPN" for t in self.doc[before[0] : before[1]])
                return before if named else None
            subj = antecedent
        # `It said it would appeal`: an active verb's `it` is a body or a document (not `it is said`)
        active_it = subj.lower_ == "it" and subj.dep_ == "nsubj" and all(c.dep_ != "auxpass" for c in verb.children)
        elided_on = (
            self.res.lang == "fr"
            and _norm(subj.text) == "l'"
            and subj.i + 1 < len(self.doc)
            and self.doc[subj.i + 1].lower_ == "on"
        )  # `L'on évoque`: the parse may take the elided article for the subject
        if elided_on or (subj.pos_ == "PRON" and subj.lower_ in NO_SPEAKER_PRONOUNS and not active_it):
            if self.res.lang == "fr" and (elided_on or subj.lower_ == "on"):
                # `Dans l'entourage du ministre, on assure que`; `On assure au ministère que`
                return self._source_adjunct(subj.i) or self._source_after_verb(verb) or self._bare_on(subj, verb)
            return None
        return self.np_from_head(subj)

    def _source_adjunct(self, on: int) -> tuple[int, int] | None:
        """French `on` standing for a source the sentence opens with, before a comma: `Dans l'entourage
        du ministre, on assure que` (an unnamed circle: `dans` + a noun of unnamed sources or of a
        collective), `Du côté de la mairie, on fait valoir que`, `Au ministère, on indique que` (`à` + a
        body). Any other `on` is generic and names nobody."""
        doc = self.doc
        res = self.res
        s_start, _ = self.sentences.bounds(on)
        if on < s_start + 3 or doc[on - 1].text != ",":
            return None
        words = [_norm(t.text) for t in doc[s_start : on - 1]]
        for phrase in [*res.phrase_list("source_adjunct").get(words[0], []), (words[0],)]:
            if tuple(words[: len(phrase)]) != phrase or not res.is_phrase("source_adjunct", list(phrase)):
                continue
            start, end = s_start + len(phrase), on - 1
            if end - start < 1 or end - start > MAX_NP or any(t.is_punct for t in doc[start:end]):
                return None
            heads = [t for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN")]
            if not heads:
                return None
            head = heads[0]
            if phrase == ("dans",):
                ok = any(res.is_a(cat, head.text, head.lemma_) for cat in ("anonymous_head", "group_noun"))
            elif phrase in (("à",), ("au",), ("aux",)):
                ok = any(res.is_a(cat, head.text, head.lemma_) for cat in ("institution_noun", "institution_name"))
            else:
                ok = True
            return (start, end) if ok else None
        return None

    def _bare_on(self, subj: Token, verb: Token) -> tuple[int, int] | None:
        """French `on` with no source named around it: the impersonal pronoun is the speaker (an
        anonymous source, as annotators mark it) when it narrates an act of saying, in a past tense
        (`On avait rapporté que`, `on m'a dit`) or after a fronted phrase closed by a comma that places
        it (`Au parc, on confirme`). The present `on` opening a clause is the writer's generic voice
        (`On observe que`), and `on vous dit`, `si l'on` address the reader or suppose."""
        doc = self.doc
        k = subj.i + 1 if _norm(subj.text) == "l'" else subj.i
        if _norm(doc[k].text) != "on":
            return None
        before = doc[k - 2] if k >= 1 and _norm(doc[k - 1].text) == "l'" and k >= 2 else doc[k - 1] if k else None
        if before is not None and _norm(before.text) in ("si", "s'"):
            return None
        if any(_norm(t.text) in READER_CLITICS for t in doc[k + 1 : verb.i]):
            return None
        past = any(t.dep_.startswith("aux") for t in verb.children if t.i < verb.i) or any(
            tense in verb.morph.get("Tense") for tense in ("Imp", "Past", "Pqp")
        )
        s_start, _ = self.sentences.bounds(k)
        fronted = (
            before is not None
            and before.text == ","
            and before.i > s_start
            and any(t.pos_ == "DET" or _norm(t.text) in ("au", "aux", "du", "des") for t in doc[s_start : before.i])
        )  # a place or a body with its article (`Sur la place, on`), not a bare time phrase (`À terme, on`)
        return (k, k + 1) if past or fronted else None

    def _source_after_verb(self, verb: Token) -> tuple[int, int] | None:
        """French `on` + a verb of saying + where it is said + `que`: `On assure au ministère que`,
        `On indique chez le constructeur que`, `On explique dans l'entourage du maire que`: the place is
        the source, as when it opens the sentence (`_source_adjunct`); checked the same way."""
        doc = self.doc
        res = self.res
        _, s_end = self.sentences.bounds(verb.i)
        k = self._skip_adverbs(verb.i + 1)
        if k >= s_end:
            return None
        word = _norm(doc[k].text)
        end = next(
            (t.i for t in doc[k + 1 : min(s_end, k + 1 + MAX_NP)] if res.has("complementizer", _norm(t.text))), None
        )
        if word not in ("à", "au", "aux", "chez", "dans") or end is None or end - k < 2:
            return None
        if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[k + 1 : end]):
            return None
        heads = [t for t in doc[k + 1 : end] if t.pos_ in ("NOUN", "PROPN")]
        if not heads:
            return None
        head = heads[0]
        if word == "dans":
            kinds: tuple[str, ...] = ("anonymous_head", "group_noun")
        else:
            kinds = ("institution_noun", "institution_name")
        if not (
            any(res.is_a(kind, head.text, head.lemma_) for kind in kinds) or (word == "chez" and head.pos_ == "PROPN")
        ):
            return None
        return k + 1, end

    def np_from_head(self, head: Token) -> tuple[int, int]:
        """The head's phrase: determiners and modifiers, complements and an appositive name, but no
        relative or participial clause, and nothing the parser attached across a comma before it."""
        doc = self.doc
        start, end = head.i, head.i + 1
        for child in head.children:
            if child.is_punct and child.text not in OPEN_PAREN + CLOSE_PAREN:
                continue
            dep = child.dep_
            if child.i < head.i:
                if not dep.startswith(LEFT_DEPS):
                    continue
                if any(t.text == "," for t in doc[child.i : head.i]):
                    continue
            elif dep.startswith(("acl", "relcl", "advcl", "parataxis", "cc", "dep", "punct")) or (
                dep == "conj" and child.i - head.i >= 8
            ):
                continue
            sub = list(child.subtree)
            if any(self.quotes.containing(t.idx) is not None for t in (sub[0], sub[-1])):
                continue
            start = min(start, sub[0].i)
            end = max(end, sub[-1].i + 1)
        # A name or title the parser split into pieces: `Le Premier ministre irakien Mohammed Shia al-Sudani`.
        j = start - 1
        s_start, _ = self.sentences.bounds(head.i)
        # `a rendu public un rapport qui`, `outre mesure le gouverneur qui`: an article opens it already
        opened = self.res.lang == "fr" and self._opens_with_article(start, head.i)
        while not opened and j >= s_start and start - j < MAX_NP and self._name_part(doc[j]):
            j -= 1
        if j + 1 < start:
            start = j + 1
            while start < head.i and self.res.has("np_link", _norm(doc[start].text)):
                start += 1
        while end - 1 > start and doc[end - 1].is_punct and doc[end - 1].text not in CLOSE_PAREN:
            end -= 1
        for child in head.children:
            if (
                child.dep_ == "case"
                and start < child.i < head.i
                and child.pos_ == "ADP"
                and _norm(child.text) not in CONTRACTED_ARTICLES
            ):
                start = child.i + 1  # `dimanche matin par le conseiller X, qui`: nothing before its preposition
        while start < end - 1 and (doc[start].is_punct or self.res.has("np_stop", _norm(doc[start].text))):
            start += 1  # `dénoncée par le président qui ...`: the agent's preposition is no part of it
        # never across a paragraph break (a heading the parser joined to the next line)
        for j in range(start, end):
            if "\n" in doc[j].text or "\n" in doc[j].whitespace_:
                if j < head.i:
                    start = j + 1
                else:
                    end = j + (0 if doc[j].is_space else 1)
                    break
        start = self.after_dateline(start, head.i + 1)  # `PARIS (AFP) - Le ministère`, `Santé : la ministre`
        while start < head.i and (doc[start].is_punct or doc[start].is_space):
            start += 1
        if end - start > MAX_NP + 6:
            end = head.i + 1
            start = max(start, head.i - 4)
        return start, end

    def after_dateline(self, start: int, end: int) -> int:
        """Where a speaker span starts once a dateline or rubric before a spaced dash or colon is left
        out (`PARIS - Le ministère` -> `Le ministère`); `start` when there is none or nothing follows.
        French only: English news writes spaced dashes around asides (`X - an old favorite - others`)."""
        if self.res.lang != "fr":
            return start
        for j in range(end - 2, start, -1):
            if self._spaced_break(j):
                return j + 1
        return self._after_time_words(start, end)

    def _after_time_words(self, start: int, end: int) -> int:
        """`Jeudi des sources diplomatiques ont indiqué`, `a déclaré à l'AFP vendredi une source ...
        qui`: a time word (not after `de`) followed by a determiner closes an adjunct of the verb, never a
        word of the subject's phrase (no noun phrase runs `vendredi une`); the phrase starts at the
        determiner."""
        doc = self.doc
        for j in range(end - 2, start - 1, -1):
            if not self.res.has("determiner", _norm(doc[j + 1].text)):
                continue
            if self.res.has("time_word", _norm(doc[j].text)) and not (
                j > start and _norm(doc[j - 1].text) in ("de", "d'", "du", "des")
            ):
                return j + 1
        return start

    def _spaced_break(self, j: int) -> bool:
        """A dash or colon with a space on each side (`PARIS - `, `Santé : `) closes a dateline or a
        rubric, never a word of the phrase (`Jean-Paul`, `l'ex-ministre` are written without spaces)."""
        doc = self.doc
        t = doc[j]
        return t.text in ("-", ":", *DASHES) and bool(doc[j - 1].whitespace_) and bool(t.whitespace_)

    ROLE_LISTS = ("person_noun", "unique_title", "anonymous_head")

    def _lower_given_name(self, start: int, end: int) -> bool:
        """French copy typed in a hurry writes a first name in lower case (`explique sylvie Dupont`): a
        listed given name followed by a capitalised surname is a name, whatever the tagger made of it."""
        doc = self.doc
        first = doc[start]
        return (
            self.res.lang == "fr"
            and first.text.islower()
            and self.res.has("given_name", first.text)
            and start + 1 < end
            and doc[start + 1].text[:1].isupper()
        )

    def _capitalised_name_at(self, start: int, end: int) -> bool:
        """French: a capitalised word opening the phrase after the verb, followed by another capitalised
        word (`, ajoute Raphaël Dumoulin.`), is a person's or a body's name whatever the small model tags
        it (it tags an unfamiliar given name a verb): a verb after the cue would be in lower case."""
        doc = self.doc
        first = doc[start]
        return (
            self.res.lang == "fr"
            and first.is_alpha
            and first.text[:1].isupper()
            and first.pos_ in ("VERB", "AUX", "ADV")
            and start + 1 < end
            and _capitalised(doc[start + 1])
        )

    def _noun_in_verb_tag(self, j: int, start: int) -> bool:
        """French: a word the small model tags a verb inside the phrase is a noun or a name when the word
        before it shows so: a determiner before a word in -ant (`un manifestant`, `une habitante`: nouns
        of person made from a present participle), an article fused with its preposition (`du`, `au`,
        `aux`) before a word with no finite form, or a capitalised word before a capitalised one (the
        second word of a name, `Raphaël Dumoulin`)."""
        doc = self.doc
        t, prev = doc[j], doc[j - 1]
        if self.res.lang != "fr" or not t.is_alpha:
            return False
        if self.res.has("determiner", _norm(prev.text)) and t.lower_.endswith(PERSON_ANT_ENDINGS):
            # the determiner opens the phrase or a complement (`de l'habitant`); after a noun it is a
            # clitic object (`le maire le disant`) and the word a participle
            opens = j - 1 == start or (j - 2 >= start and self.res.has("np_link", _norm(doc[j - 2].text)))
            return opens and t.pos_ == "VERB"
        if j - 1 > start and _norm(prev.text) in FUSED_ARTICLES and "Fin" not in t.morph.get("VerbForm"):
            return True  # `un membre du personnel du musée X` (`musée` tagged a verb): an article makes a noun
        return t.text[:1].isupper() and _capitalised(prev) and j - 1 >= start

    def _role_portfolio(self, j: int) -> bool:
        """`à`/`au`/`aux` after a role noun and before a capitalised portfolio is the role's complement
        (`le conseiller aux Affaires étrangères`, `le commissaire à l'Énergie`), not an adjunct (`à Paris`)."""
        doc = self.doc
        low = _norm(doc[j].text)
        if low not in ("à", "au", "aux") or j == 0:
            return False
        prev = doc[j - 1]
        k = j + 1
        if k < len(doc) and low == "à" and _norm(doc[k].text) in ("la", "l'"):
            k += 1
        if j >= 3 and _norm(doc[j - 2].text) in ("d'", "de") and prev.text[:1].isupper():
            prev = doc[j - 3]  # `la secrétaire d'État aux Affaires politiques`: the role before its own complement
        base = prev.text.rsplit("-", 1)[-1]  # `sous-secrétaire`, `vice-président`
        role = any(self.res.is_a(cat, w, prev.lemma_) for cat in self.ROLE_LISTS for w in {prev.text, base})
        if role and low == "au" and self._office_after(k):
            return True  # `l'adjoint au maire`: the role of a deputy to an office, not an addressee
        if not role or k >= len(doc) or not doc[k].text[:1].isupper() or doc[k].is_punct:
            return False
        portfolio = doc[k]
        if self.res.has("media_name", _norm(portfolio.text)):
            return False  # `a déclaré le maire à l'AFP`: the outlet spoken to, no portfolio
        return not (portfolio.ent_type_ in ("LOC", "GPE") or self.res.is_a("place", portfolio.text, portfolio.lemma_))

    def _office_after(self, k: int) -> bool:
        """A lower-case singular title at token k with no name after it (`au maire`, `au directeur`): the
        office a deputy serves; `au maire Paul Roux`, `aux députés` are people spoken to."""
        doc = self.doc
        if k >= len(doc) or not doc[k].text.islower() or "Plur" in doc[k].morph.get("Number"):
            return False
        if not self.res.is_a("unique_title", doc[k].text, doc[k].lemma_):
            return False
        return k + 1 >= len(doc) or not doc[k + 1].text[:1].isupper()

    def _opens_with_article(self, start: int, head: int) -> bool:
        """The phrase already opens with its article (not `de`, which links a complement): the words
        before it belong to the clause, not to a name the parser split."""
        word = self.doc[start].text
        low = _norm(word)
        # a capitalised article is part of a name (`Marine Le Pen`) or opens the sentence anyway
        article = self.res.has("determiner", low) and low not in ("de", "d'", "des", "du")
        return start < head and word.islower() and article

    def _name_part(self, t: Token) -> bool:
        low = _norm(t.text)
        if t.is_punct and t.text != "-":
            return False
        if self.tagged and t.pos_ in ("VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "PRON", "NUM"):
            if self.res.lang == "en" and t.pos_ in ("PRON", "SCONJ") and low in RELATIVE_WORDS:
                return False  # `a change that residents are calling`, `said that counsel had`: no determiner
            return self.res.has("determiner", low) or t.text == "-" or low in ("al", "el")
        return not (
            self.res.has("clause_boundary", low)
            or (self.res.has("auxiliary", low) and not self.res.has("determiner", low))
        )

    # ------------------------------------------------------------------ token patterns

    def _opens_clause(self, k: int) -> bool:
        """Nothing but punctuation between the start of the sentence (or a closing quote) and token k."""
        doc = self.doc
        s_start, _ = self.sentences.bounds(k)
        j = k - 1
        while j >= s_start:
            t = doc[j]
            if t.is_punct or t.is_space:
                q = self.quotes.containing(t.idx)
                if t.text in ("»", "”", '"', "''") and (q is None or q.outer_end == t.idx + len(t.text)):
                    return True
                j -= 1
                continue
            # `But Asa Khalif, an organizer, said`: a conjunction opening the sentence (without a parse)
            return (
                not self.tagged
                and j == s_start
                and t.text[:1].isupper()
                and self.res.has("clause_boundary", _norm(t.text))
            )
        return True

    def _bare_coordinated_noun(self, j: int) -> bool:
        """French: `et` between two nouns with no article before the second (`des commerçants et
        industries`): one complement inside a noun phrase, not a second clause."""
        doc = self.doc
        return (
            self.res.lang == "fr"
            and self.tagged
            and 0 < j < len(doc) - 1
            and doc[j - 1].pos_ == "NOUN"
            and doc[j + 1].pos_ == "NOUN"
            and doc[j + 1].text.islower()
        )

    def _ends_clause(self, k: int) -> bool:
        """True when the token at k ends a clause (punctuation, end of text, a quote, or a preposition)."""
        doc = self.doc
        if k >= len(doc):
            return True
        t = doc[k]
        low = _norm(t.text)
        if t.is_punct or t.is_space or self.res.has("np_stop", low) or self.res.has("complementizer", low):
            return True
        if self.res.lang == "en" and low in RELATIVE_WORDS:
            return True  # `said a Mexican official who was not authorized to speak`
        if self.res.lang == "fr" and low in FR_RELATIVE_CLOSERS:
            return True  # `», a précisé la préfète qui venait de survoler la zone`
        if self.res.lang == "fr" and k > 0 and self._time_adjunct_at(k):
            return True  # `a déclaré le ministre lundi.`: a date closes the inverted subject
        if self.res.lang == "fr" and self._anonymity_at(k):
            return True  # `a déclaré un diplomate sous couvert d'anonymat`
        if self.res.lang == "fr" and self._incidental_tail(k):
            return True  # `», dit une élue présente hier au musée`: an adjective and where or when
        # `un communiqué publié mardi par X`: a participle modifying the inverted subject
        if self.tagged and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense"):
            return True
        if self.res.lang == "fr" and self.tagged and t.pos_ in ("VERB", "AUX") and low.endswith("ant"):
            return True  # `», confirme l'économiste pointant aussi « ... »`: a present participle follows
        return (
            low.endswith(("é", "ée", "és", "ées")) if self.res.lang == "fr" else low.endswith("ed") and not self.tagged
        )

    def _incidental_tail(self, k: int) -> bool:
        """French: after an inverted subject, a lower-case adjective (or its homograph tagged a verb:
        `présente`) then only adverbs, time words and phrases led by a preposition, up to the sentence
        end: a state of the speaker and where or when (`une élue présente hier au musée`, `un voisin
        furieux ce matin`), no clause of its own. A determiner after the word (`présente un projet`) or
        any other verb makes a clause."""
        doc = self.doc
        if not self.tagged or k >= len(doc):
            return False
        t = doc[k]
        if not (t.is_alpha and t.text.islower() and t.pos_ in ("ADJ", "VERB")):
            return False
        _, s_end = self.sentences.bounds(k)
        if s_end - k > MAX_INCIDENTAL_TAIL:
            return False
        nxt = doc[k + 1] if k + 1 < s_end else None
        if nxt is not None and not (
            nxt.is_punct or nxt.pos_ in ("ADV", "ADP") or self.res.has("time_word", _norm(nxt.text))
        ):
            return False
        for m in range(k + 1, s_end):
            u = doc[m]
            if u.is_punct and u.text not in (".", "!", ","):
                return False
            if u.pos_ in ("VERB", "AUX") and not self.res.has("time_word", _norm(u.text)):
                return False
            if self.res.has("complementizer", _norm(u.text)) or self.quotes.containing(u.idx) is not None:
                return False
        return True

    def _runs_on(self, k: int) -> bool:
        """English, after a comma: an inverted speaker closes the incise (`, said the mayor.`, `, said an
        aide who ...`, `, said a source in the room`); a clause, a `that` or a quotation running on after
        the phrase makes it the verb's object (`X, an aide, told Reuters that ...`, `called it "..."`)."""
        doc = self.doc
        if k >= len(doc):
            return False
        t = doc[k]
        low = _norm(t.text)
        if self.res.has("complementizer", low):
            return True
        if t.is_space or low in RELATIVE_WORDS:
            return False
        if t.is_punct:
            return t.text in OPENING_QUOTES
        return not self.res.has("np_stop", low)

    def _left_subject(self, k: int) -> tuple[int, int] | None:
        """The noun phrase ending at token k, skipping a parenthetical clause between commas."""
        doc = self.doc
        if k < 0:
            return None
        if doc[k].text == ",":
            # `Le responsable, qui a parlé sous couvert d'anonymat, a expliqué`
            # `Le porte-parole du Pentagone, Sean Parnell, a déclaré`
            sent_start = self.sentences.bounds(k)[0]
            j = k - 1
            while j > sent_start and doc[j].text != "," and j > k - 40:
                if self.quotes.containing(doc[j].idx) is not None:
                    return None
                j -= 1
            if j <= sent_start or doc[j].text != ",":
                return None
            inner = (j + 1, k)
            if self.res.lang == "fr" and self.tagged and self._clause_not_aside(inner):
                return None  # `Ce samedi, c'est X qui menace de ..., rapporte Y`: a clause, not an aside
            before = self.left_np(j - 1)
            if before is None:
                return None
            if self.res.lang == "en" and self._age_after_comma(before):
                older = self.left_np(before[0] - 2)  # `Ann Roe, 53, who lives nearby, said`: the age is no one
                before = older if older is not None else before
            if self._is_name(inner):
                return before[0], inner[1]
            return before
        return self.left_np(k)

    def _age_after_comma(self, found: tuple[int, int]) -> bool:
        """A number alone between commas after a phrase (`Ann Roe, 53,`): English news gives a person's
        age so; the person before it is the subject."""
        s, e = found
        return e - s == 1 and self.doc[s].text.isdigit() and s >= 2 and self.doc[s - 1].text == ","

    def _name_follows(self, k: int, limit: int) -> int:
        """End of a name starting at token k that closes the clause (`, Ahmed Benali.`), or 0."""
        doc = self.doc
        j = k
        while (
            j < limit
            and j - k < 5
            and (doc[j].text[:1].isupper() or doc[j].text == "-" or _norm(doc[j].text) in ("al", "el", "de", "ben"))
        ):
            j += 1
        if j == k or not doc[j - 1].text[:1].isupper():
            return 0
        if j < len(doc) and not (doc[j].is_punct or doc[j].is_space):
            return 0
        return j

    def _is_name(self, span: tuple[int, int]) -> bool:
        toks = self.doc[span[0] : span[1]]
        return 0 < len(toks) <= 5 and all(
            t.text[:1].isupper()
            or t.text in ("-",)
            or t.lower_ in ("al-", "al", "de", "von", "van", "ben", "bin", "el", "ibn")
            or t.text.startswith(("al-", "el-"))
            for t in toks
        )

    def left_np(self, k: int) -> tuple[int, int] | None:
        """Walk left from token k over a noun phrase: determiners, adjectives, nouns, names, `de`-links."""
        doc = self.doc
        res = self.res
        end = k + 1
        j = k
        if k < 0:
            return None
        sent_start = self.sentences.bounds(k)[0]
        if self._bare_pronoun(k, sent_start):
            return k, k + 1  # `However they fear`, `At first it did not`: the opening is no part of the subject
        while j >= sent_start and end - j <= MAX_NP:
            t = doc[j]
            low = _norm(t.text)
            if t.text in CLOSE_PAREN:
                m = j - 1
                while m >= sent_start and doc[m].text not in OPEN_PAREN and j - m < 8:
                    m -= 1
                if m >= sent_start and doc[m].text in OPEN_PAREN:
                    j = m - 1
                    continue
                break
            title = self._title_before(j, k, sent_start) if res.lang == "fr" else None
            if title is not None:
                j = title  # `l'étude « Les villes oubliées » du sociologue X`: a title inside the phrase
                continue
            if t.is_punct and t.text not in ("-", "'", "’", "."):
                break
            if res.lang == "fr" and j > sent_start and self._spaced_break(j):
                break  # `PARIS - Le ministère`: a dateline, not a part of the name
            if t.is_punct and t.text == "." and not (j > 0 and len(doc[j - 1].text) <= 2):
                break
            if self.quotes.containing(t.idx) is not None:
                break
            if res.lang == "en" and low in ("and", "or") and self._coordinated_source(j, end):
                j -= 1  # `an official and a labor activist said`: two sources, one subject
                continue
            if res.has("clause_boundary", low) or res.has("complementizer", low):
                break
            if low in ("'s", "’s"):
                j -= 1
                continue
            if low in CLITIC_SUBJECTS or (res.has("auxiliary", low) and not res.has("determiner", low)):
                break
            if res.lang == "fr" and j < k and low in PARTITIVE_WORDS and _norm(doc[j + 1].text) in ("des", "de", "d'"):
                j -= 1  # `L'une des avocates`, `chacun des délégués`: the pronoun heads the subject
                continue
            if self.tagged and t.pos_ in ("VERB", "AUX", "SCONJ", "ADV", "PRON") and not self._pronoun_ok(t, j == k):
                break
            if (
                not self.tagged
                and (low in res.verb_forms or res.has("negation", low) or res.has("modal", low))
                # but `the state Division` holds a noun
                and not (low in res.verb_forms and j > sent_start and res.has("determiner", _norm(doc[j - 1].text)))
            ):
                break
            if (
                not self.tagged
                and not t.text[:1].isupper()
                and t.is_stop
                and not (
                    res.has("determiner", low)
                    or res.has("np_link", low)
                    or res.has("np_word", low)
                    or low in res.pronouns
                )
            ):
                break
            if low in res.pronouns and j < k:
                break
            j -= 1
        start = j + 1
        if res.lang == "fr" and self.tagged:
            start = self._after_adjunct_preposition(start, end)
        # A phrase cannot start with a linking preposition: `de la Défense` -> drop the link.
        while (
            start < end
            and (res.has("np_link", _norm(doc[start].text)) or res.has("np_stop", _norm(doc[start].text)))
            and not res.has("determiner", _norm(doc[start].text))
        ):
            start += 1  # `de la Défense`, `par le président qui a critiqué`: drop the preposition
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        if start >= end:
            return None
        # a determiner is no phrase, but a quantifier stands alone in news (`Many said`, `Most say`)
        lone_quantifier = end - start == 1 and res.has("quantifier_subject", _norm(doc[start].text))
        if all(res.has("determiner", _norm(t.text)) for t in doc[start:end]) and not lone_quantifier:
            return None
        return start, end

    def _coordinated_source(self, j: int, end: int) -> bool:
        """English: `and` at j joins two sources when a determiner opens the phrase after it and the word
        before it is a source's head (a listed kind of speaker, or a name): `an official and a labor
        activist`, `the mayor and two aides`; not `the council voted and the mayor`."""
        doc = self.doc
        if j < 1 or j + 1 >= end:
            return False
        before = doc[j - 1]
        if _capitalised(before) and _capitalised(doc[j + 1]) and self._name_run_opens(j - 1):
            return True  # `Ann Lee and Tom Ray`, `the Minister of Fisheries and Oceans`: one name or two
        if not self.res.has("determiner", _norm(doc[j + 1].text)):
            return False
        low = _norm(before.text)
        if self.tagged:
            return before.pos_ in ("NOUN", "PROPN")
        return any(self.res.is_a(c, low) for c in ("anonymous_head", "person_noun", "group_noun", "institution_noun"))

    def _bare_pronoun(self, k: int, sent_start: int) -> bool:
        """English: a subject pronoun at k heads no longer phrase, unless coordinated (`Ana and I`)."""
        if self.res.lang != "en" or _norm(self.doc[k].text) not in HEAD_PRONOUNS:
            return False
        return k == sent_start or _norm(self.doc[k - 1].text) not in ("and", "or", "nor", "of")

    def _name_run_opens(self, last: int) -> bool:
        """English: the run of capitalised words ending at `last` opens a phrase: after punctuation or a
        quotation (`"...," Ann Lee and`), a determiner, or a preposition of a name (`of`, `from`, `for`,
        `at`: `Minister of Fisheries and`), or at the sentence start; not after a verb or `in` (`arrived in
        Paris and Tom Ray said`)."""
        doc = self.doc
        sent_start = self.sentences.bounds(last)[0]
        m = last
        while m - 1 >= sent_start and _capitalised(doc[m - 1]):
            m -= 1
        if m == sent_start:
            return True  # `Ann Lee and Tom Ray said`
        prev = doc[m - 1]
        low = _norm(prev.text)
        return prev.is_punct or low in NAME_PREPOSITIONS or self.res.has("determiner", low)

    def _title_before(self, j: int, k: int, sent_start: int) -> int | None:
        """French: a short quotation closing at token j between a noun and its `de` complement is a
        title inside the phrase (`l'étude « Les villes oubliées » du sociologue`); the token before the
        noun's quotation, where the walk left goes on, or None."""
        doc = self.doc
        if doc[j].text not in ("»", "”") or j >= k or not self.res.has("np_link", _norm(doc[j + 1].text)):
            return None
        m = j - 1
        while m >= sent_start and doc[m].text not in ("«", "“") and j - m <= TITLE_WORDS:
            if doc[m].text in (".", "!", "?", ":", ";"):
                return None
            m -= 1
        if m <= sent_start or doc[m].text not in ("«", "“") or doc[m - 1].pos_ not in ("NOUN", "PROPN"):
            return None
        return m - 1

    def _after_adjunct_preposition(self, start: int, end: int) -> int:
        """A preposition after an adjective or participle opens an adjunct of the clause, not a
        complement of the phrase (`se sont accrues à la suite d'informations selon lesquelles`); after
        a noun it is a complement (`le conseiller à la Sécurité nationale`)."""
        doc = self.doc
        for m in range(end - 2, start, -1):
            prev = doc[m - 1]
            if (
                self.res.has("np_stop", _norm(doc[m].text))
                and prev.pos_ in ("ADJ", "VERB")
                and prev.text.islower()
                and not any(self.res.has("determiner", _norm(t.text)) for t in doc[start : m - 1])
            ):
                return m
        return start

    def _pronoun_ok(self, t: Token, is_last: bool) -> bool:
        """A personal pronoun can be a whole subject (`Il a ajouté`), not part of a longer phrase."""
        if t.pos_ == "PRON":
            return is_last and _norm(t.text) in self.res.pronouns
        if t.pos_ == "ADV":
            return False
        return False

    def _date_complement_goes_on(self, j: int) -> bool:
        """Token j follows the day number of a date the phrase's own `de` opened (`du 25 | décembre`, `du
        mardi 25 | décembre`): the rest of that date, not an adverbial of the clause."""
        doc = self.doc
        if j < 2 or not doc[j - 1].like_num:
            return False
        k = j - 2
        if self.res.has("time_word", _norm(doc[k].text)) and k > 0:
            k -= 1  # the weekday before the number
        return self.res.has("np_link", _norm(doc[k].text))

    def _time_adjunct_at(self, j: int) -> bool:
        """A listed adverbial phrase (`la semaine dernière`, `la veille`) or a time word (`lundi`) opens at
        token j, not after a preposition (`le conseil de lundi` keeps it)."""
        if self.res.has("np_link", _norm(self.doc[j - 1].text)) or self._foreign_article(j - 1):
            return False  # `le quotidien Le Matin`: a paper's name, not `le matin`
        if self._listed_title_word(j):
            return False  # `selon Le Soir`: the title-case name of a listed paper, not `le soir`
        if self._date_complement_goes_on(j):
            return False  # `la parution du mardi 25 décembre du quotidien X`: the month closes the date
        low = _norm(self.doc[j].text)
        nxt = self.doc[j + 1] if j + 1 < len(self.doc) else None
        if (
            self.res.has("date_prefix", low)
            and nxt is not None
            and (nxt.like_num or self.res.has("time_word", _norm(nxt.text)))
        ):
            return True  # `a rapporté Reuters fin 2016`
        if (
            low == "le"
            and nxt is not None
            and nxt.like_num
            and j + 2 < len(self.doc)
            and self.res.has("time_word", _norm(self.doc[j + 2].text))
        ):
            return True  # `a rapporté Reuters le 26 novembre`: a date, no part of the speaker
        return self.res.has("time_word", low) or adjunct_after(self.doc, j, self.res) > j

    def _object_with_subject(self, cue: Cue, right: tuple[int, int]) -> bool:
        """`Le G7, auquel se sont joints cinq pays, a par ailleurs condamné l'invasion`: after a comma the
        phrase following the verb is its object, not an inverted subject, when the parse gives the verb a
        subject before it, outside any quotation."""
        if self.res.lang != "fr":
            return False
        if self._opens_with_relative_aside(cue):
            return True
        if not self.parsed:
            return False
        verb = self.doc[cue.head]
        if not any(t.dep_ == "obj" and t.head.i == verb.i for t in self.doc[right[0] : right[1]]):
            return False
        s_start, _ = self.sentences.bounds(verb.i)
        # the subject is followed by an aside between commas (`Le G7, auquel ..., a condamné`), unlike
        # a clause that an incise closes (`Le président menace de partir, rapporte la radio`)
        return any(
            c.dep_ in SUBJECT_DEPS
            and s_start <= c.i < cue.first
            and c.pos_ in ("NOUN", "PROPN")
            and self.quotes.containing(c.idx) is None
            and c.i + 1 < cue.first
            and self.doc[c.i + 1].text == ","
            and not self._own_verb_after_aside(c.i + 1, cue.first - 1)
            for c in verb.children
        )

    def _own_verb_after_aside(self, start: int, comma: int) -> bool:
        """Between the subject's comma (`start`) and the comma before the verb, a stretch after a comma
        opens on a finite verb (`Le journal, qui n'a pas paru, sera absent dimanche, a indiqué X`): the
        subject has its own verb, the clause is the content and the verb an incise after it."""
        doc = self.doc
        for j in range(start + 1, comma):
            if doc[j].text != ",":
                continue
            k = j + 1
            if k < comma and _norm(doc[k].text) in ("ne", "n'"):
                k += 1
            if k < comma and doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm"):
                return self.quotes.containing(doc[k].idx) is None
        return False

    def _opens_with_relative_aside(self, cue: Cue) -> bool:
        """The sentence opens with a short noun phrase and a relative aside (`Le G7, auquel ...,`) and the
        verb follows that aside: the opening phrase is the subject, whatever the parse made of it."""
        return self._opening_before_aside(cue) is not None

    def _opening_before_aside(self, cue: Cue) -> tuple[int, int] | None:
        doc = self.doc
        s_start, _ = self.sentences.bounds(cue.head)
        if not self.res.has("determiner", _norm(doc[s_start].text)) or doc[cue.first - 1].text != ",":
            return None
        for j in range(s_start + 1, min(cue.first, s_start + 5)):
            if doc[j].text == ",":
                k = j + 2 if j + 2 < cue.first and _norm(doc[j + 1].text) == "à" else j + 1
                if k >= cue.first or _norm(doc[k].text) not in RELATIVE_OPENERS:
                    return None
                finite = sum("Fin" in t.morph.get("VerbForm") for t in doc[k + 1 : cue.first])
                quoted = any(self.quotes.containing(t.idx) is not None for t in doc[k + 1 : cue.first])
                # one finite verb (the relative's own): no main clause before the verb's comma
                return (s_start, j) if finite <= 1 and not quoted else None
            if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
                return None
        return None

    def _anonymity_at(self, j: int) -> bool:
        """A listed anonymity phrase opens at token j (`un membre du groupe sous couvert d'anonymat`):
        it types the speaker but is no part of the speaker's words."""
        doc = self.doc
        if doc[j].pos_ != "ADP" and _norm(doc[j].text) != "sous":
            return False  # `des sources proches du dossier`: a modifier of the speaker, which it keeps
        return self._past_anonymity(j) > j

    def _past_anonymity(self, j: int) -> int:
        """The token after the longest listed anonymity phrase opening at j; j itself when none opens there."""
        doc = self.doc
        best = j
        for phrase in self.res.phrase_list("anonymity_phrase").get(_norm(doc[j].text), ()):
            if j + len(phrase) <= len(doc) and all(_norm(doc[j + m].text) == w for m, w in enumerate(phrase)):
                best = max(best, j + len(phrase))
        return best

    def _among_them(self, j: int) -> bool:
        """French `d'entre eux` (`elles`, `nous`, `vous`) at j, after a partitive word or a quantifier
        (`l'un d'entre eux`, `plusieurs d'entre elles`): the phrase goes on through the pronoun."""
        doc = self.doc
        if j + 2 >= len(doc) or _norm(doc[j].text) not in ("d'", "de"):
            return False
        return _norm(doc[j + 1].text) == "entre" and _norm(doc[j + 2].text) in AMONG_PRONOUNS

    def ends_clause(self, k: int) -> bool:
        """The token at k closes an inverted subject (read by bare_inversion too)."""
        return self._ends_clause(k)

    def _article_after_noun(self, j: int) -> bool:
        """French: a lower-case article right after a noun, with no preposition between, opens another
        noun phrase (`selon le maire le chantier`, `Pour d'autres le problème`): French joins two noun
        phrases only through a preposition or a comma, so the speaker ends before the article."""
        doc = self.doc
        t, prev = doc[j], doc[j - 1]
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        return (
            self.tagged
            and t.text.islower()
            and _norm(t.text) in ARTICLES_FR
            and prev.pos_ in ("NOUN", "PROPN", "PRON")
            and not prev.is_punct
            # a lower-case noun next: `le journal les Dernières Nouvelles` is a title, `cette source un
            # policier` lists what was said
            and nxt is not None
            and nxt.text.islower()
            and nxt.pos_ in ("NOUN", "ADJ")
            and self._finite_verb_after(j + 2)
        )

    def _finite_verb_after(self, k: int) -> bool:
        """A finite verb within a few words after k, before any punctuation: the new noun phrase is a clause's
        subject (`le chantier a pris`), not an object (`Il ressort de sa poche un papier froissé`)."""
        doc = self.doc
        for t in doc[k : min(len(doc), k + 8)]:
            if t.is_punct:
                return False
            if is_finite_verb(t):
                return True
        return False

    def right_np(
        self, k: int, *, skip_time: bool, max_len: int = MAX_NP, marker: bool = False
    ) -> tuple[int, int] | None:
        """Walk right from token k over a noun phrase (inverted speakers and `selon X`; `marker`: the source
        of a prepositional marker, which ends before an article opening another noun phrase)."""
        doc = self.doc
        res = self.res
        n = len(doc)
        while res.lang == "fr" and k < n and doc[k].is_space and "\n" not in doc[k].text:
            k += 1  # `a déclaré  l'ancien ministre`: a doubled space before the speaker
        if skip_time:
            while k < n and res.has("time_word", _norm(doc[k].text)):
                k += 1
            if res.lang == "fr":
                k = self._skip_date(k)  # `a déclaré ce mardi 28 juin le chancelier`
                k = date_phrase_end(doc, k, res)  # `a indiqué le 3 mars le ministère`: no `le 3` speaker
        start = k
        pointing = self._pointing_pronoun(k) if res.lang == "fr" else None
        if pointing is not None:
            return k, pointing  # `», a précisé ce dernier`, `selon cette dernière`: a pronoun, whatever its tags
        title = self.quoted_title(k) if res.lang == "fr" else None
        if title is not None:
            return title  # `selon « Le Canard enchaîné »`, `, a rapporté "Le Parisien"`: a title in quotation marks
        j = k
        aside = 0  # tokens of bracketed asides, which do not lengthen the phrase
        sent_end = self.sentences.bounds(k)[1] if k < n else n
        while j < min(n, sent_end) and j - start - aside < max_len:
            t = doc[j]
            low = _norm(t.text)
            if t.text in OPEN_PAREN:
                m = j + 1
                while m < n and doc[m].text not in CLOSE_PAREN and m - j < 8:
                    m += 1
                if m < n and doc[m].text in CLOSE_PAREN:
                    if res.lang == "fr":
                        aside += m + 1 - j  # `un surveillant (qui a requis l'anonymat) du centre de X`
                    j = m + 1
                    continue
                break
            if t.text == "," and j > start and self._name_follows(j + 1, sent_end):
                # `a expliqué le directeur du laboratoire, Ahmed Benali.`: keep the appositive name
                j = self._name_follows(j + 1, sent_end)
                break
            abbreviation_dot = (
                t.text == "." and j > start and len(doc[j - 1].text) <= 2 and doc[j - 1].text[:1].isupper()
            )
            if abbreviation_dot and res.lang == "fr" and not self._initial_or_title(j - 1):
                abbreviation_dot = False  # `un porte-parole de l'UE.`, `le G7.`: the full stop ends the sentence
            if t.is_punct and t.text not in ("-", "'", "’") and not abbreviation_dot:
                break
            if t.is_space or self.quotes.containing(t.idx) is not None:
                break
            if j > start and (res.has("clause_boundary", low) or res.has("complementizer", low)):
                # `un responsable américain et deux personnes`: keep a coordinated noun phrase
                if (
                    low in ("et", "and")
                    and j + 1 < n
                    and (
                        res.has("determiner", _norm(doc[j + 1].text))
                        or doc[j + 1].text[:1].isupper()
                        or self._bare_coordinated_noun(j)  # `l'association des commerçants et industries du`
                    )
                ):
                    j += 1
                    continue
                break
            if j > start and res.lang == "fr" and self._among_them(j):
                j += 3  # `regrette l'un d'entre eux`: one of a set the text named before
                continue
            if j > start and res.has("np_stop", low) and not (res.lang == "fr" and self._role_portfolio(j)):
                break
            if j > start and res.lang == "fr" and self._time_adjunct_at(j):
                break  # `a averti la banque centrale la semaine dernière`: the date is no part of the speaker
            if j > start and res.lang == "fr" and self._anonymity_at(j):
                break
            if marker and j > start and res.lang == "fr" and self._article_after_noun(j):
                break  # `Selon le maire le chantier a pris du retard`: no comma, a new noun phrase opens
            if (
                self.tagged
                and t.pos_ in ("VERB", "AUX", "SCONJ")
                and j > start
                and not self._noun_in_verb_tag(j, start)
            ):
                break
            if not self.tagged and j > start and (low in res.verb_forms or low in res.verb_lemmas):
                prev = doc[j - 1]
                if not (t.text[:1].isupper() and prev.text[:1].isupper()) and not res.has(
                    "determiner", _norm(prev.text)
                ):
                    break  # but `the Rothenberg Political Report` is a name, `the state Division` a noun
            if not self.tagged and j > start and res.has("auxiliary", low) and not res.has("determiner", low):
                break
            if j > start and low in res.pronouns and not self._foreign_article(j):
                break
            if j > start and res.lang == "fr" and self._clitic_after_subject_pronoun(start, j):
                break  # `Il ne s'en cache pas :`: the negation and the clitic are the verb's, not the speaker's
            j += 1
        end = j
        while end > start and res.has("np_link", _norm(doc[end - 1].text)):
            end -= 1
        if end <= start:
            return None
        if res.is_phrase("people_pronoun", [_norm(t.text).lower() for t in doc[start:end]]):
            return start, end  # `Pour certains, ...`, `», affirment d'autres`: unnamed people
        if res.is_phrase("unnamed_one", [_norm(t.text).lower() for t in doc[start:end]]):
            return start, end  # `», confie un autre`, `répond l'une`: one unnamed person
        lone_quantifier = end - start == 1 and res.has("quantifier_subject", _norm(doc[start].text))
        if all(res.has("determiner", _norm(t.text)) for t in doc[start:end]) and not lone_quantifier:
            return None  # but `", added another.`, `said many`: a quantifier stands alone
        if self.tagged and not any(
            t.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X")
            or t.text[:1].isupper()
            or res.has("media_name", _norm(t.text))
            or (t.i > start and self._noun_in_verb_tag(t.i, start))
            for t in doc[start:end]
        ):
            return None  # `un peu plus tôt`: no noun, no speaker (but `franceinfo` tagged an adjective is one)
        first = doc[start]
        if first.is_punct or (
            self.tagged
            and first.pos_ in ("VERB", "AUX", "SCONJ", "ADP", "ADV")
            and not res.has("determiner", _norm(first.text))
            and not self._lower_given_name(start, end)
            and not self._capitalised_name_at(start, end)
        ):
            return None  # `expliquait ainsi à la veille`: an adverb opens no speaker
        if res.has("np_stop", _norm(first.text)) or res.has("clause_boundary", _norm(first.text)):
            return None
        return start, end

    def quoted_title(self, k: int) -> tuple[int, int] | None:
        """French: a title set in quotation marks where a source's noun phrase is expected (`selon « Le
        Monde »`, `d'après le "Financial Times"`, `a rapporté "Le Parisien"`): the words inside the marks,
        at most `MAX_QUOTED_TITLE` of them, none a finite verb or punctuation, the first capitalised; an
        article before the marks, a capitalised article opening the title or a listed outlet's name shows
        it is a title, not a quoted word (`a répondu « Jamais »`). None otherwise."""
        doc = self.doc
        n = len(doc)
        determiner = k < n and self.res.has("determiner", _norm(doc[k].text)) and doc[k].text.islower()
        m = k + 1 if determiner else k
        if m + 1 >= n or doc[m].text not in TITLE_MARKS:
            return None
        q = self.quotes.containing(doc[m].idx)
        if q is None or q.outer_start != doc[m].idx:
            return None
        words = [t for t in doc[m + 1 : n] if t.idx < q.end and not t.is_space]
        if not words or len(words) > MAX_QUOTED_TITLE or not words[0].text[:1].isupper():
            return None
        if any(is_finite_verb(t) or (t.is_punct and t.text not in ("-", "'", "’")) for t in words):
            return None
        first = _norm(words[0].text)
        title = " ".join(_norm(t.text) for t in words)
        if not (determiner or first in TITLE_ARTICLES or self.res.has("media_name", title)):
            return None
        return words[0].i, words[-1].i + 1

    def _pointing_pronoun(self, k: int) -> int | None:
        """French: the end of a listed pronoun of several tokens opening at k (`ce dernier`, `celle-ci`
        split at its hyphen, `l'intéressé`), which the tagger often reads as a determiner and an
        adjective or a participle, so the noun-phrase walk finds no noun in it. Not when a noun or an
        adjective follows: then `dernier` qualifies it (`ce dernier point`, `ces derniers jours`)."""
        doc = self.doc
        n = len(doc)
        for size in (3, 2):
            if k + size > n or any(t.is_space or t.is_sent_start for t in doc[k + 1 : k + size]):
                continue
            words = [_norm(t.text).lower() for t in doc[k : k + size]]
            if " ".join(words) not in self.res.pronouns and "".join(words) not in self.res.pronouns:
                continue
            after = doc[k + size] if k + size < n else None
            if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and after.text[:1] not in "-‑":
                return None
            return k + size
        return None


SUBJECT_PRONOUNS_FR = ("il", "elle", "ils", "elles", "on")
PERSON_ANT_ENDINGS = ("ant", "ante", "ants", "antes")  # `manifestant`, `habitante`: nouns made from participles
# French words that stand between a subject pronoun and its verb: the negation and the object clitics
PRONOUN_CLITICS_FR = (
    "ne", "n'", "se", "s'", "le", "la", "les", "l'", "lui", "leur", "en", "y", "me", "m'", "nous", "vous",
)  # fmt: skip
TIME_OPENERS = ("last", "next", "this", "on", "early", "late", "earlier")  # before an English time word
HEAD_PRONOUNS = ("he", "she", "they", "we", "i", "it")  # English subject pronouns: a whole subject alone
NAME_PREPOSITIONS = ("of", "from", "for", "at")  # inside an English title or affiliation before `and`


def _capitalised(t: Token) -> bool:
    """A word in title case or capitals (a name's word, `NHS`), not a number or punctuation."""
    return t.is_alpha and t.text[:1].isupper()


def _joined_hyphen(doc: Doc, j: int) -> bool:
    """A hyphen inside a compound name (`France-Presse`, `Nice-Matin`): no space on either side."""
    return doc[j].text == "-" and j > 0 and not doc[j - 1].whitespace_ and not doc[j].whitespace_


def _adverb(tok: Token, res: Resources) -> bool:
    """A lower-case adverb, or a French word in -ment the small model tags a verb or an adjective
    (`», répète inlassablement le maire`); `gouvernement`, a noun, keeps its tag."""
    if not tok.text.islower():
        return False
    if tok.pos_ == "ADV":
        return True
    return res.lang == "fr" and tok.pos_ in ("VERB", "ADJ") and tok.lower_.endswith("ment") and len(tok) > 6


def _predicate(head: Token) -> bool:
    """A head whose subject a coordinated verb shares: a verb, or a copular predicate (`sont inquiets`),
    which the French parse makes the head of its clause, or a verb the small model tagged an adverb or a
    noun but parsed with its subject (`Les employés en grève réclament ... et dénoncent`)."""
    french = head.lang_ == "fr"
    return head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" or (french and c.dep_ == "nsubj") for c in head.children)
