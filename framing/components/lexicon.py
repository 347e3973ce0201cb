"""`framing_lexicon`: finds loaded vocabulary (lexicon terms, token patterns) and scare quotes.

Terms are matched word by word on a set of keys per token (lower-cased lemma and lower-cased form),
so "occupation" matches "occupations" and a term still matches when the model mis-lemmatises a form
(fr_core_news_sm turns "révèle" into "révèl", "dévasté" into "dévasté"): each token also gets the lemma
that spaCy's lookup table (spacy-lookups-data) gives its form, when that lemma is a word of some term.
Everything is built once, when the component is made;
per document the work is one pass over the tokens plus the shared pattern matcher (framing.token_patterns);
keys, `context` and overlaps are handled by framing.matching, as for the hedging cues.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.lookups import Table, load_lookups
from spacy.tokens import Doc, Span, Token

from .. import (
    attenuation,
    capitals,
    charges,
    cited_terms,
    criticism,
    denial,
    derived,
    derived_forms,
    evaluative,
    experiencer,
    homographs,
    incise,
    reported_quotes,
    senses,
    set_phrases,
    startup_cache,
    use_mention,
)
from ..lexicons import LexiconEntry, load_entries
from ..matching import context_allows, longest_first
from ..names import in_a_parsed_name, in_capitalised_name
from ..quotes import QuoteIndex, QuoteMark, find_quotations, with_single_quotations
from ..token_patterns import LazyViews, PatternMatcher, compile_pattern, hyphen_variants, positions_with_any
from ..token_table import as_written, token_table
from ..types import LoadedHit
from ..writer_wording import in_a_naming_frame
from . import extensions  # noqa: F401

SPAN_GROUP = "framing_loaded"
SCARE_QUOTES = "scare_quotes"
SCARE_QUOTES_MAX_WORDS = 4
CAPITALS_CATEGORY = "dramatizing"  # a word stressed in capitals (framing.capitals)
SCARE_QUOTES_RULE = "scare quotes"  # the `rule` entry of quote_cues.yaml that can switch the rule off
NAMES_RULE = "names"  # the `rule` entry of quote_cues.yaml that drops loaded words inside capitalised names
# Tokens looked at before the opening mark and after the closing one for a speech verb.
VERB_WINDOW_BEFORE = 3
SENTENCE_END = frozenset({".", "!", "?", "…"})
# What a name in quotation marks follows. Not adjectives: the small model tags some finite verbs so
# ("portaient « Stop aux normes »", a slogan).
# where a name goes: after a determiner, a noun or a preposition (spaCy tags the contracted "des", "du" ADP)
NAME_SLOT_TAGS = frozenset({"DET", "NOUN", "PROPN", "ADP"})
CLAUSE_WINDOW = 10
VERB_WINDOW_AFTER = 5
PREVIOUS_SENTENCE_MAX = 80  # tokens looked back for the sentence before a quote's own
HEADING_MAX_WORDS = 10  # a line this short with no full stop is a heading (or a title)
OPENER_NAME_MAX = 6  # tokens of a name after "Pour" before its comma ("Pour Karine Bechet-Golovko,")
SENTENCE_END_RE = re.compile(r"[.!?…][\"'»”’)\]]*\s")
EPITHET_LINK_RE = re.compile(r"[ \u00a0\u202f]*(?:,|et|ou)[ \u00a0\u202f]*")  # "historique", "hors norme"
EPITHET_LINK_MAX = 6  # characters between two linked quotations: " et ", ", ", " ou "
DOCTRINE_ENDINGS = ("isme", "ismes")  # le « péronisme »: the name of a doctrine or a movement
ACRONYM_AFTER_RE = re.compile(r"[ \u00a0\u202f]*\(([A-Z][A-Z0-9&.-]{1,9})\)")  # the "living wage" (NLW)
SCARE_QUOTES_NOTE = (
    "Short quoted fragment with no speaker: the outlet puts these words at a distance (irony, doubt, or "
    "borrowing someone's label without saying whose)."
)


@lru_cache(maxsize=4)
def lemma_lookup_table(lang: str) -> Table | None:
    """spaCy's form -> lemma lookup table for `lang` (spacy-lookups-data), or None if it has none."""
    try:
        return load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
    except (ValueError, KeyError, OSError, ImportError):
        return None


def inflection_index(lang: str, lemmas: set[str]) -> dict[int, str]:
    """Hash of every lower-cased form whose lookup lemma is one of `lemmas` -> that lemma.

    Only the forms of words that occur in terms are kept, so the index stays small; it is built once
    per set of lemmas and lookup data (framing.startup_cache), which spares loading the whole table.
    """
    key = startup_cache.digest(lang, lookups_version(), frozenset(lemmas))
    return startup_cache.cached("inflections", key, lambda: _build_inflection_index(lang, lemmas))


def lookups_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("spacy-lookups-data")
    except PackageNotFoundError:
        return "none"


def _build_inflection_index(lang: str, lemmas: set[str]) -> dict[int, str]:
    table = lemma_lookup_table(lang)
    if table is None or not lemmas:
        return {}
    index: dict[int, str] = {}
    for form_hash, value in table.items():
        lemma = value[0] if isinstance(value, list) and value else value
        if isinstance(lemma, str) and lemma in lemmas:
            index[form_hash] = lemma
    return index


def guessed_forms(lang: str, index: dict[int, str]) -> frozenset[int]:
    """Hashes of the forms in `index` (form -> lookup lemma) that are dictionary words of their own and
    no regular inflection of that lemma: "crew" (a noun; the table gives the archaic past of "crow"),
    "lay", "rose", "wound", "shot". Without a tagger the lookup table's lemma for such a form is a guess
    between two words, so a lexicon lemma matches it only through the form itself (see token_keys)."""
    key = startup_cache.digest(lang, lookups_version(), sorted(index.items()))
    return startup_cache.cached("guessed_forms", key, lambda: _build_guessed_forms(lang, index))


def _build_guessed_forms(lang: str, index: dict[int, str]) -> frozenset[int]:
    table = lemma_lookup_table(lang)
    if table is None or not index:
        return frozenset()
    from spacy.strings import hash_string

    found = set()
    for value in table.values():
        lemma = value[0] if isinstance(value, list) and value else value
        if not isinstance(lemma, str):
            continue
        form_hash = hash_string(lemma)  # a lemma of the table: a word of its own
        other = index.get(form_hash)
        if other is not None and other != lemma and not regular_inflection(lemma, other):
            found.add(form_hash)
    return frozenset(found)


def regular_inflection(form: str, lemma: str) -> bool:
    """Whether `form` is spelt as a regular inflection of `lemma` (its stem, a silent e or a y -> i
    dropped): "crowed", "making", "carried" are; "crew", "lay", "rose" are not."""
    return (
        form.startswith(lemma)
        or (lemma.endswith("e") and form.startswith(lemma[:-1]))
        or (lemma.endswith("y") and form.startswith(lemma[:-1] + "i"))
    )


@dataclass(frozen=True)
class TermRule:
    entry: LexiconEntry
    keys: tuple[frozenset[str], ...]  # one key set per word of the term


@dataclass(frozen=True)
class Candidate:
    start: int  # token indices
    end: int
    entry: LexiconEntry


def in_required_voice(cand: Candidate, doc: Doc, index: QuoteIndex) -> bool:
    """An entry with `context: {voice: reporter}` counts only outside quotations (and `quoted` only inside):
    an exclamation mark is the outlet raising its voice in its own sentences, a speaker's in a quotation."""
    voice = cand.entry.context.get("voice") if cand.entry.context else None
    if voice is None:
        return True
    return index.voice(doc[cand.start].idx, doc[cand.end - 1].idx + len(doc[cand.end - 1])) == voice


