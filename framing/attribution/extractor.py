"""Put the pieces together: cues -> speaker -> content -> type -> coreference -> Attribution + Quote.

`extract_attributions(doc, resources, quote_marks)` is a plain function over a parsed (or merely
tokenised) Doc; the spaCy component in `framing.components.attribution` calls it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..derived import participle_verb
from ..matching import norm as _norm
from ..quotes import QuoteIndex, QuoteMark
from ..token_table import token_table
from ..types import Attribution, Quote
from .agentless import find_agentless
from .annotations import has, is_finite_verb, is_infinitive
from .asked import find_asked
from .bare_inversion import bare_inversion, member_incise_speaker, quoted_incise_speaker
from .beliefs import speechless_beliefs
from .claim_nouns import find_claim_nouns
from .colon import colon_candidates, headline_candidates
from .content import DATE_DETERMINERS, MEDIUM_PREPOSITIONS, Content, ContentFinder, date_word, shaped
from .coordinated_sources import coordinated_sources, opens_listed_source
from .coref import Mention, resolve, retyped_inner_pronoun, unresolved_pronoun_type
from .cues import (
    CLITIC_SUBJECTS,
    CONTRACTED_AUXILIARIES,
    INFINITIVE_CLITICS,
    PAST_PARTICIPLE_ENDINGS,
    SUBJECT_PRONOUNS,
    Cue,
    adjunct_after,
    aux_before_aside,
    find_cues,
    phrasal_last,
    que_follows,
    reflexive_group,
    saying_verb_at,
    shares_auxiliary,
)
from .duplicates import drop_same_content
from .evidential import find_evidentials
from .floating import floating_attributions
from .fragments import fragment_attributions, tagged_words
from .headings import heading_candidates
from .heard import find_heard
from .introduced_en import introduced_quotations
from .learnt import find_learnt
from .linking import link_quotes
from .name_runs import whole_name_run
from .nested import drop_nested_stances
from .nested_quotes import INSIDE_QUOTATION_KEY, NO_CUE_RULES, nested_attributions
from .nested_quotes_en import nested_quote_attributions
from .next_speaker import next_speaker_attributions
from .object_attribute import attribute_after
from .other_senses import (
    figure_object,
    names_people,
    passive_by,
    relative_antecedent,
    reports_a_clause,
    someone_in,
    thing_object,
)
from .outlet_sources import after_fused_article, source_of_outlet
from .paragraph_quotes import split_paragraph_quotes
from .prior_speaker import floating_to_introduced, prior_speaker_attributions
from .quote_profile import has_finite_verb, voiceless_object
from .quoted_object import quoted_object_candidates
from .relative_cues import end_relative_contents
from .resources import POSSESSIVE_DETERMINERS, Resources
from .second_sources import cited_object, fronted_relay, relay_agent, voice_of
from .sentences import Sentences
from .spaces import with_original_words, without_no_break_spaces
from .speaker_types import PRONOUN, SpeakerInfo, classify, is_quoted_title
from .speakers import FR_NOT_SUBJECTS, MAX_NP, SpeakerFinder
from .split_quotes import join_split_quotes
from .stance_adjectives import find_stance_adjectives
from .unlisted_speaker import unlisted_speakers_as_people

EVIDENCE_HEAD_WINDOW = 3  # `One sample taken`, `Early indications`: the noun comes within three words
MAX_SOURCE_TRAIL = 8  # `In a poll released Monday by the paper,`: words after a marker's noun, to the comma
MARKER_TRAILING_LINKS = ("et", "mais", "ou", "qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles")
MAX_RELATIVE_ASIDE = 16  # tokens of `, qui a fait le point mardi,` after a marker's source
MAX_QUOTED_NAME_CHARS = 40  # `une information du « Temps »`: an outlet's name in quotation marks
# Articles and demonstratives of a date (`le`, `ce`), not counted as its words by `_date_words_before`.
DATE_OPENERS = ("le", "la", *DATE_DETERMINERS)
MAX_APPOSITION_WORDS = 12  # `Michael Fiaux, porte-parole du département, confirmant`: the role between the commas
OBJECT_CLITICS = ("l'", "les")  # `à l'en croire`, `à les entendre`: the source as an object pronoun
MAX_OPENING_TRAIL = 12  # French `Selon un rapport de X (ACAI) datant de 2018,`: tokens after the source, to the comma
MAX_AS_OBJECT_WORDS = 12  # `sees the vote in the fall as a test`: `as` within the object's first words
MAX_SUBJECT_GAP = 40  # tokens between a speaker and its verb still shown as one cue
RELAY_WINDOW = 12
MAX_SOURCE_LIST = 30  # tokens of a list of coordinated sources after a passive's agent
ADDRESSEE_PREPOSITIONS = ("à", "au", "aux")  # `annoncée à l'AFP par X`: the addressee before the agent
SECOND_RULES = ("relayed_source", "confirmed_report", "second_source")  # records of a second source
GERUND_MARKERS = ("en", "tout")  # `, tout en ajoutant que`: before a French gerund
FRONTED_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")  # `Sollicitée par l'AFP, une source a dit ...`
INVERSION_TAIL = 5  # tokens between an inverted speaker and a participle going on from it (comma included)
MAX_OPENING_WORDS = 8  # words of a sentence-opening phrase (`In a later vote on the bill,`)
OPENING_CATEGORIES = ("np_stop", "trailing_word", "time_word", "adverb", "question_time", "adjunct_opener")
NUMBER_WORD = re.compile(r"\d[\d,.]*")  # `12`, `1,500`, `2.5`: a count, not a clock time (`10am`)
MIN_WORDS_AFTER_COUNT = 3  # `At least 12 people died`: a clause goes on after the number
CLOCK_WORD = re.compile(r"[ap]\.?m\.?|o'clock|gmt|utc|bst|hours?|h")  # `At 10 a.m.`: a time, not a count
# A reaching verb's participle -> its infinitive (`contactées` -> `contacter`, `jointe` -> `joindre`).
REACHED_ENDINGS = (
    ("ées", "er"),
    ("és", "er"),
    ("ée", "er"),
    ("é", "er"),
    ("intes", "indre"),
    ("ints", "indre"),
    ("inte", "indre"),
    ("int", "indre"),
)
QUOTE_MARKS = ('"', "“", "”", "‘", "''")  # a quotation makes the words before the subject what was said
MAX_INCISE_GAP = 16  # tokens between a subject after a quotation and its verb (an appositive)
RELATIVE_WORDS = ("who", "whom", "which", "whose", "where")
MAX_RELATIVE_VERB_REACH = 4  # words from `qui` to its verb of saying (`qui a aussitôt évoqué`)
DATELINE_DASHES = ("--", "—", "–")  # a spaced dash closing an English dateline (`LAGOS – The ministry`)
BACK_PRONOUNS = ("that", "this")  # `That's according to X.`: the sentence before is what X reports
BACK_COPULAS = ("'s", "is", "was")
DUMMY_SUBJECTS = ("it", "there")  # English subjects that are also objects: a clause only before an auxiliary
PERIOD_LEADS = ("on", "last", "this", "next", "early", "late")  # before a day or a period after `said`
MAX_ASIDE_TOKENS = 14  # tokens of an aside between a verb and `, that` (`said, among other things, that`)
CONTRARY_TO_CLAIM = re.compile(r"(?:contrairement|à l'inverse|au contraire) (?:à|de) ce qu(?:e |')\s*$")
MAX_ADJUNCT_TOKENS = 20  # French: tokens of a verbless adjunct between `Comme l'a dit X,` and a colon
SHORT_OPENING = 40  # words before a mid-sentence `according to X,`: PolNeAR takes the whole sentence after any opening

# Personal pronouns that stand for a person even when no antecedent is found (French).
UNRESOLVED_PERSON = ("il", "elle", "lui", "ils", "elles", "eux")

# Prepositions of a passive reporting verb's complement before its agent (`qualifié de X par Y`).
PASSIVE_COMPLEMENTS = ("de", "d'", "comme")
# French prepositions opening the medium or occasion of speech between an incise verb and its quotation.
MAX_MEDIUM_TOKENS = 6
# Tokens on either side of a reporting cue searched for an anonymity phrase.
ANONYMITY_WINDOW = 40


# French endings of nouns for people (agent and origin nouns), for the ones no list holds
PERSON_SUFFIXES = ("eur", "euse", "rice", "ier", "ière", "iste", "ant", "ante", "ien", "ienne", "ais", "aise", "aire")


def _person_in(span: Span, res: Resources) -> bool:
    """A word of the span the recogniser tags a person, or a listed given name written capitalised."""
    return any(
        t.ent_type_ in ("PER", "PERSON") or (t.text[:1].isupper() and res.has("given_name", _norm(t.text)))
        for t in span
    )


@dataclass
class Candidate:
    cue: Cue
    speaker: tuple[int, int]
    start: int  # cue span, characters
    end: int
    content: Content | None
    rule: str
    mention: Mention | None = None
    relays_anonymous: bool = False
    outlet_source: bool = False  # the source an outlet learnt the claim from (`a appris X de Y`): Y speaks


ROLE_KINDS = ("person_noun", "unique_title", "unnamed_role")  # the first word of a source's role
MAX_ROLE_TOKENS = 14
MAX_RELATIVE_GAP = 6  # `, dont le porte-parole du cabinet a confirmé`: words between the pronoun and the verb
RESUMING_CLITICS = (
    "ne",
    "n'",
    "se",
    "s'",
    "y",
    "en",
    "le",
    "la",
    "les",
    "l'",
    "lui",
    "leur",
)  # `président de la Fédération nationale des transports de voyageurs`


class Extractor:
    def __init__(self, doc: Doc, res: Resources, marks: list[QuoteMark]) -> None:
        self.doc = doc
        self.res = res
        self.marks = marks
        self.index = QuoteIndex(marks)
        self.sentences = Sentences(doc, res, marks)
        self.speakers = SpeakerFinder(doc, res, self.index, self.sentences)
        self.contents = ContentFinder(doc, res, marks, self.sentences)
        self._last: Candidate | None = None
        self._speakerless: list[Attribution] = []  # agentless passives: said, by nobody named
        self._types: dict[tuple[int, int, bool], SpeakerInfo] = {}  # classify's memo for this Doc

    def run(self) -> tuple[list[Attribution], list[Quote]]:
        candidates: list[Candidate] = []
        taken_until = -1
        for cue in find_cues(self.doc, self.res, self.index):
            cand = self._candidate(cue)
            if cand is None:
                continue
            if self.res.lang == "fr" and cand.cue.term.media_subject:
                self._source_of_outlet(cand)
            self._source_after_on(cand)
            if self.res.lang == "fr" and cand.rule == "subject_verb" and self._second_participle(cue):
                cand.start = self.doc[cue.first].idx  # `a rappelé X et précisé`: the second verb alone
            if cand.start < taken_until:
                # a verb sharing the previous attribution's subject (`a dénoncé ... et a annoncé`): its
                # cue is then the verb alone; any other overlap is the same attribution found twice
                verb_start = self.doc[cue.first].idx
                if verb_start < taken_until or cand.rule != "subject_verb":
                    continue
                cand.start = verb_start
            candidates.append(cand)
            self._last = cand
            taken_until = cand.end
        taken = [(c.content.start, c.content.end) for c in candidates if c.content is not None]
        for found in colon_candidates(self.doc, self.res, self.marks, self.speakers, taken, self._types):
            candidates.append(Candidate(found.cue, found.speaker, found.start, found.end, found.content, "colon"))
        taken += [(c.content.start, c.content.end) for c in candidates if c.content is not None]
        for found in heading_candidates(self.doc, self.res, self.marks, self.speakers, taken, self._types):
            candidates.append(Candidate(found.cue, found.speaker, found.start, found.end, found.content, "heading"))
        taken += [(c.content.start, c.content.end) for c in candidates if c.content is not None]
        for found in quoted_object_candidates(
            self.doc, self.res, self.marks, self.speakers, self.contents, taken, self._types
        ):
            candidates.append(
                Candidate(found.cue, found.speaker, found.start, found.end, found.content, "quoted_object")
            )
        taken += [(c.content.start, c.content.end) for c in candidates if c.content is not None]
        for found in headline_candidates(self.doc, self.res, self.speakers, taken, self._types):
            # a title-case verb inside the claim (`State Budget Will ...`) is no cue of its own
            candidates = [c for c in candidates if not found.content.start <= c.start < found.content.end]
            candidates.append(Candidate(found.cue, found.speaker, found.start, found.end, found.content, "headline"))
        candidates.sort(key=lambda c: c.start)
        if self.res.lang == "en":
            self._stop_before_with_participle(candidates)
        self._stop_before_next_speaker(candidates)
        if self.res.lang == "fr":
            for cand in candidates:
                self._end_relative_clause(cand)
        mentions = []
        for cand in candidates:
            self._past_dateline(cand)
            if self.res.lang == "en":
                self._subject_after_dateline(cand)
            else:
                self._whole_name(cand)
                self._stop_before_reached(cand)
            s, e = cand.speaker
            # anonymity phrases sit between the speaker and its verb (`X, qui a parlé sous couvert
            # d'anonymat, a dit`); bounding the window keeps run-on text linear
            # or open the sentence before the speaker (`Sous couvert d'anonymat, des habitants racontent`)
            opening = min(s, cand.cue.first)
            if self.res.lang == "fr":
                opening = min(opening, self.sentences.bounds(opening)[0])
            context = (
                max(opening, cand.cue.first - ANONYMITY_WINDOW),
                min(max(e, cand.cue.last + 1), cand.cue.last + 1 + ANONYMITY_WINDOW),
            )
            info = classify(self.doc, s, e, self.res, context, self._types)
            if cand.outlet_source and info.type == "named_person" and after_fused_article(self.doc, s):
                info = replace(info, type="institution")  # `auprès du SRPJ`: a body, no person's name
            cand.mention = Mention(s, e, info, cand.cue.first, after_marker=cand.cue.kind == "marker")
            mentions.append(cand.mention)
        candidates = [
            c
            for c in candidates
            if not self._thing_as_subject(c)
            and not self._figure_act(c)
            and not self._author_speaks(c)
            and not self._outside_complement(c)
            and not self._outside_object(c)
            and not self._pronoun_names_nobody(c)
            and not self._no_as_object(c)
            and not self._contrary_to_claim(c)
            and not self._no_speech_shape(c)
            and not self._perceived_only(c)
            and not self._act_asked(c)
            and not self._learnt_by_non_media(c)
            and not voiceless_object(self.doc, c.content, self.res, self.doc[c.cue.first].idx)
        ]
        beliefs = speechless_beliefs(self.doc, self.res, self.marks, [c.cue for c in candidates], self.sentences.bounds)
        candidates = [c for i, c in enumerate(candidates) if i not in beliefs]
        mentions = [c.mention for c in candidates if c.mention is not None]
        resolve(self.doc, mentions, self.res, self.speakers)
        for cand in candidates:  # `X, who said`: the relative pronoun stands for X
            ante = self.speakers.antecedents.get(cand.speaker)
            if ante is not None and self.res.lang == "fr":
                ante = (self.speakers.after_dateline(*ante), ante[1])
            if ante is not None and cand.mention is not None:
                info = classify(self.doc, ante[0], ante[1], self.res, memo=self._types)
                cand.mention.antecedent = Mention(ante[0], ante[1], info, cand.cue.first)
        attributions = [self._attribution(c) for c in candidates]
        if self.res.lang == "fr":  # second sources of the candidates' claims, one record per source
            primary = list(zip(candidates, attributions, strict=True))
            attributions += [a for a in (self._relayed_source(c, a) for c, a in primary) if a is not None]
            attributions += [a for a in (self._confirmed_report(c, a) for c, a in primary) if a is not None]
            # `a appris Reuters de sources X`: no record of the outlet's own (outlet_sources.py)
            known = {a.speaker_start for a in attributions if a.speaker_start is not None}
            attributions += [a for a in (self._second_source(c, a, known) for c, a in primary) if a is not None]
            for i, cand in enumerate(candidates):  # `selon X et Y`: one record per coordinated source
                per_source = self._per_source(cand, attributions[i])
                if per_source:
                    attributions[i] = per_source[0]
                    attributions += per_source[1:]
        attributions += self._speakerless
        attributions = join_split_quotes(self.contents.text, self.marks, attributions, self.res.lang)
        attributions += floating_attributions(self.contents.text, self.marks, attributions)
        if self.res.lang == "en":  # `He said: "A ¶ "B`: one record per reopened paragraph
            attributions = split_paragraph_quotes(self.contents.text, self.marks, attributions)
            if self.marks:  # a quoted paragraph after narration that brings a person in
                attributions = introduced_quotations(
                    self.doc, self.res, self.contents.text, self.marks, attributions, self._types
                )
        if self.res.lang == "fr" and self.marks:  # no quotation, no fragment: skip the tagged words
            tagged = tagged_words(self.doc, self.res)
            attributions += fragment_attributions(self.contents.text, self.marks, attributions, tagged)
            attributions += prior_speaker_attributions(
                self.doc, self.res, self.contents.text, self.marks, attributions, self.speakers, self._types
            )
            attributions = floating_to_introduced(
                self.doc, self.res, self.contents.text, self.marks, attributions, self.speakers, self._types
            )
        attributions += self._evidentials(attributions)  # after floating quotes: they name no speaker to carry on
        attributions += self._heard(attributions)
        attributions += self._agentless(attributions)
        attributions += self._learnt(attributions)
        attributions += self._questions(attributions)
        attributions += self._claim_nouns(attributions)
        attributions += self._stance_adjectives(attributions)
        attributions = [a for a in attributions if not self._no_comment(a) and not self._nothing_said(a)]
        attributions = end_relative_contents(self.doc, self.res, self.index, attributions, self.contents.tagged)
        if self.res.has("quote_profile", "voiceless_out"):
            attributions = [a for a in attributions if a.gives_voice]  # a quote extractor's count (optional lexicon)
        attributions = drop_nested_stances(attributions, self.res)
        attributions.sort(key=lambda a: a.start)
        attributions = drop_same_content(attributions, self.res)
        quotes = link_quotes(self.contents.text, self.marks, attributions)
        return attributions, quotes

    def _past_dateline(self, cand: Candidate) -> None:
        """`PARIS (AFP) - Le ministère a indiqué`: the speaker (and a cue opening on it) starts after a
        dateline or rubric the subject's walk took in, whatever rule found the speaker."""
        s, e = cand.speaker
        cut = self.speakers.after_dateline(s, e)
        if cut == s:
            return
        if cand.start == self.doc[s].idx:
            cand.start = self.doc[cut].idx
        cand.speaker = (cut, e)

    def _whole_name(self, cand: Candidate) -> None:
        """French: a speaker that cuts a hyphenated or function-word name (`l'UFC-` | `Que Choisir`) takes the
        whole run (name_runs.py); the cue follows a widened edge it shared, and a content that started on the
        name's tail starts after it."""
        doc = self.doc
        s, e = cand.speaker
        limit = cand.cue.first if e <= cand.cue.first else self.sentences.bounds(s)[1]
        ns, ne = whole_name_run(doc, (s, e), limit, self.res)
        if (ns, ne) == (s, e):
            return
        if cand.start == doc[s].idx:
            cand.start = doc[ns].idx
        old_end = doc[e - 1].idx + len(doc[e - 1].text)
        new_end = doc[ne - 1].idx + len(doc[ne - 1].text)
        if cand.end == old_end:
            cand.end = new_end
        content = cand.content
        if content is not None and old_end <= content.start < new_end:
            if new_end >= content.end:
                return  # the content was the name's tail: leave the record as it was found
            tail = doc.text[new_end : content.end]
            cand.content = replace(content, start=new_end + len(tail) - len(tail.lstrip()))
        cand.speaker = (ns, ne)

    def _stop_before_reached(self, cand: Candidate) -> None:
        """French: `une source policière jointe par l'AFP a indiqué`, `a dit un proche contacté par Le
        Parisien`: a participle of reaching someone (`reached_participle`) + `par` tells who questioned the
        speaker, so the speaker ends before it and is typed by its own head, not by the outlet that reached it.
        A comma before the participle closes the phrase already; the cue keeps its span."""
        doc = self.doc
        s, e = cand.speaker
        for j in range(s + 1, min(e, len(doc) - 1)):
            if _norm(doc[j + 1].text) != "par" or not self._reached_participle(doc[j]):
                continue
            end = j
            while end > s and doc[end - 1].is_punct:
                end -= 1
            if end > s and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[s:end]):
                cand.speaker = (s, end)
            return

    def _reached_participle(self, t: Token) -> bool:
        """The token is a past participle of a verb of reaching someone (`jointe`, `contactés`,
        `sollicitée`), by its lemma or, when the tagger read it as an adjective, by its written form."""
        verbs = self.res.words.get("reached_participle", ())
        return participle_verb(_norm(t.text), verbs, REACHED_ENDINGS) is not None or self.res.is_a(
            "reached_participle", t.text, t.lemma_
        )

    def _subject_after_dateline(self, cand: Candidate) -> None:
        """English `LAGOS, Nigeria, Dec 6 – The ministry has said`: the parse may take the dateline that
        opens the sentence for the subject; the speaker is the noun phrase between its spaced dash and
        the verb."""
        doc = self.doc
        s, e = cand.speaker
        s_start, _ = self.sentences.bounds(cand.cue.head)
        words = doc[s_start:e]
        if any(t.is_alpha and not t.text[:1].isupper() for t in words):
            return  # a dateline is capitalised words, numbers and commas (`The mayor – a judge – said`)
        if not any(t.text in (",", "(") or t.like_num or (t.is_upper and len(t.text) > 2) for t in words):
            return  # `Pell -- the author -- said`: a name, no city, date or agency
        found = None
        for _ in range(3):  # `ABUJA, Nigeria – News Agency – A politician ... has said`
            if e >= cand.cue.first or doc[e].text not in ("-", *DATELINE_DASHES):
                break
            if not (doc[e].whitespace_ and doc[e - 1].whitespace_):
                break  # `Jean-Paul`: a dash inside a word, no dateline
            nxt = self.speakers.right_np(e + 1, skip_time=False)
            if nxt is None or nxt[1] > cand.cue.first or nxt[0] >= nxt[1]:
                break
            found, e = nxt, nxt[1]
        if found is None:
            return
        if cand.start == doc[s].idx:
            cand.start = doc[found[0]].idx
        cand.speaker = found

    def _stop_before_with_participle(self, candidates: list[Candidate]) -> None:
        """English `X said A, with Y saying B`: the clause `with Y saying B` is Y's record, so what X
        said ends at the comma before `with`."""
        doc = self.doc
        for part in candidates:
            first = part.speaker[0]
            if part.rule != "participle" or not part.cue.term.clause or first < 2 or part.speaker[1] > part.cue.first:
                continue  # `with Y saying B`, not `with Y endorsing him`
            if _norm(doc[first - 1].lower_) != "with" or doc[first - 2].text != ",":
                continue
            comma = doc[first - 2].idx
            for cand in candidates:
                content = cand.content
                if cand is part or content is None or not content.start < comma < content.end:
                    continue
                if cand.rule not in ("subject_verb", "inverted"):
                    continue  # `..., with Y saying B, according to Z`: the source voices the whole sentence
                cand.content = self.contents.make(content.start, comma) or content

    def _thing_as_subject(self, cand: Candidate) -> bool:
        """A verb with a sense that is no speech (`animate` in the lexicon) whose subject is a common
        noun that no list, name or entity marks as a source: `cette voie promet un changement`, `the storm
        has claimed ten lives`. English reads a relative pronoun through its antecedent (`the flood,
        which has claimed`) and keeps what the thing reports as a clause or a quotation (`the data
        suggest that`): evidence speaks through its findings, not through a noun object. A verb of evidence
        (`data.evidence`: show, suggest) reports nothing, clause or not, when its subject is a picture or a
        recording (`depiction_noun`) or a sign or a sample (`evidence_noun`): `the photo showed that`,
        `early signs suggest that` (round 29's convention); a document (`a survey revealed that`) and a
        subject no list knows (`the couple revealed that`: people the lists miss) still report a clause."""
        term = cand.cue.term
        animate = (
            term.animate
            or term.evidence
            or (term.animate_reflexive and reflexive_group(self.doc, cand.cue.first, cand.cue.head))
        )
        if not animate or cand.mention is None:
            return False
        if cand.rule not in ("subject_verb", "inverted", "participle", "infinitive"):
            return False
        doc, res = self.doc, self.res
        speaker, info = cand.speaker, cand.mention.info
        english = res.lang == "en"
        ante = relative_antecedent(doc, speaker) if english else None
        if ante is not None:
            speaker, info = ante, classify(doc, ante[0], ante[1], res, memo=self._types)
        if english and passive_by(doc, cand.cue.last):
            return False
        if english and term.evidence and _evidence_subject(doc[speaker[0] : speaker[1]], info.head, res):
            return True  # `the photo showed that`, `early signs suggest that`: nobody speaks (round 29)
        if english and reports_a_clause(doc, res, cand.content, doc[cand.cue.first].idx):
            return False
        people = names_people(info.head, res) if english else info.head.endswith(PERSON_SUFFIXES)
        if not info.fallback or people:
            return False  # `les pêcheurs`, `the growers`: an agent noun names people the lists miss
        span = doc[speaker[0] : speaker[1]]
        if english and someone_in(span, info.head, res):
            return False
        return not any(t.pos_ in ("PROPN", "PRON") or (t.text[:1].isupper() and t.i > span.start) for t in span)

    def _figure_act(self, cand: Candidate) -> bool:
        """English `figure_act` verbs with an amount or a count for object gain it (`added 500 jobs`,
        `claimed a third title`) or a thing won or withdrawn (`claimed the cash`, `recalled two models`):
        no speech, whoever the subject."""
        term = cand.cue.term
        if not (term.figure_act or term.thing_act) or self.res.lang != "en":
            return False
        cue_start = self.doc[cand.cue.first].idx
        return (term.figure_act and figure_object(self.doc, self.res, cand.content, cue_start)) or (
            term.thing_act and thing_object(self.doc, self.res, cand.content, cue_start)
        )

    def _auxiliary_before_inversion(self, cue: Cue) -> bool:
        """English puts the speaker after a bare verb only (`..., said the mayor`): after an auxiliary
        (`has endorsed Cruz`, `have proposed taxing carbon`) the noun phrase is the object, no speaker."""
        return self.res.lang == "en" and self.res.has("auxiliary", _norm(self.doc[cue.first].lower_))

    def _no_as_object(self, cand: Candidate) -> bool:
        """A verb that reports a stance only as `V X as Y` (`as_object`: `voters see him as a leader`)
        reports nothing when `as` does not follow its object: `saw the debate`, `will see what happens`."""
        if not cand.cue.term.as_object or cand.content is None:
            return False
        words = self.contents.text[cand.content.start : cand.content.end].lower().split()
        for k, word in enumerate(words[1:MAX_AS_OBJECT_WORDS], start=1):
            then = words[k + 1] if k + 1 < len(words) else ""
            if word == "as" and words[k - 1] != "such" and then not in SUBJECT_PRONOUNS:
                return False  # not `such as`, nor `as they left` (a clause of time)
        return True

    def _pronoun_names_nobody(self, cand: Candidate) -> bool:
        """French: a speaker that is or opens with a demonstrative or generic pronoun (`non_source_pronoun`:
        `c'est de prétendre que`, `Quiconque prétend que`, `Rien de tout cela n'`) names nobody who spoke."""
        s, e = cand.speaker
        first = _norm(self.doc[s].text)
        if self.res.lang != "fr" or not self.res.has("non_source_pronoun", first):
            return False
        return e - s == 1 or not self.res.has("determiner", first)  # `ce porte-parole` is someone

    def _contrary_to_claim(self, cand: Candidate) -> bool:
        """French `contrairement à ce que prétendent X`: the writer contradicts a claim the sentence does
        not state (`ce que` stands for it); the clause around is the writer's own, not X's words."""
        if self.res.lang != "fr" or cand.rule not in ("subject_verb", "inverted"):
            return False
        at = self.doc[cand.cue.first].idx
        before = self.contents.text[max(0, at - 40) : at].lower().replace("’", "'")
        return CONTRARY_TO_CLAIM.search(before) is not None

    def _stance_object(self, cue: Cue, inverted: bool) -> bool:
        """An incise verb that also states a position through its noun object: a noun of opinion
        (`stance_object`: `ont exprimé leur opposition` is no incise, yet its object is what they
        stated) or a thing, not a person greeted (`thing_object`: `a salué la décision`, not `salue la
        foule`)."""
        term = cue.term
        if not (term.stance_object or term.thing_object) or inverted or reflexive_group(self.doc, cue.first, cue.head):
            return False
        k = cue.last + 1
        if k >= len(self.doc) or not self.res.has("determiner", _norm(self.doc[k].text)):
            return False
        if term.stance_object and self.contents.stance_noun_at(k):
            return True
        if not term.thing_object or self.index.containing(self.doc[k].idx) is not None:
            return False
        found = self.speakers.right_np(k, skip_time=False)
        if found is None:
            return False
        return classify(self.doc, found[0], found[1], self.res, memo=self._types).type == "document"

    def _no_speech_shape(self, cand: Candidate) -> bool:
        """French shapes in which a verb of saying reports nobody's words: a bare past participle read as
        a subject's verb (a headline, `Droit de grève menacé`), a verb after `dont` (`ce dont témoigne
        X`: evidence, or what X spoke of, never stated), a speaker that is only `ne` (a parse slip on the
        writer's `il n'y a aucune base pour affirmer que`) or only punctuation."""
        if self.res.lang != "fr":
            return False
        doc = self.doc
        cue = cand.cue
        bare = (
            not any(doc[x].pos_ == "AUX" or doc[x].lemma_ in ("avoir", "être") for x in range(cue.first, cue.head))
            and aux_before_aside(doc, cue.first) is None
            and not shares_auxiliary(doc, doc[cue.head], cue.first)
        )  # `a, dès lundi, annoncé`: the aside splits the tense; `a confirmé X et annoncé` shares it
        if cand.rule == "subject_verb" and bare:
            verb = doc[cue.head]
            if "Part" in verb.morph.get("VerbForm") and verb.lower_.endswith(PAST_PARTICIPLE_ENDINGS):
                return True  # the ending too: the tagger reads `reproche` as a participle at times
        if cand.rule in ("subject_verb", "inverted") and cue.first > 0 and _norm(doc[cue.first - 1].lower_) == "dont":
            return True
        s, e = cand.speaker
        if all(t.is_punct for t in doc[s:e]):
            return True  # `– qui tonnait`: a dash the parse took for the subject names nobody
        return e - s == 1 and _norm(doc[s].lower_) in ("ne", "n'")

    def _outside_complement(self, cand: Candidate) -> bool:
        """A verb that reports speech only through its complement (`complement_only`: `appeler à la
        retenue`) reports nothing when its content is not opened by that preposition: `un gazoduc
        appelé X`, `ce qu'ils appellent « ajustements »` name a thing."""
        term = cand.cue.term
        if not term.complement_only or cand.content is None:
            return False
        text = self.contents.text
        before = text[max(0, cand.content.start - 16) : cand.content.start]
        words = before.rstrip(" \n«“\"'").replace("’", "'").split()
        last = words[-1].lower() if words else ""
        opening = text[cand.content.start : cand.content.start + 3].replace("’", "'").lower()
        quoted_complement = self.res.lang == "fr" and any(
            opening.startswith(p if p.endswith("'") else p + " ") for p in term.complement
        )
        return last not in (*term.complement, "au", "aux") and not quoted_complement  # `parle « de trahison »`

    def _outside_object(self, cand: Candidate) -> bool:
        """A light verb that states a position only through its noun object (`object_only`: `a émis un
        avis`) reports nothing through a clause: `a présenté ... plus qu'une esquisse`, `affichait 386
        mégawatts, alors que ...` (a comparison, a contrast). A quotation a colon opens right after the
        object is the position stated (`X partage ce constat : « ... »`): the guidelines' `X : « ... »`."""
        if not cand.cue.term.object_only or cand.content is None or cand.content.shape == "object":
            return False
        quote = cand.content.quote
        if quote is None or quote.outer_start <= self.doc[cand.cue.last].idx:
            return True
        before = self.contents.text[self.doc[cand.cue.last].idx : quote.outer_start].rstrip()
        return not before.endswith(":") or any(mark in before for mark in '«»“”".!?')

    def _outlet_before_source(self, speaker: tuple[int, int]) -> tuple[int, int]:
        """`a appris l'AFP de sources concordantes`, `auprès de ses confrères`: the outlet ends before the
        source it learnt from, which the hearsay markers give a record of its own."""
        s, e = speaker
        for k in range(s + 1, e):
            if _norm(self.doc[k].text) in ("de", "d'", "auprès"):
                return s, k
        return speaker

    def _learnt_by_non_media(self, cand: Candidate) -> bool:
        """A verb that reports only with an outlet for subject (`media_subject`: `a appris Le Devoir`, the
        outlet's own reporting): with a person or anything else (`il a appris la nouvelle`) it is news
        received, no attribution."""
        if not cand.cue.term.media_subject or cand.outlet_source:
            return False
        return cand.mention is None or cand.mention.info.type != "media"

    def _perceived_only(self, cand: Candidate) -> bool:
        """A candidate whose verb reports only what was seen (`_seen_only`), unless an outlet's reporter
        saw it (`a constaté un journaliste de l'AFP`): the wire's own observation is its sourcing, the
        speaker typed media."""
        if cand.mention is not None and cand.mention.info.type == "media":
            return False
        if self._finding_stated(cand):
            return False
        return _seen_only(cand.cue, cand.content)

    def _finding_stated(self, cand: Candidate) -> bool:
        """French: a source that `constate que` + a clause (`l'agence a constaté que la situation se
        dégradait`) states a finding, a declared position the annotators mark (four read sets of rounds
        30-36, issue 13), where `constate` + a noun (`a constaté des dégâts`) or an inverted
        `ont constaté les pompiers` after a scene stays what was seen. Only an active verb whose own
        `que` follows it (`que_follows`), with a speaker in the text, and not a conjunct of an act (`s'est
        rendu sur place et a constaté que`: what was seen on a visit, which the read sets leave out), nor
        inside a quotation read again (`« le gardien constate que ... »`: the quoted speaker's narration)."""
        cue = cand.cue
        if self.res.lang != "fr" or not cue.term.perception or cand.rule not in FINDING_RULES:
            return False
        if self.doc[cue.head].dep_ == "conj" or self.doc.user_data.get(INSIDE_QUOTATION_KEY):
            return False
        return que_follows(self.doc, cue.last + 1, self.res)

    def _act_asked(self, cand: Candidate) -> bool:
        """A demand, proposal or promise of an act (`act_request`: `a demandé deux ans de prison`, `propose
        de suspendre la grève`, `promettent de revenir vers les salariés`) reports no statement when that
        act is its content: a noun phrase or an infinitive with no quoted words in it. A `que` clause
        (`demande que les comptes soient publiés`), quoted words (`réclament « des prix justes »`) or an
        incise stay: the gold of three rounds lists the acts as doubtful."""
        content = cand.content
        if not cand.cue.term.act_request or content is None or content.shape not in ("object", "infinitive"):
            return False
        return not self._holds_quoted_words(content)

    def _holds_quoted_words(self, content: Content) -> bool:
        """Whether a quotation mark's span overlaps the content: quoted words are what was said."""
        return any(content.start < m.outer_end and m.outer_start < content.end for m in self.marks)

    def _author_speaks(self, cand: Candidate) -> bool:
        """`J'ai du mal à admettre que ...` outside any quotation: the writer's own voice (or the reader
        addressed, `dites-vous bien que`), which the guidelines leave out (the reporter's statements are
        no attribution)."""
        s, e = cand.speaker
        if not self.res.has("author_pronoun", _norm(self.doc[s].text).lstrip("-")):
            return False
        if cand.rule == "as_reported" and _norm(self.doc[s].text) == "nous":
            return False  # `Comme nous l'écrivions lundi`: the outlet's own report, as `selon nos informations`
        if any(t.pos_ != "ADV" for t in self.doc[s + 1 : e]):
            return False  # `nous, les élus` names a group; `vous bien` (dites-vous bien) is still the reader
        return self.index.containing(self.doc[s].idx) is None

    # ------------------------------------------------------------------ one cue

    def _candidate(self, cue: Cue) -> Candidate | None:
        if cue.kind == "marker":
            return self._marker(cue)
        if cue.kind == "participle":
            return self._participle(cue)
        if cue.kind == "infinitive":
            return self._infinitive(cue)
        if cue.kind == "passive":
            return self._passive(cue)
        if cue.kind == "as_reported":
            return self._as_reported(cue)
        return self._verb(cue)

    def _source_after_on(self, cand: Candidate) -> None:
        """French: an impersonal `on` speaker whose verb is followed by `de source(s) X` or `de même
        source` (`a-t-on confirmé de source diplomatique`, `craint-on de même source`): that source
        speaks, as after `a-t-on appris`; the cue runs to its end."""
        doc = self.doc
        s, e = cand.speaker
        if self.res.lang != "fr" or e - s != 1 or _norm(doc[s].lower_) not in ("-on", "on", "l'on"):
            return  # a one-word speaker, no list of its words built for every candidate
        k = max(cand.cue.last, e - 1) + 1
        while k < len(doc) and (doc[k].pos_ == "ADV" or date_word(self.res, _norm(doc[k].lower_))):
            k += 1
        words = [t.lower_ for t in doc[k : k + 3]]
        if not (words[:1] == ["de"] and (words[1:2] in (["source"], ["sources"]) or words[1:] == ["même", "source"])):
            return
        source = self.speakers.right_np(k + 1, skip_time=False)
        if source is None or source[0] != k + 1:
            return
        cand.speaker = source
        cand.end = max(cand.end, doc[source[1] - 1].idx + len(doc[source[1] - 1].text))

    def _source_of_outlet(self, cand: Candidate) -> None:
        """French: `..., a appris Reuters de source proche du dossier`, `Le Progrès a appris auprès du
        parquet que ...`: the source the outlet learnt the claim from speaks (outlet_sources.py); the cue
        runs to its end. A subject before the verb must be an outlet or the reporter's `on` (`il a appris
        de son père` is a person learning)."""
        doc = self.doc
        s, e = cand.speaker
        source = source_of_outlet(
            doc, self.res, cand.cue.last, cand.speaker, lambda k: self.speakers.right_np(k, skip_time=False)
        )
        if source is None:
            return
        if s <= cand.cue.last and not self._reporter_or_outlet(s, e):
            return
        cand.speaker = source
        cand.outlet_source = True
        if s <= cand.cue.last and cand.content is not None and cand.content.start < doc[source[1] - 1].idx:
            cand.content = self.contents.after(cand.cue, source[1])  # `que ...` after the source, not from `de`
        cand.end = max(cand.end, doc[source[1] - 1].idx + len(doc[source[1] - 1].text))

    def _reporter_or_outlet(self, s: int, e: int) -> bool:
        """The subject of a verb of learning that reports: an outlet (`Le Progrès a appris`) or the
        reporter's impersonal `on` (`On apprend de sources locales que ...`)."""
        if e - s == 1 and _norm(self.doc[s].lower_) in ("on", "l'on", "l’on"):
            return True
        return classify(self.doc, s, e, self.res, memo=self._types).type == "media"

    def _chars(self, first: int, last: int) -> tuple[int, int]:
        doc = self.doc
        return doc[first].idx, doc[last].idx + len(doc[last].text)

    def _not_an_opening(self, content: Content | None) -> Content | None:
        """English: what precedes `, X said` is no clause when it is a short opening phrase led by a
        preposition, a time word or an adverb (`In response, Trump assured ...`, `With the deal
        finalized, the two sides talked about ...`): the content is then after the verb, if anywhere."""
        if content is None or self.res.lang != "en":
            return content
        words = self.contents.text[content.start : content.end].split()
        if len(words) > MAX_OPENING_WORDS or any(mark in " ".join(words) for mark in QUOTE_MARKS):
            return content
        first = _norm(words[0].strip(",.")) if words else ""
        if any(self.res.has(category, first) for category in OPENING_CATEGORIES) and not (
            self._clause_after_opening(words) or self._counted_subject(words)
        ):
            return None
        return content

    @staticmethod
    def _counted_subject(words: list[str]) -> bool:
        """`At least 12 people died in the crash, police said`, `About 40 homes were flooded, the council
        said`: a number in the first three words with three words or more after it and no comma is the
        clause's counted subject, not an opening phrase. A clock time or a date stays an opening (`At 10
        a.m. on Monday`, `On May 5 at the briefing`, `On 5 May`: a capitalised word beside the number)."""
        if any(w.endswith(",") for w in words):
            return False
        for i, word in enumerate(words[:3]):
            if i == 0 or not NUMBER_WORD.fullmatch(word.strip(".,")) or len(words) - i - 1 < MIN_WORDS_AFTER_COUNT:
                continue
            after = words[i + 1]
            dated = (i > 1 and words[i - 1][:1].isupper()) or after[:1].isupper()
            return not (dated or CLOCK_WORD.fullmatch(after.lower()))
        return False

    def _clause_after_opening(self, words: list[str]) -> bool:
        """`In 2019, the river flooded twice, the report said`: after the opening phrase's comma comes a
        clause of three words or more, not led by another opener (`In a statement, after the vote, X said`)."""
        cut = max((i for i, w in enumerate(words[:-1]) if w.endswith(",")), default=None)
        if cut is None or len(words) - cut - 1 < 3:
            return False
        lead = _norm(words[cut + 1].strip(",."))
        return not any(self.res.has(category, lead) for category in OPENING_CATEGORIES)

    def _nothing_after(self, k: int) -> bool:
        """Only time words, adverbs or a closing full stop follow (the verb ends its sentence)."""
        doc = self.doc
        _, s_end = self.sentences.bounds(min(k, len(doc) - 1))
        for t in doc[k:s_end]:
            low = _norm(t.text)
            if t.is_punct or t.is_space or t.like_num or self.res.has("time_word", low):
                continue
            if self.res.has("np_stop", low) and t.i + 1 < s_end and self.res.has("time_word", _norm(doc[t.i + 1].text)):
                continue  # `said on Friday.`
            return False
        return True

    def _coordinated_speaker(self, cue: Cue) -> tuple[int, int] | None:
        """`a dénoncé « ... » et a annoncé son intention`: a verb coordinated with the previous
        attribution's verb, in the same sentence, shares its speaker."""
        doc = self.doc
        first = cue.first
        if self.res.lang == "en" and not has(doc, "DEP") and first > 0:
            first = self.speakers.time_before(first - 1) + 1  # `and on Monday announced`
        if first == 0 or _norm(doc[first - 1].text) not in ("et", "and", "mais", "but", "puis", "then"):
            return None
        prev = self._last
        if prev is None or self.sentences.bounds(prev.cue.head) != self.sentences.bounds(cue.head):
            # without a parse, `X criticized the plan and said ...`: the subject that opens the clause
            return self.speakers.opening_subject(cue) if not has(doc, "DEP") else self._earlier_subject(first)
        return prev.speaker

    def _earlier_subject(self, et: int) -> tuple[int, int] | None:
        """French, parsed: the noun subject of the last finite verb before the `et` ending at `et`, in the
        same sentence, when that verb was no attribution of its own (`Le comité appelle X à enquêter et
        dénonce Y`: an appeal, yet the subject of `dénonce`)."""
        doc = self.doc
        if self.res.lang != "fr":
            return None
        s_start, _ = self.sentences.bounds(et)
        for verb in reversed(doc[s_start : et - 1]):
            if not is_finite_verb(verb):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
            return self.speakers.np_from_head(subjects[0]) if subjects else None
        return None

    def _apposition_before_inversion(self, cue: Cue, content: Content | None) -> bool:
        """English `The head of the agency, Ana Ruiz, announced on Monday the results`: the words before
        the comma are the subject and its apposition, not speech before an inverted source (`..., said
        Ruiz` follows a clause or a quotation): a comma or a bracket inside and no verb at all (by tag;
        without tags no finite verb by shape), or a short opening led by a preposition or an adverb
        (`In other words,`). A noun alone (`The bill, opposed by X,`) stays."""
        if self.res.lang != "en" or content is None or content.form != "indirect":
            return False
        if content.end > self.doc[cue.first].idx:
            return False
        span = self.doc.char_span(content.start, content.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        words = [t for t in span if t.is_alpha]
        first = _norm(words[0].text) if words else ""
        opening = len(words) <= 3 and any(
            self.res.has(c, first) for c in ("np_stop", "np_link", "adverb", "phrase_opener", "adjunct_opener")
        )
        if not opening and not any(t.text in (",", "(") for t in span):
            return False
        if has(self.doc, "POS"):
            return not any(t.pos_ in ("VERB", "AUX") for t in span)
        return not has_finite_verb(list(span), self.res, tagged=False)

    def _verb(self, cue: Cue) -> Candidate | None:
        bare = bare_inversion(self.doc, self.res, self.speakers, self.sentences, cue)
        if bare is not None:
            return self._bare_inversion(cue, bare)
        member = member_incise_speaker(self.doc, self.res, cue)  # `..., explique l'un d'eux.`
        speaker, inverted = (member, True) if member is not None else self.speakers.for_verb(cue)
        second = self._second_verb_speaker(cue)
        if second is not None:
            speaker, inverted = second, False  # `a confirmé que X et annoncé Y`: the first verb's subject
        if inverted and speaker is not None:
            speaker = self._speaker_past_adjuncts(speaker)
        if inverted and speaker is not None and self.res.lang == "fr" and cue.clitic is None:
            speaker = self._coordinated_agent(speaker)  # `ont indiqué un élu, des responsables et des sources`
        if inverted and speaker is not None and cue.term.media_subject:
            speaker = self._outlet_before_source(speaker)
        if speaker is None:
            speaker = quoted_incise_speaker(self.doc, self.res, cue)  # `», a déclaré X à la radio`, mistagged
            inverted = speaker is not None
        if speaker is None:
            speaker, inverted = self._coordinated_speaker(cue), False
            if speaker is not None:
                content = self.contents.after(cue, cue.last + 1) or self.contents.nominal_object(cue)
                if content is None and cue.term.object and not has(self.doc, "DEP"):
                    content = self.contents.object_without_parse(cue.last + 1)
                if content is None and cue.term.clause and not has(self.doc, "DEP"):
                    content = self.contents.rest_of_sentence(cue.last + 1)  # `... and said it would`
                if content is None:
                    return None
                self._end_before_second_verb(cue)
                start, end = self._chars(cue.first, cue.last)
                return Candidate(cue, speaker, start, end, content, "coordinated")
        if speaker is None:
            return None
        if self.res.lang == "fr" and self._question_inversion(cue):
            return None  # `Pourquoi les élus craignent-ils la réforme ?`: a question, no speech reported
        if not inverted:
            speaker = self._reviewed_by(speaker)
        s, e = speaker
        if s <= cue.head < e:
            return None
        c = self.contents
        content: Content | None
        incise = False
        incise_from: int | None = None  # `The plan, she said, "is dead" now.`: what was said starts here
        if cue.term.incise and not (
            self._incise_slot(cue, inverted)
            or self._after_quotation(s)
            or self._stance_object(cue, inverted)
            or (not inverted and cue.term.explanation_object and self.contents.explanation(cue) is not None)
            or (not inverted and cue.term.complement_infinitive and self._pronominal_a_ce_que(cue))
        ):
            return None  # `les combats se poursuivent`, `lorsque souffle le vent`: no speech
        if inverted and self._auxiliary_before_inversion(cue):
            return None
        if inverted and self._bare_participle(cue):
            return None  # `Le prévenu, accusé de violences, devait …`: an apposition, no incise
        if inverted:
            first_char = self.doc[cue.first].idx
            content = c.quote_before(first_char)
            if content is None and cue.first > 0 and self.doc[cue.first - 1].text == ",":
                content = c.clause_before(cue.first)  # `..., rapporte Reuters : ...`: the incise's clause
                if content is None and self.res.lang == "en" and not self._quote_after_speaker(e):
                    # `Lately, says Ms Park, the river has risen`; not `But, said Ms Park, "..."`
                    content = self._one_word_opening(cue.first) or self._short_clause_opening(cue.first)
                if content is not None and self.res.lang == "fr":
                    content = self._through_sentence(content, max(e, cue.last + 1))
                elif content is not None and self.res.has("incise_say_form", _norm(self.doc[cue.head].lower_)):
                    # `The plan, said Mr Cole, is dead.`: the sentence is what was said
                    content = self._across_incise(content, cue, max(e, cue.last + 1))
            if content is None and self.res.lang == "fr":
                content = c.cleft_antecedent(cue.first)  # `C'est ce que prévoit le rapport.`
            content = content or c.after(cue, max(e, cue.last + 1)) or c.clause_before(cue.first)
            if self._apposition_before_inversion(cue, content):
                return None
            subject = self._subject_before_inversion(cue, content)
            if subject is not None:
                return self._subject_reading(cue, subject)
            near = s - cue.last <= 6
            span = self._chars(cue.first, max(e - 1, cue.last) if near else cue.last)
            rule = "inverted"
        else:
            # `"...," X said in a statement.`: the quotation, not the trailing words, is what was said
            adjacent = (
                s > 0
                and e <= cue.first
                and cue.first - e <= MAX_INCISE_GAP
                and not any(self.res.has("clause_boundary", _norm(t.text)) for t in self.doc[e : cue.first])
                # `... « dangereuse », elle juge toutefois que B`: a French verb with its own `que` reports B
                and not (self.res.lang == "fr" and que_follows(self.doc, cue.last + 1, self.res))
            )
            content = c.quote_incise(self.doc[self._name_start(s)].idx) if adjacent else None
            if content is not None and self.res.lang == "en" and self._title_in_opening(content, cue):
                content = None  # `On "This Week," X said the plan ...`: a programme's title, not speech
            if content is not None and self.res.lang == "en" and self._fragment_in_opening(content, cue):
                content = None  # `Asked about the "reform," the mayor said, "We will see."`
            if content is None and self.res.lang == "en":
                content, incise_from = self._incise_before_quote(cue, s)
            if (
                content is None
                and s > 0
                and self.doc[s - 1].text == ","
                and self._comma_after(cue)
                and not (self.res.lang == "en" and c.quote_after_trailing(cue.last + 1) is not None)
                and not (self.res.lang == "fr" and c.closed_aside(cue.last + 1, cue.term.infinitive) > cue.last + 1)
            ):  # (French: not `Auparavant, X avait écrit, citant Y, que ...`: the comma opens an aside)
                content = c.clause_before(s)  # `So it matters, analysts said, for a party that ...`
                if content is None and self.res.lang == "en":
                    content = self._one_word_opening(s)  # `Still, she said, the plan ...`
                if content is None and self.res.lang == "en":
                    content = self._short_clause_opening(s)  # `It was, he said, a fine day`
                incise = content is not None
            comma = self._addressee_comma(cue) if content is None else None
            if comma is not None:
                content = c.rest_of_sentence(comma + 1)  # `Ruiz told Radio One, the owners never ...`
            if content is None:
                content = c.after(cue, cue.last + 1) or c.nominal_object(cue)
            if content is None and self.res.lang == "fr":
                content = self._se_dire_attribute(cue)  # `s'est dit prêt à discuter`
            if content is None and self.res.lang == "fr":
                content = self._object_attribute(cue)  # `juge ces mesures insuffisantes`
            if content is None and self.res.lang == "en":
                content = c.quote_after_trailing(cue.last + 1)  # `said at a rally, "..."`
            if content is None and self.res.lang == "en":
                content = self._that_after_aside(cue)  # `said, among other things, that ...`
            if content is None and self.res.lang == "fr":
                content = self._content_after_aside(cue)  # `souligne, dans un message, que ...`
            if content is None and s > 0 and self.doc[s - 1].text == "," and self._trailing_only(cue):
                content = self._not_an_opening(c.clause_before(s))  # `..., X told reporters at the briefing.`
                incise = content is not None
            if content is None and cue.term.clause:
                k = self._after_addressee(cue)  # `told reporters the plan would fail`: not `reporters`
                content = c.rest_of_sentence(k) if k is not None else None
            opens_content = not (self._opens_trailing(cue.last + 1) or self._addressee_only(cue))
            if content is None and cue.term.clause and opens_content:  # not `told CNN about it on Friday.`
                content = c.rest_of_sentence(cue.last + 1)
            if content is None and cue.term.clause and self.res.lang == "en":
                k = self._clause_after_trailing(cue.last + 1)  # `said Thursday the plan`, `said in a tweet he`
                content = c.rest_of_sentence(k) if k is not None else None
            if content is None and cue.term.object and not has(self.doc, "DEP"):
                content = c.object_without_parse(cue.last + 1)
                if content is None and len(cue.term.words) > 1 and self.res.lang == "en":
                    content = c.after_preposition(cue.last + 1)  # `called for deeper cuts`
            if content is None:
                content = c.quote_before(self.doc[s].idx)
            if content is None and s > 0 and self.doc[s - 1].text == "," and self._nothing_after(cue.last + 1):
                # `..., Bloomberg reported.`, `..., les autorités l'ont confirmé.`
                content = self._not_an_opening(c.clause_before(s))
            near = e <= cue.first and cue.first - e <= MAX_SUBJECT_GAP
            span = self._chars(s if near else cue.first, cue.last)
            rule = "subject_verb"
        if content is None:
            return None
        around = content.start < span[0] and span[1] < content.end  # an incise inside what was said
        if content.start < span[1] and span[0] < content.end and not (inverted and around):
            return None
        if self.res.lang == "en":  # English annotation runs what was said on past its cue
            content = self._across_incise(content, cue) if incise else c.carried_on(content, span[1])
        if incise_from is not None:
            _, s_end = self.sentences.bounds(cue.head)
            last = self.doc[s_end - 1]
            content = c.make(incise_from, max(content.end, last.idx + len(last.text))) or content
        return self._with_document_author(Candidate(cue, speaker, span[0], span[1], content, rule))

    def _speaker_past_adjuncts(self, speaker: tuple[int, int]) -> tuple[int, int]:
        """French: an inverted speaker that opens on a listed adverbial phrase or a date prefix is the
        words between the verb and the subject (`a indiqué de son côté dans un communiqué l'équipe`,
        `avait confirmé fin mars à l'AFP X`): the subject after them, past a medium or an addressee
        (`dans un communiqué`, `à l'AFP`, `sur RMC`), else the speaker as found."""
        doc = self.doc
        s = speaker[0]
        if self.res.lang != "fr":
            return speaker
        k = adjunct_after(doc, s, self.res)
        if k < len(doc) and self.res.has("date_prefix", _norm(doc[k].text)):
            k += 1  # `fin mars`: a time noun, no speaker
            while k < len(doc) and (self.res.has("time_word", _norm(doc[k].text)) or doc[k].like_num):
                k += 1
        if k == s:
            return speaker
        for _ in range(2):  # `dans un communiqué`, `à l'AFP`: where or to whom, before the subject
            if k >= len(doc) or _norm(doc[k].text) not in (*MEDIUM_PREPOSITIONS, "à", "au", "aux"):
                break
            k += 1
            while k < len(doc) and self.res.has("determiner", _norm(doc[k].text)):
                k += 1
            k += 1  # the noun or name
        found = self.speakers.right_np(k, skip_time=True)
        return found if found is not None else speaker

    def _subject_before_inversion(self, cue: Cue, content: Content | None) -> tuple[int, int] | None:
        """French: what an inversion would take as said before the verb is no clause but the verb's own
        subject: no finite verb in it, and an apposition between commas (`Le prévenu, détenu depuis un
        mois, évoque une audition`) or `ne` before the verb (`Lui, de son côté, ne reconnaît que les
        faits`: an incise is never negated). Returns the subject's tokens (the parse's subject, else the
        words up to the first comma); the noun phrase after the verb is then its object."""
        doc = self.doc
        if self.res.lang != "fr" or content is None or content.quote is not None or not has(doc, "POS"):
            return None
        if content.end > doc[cue.first].idx or self.index.containing(content.start) is not None:
            return None
        span = doc.char_span(content.start, content.end, alignment_mode="expand")
        if span is None or len(span) < 2 or any(is_finite_verb(t) for t in span):
            return None
        negated = _norm(doc[cue.first].text) in ("ne", "n'")
        if not negated and not any(t.text == "," for t in span):
            return None  # `Une victoire historique, estime le maire.`: a verbless statement
        for child in doc[cue.head].children:
            if child.dep_ == "nsubj" and span.start <= child.i < span.end and child.pos_ in ("NOUN", "PROPN"):
                return self.speakers.np_from_head(child)
        first = span[0]
        if first.pos_ not in ("DET", "PRON", "PROPN"):
            return None  # `Dans le parc, X et Y expriment`, `Mais à part ça, non, précise un autre`
        comma = next((t.i for t in span if t.text == ","), span.end)
        return (span.start, comma)

    def _subject_reading(self, cue: Cue, speaker: tuple[int, int]) -> Candidate | None:
        """The verb read with the subject before it: its content after it (`que`, an object)."""
        content = self.contents.after(cue, cue.last + 1) or self.contents.nominal_object(cue)
        if content is None:
            return None
        near = speaker[1] <= cue.first and cue.first - speaker[1] <= MAX_SUBJECT_GAP
        start, end = self._chars(speaker[0] if near else cue.first, cue.last)
        return self._with_document_author(Candidate(cue, speaker, start, end, content, "subject_verb"))

    def _bare_participle(self, cue: Cue) -> bool:
        """French: the cue is a past participle in -é with no auxiliary; an incise is finite
        (`», a précisé X`, `», précise X`), a bare participle after a comma qualifies the noun before it."""
        verb = self.doc[cue.head]
        return self.res.lang == "fr" and cue.first == cue.head and verb.lower_.endswith(PAST_PARTICIPLE_ENDINGS)

    def _bare_inversion(self, cue: Cue, speaker: tuple[int, int]) -> Candidate | None:
        """`« ... » s'exclame une habitante`, `Bien trop cher estime X`: the quotation right before the verb, or
        the sentence up to it, is what the speaker after the verb said."""
        first_char = self.doc[cue.first].idx
        content = self.contents.quote_before(first_char)
        if content is None:
            s_start, _ = self.sentences.bounds(cue.head)
            before = self.doc[cue.first - 1]
            content = self.contents.make(self.doc[s_start].idx, before.idx + len(before.text))
        if content is None:
            return None
        near = speaker[0] - cue.last <= 6
        span = self._chars(cue.first, max(speaker[1] - 1, cue.last) if near else cue.last)
        return self._with_document_author(Candidate(cue, speaker, span[0], span[1], content, "inverted"))

    def _title_in_opening(self, quote: Content, cue: Cue) -> bool:
        """English `In an interview on "This Week," X said the plan ...`: a quotation closing an opening
        phrase (led by a preposition, a time word or an adverb) before the subject is a title inside the
        phrase, when the verb has words of its own after it; with none (`On TV, "No," X said.`) the
        quotation stays what was said."""
        doc = self.doc
        s_start, _ = self.sentences.bounds(cue.head)
        said = self.contents.text[quote.start : quote.end]
        marks = [said.find(m) for m in QUOTE_MARKS if m in said]
        opens = quote.start + min(marks) if marks else quote.start  # `form: mixed` runs from the sentence start
        words = [t for t in doc[s_start : cue.first] if t.idx < opens and not (t.is_punct or t.is_space)]
        if not words or len(words) > MAX_OPENING_WORDS:
            return False
        if not any(self.res.has(category, _norm(words[0].text)) for category in OPENING_CATEGORIES):
            return False
        after = self.contents.after(cue, cue.last + 1)
        if after is not None and after.shape == "clause":
            return True
        if cue.term.addressee:  # `he told CNN's host in May`: an addressee, no words of its own
            k = self._after_addressee(cue)
            return k is not None and self.contents.rest_of_sentence(k) is not None
        trailing = self._opens_trailing(cue.last + 1) or self._addressee_only(cue)
        return cue.term.clause and not trailing and self.contents.rest_of_sentence(cue.last + 1) is not None

    def _fragment_in_opening(self, quote: Content, cue: Cue) -> bool:
        """English `Asked about the "reform," the mayor said, "We will see."`: a quoted word closing an
        opening phrase (words before its opening mark in the sentence) is no quotation of the speaker's
        when a quotation follows the verb after a comma or a colon; that one is what was said. A
        quotation opening the sentence (`"A," she said, "B."`) is left to the split-quote reading."""
        said = self.contents.text[quote.start : quote.end]
        marks = [said.find(m) for m in QUOTE_MARKS if m in said]
        opens = quote.start + min(marks) if marks else quote.start
        s_start, _ = self.sentences.bounds(cue.head)
        if not any(t.is_alpha and t.idx < opens for t in self.doc[s_start : cue.first]):
            return False
        after = self.contents.quote_after_trailing(cue.last + 1)
        first = self.contents.text[after.start : after.end].lstrip("\"“‘' ")[:1] if after is not None else ""
        return first.isupper()  # `..."hard," he said, "and costly."`: one sentence split by its cue

    def _incise_slot(self, cue: Cue, inverted: bool) -> bool:
        """An incise-only verb (`data.incise`) in an incise: inverted right after punctuation or a
        quotation (`», poursuit-il`, `, glisse un proche`), or before a colon or a quotation."""
        doc = self.doc
        if inverted:
            return cue.clitic is not None or (cue.first > 0 and doc[cue.first - 1].is_punct)
        k = cue.last + 1
        if cue.term.que_clause and que_follows(doc, k, self.res):
            return True  # `Les riverains craignent que le projet ...`: a fear or a hope stated, with its clause
        if cue.term.inverted_only:
            return False  # `Les parents craignent « une classe surchargée »`: the quoted words are an object
        while k < len(doc) and doc[k].pos_ == "ADV":
            k += 1
        if self.res.lang == "fr" and k < len(doc) and _norm(doc[k].text) in MEDIUM_PREPOSITIONS:
            k = self._past_medium(k)  # `a salué sur Twitter « ... »`
        if self.res.lang == "en" and k + 1 < len(doc) and doc[k].text == ",":
            k += 1  # `The crowd chanted, "..."`
        if k < len(doc) and (doc[k].text == ":" or self.index.containing(doc[k].idx) is not None):
            return True
        return self.res.lang == "fr" and self._quote_past_aside(cue.last + 1)

    def _quote_past_aside(self, k: int) -> bool:
        """French: a quotation after an aside of any kind (`a salué, lors d'une visite, « »`, `ironise
        en marge du conseil « »`): the aside holds no verb and no sentence end (ContentFinder.aside_only)."""
        doc = self.doc
        _, s_end = self.sentences.bounds(k - 1)
        q = next(
            (m for m in range(k, min(s_end, k + MAX_ASIDE_TOKENS)) if self.index.containing(doc[m].idx) is not None),
            None,
        )
        return q is not None and q > k and self.contents.aside_only(k, q)

    def _after_quotation(self, subject_start: int) -> bool:
        """English: a subject right after a quotation and its comma (`"Lock her up!" the crowd
        chanted.`, `"...," the sign read.`) makes an incise-only verb an incise."""
        doc = self.doc
        j = subject_start - 1
        if self.res.lang != "en" or j < 0:
            return False
        if doc[j].text == "," and j > 0:
            j -= 1
        return doc[j].text in QUOTE_MARKS

    def _past_medium(self, k: int) -> int:
        """The token after a short phrase naming where or how something was said (`sur Twitter`, `dans
        un communiqué`, `lors d'un point presse`): at most MAX_MEDIUM_TOKENS words, no punctuation."""
        doc = self.doc
        for j in range(k + 1, min(len(doc), k + 1 + MAX_MEDIUM_TOKENS)):
            if doc[j].text == ":" or self.index.containing(doc[j].idx) is not None:
                return j
            if doc[j].is_punct or doc[j].is_space:
                return k
        return k

    def _through_sentence(self, content: Content, speaker_end: int) -> Content:
        """`Une occasion manquée, observe l'Arcom, alors que ...`: an incise inside its sentence; French
        annotators take the whole sentence as what was said, unless another cue follows the comma."""
        doc = self.doc
        k = speaker_end
        _, s_end = self.sentences.bounds(max(0, k - 1))
        if k + 1 >= s_end or doc[k].text != ",":
            return content
        nxt = doc[k + 1]
        then = doc[k + 2] if k + 2 < s_end else nxt
        if self.res.has("clause_boundary", _norm(nxt.text)) and nxt.text.islower() and _norm(nxt.text) != "alors":
            return content  # `, qui appelle à ...`: a clause about the source, not what it said
        if self.contents.opens_incise(nxt) or (
            self.res.has("np_stop", _norm(nxt.text))
            and ("Inf" in then.morph.get("VerbForm") or self.res.has("infinitive_marker", _norm(then.text)))
        ):
            return content  # `..., a-t-il dit, avant d'ajouter que ...`
        if sum(t.is_alpha for t in doc[k + 1 : s_end]) < 3:
            return content
        if self._role_apposition(k + 1, s_end):
            return content  # `, explique Paul Martin, secrétaire général du syndicat.`: the speaker's role
        last = doc[s_end - 1]
        return self.contents.make(content.start, last.idx + len(last.text)) or content

    def _object_attribute(self, cue: Cue) -> Content | None:
        """A verb of judgment's object and its attribute (`object_attribute`: `a estimé la préméditation
        établie`), through the end of the attribute's clause (`insuffisantes pour protéger les salariés`)."""
        if not cue.term.object_attribute:
            return None
        found = attribute_after(self.doc, cue.last + 1, self.res)
        if found is None or self.index.containing(self.doc[found[0]].idx) is not None:
            return None
        first, attribute = found
        end = self.contents.clause_end(attribute + 1, new_clause=True)
        return shaped(self.contents.make(self.doc[first].idx, end), "object")

    def _se_dire_attribute(self, cue: Cue) -> Content | None:
        """`Le ministre s'est dit prêt à rencontrer les syndicats`, `s'est déclaré favorable à`: `se dire`,
        `se déclarer` (`reflexive_attribute`) with an adjective or a participle state a position; the
        attribute and its complement are what was said (adverbs may come first: `s'est dite très
        inquiète de`)."""
        doc = self.doc
        if not cue.term.reflexive_attribute or not any(
            _norm(t.text) in ("se", "s'") for t in doc[cue.first : cue.head]
        ):
            return None
        first = k = cue.last + 1
        while k < len(doc) and doc[k].pos_ == "ADV" and doc[k].text.islower():
            k += 1
        if k >= len(doc) or not (doc[k].pos_ == "ADJ" or "Part" in doc[k].morph.get("VerbForm")):
            return None
        return self.contents.make(doc[first].idx, self.contents.clause_end(k + 1))

    def _apposition_ends(self, start: int) -> bool:
        """From `start` to the end of its sentence: a noun phrase in apposition (`président de la
        fédération`, `l'organisme qui gère les battues`): a noun, a name, an adjective, a determiner or
        a participle first, and a finite verb only inside a relative clause."""
        doc = self.doc
        if start >= len(doc) or not has(doc, "POS"):
            return False
        _, s_end = self.sentences.bounds(start)
        if not _opens_noun_phrase(doc[start]):
            return False
        relative = False
        for t in doc[start:s_end]:
            if t.text == ",":
                relative = False  # `le second feu, qui a démarré mardi, a ravagé`: the main verb follows
            relative = relative or _norm(t.text) in FR_RELATIVES
            if is_finite_verb(t) and not relative:
                return False
        return True

    def _subject_only_before(self, first: int) -> bool:
        """French: the words between the sentence start and the comma before an inserted source are a
        noun phrase (no finite verb, no quotation): the subject of the clause the source sits in."""
        doc = self.doc
        s_start, _ = self.sentences.bounds(first)
        words = [t for t in doc[s_start : first - 1] if not t.is_space]
        if not words or self.index.containing(words[0].idx) is not None:
            return False
        opens = len(words) > 1 and self.res.has("determiner", _norm(words[0].text))  # not `Notons,` nor `Ainsi,`
        return opens and not any(is_finite_verb(t) or t.is_punct or t.pos_ in ("VERB", "ADV") for t in words)

    def _question_inversion(self, cue: Cue) -> bool:
        """French: a verb with an inverted clitic (`affirment-ils`, `ont-ils dit`) right after words,
        not after punctuation or a quotation as an incise is, in a sentence that ends with `?`."""
        doc = self.doc
        if cue.clitic is None or cue.first == 0 or doc[cue.first - 1].is_punct:
            return False
        _, s_end = self.sentences.bounds(cue.first)
        last = doc[s_end - 1] if s_end > 0 else None
        while last is not None and last.i > cue.first and (last.is_space or last.text in (*QUOTE_MARKS, "»")):
            last = doc[last.i - 1]
        return last is not None and last.text == "?"

    def _end_relative_clause(self, cand: Candidate) -> None:
        """French `Les salariés, qui dénoncent un plan injuste, manifestent`, `La ministre, dont le
        cabinet a confirmé la visite, arrivera lundi`: a verb of saying inside a relative clause set off
        by commas reports up to the comma that closes it, where the main clause's finite verb resumes
        (maybe after `ne` or a clitic); not the main predicate."""
        doc = self.doc
        if cand.content is None or cand.rule != "subject_verb" or cand.content.form == "direct":
            return
        relative = [
            t.i
            for t in doc[max(0, cand.cue.first - MAX_RELATIVE_GAP) : cand.cue.head]
            if _norm(t.text) in ("qui", "dont") and t.i > 0 and doc[t.i - 1].text == ","
        ]
        if not relative:
            return
        span = doc.char_span(cand.content.start, cand.content.end, alignment_mode="expand")
        if span is None:
            return
        clause = cand.content.shape == "clause"  # a `que` clause closes only once its own verb is past
        for t in span:
            if t.text != "," or self.index.containing(t.idx) is not None:
                continue
            if clause and not any(is_finite_verb(x) for x in doc[span.start : t.i]):
                continue  # `que le site, racheté en mai, restera ouvert, a convoqué`: an apposition first
            k = t.i + 1
            while k < span.end and (_norm(doc[k].text) in RESUMING_CLITICS or doc[k].pos_ == "ADV"):
                k += 1
            if k < len(doc) and is_finite_verb(doc[k]) and doc[k].i < span.end:
                cut = self.contents.make(cand.content.start, t.idx)
                if cut is not None:
                    cand.content = cut
                return

    def _stop_before_next_speaker(self, candidates: list[Candidate]) -> None:
        """`Si X reconnaît que A, il estime que B`, `X said that A, and Y warned that B`: a reported clause
        ends at the comma (or semicolon) after which the next attribution of its sentence opens with its
        subject (`, il estime`, `, le maire affirme`, `, but he insisted`, `; even Y told`), past the
        words that join two main clauses (`clause_coordinator`) and an adverb; B is that attribution's,
        not part of A."""
        doc = self.doc
        text = self.contents.text
        for cand in candidates:
            if cand.content is None or cand.rule != "subject_verb" or cand.content.form == "direct":
                continue
            for other in candidates:
                if self.res.lang == "fr" and other is not cand and self._closing_incise(cand, other):
                    # `X a annoncé qu'il A, affirme son porte-parole.`: the incise voices the whole
                    # sentence; A stops before it
                    cut = self.contents.make(cand.content.start, doc[other.cue.first - 1].idx)
                    if cut is not None and text[cut.start : cut.end].strip():
                        cand.content = cut
                    break
                if other is cand:
                    continue
                mark = self._next_clause_break(cand, other)
                if mark is None:
                    continue
                s = mark + 1
                if self.sentences.bounds(s) != self.sentences.bounds(cand.cue.head):
                    continue
                if self.index.containing(doc[s].idx) is not None:
                    continue
                cut = self.contents.make(cand.content.start, doc[mark].idx)
                if cut is not None and text[cut.start : cut.end].strip():
                    cand.content = cut
                break

    def _next_clause_break(self, cand: Candidate, other: Candidate) -> int | None:
        """The comma (or semicolon) inside cand's content after which other, an attribution of the
        same sentence, opens its clause with its subject (`, il estime`, `, and Y warned`); None when
        other opens no clause there."""
        assert cand.content is not None
        doc = self.doc
        if other.rule != "subject_verb":
            return None
        s = other.speaker[0]
        if not (cand.content.start < doc[s].idx < cand.content.end):
            return None
        mark = self._clause_break_before(s)
        if mark is None or (self.res.lang == "en" and not self._opens_main_clause(cand, other, mark)):
            return None
        return mark

    def _clause_break_before(self, s: int) -> int | None:
        """The comma or semicolon that closes the clause before a subject at token s, past at most one
        word joining main clauses (`and`, `but`, `while`: `clause_coordinator`) and one adverb (`even`,
        `now`); None when the subject does not follow such a break."""
        doc = self.doc
        if self.res.lang == "fr":  # French: the comma alone (`, il estime`), as measured before round 24
            return s - 1 if s > 0 and doc[s - 1].text == "," else None
        k = s - 1
        if k >= 0 and self.res.has("adverb", _norm(doc[k].lower_)):
            k -= 1
        if k >= 0 and self.res.has("clause_coordinator", _norm(doc[k].lower_)):
            k -= 1
        if k < 0 or doc[k].text not in CLAUSE_BREAKS:
            return None
        return k

    def _opens_main_clause(self, cand: Candidate, other: Candidate, mark: int) -> bool:
        """English: other's subject opens a main clause after the break at `mark`, and what other reports
        follows it (`X said A, the agency said` is a trailing cue voicing A); the subject is no relative
        or subordinating word (`, which points to`, `, who said`), and the words of cand's content
        before the break, after its cue, are a clause of their own, with a finite verb or an infinitive
        (`X said that A, and Y ...`), not an adjunct or a subordinate clause fronted inside the reported
        clause (`X said that during the visit, Y ...`, `that if A, Y ...`) nor an incise's closing comma
        (`Even then, he said, ...`)."""
        assert cand.content is not None
        doc = self.doc
        s = other.speaker[0]
        if other.content is None or other.content.start < doc[s].idx:
            return False
        if self.res.has("clause_boundary", _norm(doc[s].lower_)):
            return False
        first = doc.char_span(cand.content.start, cand.content.end, alignment_mode="expand")
        if first is None or first.start >= mark or doc[mark].idx <= max(cand.content.start, cand.end):
            return False
        words = list(doc[max(first.start, cand.cue.last + 1) : mark])
        if words and self.res.has("complementizer", _norm(words[0].lower_)):
            words = words[1:]
        if not words or self.res.has("clause_boundary", _norm(words[0].lower_)):
            return False  # `X argued that although A, Y ...`: the comma closes a clause fronted inside X's words
        if self.res.has("infinitive_marker", _norm(words[0].lower_)):
            return True
        return has_finite_verb(words, self.res, has(doc, "POS"))

    def _closing_incise(self, cand: Candidate, other: Candidate) -> bool:
        """`other` is an inverted incise after a comma inside `cand`'s reported clause, voicing what
        precedes it (its content ends at that comma)."""
        doc = self.doc
        first = other.cue.first
        if other.rule != "inverted" or other.content is None or cand.content is None or first == 0:
            return False
        comma = doc[first - 1]
        return (
            comma.text == ","
            and cand.content.start < comma.idx < cand.content.end
            and other.content.end <= comma.idx
            and other.content.start <= cand.start
            and self.sentences.bounds(first) == self.sentences.bounds(cand.cue.head)
        )

    def _role_then_comma(self, comma: int) -> int | None:
        """`Selon Paul Martin, président de la fédération, la saison ...`: after the source's comma, a
        role (a listed person noun first, no finite verb, no quotation) closed by a second comma before
        the claim; the index of that comma, or None."""
        doc = self.doc
        start = comma + 1
        if start >= len(doc) or not has(doc, "POS"):
            return None
        first = doc[start]
        if not (first.text.islower() and any(self.res.is_a(k, first.text, first.lemma_) for k in ROLE_KINDS)):
            return None
        _, s_end = self.sentences.bounds(start)
        for t in doc[start : min(s_end, start + MAX_ROLE_TOKENS)]:
            if t.text == ",":
                return t.i if t.i + 1 < s_end else None
            if is_finite_verb(t) or (t.is_punct and t.text not in ("-", "'", "’", "(", ")")):
                return None
        return None

    def _role_apposition(self, start: int, end: int) -> bool:
        """The words after the speaker's comma name its role and end the sentence: a noun phrase (a
        noun, a name, an adjective, a determiner or a participle used as a noun first: `délégué du
        personnel`) with no finite verb."""
        doc = self.doc
        if not has(doc, "POS") or not _opens_noun_phrase(doc[start]):
            return False
        return not any(is_finite_verb(t) for t in doc[start:end])

    def _reviewed_by(self, speaker: tuple[int, int]) -> tuple[int, int]:
        """`Documents reviewed by the Financial Times show ...`: without a parse the nearest noun phrase
        is the agent of a participle; the subject is the phrase before it (`Documents`)."""
        doc = self.doc
        s, _ = speaker
        if has(doc, "DEP") or s < 3 or _norm(doc[s - 1].text) != "by" or not doc[s - 2].lower_.endswith("ed"):
            return speaker
        s_start, _ = self.sentences.bounds(s)
        end = s - 2
        start = end
        while start > s_start and doc[start - 1].is_alpha and end - start < 4:
            start -= 1
        return (start, end) if start < end else speaker

    def _name_start(self, s: int) -> int:
        """Where a speaker's name starts when the parse kept only its last words (`James B. Comey Jr.`)."""
        doc = self.doc
        s_start, _ = self.sentences.bounds(s)
        j = s
        while j > s_start and s - j < 4 and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha is not None:
            if doc[j - 1].is_punct or self.index.containing(doc[j - 1].idx) is not None:
                break
            j -= 1
        return j

    def _comma_after(self, cue: Cue) -> bool:
        """A comma follows the verb (time words aside) or its addressee (`told Radio One,`): the cue
        is an incise between commas."""
        k = cue.last + 1
        while k < len(self.doc) and self.res.has("time_word", _norm(self.doc[k].text)):
            k += 1
        return (k < len(self.doc) and self.doc[k].text == ",") or self._addressee_comma(cue) is not None

    def _addressee_comma(self, cue: Cue) -> int | None:
        """English `Ruiz told Radio One, the owners ...`: the comma after a short addressee (at most
        four words, no `that`, no subject pronoun) of a verb of telling (`data.addressee`)."""
        if self.res.lang != "en" or not cue.term.addressee:
            return None
        doc = self.doc
        k = cue.last + 1
        _, s_end = self.sentences.bounds(cue.head)
        for m in range(k, min(s_end - 1, k + 5)):
            t = doc[m]
            if t.text == ",":
                return m if m > k else None
            low = _norm(t.text)
            if (
                not (t.is_alpha or t.text in (".", "&"))
                or self.res.has("complementizer", low)
                or low in SUBJECT_PRONOUNS
            ):
                return None
        return None

    def _clause_after_trailing(self, k: int) -> int | None:
        """Without a tagger: where a clause without `that` starts after time words (`said Thursday the
        plan`, `said on Monday night it`) or after a short trailing phrase, at a subject pronoun (`said
        after the meeting he would`, `told reporters in Iowa she`); None when there is none."""
        doc = self.doc
        res = self.res
        _, s_end = self.sentences.bounds(min(k, len(doc) - 1))
        j = k
        if j < s_end and _norm(doc[j].text) in PERIOD_LEADS and j + 1 < s_end:
            nxt = _norm(doc[j + 1].text)
            after = _norm(doc[j + 2].text) if j + 2 < s_end else ""
            if res.has("time_period", nxt) and after in ("'s", "’s"):
                return k  # `said last year's budget was`: the period opens the subject
            if res.has("time_period", nxt):
                j += 2  # `said last week the plan`, `said this year spending`
            elif res.has("time_word", nxt):
                j += 1
            elif j == k and _norm(doc[j].text) == "this" and has_finite_verb(list(doc[j + 1 : j + 3]), res, False):
                return k  # `said this plan would fail`: the determiner opens the clause's subject
            elif (
                j == k
                and _norm(doc[j].text) == "this"
                and (self._present_verb(j + 1, s_end) or self._present_verb(j + 2, s_end))
            ):
                return k  # `says this includes a new line`: the pronoun is the clause's subject, not an object
        while j < s_end and res.has("time_word", _norm(doc[j].text)):
            j += 1
        if j > k and j < s_end and not self._opens_trailing(j) and not res.has("complementizer", _norm(doc[j].text)):
            return j
        for m in range(k, min(s_end, k + 8)):
            t = doc[m]
            if t.is_punct or self.index.containing(t.idx) is not None:
                return None
            if m > k and _norm(t.text) in SUBJECT_PRONOUNS and m + 1 < s_end and doc[m + 1].is_alpha:
                return m
            if m > k and _norm(t.text) in DUMMY_SUBJECTS and m + 1 < s_end and self._auxiliary(doc[m + 1]):
                return m  # `said earlier on Monday it was in talks`: `it` before an auxiliary opens the clause
        return None

    def _after_addressee(self, cue: Cue) -> int | None:
        """English `told reporters the plan would fail`, `told him this was`: the person told (a short
        noun phrase, time words aside), then a clause without `that`, which starts at a subject pronoun,
        `it` or a determiner before a finite verb. A preposition or a conjunction after the person told
        (`reminded voters of the years his family ...`, `told him and his ...`) means the words are
        not that shape: None, so the rules before this one keep the sentence."""
        if self.res.lang != "en" or not cue.term.addressee:
            return None
        doc = self.doc
        res = self.res
        k = cue.last + 1
        if k >= len(doc) or self._opens_trailing(k):
            return None
        _, s_end = self.sentences.bounds(min(k, len(doc) - 1))
        tagged = has(doc, "POS")
        words = 1
        m = k + 1
        while m < s_end and words <= 4:
            t = doc[m]
            low = _norm(t.text)
            if t.is_punct or self.index.containing(t.idx) is not None or res.has("complementizer", low):
                return None
            if res.has("time_word", low) or res.has("time_period", low):
                m += 1
                continue
            if low in PERIOD_LEADS and m + 1 < s_end and self._time_next(m + 1):
                m += 2  # `on Monday`, `last week`
                continue
            subject = res.has("clause_opener", low) and not self._auxiliary(t)
            if subject or low == "it" or (res.has("determiner", low) and low != "that"):
                return m if self._finite_from(m, s_end, tagged) else None
            if any(res.has(c, low) for c in ("np_stop", "np_link", "trailing_word", "clause_boundary")):
                return None
            words += 1
            m += 1
        return None

    def _time_next(self, m: int) -> bool:
        low = _norm(self.doc[m].text)
        return self.res.has("time_word", low) or self.res.has("time_period", low)

    def _finite_from(self, m: int, s_end: int, tagged: bool) -> bool:
        """A finite verb opens the clause at m: by the tagger or the word shapes (`he would`), or a
        contraction after a subject (`he’d support`, `she’s with`)."""
        doc = self.doc
        if m + 1 < s_end and _norm(doc[m + 1].text) in CONTRACTED_AUXILIARIES:
            return True
        return has_finite_verb(list(doc[m : min(s_end, m + 6)]), self.res, tagged)

    def _addressee_only(self, cue: Cue) -> bool:
        """English `told reporters at the briefing on Monday.`: after a verb of telling, nothing that could
        report speech (no finite verb, no `to`, no `that`, no quotation) in the rest of the sentence, so
        the words after it are the person told and trailing material."""
        if self.res.lang != "en" or not cue.term.addressee:
            return False
        doc = self.doc
        k = cue.last + 1
        _, s_end = self.sentences.bounds(min(k, len(doc) - 1))
        rest = list(doc[k + 1 : s_end])
        for t in rest:
            low = _norm(t.text)
            if low == "to" or self.res.has("complementizer", low) or low in CONTRACTED_AUXILIARIES:
                return False
            if self.index.containing(t.idx) is not None:
                return False
        return not has_finite_verb(rest, self.res, has(doc, "POS"))

    def _auxiliary(self, t: Token) -> bool:
        """An auxiliary or a modal by the lexicon (`was`, `had`, `would`), whatever the tagger says."""
        low = _norm(t.lower_)
        return self.res.has("auxiliary", low) or self.res.has("modal", low)

    def _present_verb(self, j: int, s_end: int) -> bool:
        """English: a third-person present verb at j (`includes`, `means`) followed by more of a clause;
        by its tag when tagged, else by shape: lower case, in -s but not -ss or -us, no listed noun form."""
        doc = self.doc
        if j + 1 >= s_end or not doc[j].is_alpha or not doc[j].text.islower() or not doc[j + 1].is_alpha:
            return False
        if has(doc, "TAG"):
            return doc[j].tag_ == "VBZ"
        low = _norm(doc[j].lower_)
        if len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is")):
            return False
        return not any(self.res.has(c, low) for c in ("time_period", "time_word", "np_stop", "np_link"))

    def _incise_before_quote(self, cue: Cue, s: int) -> tuple[Content | None, int | None]:
        """English `The plan, she said, "is dead" for now.`, `In the end, he said, "we lost."`: an incise
        between commas after words of the sentence (no quotation of their own), then a quotation.
        English annotation takes the whole sentence, incise inside, as what was said: the quotation
        now, and where the sentence starts (applied once the cue's overlap has been checked)."""
        doc = self.doc
        if s == 0 or doc[s - 1].text != "," or not self._comma_after(cue):
            return None, None
        quoted = self.contents.quote_after_trailing(cue.last + 1)
        before = self.contents.clause_before(s) if quoted is not None else None
        if quoted is None or before is None or self._not_an_opening(before) is None:
            return None, None  # `When the polls closed, she said, "..."`: the quotation alone
        if any(mark in self.contents.text[before.start : before.end] for mark in QUOTE_MARKS):
            return None, None
        words = self.doc.char_span(before.start, before.end, alignment_mode="expand")
        if words is None or any(_norm(t.text) in self.res.verb_keys for t in words):
            return None, None  # `Asked about X, he said, "..."`: the opening is an attribution of its own
        return quoted, before.start

    def _one_word_opening(self, s: int) -> Content | None:
        """English `Overall, she said, the harbour is safe.`, `But now, she said, ...`: an opening of one
        to three words with no verb (too short for `clause_before`) before an incise; the sentence,
        incise inside, is what was said."""
        doc = self.doc
        s_start, _ = self.sentences.bounds(s)
        words = doc[s_start : s - 1]
        if not 1 <= len(words) <= 3 or not all(t.is_alpha for t in words):
            return None
        if len(words) > 1 and has_finite_verb(list(words), self.res, tagged=has(doc, "POS")):
            return None  # `It was, he said, ...`: `_short_clause_opening`
        return self.contents.make(words[0].idx, words[-1].idx + len(words[-1].text))

    def _short_clause_opening(self, s: int) -> Content | None:
        """English `It was, he said, a fine day for the club.`: two or three words opening the sentence
        with an auxiliary among them (too short for `clause_before`): a clause the incise splits."""
        doc = self.doc
        s_start, _ = self.sentences.bounds(s)
        words = doc[s_start : s - 1]
        if not 2 <= len(words) <= 3 or not all(t.is_alpha for t in words):
            return None
        if not any(self.res.has("auxiliary", _norm(t.text)) or self.res.has("modal", _norm(t.text)) for t in words):
            return None
        return self.contents.make(words[0].idx, words[-1].idx + len(words[-1].text))

    def _that_after_aside(self, cue: Cue) -> Content | None:
        """English `said, among other things, that ...`, `says at a rally in Dover, Delaware, that ...`:
        a short aside (no quotation, no other verb of saying, no clause of its own) ends with a comma
        before `that`; the `that` clause is what was said."""
        doc = self.doc
        _, s_end = self.sentences.bounds(cue.head)
        for m in range(cue.last + 1, min(s_end - 1, cue.last + 1 + MAX_ASIDE_TOKENS)):
            t = doc[m]
            low = _norm(t.text)
            if self.index.containing(t.idx) is not None or t.text in (".", ";", ":", "!", "?") or t.is_space:
                return None
            if m > cue.last + 1 and (low in SUBJECT_PRONOUNS or low in self.res.verb_forms):
                return None  # a clause of its own has begun
            if t.text == "," and self.res.has("complementizer", _norm(doc[m + 1].text)) and m > cue.last + 1:
                return self.contents.after(cue, m + 1)
        return None

    def _content_after_aside(self, cue: Cue) -> Content | None:
        """French `souligne, dans un message adressé au président, que ...`, `a évoqué, elle, les « ... »`:
        an aside between commas right after the verb (no quotation, no finite verb) and then `que`, a
        quotation or, for a verb that reports its object, a noun phrase holding a quotation."""
        doc = self.doc
        _, s_end = self.sentences.bounds(cue.head)
        if cue.last + 2 >= s_end or doc[cue.last + 1].text != ",":
            return None
        for m in range(cue.last + 2, min(s_end - 1, cue.last + 2 + MAX_ASIDE_TOKENS)):
            t = doc[m]
            if self.index.containing(t.idx) is not None or t.text in (".", ";", ":", "!", "?") or t.is_space:
                return None
            if is_finite_verb(t):
                return None  # a clause of its own has begun
            if t.text != ",":
                continue
            if m == cue.last + 2:
                return None
            nxt = doc[m + 1]
            if self.res.has("complementizer", _norm(nxt.text)) or self.index.containing(nxt.idx) is not None:
                return self.contents.after(cue, m + 1)
            if cue.term.object and self.res.has("determiner", _norm(nxt.text)):
                end = self.contents.clause_end(m + 1, new_clause=True)
                if any(
                    m + 1 <= q_tok.i and q_tok.idx < end for q_tok in doc[m + 1 : s_end] if q_tok.text in ("«", "“")
                ):
                    return self.contents.make(nxt.idx, end)  # the noun phrase quotes the speaker's words
            return None
        return None

    def _opens_trailing(self, k: int) -> bool:
        """The words after the verb open trailing material (`in a statement`, `last week`), not content."""
        if k >= len(self.doc):
            return True
        low = _norm(self.doc[k].text)
        return self.res.has("trailing_word", low) or self.res.has("time_word", low) or self.doc[k].is_punct

    def _across_incise(self, content: Content, cue: Cue, incise_end: int | None = None) -> Content:
        """`So it makes sense, strategists said, for Democrats to act now.`: an incise inside the
        sentence; what was said runs on after it to the end of the sentence (cue inside, as in English
        annotation), unless trailing material or another verb of saying (`adding`) follows the comma.
        `incise_end`: the token after an inverted incise's speaker (`, said Mr Cole,`)."""
        doc = self.doc
        k = cue.last + 1 if incise_end is None else self._past_relative_aside(incise_end)
        _, s_end = self.sentences.bounds(cue.head)
        while k < s_end and (self.res.has("time_word", _norm(doc[k].text)) or doc[k].is_space):
            k += 1
        if k < s_end and doc[k].text != ",":
            k = self._addressee_comma(cue) or k  # `As for the mill, Ruiz told Radio One, the owners ...`
        if k + 1 >= s_end or doc[k].text != ",":
            return content
        nxt = doc[k + 1]
        low = _norm(nxt.text)
        if low.endswith("ing") or nxt.is_punct:
            return content
        if incise_end is not None and not self._clause_opens(k + 1, s_end):
            return content  # `..., said the mayor, who left early.`, `, said Ana Cole, a spokeswoman.`
        opening = self.contents.text[content.start : content.end].split(maxsplit=1)[0]
        if self.res.has("trailing_word", low) and not self.res.has("trailing_word", _norm(opening)):
            return content  # `..., he said, at a rally.`; but `In 1990, she said, when ...` runs on
        predicate = self.res.has("auxiliary", low) or self.res.has("modal", low)  # `The plan, she said, is dead.`
        if sum(t.is_alpha for t in doc[k + 1 : s_end]) < (2 if predicate else 3):
            return content
        if self._role_apposition(k + 1, s_end):
            return content  # `, explique Paul Martin, secrétaire général du syndicat.`: the speaker's role
        last = doc[s_end - 1]
        return self.contents.make(content.start, last.idx + len(last.text)) or content

    def _quote_after_speaker(self, e: int) -> bool:
        """A quotation right after the inverted speaker and its comma (`But, said Ms Park, "..."`)."""
        doc = self.doc
        k = e + 1 if e < len(doc) and doc[e].text == "," else e
        return k < len(doc) and self.index.containing(doc[k].idx) is not None

    def _past_relative_aside(self, k: int) -> int:
        """The comma closing a relative clause about an inverted speaker (`And the plan, said Ms Park,
        who chairs the board, is dead.`: the comma before `is`), or k itself."""
        doc = self.doc
        _, s_end = self.sentences.bounds(max(0, k - 1))
        if k + 1 >= s_end or doc[k].text != "," or not doc[k + 1].text.islower():
            return k
        if not self.res.has("clause_boundary", _norm(doc[k + 1].text)):
            return k
        for j in range(k + 2, s_end):
            if doc[j].text == ",":
                return j
        return k

    def _clause_opens(self, k: int, end: int) -> bool:
        """English: the words from k open a clause of their own, a finite verb before any relative or
        link word (`the river has risen`; not `who left early`, `a spokeswoman for the party that won`).
        Capitalised words are names, whatever their ending (`National Nurses United`)."""
        doc = self.doc
        words = []
        for t in doc[k:end]:
            if t.text.islower() and self.res.has("clause_boundary", _norm(t.text)):
                break
            if t.i + 1 < end and _norm(doc[t.i + 1].text) == "by":
                continue  # `the governor challenged by Sanders`: a participle, no finite verb
            if t.text.islower() or not t.is_alpha:
                words.append(t)
        return has_finite_verb(words, self.res, tagged=has(doc, "POS"))

    def _inside_reported(self, prev: Candidate | None, speaker: tuple[int, int], cue_first: int) -> bool:
        """English: `speaker` lies in what the verb before reported, and that verb came first (`A, X said,
        adding`) or what it reported ended before the participle (`X said the problem was serious,
        adding that`: the parse hangs `adding` on the reported clause, whose subject said nothing)."""
        if self.res.lang != "en" or prev is None or prev.content is None or prev.rule != "subject_verb":
            return False
        at = self.doc[speaker[0]].idx
        after = (  # with a parse only: the rule-based contents run on too loosely to tell
            has(self.doc, "DEP") and prev.start < prev.content.start and prev.content.end <= self.doc[cue_first].idx
        )
        return prev.content.start <= at < prev.content.end and (prev.content.end <= prev.start or after)

    def _apposition_of(self, name: tuple[int, int], other: tuple[int, int]) -> bool:
        """English: `other` is set off by a comma right after `name` (`Ana Ruiz, a farmer from Y,`)."""
        doc = self.doc
        return self.res.lang == "en" and other[0] == name[1] + 1 and doc[name[1]].text == ","

    def _trailing_only(self, cue: Cue) -> bool:
        """Nothing after the verb reports content: the sentence ends, or goes on with trailing material
        (`said in a statement`, `said Monday as she left`, `told reporters at the briefing`)."""
        doc = self.doc
        res = self.res
        k = cue.last + 1
        _, s_end = self.sentences.bounds(min(k, len(doc) - 1))
        tagged = has(doc, "POS")
        addressee = cue.term.addressee
        while k < s_end:
            t = doc[k]
            low = _norm(t.text)
            if t.is_space or res.has("time_word", low) or (tagged and t.pos_ == "ADV"):
                k += 1
                continue
            if t.text in (".", "!", "?", ",") or res.has("trailing_word", low) or low.endswith("ing"):
                return True
            if addressee and not res.has("complementizer", low) and not t.is_punct:
                # `told reporters`, `told The Associated Press`: the person told, then what follows it
                while k < s_end and not doc[k].is_punct and not res.has("trailing_word", _norm(doc[k].text)):
                    if tagged and doc[k].pos_ in ("VERB", "AUX", "PRON") and k > cue.last + 1:
                        return False
                    k += 1
                addressee = False
                continue
            return False
        return True

    def _participle(self, cue: Cue) -> Candidate | None:
        if self.res.is_a("relay_verb", self.doc[cue.head].text) and self._relays_anonymous(cue.head):
            return None  # `..., citing two officials`: unnamed sources relayed (`relays_anonymous`), no claim
        if self._report_source(cue.head) is not None:
            return None  # `, confirmant une information de La Provence`: a second source, no claim of its own
        if cue.term.incise and not (self._incise_slot(cue, False) or self._stance_object(cue, False)):
            return None  # `en saluant ses voisins`: an incise-only verb away from a quotation or colon
        noun_speaker = self._noun_before_participle(cue)
        speaker = noun_speaker or self.speakers.governor_subject(cue)
        prev = self._last
        same_sentence = prev is not None and self.sentences.bounds(prev.cue.head) == self.sentences.bounds(cue.head)
        if noun_speaker is not None:
            same_sentence = False  # the noun the participle qualifies speaks, not the clause around it
        if speaker is None and same_sentence:
            speaker = prev.speaker  # `», a poursuivi X, ajoutant : « ... »` (the parse hangs it on the quote)
        if same_sentence and self.res.lang == "fr" and self._right_after_inversion(prev, cue):
            # `Les rebelles ont pris la ville, a indiqué une source, soulignant que ...`: the participle
            # goes on from the inverted speaker, not from the subject of the reported clause
            speaker = prev.speaker
        if (
            prev is not None
            and self._relative_clause_subject(speaker)
            and self.sentences.bounds(prev.cue.head) == self.sentences.bounds(cue.head)
        ):
            speaker = prev.speaker  # `a déclaré X, dont le pays préside le G7, réaffirmant que`
        if speaker is None:
            return None
        if same_sentence and self.res.lang == "fr" and prev.speaker is not None and self._no_noun(speaker):
            # `Sollicitée par l'AFP, une source ... a dit ..., précisant que`: the parse gave the participle
            # the opening participle for subject; the source of the clause it goes on from speaks
            speaker = prev.speaker
        if same_sentence and prev.speaker is not None and self._apposition_of(prev.speaker, speaker):
            speaker = prev.speaker  # `X, a farmer from Y, described it as Z, saying ...`: the name, not its role
        if same_sentence and self._inside_reported(prev, speaker, cue.first):
            speaker = prev.speaker  # `A, X said on Monday, adding that B`: the subject of A said nothing
        speaker = self._carried_participle(cue, speaker)
        last = cue.last
        if last + 1 < len(self.doc) and self.res.has("complementizer", _norm(self.doc[last + 1].text)):
            last += 1
        content = self.contents.after(cue, cue.last + 1) or self.contents.nominal_object(cue)
        if content is None and cue.term.clause:
            content = self.contents.rest_of_sentence(cue.last + 1)  # `..., saying he would appeal.`
        if content is None and cue.term.object and not has(self.doc, "DEP"):
            content = self.contents.object_without_parse(cue.last + 1)  # `..., dismissing him as a fraud`
        if content is None:
            return None
        content = self._infinitive_clause_end(cue, content)
        sp_char = self.doc[speaker[0]].idx
        if speaker[0] > cue.last and content.start < sp_char < content.end:
            # `Blaming a weak market, the maker is cutting jobs`: what was said stops before its speaker
            content = self.contents.make(content.start, sp_char) or content
        start, end = self._chars(cue.first, last)
        return Candidate(cue, speaker, start, end, content, "participle")

    def _second_participle(self, cue: Cue) -> bool:
        """A bare past participle after `et` sharing an earlier auxiliary of `avoir` (`a rappelé X et précisé`)."""
        doc = self.doc
        return (
            cue.first == cue.head
            and cue.first > 0
            and _norm(doc[cue.first - 1].text) == "et"
            and shares_auxiliary(doc, doc[cue.head], cue.first)
        )

    def _second_verb_speaker(self, cue: Cue) -> tuple[int, int] | None:
        """French: a bare past participle after `et` going on from a report under one auxiliary (`Les
        avocats ont affirmé que X et dénoncé Y`): the first report's speaker, whatever noun the parse
        took for its subject inside X; the first report then stops before `et`."""
        prev = self._last
        doc = self.doc
        if self.res.lang != "fr" or prev is None or prev.speaker is None or cue.first != cue.head or cue.first < 2:
            return None
        if _norm(doc[cue.first - 1].text) != "et" or prev.cue.kind != "verb" or prev.speaker[1] > prev.cue.first:
            return None
        if self.sentences.bounds(prev.cue.head) != self.sentences.bounds(cue.head) or prev.cue.first == prev.cue.head:
            return None  # the first verb must hold its auxiliary
        if not (prev.content is not None and prev.content.start < doc[cue.first - 1].idx < prev.content.end):
            return None
        self._end_before_second_verb(cue)
        return prev.speaker

    def _end_before_second_verb(self, cue: Cue) -> None:
        """French: `a confirmé que X et annoncé Y`: the second participle under the same auxiliary reports
        on its own, so what the first verb reported stops before its `et` (no quotation across it)."""
        prev = self._last
        doc = self.doc
        if self.res.lang != "fr" or prev is None or prev.content is None or cue.first < 1:
            return
        et = doc[cue.first - 1]
        if _norm(et.text) != "et" or not prev.content.start < et.idx < prev.content.end:
            return
        if self.index.containing(et.idx) is not None:
            return
        end = et.i - 1 if doc[et.i - 1].text == "," else et.i
        trimmed = self.contents.make(prev.content.start, doc[end - 1].idx + len(doc[end - 1].text))
        if trimmed is not None:
            prev.content = trimmed

    def _infinitive_clause_end(self, cue: Cue, content: Content) -> Content:
        """French: an infinitive told after a participle (`affirmant ignorer tout, a refusé`) ends at the
        first comma or finite verb outside quotation marks: the main clause goes on after it."""
        doc = self.doc
        k = cue.last + 1
        while k < len(doc) - 1 and _norm(doc[k].lower_) in INFINITIVE_CLITICS:
            k += 1  # `affirmant n'avoir rien vu`
        if self.res.lang != "fr" or k >= len(doc) or not is_infinitive(doc[k]):
            return content
        for t in doc[k + 1 :]:
            if t.idx >= content.end:
                break
            if self.index.containing(t.idx) is not None:
                continue
            if t.text in (",", ";") or (t.pos_ in ("VERB", "AUX") and is_finite_verb(t)):
                return self.contents.make(content.start, doc[t.i - 1].idx + len(doc[t.i - 1].text)) or content
        return content

    def _noun_before_participle(self, cue: Cue) -> tuple[int, int] | None:
        """French: a present participle right after a noun, with no comma between, qualifies that noun,
        which speaks (`l'appel d'une passante disant avoir vu`, `des courriers faisant état de`); a
        participle after a comma goes on from the clause's subject, as before."""
        doc = self.doc
        k = cue.first - 1
        if self.res.lang != "fr" or k < 1 or not has(doc, "POS") or not _norm(doc[cue.first].text).endswith("ant"):
            return None
        s_start, _ = self.sentences.bounds(cue.head)
        while k > s_start and doc[k].pos_ == "ADJ":
            k -= 1  # `une voisine inquiète disant`: adjectives after the noun
        noun = doc[k]
        if noun.pos_ not in ("NOUN", "PROPN") or self.index.containing(noun.idx) is not None:
            return None
        if self.res.has("time_word", _norm(noun.text)) or self.res.has("calendar_word", _norm(noun.text)):
            return None
        j = self._noun_phrase_start(k, s_start)
        if j - 2 >= s_start and _norm(doc[j - 1].text) in ("de", "d'", "du", "des"):
            head = self._noun_phrase_start(j - 2, s_start)
            roles = ("person_noun", "anonymous_head", "unique_title", "office_title_noun", "leader_noun")
            if any(self.res.has(c, _norm(t.text)) for t in doc[head : j - 1] for c in roles):
                j = head  # `l'économiste de l'Insee disant`: the person of a body, not the body
        return (j, cue.first)

    def _noun_phrase_start(self, k: int, s_start: int) -> int:
        """The first token of the noun phrase ending at k: its determiner, adjectives and nouns."""
        doc = self.doc
        j = k
        while j > s_start and doc[j - 1].text != ",":
            t = doc[j - 1]
            if t.pos_ not in ("DET", "ADJ", "NUM", "PROPN", "NOUN") and not (t.is_alpha and t.text[:1].isupper()):
                break  # a first name the tagger missed (`d'Alexandra Durand disant`) stays in the name
            j -= 1
            if doc[j].pos_ == "DET":
                break
        return j

    def _no_noun(self, speaker: tuple[int, int]) -> bool:
        """No one: the phrase holds no noun, name, pronoun or number (a participle or an adjective alone),
        or it is the past participle opening its sentence with its agent a few words on (`Sollicitée aussi
        par l'AFP,`), which the tagger reads as a name for its capital."""
        doc = self.doc
        s, e = speaker
        if (
            e - s == 1
            and self.sentences.bounds(s)[0] == s
            and _norm(doc[s].text).endswith(FRONTED_PARTICIPLE_ENDINGS)
            and any(_norm(t.text) == "par" for t in doc[s + 1 : s + 4])
        ):
            return True
        if not has(doc, "POS"):
            return False
        return not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in doc[s:e])

    def _relative_clause_subject(self, speaker: tuple[int, int] | None) -> bool:
        """French: the subject the parse gives sits in a relative clause (`dont le pays`, `qui`), where
        the parse hung a participle that belongs to the main clause's speaker."""
        if self.res.lang != "fr" or speaker is None:
            return False
        s = speaker[0]
        first = _norm(self.doc[s].text)
        return (
            first in ("dont", "qui")
            or self.res.has("relative_pronoun", first)
            or (s > 0 and _norm(self.doc[s - 1].text) == "dont")
        )

    def _carried_participle(self, cue: Cue, speaker: tuple[int, int]) -> tuple[int, int]:
        """`X a martelé qu'il fallait « ... », précisant : « ... »`: a participle after a comma inside the
        previous attribution's content carries on its speaker (not a subject inside that content), and
        that content stops at the comma (French)."""
        prev = self._last
        doc = self.doc
        if self.res.lang != "fr" or prev is None or prev.content is None or cue.first == 0:
            return speaker
        if doc[cue.first - 1].text != "," or self.sentences.bounds(prev.cue.head) != self.sentences.bounds(cue.head):
            return speaker
        comma = doc[cue.first - 1].idx
        if not prev.content.start < comma < prev.content.end:
            return speaker
        inside = prev.content.start <= doc[speaker[0]].idx < prev.content.end
        if not inside and speaker != prev.speaker:
            return speaker
        trimmed = self.contents.make(prev.content.start, comma)
        if trimmed is not None:
            prev.content = trimmed
        return prev.speaker

    def _infinitive(self, cue: Cue) -> Candidate | None:
        if cue.term.incise and not (self._incise_slot(cue, False) or self._stance_object(cue, False)):
            return None  # `pour saluer un de ses frères`: not before a quotation or colon, no speech
        """`Il en a profité pour affirmer que ...`: the governing clause's subject; a narrative infinitive
        opening its sentence (`Et d'expliquer que ...`, `Avant d'ajouter que ...`) carries on the previous
        attribution's speaker when that is in the same or the previous sentence."""
        governor = self.doc[cue.head].head
        if governor.pos_ == "ADJ" and any(c.dep_ == "cop" for c in governor.children):
            return None  # `il est intéressant de noter que`: the reporter's own remark
        speaker = self.speakers.governor_subject(cue)
        s_start, _ = self.sentences.bounds(cue.head)
        if speaker is not None and speaker[0] < s_start:
            speaker = None
        if speaker is not None and self.res.lang == "fr" and self._clitic_only(speaker):
            speaker = self._subject_before_de(cue)  # `S'abstenant de ..., le consul de faire remarquer`
        prev = self._last
        if speaker is None and prev is not None and s_start > 0:
            p_start, _ = self.sentences.bounds(s_start - 1)
            if prev.cue.head >= p_start:
                speaker = prev.speaker
        if speaker is None and s_start > 0:
            speaker = self.speakers.narrative_previous_subject(cue, s_start)
        if speaker is None or speaker[0] <= cue.head < speaker[1]:
            return None
        if self._generic_reasoning(cue, speaker):
            return None
        content = self.contents.after(cue, cue.last + 1) or self.contents.nominal_object(cue)
        if content is not None and self.res.lang == "fr" and speaker[0] > cue.last:
            # a fronted frame (`Après avoir rappelé que A, le préfet ...`): what was said stops at its comma
            comma = self.doc[speaker[0] - 1].idx
            content = self.contents.make(content.start, comma) if content.start < comma < content.end else content
        if content is None or self._purpose_only(cue, content):
            return None
        start, end = self._chars(cue.first, cue.last)
        return Candidate(cue, speaker, start, end, content, "infinitive")

    def _clitic_only(self, speaker: tuple[int, int]) -> bool:
        """French: a speaker that is one object or reflexive clitic (`S'` of a fronted participle, `lui`)
        names no one: the parse took the clitic for a subject."""
        return speaker[1] - speaker[0] == 1 and _norm(self.doc[speaker[0]].text) in FR_NOT_SUBJECTS

    def _subject_before_de(self, cue: Cue) -> tuple[int, int] | None:
        """French narrative infinitive with a subject (`..., le consul de faire remarquer que`): the words
        between the comma (or the sentence's start) and `de`, when no verb stands among them; else None."""
        k = cue.first
        if _norm(self.doc[k].text) not in ("de", "d'"):
            k -= 1
        if k < 1 or _norm(self.doc[k].text) not in ("de", "d'"):
            return None
        s_start, _ = self.sentences.bounds(k)
        start = k
        while start > s_start and not self.doc[start - 1].is_punct and k - start < MAX_NP:
            start -= 1  # the whole phrase since the comma (`l'ambassadeur en question de dire`)
        if start == k or not (start == s_start or self.doc[start - 1].text == ","):
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in self.doc[start:k]):
            return None
        return start, k

    def _purpose_only(self, cue: Cue, content: Content) -> bool:
        """French `pour` + an infinitive of saying with a noun phrase for object (`ont manifesté pour
        dénoncer leurs conditions de travail`, `pour exprimer leur colère`): the purpose of an act, no
        statement. A `que` clause (`en a profité pour affirmer que`) or quoted words (`pour dénoncer une
        « criminalisation »`) stay: they are what was said."""
        if self.res.lang != "fr" or cue.first == 0 or _norm(self.doc[cue.first - 1].text) != "pour":
            return False
        lead = self.contents.text[self.doc[cue.last].idx : content.start].lower().replace("’", "'")
        if content.shape == "clause" and (" que " in lead or " qu'" in lead or lead.endswith((" que", " qu'"))):
            return False
        return not self._holds_quoted_words(content)

    def _generic_reasoning(self, cue: Cue, speaker: tuple[int, int]) -> bool:
        """French: an infinitive whose subject is the generic `on` (`On peut comparer ... pour constater
        que`, `peut-on avancer pour dire que`) or an impersonal `il est à` (`Il est à noter que`) is the
        writer's reasoning, no one's reported words."""
        if self.res.lang != "fr":
            return False
        doc = self.doc
        words = [_norm(t.text) for t in doc[speaker[0] : speaker[1]]]
        if words in (["on"], ["l'on"], ["-on"]):
            return True
        first = cue.first
        return first >= 3 and [_norm(t.text) for t in doc[first - 3 : first]] == ["il", "est", "à"]

    def _passive(self, cue: Cue) -> Candidate | None:
        """`ont été soulignées par les critiques`: the agent speaks and the clause before is what was said (or
        what follows, `informé par X que ...`). With no agent (`a été accusé de ...`, `sont rejetées comme
        ...`), the content after the verb is reported by an unnamed source: an anonymous attribution
        with no speaker span, as the annotators mark it."""
        doc = self.doc
        c = self.contents
        k = cue.last + 1
        while k < len(doc) and (doc[k].pos_ == "ADV" or self.res.has("time_word", _norm(doc[k].text))):
            k += 1
        k = adjunct_after(doc, k, self.res)  # `avancé par la suite que ...`: an adverbial phrase, no agent
        k = self._past_addressee(k)  # `annoncée à la presse par X`
        late = self._agent_after_complement(cue, k)
        if late is not None or (cue.first == cue.head and not self._infinitive_passive(cue)):
            return late  # a participle with no auxiliary (`une idée qualifiée de X par Y`) needs its agent
        if k < len(doc) and self.res.has("passive_agent", _norm(doc[k].text)):
            agent = self.speakers.right_np(k + 1, skip_time=False)
            if agent is None:
                return None
            agent = self._coordinated_agent(agent)
            content = c.after(cue, agent[1])
            if content is None:  # `Les craintes qu'une opération ... ont été soulignées par X`
                before = c.clause_before(cue.first)
                opening = doc[self.sentences.bounds(cue.first)[0] : cue.first]
                if before is not None and any(self.res.has("complementizer", _norm(t.text)) for t in opening):
                    content = before
            if content is None and cue.term.passive_object:
                content = self._passive_subject(cue)  # `La date est contestée par X`: what X contests
            if content is None:
                return None
            start, end = self._chars(cue.first, agent[1] - 1)
            return Candidate(cue, agent, start, end, content, "passive")
        incise_only = cue.term.incise and self.res.lang == "fr"  # `a été interpellé « dans la foulée »`: an arrest
        content = c.after(cue, cue.last + 1) if cue.term.agentless and not incise_only else None
        if content is None or _seen_only(cue, content):
            return None  # `des fissures avaient été constatées`: seen, nobody's statement
        if not self._opens_at(cue.last, k, content, cue.term.complement):
            return None  # `a été interpellé alors qu'il …`, `ont été prononcées à l'encontre de X : …`
        start, end = self._chars(cue.first, cue.last)
        self._speakerless.append(self._no_speaker(cue, start, end, content, "passive"))
        return None

    def _past_addressee(self, k: int) -> int:
        """French: the agent's `par` after the addressee of a passive of saying (`annoncée à l'AFP par
        X`, `confirmé aux journalistes par X`): at most MAX_MEDIUM_TOKENS words, no punctuation; else k."""
        doc = self.doc
        if self.res.lang != "fr" or k >= len(doc) or _norm(doc[k].text) not in ADDRESSEE_PREPOSITIONS:
            return k
        for j in range(k + 1, min(len(doc), k + 1 + MAX_MEDIUM_TOKENS)):
            if doc[j].is_punct or doc[j].is_space or self.index.containing(doc[j].idx) is not None:
                return k
            if self.res.has("passive_agent", _norm(doc[j].text)):
                return j
        return k

    def _coordinated_agent(self, agent: tuple[int, int]) -> tuple[int, int]:
        """French: a passive's agent or an inverted subject with the sources coordinated after it (`par un
        gendarme, une source judiciaire et l'avocat de la famille`, `ont indiqué un élu local, des
        responsables et des sources sécuritaires`), which the noun-phrase reader stops at the first comma: the
        whole list when an `et` closes it, each conjunct opening a noun phrase (one record per source
        follows, coordinated_sources.py); else the agent as found."""
        doc = self.doc
        _, s_end = self.sentences.bounds(agent[0])
        piece = agent[0]  # where the last source of the list so far starts
        for t in doc[agent[1] : min(s_end, agent[1] + MAX_SOURCE_LIST)]:
            if self.index.containing(t.idx) is not None:
                continue
            k = t.i + 1
            listed = k < len(doc) and opens_listed_source(doc, k, self.res, (piece, t.i))
            if t.text == "," and not (k < len(doc) and (doc[k].text == "et" or listed)):
                break  # `par le maire, qui a ajouté`: no list of sources
            if t.text == "et":
                conjunct = self.speakers.right_np(k, skip_time=False) if listed else None
                return (agent[0], conjunct[1]) if conjunct is not None and conjunct[0] == k else agent
            if t.text == ",":
                piece = k
            if t.is_punct and t.text not in (",", "(", ")"):
                break
        return agent

    def _opens_at(self, last: int, k: int, content: Content, complement: tuple[str, ...]) -> bool:
        """French: the content opens at token k (past the adverbs and adverbial phrases after the verb's
        last token `last`), or after a complementizer, a complement preposition of the verb (`accusé
        de`, `rejetées comme`) or a quotation mark there; an agentless passive with its content further
        on (after `alors qu'`, a place, a colon) is an act, the people in it no speakers (`a été
        interpellé alors qu'il …`)."""
        doc = self.doc
        if self.res.lang != "fr":
            return True
        for t in doc[k:]:
            if t.idx >= content.start:
                return True
            if t.i == k and t.text == ":":
                continue  # `L'effet est également souligné : « ... »`: the colon opens what was said
            low = _norm(t.text)
            if self.res.has("complementizer", low):
                before = doc[t.i - 1]
                if before.i > last and before.pos_ == "ADV" and not self.res.has("time_word", _norm(before.text)):
                    return False  # `alors qu'`, `tandis qu'`: a subordinate clause, not what was said
                continue
            quoted = self.index.containing(t.idx) is not None
            if not (quoted or t.is_space or low in (*complement, *PASSIVE_COMPLEMENTS)):
                return False
        return True

    def _infinitive_passive(self, cue: Cue) -> bool:
        """French `vient d'être annoncé que`: the passive auxiliary is an infinitive, which the cue's verb
        group leaves out, yet the participle is a passive with it; only before `que` (what was said)."""
        doc = self.doc
        k = cue.last + 1
        return (
            k < len(doc)
            and self.res.has("complementizer", _norm(doc[k].text))  # `vient d'être annoncé que`, not `dans les heures`
            and any(
                c.dep_ == "aux:pass" and c.i == cue.head - 1 and "Inf" in c.morph.get("VerbForm")
                for c in doc[cue.head].children
            )
        )

    def _agent_after_complement(self, cue: Cue, k: int) -> Candidate | None:
        """`Le texte a été qualifié de « honteux » par la maire`, `accusé de mentir par X`: the verb's
        complement comes before the agent; the agent speaks and the complement is what was said (French)."""
        doc = self.doc
        if self.res.lang != "fr" or k >= len(doc):
            return None
        if _norm(doc[k].text) not in (*cue.term.complement, *PASSIVE_COMPLEMENTS):
            return None
        _, s_end = self.sentences.bounds(cue.head)
        j = k + 1
        while j < min(s_end, k + 14):
            t = doc[j]
            if self.res.has("passive_agent", _norm(t.text)) and self.index.containing(t.idx) is None:
                break
            if (
                t.is_punct
                and t.text not in ("«", "»", '"', "“", "”", "'", "-")
                and self.index.containing(t.idx) is None
            ):
                return None
            if t.pos_ in ("VERB", "AUX") and "Part" in t.morph.get("VerbForm"):
                return None  # `rejetées comme des calomnies menées par X`: the agent of another participle
            j += 1
        else:
            return None
        agent = self.speakers.right_np(j + 1, skip_time=False) if j > k + 1 else None
        if agent is None:
            return None
        first = doc[agent[0]]
        if not (self.res.has("determiner", _norm(first.text)) or first.text[:1].isupper()):
            return None  # `par courrier`, `par téléphone`: a means, not an agent
        content = self.contents.make(doc[k + 1].idx, doc[j - 1].idx + len(doc[j - 1].text))
        if content is None:
            return None
        start, end = self._chars(cue.first, cue.last)
        # the complement is the qualification said of the subject, as an object is (`présenté comme X`)
        return Candidate(cue, agent, start, end, shaped(content, "object"), "passive")

    def _passive_subject(self, cue: Cue) -> Content | None:
        """The subject of a passive verb whose active object is what was said (`La date du scrutin est
        contestée par l'opposition`): that phrase is the content."""
        doc = self.doc
        s_start, _ = self.sentences.bounds(cue.head)
        for child in doc[cue.head].children:
            if child.dep_ == "nsubj:pass" and s_start <= child.i < cue.first and child.pos_ in ("NOUN", "PROPN"):
                s, e = self.speakers.np_from_head(child)
                if self.index.containing(doc[s].idx) is None:
                    return self.contents.make(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
        return None

    def _no_speaker(self, cue: Cue, start: int, end: int, content: Content, rule: str) -> Attribution:
        """An attribution to a source the text does not name (agentless): anonymous, no speaker span."""
        return self._unnamed_source(start, end, content, cue.head, cue.term.stance, cue.term.term, rule)

    def _unnamed_source(
        self, start: int, end: int, content: Content, verb_at: int, stance: str, verb_lemma: str, rule: str
    ) -> Attribution:
        """A record with no speaker span (an agentless passive, `is said to`, `The court heard`): typed
        anonymous, as the annotators mark a source the text does not name."""
        return Attribution(
            start=start,
            end=end,
            text=self.contents.text[start:end],
            speaker="",
            speaker_start=None,
            speaker_end=None,
            speaker_type="anonymous",
            form=content.form,
            verb=self.doc[verb_at].text,
            content_start=content.start,
            content_end=content.end,
            stance=stance,
            verb_lemma=verb_lemma,
            rule=rule,
        )

    def _evidentials(self, found: list[Attribution]) -> list[Attribution]:
        """`X seems to Y`, `X is expected to Y` (English): a claim with no source named, the cue inside
        its proposition (see evidential.py); not where another attribution already has that cue."""
        out = []
        doc = self.doc
        for ev in find_evidentials(doc, self.res, self.index, self.sentences, self.contents):
            start, end = self._chars(ev.first, ev.last)
            if any(a.start < end and start < a.end for a in found):
                continue
            lemma = doc[ev.last].lemma_ or doc[ev.last].lower_
            out.append(self._unnamed_source(start, end, ev.content, ev.last, "distancing", lemma, "evidential"))
        return out

    def _heard(self, found: list[Attribution]) -> list[Attribution]:
        """`The court heard ...`, `The jury was told ...` (English): said by a witness or counsel the
        sentence does not name (see heard.py); not where another attribution already has the cue."""
        out = []
        doc = self.doc
        for h in find_heard(doc, self.res, self.index, self.sentences, self.contents):
            start, end = self._chars(h.first, h.last)
            if any(a.start < end and start < a.end for a in found):
                continue
            if any(a.content_start is not None and a.content_start < end < (a.content_end or 0) for a in found):
                continue  # inside what someone else is reported to have said
            lemma = "hear" if doc[h.last].lower_ != "told" else "tell"
            out.append(self._unnamed_source(start, end, h.content, h.last, "neutral", lemma, "heard"))
        return out

    def _agentless(self, found: list[Attribution]) -> list[Attribution]:
        """`It was revealed that ...`, `..., the court was told.` (English): a passive of saying whose
        source the text does not name (see agentless.py); not where another attribution already has
        the cue or holds it in its content."""
        out = []
        doc = self.doc
        for p in find_agentless(doc, self.res, self.index, self.sentences, self.contents):
            start, end = self._chars(p.first, p.last)
            if any(a.start < end and start < a.end for a in found):
                continue
            if any(a.content_start is not None and a.content_start < end < (a.content_end or 0) for a in found):
                continue  # inside what someone else is reported to have said
            lemma = doc[p.last].lemma_ or doc[p.last].lower_
            out.append(self._unnamed_source(start, end, p.content, p.last, "neutral", lemma, "agentless"))
        return out

    def _learnt(self, found: list[Attribution]) -> list[Attribution]:
        """`..., a-t-on appris.` (French): learnt from a source the sentence does not name (see
        learnt.py); not where another attribution already has the cue or holds it in its content."""
        out = []
        for h in find_learnt(self.doc, self.res, self.index, self.contents):
            start, end = self._chars(h.first, h.last)
            if any(a.start < end and start < a.end for a in found):
                continue
            if any(a.content_start is not None and a.content_start < end < (a.content_end or 0) for a in found):
                continue
            out.append(self._unnamed_source(start, end, h.content, h.last, "neutral", "apprendre", "learnt"))
        return out

    def _no_comment(self, a: Attribution) -> bool:
        """`declined to comment`, `did not respond to a request for comment`: the content is only the
        no-comment formula (`no_comment` in sources.yaml), nothing was said, so there is no attribution."""
        if self.res.lang != "en" or a.content_start is None or a.content_end is None:
            return False
        words = tuple(self.contents.text[a.content_start : a.content_end].lower().rstrip(".,;").split())
        return bool(words) and words in self.res.phrases.get("no_comment", ())

    def _nothing_said(self, a: Attribution) -> bool:
        """`residents wanted to know why ...`, `a guard, who declined to be named, ...`: the content opens
        with an infinitive that reports no statement (`no_statement_opener` in sources.yaml)."""
        if self.res.lang != "en" or a.content_start is None or a.content_end is None:
            return False
        words = re.findall(r"[\w'’]+", self.contents.text[a.content_start : a.content_end].lower())
        return any(
            tuple(words[: len(phrase)]) == phrase
            for phrase in self.res.phrase_list("no_statement_opener").get(words[0] if words else "", ())
        )

    def _questions(self, found: list[Attribution]) -> list[Attribution]:
        """`Asked whether ...`, `when asked about ...`, `X was asked if ...` (English): what was asked,
        by nobody named or by the `by` phrase (see asked.py); not where another attribution has the
        cue or the question already."""
        asked = find_asked(self.doc, self.res, self.index, self.sentences, self.contents, self.speakers)
        rules = ("asked", "asked_by")
        made = (
            self._phrase_attribution(found, (q.first, q.last), q.last, "ask", q.content, q.speaker, rules)
            for q in asked
        )
        return [a for a in made if a is not None]

    def _claim_nouns(self, found: list[Attribution]) -> list[Attribution]:
        """`Trump's claim that ...`, `the warning that ...` (English): the clause, by the possessor or
        by nobody named (see claim_nouns.py); not where another attribution has the noun or the clause."""
        doc = self.doc
        made = (
            self._phrase_attribution(
                found,
                (n.head, n.last),
                n.head,
                doc[n.head].lemma_ or doc[n.head].lower_,
                n.content,
                n.speaker,
                ("claim_noun", "claim_noun_of"),
            )
            for n in find_claim_nouns(doc, self.res, self.index, self.contents, self.speakers)
        )
        return [a for a in made if a is not None]

    def _stance_adjectives(self, found: list[Attribution]) -> list[Attribution]:
        """`aides remain confident that ...`, `she made it clear that ...` (English): the clause, by the
        subject (see stance_adjectives.py); not where another attribution has the cue or the clause."""
        made = (
            self._phrase_attribution(
                found,
                (s.first, s.last),
                s.last,
                self.doc[s.last].lower_,
                s.content,
                s.speaker,
                ("stance_adjective",) * 2,
            )
            for s in find_stance_adjectives(self.doc, self.res, self.index, self.contents, self.speakers)
        )
        return [a for a in made if a is not None]

    def _phrase_attribution(
        self,
        found: list[Attribution],
        cue_tokens: tuple[int, int],
        verb: int,
        lemma: str,
        c: Content,
        speaker_tokens: tuple[int, int] | None,
        rules: tuple[str, str],
    ) -> Attribution | None:
        """An attribution found by a phrase rule (a question, a claim noun) whose speaker may be unnamed
        (`rules[0]`, typed anonymous) or a span (`rules[1]`); None where another attribution already has
        the cue or the content, which the clause rules found first and know better."""
        start, end = self._chars(cue_tokens[0], cue_tokens[1])
        if any(
            (a.start < end and start < a.end)
            or (a.content_start is not None and a.content_start < c.end and c.start < (a.content_end or 0))
            for a in found
        ):
            return None
        text = self.contents.text
        speaker, s_char, e_char, kind = "", None, None, "anonymous"
        if speaker_tokens is not None:
            s_char, e_char = self._chars(speaker_tokens[0], speaker_tokens[1] - 1)
            speaker = text[s_char:e_char]
            kind = classify(self.doc, speaker_tokens[0], speaker_tokens[1], self.res, memo=self._types).type
            kind = "anonymous" if kind == PRONOUN else kind
        return Attribution(
            start=start,
            end=end,
            text=text[start:end],
            speaker=speaker,
            speaker_start=s_char,
            speaker_end=e_char,
            speaker_type=kind,
            form=c.form,
            verb=self.doc[verb].text,
            content_start=c.start,
            content_end=c.end,
            stance="neutral",
            verb_lemma=lemma,
            rule=rules[0] if speaker_tokens is None else rules[1],
        )

    def _as_reported(self, cue: Cue) -> Candidate | None:
        """`comme annoncé par X`, `comme le souligne X`, `comme l'a rappelé X`: the source follows; what
        was said is the clause before (or, when `comme` opens the sentence, the rest of it). With no
        source (`comme annoncé,`), an anonymous attribution with no speaker span."""
        doc = self.doc
        if cue.clitic is not None:
            return self._as_reported_by_pronoun(cue)
        k = adjunct_after(doc, cue.last + 1, self.res)
        while k < len(doc) and doc[k].pos_ == "ADV" and doc[k].text.islower():
            k = adjunct_after(doc, k + 1, self.res)
        if k < len(doc) and self.res.has("np_stop", _norm(doc[k].text)):
            k += 1
        # `comme l'a indiqué lundi matin l'agence X`: the date is when, the phrase after it who
        speaker = self.speakers.right_np(k, skip_time=True) if self.res.lang == "fr" else None
        speaker = speaker or self.speakers.right_np(k, skip_time=False)  # English: one walk, not two
        if speaker is None:
            return self._unsourced(cue)
        content = self._quote_right_after(speaker[1])  # `comme le suggère X : « ... »`
        if content is None:
            content = self.contents.clause_before(cue.first)
        if content is None:
            content = self._sentence_before_as_reported(cue, speaker[1])
        if content is None:
            content = self.contents.sentence_after(self._past_adjunct(speaker[1]))
        if content is None:
            return None
        start, end = self._chars(cue.first, speaker[1] - 1)
        return self._with_document_author(Candidate(cue, speaker, start, end, content, "as_reported"))

    def _as_reported_by_pronoun(self, cue: Cue) -> Candidate | None:
        """`Comme il l'avait annoncé début août, le fournisseur a prévenu que ...`: the pronoun before
        the clitic speaks; what it said is the clause before, or the host clause after the comma."""
        before = self.contents.clause_before(cue.first)
        if before is not None:  # `Les élus, comme ils l'ont rappelé, refusent ...`: the sentence around it
            _, s_end = self.sentences.bounds(cue.first)
            content = self.contents.make(before.start, self.doc[s_end - 1].idx + len(self.doc[s_end - 1].text))
        else:
            content = self.contents.sentence_after(self._past_adjunct(cue.last + 1))
        if content is None:
            return None
        start, end = self._chars(cue.first, cue.last)
        return Candidate(cue, (cue.clitic, cue.clitic + 1), start, end, content, "as_reported")

    def _sentence_before_as_reported(self, cue: Cue, after_speaker: int) -> Content | None:
        """`Un nouveau calendrier est envisagé. Comme vient de le confirmer le maire, lundi soir.`: a
        sentence that is only the `comme` phrase and its adjuncts confirms the sentence before it."""
        doc = self.doc
        s_start, s_end = self.sentences.bounds(cue.first)
        if cue.first != s_start or any(is_finite_verb(t) for t in doc[after_speaker:s_end]):
            return None
        return self.contents.sentence_before(s_start)

    def _past_que(self, k: int) -> int:
        """French: the token after a `que` at k (a marker's source then its clause: `il ressort de
        l'enquête que ...`), which the content leaves out as it does after a verb; else k."""
        doc = self.doc
        if self.res.lang == "fr" and k + 1 < len(doc) and _norm(doc[k].text) in ("que", "qu'"):
            return k + 1
        return k

    def _quote_right_after(self, k: int) -> Content | None:
        """French: a quotation opening right after the source, or after a colon, is what it said."""
        doc = self.doc
        if self.res.lang != "fr" or k >= len(doc):
            return None
        k = self._colon_after_adjunct(k)
        if doc[k].text == ":" and k + 1 < len(doc):
            k += 1
            while k + 1 < len(doc) and doc[k].is_space and doc[k].text.count("\n") <= 2:
                k += 1  # `Comme l'a fait valoir X :` closing its paragraph, the quotation opening the next
        mark = self.index.containing(doc[k].idx)
        if mark is None or mark.outer_start != doc[k].idx:
            return None
        return self.contents.quote_content(mark)

    def _colon_after_adjunct(self, k: int) -> int:
        """`Comme l'a expliqué X, lors de la réunion de lundi :`: a verbless adjunct between a comma and
        a colon does not stop the quotation after the colon being X's words; the colon's index, else k."""
        doc = self.doc
        if doc[k].text != ",":
            return k
        inside = self.index.containing(doc[k].idx)  # the same quotation when the whole is nested
        for j in range(k + 1, min(k + 1 + MAX_ADJUNCT_TOKENS, len(doc))):
            t = doc[j]
            if t.text == ":":
                return j
            if t.is_space or t.text in (".", "!", "?", ";") or self.index.containing(t.idx) != inside:
                break
            if is_finite_verb(t):
                break  # `, il ajoute :` is a clause of its own
        return k

    def _past_adjunct(self, k: int) -> int:
        """After `Comme l'a dit X`, a short verbless adjunct closed by a comma (`en 2019,`) is not what
        X said: the content starts after that comma."""
        doc = self.doc
        for j in range(k, min(k + 6, len(doc))):
            t = doc[j]
            if t.text == ",":
                return j + 1
            if t.pos_ in ("VERB", "AUX") or t.is_space or self.index.containing(t.idx) is not None:
                break
        return k

    def _unsourced(self, cue: Cue) -> None:
        """`Les livraisons ont, comme annoncé, baissé`: announced by somebody the text does not name; the
        content is the sentence the incise sits in."""
        doc = self.doc
        k = cue.last + 1
        if not cue.term.agentless or k >= len(doc) or not doc[k].is_punct:
            return None
        before = self.contents.clause_before(cue.first)
        if before is None:
            return None
        _, s_end = self.sentences.bounds(cue.first)
        last = doc[s_end - 1]
        content = self.contents.make(before.start, last.idx + len(last.text)) if doc[k].text == "," else before
        if content is None:
            return None
        start, end = self._chars(cue.first, cue.last)
        self._speakerless.append(self._no_speaker(cue, start, end, content, "as_reported"))
        return None

    def _marker(self, cue: Cue) -> Candidate | None:
        doc = self.doc
        if self.res.lang == "fr" and self._after_hearsay_source(cue):
            return self._hearsay(cue, coordinated=True)  # `auprès de la direction et de source syndicale`
        if cue.term.preceded_by and not self._preceded_by(cue, cue.term.preceded_by):
            return None  # `elle aime lire dans le train`: not `on peut lire dans le rapport`
        if cue.term.hearsay or (
            self.res.lang == "fr" and self._preceded_by(cue, self.res.hearsay_preceders, dates=True)
        ):
            return self._hearsay(cue)  # `..., apprend-on de source proche du dossier`: the plain marker too
        k = cue.last + 1
        relative = self._relative_marker(cue)
        if relative is not None:
            return relative
        if k < len(doc) and self.res.has("relative_pronoun", _norm(doc[k].text)):
            # `le discours de la Maison-Blanche selon lequel tout ...`: the source is the antecedent
            source = self.speakers.left_np(cue.first - 1)
            content = self.contents.clause_end(k + 1) if source is not None else None
            if source is None or content is None:
                return None
            found = self.contents.make(doc[k + 1].idx, content) if k + 1 < len(doc) else None
            if found is None:
                return None
            start, end = self._chars(cue.first, k)
            return Candidate(cue, source, start, end, found, "marker")
        if cue.term.pronoun_source:
            speaker = self._pronoun_in_marker(cue)
        else:
            speaker = self._noun_in_marker(cue) or self.speakers.right_np(cue.last + 1, skip_time=False, marker=True)
        if speaker is None:
            return None
        if self.res.lang == "fr" and not cue.term.pronoun_source:
            speaker = self._own_sources_among(speaker)
        back = self._pronoun_before_marker(cue, speaker)
        if back is not None:
            return back
        if cue.term.source_nouns:
            speaker = self._source_noun_phrase(speaker, cue.term.source_nouns)
            if speaker is None:
                return None
        elif cue.term.initial and not self._initial_marker_ok(speaker):
            return None
        if any(
            t.pos_ == "NOUN"
            and (
                self.res.is_a("marker_non_source", t.text, t.lemma_)
                or (t.text.islower() and self.res.has("marker_non_source_lower", t.text))
            )
            for t in doc[speaker[0] : speaker[1]][:3]
        ):
            # `selon les périodes`, `selon nos critères`: depending on, not a source; `en début d'après midi`: the
            # afternoon without its hyphen, where a capitalised `Midi` would be a paper's name
            return None
        # `selon le quotidien connu pour son nationalisme, ...`: the source's participial modifier is part
        # of the cue, not of what was said (the speaker stays the noun phrase, which its type comes from)
        e = max(self.speakers.with_participle(speaker)[1], cue.last + 1)
        if self.res.lang == "fr" and is_quoted_title(doc, speaker[0], speaker[1]):
            e = speaker[1] + 1  # `selon « Le Monde », ...`: the closing mark is the source's, not the claim's
        if self.res.lang == "fr":
            e = self._opening_marker_trail(cue, e)
        # The reported content: what follows (`Selon lui, « ... »`) or what precedes (`..., selon X.`).
        k = e
        while k < len(doc) and doc[k].is_space:
            k += 1
        at_end = k >= len(doc) or doc[k].text in (".", "!", "?", ";") or self.sentences.bounds(k)[0] == k
        if not at_end and self.res.lang == "fr" and self._source_tail(cue, k):
            at_end = True  # `..., selon les termes d'un parent présent sur place.`: the source's own modifier
        relays = self._relays_anonymous(e)
        c = self.contents
        # `..., according to people familiar with the matter who ...`: a postposed source reports what precedes
        dashed = self.res.lang == "en" and self._spaced_hyphen(cue.first - 1)  # `X - according to Y`
        postposed = cue.first > 0 and (doc[cue.first - 1].text in (",", "(", "—", "–") or dashed)
        lead = self._inverted_lead(cue) if self.res.lang == "fr" and cue.term.preceded_by else None
        if lead is not None:
            postposed = True  # `« ... », lit-on dans le communiqué`: the inverted words open the incise
        # `... difficile selon Paul Girard, président de la fédération.`: the source's role ends the sentence
        apposed = (
            self.res.lang == "fr"
            and not at_end
            and not postposed  # `, selon X, un dialogue « franc »`: an inserted source, the sentence goes on
            and cue.first > self.sentences.bounds(cue.first)[0]  # not `Selon X, ...` opening the sentence
            and doc[k].text == ","
            and self._apposition_ends(k + 1)
        )
        # `Selon X, dont les propos ont été rapportés par Y, <clause>`: a relative clause of relaying, as `qui cite`
        relay_clause = None
        if self.res.lang == "fr" and not relays and not at_end and doc[k].text == ",":
            agent = relay_agent(doc, speaker[0], e, self.sentences.bounds(k)[1], self.res, self.speakers, marker=True)
            if agent is not None and agent.verb > k and agent.end < len(doc) and doc[agent.end].text == ",":
                relay_clause = agent.end  # set off by commas, not `des élus cités par Y`: the claim follows
            else:
                relay_clause = self._relative_aside_end(k)  # `Selon la préfecture, qui a fait le point, ...`
        # `un lynx selon lui, qui serait ...`, `au plus bas selon X, et cinq communes ...`: a source inside
        # the sentence whose comma opens a relative or a coordinated clause reports what precedes it
        trailing = (
            self.res.lang == "fr"
            and not at_end
            and not postposed
            and cue.first > self.sentences.bounds(cue.first)[0]
            and doc[k].text == ","
            and k + 1 < len(doc)
            and _norm(doc[k + 1].lower_) in MARKER_TRAILING_LINKS
        )
        # `peu nombreux selon la préfecture qui évoque 300 personnes`: a source inside the sentence, no comma,
        # then its own relative clause: the claim is what precedes the marker
        trailing = trailing or (
            self.res.lang == "fr"
            and not at_end
            and not postposed
            and cue.first > self.sentences.bounds(cue.first)[0]
            and _norm(doc[k].lower_) in ("qui", "dont")
        )
        before_first = at_end or relays or postposed or apposed or trailing or relay_clause is not None
        if self.res.lang == "fr" and not before_first and doc[k].text == ",":
            e = self._role_then_comma(k) or e  # `Selon X, président de Y, <clause>`: the role is no claim
        content = self._colon_after_source(e) if not postposed else None  # `Selon X dans une note :` ¶ ...
        relative_comma = self._after_relative_pronoun(cue, k) if postposed else None
        in_relative = relative_comma is not None
        if relative_comma is not None:  # `les pêcheurs qui, selon X, « ont été secourus »`: the relative clause
            content = c.make(doc[relative_comma + 1].idx, c.clause_end(relative_comma + 1, new_clause=True))
        if content is None:
            first = cue.first if lead is None else lead
            after = self._past_que(e) if not before_first else e  # `il ressort des témoignages que ...`
            content = c.clause_before(first) if before_first else c.sentence_after(after) or c.clause_before(first)
        if content is None and relays and not postposed and not at_end and self.res.lang == "fr":
            content = self._after_relay_clause(e)  # `Selon Politico, qui cite des diplomates, le sommet ...`
        if content is None and relay_clause is not None and not postposed:
            content = c.sentence_after(relay_clause + 1)
        if content is None and postposed and k < len(doc) and doc[k].text == ",":
            content = c.sentence_after(k + 1)  # `Notons, selon les experts, aujourd'hui, ...`
            # `Le site, d'après le maire, fermera en mai`: the subject before the inserted source (too short
            # for a clause of its own) belongs to the claim; French annotators take the whole sentence
            if content is not None and (self.res.lang == "en" or self._subject_only_before(cue.first)):
                # `Now, according to X, most farms ...`: the whole sentence, its opening word and the cue inside
                s_start, _ = self.sentences.bounds(cue.first)
                content = c.make(doc[s_start].idx, content.end) or content
        if content is not None and self._inside_verb_group(cue, k, postposed, at_end):
            # `Les travaux ont selon eux pris du retard`: a source inside the verb group, no commas; French
            # annotators take the whole sentence the inserted source sits in
            s_start, s_end = self.sentences.bounds(cue.first)
            last_tok = doc[s_end - 1] if not doc[s_end - 1].is_punct else doc[s_end - 2]
            content = c.make(doc[s_start].idx, last_tok.idx + len(last_tok.text)) or content
        if content is None:
            return None
        start, end = self._chars(cue.first, e - 1)
        if postposed and self.res.lang == "en" and k < len(doc) and doc[k].text == ",":
            content = self._around_marker(content, k)
        elif postposed and not in_relative and k < len(doc) and doc[k].text == "," and not self._speech_relative(k):
            # `La candidature, selon le politicien, a été « un cadeau »`: French annotators take the whole
            # sentence the inserted source sits in, whatever the length of its opening
            _, s_end = self.sentences.bounds(k)
            last = doc[s_end - 1]
            content = self.contents.make(content.start, last.idx + len(last.text)) or content
        cand = Candidate(cue, speaker, start, end, content, "marker", relays_anonymous=relays)
        return self._with_document_author(cand)

    def _own_sources_among(self, speaker: tuple[int, int]) -> tuple[int, int]:
        """French: the outlet's own sourcing placed among people (`d'après nos sources auprès des enseignants`,
        `selon nos informations auprès de la préfecture`): the people or body after `auprès de` are the
        source; `nos sources` alone stays as it is."""
        doc = self.doc
        s, e = speaker
        if _norm(doc[s].lower_) not in ("nos", "notre") or e + 1 >= len(doc) or _norm(doc[e].lower_) != "auprès":
            return speaker
        prep = _norm(doc[e + 1].lower_)
        if prep not in ("de", "d'", "du", "des"):
            return speaker
        start = e + 2 if prep in ("de", "d'") else e + 1
        inner = self.speakers.right_np(start, skip_time=False)
        return inner if inner is not None and inner[0] == start else speaker

    def _source_tail(self, cue: Cue, k: int) -> bool:
        """French: a marker after a comma inside the sentence whose source leaves only a short phrase led by a
        preposition before the full stop (`, selon un témoin présent sur place.`, `, selon X en début de
        soirée.`): no verb, no punctuation, at most four words; the marker closes the sentence."""
        doc = self.doc
        _, s_end = self.sentences.bounds(k)
        rest = [t for t in doc[k:s_end] if not t.is_space]
        if rest and rest[-1].text in (".", "!", "?"):
            rest = rest[:-1]
        return (
            cue.first > 0
            and doc[cue.first - 1].text in (",", '"', "»", "”")  # `"... les choses," selon X présent sur place`
            and 0 < len(rest) <= 4
            and rest[0].pos_ == "ADP"
            and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in rest)
            and self.index.containing(rest[0].idx) is None
        )

    def _pronominal_a_ce_que(self, cue: Cue) -> bool:
        """French: a pronominal verb right before `à ce que` (`s'est opposé à ce qu'un sursis soit accordé`):
        the clause is the position stated, even for a verb that otherwise reports only as an incise."""
        doc = self.doc
        return (
            self.res.lang == "fr"
            and any(_norm(doc[x].lower_) in ("se", "s'") for x in range(max(0, cue.first - 1), cue.head))
            and self.contents.a_ce_que(cue.last + 1)
        )

    def _inside_verb_group(self, cue: Cue, k: int, postposed: bool, at_end: bool) -> bool:
        """French: a marker with no comma between an auxiliary or a finite verb and the participle or infinitive
        that completes it (`ont selon eux pris`, `serait d'après X parti`): the source sits inside the clause
        (not after a participle: `des prix plafonnés selon un barème publié lundi`)."""
        doc = self.doc
        return (
            self.res.lang == "fr"
            and not postposed
            and not at_end
            and cue.first > self.sentences.bounds(cue.first)[0]
            and k < len(doc)
            and (doc[cue.first - 1].pos_ == "AUX" or "Fin" in doc[cue.first - 1].morph.get("VerbForm"))
            and doc[k].pos_ in ("VERB", "AUX")
            and doc[k].text.islower()
        )

    def _relative_marker(self, cue: Cue) -> Candidate | None:
        """French: a marker governing a relative pronoun after a comma (`selon une source policière, pour
        qui « ... »`, `a déclaré le ministre, selon qui le vote ...`): the source is the noun phrase
        before the comma, and what it says is the clause after the pronoun."""
        doc = self.doc
        k = cue.last + 1
        if self.res.lang != "fr" or k + 1 >= len(doc) or not self.res.has("person_relative", _norm(doc[k].text)):
            return None
        source = self.speakers.antecedent_before_comma(cue.first)  # after a comma, or None
        if source is None:
            return None
        content = self.contents.make(doc[k + 1].idx, self.contents.clause_end(k + 1))
        if content is None:
            return None
        start, end = self._chars(cue.first, k)
        return Candidate(cue, source, start, end, content, "marker")

    def _speech_relative(self, k: int) -> bool:
        """French: the comma at k opens a relative clause of saying on the source just named (`, qui
        évoque ...`, `, qui fait état de ...`, `, pour qui ...`, `, selon qui ...`): the relative is a
        record of its own, so an inserted source's claim stops before it."""
        doc = self.doc
        if doc[k].text != "," or k + 2 >= len(doc):
            return False
        first, second = _norm(doc[k + 1].text), _norm(doc[k + 2].text)
        if self.res.has("person_relative", second) and first in self.res.markers:
            return True
        if not self.res.has("person_relative", first):
            return False
        for t in doc[k + 2 : min(len(doc), k + 2 + MAX_RELATIVE_VERB_REACH)]:
            if t.is_punct:
                return False
            if saying_verb_at(t, self.res):
                return True
        return False

    def _after_relative_pronoun(self, cue: Cue, k: int) -> int | None:
        """French: the marker is set off by commas right after a relative pronoun (`qui, selon un
        responsable de la préfecture, ont été secourus`): it reports the relative clause that follows it,
        not the main clause before. The comma that closes the source (its complement may follow the
        noun phrase, no verb or quotation), or None."""
        doc = self.doc
        if self.res.lang != "fr" or cue.first < 2 or doc[cue.first - 1].text != ",":
            return None
        relative = _norm(doc[cue.first - 2].text)
        if relative not in FR_RELATIVES and not self.res.has("relative_pronoun", relative):
            return None
        for m in range(k, min(len(doc) - 1, k + MAX_RELATIVE_ASIDE)):
            t = doc[m]
            if t.text == ",":
                return m
            if t.is_punct or is_finite_verb(t) or self.index.containing(t.idx) is not None:
                return None
        return None

    def _spaced_hyphen(self, k: int) -> bool:
        """A hyphen with a space on each side is a dash (`three towns - A, B and C - according to X`),
        not the hyphen inside a word (`e-scooter`)."""
        doc = self.doc
        return k > 0 and doc[k].text in ("-", "--") and bool(doc[k].whitespace_) and bool(doc[k - 1].whitespace_)

    def _pronoun_before_marker(self, cue: Cue, speaker: tuple[int, int]) -> Candidate | None:
        """English `That's according to X.`, `This was according to X.`: the demonstrative stands for the
        sentence before, which is what X reports; the source runs to the end of the sentence. The content
        covers that sentence and the pronoun (annotators take one or the other)."""
        doc = self.doc
        if self.res.lang != "en":
            return None
        s_start, s_end = self.sentences.bounds(cue.first)
        words = [t for t in doc[s_start : cue.first] if not t.is_space]
        if len(words) != 2 or _norm(words[0].lower_) not in BACK_PRONOUNS:
            return None
        if _norm(words[1].lower_) not in BACK_COPULAS:
            return None
        end = s_end
        while end > speaker[1] and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if any(self.index.containing(t.idx) is not None for t in doc[speaker[0] : end]):
            return None  # a quotation after the source: not a plain source phrase
        before = s_start - 1
        while before >= 0 and doc[before].is_space:
            before -= 1  # the sentence before may end its paragraph
        start = self.sentences.bounds(before)[0] if before >= 0 else s_start
        while doc[start].is_space:
            start += 1
        pron = words[0]
        content = self.contents.make(doc[start].idx, pron.idx + len(pron.text))
        if content is None:
            return None
        first, last = self._chars(cue.first, cue.last)
        return self._with_document_author(Candidate(cue, (speaker[0], end), first, last, content, "marker"))

    def _relative_aside_end(self, comma: int) -> int | None:
        """French: the comma closing a relative clause set off after a source (`, qui a fait le point
        mardi,`, `, dont le rapport paraît lundi,`), when the sentence goes on after it, else None."""
        doc = self.doc
        _, s_end = self.sentences.bounds(comma)
        if comma + 2 >= s_end or _norm(doc[comma + 1].text) not in ("qui", "dont"):
            return None
        verb = False
        for k in range(comma + 2, min(s_end - 1, comma + MAX_RELATIVE_ASIDE)):
            t = doc[k]
            if t.text == ",":
                return k if verb else None
            if t.is_punct or self.index.containing(t.idx) is not None:
                return None
            # the small model tags some verbs as nouns (`qui cite`): a listed verb form counts too
            verb = verb or is_finite_verb(t) or _norm(t.text) in self.res.verb_forms
        return None

    def _opening_marker_trail(self, cue: Cue, e: int) -> int:
        """French `Selon un sondage Ifop pour Le Figaro publié lundi, ...`, `D'après un rapport de
        l'association (ACAI) datant de 2018, ...`: a marker opening its sentence whose source phrase
        stopped before a preposition or a bracket (`pour`, `à`) runs on to the comma that closes it, when
        no finite verb, quotation or other punctuation comes first: those words are the cue's, and what
        was said starts after the comma (not at `pour Le Figaro`)."""
        doc = self.doc
        s_start, s_end = self.sentences.bounds(cue.first)
        if cue.first != s_start or e >= s_end or doc[e].text == ",":
            return e
        depth = 0
        for k in range(e, min(s_end, e + MAX_OPENING_TRAIL)):
            t = doc[k]
            if t.text in ("(", "["):
                depth += 1
            elif t.text in (")", "]") and depth:
                depth -= 1
            elif t.text == "," and not depth:
                return k if k > e else e
            elif t.is_punct or t.is_space or self.index.containing(t.idx) is not None or is_finite_verb(t):
                return e
        return e

    def _inverted_lead(self, cue: Cue) -> int | None:
        """French: the verb and its inverted `on` right before a marker that needs them (`lit-on dans`,
        `peut-on lire dans`), set off by a comma after what was said: where that incise starts."""
        doc = self.doc
        j = cue.first - 1
        if j < 1 or _norm(doc[j].lower_) != "-on":
            return None
        j -= 1
        if j >= 1 and _norm(doc[j].lower_) == "-t":
            j -= 1
        if j >= 1 and doc[j].pos_ in ("VERB", "AUX", "NOUN", "ADJ") and doc[j - 1].text == ",":
            return j
        return None

    def _preceded_by(self, cue: Cue, words: Collection[str], dates: bool = False) -> bool:
        """One of `words` among the three words before the marker (`on peut lire dans`, `a-t-on appris`);
        with `dates`, the words of a date between them are not counted (`a appris samedi l'AFP de`)."""
        first = max(0, cue.first - 3 - (self._date_words_before(cue.first) if dates else 0))
        return any(_norm(t.text).lstrip("-") in words for t in self.doc[first : cue.first])

    def _date_words_before(self, i: int, window: int = 6) -> int:
        """How many of the `window` tokens before token i, after the last comma, are words of a date
        (`samedi`, `lundi soir`, `mardi dernier`), not counting articles and demonstratives."""
        count = 0
        for t in reversed(self.doc[max(0, i - window) : i]):
            if t.text == ",":
                break
            w = _norm(t.text)
            count += date_word(self.res, w) and w not in DATE_OPENERS
        return count

    def _after_hearsay_source(self, cue: Cue) -> bool:
        """The marker follows `et` right after the previous hearsay source (a second source, coordinated)."""
        last = self._last
        return (
            last is not None
            and last.rule == "hearsay"
            and cue.first > 0
            and _norm(self.doc[cue.first - 1].text) == "et"
            and last.speaker[1] == cue.first - 1
        )

    def _hearsay(self, cue: Cue, coordinated: bool = False) -> Candidate | None:
        """French impersonal hearsay: `La grève est reconduite, a-t-on appris de sources syndicales.`,
        `..., apprend-on auprès du parquet.` The source follows the marker; what was learnt is the clause
        before the incise `, a-t-on appris`, which must follow a comma within a few words."""
        doc = self.doc
        s_start, _ = self.sentences.bounds(cue.first)
        j = cue.first - 1
        reach = 5 + self._date_words_before(cue.first)  # `, a appris samedi l'AFP de`: the date adds words
        while j > s_start and doc[j].text != "," and cue.first - j <= reach:
            j -= 1
        if coordinated and self._last is not None and self._last.content is not None:
            content: Content | None = self._last.content
        elif j <= s_start or doc[j].text != ",":
            return None
        else:
            content = None
        speaker = self._noun_in_marker(cue) or self.speakers.right_np(cue.last + 1, skip_time=False)
        if speaker is not None:
            speaker = self._first_hearsay_source(speaker)
        if content is None:
            content = self.contents.clause_before(j)
        if speaker is None or content is None:
            return None
        start, end = (
            self._chars(cue.first, max(cue.last, speaker[0] - 1)) if coordinated else self._chars(j + 1, speaker[0] - 1)
        )
        return Candidate(cue, speaker, start, end, content, "hearsay")

    def _first_hearsay_source(self, speaker: tuple[int, int]) -> tuple[int, int]:
        """`auprès de la direction et de source syndicale`: two sources coordinated; the first is this
        marker's speaker (the phrase stops before `et de`, `et auprès de`)."""
        doc = self.doc
        for k in range(speaker[0] + 1, speaker[1] - 1):
            if _norm(doc[k].text) == "et" and _norm(doc[k + 1].text) in ("de", "d'", "auprès", "du", "des"):
                return speaker[0], k
        return speaker

    def _noun_in_marker(self, cue: Cue) -> tuple[int, int] | None:
        """`de source policière`, `de sources proches du dossier`: a marker closed by a source's noun
        (an unnamed source's head) has that noun for the speaker's head, with the words qualifying it
        up to the next punctuation; what follows is no noun phrase of its own (`policière`)."""
        doc = self.doc
        noun = doc[cue.last]
        if self.res.lang != "fr" or not self.res.is_a("anonymous_head", noun.text, noun.lemma_):
            return None
        e = cue.last + 1
        while e < len(doc) and not doc[e].is_punct and not doc[e].is_space and e - cue.last <= 6:
            e += 1
        return cue.last, e

    def _pronoun_in_marker(self, cue: Cue) -> tuple[int, int] | None:
        """`à ses yeux`, `à leur avis`, `à l'en croire`: the marker's possessive or object pronoun is the
        source (`data.pronoun_source`); coreference resolves it as any pronoun speaker. The phrase stands
        apart, punctuation or the end after it (not `à ses yeux fatigués`, a description)."""
        nxt = cue.last + 1
        if nxt < len(self.doc) and not self.doc[nxt].is_punct:
            return None
        for k in range(cue.first, cue.last + 1):
            if _norm(self.doc[k].lower_) in POSSESSIVE_DETERMINERS + OBJECT_CLITICS:
                return k, k + 1
        return None

    def _colon_after_source(self, k: int) -> Content | None:
        """French: `Selon X (dans une note publiée mardi) :` then a quotation, or a paragraph break and
        the quoted passage set apart: that passage is what X said, not the words before the colon."""
        doc = self.doc
        if self.res.lang != "fr":
            return None
        j = k
        while j < len(doc) and j - k <= 12 and doc[j].text != ":":
            t = doc[j]
            finite = t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm")
            if finite or t.is_space or (t.is_punct and t.text != ","):
                return None
            j += 1
        if j >= len(doc) or doc[j].text != ":":
            return None
        nxt = j + 1
        broke = False
        while nxt < len(doc) and doc[nxt].is_space:
            broke = True
            nxt += 1
        if nxt >= len(doc):
            return None
        mark = self.index.containing(doc[nxt].idx)
        if mark is not None and mark.outer_start == doc[nxt].idx:
            return self.contents.quote_content(mark)
        if not broke:
            return None
        start = doc[nxt].idx
        end = self.contents.text.find("\n", start)
        return self.contents.make(start, len(self.contents.text) if end < 0 else end)

    def _around_marker(self, content: Content, comma: int) -> Content:
        """`For Trump, according to X, the speech is a test.`, `The river is low, according to X, although
        ...`: the sentence goes on past the source; what was said is the whole sentence (the cue inside,
        as annotated), unless a relative clause about the source follows (`according to X, who ...`)."""
        doc = self.doc
        _, s_end = self.sentences.bounds(comma)
        opening = self.contents.text[content.start : content.end].split()
        rest = doc[comma + 1 : s_end]
        if len(opening) >= SHORT_OPENING or sum(t.is_alpha for t in rest) < 3:
            return content
        if rest[0].is_punct or _norm(rest[0].text).lower() in RELATIVE_WORDS:
            return content  # `..., according to X, who ...`: a clause about the source
        last = doc[s_end - 1]
        return self.contents.make(content.start, last.idx + len(last.text)) or content

    def _source_noun_phrase(self, speaker: tuple[int, int], nouns: tuple[str, ...]) -> tuple[int, int] | None:
        """`In a CNN poll released Monday, 31% said ...`: a marker that is a plain preposition reports only
        when its noun phrase holds a listed noun (`source_nouns`) and a comma closes it within a few words
        (a participle or date may trail); the phrase then runs to the word before that comma."""
        doc = self.doc
        s, e = speaker
        if not any(_norm(t.lower_) in nouns for t in doc[s:e]):
            return None
        for k in range(e, min(len(doc), e + MAX_SOURCE_TRAIL)):
            if doc[k].text == ",":
                return s, k
            if doc[k].is_punct or self.index.containing(doc[k].idx) is not None:
                return None
        return None

    def _initial_marker_ok(self, speaker: tuple[int, int]) -> bool:
        """`Pour le ministre, ...`: a comma must follow, and the phrase must name a kind of speaker."""
        doc = self.doc
        s, e = speaker
        if e >= len(doc) or doc[e].text != ",":
            return False
        if self.res.is_phrase("people_pronoun", [_norm(t.text).lower() for t in doc[s:e]]):
            return True  # `Pour certains, ...`, `Pour d'autres, ...`: unnamed people's view
        info = classify(doc, s, e, self.res, memo=self._types)
        return not info.fallback

    def _relays_anonymous(self, k: int) -> bool:
        """`selon Politico, qui se réfère à ses sources proches du dossier`, `Reuters, citing officials`."""
        doc = self.doc
        res = self.res
        window = doc[k : min(len(doc), k + RELAY_WINDOW)]
        relay_at = None
        for t in window:
            if t.text in (".", ";", "!", "?"):
                break
            if res.is_a("relay_verb", t.text, t.lemma_):
                relay_at = t.i
                break
        if relay_at is None:
            return False
        for t in doc[relay_at + 1 : min(len(doc), relay_at + RELAY_WINDOW)]:
            if t.text in (".", ";"):
                break
            if res.is_a("anonymous_head", t.text, t.lemma_):
                return True
        return False

    def _right_after_inversion(self, prev: Candidate, cue: Cue) -> bool:
        """The participle follows an inverted speaker, a comma between and at most a short complement
        of the speaker before it (`, a dit X, ajoutant`, `, a indiqué une source à Bamako, soulignant`); a
        gerund's `en` / `tout en` may stand after the comma (`, explique le ministère, en dénonçant`)."""
        if prev.rule != "inverted" or prev.speaker[1] > cue.first:
            return False
        end = cue.first
        while end > prev.speaker[1] and _norm(self.doc[end - 1].text) in GERUND_MARKERS:
            end -= 1
        between = self.doc[prev.speaker[1] : end]
        if self._relative_aside(between):
            return True  # `, a expliqué la source, qui s'est dite confiante, invoquant X`: the aside is the source's
        if not between or between[-1].text != "," or len(between) > INVERSION_TAIL:
            return False
        return not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between[:-1])

    def _relative_aside(self, between: Span) -> bool:
        """French: the tokens are one relative clause between commas (`, qui s'est montrée optimiste,`),
        no other punctuation and no quotation inside: an aside on the noun before, not a new clause."""
        if self.res.lang != "fr" or len(between) < 4 or len(between) > MAX_RELATIVE_ASIDE:
            return False
        if between[0].text != "," or between[-1].text != "," or _norm(between[1].text) not in ("qui", "dont"):
            return False
        inner = between[2:-1]
        return not any(t.is_punct or self.index.containing(t.idx) is not None for t in inner)

    def _after_relay_clause(self, e: int) -> Content | None:
        """The clause after a source's relative clause of relaying (`Selon X, qui cite Y, <clause>`):
        what follows the comma closing the relative clause, to the end of the sentence."""
        doc = self.doc
        if e >= len(doc) or doc[e].text != ",":
            return None
        _, s_end = self.sentences.bounds(e)
        close = next((t.i for t in doc[e + 1 : min(s_end, e + 1 + RELAY_WINDOW)] if t.text == ","), None)
        if close is None:
            return None
        return self.contents.sentence_after(close + 1)

    def _relayed_source(self, cand: Candidate, outer: Attribution) -> Attribution | None:
        """French: `rapporte la BBC, citant des sources sécuritaires`, `Le Monde, qui cite un diplomate,
        affirme`: the unnamed sources an outlet relays are sources of the same claim, one attribution
        each (the annotators' convention: one record per source), typed from their own words."""
        if outer.speaker_type != "media" or not outer.relays_anonymous or outer.content_start is None:
            return None
        doc = self.doc
        res = self.res
        _, s_end = self.sentences.bounds(cand.cue.head)
        k = min(cand.speaker[1], cand.cue.first)
        relay_at = next(
            (t.i for t in doc[k:s_end] if t.i not in range(*cand.speaker) and res.is_a("relay_verb", t.text, t.lemma_)),
            None,
        )
        if relay_at is None:
            return None
        start = relay_at + 1
        while start < s_end and res.has("relay_link", _norm(doc[start].text)):
            start += 1  # `se référant à ses sources`
        start = self._time_aside(start, s_end)  # `qui cite, lundi, des sources`
        np = self.speakers.right_np(start, skip_time=False, max_len=8)
        if np is None or np[0] >= s_end or res.has("own_possessive", _norm(doc[np[0]].text)):
            return None  # `qui se réfère à ses sources`: the outlet's own sourcing, its one voice
        info = classify(doc, np[0], np[1], res, memo=self._types)
        if info.type != "anonymous":
            return None
        return self._second_record(outer, relay_at, np, "anonymous", "relayed_source")

    def _time_aside(self, k: int, end: int) -> int:
        """Past a time aside between commas (`, lundi,`, `, ce matin,`) at k, or k itself."""
        doc = self.doc
        if k >= end or doc[k].text != ",":
            return k
        close = next((t.i for t in doc[k + 1 : min(end, k + 5)] if t.text == ","), None)
        if close is None or close == k + 1:
            return k
        words = doc[k + 1 : close]
        if all(self.res.has("time_word", _norm(t.text)) or t.pos_ in ("DET", "NUM") for t in words) and any(
            self.res.has("time_word", _norm(t.text)) for t in words
        ):
            return close + 1
        return k

    def _second_record(self, outer: Attribution, verb: int, np: tuple[int, int], kind: str, rule: str) -> Attribution:
        """One more source of `outer`'s claim (one record per source): the cue runs from the relaying word
        at `verb` to the end of the source's noun phrase `np`, typed `kind`."""
        doc = self.doc
        text = self.contents.text
        s_char = doc[np[0]].idx
        e_char = doc[np[1] - 1].idx + len(doc[np[1] - 1].text)
        first = doc[verb]
        return replace(
            outer,
            start=first.idx,
            end=e_char,
            text=text[first.idx : e_char],
            speaker=text[s_char:e_char],
            speaker_start=s_char,
            speaker_end=e_char,
            speaker_type=kind,
            verb=first.text,
            verb_lemma=first.lemma_.lower() or first.text.lower(),
            stance=None,
            relays_anonymous=False,
            resolved=None,
            resolved_start=None,
            resolved_end=None,
            rule=rule,
        )

    def _second_source(self, cand: Candidate, outer: Attribution, known: set[int]) -> Attribution | None:
        """French: `selon X, cité par Y`, `X, dont les propos ont été rapportés par Y`, `a indiqué la chaîne
        en citant un communiqué`: a source relaying or cited right after the first source gives a record of
        the same claim (second_sources.py), unless a record already has that speaker (`known`)."""
        if outer.content_start is None or outer.speaker_start is None or outer.rule in SECOND_RULES:
            return None
        doc = self.doc
        res = self.res
        _, s_end = self.sentences.bounds(cand.cue.head)
        # `Selon le rapport remis au ministre, les chiffres, repris par X, ...`: a participle inside the claim
        # that follows the source is the claim's, not the source's
        limit = None
        if outer.content_start >= doc[cand.speaker[1] - 1].idx:
            limit = next((t.i for t in doc[cand.speaker[1] : s_end] if t.idx >= outer.content_start), None)
        found = relay_agent(
            doc,
            cand.speaker[0],
            cand.speaker[1],
            s_end,
            res,
            self.speakers,
            marker=cand.rule == "marker",
            limit=limit,
        )
        if found is None and self.res.lang == "fr":
            # `Citée par Y, une passagère affirme que`: the opening participle's agent relays the claim
            found = fronted_relay(doc, self.sentences.bounds(cand.cue.head)[0], cand.speaker[0], res, self.speakers)
        relayed = found is not None
        if found is None:
            ends = sorted({cand.speaker[1], cand.cue.last + 1})
            found = next((f for e in ends if (f := cited_object(doc, e, s_end, res, self.speakers)) is not None), None)
        voice = False
        if found is None and outer.rule not in ("floating", "marker"):
            # `par la voix de son porte-parole`: the person the speaking body speaks through
            found = voice_of(doc, self.sentences.bounds(cand.cue.head)[0], s_end, res, self.speakers)
            voice = found is not None
        if found is None or doc[found.start].idx in known:
            return None
        np = (found.start, found.end)
        info = classify(doc, np[0], np[1], res, memo=self._types)
        kind = self._report_kind(info, np) if relayed else info.type
        if relayed and kind == "named_person" and self.res.has("determiner", _norm(doc[np[0]].text)):
            kind = "media"  # `rapportés par Le Courrier`: a relaying name with an article is a paper's
        if not relayed and not voice and info.fallback:
            return None  # `en citant l'exemple de`: an object no list knows is no source
        known.add(doc[found.start].idx)
        return self._second_record(outer, found.verb, np, kind, "second_source")

    def _per_source(self, cand: Candidate, outer: Attribution) -> list[Attribution]:
        """French: the records of sources coordinated after the cue (a marker's, a passive's agent, an
        inverted subject: coordinated_sources.py), one per conjunct with the same cue and content, each
        typed on its own; [] for a single source."""
        mention = cand.mention
        if mention is None or mention.resolved is not mention or outer.speaker_start is None:
            return []
        if mention.start < cand.cue.first:
            return []  # `l'ARS et Suez ont assuré`: a subject before its plural verb speaks as one
        text = self.contents.text
        records = []
        for s, e in coordinated_sources(self.doc, mention.start, mention.end, self.res):
            s_char, e_char = self._speaker_chars(Mention(s, e, mention.info, mention.cue_start_token))
            info = classify(self.doc, s, e, self.res, memo=self._types)
            kind = "anonymous" if info.type == PRONOUN else info.type
            records.append(
                replace(
                    outer,
                    speaker=text[s_char:e_char],
                    speaker_start=s_char,
                    speaker_end=e_char,
                    speaker_type=kind,
                    relays_anonymous=False,
                )
            )
        return records

    def _report_kind(self, info: SpeakerInfo, np: tuple[int, int]) -> str:
        """A report with a name for source is a paper's (`une information de La Provence`, `rapportés par
        L'Express de X`): a capitalised body or group, or a name no list knows, is an outlet; so is a
        capitalised name typed a document by a word of its title (`du Courrier Lorrain`) or a person by its
        capitals alone (`du Journal et des Nouvelles`), with no person the recogniser or the name lists see."""
        first = self.doc[np[0]]
        capitalised = first.text[:1].isupper()
        if (info.type in ("institution", "group", "document") and capitalised) or info.fallback:
            return "media"
        span = self.doc[np[0] : np[1]]
        if info.type == "named_person" and capitalised and not _person_in(span, self.res):
            return "media"
        return info.type

    def _report_source(self, k: int) -> tuple[int, int] | None:
        """French: the source of a report that the present participle at k confirms (`confirmant une
        information de La Provence`, `corroborant des révélations publiées par Mediapart`): the noun phrase
        after a report noun (`report_noun`) and its links (`report_link`), or None."""
        doc = self.doc
        res = self.res
        tok = doc[k]
        if res.lang != "fr" or not tok.lower_.endswith("ant") or not res.is_a("confirm_verb", tok.text, tok.lemma_):
            return None
        _, s_end = self.sentences.bounds(k)
        j = k + 1
        while j < s_end and doc[j].pos_ == "ADV" and doc[j].text.islower() and not res.has("negation", doc[j].lower_):
            j += 1  # `confirmant ainsi une information de X`, `corroborant également des révélations de X`
        det = j
        while j < s_end and res.has("determiner", _norm(doc[j].text)):
            j += 1
        if j < s_end and j > det and _norm(doc[j].lemma_.lower()) == "source":
            # `, confirmant une source syndicale`: the unnamed source confirmed is a second source itself
            np = self.speakers.right_np(det, skip_time=False, max_len=8)
            return np if np is not None and np[0] == det and np[1] <= s_end else None
        if j >= s_end or not res.is_a("report_noun", doc[j].text, doc[j].lemma_):
            return None
        j += 1
        start = j
        while j < s_end and res.has("report_link", _norm(doc[j].text)):
            j += 1
        if j == start:
            return None
        quoted = self.index.containing(doc[j + 1].idx) if j + 1 < s_end and doc[j].is_quote else None
        if quoted is not None and quoted.end - quoted.start <= MAX_QUOTED_NAME_CHARS:
            # `une information du « Temps »`: the outlet's name in quotation marks, which the walk stops at
            name = doc.char_span(quoted.start, quoted.end, alignment_mode="expand")
            return (name.start, name.end) if name is not None and name[0].text[:1].isupper() else None
        np = self.speakers.right_np(j, skip_time=False, max_len=8)
        if np is None or np[0] >= s_end:
            return None
        e = np[1]
        while e < s_end and not doc[e - 1].whitespace_ and "-" in (doc[e].text, doc[e - 1].text):
            e += 1  # `Nice-Matin`, `Ouest-France`: a hyphenated name the walk stopped in
        return np[0], e

    def _confirmed_report(self, cand: Candidate, outer: Attribution) -> Attribution | None:
        """French: `..., a précisé une source proche du dossier, confirmant une information de La Provence`:
        the outlet whose report the speaker confirms is a second source of the same claim, one record per
        source (the annotators' convention), typed from its own words."""
        if outer.content_start is None or outer.rule == "relayed_source":
            return None
        doc = self.doc
        k = self._confirming_participle(max(cand.speaker[1], cand.cue.last + 1))
        if k is None:
            return None
        np = self._report_source(k)
        if np is None:
            return None
        info = classify(doc, np[0], np[1], self.res, memo=self._types)
        return self._second_record(outer, k, np, self._report_kind(info, np), "confirmed_report")

    def _confirming_participle(self, k: int) -> int | None:
        """The token after the speaker that may open `confirmant une information de X`: right after the
        speaker's noun phrase (`une source proche du dossier confirmant`), after its comma, or after an
        apposition naming the speaker's role (`Michael Fiaux, porte-parole du département, confirmant`)."""
        doc = self.doc
        if k >= len(doc):
            return None
        _, s_end = self.sentences.bounds(k)
        if _norm(doc[k].text) in ("à", "au", "aux"):
            k = self._past_recipient(k, s_end)  # `a expliqué le syndicat à l'AFP, confirmant`
        if doc[k].text != ",":
            return k
        for j in range(k + 1, min(s_end, k + 1 + MAX_APPOSITION_WORDS)):
            if doc[j].text == "," and j + 1 < s_end:
                return j + 1  # the apposition closed: the participle comes next, if any
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_quote:
                break  # a clause of its own: no apposition
        return k + 1 if k + 1 < len(doc) else None  # a comma that ends the text opens nothing

    def _past_recipient(self, k: int, s_end: int) -> int:
        """The comma closing the phrase of whom the words were said to (`à l'AFP`, `au Monde`) at k, or k
        itself when no comma closes it within a noun phrase's length."""
        doc = self.doc
        for j in range(k + 1, min(s_end, k + 1 + MAX_APPOSITION_WORDS)):
            if doc[j].text == ",":
                return j
            if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
                break
        return k

    def _relays_in_sentence(self, cand: Candidate) -> bool:
        """`The Times reported that ..., citing three officials`: a relay anywhere after the speaker."""
        start = cand.speaker[1]
        _, s_end = self.sentences.bounds(cand.cue.head)
        k = start
        while k < s_end:
            if self._relays_anonymous(k):
                return True
            k += RELAY_WINDOW // 2
        return False

    def _with_document_author(self, cand: Candidate) -> Candidate:
        """`un communiqué publié mardi par Sean Parnell`: a document a named person issued is that person
        speaking; a document from an institution stays a document."""
        doc = self.doc
        s, e = cand.speaker
        # the `par`/`by` first: typing the speaker costs more, and almost no speaker is followed by one
        table = token_table(doc)  # the words read without a Token each
        k = e
        limit = min(len(doc), e + 6)
        while k < limit and _norm(table.words[k]) not in ("par", "by"):
            if table.is_punct[k]:
                return cand
            k += 1
        if k >= limit:
            return cand
        info = classify(doc, s, e, self.res, memo=self._types)
        if info.type != "document":
            return cand
        author = self.speakers.right_np(k + 1, skip_time=False, max_len=8)
        if author is None:
            return cand
        if classify(doc, author[0], author[1], self.res, memo=self._types).type != "named_person":
            return cand
        end = max(cand.end, doc[author[1] - 1].idx + len(doc[author[1] - 1].text))
        if cand.content is not None and cand.content.start < end and cand.start < cand.content.end:
            end = cand.end
        return Candidate(
            cand.cue,
            author,
            cand.start,
            end,
            cand.content,
            cand.rule + "+author",
            relays_anonymous=cand.relays_anonymous,
        )

    # ------------------------------------------------------------------ output

    def _attribution(self, cand: Candidate) -> Attribution:
        doc = self.doc
        mention = cand.mention
        assert mention is not None
        target = mention.resolved
        kind = target.info.type
        if kind == PRONOUN and self.res.lang == "fr" and target.info.head in UNRESOLVED_PERSON:
            kind = unresolved_pronoun_type(doc, target, self.res)  # named only when a person is named before
        elif kind == PRONOUN:
            kind = "anonymous"  # a pronoun with no earlier speaker: nobody is identified
        s_char, e_char = self._speaker_chars(mention)
        resolved = None
        if target is not mention:
            resolved = self._speaker_chars(target)
        cue = cand.cue
        verb_tokens = doc[cue.head : cue.head + len(cue.term.words)]
        verb = verb_tokens.text
        if len(verb_tokens) > 1 and verb_tokens[1].lower_ in (*CLITIC_SUBJECTS, "-t"):
            last = phrasal_last(doc[cue.head], cue.term) or verb_tokens.end - 1  # `fait-on savoir`
            verb = " ".join(t.text for t in doc[cue.head : last + 1] if t.lower_ not in (*CLITIC_SUBJECTS, "-t"))
        content = cand.content
        text = self.contents.text
        return Attribution(
            start=cand.start,
            end=cand.end,
            text=text[cand.start : cand.end],
            speaker=text[s_char:e_char],
            speaker_start=s_char,
            speaker_end=e_char,
            speaker_type=kind,
            form=content.form if content else "indirect",
            verb=verb,
            content_start=content.start if content else None,
            content_end=content.end if content else None,
            stance=cue.term.stance,
            verb_lemma=cue.term.term,
            relays_anonymous=kind == "media" and (cand.relays_anonymous or self._relays_in_sentence(cand)),
            resolved=text[resolved[0] : resolved[1]] if resolved else None,
            resolved_start=resolved[0] if resolved else None,
            resolved_end=resolved[1] if resolved else None,
            rule=cand.rule,
        )

    def _speaker_chars(self, mention: Mention) -> tuple[int, int]:
        """A mention's characters, brackets closed, without the hyphen of an inverted clitic (`-elle`)."""
        doc = self.doc
        text = self.contents.text
        s_char = doc[mention.start].idx
        e_char = doc[mention.end - 1].idx + len(doc[mention.end - 1].text)
        e_char = close_brackets(text, s_char, e_char)
        return s_char + len(text[s_char:e_char]) - len(text[s_char:e_char].lstrip("-")), e_char


