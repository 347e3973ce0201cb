"""Graded evaluative wording: adjectives and adverbs a published subjectivity lexicon rates as judging.

The hand-written loaded classes are precise but find about two biased sentences in five on news whose
readers mark biased wording; most of the rest is ordinary evaluative wording ("a disastrous plan", "a
shamefully slow reply") that no class lists. `lexicons/<lang>/evaluative.yaml` (generated from the
Pattern subjectivity lexicon by tools/build_evaluative.py) rates such words; a word counts when its
subjectivity and |polarity| reach the `rule` entry's thresholds. Its hits are loaded hits of their own
category, weighted by subjectivity x |polarity|, so profiles keep them apart from the classes.

Syntax, not word lists, keeps it honest: only adjectives and adverbs (when the pipeline tags parts of
speech), not in names or titles (a capitalised word inside a sentence, a named entity), and not when
the adjective reports the feeling or state of someone reported on ("residents were angry", "she is
happy with the deal"): that describes a person, not the outlet's judgement.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicons import LexiconEntry
from .quotes import QuoteIndex

CATEGORY = "evaluative"  # lexicons.GRADED_CATEGORIES
RULE = "evaluative"  # the term of the `rule` entry
TAGS = frozenset({"ADJ", "ADV"})
# Dependency labels of a predicative adjective, and subjects that name people.
PREDICATIVE = frozenset({"acomp", "oprd"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PERSON_ENTITIES = frozenset({"PERSON", "NORP", "ORG"})


@dataclass(frozen=True)
class Tier:
    """The words that count (form -> entry) and the rule's voice ("any", "reporter" or "quoted")."""

    rule: LexiconEntry
    words: dict[str, LexiconEntry]
    voice: str
    stop: frozenset[str] = frozenset()  # also adverbs in -ly whose adjective counts ("unfortunately")
    # From the rule's data: personal pronouns (a person's feeling), the prepositions of what a feeling
    # is about ("angry about"), and linking verbs (read in the rule-based pipeline, which has no parse).
    persons: frozenset[str] = frozenset()
    about: frozenset[str] = frozenset()
    linking: frozenset[str] = frozenset()


def load_tier(entries: Iterable[LexiconEntry]) -> Tier | None:
    """The tier from the family's entries, or None when the language has none or its rule is off."""
    entries = list(entries)
    rule = next((e for e in entries if e.category == "rule" and (e.term or "").lower() == RULE), None)
    if rule is None or not rule.data.get("enabled", True):
        return None
    min_subjectivity = float(rule.data.get("min_subjectivity", 0.0))
    min_polarity = float(rule.data.get("min_polarity", 0.0))
    stop = {(e.term or "").lower() for e in entries if e.category == "stop"}
    words = {
        (e.term or "").lower(): e
        for e in entries
        if e.category == CATEGORY
        and (e.term or "").lower() not in stop
        and float(e.data.get("subjectivity", 0.0)) >= min_subjectivity
        and abs(float(e.data.get("polarity", 0.0))) >= min_polarity
    }
    return Tier(
        rule=rule,
        words=words,
        voice=str(rule.data.get("voice", "any")),
        stop=frozenset(stop),
        persons=_word_set(rule.data.get("person_pronouns")),
        about=_word_set(rule.data.get("feeling_about")),
        linking=_word_set(rule.data.get("linking_verbs")),
    )


def _word_set(words: object) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words) if isinstance(words, list) else frozenset()


def adjective_of(word: str, words: Collection[str]) -> str | None:
    """The listed adjective an adverb in -ly is made from ("shamefully" -> "shameful", "angrily" ->
    "angry", "horribly" -> "horrible", "tragically" -> "tragic"), or None."""
    if not word.endswith("ly") or len(word) < 5:
        return None
    stem = word[:-2]
    candidates = [stem, stem + "e"]
    if word.endswith("ily"):
        candidates.append(word[:-3] + "y")
    if word.endswith("bly"):
        candidates.append(word[:-1] + "e")
    if word.endswith("ally"):
        candidates.append(word[:-4])
    return next((c for c in candidates if c in words), None)


def find(doc: Doc, tier: Tier, index: QuoteIndex, taken: Collection[int]) -> Iterator[tuple[Token, LexiconEntry]]:
    """Each evaluative word of the doc with its entry, skipping the token indices in `taken`."""
    tagged = doc.has_annotation("POS")
    parsed = doc.has_annotation("DEP")
    for token in doc:
        if token.i in taken or not token.is_alpha:
            continue
        if tagged and token.pos_ not in TAGS:
            continue
        low = token.lower_
        entry = tier.words.get(low)
        if entry is None and (not tagged or token.pos_ == "ADV") and low not in tier.stop:
            adjective = adjective_of(low, tier.words)
            entry = tier.words.get(adjective) if adjective else None
        if entry is None or token.is_stop or _in_name(token):
            continue
        if not tagged and token.lemma_.lower() not in (low, ""):
            continue  # an inflected form ("rose", "closed", "blasted"): a verb or a noun, not an adjective
        if tier.voice != "any" and index.voice(token.idx, token.idx + len(token)) != tier.voice:
            continue
        if _feeling_of_a_person(token, tier) if parsed else _feeling_by_position(doc, token, tier):
            continue
        yield token, entry


def _in_name(token: Token) -> bool:
    """A capitalised word inside its sentence, or part of a named entity: a name or a title."""
    return bool(token.ent_type_) or (token.text[:1].isupper() and not token.is_sent_start)


def _feeling_of_a_person(token: Token, tier: Tier) -> bool:
    """A predicative adjective whose subject is a person ("they were furious"), or a noun subject with
    what the feeling is about ("residents were angry about the delay")."""
    if token.dep_ not in PREDICATIVE:
        return False
    subjects = [c for c in token.head.children if c.dep_ in SUBJECTS]
    if any(s.lower_ in tier.persons or s.ent_type_ in PERSON_ENTITIES or s.pos_ == "PROPN" for s in subjects):
        return True
    about = any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in tier.about) for c in token.children)
    return about and any(s.pos_ == "NOUN" for s in subjects)


def _feeling_by_position(doc: Doc, token: Token, tier: Tier) -> bool:
    """Without a parse: a linking verb just before (an adverb may sit between) and a personal pronoun
    before it, or a preposition of what the feeling is about just after."""
    i = token.i - 1
    if i >= 0 and doc[i].lower_.endswith("ly") and doc[i].lower_ not in tier.linking:
        i -= 1
    if i < 0 or doc[i].lower_ not in tier.linking:
        return False
    if i >= 1 and doc[i - 1].lower_ in tier.persons:
        return True
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in tier.about