def analysis_docs(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """Run the base pipeline (without framing's own components) over short texts such as terms."""
    framing = [name for name in nlp.pipe_names if name.startswith("framing_")]
    with nlp.select_pipes(disable=framing):
        return list(nlp.pipe(texts))


TextKeys = tuple[tuple[frozenset[str], bool], ...]  # each token's match keys and whether it is a space


def text_keys(nlp: Language, texts: Sequence[str]) -> list[TextKeys]:
    """The match keys of every token of each short text (terms), as the pipeline lemmatises them.

    Kept in framing.startup_cache per pipeline and texts: running the model over hundreds of terms
    was a good part of every run's start-up.
    """
    from ..nlp import pipeline_fingerprint

    def build() -> list[TextKeys]:
        out = []
        for doc in analysis_docs(nlp, texts):
            table = token_table(doc)
            out.append(tuple(zip(table.keys, map(bool, table.is_space), strict=True)))
        return out

    key = startup_cache.digest(pipeline_fingerprint(nlp), list(texts))
    return startup_cache.cached("text_keys", key, build)


def term_rules(nlp: Language, entries: Iterable[LexiconEntry]) -> list[TermRule]:
    """Key sets for every word of every term, lemmatised by the same pipeline as the texts."""
    term_entries = [e for e in entries if e.term is not None]
    all_keys = text_keys(nlp, [e.term or "" for e in term_entries])
    rules = []
    for entry, token_keys in zip(term_entries, all_keys, strict=True):
        keys = tuple(k for k, space in token_keys if not space)
        if keys:
            rules.append(TermRule(entry, keys))
    return rules


class LexiconComponent:
    """Marks loaded vocabulary and scare quotes on `doc._.framing_loaded` and `doc.spans`."""

    def __init__(self, nlp: Language, lexicon_paths: Sequence[str] = ()) -> None:
        lang = nlp.lang
        paths = tuple(lexicon_paths)
        self.entries = load_entries(lang, "loaded", paths)
        derived_rules = load_entries(lang, derived.FAMILY, paths)
        # the adverbs of the judging adjectives, derived, not listed (framing.derived_forms)
        self.entries += derived_forms.derive(self.entries, derived_rules)
        self.intensity = intensity_weights(load_entries(lang, "intensity", paths))
        self._first: dict[str, list[TermRule]] = {}
        rules = term_rules(nlp, self.entries)
        for rule in rules:
            for key in rule.keys[0]:
                self._first.setdefault(key, []).append(rule)
        self._first_words = frozenset(self._first)
        pattern_entries = [e for e in self.entries if e.pattern is not None]
        # A hyphenated class word ("far-left") is also matched as the tokenizer cuts it.
        compiled = [compile_pattern(e, p) for e in pattern_entries for p in hyphen_variants(e.pattern or ())]
        self._matcher = PatternMatcher(compiled)
        lemmas = {key for rule in rules for keys in rule.keys for key in keys}
        pattern_lemmas = (v for e in pattern_entries for tok in e.pattern or () for v in _lemma_values(tok))
        lemmas |= {v.lower() for v in pattern_lemmas if isinstance(v, str)}
        cues = load_entries(lang, "quote_cues", paths)
        self.speech_verbs = speech_verb_keys(nlp, lang, paths)
        # "called it a ploy", "described it as a ploy": verbs of naming (cues marked `naming`; `as`: through "as")
        naming = {e.term.lower(): (e.data or {}).get("naming") for e in cues if e.term and (e.data or {}).get("naming")}
        self.naming_verbs = frozenset(naming)
        self.naming_through_as = frozenset(term for term, how in naming.items() if how == "as")
        # Speech verbs the model mis-lemmatises ("parle" -> "parl") are found through the table too.
        self._inflections = inflection_index(lang, lemmas | self.speech_verbs | self.naming_verbs)
        # Forms whose lookup lemma is a loaded word only by a guess ("crew" -> "crow"); the verbs of saying
        # and naming keep their lemma ("spoke" -> "speak"), which the quotation rules read.
        said = self.speech_verbs | self.naming_verbs
        self._entry_words: dict[str, frozenset[str]] = {}
        self._guessed = guessed_forms(
            lang, {h: lemma for h, lemma in self._inflections.items() if lemma in lemmas and lemma not in said}
        )
        # -er verbs of the lexicon: their present forms that are also nouns ("joue", "retourne", "traîne")
        # are lemmatised to themselves by model and table alike (see token_keys).
        self._er_verbs = (
            frozenset(w for w in lemmas if w.endswith("er") and len(w) > 4) if lang == "fr" else frozenset()
        )
        self.sentence_cues = cue_keys(cues, "speech_cue")
        self.naming_cues = cue_keys(cues, "naming_cue")
        self.title_cues = cue_keys([e for e in cues if not (e.data or {}).get("mention")], "naming_cue")
        self.complementizers = cue_keys(cues, "complementizer")
        self.person_words = cue_keys(cues, "person_word")
        self.answer_words = cue_keys(cues, "answer_word")
        self.naming_articles = cue_keys(cues, "naming_article")
        self.anaphors = cue_keys(cues, "anaphor")
        self.openers = cue_keys(cues, "opener")
        # a title of a function, or the head of a body's name (a naming cue marked `heads_name`, round 40)
        self.function_titles = cue_keys(cues, "function_title") | cue_keys(
            [e for e in cues if (e.data or {}).get("heads_name")], "naming_cue"
        )
        self.mention_cues = frozenset(
            e.term.lower().replace("’", "'") for e in cues if e.term and (e.data or {}).get("mentions_word")
        )
        self.mention_links = cue_keys(cues, "mention_link")
        self.scare_quotes_on = rule_enabled(cues, SCARE_QUOTES_RULE)
        self.mosaic_quotes = rule_setting(cues, SCARE_QUOTES_RULE, "mosaic")
        # a scare quote is irony only in a text that takes a stance: fewer lexicon hits than this, none (0: off)
        self.stance_hits = rule_setting(cues, SCARE_QUOTES_RULE, "stance_hits")
        self.locution_quotes = bool(rule_setting(cues, SCARE_QUOTES_RULE, "locutions"))
        self.cited_quotes = bool(rule_setting(cues, SCARE_QUOTES_RULE, "cited"))
        self.acronym_names = bool(rule_setting(cues, SCARE_QUOTES_RULE, "acronym_names"))
        self.capital_names = bool(rule_setting(cues, SCARE_QUOTES_RULE, "capital_names"))
        self.compound_terms = bool(rule_setting(cues, SCARE_QUOTES_RULE, "terms"))
        self.glosses = bool(rule_setting(cues, SCARE_QUOTES_RULE, "glosses"))
        self.gloss_words = rule_words(cues, SCARE_QUOTES_RULE, "gloss_words")
        self.simile_openers = rule_words(cues, SCARE_QUOTES_RULE, "similes")
        self.skip_names = rule_enabled(cues, NAMES_RULE, default=False)
        # the parser's entity labels whose words are a name's or a title's (framing.names.in_a_parsed_name)
        self.name_entities = rule_words(cues, NAMES_RULE, "entity_labels")
        self.use_mention = use_mention.load_rule(cues)
        # English quotes in single marks too (‘...’, 'A,' he said): a loaded word there is a speaker's,
        # and a word in a curly pair can be put at a distance; in French ’ is the apostrophe.
        self.single_quotes = lang == "en"
        # the head noun of a measure's or a post's name; naming cues with `head: true` too ("the ... act")
        self.name_heads = cue_keys(cues, "name_head") | cue_keys(
            [e for e in cues if (e.data or {}).get("head")], "naming_cue"
        )
        self._before_cues = self.speech_verbs | self.naming_cues
        emphasis = load_entries(lang, "emphasis", paths)
        self.capitals_rule = capitals.rule_entry(emphasis)
        self.acronyms = capitals.acronym_words(emphasis)
        self.evaluative = evaluative.load_tier(load_entries(lang, evaluative.CATEGORY, paths))
        self.derived = derived.load_rules(derived_rules, self.entries)
        sense_entries = load_entries(lang, senses.FAMILY, paths)
        self.plain_senses = senses.load_rule(sense_entries)
        self.category_heads = senses.load_heads_rules(sense_entries)
        self.set_phrases = set_phrases.load(sense_entries)
        self.attenuation = attenuation.load(sense_entries)
        self.feelings = experiencer.load(sense_entries)
        self.incise = incise.load(sense_entries)
        self.charges = charges.load(sense_entries)
        self.verb_homographs = homographs.load(sense_entries)
        self.denial = denial.load(sense_entries)
        self.criticism = criticism.load(sense_entries)
        self.reported_quotes = reported_quotes.load(sense_entries, load_entries(lang, "reporting_verbs", paths))
        # French one-word entries and the words they list: an adjective listed there may be met as a verb form
        self._listed_words = (
            {e.id: words for e in self.entries if (words := one_word_listing(e))} if lang == "fr" else {}
        )
        # the forms a one-word entry writes out one by one (`LOWER`): a verb class lists "démènent" as such
        self._written_forms = (
            {e.id: forms for e in self.entries if (forms := homographs.written_forms(e))} if lang == "fr" else {}
        )

    def __call__(self, doc: Doc) -> Doc:
        marks = doc._.framing_quote_marks
        text = token_table(doc).text
        if marks is None:
            marks = find_quotations(text)
        if self.single_quotes:
            marks = with_single_quotations(text, marks)
        index = QuoteIndex(marks)
        keys = self.token_keys(doc)
        candidates = self._term_candidates(doc, keys) + self._pattern_candidates(doc, keys)
        titles = self._quoted_titles(doc, keys, marks) if self.skip_names else []
        # tokens inside a match: a noun there is a figure, not a physical thing (only the senses rule asks)
        figures = {i for c in candidates for i in range(c.start, c.end)} if self.plain_senses else set()
        chosen = longest_first(
            [
                c
                for c in candidates
                if in_required_voice(c, doc, index)
                and not self._mentioned(doc, keys, index, c)
                and not self._verb_form_of_listed_adjective(doc, c)
                and not self._verb_after_clitic(doc, keys, c)
                and not self._denied(doc, c)
                and not self._in_a_name(doc, c.start, c.entry, titles)
                and not self._plain_sense(doc, c.start, c.end, c.entry.category, figures)
                and not self._technical_term(doc, keys, c.start, c.end, c.entry)
                and not self._in_a_set_phrase(keys, c.start, c.end)
                and not self._attenuated(keys, c.start)
                and not self._ascribed_feeling(doc, keys, c.start, c.end, c.entry, index)
                and not self._speech_incise(doc, keys, c.start, c.end)
                and not self._reported_charge(doc, keys, c.start)
                and not self._reported_criticism(doc, keys, c.start, c.end)
                and not self._guessed_lemma(doc, c)
            ]
        )
        hits: list[LoadedHit] = []
        spans: list[Span] = []
        for cand in chosen:
            span = doc[cand.start : cand.end]
            entry = cand.entry
            weight, weight_source = self.weight(entry, keys[cand.start : cand.end])
            hits.append(
                LoadedHit(
                    start=span.start_char,
                    end=span.end_char,
                    text=text[span.start_char : span.end_char],
                    category=entry.category,
                    term=entry.id,
                    voice=index.voice(span.start_char, span.end_char),  # type: ignore[arg-type]
                    note=entry.note,
                    alternative=entry.alternative,
                    lexicon=entry.file,
                    weight=weight,
                    weight_source=weight_source,
                )
            )
            spans.append(Span(doc, cand.start, cand.end, label=entry.category))
        loaded_tokens = {i for c in chosen for i in range(c.start, c.end)}
        quoted = self._scare_quotes(doc, keys, marks, loaded_tokens) if self._reads_scare_quotes(chosen) else []
        for mark, span in quoted:
            hits.append(
                LoadedHit(
                    start=mark.start,
                    end=mark.end,
                    text=text[mark.start : mark.end],
                    category=SCARE_QUOTES,
                    term=SCARE_QUOTES,
                    voice="reporter",
                    note=SCARE_QUOTES_NOTE,
                    alternative=None,
                    lexicon="rule:scare_quotes",
                )
            )
            spans.append(Span(doc, span.start, span.end, label=SCARE_QUOTES))
        if self.capitals_rule is not None:
            self._add_capitals(doc, keys, index, spans, hits)
        if self.evaluative is not None:
            self._add_evaluative(doc, keys, index, spans, hits)
        if self.derived is not None:
            self._add_derived(doc, index, spans, hits, titles)
        if self.reported_quotes is not None and hits:
            # a speaker's words under a plain "said", in copy with no stance of its own (framing.reported_quotes)
            hits, spans = reported_quotes.drop_reported(
                doc, keys, hits, spans, index, self.reported_quotes, sentence_bounds
            )
        if self.use_mention is not None and hits:
            # a word the text names as a word is talked about, not used (framing.use_mention)
            hits, spans = use_mention.drop_mentions(
                doc,
                hits,
                spans,
                index,
                self.use_mention,
                lambda hit, span: self._speakers_wording(doc, keys, hit, span.start),
            )
        order = sorted(range(len(hits)), key=lambda i: (hits[i].start, hits[i].end))
        # a word inside a quotation, or named by a speaker's verb of naming, is the speaker's
        # (framing.writer_wording; reported clauses: the attribution component)
        doc._.framing_loaded = [
            replace(hits[i], attributed=True) if self._speakers_wording(doc, keys, hits[i], spans[i].start) else hits[i]
            for i in order
        ]
        doc.spans[SPAN_GROUP] = [spans[i] for i in order]
        return doc

    def _reads_scare_quotes(self, chosen: Sequence[Candidate]) -> bool:
        """Whether the text's short quotations are read as scare quotes at all.

        The marks put a word at a distance only where the writer takes a stance; in copy that holds fewer
        than `stance_hits` loaded words of its own (plain news), a short quotation cites a source's term or
        names a thing (docs/loaded.md, "Thirty-third round"). Counted on the lexicon's hits, already found.
        """
        return self.scare_quotes_on and len(chosen) >= self.stance_hits

    def _speakers_wording(self, doc: Doc, keys: list[frozenset[str]], hit: LoadedHit, start: int) -> bool:
        """Whether a hit is a speaker's wording: inside a quotation, or what a speaker named something
        ("described it as a ploy"; framing.writer_wording)."""
        if hit.voice == "quoted":
            return True
        return bool(self.naming_verbs) and in_a_naming_frame(
            doc, keys, start, self.naming_verbs, self.naming_through_as
        )

    def _add_capitals(
        self, doc: Doc, keys: list[frozenset[str]], index: QuoteIndex, spans: list[Span], hits: list[LoadedHit]
    ) -> None:
        """Common words stressed in capitals, where no lexicon hit already covers them."""
        entry = self.capitals_rule
        assert entry is not None
        taken = {i for span in spans for i in range(span.start, span.end)}
        limit = capitals.max_per_text(entry)
        stressed = capitals.stressed_words(doc, token_table(doc).text, self.acronyms, limit=limit, taken=taken)
        for token in stressed:
            weight, weight_source = self.weight(entry, keys[token.i : token.i + 1])
            hit = _word_hit(token, entry, CAPITALS_CATEGORY, entry.note, index, weight, weight_source)
            hits.append(hit)
            spans.append(Span(doc, token.i, token.i + 1, label=CAPITALS_CATEGORY))

    def _add_evaluative(
        self, doc: Doc, keys: list[frozenset[str]], index: QuoteIndex, spans: list[Span], hits: list[LoadedHit]
    ) -> None:
        """Graded evaluative words (framing.evaluative): at most one per sentence, and only in sentences no
        other hit is in, so the tier says which sentences judge without piling onto what the classes found
        (unless the rule allows other hits: French, where each loaded span counts)."""
        tier = self.evaluative
        assert tier is not None
        taken = {i for span in spans for i in range(span.start, span.end)}
        flagged = set() if tier.with_other_hits else {sentence_bounds(doc, span.start)[0] for span in spans}
        for token, entry in evaluative.find(doc, tier, index, taken):
            sentence = sentence_bounds(doc, token.i)[0]
            if sentence in flagged or self._plain_sense(doc, token.i, token.i + 1, evaluative.CATEGORY):
                continue
            if self._technical_term(doc, keys, token.i, token.i + 1, entry) or self._in_a_set_phrase(
                keys, token.i, token.i + 1
            ):
                continue
            flagged.add(sentence)
            weight = entry.weight if entry.weight is not None else 1.0
            hits.append(_word_hit(token, entry, evaluative.CATEGORY, tier.rule.note, index, weight, "entry"))
            spans.append(Span(doc, token.i, token.i + 1, label=evaluative.CATEGORY))
        degree = tier.degree
        for adverb, adjective in evaluative.find_degree(doc, tier, index, taken) if degree is not None else ():
            sentence = sentence_bounds(doc, adverb.i)[0]
            if sentence in flagged:
                continue
            flagged.add(sentence)
            weight = degree.weight if degree.weight is not None else 1.0
            hit = _word_hit(adverb, degree, evaluative.CATEGORY, degree.note, index, weight, "entry")
            end = adjective.idx + len(adjective.text)
            hits.append(replace(hit, end=end, text=token_table(doc).text[hit.start : end]))
            spans.append(Span(doc, adverb.i, adjective.i + 1, label=evaluative.CATEGORY))

    def _add_derived(
        self, doc: Doc, index: QuoteIndex, spans: list[Span], hits: list[LoadedHit], titles: Sequence[QuoteMark]
    ) -> None:
        """Nouns made from the lexicon's verbs and verbs of abrupt movement with a noun subject
        (framing.derived), where no other hit already covers the word."""
        rules = self.derived
        assert rules is not None
        taken = {i for span in spans for i in range(span.start, span.end)}
        for token, entry, category, note in derived.find(doc, rules, taken):
            if self._in_a_name(doc, token.i, entry, titles) or self._plain_sense(doc, token.i, token.i + 1, category):
                continue
            hits.append(_word_hit(token, entry, category, note, index, 1.0, "default"))
            spans.append(Span(doc, token.i, token.i + 1, label=category))

    def _mentioned(self, doc: Doc, keys: list[frozenset[str]], index: QuoteIndex, cand: Candidate) -> bool:
        """Whether the match lies in a quotation that names a word instead of using it: right after a
        mention noun ("le mot « … »"), or after a verb of naming in the infinitive and its link ("interdit
        de qualifier le groupe de « … »"). The quoted word is talked about, so no one uses it there; a
        naming verb that is conjugated ("l'a qualifié de « … »") applies the label, in the speaker's voice."""
        if not self.mention_cues:
            return False
        mark = index.containing(doc[cand.start].idx, doc[cand.end - 1].idx + len(doc[cand.end - 1]))
        if mark is None:
            return False
        span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
        if span is None:
            return False
        opening = span.start - 1 if span.start > 0 and doc[span.start - 1].is_quote else span.start
        if opening == 0:
            return False
        # with the `use mention` rule on, a noun of mention is read there, with the word's repeats
        if self.use_mention is None and keys[opening - 1] & self.mention_cues and not _is_verb(doc[opening - 1]):
            return True
        if not keys[opening - 1] & self.mention_links:
            return False
        sent_start = sentence_bounds(doc, opening - 1)[0]
        window = range(max(sent_start, opening - 1 - CLAUSE_WINDOW), opening - 1)
        return any(keys[i] & self.mention_cues and _is_infinitive(doc[i]) for i in window)

    def _verb_form_of_listed_adjective(self, doc: Doc, cand: Candidate) -> bool:
        """Whether a one-word match is an adjective the entry lists, met here as a verb form: a past
        participle after "avoir" ("la situation a dégénéré") or a gerund ("en dégradant", "en se
        réjouissant"). The verb tells what happened; the adjective would judge. An entry that lists the
        verb itself ("ruiner" beside "ruiné") is a verb entry and keeps its hits."""
        listed = self._listed_words.get(cand.entry.id)
        if listed is None or cand.end - cand.start != 1:
            return False
        token = doc[cand.start]
        form = token.lower_
        if form not in listed or not (_compound_tense(token) or _gerund(doc, token)):
            return False
        return not any(verb in listed for verb in infinitives_of(form) | {token.lemma_.lower()} if verb != form)

    def _verb_after_clitic(self, doc: Doc, keys: list[frozenset[str]], cand: Candidate) -> bool:
        """Whether a one-word match of a noun or an adjective stands right after a clitic ("ne se
        dément pas", "qui combine", "s'indigne"): a verb of another word with the same spelling
        (framing.homographs)."""
        rule = self.verb_homographs
        listed = self._listed_words.get(cand.entry.id)
        if rule is None or listed is None or cand.end - cand.start != 1:
            return False
        written = self._written_forms.get(cand.entry.id, frozenset())
        return homographs.verb_after_clitic(doc, keys, cand.start, listed, written, rule)

    def _guessed_lemma(self, doc: Doc, cand: Candidate) -> bool:
        """Whether a one-word match holds only through a lemma the lookup table guessed: a form that is a
        word of its own ("crew", "lay", "rose") given the lemma of another ("crow", "lie", "rise"), as the
        tagless pipeline reads it and as `token_keys` adds it beside a tagger's lemma. The match stands when
        the entry lists the form itself, or the lemma a tagger gave it; in a longer pattern the words
        around it settle the reading ("shot down the plan", "left the city in ruins")."""
        if cand.end - cand.start != 1 or not self._guessed:
            return False
        table = token_table(doc)
        i = cand.start
        if table.lower_hash[i] not in self._guessed:
            return False
        # a tagger's lemma is read from the sentence ("crew" NOUN -> "crew"); the lookup table's is not
        sure = {table.lower[i], table.lemma[i]} if table.pos[i] else {table.lower[i]}
        return self._first_token_words(cand.entry).isdisjoint(sure)

    def _first_token_words(self, entry: LexiconEntry) -> frozenset[str]:
        """The words an entry's first token is written with (a term's first word, a pattern's listed
        values), lower-cased."""
        words = self._entry_words.get(entry.id)
        if words is None:
            if entry.term is not None:
                words = frozenset(entry.term.lower().split()[:1])
            else:
                first = (entry.pattern or [{}])[0]
                values: list[Any] = []
                for attr in ("LOWER", "LEMMA", "TEXT", "ORTH", "NORM"):
                    spec = first.get(attr)
                    values += list(spec.get("IN", [])) if isinstance(spec, dict) else [spec]
                words = frozenset(v.lower() for v in values if isinstance(v, str))
            self._entry_words[entry.id] = words
        return words

    def _denied(self, doc: Doc, cand: Candidate) -> bool:
        """Whether the match is the predicate of a negated copula ("n'est pas un fantasme"), or a word the
        writer takes back, distances or answers with a denial ("sinon X, du moins", "X supposée", "X ? Pas
        du tout."): the writer lays its charge on nothing (framing.denial)."""
        rule = self.denial
        return rule is not None and (
            denial.denied_predicate(doc, cand.start, cand.end, rule)
            or denial.writer_declines(doc, cand.start, cand.end, rule)
        )

    def _in_a_name(self, doc: Doc, start: int, entry: LexiconEntry, titles: Sequence[QuoteMark]) -> bool:
        """Whether the `names` rule is on and the match is a word of a title or a name: it opens with a
        capital inside its sentence, it lies in a quoted title, or it lies further in a name or a title
        the parser marks (`entity_labels`; framing.names.in_a_parsed_name); entries that ask for a capital
        themselves ("la Résistance") are kept."""
        if not self.skip_names or "capitalized" in (entry.context or {}):
            return False
        at = doc[start].idx
        return (
            in_capitalised_name(doc, start)
            or any(t.start <= at < t.end for t in titles)
            or (bool(self.name_entities) and in_a_parsed_name(doc, start, self.name_entities))
        )

    def _plain_sense(
        self, doc: Doc, start: int, end: int, category: str, figures: Collection[int] = frozenset()
    ) -> bool:
        """Whether the `senses` rule finds the match said of a physical thing (framing.senses): "des
        boutiques saccagées" describes, "une réforme qui saccage" judges."""
        rule = self.plain_senses
        return rule is not None and senses.said_of_a_thing(doc, start, end, category, rule, figures)

    def _technical_term(self, doc: Doc, keys: list[frozenset[str]], start: int, end: int, entry: LexiconEntry) -> bool:
        """Whether a `category heads` rule reads the match as part of a legal, statistical or price
        category ("violent crime", "extreme weather") or as naming a crime ("a brutal murder"; framing.senses)."""
        return any(senses.before_a_category_head(doc, keys, start, end, entry, rule) for rule in self.category_heads)

    def _in_a_set_phrase(self, keys: list[frozenset[str]], start: int, end: int) -> bool:
        """Whether the match lies inside a legal term or an idiom of quantity ("due process", "an awful
        lot"; framing.set_phrases)."""
        rule = self.set_phrases
        return rule is not None and set_phrases.inside_a_set_phrase(keys, start, end, rule)

    def _attenuated(self, keys: list[frozenset[str]], start: int) -> bool:
        """Whether the match follows an adverb that tones the judgement down ("un peu rude", "moins
        élogieux"): a litotes, not loaded language (framing.attenuation)."""
        rule = self.attenuation
        return rule is not None and attenuation.attenuated(keys, start, rule)

    def _ascribed_feeling(
        self, doc: Doc, keys: list[frozenset[str]], start: int, end: int, entry: LexiconEntry, index: QuoteIndex
    ) -> bool:
        """Whether a word of feeling names someone's state ("il s'est dit consterné", "son désarroi",
        "suscite de vives inquiétudes", a speaker's "« c'est inquiétant »"): a report of a reaction, not the
        writer's tone (framing.experiencer)."""
        rule = self.feelings
        if rule is None:
            return False
        quoted = (
            bool(rule.quoted_entries) and index.voice(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) == "quoted"
        )
        return experiencer.ascribed(doc, keys, start, end, entry.id, rule, quoted)

    def _speech_incise(self, doc: Doc, keys: list[frozenset[str]], start: int, end: int) -> bool:
        """Whether the match is the verb of an incise after a quotation ("« … », a martelé le ministre"):
        the attribution's verb of saying, not the writer's word (framing.incise)."""
        rule = self.incise
        return rule is not None and incise.in_an_incise(doc, keys, start, end, rule)

    def _reported_charge(self, doc: Doc, keys: list[frozenset[str]], start: int) -> bool:
        """Whether the match names the charge someone is accused or suspected of ("accusées de
        partialité", "des soupçons d'ingérence"): another party's accusation, reported (framing.charges)."""
        rule = self.charges
        return rule is not None and charges.names_a_charge(doc, keys, start, rule)

    def _reported_criticism(self, doc: Doc, keys: list[frozenset[str]], start: int, end: int) -> bool:
        """Whether the match is a verb of criticising or insisting in the active voice ("le syndicat
        fustige la réforme"): the source's criticism, reported (framing.criticism)."""
        rule = self.criticism
        return rule is not None and criticism.reports_a_criticism(doc, keys, start, end, rule)

    def _quoted_titles(self, doc: Doc, keys: list[frozenset[str]], marks: Sequence[QuoteMark]) -> list[QuoteMark]:
        """Quotations that open with a capital right after a title noun (a `naming_cue` not marked
        `mention`): "le rapport « Un désastre annoncé »", "la chanson « Cruelle folie »" name a work; "le
        slogan « … »" quotes someone's words, and a quotation in lower case is left to the other rules."""
        text = token_table(doc).text
        found = []
        for mark in marks:
            if not text[mark.start : mark.end].lstrip(" \u00a0\u202f")[:1].isupper():
                continue
            span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
            if span is None:
                continue
            opening = span.start - 1 if span.start > 0 and doc[span.start - 1].is_quote else span.start
            if opening > 0 and keys[opening - 1] & self.title_cues:
                found.append(mark)
        return found

    def weight(self, entry: LexiconEntry, keys: Sequence[frozenset[str]]) -> tuple[float, str]:
        """A hit's weight: the entry's own, else the strongest graded intensity of its words, else 1."""
        if entry.weight is not None:
            return entry.weight, "entry"
        found = [self.intensity[k] for token_keys in keys for k in token_keys if k in self.intensity]
        return (max(found), "intensity") if found else (1.0, "default")

    def token_keys(self, doc: Doc) -> list[frozenset[str]]:
        """Each token's match keys (form, lemma) plus the lookup-table lemma of its form, if any."""
        table = token_table(doc)
        inflections = self._inflections
        if not inflections and not self._er_verbs:
            return table.keys
        keys = list(table.keys)
        lower_hash = table.lower_hash
        for i in [i for i, h in enumerate(lower_hash) if h in inflections]:  # few tokens have one
            extra = inflections[lower_hash[i]]
            if extra not in keys[i]:
                keys[i] = keys[i] | {extra}
        if self._er_verbs and doc.has_annotation("POS"):
            lowers = table.lower  # `lower_` with ’ folded: a form holding ' reads its Token's own
            for i in [i for i, pos in enumerate(table.pos) if pos == "VERB"]:  # no Token for the other words
                verb = present_er_infinitive(as_written(doc, i, lowers[i]))
                if verb in self._er_verbs and verb not in keys[i]:
                    keys[i] = keys[i] | {verb}
        return keys

    # ------------------------------------------------------------------ lexicon matches

    def _term_candidates(self, doc: Doc, keys: list[frozenset[str]]) -> list[Candidate]:
        found: list[Candidate] = []
        n = len(keys)
        for i in positions_with_any(keys, self._first_words):
            token_key_set = keys[i]
            seen: set[str] = set()
            for key in token_key_set:
                for rule in self._first.get(key, ()):
                    if rule.entry.id in seen:
                        continue
                    seen.add(rule.entry.id)
                    end = i + len(rule.keys)
                    if end > n:
                        continue
                    if all(rule.keys[k] & keys[i + k] for k in range(1, len(rule.keys))) and context_allows(
                        rule.entry.context, doc, keys, i, end
                    ):
                        found.append(Candidate(i, end, rule.entry))
        return found

    def _pattern_candidates(self, doc: Doc, keys: list[frozenset[str]]) -> list[Candidate]:
        found = []
        views = LazyViews(doc, keys)
        for entry, start, end in self._matcher.match(views, keys, views.lowers, views.words):
            if entry.context and not context_allows(entry.context, doc, keys, start, end):
                continue
            if has_spaced_dash(doc, start, end):
                continue
            found.append(Candidate(start, end, entry))
        return found

    # ------------------------------------------------------------------ scare quotes

    def _scare_quotes(
        self, doc: Doc, keys: list[frozenset[str]], marks: Sequence[QuoteMark], loaded_tokens: Collection[int] = ()
    ) -> list[tuple[QuoteMark, Span]]:
        found = []
        cited: set[str] = set()  # words some quotation of the text gives to a speaker or names
        text = token_table(doc).text
        for mark in marks:
            span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
            if span is None or span.start_char != mark.start or span.end_char != mark.end:
                continue
            words = [t for t in span if not (t.is_punct or t.is_space)]
            if not 1 <= len(words) <= SCARE_QUOTES_MAX_WORDS:
                continue
            if not any(t.is_alpha and len(t) > 1 for t in words):
                continue  # « 3 % », « B »: figures and letters are not words put at a distance
            if all(t.is_stop for t in words):
                continue  # « que », « on »: a function word stressed or mentioned, not a label kept at a distance
            if (
                self.locution_quotes
                and len(words) > 1
                and all(t.is_stop or t.pos_ == "ADV" for t in words)
                and not any(keys[t.i] & self.answer_words for t in words)
            ):
                continue  # « au plus vite », « tout à fait »: a locution cited, no label (« non merci » is a reply)
            if span[-1].text in {".", "!", "?", "…"}:
                continue  # a complete utterance, not a borrowed label
            if looks_like_title(words) or (self.capital_names and self._capitalised_name(doc, words)):
                continue  # le « Comité du 9 mai », l'initiative « Pour l'avenir »: a name or a title
            if (
                self.compound_terms
                and cited_terms.is_a_compound_term(words, loaded_tokens)
                and not cited_terms.after_a_pointing_determiner(doc, span.start)
            ):
                continue  # une « visite de travail », sa « niche parlementaire »: a term of art named
            if cited_terms.opens_a_simile(words, self.simile_openers):
                continue  # tomber « comme un fruit mûr »: a saying borrowed whole
            if self.glosses and cited_terms.opens_brackets(text, mark.outer_start):
                continue  # ses abonnés (« ceux qui suivent » sur le réseau): a gloss
            if cited_terms.after_a_gloss_word(doc, span.start, self.gloss_words):
                continue  # la peine maximale, soit la « peine plancher »: a gloss
            if self._after_a_described_name_head(doc, keys, span):
                continue  # l'opération militaire « Aube rouge », la stratégie nationale « zéro déchet »: a name
            if len(words) == 1 and words[0].lower_.endswith(DOCTRINE_ENDINGS) and words[0].is_lower:
                continue  # le « gaullisme »: a doctrine's name set off, the common name of a movement
            if in_a_run_of_epithets(doc, text, mark, marks):
                continue  # un sommet « historique », « inédit »: the press's stock epithets listed as cited
            if keys[words[0].i] & self.function_titles:
                continue  # sa « ministre fantôme », un « comité technique »: a function's or a body's name
            if len(words) > 1 and keys[words[-1].i] & self.name_heads:
                continue  # the "national freeze", a "human rights observer": a measure's or an office's name
            if self.acronym_names and glossed_by_acronym(text, mark):
                continue  # the "national living wage" (NLW): a name given with its initials, no distance
            if is_whole_line(text, mark):
                continue  # a heading or a subheading in quotation marks: someone's words used as a title
            if opens_line_before_colon(text, mark):
                continue  # « … » : l'expert X prédit — a headline quoting its speaker after the colon
            if is_short_heading(text, mark):
                continue  # "La question des droits de l'homme « abordée »": a heading quotes someone's word
            if fills_parentheses(text, mark):
                continue  # "des stratégies de couverture (« compensations de carbone »)": a term glossed
            if beside_a_long_quote(text, mark, marks):
                continue  # the sentence quotes someone at length: its short quotes are that speaker's too
            mosaic = self.mosaic_quotes
            if mosaic and fragments_in_sentence(text, mark, marks, mosaic) >= mosaic:
                continue  # « sous conditions » et « pour un an », dans un « cadre strict »: wording cited
            if all(keys[t.i] & self.answer_words for t in words):
                continue  # le « non » au référendum: the answer of a ballot cited, no word at a distance
            # "nous", "we", "my": words only a speaker says, so someone is being quoted
            if any(keys[t.i] & self.person_words for t in words) or self._has_speaker_or_naming_cue(doc, keys, span):
                cited.add(text[mark.start : mark.end].lower())
                continue
            found.append((mark, span))
        if self.cited_quotes:  # a headline's 'national emergency', quoted with its speaker in the body
            found = [(mark, span) for mark, span in found if text[mark.start : mark.end].lower() not in cited]
        if len(found) == 1 and self._after_an_article(doc, keys, found[0][1]):
            return []  # la « pause numérique », once in a text: a coinage named, not a word kept at a distance
        return found

    @staticmethod
    def _capitalised_name(doc: Doc, words: Sequence[Token]) -> bool:
        """Whether a quotation opening with a capital stands where a name goes: after a determiner or a
        noun ("le « Comité … »", "l'association « Vivre ensemble »"). After a verb it is an utterance
        ("portaient « Stop aux normes »": a slogan), left to the other checks."""
        first = words[0]
        if not first.text[:1].isupper():
            return False
        before = first.i - 1
        while before >= 0 and (doc[before].is_quote or doc[before].is_space):
            before -= 1
        return before >= 0 and doc[before].pos_ in NAME_SLOT_TAGS

    def _after_a_described_name_head(self, doc: Doc, keys: list[frozenset[str]], span: Span) -> bool:
        """Whether a title noun and one or two adjectives stand right before the marks: the quotation is
        the name of that operation, plan or strategy ("le plan gouvernemental « … »"); the plain title
        noun right before the marks is `_has_speaker_or_naming_cue`'s."""
        i = span.start - 1
        while i >= 0 and (doc[i].is_quote or doc[i].is_space):
            i -= 1
        adjectives = 0
        while i >= 0 and doc[i].pos_ == "ADJ" and adjectives < 2:
            i -= 1
            adjectives += 1
        return adjectives > 0 and i >= 0 and bool(keys[i] & self.title_cues)

    def _after_an_article(self, doc: Doc, keys: list[frozenset[str]], span: Span) -> bool:
        """Whether a `naming_article` cue (the definite article, in French) stands right before the opening mark.

        The list ships empty: `lexicons/fr/optional/naming_articles.yaml` fills it (docs/loaded.md, twentieth round).
        """
        opening = span.start - 1 if span.start > 0 and doc[span.start - 1].is_quote else span.start
        return opening > 0 and bool(keys[opening - 1] & self.naming_articles)

    def _has_speaker_or_naming_cue(self, doc: Doc, keys: list[frozenset[str]], span: Span) -> bool:
        """Whether something ties the quote to a speaker, or marks it as a name or a mentioned word.

        Sentence-wide cues ("selon", "according to") count anywhere in the sentence; speech verbs
        only close to the marks ("a dénoncé une « … »", "« … », a-t-il dit") or before a
        complementizer leading to the quote ("a répondu que la ville devait « … »"), since most of
        them also have non-speech senses ("lancer une campagne").
        """
        opening = span.start - 1 if span.start > 0 and doc[span.start - 1].is_quote else span.start
        closing = span.end + 1 if span.end < len(doc) and doc[span.end].is_quote else span.end
        if opening > 0 and doc[opening - 1].text == ":":
            return True
        # The parser sometimes starts a sentence inside the quotation: take the sentences around it.
        sent_start = sentence_bounds(doc, opening - 1)[0] if opening > 0 else 0
        sent_end = sentence_bounds(doc, closing)[1] if closing < len(doc) else len(doc)
        # ... and never across a full stop the parser missed.
        for i in range(opening - 1, sent_start - 1, -1):
            if doc[i].text in SENTENCE_END:
                sent_start = i + 1
                break
        for i in range(closing, sent_end):
            if doc[i].text in SENTENCE_END:
                sent_end = i + 1
                break
        if any(keys[i] & self.sentence_cues for i in range(sent_start, sent_end)):
            return True
        if self._opens_with_a_named_view(doc, keys, sent_start, opening):
            return True
        # Before the quote, only function words may separate the cue from the marks
        # ("a dénoncé une « … »", "called it a "…""); "lancé leur campagne « … »" has no speaker.
        for i in range(opening - 1, max(sent_start, opening - 1 - VERB_WINDOW_BEFORE) - 1, -1):
            if keys[i] & self._before_cues:
                return True
            if not (doc[i].is_stop or doc[i].is_punct):
                break
        # A speech verb earlier in the clause makes the quote mixed speech ("Moscou affirme avoir visé
        # des « … »"), as does one leading to it through a complementizer ("a répondu que … « … »").
        clause_start = max(sent_start, opening - CLAUSE_WINDOW)
        for i in range(opening - 1, sent_start - 1, -1):
            if doc[i].text == ";":
                clause_start = max(clause_start, i + 1)
                break
        if any(keys[i] & self.speech_verbs for i in range(clause_start, opening)):
            return True
        verbs = [i for i in range(sent_start, opening) if self._speech_verb(doc, keys, i)]
        if verbs and any(keys[i] & self.complementizers for i in range(verbs[0] + 1, opening)):
            return True
        near_after = range(closing, min(sent_end, closing + VERB_WINDOW_AFTER))
        if any(keys[i] & self.speech_verbs for i in near_after):
            return True
        return self._previous_sentence_speaks(doc, keys, sent_start, opening)

    def _speech_verb(self, doc: Doc, keys: list[frozenset[str]], i: int) -> bool:
        """Whether doc[i] is a speech verb, also when the model read its present form as the noun it
        spells ("le ministre annonce que …" tagged like "l'annonce", "demande" lemmatised to itself): an
        -er speech verb's present form with no determiner of its own is the verb. Read so only before a
        complementizer: "annonce la fin de l'ordre « … »" is no speech."""
        if keys[i] & self.speech_verbs:
            return True
        if not self._er_verbs or doc[i].pos_ not in ("NOUN", "VERB"):
            return False
        verb = present_er_infinitive(doc[i].lower_)
        return verb in self.speech_verbs and not any(child.dep_ == "det" for child in doc[i].children)

    def _opens_with_a_named_view(self, doc: Doc, keys: list[frozenset[str]], sent_start: int, opening: int) -> bool:
        """Whether the sentence opens with an opener, a capitalised name and a comma ("Pour Joe Biden, …").

        Such a sentence reports that person's view, so its short quotations are their words.
        """
        # The parser may run a heading on into the sentence: start after the last line break.
        for i in range(opening - 1, sent_start - 1, -1):
            if "\n" in doc[i].text_with_ws:
                sent_start = i + 1
                break
        while sent_start < opening and doc[sent_start].is_space:
            sent_start += 1
        if not self.openers or sent_start + 2 >= opening or not keys[sent_start] & self.openers:
            return False
        if not doc[sent_start + 1].is_title:
            return False
        for i in range(sent_start + 2, min(opening, sent_start + 2 + OPENER_NAME_MAX)):
            if doc[i].text == ",":
                return True
            if not (doc[i].is_title or doc[i].is_stop or doc[i].text in {"-", "'", "’"}):
                return False
        return False

    def _previous_sentence_speaks(self, doc: Doc, keys: list[frozenset[str]], sent_start: int, opening: int) -> bool:
        """Whether the quote goes on with the words of a speaker named in the sentence just before.

        That sentence (same paragraph) must report speech, and the quote's own sentence must refer
        back to its speaker before the marks ("Le ministre a répondu aux députés. Il refuse toute
        « reculade »", "… Sa « fermeté » a surpris"). A speech verb alone is not enough: "…, affirmant
        que l'Irak avait des armes. Les États-Unis « choc et admiration »" is the outlet's distance.
        """
        if sent_start == 0 or "\n" in doc[sent_start - 1].text_with_ws:
            return False
        if not any(keys[i] & self.anaphors for i in range(sent_start, opening)):
            return False
        # The sentence before, up to the previous full stop or line break (the parser may cut it
        # after a closing quotation mark).
        prev_start = max(0, sent_start - PREVIOUS_SENTENCE_MAX)
        for i in range(sent_start - 2, prev_start - 1, -1):
            if doc[i].text in SENTENCE_END or "\n" in doc[i].text_with_ws:
                prev_start = i + 1
                break
        cues = self.speech_verbs | self.sentence_cues
        return any(keys[i] & cues for i in range(prev_start, sent_start))


REFLEXIVES = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})