FR_RELATIVES = ("qui", "dont", "où")  # a finite verb after one (before a comma) is a relative clause
BRACKETS = {"(": ")", "[": "]"}
CLAUSE_BREAKS = (",", ";")  # the marks after which a sentence's next main clause may open


def close_brackets(text: str, start: int, end: int) -> int:
    """Extend a speaker span that opens a bracket the parse left outside (`la Défense (Pentagone`) to
    its closing bracket, when that follows at once; a speaker never ends inside brackets."""
    for opener, closer in BRACKETS.items():
        span = text[start:end]
        if span.count(opener) > span.count(closer) and text[end : end + 1] == closer:
            end += 1
    return end


def extract_attributions(doc: Doc, res: Resources, marks: list[QuoteMark]) -> tuple[list[Attribution], list[Quote]]:
    """Attributions (in text order) and every quotation linked to its attribution."""
    attributions, quotes = _read(doc, res, marks)
    inner = [
        retyped_inner_pronoun(doc, a, res, attributions)
        for a in nested_attributions(doc, res, marks, attributions, _top_level)
    ]
    if inner:
        own = [(a.content_start, a.content_end) for a in inner if a.rule == "quote_incise"]
        # `« A, explique X. B »` right after another speaker's quotation: X speaks it, not the previous one
        attributions = [
            a for a in attributions if a.rule not in NO_CUE_RULES or (a.content_start, a.content_end) not in own
        ]
        attributions = sorted(attributions + inner, key=lambda a: a.start)
    if marks and res.has("quote_profile", "nested_in_quotes"):  # `"The board told us that ...," she said`
        inner_en = nested_quote_attributions(doc, res, marks, attributions, _top_level)
        attributions = sorted(attributions + inner_en, key=lambda a: a.start)
    if res.lang == "fr":  # after the incises inside quotations, whose speakers it may take
        attributions = sorted(
            attributions + next_speaker_attributions(token_table(doc).text, marks, attributions, doc, res),
            key=lambda a: a.start,
        )
        attributions = unlisted_speakers_as_people(doc, attributions, res)  # the type shown, once rules are done
    return attributions, quotes


