"""Puts the hedging rules together: Doc -> hedges (with non-hedge conditionals) and boosters.

Built once per pipeline (matchers, word sets); per Doc it is one pattern-matcher pass per family and one
pass over the tokens. Every cue carries a `rule` string saying which lexicon entry or rule found it
and, for conditionals, why it was or was not counted (e.g. `fr.conditional.ending|concordance.parse:déclaré`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicons import LexiconEntry, load_entries, normalize_term
from ..matching import norm
from ..quotes import QuoteIndex
from ..token_table import token_table
from ..types import CertaintyCue, counts_as_hedge
from .agents import agent_subject
from .clauses import HARD_BOUNDARIES, ClauseAnalysis, Sentences, clause_head
from .complement import carries_clause
from .concession import in_concession
from .continuation import continue_hypotheses
from .counterfactual import counterfactual
from .cues import CAPITAL_A_LANGS, CueMatch, LexicalCues, with_capital_a
from .entities import deal_entity
from .enumeration import lists_forms
from .findings import APPROXIMATOR, CONCORDANCE, CONDITIONAL_HEDGE, HYPOTHETICAL, NON_HEDGE_MODAL, Finding
from .forecasts import denied_in_the_past
from .genericity import event_marker, object_of, occasion_tense
from .headline import title_case_line
from .hypothetical import (
    anaphoric_case,
    compound_conditional,
    consequence_of_supposition,
    hypothetical_marker,
    open_condition,
    supposed_context,
    virtual_relative,
)
from .implicit import ETRE_CONDITIONAL
from .modal_reading import predictive_condition
from .modality import Modality, RootReading
from .mood import conditional_path, conditional_stem, infinitives
from .plans import free_choice_subject, plan_effect, present_passive
from .projection import poll_projection
from .proposals import proposal_terms
from .quoted import direct_quote_tokens, quoted_belief
from .ruled_out import ruled_out
from .sources import anchored_others, news_cues, study_contents, unnamed_sources
from .speaking import SpeakingWords, silent_group
from .statements import party_contents, party_projection
from .subjects import conditional_subjects, hypothetical_subject, obligation_subject, scheme_permission
from .takeup import taken_up
from .voice import ReportedIndex, quote_index, voice_of
from .words import Annotations, ClauseWords, phrase_at

# Languages whose conditional is a verb mood found by `mood` (English uses the modal "would").
MOOD_LANGS = frozenset({"fr"})
# Tokens between an auxiliary or modal and the verb it carries ("aurait pu", "pourrait ne pas être").
VERB_GROUP_REACH = 4
# The wish conditional ("aimerait", "souhaiterait"): politeness or a wish, not a hedge.
POLITE = "non_hedge_polite"
# Conditional endings of the first and second persons ("aimerais", "aimerions", "aimeriez").
FIRST_SECOND_PERSON_ENDINGS = ("rais", "rions", "riez")
# Rule trail of a conditional under a present verb of saying or thought ("says the minister would resign").
GOVERNED_BY_PRESENT = "governed-by-present"
# Round 49: a doubt cue that names a kind of case ("à chaque suspicion de"), and the words a procedure
# frame may stand back from it ("quand il n'y a pas de certitude").
EPISTEMIC_HEDGE = "epistemic_hedge"
PROCEDURE_REACH = 5
# Sentences back from a conditional's own where a plan word is looked for, as the plan triggers reach (round 50).
FORECAST_SENTENCES = 5
# "que prévu", "qu'initialement prévu" read as one: the comparison word before the participle.
COMPARISON_QUE = frozenset({"que", "qu'"})
# "serait sans doute celui de": adverbs between the conditional and the demonstrative pronoun.
CASE_REACH = 4


@dataclass(frozen=True)
class DocFacts:
    """What every rule needs about one Doc, computed once."""

    doc: Doc
    tokens: Doc  # doc[i] builds one Token; only cues' tokens are read
    text: str
    keys: list[frozenset[str]]
    annotations: Annotations
    has_dep: bool
    has_tag: bool
    has_tenses: bool
    markers: list[tuple[int, int]]
    sentences: Sentences
    news_cues: frozenset[int]  # tokens of attribution cues to the press or unnamed sources (`sources`)
    study_contents: frozenset[int] = frozenset()  # what a study or report says (`sources`)
    direct_quotes: frozenset[int] = frozenset()  # tokens of a speaker's direct quotation (`quoted`)
    party_contents: dict[int, int] = field(default_factory=dict)  # what a named party says (`statements`)


# The conditional of "avoir" and "être" ("aurait", "seraient"): only they make a compound past (round 47; without
# a morphologizer a simple conditional before a word in -é reads as one).
TENSE_AUXILIARY_FORMS = frozenset(p + e for p in ("aur", "ser") for e in ("ais", "ait", "ions", "iez", "aient"))


class HedgeAnalyser:
    """Finds hedges, approximators, non-hedge conditionals and boosters in a Doc."""

    def __init__(self, nlp: Language, lexicon_paths: Sequence[str] = ()) -> None:
        self.lang = nlp.lang
        paths = tuple(lexicon_paths)
        hedges = load_entries(self.lang, "hedges", paths)
        self.hedge_cues = LexicalCues(nlp, hedges)
        self.booster_cues = LexicalCues(nlp, load_entries(self.lang, "boosters", paths))
        self.words = ClauseWords(self.lang, paths)
        self.clauses = ClauseAnalysis(self.words)
        self.modality = Modality(self.words)
        # English quantifiers and first-person beliefs read a speaker's direct quotations
        self.speaker_words = any(entry.data.get("speaker_words") or entry.data.get("quoted_only") for entry in hedges)
        self.modal_lemmas: dict[str, LexiconEntry] = {}
        # entry id -> its `SpeakingWords` (verbs, source and addressee prepositions, speech nouns), built on first use
        self._speaking: dict[str, SpeakingWords] = {}
        self.modal_stems: dict[str, LexiconEntry] = {}
        # Participles ("pu", "dû") -> the stems of the auxiliary they need ("aur": "aurait dû", not the
        # "serait dû à un court-circuit" of a reported cause; fourteenth round).
        self.participle_auxiliaries: dict[str, tuple[str, ...]] = {}
        for entry in hedges:
            if entry.data.get("mood") == "conditional":
                if entry.term:
                    self.modal_lemmas[normalize_term(entry.term)] = entry
                for form in entry.data.get("participles") or []:  # "aurait pu" without a lemmatizer
                    self.modal_lemmas[norm(str(form))] = entry
                    stems = tuple(str(s) for s in entry.data.get("participle_auxiliary") or [])
                    if stems:
                        self.participle_auxiliaries[norm(str(form))] = stems
                for stem in entry.data.get("stems") or []:
                    self.modal_stems[norm(str(stem))] = entry

    def __call__(self, doc: Doc) -> tuple[list[CertaintyCue], list[CertaintyCue], list[Span], list[Span]]:
        tokens = doc  # indexed for the few tokens the rules look at: a list of every Token cost more
        table = token_table(doc)
        keys = self.words.with_elided(table.lower, table.keys)  # "d'après" read as one word
        if self.lang in MOOD_LANGS:
            keys = _with_infinitives(doc, table.lower, table.lemma, keys)  # "l'emporterait" tagged a noun
        annotations = Annotations(doc)
        sentences = Sentences(table.words, table.is_space)
        cue_keys = table.keys
        if self.lang in CAPITAL_A_LANGS:  # "A en croire" read as "À en croire", by the markers and the cues
            keys = with_capital_a(table.words, keys, sentences.starts_at)
            cue_keys = with_capital_a(table.words, cue_keys, sentences.starts_at)
        attributions = doc._.framing_attributions or []  # None when the hedging component runs alone
        facts = DocFacts(
            doc=doc,
            tokens=tokens,
            text=table.text,
            keys=keys,
            annotations=annotations,
            has_dep="DEP" in annotations,
            has_tag="TAG" in annotations,
            has_tenses="TAG" in annotations or "MORPH" in annotations,
            markers=self.words.marker_spans(doc, keys, sentences.starts_at),
            sentences=sentences,
            news_cues=news_cues(doc, attributions),
            study_contents=study_contents(doc, attributions, keys, self.words),
            direct_quotes=direct_quote_tokens(doc, attributions) if self.speaker_words else frozenset(),
            party_contents=party_contents(doc, attributions, keys, self.words) if self.lang in MOOD_LANGS else {},
        )
        findings: list[Finding] = []
        covered: set[int] = set()
        for match in self.hedge_cues.find(doc, cue_keys):
            finding = self._lexical_hedge(facts, match)
            if finding is not None:
                findings.append(finding)
                covered.update(range(match.start, match.end))
        if self.lang in MOOD_LANGS:
            hedged = frozenset(i for f in findings if f.counted for i in range(f.start, f.end))
            findings.extend(self._conditionals(facts, covered, hedged))
        boosters = [
            Finding(m.start, m.end, m.entry.category, f"lexicon:{m.entry.id}", True)
            for m in self.booster_cues.find(doc, table.keys)
        ]
        index = quote_index(doc, self.lang)
        taken = {i for f in findings if f.counted for i in range(f.start, f.end)}
        findings.extend(unnamed_sources(doc, attributions, facts.keys, self.words, index, taken, findings))
        reported = ReportedIndex(attributions)
        hedge_cues, hedge_spans = as_cues(facts, index, findings, reported)
        booster_cues, booster_spans = as_cues(facts, index, boosters, reported)
        return hedge_cues, booster_cues, hedge_spans, booster_spans

    # ------------------------------------------------------------------ lexical hedges and modals

    def _lexical_hedge(self, facts: DocFacts, match: CueMatch) -> Finding | None:
        entry = match.entry
        rule = f"lexicon:{entry.id}"
        generic_only = entry.data.get("generic_only")
        if generic_only and facts.has_tenses:
            time_words = self.words.event_times if generic_only == "dated" else None
            narrative = generic_only == "narrative"
            event = event_marker(facts.doc, match.start, facts.sentences, time_words, facts.keys, narrative)
            if event is not None:  # "many people were injured": a rough count of one event's participants
                return Finding(match.start, match.end, APPROXIMATOR, f"{rule}|event:{event}", False)
        if self.lang in MOOD_LANGS and entry.category == EPISTEMIC_HEDGE and self._procedure_frame(facts, match.start):
            return None  # "À chaque suspicion de fraude, un contrôle suit": a kind of case, not an open fact
        if entry.data.get("not_conceded") and in_concession(facts.doc, match.start, facts.keys, self.words):
            return None  # "même si cela n'a pas été confirmé, ...": a point granted, not a doubt (`concession`)
        if entry.data.get("no_agent_subject") and agent_subject(
            facts.doc, match.start, facts.keys, self.words, facts.has_dep
        ):
            return None  # "le ministre peut expliquer la mesure": an ability, not a possible cause (`agents`)
        if entry.data.get("taken_up_after") and taken_up(
            facts.doc,
            facts.keys,
            match.start,
            match.end,
            entry.data["taken_up_after"],
            entry.data.get("taken_up_except") or (),
        ):
            return None  # "des chercheurs de X ont mesuré ... Les chercheurs estiment": named before (`takeup`)
        if entry.data.get("ruled_out"):
            sentence = facts.sentences.around(match.start)
            if ruled_out(facts.doc, match.start, match.end, facts.keys, self.words, sentence) is not None:
                return None  # "a écarté l'hypothèse d'un incendie criminel": dropped, not kept open (`ruled_out`)
        if entry.data.get("speaker_words") and match.start in facts.direct_quotes:
            # "'Some came early and many stayed late,' the organiser said": the speaker's account, a named source
            return Finding(match.start, match.end, APPROXIMATOR, f"{rule}|direct-quote", False)
        if entry.data.get("quoted_only"):
            # "'I think the figures will improve,' the mayor said": the speaker's belief; outside a quotation a creed
            if match.start not in facts.direct_quotes or not quoted_belief(
                facts.doc, match.start, match.end, facts.has_dep, entry.data.get("clause_word") or {}
            ):
                return None
            return Finding(match.start, match.end, entry.category, f"{rule}|direct-quote", True)
        if entry.data.get("headline") and title_case_line(facts.doc, match.start):
            # "Ferry Fares May Climb This Summer": a headline's forecast, whatever the tagger makes of the capitals
            return Finding(match.start, match.end, entry.category, f"{rule}|headline", True)
        if entry.data.get("headline_only"):
            return None
        if "object_links" in entry.data and facts.has_tag:
            links = frozenset(str(w) for w in entry.data.get("object_links") or [])
            verb = object_of(facts.doc, match.start, links)
            if entry.data.get("noun_heads_only"):
                # "réduit certains risques": part of a class; "quitteront certaines bases": one occasion's count
                before = facts.doc[match.start - 1] if match.start > 0 else None
                occasion = before is not None and occasion_tense(facts.doc, before.i) in ("past", "future")
                verb = before if occasion else verb if verb is not None and verb.pos_ == "NOUN" else None
            if verb is not None:  # "le pays envoie de nombreux signaux": a rough count, not a general claim
                return Finding(match.start, match.end, APPROXIMATOR, f"{rule}|object:{verb.text}", False)
        if entry.data.get("speaking_position") and facts.has_dep:
            silent = silent_group(facts.doc, match.start, match.end, facts.keys, self._speaking_words(entry))
            if silent is not None:  # "visant plusieurs hauts responsables": people acted on, a rough count (`speaking`)
                return Finding(match.start, match.end, APPROXIMATOR, f"{rule}|not-speaking:{silent.text}", False)
        if entry.data.get("not_anchored") and anchored_others(facts.doc, match.start):
            return None  # "Loakes and other linguists": a group anchored to a named member (`sources`)
        if entry.data.get("forecast_frame") and denied_in_the_past(facts.doc, match.start, facts.keys, self.words):
            return None  # "did not expect such a defeat": an outcome that came, not a forecast (`forecasts`)
        if entry.data.get("clause_follows") and not carries_clause(
            facts.doc, match.start, facts.keys, self.words, facts.has_dep
        ):
            return None  # "believe in it", "suggests a rethink": no clause holds the view (`complement`)
        if entry.data.get("generic_relative") and self._generic_relative(facts, match, entry.data["generic_relative"]):
            # "une teneur basse qui peut indiquer une pollution": what such a sign usually shows (`generic-relative`)
            return Finding(match.start, match.end, NON_HEDGE_MODAL, f"{rule}|generic-relative", False)
        listed = entry.data.get("listed_forms")
        if listed and lists_forms(facts.doc, match.start, match.end, facts.sentences.around(match.start), listed):
            return Finding(match.start, match.end, NON_HEDGE_MODAL, f"{rule}|listed-forms", False)  # `enumeration`
        if entry.data.get("pos") != "modal":
            return Finding(match.start, match.end, entry.category, rule, counts_as_hedge(entry.category))
        token = facts.doc[match.start]
        if facts.has_tag and token.tag_ and token.tag_ != "MD":
            return None  # "might" the noun, "may" the month when the tagger says so
        conditional = entry.data.get("clause") == "conditional"
        root = self._root(facts, token, entry)
        forecast = root is None and self.modality.forecasts_outcome(
            facts.doc, token, facts.keys, facts.has_dep, entry.data
        )
        if entry.data.get("outcome_only") and not forecast:
            return None  # "you should apply", "the form should list": advice or a norm, not an expectation
        finding = self._classify(
            facts, token, match.start, match.end, entry.category, rule, conditional, root, forecast=forecast
        )
        if finding.counted and entry.data.get("implied_condition") and GOVERNED_BY_PRESENT not in finding.rule:
            # English "would" in a main clause: a plan's effect or a case under an unstated condition ("the
            # deal would cost $2 billion"), not the writer's doubt; "says the minister would resign" still
            # counts, a forecast reported in the present (docs/hedging.md, round eight).
            return Finding(finding.start, finding.end, HYPOTHETICAL, f"{finding.rule}|implied-condition", False)
        return finding

    def _speaking_words(self, entry: LexiconEntry) -> SpeakingWords:
        """A `speaking_position` entry's word sets (`speaking.py`): the clause governors plus its stance verbs,
        its source prepositions, its speech nouns and the prepositions of an addressee (round 45); read from the
        entry's data once, not at every match."""
        words = self._speaking.get(entry.id)
        if words is None:
            data = entry.data

            def listed(name: str) -> frozenset[str]:
                return frozenset(norm(str(w)) for w in data.get(name) or [])

            words = self._speaking[entry.id] = SpeakingWords(
                self.words.governors | listed("stance_verbs"),
                listed("source_cases"),
                listed("speech_nouns"),
                listed("addressee_cases"),
            )
        return words

    def _root(self, facts: DocFacts, token: Token, entry: LexiconEntry) -> RootReading | None:
        """Why a modal reads as obligation, ability or a general rule rather than a guess (see `modality`)."""
        sentence = facts.sentences.around(token.i)
        return self.modality.root_reading(
            facts.doc, token, facts.keys, facts.has_tag, facts.has_dep, entry.data, sentence
        )

    # ------------------------------------------------------------------ the conditional mood

    def _conditionals(self, facts: DocFacts, covered: set[int], hedged: frozenset[int]) -> list[Finding]:
        found: list[Finding] = []
        taken = set(covered)
        lowers = token_table(facts.doc).lower
        endings = {form for form in set(lowers) if conditional_stem(form) is not None}  # once per distinct word
        for i in [i for i, form in enumerate(lowers) if form in endings]:  # most words: no conditional ending
            if i in taken:
                continue
            token = facts.tokens[i]
            path = conditional_path(token)
            if path is None:
                continue
            start, end = self._verb_group(facts, token)
            if any(i in taken for i in range(start, end)):
                start, end = token.i, token.i + 1
            taken.update(range(start, end))
            modal = self._modal_entry(facts, token)
            rule = f"{self.lang}.conditional.{path.value}"
            root = None
            if modal is not None:
                rule += f"|lexicon:{modal.id}"
                kind = modal.category
                root = self._root(facts, token, modal)
                if root is None and modal.data.get("obligation_subject"):
                    reason = obligation_subject(
                        facts.doc, token, start, facts.keys, self.words, facts.sentences, facts.has_dep
                    )
                    root = RootReading(reason, firm=False) if reason is not None else None
            else:
                kind = CONDITIONAL_HEDGE
            # A modal keeps its own meaning of possibility in reported speech: only the plain
            # conditional (and verbs the lexicon marks `concordance: true`) can be a future-in-the-past.
            backshift = modal is None or bool(modal.data.get("concordance"))
            deontic = modal is not None and bool(modal.data.get("deontic_governor"))
            permission = modal is not None and bool(modal.data.get("scheme_permission"))
            possibility = modal is not None and bool(modal.data.get("open_condition"))
            args = (facts, token, start, end, kind, rule, backshift, root, deontic, permission)
            found.append(self._classify(*args, open_possibility=possibility))
        return continue_hypotheses(facts.doc, found, facts.keys, self.words, facts.sentences, hedged)

    def _modal_entry(self, facts: DocFacts, token: Token) -> LexiconEntry | None:
        """pouvoir/devoir in the conditional, also as "aurait pu", "aurait dû"."""
        candidates = [token]
        head = clause_head(token)
        if head is not token and head.i > token.i:
            candidates.append(head)
        elif not facts.has_dep and token.i + 1 < len(facts.doc):
            candidates.append(facts.doc[token.i + 1])  # no parse: "aurait pu" read on the surface
        for tok in candidates:
            auxiliary = self.participle_auxiliaries.get(norm(tok.text)) if tok is not token else None
            if auxiliary and not token.lower_.startswith(auxiliary):
                continue  # "serait dû à une erreur humaine": "dû" the adjective, no modal
            for key in facts.keys[tok.i]:
                if key in self.modal_lemmas:
                    return self.modal_lemmas[key]
        stem = conditional_stem(norm(token.text))
        return self.modal_stems.get(stem or "")

    def _verb_group(self, facts: DocFacts, token: Token) -> tuple[int, int]:
        """The conditional with its negation, clitic pronouns and the verb it carries: "n'aurait pas dû venir"."""
        start, end = token.i, token.i + 1
        if not facts.has_dep:
            return start, end
        head = clause_head(token)
        if head.i > token.i and head.i - token.i <= VERB_GROUP_REACH:
            end = head.i + 1
        for child in head.children:
            if child.dep_.startswith("xcomp") and end - 1 < child.i <= end - 1 + VERB_GROUP_REACH:
                end = child.i + 1
        sent_start, _ = facts.sentences.around(token.i)
        while start - 1 >= sent_start:
            prev = facts.doc[start - 1]
            clitic = prev.pos_ == "PRON" and not prev.dep_.startswith("nsubj")
            negation = prev.pos_ == "ADV" and "Neg" in prev.morph.get("Polarity")
            if prev.head in (token, head) and (clitic or negation):
                start -= 1
            else:
                break
        return start, end

    # ------------------------------------------------------------------ hedge, concordance or hypothesis

    def _classify(
        self,
        facts: DocFacts,
        token: Token,
        start: int,
        end: int,
        kind: str,
        rule: str,
        can_be_concordance: bool,
        root: RootReading | None = None,
        deontic: bool = False,
        permission: bool = False,
        forecast: bool = False,
        open_possibility: bool = False,
    ) -> Finding:
        doc = facts.doc
        if root is not None and root.firm:
            return Finding(start, end, NON_HEDGE_MODAL, f"{rule}|root:{root.reason}", False)
        marker = hypothetical_marker(doc, token, facts.markers, facts.keys, self.words, facts.sentences)
        if (
            marker is not None
            and forecast
            and predictive_condition(doc, marker, token, facts.sentences.around(token.i), facts.has_tag)
        ):
            rule += f"|predictive-condition:{doc[marker[0] : marker[1]].text}"  # "if the bank cuts rates, X could rise"
            marker = None
        while marker is not None and open_possibility and facts.has_tenses:
            verb = open_condition(doc, marker, token, facts.sentences.around(token.i))
            if verb is None:
                break
            # "si la grève se poursuit, le gouvernement pourrait céder": a guess. A later marker of the
            # same sentence may still close the case: "si la liste arrive devant, son chef pourrait céder
            # en cas de fusion des listes adverses" (round thirty-six: a scenario's consequence).
            rule += f"|open-condition:{doc[marker[0] : marker[1]].text}:{verb}"
            later = facts.markers[bisect.bisect_left(facts.markers, (marker[1], marker[1])) :]
            marker = hypothetical_marker(doc, token, later, facts.keys, self.words, facts.sentences)
        if marker is not None:
            text = doc[marker[0] : marker[1]].text
            return Finding(start, end, HYPOTHETICAL, f"{rule}|hypothetical:{text}", False)
        case = (
            anaphoric_case(doc, token, self.words, facts.sentences.around(token.i)) if self.lang in MOOD_LANGS else None
        )
        if case is None and self.lang in MOOD_LANGS:
            case = self._passive_case(facts, token)
        if case is None and self.lang in MOOD_LANGS:
            case = supposed_context(doc, token, self.words, facts.sentences)  # "Dans ce contexte, il ferait"
        if case is not None:  # "la facture doublerait alors": the consequence of a case stated before
            return Finding(start, end, HYPOTHETICAL, f"{rule}|case-anaphor:{case}", False)
        if kind == CONDITIONAL_HEDGE:
            antecedent = virtual_relative(doc, token, facts.keys, self.words, facts.sentences)
            if antecedent is not None:
                return Finding(start, end, HYPOTHETICAL, f"{rule}|virtual-relative:{antecedent}", False)
            consequence = consequence_of_supposition(doc, token, self.words)
            if consequence is not None:  # "la hausse qui en résulterait"
                return Finding(start, end, HYPOTHETICAL, f"{rule}|consequence:{consequence}", False)
        if root is not None:
            return Finding(start, end, NON_HEDGE_MODAL, f"{rule}|root:{root.reason}", False)
        if self.lang in MOOD_LANGS and counts_as_hedge(kind):
            contrary = counterfactual(doc, token, facts.keys, self.words, facts.sentences)
            if contrary is not None:  # "il aurait suffi de...", "alors qu'il aurait pu..."
                return Finding(start, end, HYPOTHETICAL, f"{rule}|counterfactual:{contrary}", False)
        credited_wish = kind == POLITE and self.lang in MOOD_LANGS and self._credited(facts, token)
        if credited_wish:
            # "Selon Europe 1, la SNCF souhaiterait diviser...": a wish the press reports, unconfirmed
            kind, rule = CONDITIONAL_HEDGE, f"{rule}|credited-wish"
        if not counts_as_hedge(kind):
            return Finding(start, end, kind, rule, False)
        if can_be_concordance:
            story = self.clauses.narrative(doc, token, facts.keys, facts.has_dep, facts.sentences)
            if story is not None:
                return Finding(start, end, CONCORDANCE, f"{rule}|narrative:{story}", False)
            gov = self.clauses.governor(doc, token, facts.keys, facts.has_dep, facts.sentences)
            if gov is not None and gov.past and self._relative_forecast(facts, token, kind):
                rule += f"|relative-forecast:{gov.verb.text}"
                gov = None
            if gov is not None and gov.past and self.lang in MOOD_LANGS:
                reportive = self._reportive_past(facts, token, gov.verb, kind, credited_wish)
                if reportive is not None:  # "Le rapport notait que des fonds auraient été détournés en 2015"
                    rule += f"|reportive:{reportive}"
                    gov = None
            if gov is not None and gov.past and credited_wish:
                # "a affirmé que le patron préférerait...": a wish's original tense is a present, not a
                # future, so no concordance; the credited report stays a hedge (twenty-sixth round)
                rule += f"|no-future:{gov.verb.text}"
                gov = None
            if gov is not None and gov.past:
                return Finding(start, end, CONCORDANCE, f"{rule}|concordance.{gov.method}:{gov.verb.text}", False)
            if gov is not None and deontic and self._quantity_subject(facts, token, start):
                rule += f"|quantity-forecast:{gov.verb.text}"  # "estime que le chômage devrait reculer"
                deontic = False
            if gov is not None and deontic and facts.keys[gov.verb.i] & self.words.deontic_governors:
                return Finding(start, end, NON_HEDGE_MODAL, f"{rule}|deontic.{gov.method}:{gov.verb.text}", False)
            if gov is None and deontic and not self._forecast_signs(facts, token):
                incise = self.clauses.incise_governor(doc, token, facts.keys, facts.sentences)
                if incise is not None and facts.keys[incise.i] & self.words.deontic_governors:
                    return Finding(start, end, NON_HEDGE_MODAL, f"{rule}|deontic.incise:{incise.text}", False)
            if gov is not None:
                rule += f"|{GOVERNED_BY_PRESENT}.{gov.method}:{gov.verb.text}"
        if permission and self.lang in MOOD_LANGS:
            granted = scheme_permission(doc, token, start, facts.keys, self.words, facts.sentences, facts.has_dep)
            if granted is not None:  # "Selon l'accord, cette période pourrait être prolongée"
                return Finding(start, end, NON_HEDGE_MODAL, f"{rule}|permission:{granted}", False)
        if self.lang in MOOD_LANGS:
            plain = kind == CONDITIONAL_HEDGE
            words, sentences = self.words, facts.sentences
            poll = poll_projection(doc, token, start, facts.keys, words, sentences, modal=not plain)
            if poll is not None:  # "le parti obtiendrait 120 sièges", "pourrait conquérir 300 sièges", selon un sondage
                return Finding(start, end, HYPOTHETICAL, f"{rule}|{poll}", False)
            # "Le scénario retenu serait celui d'un redoux": which case holds, a hedged judgment, no subject or plan
            named_case = self._names_case(facts, token)
            subject = (
                None
                if named_case
                else hypothetical_subject(doc, token, start, facts.keys, words, sentences, facts.has_dep, plain)
            )
            if subject is not None:  # "la solution serait de...", "Augmenter les impôts serait une erreur"
                return Finding(start, end, HYPOTHETICAL, f"{rule}|subject:{subject}", False)
            planned = self._planned(facts, token, start) if plain and not named_case else None
            if planned is not None:  # "Ce contournement est un projet d'autoroute. Elle relierait..."
                return Finding(start, end, HYPOTHETICAL, f"{rule}|{planned}", False)
        return Finding(start, end, kind, rule, counts_as_hedge(kind))

    def _planned(self, facts: DocFacts, token: Token, start: int) -> str | None:
        """Fifteenth round (`plans`): a planned thing's effect, or "tout" + noun as subject."""
        doc, keys, words, sentences = facts.doc, facts.keys, self.words, facts.sentences
        if self._forecast_scope(facts, token):
            return None  # "La croissance serait de 1 %, prévoit l'Insee. Cela permettrait...": the forecast's figures
        subjects = conditional_subjects(doc, token, start, keys, facts.has_dep)
        effect = plan_effect(doc, token, subjects, keys, words, sentences, facts.news_cues)
        if effect is not None:
            return effect
        entity = deal_entity(doc, token, subjects, keys, words)
        if entity is not None:  # "La fusion est proposée. La nouvelle entité serait cotée à Paris"
            return entity
        if self._study_projection(facts, token):  # "Les rendements baisseraient, dit le rapport"
            return "study-projection"
        party = party_projection(doc, token, keys, words, sentences, facts.party_contents, facts.news_cues)
        if party is not None:  # "Cette adaptation, précise l'enseigne, « conduirait à... »"
            return party
        terms = proposal_terms(doc, token, subjects, keys, words, sentences)
        if terms is not None:  # "Treize offres sont sur la table. La dernière reprendrait 800 salariés"
            return terms
        anyone = free_choice_subject(doc, start, sentences.around(token.i)[0], keys, words)
        return f"free-choice:{anyone}" if anyone is not None else None

    def _forecast_scope(self, facts: DocFacts, token: Token) -> bool:
        """A forecaster's word (`forecast_frame`: "prévisions", "a prédit", "pronostique") or "que prévu" from the
        sentence of the nearest plan word before the conditional to the conditional's own sentence: the
        conditionals are a forecast's figures, which the plan triggers must not type as a plan's terms (round 50)."""
        if self.lang not in MOOD_LANGS:
            return False
        doc, keys, sentences, words = facts.doc, facts.keys, facts.sentences, self.words
        lo, hi = sentences.around(token.i)
        first = sentences.start_back(lo, FORECAST_SENTENCES)
        trigger = next((k for k in range(token.i - 1, first - 1, -1) if keys[k] & words.plan_words), None)
        if trigger is None:
            return False
        for k in range(sentences.around(trigger)[0], hi):
            if keys[k] & words.forecast_frame:
                return True
            if k > 0 and keys[k] & words.plan_signs and norm(doc[k - 1].lower_) in COMPARISON_QUE:
                return True  # "moins dynamique que prévu": measured against a forecast, not a plan
        return False

    @staticmethod
    def _generic_relative(facts: DocFacts, match: CueMatch, spec: dict[str, list[str]]) -> bool:
        """A present `pouvoir` + a verb of indicating right after the relative "qui", its antecedent not pointed
        at by a demonstrative: the relative states what such a sign shows as a rule, not a doubt about one case."""
        doc = facts.doc
        if match.start == 0 or doc[match.start - 1].lower_ not in spec.get("relatives", ()):
            return False
        if doc[match.start].lower_ not in spec.get("modals", ()):
            return False
        if not any(doc[k].lower_ in spec.get("verbs", ()) for k in range(match.start, match.end)):
            return False
        low = max(facts.sentences.around(match.start)[0], match.start - 8)
        pointers = frozenset(spec.get("pointers", ()))
        return not any(doc[k].lower_ in pointers for k in range(low, match.start - 1))

    def _procedure_frame(self, facts: DocFacts, start: int) -> str | None:
        """An iterative or generic frame right before a doubt cue, in its clause ("à chaque suspicion de",
        "en cas de doute", "quand il n'y a pas de certitude", round 49): a procedure for every such case.
        A conjunction frame wants a present verb between it and the cue."""
        doc, words = facts.doc, self.words
        lo, _ = facts.sentences.around(start)
        for k in range(start - 1, max(lo, start - PROCEDURE_REACH) - 1, -1):
            if doc[k].is_punct:
                return None
            n = phrase_at(doc, k, words.procedure_frames, start)
            if n and k + n == start:
                return doc[k : k + n].text  # "à chaque suspicion"
            n = phrase_at(doc, k, words.procedure_clauses, start)
            if n and any("Pres" in doc[j].morph.get("Tense") for j in range(k + n, start)):
                return doc[k : k + n].text  # "quand il n'y a pas de certitude"
        return None

    def _names_case(self, facts: DocFacts, token: Token) -> bool:
        """ "serait (sans doute) celui de": "être" + a demonstrative pronoun says which of the cases or
        options holds (round 49), news about the scenario, not one of its terms or effects."""
        doc, keys = facts.doc, facts.keys
        if not token.lower_.startswith(ETRE_CONDITIONAL):
            return False
        for t in doc[token.i + 1 : token.i + 1 + CASE_REACH]:
            if keys[t.i] & self.words.identity_pronouns:
                return True
            if t.pos_ not in ("ADV", "ADP") or t.is_punct:
                return False  # "serait (sans doute) celui", not "serait le tracé de celui"
        return False

    def _study_projection(self, facts: DocFacts, token: Token) -> bool:
        """A present conditional inside what a study or report says (`sources.study_contents`), or in the
        sentence right after it when that sentence names no source of its own and no verb of saying
        ("..., dit le rapport. Les rendements du maïs baisseraient de 7 %": the study's projection goes
        on; twenty-first round). A present passive ("seraient réduits") projects too; not a compound
        past, nor a sentence with a press or unnamed-source cue or a leak sign."""
        doc, keys, words, sentences = facts.doc, facts.keys, self.words, facts.sentences
        if not facts.study_contents:
            return False
        if compound_conditional(doc, token) and not present_passive(doc, token, words):
            return False  # "aurait baissé"; a passive "seraient réduits" projects too
        lo, hi = sentences.around(token.i)
        if any(k in facts.news_cues or keys[k] & words.leak_signs for k in range(lo, hi)):
            return False
        if token.i in facts.study_contents:
            forward = any(keys[k] & words.forward_times for k in range(lo, hi))
            if self._study_credited(facts, lo, token.i) and not forward:
                return False  # "D'après l'étude, X serait associé à ...": the study's finding, reported (round 48)
            # "Une étude révèle que les microplastiques proviendraient des pneus": a finding reported (round 47)
            found = [k for k in range(lo, token.i) if keys[k] & words.finding_verbs]
            return not any(keys[m] & words.complementizers for k in found for m in range(k + 1, token.i))
        previous = sentences.previous_start(lo)
        if previous >= lo or not any(k in facts.study_contents for k in range(previous, lo)):
            return False
        return not words.names_source_or_saying(doc, keys, lo, hi)

    def _study_credited(self, facts: DocFacts, lo: int, end: int) -> bool:
        """Whether "selon" or "d'après" stands before the conditional in its sentence: the study is cited as a
        source of a finding, not run as a model (round 48; the tokenizer may cut "d'après" in two)."""
        doc, keys, credits = facts.doc, facts.keys, self.words.study_credits
        for k in range(lo, end):
            if keys[k] & credits:
                return True
            if k > lo and doc[k].lower_ == "après" and doc[k - 1].lower_ in ("d'", "d’"):
                return True
        return False

    def _credited(self, facts: DocFacts, token: Token) -> bool:
        """A source in the conditional's sentence: "selon" / "d'après" + a source, not a criterion
        ("selon les revenus"), or the cue of an attribution to the press or an unnamed source (twenty-first
        round: a wish in the conditional credited to a source is that source's unconfirmed report)."""
        if set(token.morph.get("Person")) & {"1", "2"} or token.lower_.endswith(FIRST_SECOND_PERSON_ENDINGS):
            return False  # "« Nous aimerions obtenir des garanties », a déclaré...": the speaker's own wish
        lo, hi = facts.sentences.around(token.i)
        doc, keys, words = facts.doc, facts.keys, self.words
        for k in range(lo, hi):
            between = range(min(k, token.i) + 1, max(k, token.i))
            if any(doc[m].text in HARD_BOUNDARIES or keys[m] & words.boundaries for m in between):
                continue  # "Selon L'Equipe, X aurait approché Y, mais le club préférerait...": another clause
            if k in facts.news_cues:
                return True
            if keys[k] & words.source_signs:
                after = range(k + 1, min(hi, k + 4))
                if not any(keys[m] & words.criterion_nouns for m in after):
                    return True
        return False

    def _reportive_past(self, facts: DocFacts, token: Token, verb: Token, kind: str, wish: bool) -> str | None:
        """Why a conditional under a past verb of saying is the source's unconfirmed report, not a
        future-in-the-past (round 47), or None. Concordance turns a future into a conditional; it cannot
        explain a governor that is itself conditional ("suggérerait que", "aurait dit que"), a clause set in
        the source's present ("serait maintenant en fuite"), nor a compound past of a plain conditional
        ("notait que des fonds auraient été détournés"), unless a forward time word or a governor of
        promise makes it a future perfect in the past ("a promis que le pont aurait été réparé d'ici mai")."""
        doc, keys, words = facts.doc, facts.keys, self.words
        if conditional_path(verb) is not None or any(
            c.dep_.startswith("aux") and conditional_path(c) is not None for c in verb.children
        ):
            return f"conditional-governor:{verb.text}"
        lo, hi = facts.sentences.around(token.i)
        clause = self._clause_span(facts, token, lo, hi)
        present = next((k for k in clause if keys[k] & words.present_times), None)
        if present is not None:
            return f"present-time:{doc[present].text}"
        compound = token.lower_ in TENSE_AUXILIARY_FORMS and compound_conditional(doc, token)
        if wish or kind != CONDITIONAL_HEDGE or not compound:
            return None  # "aurait aimé": a wish the past conditional makes counterfactual
        if present_passive(doc, token, words):
            return None
        if keys[verb.i] & words.forward_governors or any(keys[k] & words.forward_times for k in clause):
            return None
        return f"past-event:{token.text}"

    def _quantity_subject(self, facts: DocFacts, token: Token, start: int) -> bool:
        """A "devrait" whose subject is an amount, a rate or a change ("le chômage", "les prix", "la hausse",
        "3 000 emplois"): no one can owe a duty to a quantity, so after "estime que" it forecasts (round 47)."""
        doc, keys, words = facts.doc, facts.keys, self.words
        for subject in conditional_subjects(doc, token, start, keys, facts.has_dep):
            if keys[subject.i] & (words.quantity_nouns | words.change_nouns):
                return True
            before = doc[max(0, subject.i - 3) : subject.i]
            if any(t.like_num or keys[t.i] & words.count_nouns for t in before):
                return True
        return False

    def _clause_span(self, facts: DocFacts, token: Token, lo: int, hi: int) -> range:
        """The tokens of the conditional's clause: its head's subtree on a parse, else the rest of the
        sentence up to a hard boundary."""
        if facts.has_dep:
            head = clause_head(token)
            left = max(lo, min(head.left_edge.i, token.i))
            return range(left, min(hi, head.right_edge.i + 1))
        end = token.i
        while end < hi and facts.doc[end].text not in HARD_BOUNDARIES:
            end += 1
        return range(token.i, end)

    def _passive_case(self, facts: DocFacts, token: Token) -> str | None:
        """ "seraient alors licenciés": a present passive with a case anaphor between "être" and the participle
        states what the terms set out would bring (round 47). `anaphoric_case` leaves compounds alone
        ("aurait alors pris la fuite", the "alors" of a narrated sequence); a present passive is none. Not with a
        source in the sentence ("seraient alors détenus, selon la police": "alors" = at that time, reported)."""
        doc, k = facts.doc, token.i + 1
        n = phrase_at(doc, k, self.words.case_anaphors)
        if not n or not present_passive(doc, token, self.words):
            return None
        if k + n < len(doc) and norm(doc[k + n].lower_) in self.words.complementizers:
            return None  # "alors que": a contrast
        return None if self._credited(facts, token) else doc[k : k + n].text

    def _forecast_signs(self, facts: DocFacts, token: Token) -> bool:
        """A date, a source word or a figure in the sentence: "Le chômage devrait atteindre 8 % en mars,
        a estimé l'Insee" forecasts, while "Le ministre devrait démissionner, a réclamé le député" asks
        (tenth round: the incise of opinion is read as a demand only without them)."""
        lo, hi = facts.sentences.around(token.i)
        doc, signs = facts.doc, self.words.forecast_signs
        return any(facts.keys[k] & signs or doc[k].text[:1].isdigit() for k in range(lo, hi))

    def _relative_forecast(self, facts: DocFacts, token: Token, kind: str) -> bool:
        """A French modal ("devrait") heading a relative clause under a past verb of saying.

        "Le préfet a indiqué que le pont, qui devrait rouvrir en mars, restait fermé": the relative
        describes a thing of the main clause, in the writer's own time, so its "devrait" is a forecast,
        not the future-in-the-past of a reported "doit" (docs/hedging.md, round nine). The plain
        conditional in a relative keeps its concordance reading.
        """
        if self.lang not in MOOD_LANGS or kind == CONDITIONAL_HEDGE or not facts.has_dep:
            return False
        return clause_head(token).dep_.lower() == "acl:relcl"