def one_word_listing(entry: LexiconEntry) -> frozenset[str]:
    """The lower-cased words a one-word entry lists (its term, or its pattern's LEMMA and LOWER values)."""
    if entry.term is not None:
        return frozenset() if " " in entry.term.strip() else frozenset({entry.term.lower()})
    pattern = entry.pattern or ()
    if len(pattern) != 1:
        return frozenset()
    words: set[str] = set()
    for attr in ("LEMMA", "LOWER"):
        spec = pattern[0].get(attr)
        values = spec.get("IN", []) if isinstance(spec, dict) else [spec]
        words |= {v.lower() for v in values if isinstance(v, str)}
    return frozenset(words)


def infinitives_of(form: str) -> frozenset[str]:
    """The infinitives a French participle or gerund may come from ("dégradant" -> "dégrader",
    "réjouissant" -> "réjouir", "dégénéré" -> "dégénérer")."""
    for ending in ("ant", "ées", "és", "ée", "é", "ies", "is", "ie", "i"):
        if form.endswith(ending) and len(form) > len(ending) + 2:
            stem = form[: -len(ending)]
            if ending == "ant":
                found = {stem + "er", stem + "re", stem + "ir"}
                if stem.endswith("iss"):
                    found.add(stem[:-3] + "ir")
                return frozenset(found)
            return frozenset({stem + ("er" if ending.startswith("é") else "ir")})
    return frozenset()


