"""Loaded words read through their word family or their syntax, not listed one by one (French, round 22).

Two rules, both driven by `lexicons/<lang>/derived.yaml` (a language without that file gets neither):

- **Nouns made from the lexicon's verbs and adjectives.** A verb the loaded lexicon lists ("saccager",
  "amputer", "gaspiller") makes its action noun by a handful of suffixes ("-age", "-ement",
  "-ation"...), an adjective its quality noun ("brutal" -> "brutalité", "malveillant" ->
  "malveillance"); the noun carries the same judgement. The parse's lemma of a NOUN is cut by the
  rule's suffix pairs and looked up among the lexicon's one-word verbs and adjective lemmas, so the
  whole family counts without listing its nouns.
- **A quantity that jumps, soars or melts.** Verbs of abrupt movement ("bondir", "s'envoler",
  "fondre") are figures when their subject is a noun of amount, price or measure ("les tarifs ont
  bondi", "les ventes ont fondu"); a person, an animal or a car that jumps is literal. The subject
  is read from the parse, the nouns of amount from the rule's data.

Every hit is a one-word span with its note, like the lexicon's own hits.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .evaluative import ending_pairs
from .lexicons import LexiconEntry
from .token_table import as_written, token_table

FAMILY = "derived"
NOUNS_RULE = "derived nouns"  # the term of the rule entry for nouns made from verbs
MOVEMENT_RULE = "quantity movement"  # the term of the rule entry for verbs of abrupt movement
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
VERB_ENDINGS = ("er", "ir")
REFLEXIVE = ("s'", "s’", "se ")
BASES_LIMIT = 50_000  # noun lemmas remembered with their base (DerivedRules.bases)


@dataclass(frozen=True)
class DerivedRules:
    """What the two rules read: the lexicon's verbs (lemma -> entry) and each rule's entry and words."""

    nouns_rule: LexiconEntry | None
    suffixes: tuple[tuple[str, str], ...]  # (noun ending, verb ending)
    verbs: dict[str, LexiconEntry]
    quality_suffixes: tuple[tuple[str, str], ...]  # (noun ending, adjective ending)
    adjectives: dict[str, LexiconEntry]  # one-word lemmas of the lexicon that are not verbs
    listed: frozenset[str]  # every one-word item of the lexicon: a listed noun is the lexicon's to judge
    movement_rule: LexiconEntry | None
    movement_verbs: frozenset[str]
    movement_subjects: frozenset[str]  # nouns of amount, price and measure (lemmas)
    # A noun lemma's base (`base_of`), remembered across Docs: the same nouns recur in every article.
    bases: dict[str, tuple[str, LexiconEntry] | None] = field(default_factory=dict, compare=False, repr=False)


def load_rules(entries: Iterable[LexiconEntry], loaded: Iterable[LexiconEntry]) -> DerivedRules | None:
    """The rules from the `derived` family's entries and the loaded lexicon, or None when there are none."""
    rules = {(e.term or "").lower(): e for e in entries if e.category == "rule" and e.data.get("enabled", True)}
    nouns_rule, movement_rule = rules.get(NOUNS_RULE), rules.get(MOVEMENT_RULE)
    if nouns_rule is None and movement_rule is None:
        return None
    verbs: dict[str, LexiconEntry] = {}
    adjectives: dict[str, LexiconEntry] = {}
    listed: set[str] = set()
    for entry in loaded:
        for word, is_lemma in _one_word_items(entry):
            listed.add(word)
            if word.endswith(VERB_ENDINGS) and len(word) > 4:
                verbs.setdefault(word, entry)
            elif is_lemma:  # a lemma, not an inflected form ("materne" is a form of "materner")
                adjectives.setdefault(word, entry)
    data = nouns_rule.data if nouns_rule else {}
    movement = movement_rule.data.get("verbs", []) if movement_rule else []
    subjects = movement_rule.data.get("subjects", []) if movement_rule else []
    return DerivedRules(
        nouns_rule=nouns_rule,
        suffixes=ending_pairs(data.get("suffixes")),
        verbs=verbs,
        quality_suffixes=ending_pairs(data.get("quality_suffixes")),
        adjectives=adjectives,
        listed=frozenset(listed),
        movement_rule=movement_rule,
        movement_verbs=frozenset(str(v).lower() for v in movement),
        movement_subjects=frozenset(str(v).lower() for v in subjects),
    )


def _one_word_items(entry: LexiconEntry) -> list[tuple[str, bool]]:
    """The words an entry matches on its own, each with whether it is a lemma: a one-word term, or the
    lemmas (LEMMA) and forms (LOWER) of a one-token pattern."""
    if entry.term is not None:
        word = entry.term.lower()
        for prefix in REFLEXIVE:
            word = word.removeprefix(prefix)
        return [(word, True)] if " " not in word else []
    if entry.pattern is None or len(entry.pattern) != 1:
        return []
    words: list[tuple[str, bool]] = []
    for key in ("LEMMA", "LOWER"):
        value = entry.pattern[0].get(key)
        if isinstance(value, str):
            words.append((value.lower(), key == "LEMMA"))
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            words.extend((str(w).lower(), key == "LEMMA") for w in value["IN"])
    return words