def _read(doc: Doc, res: Resources, marks: list[QuoteMark]) -> tuple[list[Attribution], list[Quote]]:
    """The main pass; English reads a copy without lone no-break spaces (spaces.py), same offsets."""
    copy = without_no_break_spaces(doc) if res.lang == "en" else None
    if copy is None:
        return Extractor(doc, res, marks).run()
    attributions, quotes = Extractor(copy, res, marks).run()
    return with_original_words(doc, attributions, quotes)


def _top_level(doc: Doc, res: Resources, marks: list[QuoteMark]) -> list[Attribution]:
    return Extractor(doc, res, marks).run()[0]


def _opens_noun_phrase(first: Token) -> bool:
    """A noun, a name, an adjective, a determiner or a participle used as a noun (`délégué du personnel`)
    first: the words can be an apposition naming a role."""
    return first.pos_ in ("NOUN", "PROPN", "ADJ", "DET") or "Part" in first.morph.get("VerbForm")


def _evidence_subject(span: Span, head: str, res: Resources) -> bool:
    """A picture or a recording (`depiction_noun`), a sign or a sample (`evidence_noun`) heads the
    subject; the untagged pipeline may take a participle for the head (`a photo posted online`), so the
    first words of the noun phrase are read too."""
    words = [head, *(t.lower_ for t in span[:EVIDENCE_HEAD_WINDOW])]
    return any(res.has("depiction_noun", w) or res.has("evidence_noun", w) for w in words)


FINDING_RULES = ("subject_verb",)  # the source before its verb, `que` after it


def _seen_only(cue: Cue, content: Content | None) -> bool:
    """A verb of perception (`data.perception`: `ont constaté les pompiers`, `a constaté que la digue a
    cédé`, `des fissures avaient été constatées`) reports what was seen, no statement, unless quoted
    words are its content (`« ... », constate l'économiste`): the guidelines leave perception out."""
    return cue.term.perception and content is not None and content.form == "indirect"
