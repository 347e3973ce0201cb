"""Whether a loaded word is said of a physical thing, and so read in its plain, literal sense.

Many loaded words have a literal sense beside the evaluative one: a verb of plunder or ruin, an
adjective of light, of duration or of excess. Said of a policy, a person or an event they judge ("une
réforme qui saccage l'école", "une idée lumineuse"); said of a physical thing they describe it ("des
boutiques saccagées", "un éclairage lumineux", "une grange ravagée par le feu"). The parse tells what
the word is said of: the noun an attributive adjective or participle modifies, a verb's object or
passive subject, its agent ("par les flammes"), a noun's "de" complement. When that noun is one of the
rule's physical things (premises, vehicles, crops, substances) or natural forces, the word is plain;
a natural force also makes a verb plain as its active subject ("la grêle a anéanti les vignes"). A
scourge (`agents`: war, epidemic, famine) does so only as the verb's doer ("un pays ruiné par la
guerre"): the words said of it ("une guerre sanglante") still judge.

English parses name the same relations otherwise ("dobj", "nsubjpass", an "agent" preposition, an "of"
complement): both label sets are read, so one rule serves either language ("rotten meat", "tents were
destroyed", "mauled by a shark").

English also has a rule read from word order, for both pipelines: an adjective of the graded tier or of
the listed classes, before the head noun of a legal, statistical or price category ("violent crime",
"extreme weather"), is part of a technical term and describes (`category heads`, before_a_category_head);
the same reading, before the noun of a crime ("a gruesome murder"), names the act (`crime heads`).

Driven by `lexicons/<lang>/senses.yaml` (French, English); a language without the file keeps every hit. Only
the rule's loaded categories are read: a word of pure judgement ("scandaleux") has no literal sense to
fall back on.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicons import LexiconEntry, enabled_rule

FAMILY = "senses"
RULE = "physical things"  # the term of the rule entry
# the terms of the rule entries of technical collocations and of crimes told plainly (English)
HEADS_RULES = frozenset({"category heads", "crime heads"})
MODIFIERS = frozenset({"amod", "acl"})  # an attributive adjective or participle: said of its head noun
# what a verb is done to, or by (UD labels of the French model; ClearNLP labels of the English one)
VERB_ARGUMENTS = frozenset({"obj", "nsubj:pass", "obl:agent", "dobj", "nsubjpass"})
NOUN_ARGUMENTS = frozenset({"nmod"})  # "le saccage des vitrines"
AGENT = "agent"  # English: the "by" of a passive ("mauled by a shark")
OF_COMPLEMENT = "of"  # English: a noun's "of" complement ("the destruction of the bridge")
PREPOSITION_OBJECT = "pobj"
INVERTED_MODIFIER = "amod"  # "de violents orages": the small model may hang the noun on its adjective
ACTIVE_SUBJECT = "nsubj"  # "le feu a ravagé": only a natural force makes a verb plain by doing it
DOERS = frozenset({ACTIVE_SUBJECT, "obl:agent"})
OBJECTS = frozenset({"obj", "dobj", "ccomp", "xcomp"})  # a verb with one of these is not read by its subject
RELATIVE_CLAUSES = frozenset({"acl:relcl", "relcl"})
RELATIVE_PRONOUNS = frozenset({"qui", "which", "that"})  # where a scourge (`agents`: war, famine) makes a verb plain


@dataclass(frozen=True)
class PlainSenseRule:
    """The loaded categories the rule reads, the lemmas of the physical things that make them plain, and
    of the natural forces, which also do so as a verb's active subject."""

    categories: frozenset[str]
    things: frozenset[str]
    forces: frozenset[str] = frozenset()
    agents: frozenset[str] = frozenset()  # scourges: plain only as the doer ("ruiné par la guerre")


def load_rule(entries: Iterable[LexiconEntry]) -> PlainSenseRule | None:
    """The rule from the family's entries, or None when the language has none or it is switched off."""
    entry = enabled_rule(entries, RULE)
    if entry is None:
        return None
    forces = frozenset(str(w).lower() for w in entry.data.get("forces") or ())
    things = frozenset(str(w).lower() for w in entry.data.get("things") or ()) | forces
    categories = frozenset(str(c) for c in entry.data.get("categories") or ())
    agents = frozenset(str(w).lower() for w in entry.data.get("agents") or ())
    found = PlainSenseRule(categories=categories, things=things, forces=forces, agents=agents)
    return found if things and categories else None


@dataclass(frozen=True)
class CategoryHeadRule:
    """Head nouns of legal, statistical and price categories ("crime", "offender", "weather", "price"),
    and the loaded categories and entries whose adjectives they turn into a technical term."""

    categories: frozenset[str]
    entries: frozenset[str]
    heads: frozenset[str]


