"""Which verb governs a clause, and is it in a past tense? (concordance of tenses)

After a past-tense reporting verb, French and English put the future of the original words into the
conditional ("a déclaré que la réforme serait votée", "said it would leave"): a future-in-the-past, not
a hedge. The governing verb is found on the dependency parse when there is one (walking up from the
clause through complement relations), and else on the surface (a governing verb, then "que", then
the conditional, in one clause): the small French model often hangs a "que" clause on the wrong word.
Only a verb *above* the clause counts: in an incise ("X serait lié, a noté Bloomberg") the reporting
verb hangs off the conditional's clause, which stays a hedge. A new main clause in between ("...,
mais l'armée aurait frappé") breaks the link.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..matching import norm
from .words import ClauseWords

# Relations by which a clause is the complement of the verb above it.
COMPLEMENT_RELS = frozenset({"ccomp", "xcomp", "obj", "csubj", "dep"})
# Punctuation that closes the reported clause on the surface.
HARD_BOUNDARIES = frozenset({";", ":", "?", "!", "…"})
SURFACE_WINDOW = 14
SENTENCE_FINAL = frozenset({".", "!", "?", "…", "?»", ".»"})
SENTENCE_REACH = 80
# A text whose first sentence ends within this many tokens of its start opens with a headline.
HEADLINE_REACH = 40
MAX_CLIMB = 10
# What a degree word compares before the "que" of a comparison ("plus ancien que"; `_closes_comparison`).
COMPARED_TAGS = frozenset({"ADJ", "NOUN"})
# Nouns and names climbed from a participle to the verb of their clause (`_clause_verb`).
NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
NOUN_CLIMB = 4
# Relations climbed from a "would" clause to the main verb of its sentence ("the plan that would").
STORY_RELS = frozenset({"relcl", "acl", "conj", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "appos"})


@dataclass(frozen=True)
class Governor:
    verb: Token
    past: bool
    method: str  # "parse" or "surface"


class Sentences:
    """Sentence bounds from sentence-final punctuation and paragraph breaks, found in one pass.

    Not the parser's sentences: fr_core_news_sm often starts a new "sentence" at an opening « in
    the middle of "Il a assuré que l'administration « continuerait ... »". A sentence is never taken
    to reach further than SENTENCE_REACH tokens from a cue, so text without punctuation stays cheap.
    """

    def __init__(self, words: Sequence[str], is_space: Sequence[int]) -> None:
        """`words`: the token texts; `is_space`: whether each token is whitespace."""
        # a sentence-final mark, or a whitespace token holding a line break (tested inline: a call per
        # token cost more than the test)
        self._ends = [
            i + 1
            for i, (word, space) in enumerate(zip(words, is_space, strict=True))
            if word in SENTENCE_FINAL or (space and "\n" in word)
        ]
        self._length = len(words)
        self._space = is_space

    def starts_at(self, i: int) -> bool:
        """Whether token i opens a sentence (after final punctuation, a paragraph break or at 0)."""
        if i == 0:
            return True
        k = bisect.bisect_left(self._ends, i)
        return k < len(self._ends) and self._ends[k] == i

    def previous_start(self, lo: int) -> int:
        """The first token of the sentence before the one starting at `lo` (`lo` itself at the start).
        Skips whitespace: a paragraph break after a full stop makes a "sentence" of its own newline,
        which hid the sentence before from the rules that read it (fourteenth round)."""
        k = lo - 1
        while k >= 0 and self._space[k]:
            k -= 1
        return self.around(k)[0] if k >= 0 else lo

    def start_back(self, lo: int, sentences: int) -> int:
        """The first token `sentences` sentences before the one starting at `lo` (less at the start)."""
        for _ in range(sentences):
            lo = self.previous_start(lo)
        return lo

    def with_headline(self, first: int, last: int) -> list[range]:
        """Token span [first, last) and, when the text opens with a headline (a first sentence ending
        within HEADLINE_REACH tokens), the headline before `first`: a scenario is often named there."""
        spans = [range(first, last)]
        headline_end = self.around(0)[1]
        if headline_end <= HEADLINE_REACH:
            spans.append(range(0, min(headline_end, first)))
        return spans

    def around(self, i: int) -> tuple[int, int]:
        k = bisect.bisect_right(self._ends, i)
        start = self._ends[k - 1] if k > 0 else 0
        end = self._ends[k] if k < len(self._ends) else self._length
        return max(start, i - SENTENCE_REACH), min(end, i + SENTENCE_REACH)


# The imperfect endings of a verb in "-er" after its stem, every person ("pensais", "pensions", "pensaient").
IMPERFECT_ENDINGS = ("ais", "ait", "ions", "iez", "aient")
# Verbs whose present ends in "-ais", "-ait" ("fait", "sait", "plait", "connait", "extrait"): no imperfect read.
PRESENT_IN_AIT = ("aire", "aître", "aitre", "savoir")


def _first_group_imperfect(verb: Token) -> bool:
    """ "indiquaient", "affirmait" tagged present by the small model: a verb in "-er" whose form is its
    stem + an imperfect ending (seventeenth round). The stem test keeps the present of "payer" ("ils
    paient") and of "faire", "savoir" ("il fait", "il sait") out. Thirty-fourth round: every person ("je
    pensais", "nous pensions"), and the other verbs in "-ais", "-ait", "-aient" ("craignaient",
    "croyais"), but not those whose present ends so ("il fait", "il sait", "il connait", "il extrait")."""
    lemma = verb.lemma_.lower()
    form = verb.lower_
    if lemma.endswith("er") and len(lemma) >= 4:
        return form in {lemma[:-2] + ending for ending in IMPERFECT_ENDINGS}
    if not lemma.endswith(("re", "ir")) or lemma.endswith(PRESENT_IN_AIT) or lemma[:2] != form[:2]:
        return False
    return len(form) >= 6 and form.endswith(("ais", "ait", "aient"))


def first_with(keys: Sequence[frozenset[str]], signs: frozenset[str], spans: Sequence[range]) -> int | None:
    """The first token of `spans` (in their order) whose keys meet `signs`, or None."""
    for span in spans:
        for k in span:
            if keys[k] & signs:
                return k
    return None


def _main_verb_between(doc: Doc, governor: int, comp: int) -> bool:
    """The sentence's main verb stands between a saying word and the "que" (round 41): "L'information,
    rapportée par le journal, révèle qu'une réunion aurait eu lieu" hangs the clause on "révèle", not on
    the participle inside the subject. French, on a parse only; the small model may tag such a verb ADJ."""
    if doc.lang_ != "fr" or not doc.has_annotation("DEP"):
        return False
    root = doc[comp].sent.root
    return governor < root.i < comp and root.pos_ in ("VERB", "AUX", "ADJ")


def clause_head(token: Token) -> Token:
    """The lexical verb of the clause a (possibly auxiliary) verb form belongs to."""
    dep = token.dep_.lower()
    if (dep.startswith("aux") or dep == "cop") and token.head is not token:
        return token.head
    return token


class ClauseAnalysis:
    """Finds the verb governing a clause and tells whether it is in a past tense."""

    def __init__(self, words: ClauseWords) -> None:
        self.words = words

    def is_governor(self, keys: frozenset[str]) -> bool:
        return bool(keys & self.words.governors)

    def governor(
        self, doc: Doc, token: Token, keys: list[frozenset[str]], has_dep: bool, sentences: Sentences
    ) -> Governor | None:
        verb, method = None, "parse"
        if has_dep:
            verb = self._parse_governor(token, keys)
        if verb is not None and self._clause_break(doc, verb.i, token.i, keys):
            # A parse that hangs the clause on the verb of an earlier clause ("ont déclaré que..., mais
            # n'ont pas nié qu'il aurait lieu"): the nearer verb on the surface governs it.
            verb = None
        if verb is None:
            # No parse, or a parse that hangs the clause elsewhere (on "mercredi" in "a indiqué
            # mercredi que ...", on an adverb after an inserted phrase): read the surface.
            verb = self._surface_governor(doc, token, keys, sentences)
            method = "surface"
        if verb is None:
            verb = self._noun_governor(doc, token, keys, has_dep, sentences)
            method = "noun"
        if verb is None or self._clause_break(doc, verb.i, token.i, keys):
            return None
        return Governor(verb, self.is_past(doc, verb, keys, has_dep), method)

    def _noun_governor(
        self, doc: Doc, token: Token, keys: list[frozenset[str]], has_dep: bool, sentences: Sentences
    ) -> Token | None:
        """The verb above a noun of saying whose "que" clause holds the conditional (fourteenth round).

        "Le ministre a fait la promesse que l'usine ne fermerait pas", "elle avait obtenu l'assurance
        que les salaires seraient versés": the noun reports words, so the clause is reported speech and
        takes the tense of the verb the noun depends on (on the parse, climbing nouns as `_clause_verb`
        does; else the nearest verb before the noun). Only nouns of saying, promising and hoping
        (`saying_noun`), with "que" right after the noun."""
        sent_start, _ = sentences.around(token.i)
        comp = None
        for i in range(token.i - 1, max(sent_start, token.i - SURFACE_WINDOW) - 1, -1):
            if doc[i].text in HARD_BOUNDARIES or (
                keys[i] & self.words.boundaries and not _followed_by(keys, i, self.words)
            ):
                return None
            if keys[i] & self.words.complementizers:
                comp = i
                break
        if comp is None or comp <= sent_start or not keys[comp - 1] & self.words.saying_nouns:
            return None
        noun = doc[comp - 1]
        if has_dep:
            verb = _clause_verb(noun)
            if verb is not noun:
                return verb
        for i in range(noun.i - 1, max(sent_start, noun.i - SURFACE_WINDOW) - 1, -1):
            if doc[i].text in HARD_BOUNDARIES:
                return None
            if doc[i].pos_ in ("VERB", "AUX") and "Inf" not in doc[i].morph.get("VerbForm"):
                return doc[i]
        return None

    def narrative(
        self, doc: Doc, token: Token, keys: list[frozenset[str]], has_dep: bool, sentences: Sentences
    ) -> str | None:
        """Why a conditional tells the future-in-the-past or a habit of a story, or None.

        An adverb of sequence or habit next to it ("would later become", "years later he would",
        "would often play"), or, on a parse, a subordinate or coordinated clause of a sentence whose
        main verb is past ("introduced the elements which would define the series", "joined the army
        and would become a general"). Only where the lexicon lists such adverbs (English "would").
        """
        adverbs = self.words.narrative_adverbs
        if not adverbs:
            return None
        lo, hi = sentences.around(token.i)
        for i in range(max(lo, token.i - 3), min(hi, token.i + 3)):
            if keys[i] & adverbs:
                return f"adverb:{doc[i].text}"
        if not has_dep:
            return None
        clause = clause_head(token)
        rel = clause.dep_.lower()
        if rel not in ("relcl", "acl", "conj"):
            return None
        main = clause.head
        for _ in range(MAX_CLIMB):
            if main.dep_.lower() not in STORY_RELS:
                break
            main = main.head
        if main.tag_ == "VBD" or any(c.dep_.startswith("aux") and c.tag_ == "VBD" for c in main.children):
            return f"past-frame:{main.text}"
        return None

    def incise_governor(self, doc: Doc, token: Token, keys: list[frozenset[str]], sentences: Sentences) -> Token | None:
        """A verb of opinion in an incise after the clause ("..., estime la Cour des comptes"), also in a
        compound tense ("..., a réclamé le député", "..., ont exigé les syndicats": tenth round). Not past
        a word that opens a new clause ("..., tandis que X, auréolé d'un titre, réclame une hausse": its
        verb has a subject of its own; eleventh round, b)."""
        _, end = sentences.around(token.i)
        for i in range(token.i + 1, end - 1):
            if doc[i].text in HARD_BOUNDARIES or keys[i] & self.words.boundaries:
                return None
            if doc[i].text != ",":
                continue
            verb = i + 2 if keys[i + 1] & self.words.auxiliaries and i + 2 < end else i + 1
            if self.is_governor(keys[verb]):
                return doc[verb]
        return None

    def _clause_break(self, doc: Doc, lo: int, hi: int, keys: list[frozenset[str]]) -> bool:
        """A new main clause starts between the two tokens ("..., mais l'armée aurait frappé")."""
        for i in range(lo + 1, hi):
            if doc[i].text in HARD_BOUNDARIES:
                return True
            if keys[i] & self.words.boundaries and not _followed_by(keys, i, self.words):
                return True
        return False

    def _parse_governor(self, token: Token, keys: list[frozenset[str]]) -> Token | None:
        cur = clause_head(token)
        for _ in range(MAX_CLIMB):
            parent = cur.head
            if parent is cur:
                return None
            rel = cur.dep_.lower().split(":")[0]
            if rel in COMPLEMENT_RELS and parent.i < token.i and self.is_governor(keys[parent.i]):
                return parent
            if rel == "parataxis":
                return None
            cur = parent
        return None

    def _surface_governor(
        self, doc: Doc, token: Token, keys: list[frozenset[str]], sentences: Sentences
    ) -> Token | None:
        sent_start, _ = sentences.around(token.i)
        comp = None
        for i in range(token.i - 1, max(sent_start, token.i - 3 * SURFACE_WINDOW) - 1, -1):
            text = doc[i].text
            if text in HARD_BOUNDARIES or (keys[i] & self.words.boundaries and not _followed_by(keys, i, self.words)):
                return None
            if keys[i] & self.words.complementizers:
                if doc.lang_ == "fr" and self._closes_comparison(doc, keys, i, sent_start):
                    continue  # "plus vieux que la Terre": no clause opens there; look further back
                comp = i
                break
        start = comp if comp is not None else token.i
        for i in range(start - 1, max(sent_start, start - SURFACE_WINDOW) - 1, -1):
            if doc[i].text in HARD_BOUNDARIES:
                return None
            if keys[i] & self.words.boundaries and not _followed_by(keys, i, self.words):
                return None  # "..., mais que ...": a second reported clause, keep looking
            if self.is_governor(keys[i]):
                if comp is None and doc.lang_ == "fr":
                    return None  # French reported speech needs "que"
                if comp is not None and _main_verb_between(doc, i, comp):
                    return None
                return doc[i]
        return None

    def _closes_comparison(self, doc: Doc, keys: Sequence[frozenset[str]], comp: int, lo: int) -> bool:
        """ "serait plus ancien que la Terre et devrait ...": a degree word and an adjective before the
        "que" make it the "que" of a comparison, which opens no reported clause (round 41; the same
        reading as round eleven's in `hypothetical`): the search goes on for the "que" that does ("a
        déclaré que le prix, plus élevé que prévu, serait revu"). An adjective must stand between (or a noun: the
        small model tags "lourde" so), so that "a précisé aussi que", "a dit plus tard que" keep their
        clause."""
        k = comp - 1
        adjectives = 0
        while k >= lo and doc[k].pos_ in COMPARED_TAGS:
            adjectives += 1
            k -= 1
        return adjectives > 0 and k >= lo and bool(keys[k] & self.words.comparative_degrees)

    def is_past(self, doc: Doc, verb: Token, keys: list[frozenset[str]], has_dep: bool, depth: int = 0) -> bool:
        """Passé composé, plus-que-parfait, imparfait, passé simple; English past and perfect."""
        morph = verb.morph
        if has_dep:
            for child in verb.children:
                if child.dep_.lower().startswith("aux") and child.i < verb.i and _past_auxiliary(child):
                    return True
        tag = verb.tag_
        if tag in ("VBD", "VBN"):
            return True
        if tag in ("VBZ", "VBP", "VB", "VBG"):
            if tag in ("VBG", "VB") and depth == 0 and verb.head is not verb:  # "saying", "declined to say"
                return self.is_past(doc, verb.head, keys, has_dep, 1)
            return False
        tense = set(morph.get("Tense"))
        form = set(morph.get("VerbForm"))
        if tense or form:
            if "Cnd" in morph.get("Mood") or "Imp" in tense:
                return True
            if "Past" in tense or ("Pres" in tense and _first_group_imperfect(verb)):
                return True
            untensed = "Ger" in form or "Inf" in form or ("Part" in form and "Pres" in tense)
            light = _light_verb(verb) if untensed and depth == 0 and has_dep else None
            if light is not None:  # "a fait savoir que", "a laissé entendre que": the tense is "fait"'s
                return self.is_past(doc, light, keys, has_dep, 1)
            if untensed and depth == 0 and verb.head is not verb:
                # "affirmant que", "a refusé de dire si": the tense is the main verb's
                head = _clause_verb(verb.head)
                return self.is_past(doc, _incise_before(head, verb) or head, keys, has_dep, 1)
            return False
        return self._surface_past(doc, verb, keys)

    def _surface_past(self, doc: Doc, verb: Token, keys: list[frozenset[str]]) -> bool:
        """Without morphology: an auxiliary just before, or a past ending the lemma explains."""
        for i in range(verb.i - 1, max(-1, verb.i - 4), -1):
            if keys[i] & self.words.auxiliaries:
                return True
        form = norm(verb.text)
        lemma = norm(verb.lemma_) if verb.lemma_ else ""
        if form.endswith(("ait", "aient", "èrent", "irent")):
            return True
        if doc.lang_ == "en" and lemma and form != lemma and not form.endswith(("s", "ing")):
            return True  # said, told, announced
        return bool(lemma) and lemma.endswith("er") and form == lemma[:-2] + "a"  # passé simple: déclara


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a participle's noun belongs to, or the token itself.

    A participle of saying often hangs on a noun ("des progrès ont été rapportés par l'agence,
    indiquant que ...", "un communiqué affirmant que ..."): a noun has no tense, the verb of its
    clause does (tenth round). Walks up through nouns and names only, so a participle under a verb is
    read as before; a noun with no verb above it (a title) is returned as it is.
    """
    current = token
    for _ in range(NOUN_CLIMB):
        if current.pos_ not in NOMINALS or current.head is current:
            break
        current = current.head
    return current if current.pos_ in ("VERB", "AUX") else token


def _incise_before(head: Token, participle: Token) -> Token | None:
    """The incise verb between a quotation's verb and a participle hung on it, or None.

    "« Le chantier ne respecte plus le budget », a déclaré le ministre, affirmant que ...": the
    parse often makes the quoted verb the root, the incise "a déclaré" a parataxis under it and the
    participle an adjunct of the quoted verb; the participle goes on the incise, whose tense it takes
    (eleventh round).
    """
    between = [
        child
        for child in head.children
        if child.dep_.startswith("parataxis") and head.i < child.i < participle.i and child.pos_ in ("VERB", "AUX")
    ]
    return between[-1] if between else None


def _light_verb(verb: Token) -> Token | None:
    """The verb just before an infinitive that the parse hung under it ("fait" in "a fait savoir").
    The small French model sometimes tags that "fait" as an auxiliary (eleventh round, b: "a fait
    savoir ce dimanche que ..."); it still carries the tense."""
    if verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    return prev if prev.head == verb and prev.pos_ in ("VERB", "AUX") else None


def _past_auxiliary(aux: Token) -> bool:
    """ "a déclaré", "avait annoncé", "had said" but not "aura dit", "will say"."""
    return "Fut" not in aux.morph.get("Tense") and aux.tag_ != "MD"


def _followed_by(keys: list[frozenset[str]], i: int, words: ClauseWords) -> bool:
    """ "mais que ...", "but that ...": the boundary word coordinates two reported clauses."""
    return i + 1 < len(keys) and bool(keys[i + 1] & words.complementizers)