def _compound_tense(token: Token) -> bool:
    """A past participle in a compound tense: a participle form on which the parse hangs "avoir" as an
    auxiliary, with no copula ("a été exemplaire" is an adjective)."""
    children = list(token.children)
    return (
        bool(infinitives_of(token.lower_))
        and any(child.dep_.startswith("aux") and child.lemma_ == "avoir" for child in children)
        and not any(child.dep_ == "cop" for child in children)
    )


def _gerund(doc: Doc, token: Token) -> bool:
    """A form in -ant after "en", a reflexive pronoun allowed between ("en se réjouissant")."""
    if not token.lower_.endswith("ant"):
        return False
    i = token.i - 1
    if i >= 0 and doc[i].lower_ in REFLEXIVES:
        i -= 1
    return i >= 0 and doc[i].lower_ == "en"


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _is_infinitive(token: Token) -> bool:
    """A verb in the infinitive: the act it names is talked about, not performed."""
    return _is_verb(token) and "Inf" in token.morph.get("VerbForm")


def has_spaced_dash(doc: Doc, start: int, end: int) -> bool:
    """Whether a "-" inside tokens start..end stands between spaces: a dash of punctuation, not a hyphen.

    Patterns spell compounds ("nanny-state", "X-haters") with a "-" token, and token patterns do not see
    whitespace, so "Trump - haters gathered" would match as a compound label without this check. Word
    entries (terms) are not checked: a listed compound spelt with spaces ("soi - disant") is a typing
    slip for the same word, while a pattern may join any word to what follows the dash.
    """
    for k in range(start, end):
        if doc[k].text != "-":
            continue
        if (k > start and doc[k - 1].whitespace_) or (k < end - 1 and doc[k].whitespace_):
            return True
    return False