def load_heads_rules(entries: Iterable[LexiconEntry]) -> tuple[CategoryHeadRule, ...]:
    """The technical-collocation rules from the family's entries (one per `category heads` entry switched
    on: technical categories, crimes told plainly), empty when there is none."""
    rules: list[CategoryHeadRule] = []
    for entry in entries:
        if entry.category == "rule" and (entry.term or "").lower() in HEADS_RULES and entry.data.get("enabled", True):
            heads = frozenset(str(w).lower() for w in entry.data.get("heads") or ())
            categories = frozenset(str(c) for c in entry.data.get("categories") or ())
            ids = frozenset(str(i) for i in entry.data.get("entries") or ())
            if heads:
                rules.append(CategoryHeadRule(categories=categories, entries=ids, heads=heads))
    return tuple(rules)


def before_a_category_head(
    doc: Doc, keys: Sequence[frozenset[str]], start: int, end: int, entry: LexiconEntry, rule: CategoryHeadRule
) -> bool:
    """Whether a one-word match of the rule's categories or entries stands before one of its head nouns,
    right after it or past one lower-case modifier ("violent crime", "repeat violent offenders", "extreme
    financial pressures"): the words name a legal or statistical category or a price, and describe. Read
    from word order, so the rule-based pipeline gets it too."""
    if end - start != 1 or not (entry.category in rule.categories or entry.id in rule.entries):
        return False
    for i in (end, end + 1):
        if i >= len(keys):
            return False
        if keys[i] & rule.heads:
            return True
        word = doc[i]
        if not (word.is_alpha and word.is_lower and not word.is_stop):
            return False
    return False


def said_of_a_thing(
    doc: Doc, start: int, end: int, category: str, rule: PlainSenseRule, figures: Collection[int] = ()
) -> bool:
    """Whether the match is said of a physical thing (needs a parse). A match of several words is read
    through its head ("ravagée" in "totalement ravagée", "flambée" in "flambée des factures"): the
    nouns its other words govern are not what the loaded word is said of. A noun inside another loaded
    match (`figures`: "usine" in "une véritable usine à gaz") is a figure, not a thing."""
    if category not in rule.categories or not doc.has_annotation("DEP"):
        return False
    head = doc[start:end].root
    for related, lemmas in _said_of(head, rule):
        if not start <= related.i < end and related.i not in figures and related.lemma_.lower() in lemmas:
            return True
    return False


def _said_of(token: Token, rule: PlainSenseRule) -> list[tuple[Token, frozenset[str]]]:
    """The nouns a word is said of, each with the lemmas that make it plain there: its head noun when it
    modifies one, its object, passive subject or agent when it is a verb (and its subject when that is a
    natural force), its "de" complement when it is a noun, a noun the parse hung on it when it is an
    adjective. Read by lemma whatever the noun's tag: the
    relation makes it a noun, and the small model tags some plural nouns as adjectives ("boutiques")."""
    related = []
    if token.dep_ in MODIFIERS:
        related.append((token.head, rule.things))
    verb = token.pos_ in ("VERB", "AUX", "ADJ")
    wanted = VERB_ARGUMENTS if verb else NOUN_ARGUMENTS
    # a verb with no object is said of its subject ("la vitre a explosé", "the roof collapsed"), as a
    # passive is; with an object, a thing as its subject does something to another (round 38)
    intransitive = token.pos_ == "VERB" and not any(child.dep_ in OBJECTS for child in token.children)
    for child in token.children:
        if verb and child.dep_ in DOERS:
            lemmas = rule.forces if child.dep_ == ACTIVE_SUBJECT else rule.things
            if child.dep_ == ACTIVE_SUBJECT and intransitive:
                lemmas = rule.things
            related.append((_antecedent(child), lemmas | rule.agents))
        elif child.dep_ in wanted or (token.pos_ == "ADJ" and child.dep_ == INVERTED_MODIFIER):
            related.append((child, rule.things))
        elif _preposition_argument(child, verb):
            related.extend((noun, rule.things) for noun in child.children if noun.dep_ == PREPOSITION_OBJECT)
    return related


def _antecedent(subject: Token) -> Token:
    """The noun a relative pronoun subject stands for ("des dômes qui ont explosé": "dômes"), else the
    subject itself."""
    verb = subject.head
    if verb.dep_ in RELATIVE_CLAUSES and (
        subject.lower_ in RELATIVE_PRONOUNS or "Rel" in subject.morph.get("PronType")
    ):
        return verb.head
    return subject


def _preposition_argument(child: Token, verb: bool) -> bool:
    """An English preposition that leads to what the word is said of: a verb's agent ("by a shark"), a
    noun's "of" complement ("the destruction of the bridge"; not a quantifier's: "all of two stores")."""
    if verb:
        return child.dep_ == AGENT
    return child.head.pos_ == "NOUN" and child.dep_ == "prep" and child.lower_ == OF_COMPLEMENT