def _with_infinitives(
    doc: Doc, lower: Sequence[str], lemma: Sequence[str], keys: list[frozenset[str]]
) -> list[frozenset[str]]:
    """`keys`, where a conditional the model left unlemmatised (lemma = form, often tagged a noun)
    also has its infinitive(s) as key, so the verb lexicons (poll verbs, verbs of effect) read it as
    they read a well-tagged one (nineteenth round). The same list when no such token is found."""
    added = None
    stems = {form: stem for form in set(lower) if (stem := conditional_stem(form)) is not None}  # once per word
    for i in [i for i, form in enumerate(lower) if form in stems] if stems else []:  # most words: no ending
        form = lower[i]
        stem = stems[form]
        if lemma[i] not in ("", form) or conditional_path(doc[i]) is None:
            continue
        added = added if added is not None else list(keys)
        added[i] = keys[i] | infinitives(stem)
    return added if added is not None else keys


def as_cues(
    facts: DocFacts, index: QuoteIndex, findings: list[Finding], reported: ReportedIndex | None = None
) -> tuple[list[CertaintyCue], list[Span]]:
    """Findings -> CertaintyCues (character offsets, voice) and the matching spans, in text order; a cue
    inside an attribution's content outside quotation marks is `reported` (framing.hedging.voice)."""
    cues, spans = [], []
    doc, text = facts.doc, facts.text
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        start = facts.tokens[f.start].idx
        last = facts.tokens[f.end - 1]
        end = last.idx + len(last.text)
        cues.append(
            CertaintyCue(
                start=start,
                end=end,
                text=text[start:end],
                kind=f.kind,
                voice=voice_of(index, start, end, reported, f.kind),
                rule=f.rule,
                counted=f.counted,
            )
        )
        spans.append(Span(doc, f.start, f.end, label=f.kind))
    return cues, spans