def _word_hit(
    token: Token,
    entry: LexiconEntry,
    category: str,
    note: str,
    index: QuoteIndex,
    weight: float,
    weight_source: str,
) -> LoadedHit:
    """A one-word hit of a rule's entry (capitals, the evaluative tier): no neutral alternative, its
    voice from where the word stands."""
    start, end = token.idx, token.idx + len(token.text)
    return LoadedHit(
        start=start,
        end=end,
        text=token.text,
        category=category,
        term=entry.id,
        voice=index.voice(start, end),  # type: ignore[arg-type]
        note=note,
        alternative=None,
        lexicon=entry.file,
        weight=weight,
        weight_source=weight_source,
    )


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token bounds of the sentence holding token i, found locally (doc.sents walks the whole doc)."""
    if not doc.has_annotation("SENT_START"):
        return 0, len(doc)
    start = i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return start, end


def _lemma_values(tok: dict[str, Any]) -> list[Any]:
    spec = tok.get("LEMMA")
    if isinstance(spec, dict):
        return list(spec.get("IN", []))
    return [spec] if spec is not None else []


def is_whole_line(text: str, mark: QuoteMark) -> bool:
    """Whether the quotation, marks included, is all there is on its line (bar punctuation)."""
    line_start = text.rfind("\n", 0, mark.outer_start) + 1
    line_end = text.find("\n", mark.outer_end)
    if line_end < 0:
        line_end = len(text)
    outside = text[line_start : mark.outer_start] + text[mark.outer_end : line_end]
    return not any(ch.isalnum() for ch in outside)


def is_short_heading(text: str, mark: QuoteMark) -> bool:
    """Whether the quotation sits in a short line with no sentence-final punctuation (a heading)."""
    line_start = text.rfind("\n", 0, mark.outer_start) + 1
    line_end = text.find("\n", mark.outer_end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip()
    closing = "\"'»”’)] "
    return len(line.split()) <= HEADING_MAX_WORDS and not line.rstrip(closing).endswith((".", "!", "?", "…"))


def beside_a_long_quote(text: str, mark: QuoteMark, marks: Sequence[QuoteMark]) -> bool:
    """Whether the same sentence holds a quotation longer than a scare quote (someone quoted at length)."""
    for other in marks:
        if other is mark or len(text[other.start : other.end].split()) <= SCARE_QUOTES_MAX_WORDS:
            continue
        between = _text_between(text, mark, other)
        if between is not None and _one_sentence(between):
            return True
    return False


def _text_between(text: str, mark: QuoteMark, other: QuoteMark) -> str | None:
    """The text between two quotations, or None when they overlap (one inside the other)."""
    if other.outer_end <= mark.outer_start:
        return text[other.outer_end : mark.outer_start]
    if mark.outer_end <= other.outer_start:
        return text[mark.outer_end : other.outer_start]
    return None


def _one_sentence(between: str) -> bool:
    """No line break and no sentence end in the text between two quotations."""
    return "\n" not in between and not SENTENCE_END_RE.search(between + " ")


def in_a_run_of_epithets(doc: Doc, text: str, mark: QuoteMark, marks: Sequence[QuoteMark]) -> bool:
    """Whether the quotation is one of two or more, joined by a comma, "et" or "ou", that follow a noun
    ("un accord « historique », « inédit »"): a run of qualifiers cited from the press or the parties,
    not one word the writer keeps at a distance."""
    linked = {id(mark)}
    run = [mark]
    changed = True
    while changed:
        changed = False
        for other in marks:
            if id(other) in linked:
                continue
            if any(_epithet_link(text, member, other) for member in run):
                run.append(other)
                linked.add(id(other))
                changed = True
    if len(run) < 2:
        return False
    first = min(run, key=lambda m: m.outer_start)
    opening = doc.char_span(first.start, first.end, alignment_mode="expand")
    if opening is None:
        return False
    i = opening.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return i >= 0 and doc[i].pos_ == "NOUN"


def _epithet_link(text: str, mark: QuoteMark, other: QuoteMark) -> bool:
    """Whether only a comma, "et" or "ou" separates two quotations."""
    if other.outer_start - mark.outer_end > EPITHET_LINK_MAX or mark.outer_start - other.outer_end > EPITHET_LINK_MAX:
        return False
    between = _text_between(text, mark, other)
    return between is not None and EPITHET_LINK_RE.fullmatch(between) is not None


def fills_parentheses(text: str, mark: QuoteMark) -> bool:
    """Whether the quotation is all there is inside a pair of brackets: a term or translation glossed."""
    before = text[max(0, mark.outer_start - 3) : mark.outer_start].rstrip(" \u00a0\u202f")
    after = text[mark.outer_end : mark.outer_end + 3].lstrip(" \u00a0\u202f")
    return before.endswith(("(", "[")) and after.startswith((")", "]"))


def glossed_by_acronym(text: str, mark: QuoteMark) -> bool:
    """Whether the quotation is followed by its initials in brackets ("the "living wage" (LW)"): the
    writer names an official term and its acronym, the marks set the name off, no distance is taken."""
    found = ACRONYM_AFTER_RE.match(text, mark.outer_end)
    if found is None:
        return False
    first_word = re.search(r"[A-Za-z]", text[mark.start : mark.end])
    letters = [c for c in found.group(1) if c.isalpha()]
    return first_word is not None and len(letters) >= 2 and letters[0] == first_word.group(0).upper()


def opens_line_before_colon(text: str, mark: QuoteMark) -> bool:
    """Whether the quotation opens its line and a colon follows it (a headline naming its speaker next)."""
    line_start = text.rfind("\n", 0, mark.outer_start) + 1
    if text[line_start : mark.outer_start].strip():
        return False
    return text[mark.outer_end : mark.outer_end + 3].lstrip(" \u00a0\u202f").startswith(":")


def looks_like_title(words: Sequence[Token]) -> bool:
    """All the content words capitalised: a title, a name or a slogan's proper name, not a scare quote."""
    content = [t for t in words if t.is_alpha and not t.is_stop]
    return bool(content) and all(t.text[:1].isupper() for t in content)