def _base_of(noun: str, pairs: tuple[tuple[str, str], ...], bases: Collection[str]) -> str | None:
    for noun_end, base_end in pairs:
        if noun.endswith(noun_end) and len(noun) > len(noun_end) + 3:
            stem = noun[: len(noun) - len(noun_end)]
            for candidate in (stem + base_end, stem.replace("è", "e") + base_end):
                if candidate in bases and candidate != noun:
                    return candidate
    return None


def base_of(noun: str, rules: DerivedRules) -> tuple[str, LexiconEntry] | None:
    """The lexicon word a noun is made from, with its entry: a verb by the rule's suffix pairs ("saccage"
    -> "saccager", "amputation" -> "amputer", "démantèlement" -> "démanteler"), else an adjective by its
    quality pairs ("brutalité" -> "brutal", "arrogance" -> "arrogant"); None when neither gives one."""
    verb = _base_of(noun, rules.suffixes, rules.verbs)
    if verb is not None:
        return verb, rules.verbs[verb]
    adjective = _base_of(noun, rules.quality_suffixes, rules.adjectives)
    return (adjective, rules.adjectives[adjective]) if adjective is not None else None


PARTICIPLE_ENDINGS = (
    ("ies", "ir"),
    ("ie", "ir"),
    ("is", "ir"),
    ("i", "ir"),
    ("ées", "er"),
    ("és", "er"),
    ("ée", "er"),
    ("é", "er"),
    ("ues", "re"),
    ("us", "re"),
    ("ue", "re"),
    ("u", "re"),
)


def participle_verb(
    form: str, verbs: Collection[str], endings: Sequence[tuple[str, str]] = PARTICIPLE_ENDINGS
) -> str | None:
    """The verb of `verbs` a past participle belongs to ("bondi" -> "bondir", "envolées" -> "envoler",
    "fondu" -> "fondre"), or None; `endings` pairs a participle's ending with its infinitive's."""
    for ending, verb_ending in endings:
        if form.endswith(ending):
            verb = form[: len(form) - len(ending)] + verb_ending
            if verb in verbs:
                return verb
    return None


_RULE_POS = frozenset(("NOUN", "VERB", "ADJ"))  # the parts of speech `find` reads (nouns; verbs and participles)


def find(doc: Doc, rules: DerivedRules, taken: Collection[int]) -> Iterator[tuple[Token, LexiconEntry, str, str]]:
    """Each derived noun or figurative verb of movement, with its rule's entry, its loaded category (the
    source verb's for a noun) and the note a user reads."""
    if not doc.has_annotation("POS"):
        return
    parsed = doc.has_annotation("DEP")
    table = token_table(doc)
    alpha = table.is_alpha
    bases = rules.bases  # a lemma's base, once per rules (a memo kept below BASES_LIMIT lemmas)
    if len(bases) > BASES_LIMIT:
        bases.clear()
    # Only an alphabetic noun, verb or adjective can be either rule's word: the token table screens the
    # Doc's words without building a Token for each (most are none of those).
    # The table's lemma and lower case are the Token's lower-cased with ’ folded to ': a word holding '
    # may have been written with ’, and only then is its Token read (a Token is built only for a hit).
    lemmas, lowers, tags = table.lemma, table.lower, table.pos
    for i in [i for i, pos in enumerate(tags) if pos in _RULE_POS and alpha[i]]:
        if i in taken:
            continue
        lemma = as_written(doc, i, lemmas[i], lemma=True)
        pos = tags[i]
        if rules.nouns_rule is not None and pos == "NOUN" and lemma not in rules.listed:
            found = bases[lemma] if lemma in bases else bases.setdefault(lemma, base_of(lemma, rules))
            if found is not None:
                base, source = found
                note = f"{rules.nouns_rule.note} « {base} » : {source.note}"
                yield doc[i], rules.nouns_rule, source.category, note
                continue
        moving = pos == "VERB" and lemma in rules.movement_verbs
        # the small model tags some participles as adjectives ("ont bondi"): read them through their verb
        if not moving and pos == "ADJ":
            lower = as_written(doc, i, lowers[i])
            moving = participle_verb(lower, rules.movement_verbs) is not None
        if rules.movement_rule is not None and parsed and moving:
            token = doc[i]
            subjects = [c for c in token.children if c.dep_ in SUBJECTS]
            if subjects and all(s.lemma_.lower() in rules.movement_subjects for s in subjects):
                category = str(rules.movement_rule.data.get("hit_category", "dramatizing"))
                yield token, rules.movement_rule, category, rules.movement_rule.note
