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

French (twenty-first round) reads the same rule from its own data: adverbs in -ment through their
adjective by the endings the rule lists ("honteusement" -> "honteuse", "méchamment" -> "méchant"), the
lemma of an inflected form the source does not list, a predicative adjective found by its copula (UD
parse: "ils sont furieux" hangs the subject on the adjective), and, when the rule says so, a word the
reporter chose to quote on its own in a short quotation (a speaker's « scandaleux »).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicons import LexiconEntry
from .quotes import QuoteIndex
from .token_table import token_table

CATEGORY = "evaluative"  # lexicons.GRADED_CATEGORIES
RULE = "evaluative"  # the term of the `rule` entry
DEGREE_RULE = "degree"  # the term of the `rule` entry of degree frames (English)
TAGS = frozenset({"ADJ", "ADV"})
# Dependency labels of a predicative adjective, and subjects that name people.
PREDICATIVE = frozenset({"acomp", "oprd"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PERSON_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "PER"})  # PER: the French model's person label
COPULA = "cop"  # UD (French): the copula hangs on the predicative adjective, which takes the subject


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
    # From the rule's data: adjectives of a feeling or a mood ("angry", "afraid"); placed before a noun
    # they describe the people or animals it names ("angry villagers"), not the outlet's judgement.
    feelings: frozenset[str] = frozenset()
    # From the rule's data (French): (adverb ending, adjective ending) pairs that read an adverb through
    # its adjective, whether the parse's lemma is also looked up, and the longest quotation (in words)
    # whose evaluative word counts as the reporter's choice of a speaker's word (0: none).
    adverb_endings: tuple[tuple[str, str], ...] = ()
    adverb_suffixes: tuple[str, ...] = ()  # the adverb endings alone, to screen words in one call
    match_lemma: bool = False
    quoted_max_words: int = 0
    # French, scored by spans rather than sentences: a tier hit may join a sentence the classes already
    # hit (still one tier hit per sentence).
    with_other_hits: bool = False
    listed: frozenset[str] = frozenset()  # every form the source rates, under the thresholds too
    # (noun ending, adjective ending) pairs that read a quality noun through its adjective ("absurdité"
    # -> "absurde", "arrogance" -> "arrogant"); empty: no nouns.
    noun_endings: tuple[tuple[str, str], ...] = ()
    # English (twenty-second round): a degree adverb right before an adjective it modifies ("very
    # risky", "utterly unfit"), read from the parse; the `degree` rule entry, None when absent or off.
    degree: LexiconEntry | None = None
    degree_adverbs: frozenset[str] = frozenset()
    degree_skip: frozenset[str] = frozenset()  # adjectives of quantity, time or plain comparison
    # English (round 46): the determiners before an adjective of health, age or need that, with no noun
    # after it, names a group of people ("care for the sick"): the rule's `group_determiners` and
    # `group_adjectives` (the rich, the poor are left to the tier: a social label, round 20); empty: none.
    group_determiners: frozenset[str] = frozenset()
    group_adjectives: frozenset[str] = frozenset()
    # English (round 47): words whose plain sense the words around them tell (`calm` of a place or a market,
    # `acute` before a care or a medical noun, `ill` after `fell`, `comfortably` before a verb of winning,
    # `controversial` before a measure): the rule's `plain_senses`, each a class of words with the
    # neighbours before or after it (within its window, in its sentence) that make the sense plain.
    plain_senses: tuple[PlainSense, ...] = ()


@dataclass(frozen=True)
class PlainSense:
    """A class of tier words and the words near them that give them a plain, non-judging sense."""

    words: frozenset[str]
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    window: int = 2


def _plain_senses(data: object) -> tuple[PlainSense, ...]:
    """The rule's `plain_senses` list (dicts of words, before, after, window); empty when absent."""
    if not isinstance(data, list):
        return ()
    return tuple(
        PlainSense(
            words=_word_set(item.get("words")),
            before=_word_set(item.get("before")),
            after=_word_set(item.get("after")),
            window=int(item.get("window", 2)),
        )
        for item in data
        if isinstance(item, dict)
    )


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
    adverb_endings = ending_pairs(rule.data.get("adverb_endings"))
    degree = next((e for e in entries if e.category == "rule" and (e.term or "").lower() == DEGREE_RULE), None)
    if degree is not None and not degree.data.get("enabled", True):
        degree = None
    return Tier(
        rule=rule,
        words=words,
        voice=str(rule.data.get("voice", "any")),
        stop=frozenset(stop),
        persons=_word_set(rule.data.get("person_pronouns")),
        about=_word_set(rule.data.get("feeling_about")),
        linking=_word_set(rule.data.get("linking_verbs")),
        feelings=_word_set(rule.data.get("feeling_adjectives")),
        adverb_endings=adverb_endings,
        adverb_suffixes=tuple(a for a, _ in adverb_endings),
        match_lemma=bool(rule.data.get("match_lemma", False)),
        quoted_max_words=int(rule.data.get("quoted_max_words", 0)),
        with_other_hits=bool(rule.data.get("with_other_hits", False)),
        listed=frozenset((e.term or "").lower() for e in entries if e.category == CATEGORY),
        noun_endings=ending_pairs(rule.data.get("noun_endings")),
        degree=degree,
        degree_adverbs=_word_set(degree.data.get("adverbs")) if degree else frozenset(),
        degree_skip=_word_set(degree.data.get("not_adjectives")) if degree else frozenset(),
        group_determiners=_word_set(rule.data.get("group_determiners")),
        group_adjectives=_word_set(rule.data.get("group_adjectives")),
        plain_senses=_plain_senses(rule.data.get("plain_senses")),
    )


def ending_pairs(pairs: object) -> tuple[tuple[str, str], ...]:
    """(ending, replacement) pairs from a rule's data, in their order (the first that gives a word wins);
    the derived-word rules (`derived`) read theirs the same way."""
    if not isinstance(pairs, list):
        return ()
    return tuple((str(a).lower(), str(b).lower()) for a, b in pairs if str(a))


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


def adjective_by_endings(word: str, words: Collection[str], endings: Iterable[tuple[str, str]]) -> str | None:
    """The listed adjective an adverb is made from by one of the rule's endings ("honteusement" ->
    "honteuse" by ("ment", ""), "méchamment" -> "méchant" by ("amment", "ant")), or None."""
    for adverb_end, adjective_end in endings:
        if word.endswith(adverb_end) and len(word) > len(adverb_end) + 2:
            candidate = word[: len(word) - len(adverb_end)] + adjective_end
            if candidate in words:
                return candidate
    return None


def _adverb_entry(low: str, tier: Tier) -> LexiconEntry | None:
    if low in tier.stop:
        return None
    if tier.adverb_endings:
        if low in tier.listed:
            return None  # the source rates the adverb itself ("parfaitement"): its own values decide
        adjective = adjective_by_endings(low, tier.words, tier.adverb_endings)
    else:
        adjective = adjective_of(low, tier.words)
    return tier.words.get(adjective) if adjective else None


def _in_voice(token: Token, tier: Tier, index: QuoteIndex) -> bool:
    """In the rule's voice; or, when the rule allows it, alone in a short quotation (a word the reporter
    chose to quote: the quotation holds at most `quoted_max_words` words)."""
    if tier.voice == "any":
        return True
    quote = index.containing(token.idx, token.idx + len(token))
    voice = "quoted" if quote is not None else "reporter"
    if voice == tier.voice:
        return True
    if quote is None or not tier.quoted_max_words:
        return False
    words = token.doc.text[quote.start : quote.end].split()
    return 0 < len(words) <= tier.quoted_max_words


def find(doc: Doc, tier: Tier, index: QuoteIndex, taken: Collection[int]) -> Iterator[tuple[Token, LexiconEntry]]:
    """Each evaluative word of the doc with its entry, skipping the token indices in `taken`."""
    tagged = doc.has_annotation("POS")
    parsed = doc.has_annotation("DEP")
    for token in _may_judge(doc, tier, taken, tagged):
        if token.i in taken or not token.is_alpha:
            continue
        low = token.lower_
        # The small French model tags rare adverbs in -ment as nouns or verbs ("agressivement"): a word
        # the rule's adverb endings read as a listed adjective is an adverb whatever its tag.
        adverb_hit = (
            _adverb_entry(low, tier)
            if tier.adverb_endings and tagged and token.pos_ != "ADV" and low.endswith(tier.adverb_suffixes)
            else None
        )
        adverb = adverb_hit is not None
        noun = tagged and token.pos_ == "NOUN" and bool(tier.noun_endings) and not adverb
        if tagged and token.pos_ not in TAGS and not noun and not adverb:
            continue
        if noun:
            lemma = token.lemma_.lower()
            adjective = None if lemma in tier.stop else adjective_by_endings(lemma, tier.words, tier.noun_endings)
            entry = tier.words.get(adjective) if adjective else None
            if entry is not None and not token.is_stop and not _in_name(token) and _in_voice(token, tier, index):
                yield token, entry
            continue
        entry = tier.words.get(low)
        if entry is None and tier.match_lemma and token.lemma_.lower() not in tier.stop:
            entry = tier.words.get(token.lemma_.lower())
        if entry is None and (not tagged or token.pos_ == "ADV" or adverb):
            entry = adverb_hit if adverb else _adverb_entry(low, tier)
        if entry is None or token.is_stop or _in_name(token):
            continue
        if not tagged and token.lemma_.lower() not in (low, ""):
            continue  # an inflected form ("rose", "closed", "blasted"): a verb or a noun, not an adjective
        if not _in_voice(token, tier, index):
            continue
        if _feeling_of_a_person(token, tier) if parsed else _feeling_by_position(doc, token, tier):
            continue
        if _feeling_before_a_noun(doc, token, tier, parsed):
            continue
        if _names_a_group(doc, token, tier):
            continue
        if _plain_sense(token, tier):
            continue
        yield token, entry


def find_degree(doc: Doc, tier: Tier, index: QuoteIndex, taken: Collection[int]) -> Iterator[tuple[Token, Token]]:
    """Each degree frame of the doc as (adverb, adjective): a degree adverb of the rule right before an
    adjective that the parse makes its head ("a very risky bet", "utterly unfit"), in the rule's voice,
    not a person's feeling ("they were very angry") nor a plain quantity or comparison ("very few").
    The adjective need not be rated: the outlet's degree word is the judgement. Needs a parse: the
    rule-based pipeline finds none."""
    if tier.degree is None or not doc.has_annotation("DEP"):
        return
    for adverb in doc:
        if adverb.lower_ not in tier.degree_adverbs or adverb.dep_ != "advmod":
            continue
        adjective = adverb.head
        if adjective.i != adverb.i + 1 or adjective.pos_ != "ADJ" or adjective.i in taken or adverb.i in taken:
            continue
        if adjective.lower_ in tier.degree_skip or adjective.tag_ in ("JJR", "JJS") or not adjective.is_alpha:
            continue
        if _in_name(adverb) or _in_name(adjective) or not _in_voice(adjective, tier, index):
            continue
        if _feeling_of_a_person(adjective, tier):
            continue
        yield adverb, adjective


def _may_judge(doc: Doc, tier: Tier, taken: Collection[int], tagged: bool) -> Iterator[Token]:
    """The tokens `find` looks at further, screened on the token table so that no Token is built for the
    many words it would skip at once: outside `taken`, alphabetic, and (tagged) an adjective or adverb,
    a noun when the rule reads nouns, or a word with an adverb ending (or an apostrophe, which the
    table's forms fold)."""
    table = token_table(doc)
    nouns = bool(tier.noun_endings)
    endings = tier.adverb_suffixes if tier.adverb_endings else None
    for i, (alpha, pos, low) in enumerate(zip(table.is_alpha, table.pos, table.lower, strict=True)):
        if not alpha or i in taken:
            continue
        other = tagged and pos not in TAGS and not (nouns and pos == "NOUN")
        if other and (endings is None or pos == "ADV" or not (low.endswith(endings) or "'" in low)):
            continue
        yield doc[i]


def _in_name(token: Token) -> bool:
    """A capitalised word inside its sentence, or part of a named entity: a name or a title."""
    return bool(token.ent_type_) or (token.text[:1].isupper() and not token.is_sent_start)


def _feeling_of_a_person(token: Token, tier: Tier) -> bool:
    """A predicative adjective whose subject is a person ("they were furious"), or a noun subject with
    what the feeling is about ("residents were angry about the delay")."""
    if any(c.dep_ == COPULA for c in token.children):
        subjects = [c for c in token.children if c.dep_ in SUBJECTS]
    elif token.dep_ in PREDICATIVE:
        subjects = [c for c in token.head.children if c.dep_ in SUBJECTS]
    else:
        return False
    if any(s.lower_ in tier.persons or s.ent_type_ in PERSON_ENTITIES or s.pos_ == "PROPN" for s in subjects):
        return True
    about = any(_about(c, tier) for c in token.children)
    return about and any(s.pos_ == "NOUN" for s in subjects)


def _feeling_before_a_noun(doc: Doc, token: Token, tier: Tier, parsed: bool) -> bool:
    """An adjective of feeling placed before the noun it qualifies ("angry villagers", "an anxious wait"):
    the parse's `amod`; without a parse, a content word right after it ("angry at" is not one)."""
    if token.lower_ not in tier.feelings:
        return False
    if parsed:
        return token.dep_ == "amod"
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is not None and following.is_alpha and not following.is_stop


def _names_a_group(doc: Doc, token: Token, tier: Tier) -> bool:
    """An adjective of the rule's `group_adjectives` after one of its `group_determiners`, with no content word
    after it ("beds for the sick", "the old and the frail"): it names a group of people by their health, age
    or need, it grades no one."""
    if token.lower_ not in tier.group_adjectives or token.i == 0:
        return False
    if doc[token.i - 1].lower_ not in tier.group_determiners:
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is None or not following.is_alpha or following.is_stop


def _plain_sense(token: Token, tier: Tier) -> bool:
    """A word of one of the rule's `plain_senses` with one of its neighbours within its window, in its sentence
    ("the capital was calm", "acute beds", "fell ill"): the neighbour tells a plain sense, not a verdict."""
    low = token.lower_
    sent = token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]
    for sense in tier.plain_senses:
        if low not in sense.words:
            continue
        before = token.doc[max(sent.start, token.i - sense.window) : token.i]
        after = token.doc[token.i + 1 : min(sent.end, token.i + 1 + sense.window)]
        if any(t.lower_ in sense.before for t in before) or any(t.lower_ in sense.after for t in after):
            return True
    return False


def _about(child: Token, tier: Tier) -> bool:
    """What a feeling is about: a clause, a preposition of the rule ("angry about"), or (UD) an oblique
    whose preposition is one ("furieux contre la décision")."""
    if child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "prep" and child.lower_ in tier.about):
        return True
    return child.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ in tier.about for g in child.children)


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
