"""A listed noun or adjective met as a verb of another word (French, round 37, read sets).

French spells many nouns and adjectives like a present form of an unrelated verb: the adjective
"dément" (mad) and "le succès ne se dément pas" (démentir), the noun "une combine" and "un plan qui
combine deux approches" (combiner), the adjective "indigne" and "le maire s'indigne" (s'indigner), "fou"
and "je m'en fous" (se foutre de). The tagger often reads such a form by its spelling, so the lexicon's
word matches. Grammar settles it: right after a subject or reflexive clitic, "ne", or the relative
"qui", only a verb (or another clitic) can stand, never a noun or an adjective. A one-word entry's match
there is a verb form; it counts only when the entry lists that verb itself (an infinitive or forms
written one by one, as the verb classes do). Read from the word before a match and the match's own
token, so it costs one set intersection per one-word match.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from .lexicons import LexiconEntry, enabled_rule, rule_words
from .token_table import morph_of

RULE = "verb homographs"  # the term of the rule entry in senses.yaml
# present endings and the infinitive endings they point to (a grammar fact, not a word list)
PRESENT_ENDINGS = (("ent", ("er",)), ("es", ("er",)), ("e", ("er",)), ("it", ("ir", "re")), ("is", ("ir", "re")))


@dataclass(frozen=True)
class VerbHomographs:
    """The clitics after which only a verb can stand."""

    clitics: frozenset[str]


def load(entries: Iterable[LexiconEntry]) -> VerbHomographs | None:
    """The rule from the senses family's entries, or None when absent or switched off."""
    entry = enabled_rule(entries, RULE)
    if entry is None:
        return None
    clitics = rule_words(entry, "clitics")
    return VerbHomographs(clitics) if clitics else None


def written_forms(entry: LexiconEntry) -> frozenset[str]:
    """The lower-cased forms a one-word pattern entry writes out (`LOWER`), as verb classes do."""
    pattern = entry.pattern or ()
    if len(pattern) != 1:
        return frozenset()
    spec = pattern[0].get("LOWER")
    values = spec.get("IN", []) if isinstance(spec, dict) else [spec]
    return frozenset(v.lower() for v in values if isinstance(v, str))


def verb_infinitives(form: str) -> frozenset[str]:
    """The infinitives a present form may belong to ("combine" -> "combiner", "dément" -> "démentir"
    is the parser's to give; "indigne" -> "indigner", "bâtit" -> "bâtir")."""
    found: set[str] = set()
    for ending, stems in PRESENT_ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            found |= {form[: -len(ending)] + stem for stem in stems}
    return frozenset(found)


def verb_after_clitic(
    doc: Doc,
    keys: Sequence[frozenset[str]],
    start: int,
    listed: frozenset[str],
    written: frozenset[str],
    rule: VerbHomographs,
) -> bool:
    """Whether the one-word match at `start` follows a clitic and is a verb the entry does not list:
    the listed noun or adjective is only its spelling. `written` are the forms the entry writes out."""
    # the clitic as written: an inverted subject ("peut-il prétendre") is no clitic before a verb
    if start == 0 or doc[start - 1].lower_ not in rule.clitics or not (keys[start] & listed):
        return False
    token = doc[start]
    form = token.lower_
    if form in written:
        return False  # a form the entry writes out one by one: the verb it means
    if "Inf" in morph_of(token).get("VerbForm", ()) or (form in listed and form.endswith(("er", "ir", "re"))):
        return False  # an infinitive the entry lists ("se sacrifier"): a verb entry
    verbs = ({token.lemma_.lower()} | verb_infinitives(form)) - {form}
    return not (verbs & listed)