def intensity_weights(entries: Iterable[LexiconEntry]) -> dict[str, float]:
    """Lower-cased word -> graded intensity (`intensity.yaml` entries with a `weight`)."""
    return {e.term.lower().replace("’", "'"): e.weight for e in entries if e.term and e.weight is not None}


def rule_enabled(entries: Iterable[LexiconEntry], name: str, default: bool = True) -> bool:
    """Whether a `rule` cue entry named `name` leaves the rule on (no such entry: `default`).

    The switch is data, per language (`quote_cues.yaml`), so a user file can turn a rule back on.
    """
    for entry in entries:
        if entry.category == "rule" and (entry.term or "").lower() == name:
            return bool(entry.data.get("enabled", True))
    return default


def rule_words(entries: Iterable[LexiconEntry], name: str, key: str) -> frozenset[str]:
    """A word-list setting of the `rule` cue entry named `name` (empty when it is absent)."""
    for entry in entries:
        if entry.category == "rule" and (entry.term or "").lower() == name:
            return frozenset(str(w).lower() for w in entry.data.get(key) or ())
    return frozenset()


def rule_setting(entries: Iterable[LexiconEntry], name: str, key: str) -> int:
    """An integer setting of the `rule` cue entry named `name` (0 when it is absent)."""
    for entry in entries:
        if entry.category == "rule" and (entry.term or "").lower() == name:
            return int(entry.data.get(key, 0) or 0)
    return 0


def fragments_in_sentence(text: str, mark: QuoteMark, marks: Sequence[QuoteMark], enough: int | None = None) -> int:
    """How many quoted fragments share the sentence of `mark`, itself included (0 if it is no fragment).

    A fragment opens in lower case: words woven into the reporter's sentence. Several of them strung
    together are someone's wording cited piece by piece (a bill's provisions, a ruling, a speech), not
    words the outlet puts at a distance. Quotations opening with a capital (slogans on banners, a
    party's motto) are whole utterances and are left to the other checks.

    With `enough`, counting stops there (the caller only asks whether the count reaches it): every mark
    is compared with every other, so a very long sentence full of quotations would otherwise cost the
    square of their number in scans of the text between them.
    """
    if not is_fragment(text, mark):
        return 0
    count = 0
    for other in marks:
        if not is_fragment(text, other):
            continue
        between = _text_between(text, mark, other)
        if between is None or _one_sentence(between):
            count += 1  # the mark itself (or one inside it), or a fragment of the same sentence
            if enough is not None and count >= enough:
                return count
    return count


def is_fragment(text: str, mark: QuoteMark) -> bool:
    """Whether the quotation opens with a lower-case letter (a fragment inside the reporter's sentence)."""
    inside = text[mark.start : mark.end].lstrip(" \u00a0\u202f")
    return inside[:1].islower()


def present_er_infinitive(form: str) -> str | None:
    """The infinitive an -er verb's present form points to ("joue", "joues", "jouent" -> "jouer").

    French lemmatisers read such forms as the noun they also spell ("la joue", "la traîne"), so a
    token tagged as a verb gets this key too when the infinitive is a lexicon word.
    """
    for ending, stem in (("ent", 2), ("es", 1), ("e", 0)):
        if form.endswith(ending) and len(form) > len(ending) + 2:
            return form[: len(form) - stem] + "r"
    return None


def cue_keys(entries: Iterable[LexiconEntry], category: str) -> frozenset[str]:
    """Single-word cues of one category, lower-cased (patterns are not used for cue lists)."""
    return frozenset(e.term.lower().replace("’", "'") for e in entries if e.category == category and e.term)


def speech_verb_keys(nlp: Language, lang: str, paths: Sequence[str]) -> frozenset[str]:
    """Keys of speech verbs (reporting verbs and `speech_verb` cues), lemmatised by the pipeline. A
    reporting verb flagged `saying_verb: false` (a light verb that states a position only through its
    object, `émettre un avis`, `présenter ses excuses`) is no speech verb beside a quotation
    (`présente X comme « ... »` keeps the writer's distance)."""
    words = [
        e.term
        for e in load_entries(lang, "reporting_verbs", paths)
        if e.term and " " not in e.term and (e.data or {}).get("saying_verb", True) is not False
    ]
    words += [e.term for e in load_entries(lang, "quote_cues", paths) if e.category == "speech_verb" and e.term]
    keys: set[str] = set()
    for token_keys in text_keys(nlp, words):
        if len(token_keys) == 1:  # "d'après" is two tokens, and its "d'" (lemma "de") is no verb
            keys |= token_keys[0][0]
    return frozenset(keys)


@Language.factory(
    "framing_lexicon",
    assigns=["doc._.framing_loaded", "doc.spans"],
    default_config={"lexicon_paths": []},
)
def make_lexicon(nlp: Language, name: str, lexicon_paths: list[str]) -> LexiconComponent:
    return LexiconComponent(nlp, lexicon_paths)
