"""The adverbs and quality nouns of the judging adjectives the lexicon ships, derived, not listed (round 45).

"An unjust law" is in the lexicon; "the law was unjustly passed" was not, nor "heavy-handedly" beside
"heavy-handed" or "callousness" beside "callous": every round since 17 listed such forms one by one, and
the held-out sets kept finding the next one. A reader who takes "unjust" as a verdict takes "unjustly" and
"unjustness" as the same verdict. So, for the source entries a rule names (the one-word lists of judging
adjectives), each word gives its adverb and its noun in -ness by English spelling rules (`adverb_endings`,
`noun_endings`: adjective ending -> derived ending, first match wins: "-ic" -> "-ically", "-le" ->
"-ly", "-y" -> "-ily", else "-ly"), and the derived forms count as a new entry of the source's
category, note and context. A form already listed by any entry is left to that entry (the lexicon's
word wins), and so are the rule's `stop` forms: adverbs whose common sense is a degree or a plain manner
("terribly" sorry, "roughly" ten, "bitterly" cold, "severely" injured). Words in
`lexicons/<lang>/derived.yaml`, rule entry `derived forms`; a language without it derives nothing. The shipped
English data derives adverbs only: its nouns were right in 58% of audited hits (docs/loaded.md, round 45).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from .lexicons import LexiconEntry, enabled_rule, rule_words

RULE = "derived forms"  # the term of the rule entry in derived.yaml
MIN_BASE = 4  # shorter adjectives ("bad", "mad", "sly") make adverbs with senses of their own


def derive(loaded: Sequence[LexiconEntry], rules: Iterable[LexiconEntry]) -> list[LexiconEntry]:
    """New entries for the adverbs and nouns of the rule's source entries, one per source and kind."""
    rule = enabled_rule(rules, RULE)
    if rule is None:
        return []
    sources = {str(s) for s in rule.data.get("sources") or ()}
    stop = rule_words(rule, "stop")
    skip = tuple(str(e) for e in rule.data.get("skip_endings") or ())
    listed = {w for e in loaded for w in one_word_items(e)}
    kinds = (("adverb", _pairs(rule.data.get("adverb_endings"))), ("noun", _pairs(rule.data.get("noun_endings"))))
    derived: list[LexiconEntry] = []
    for entry in loaded:
        if entry.id not in sources:
            continue
        words = [
            w for w in one_word_items(entry) if len(w) >= MIN_BASE and not w.endswith(("ly", *skip)) and " " not in w
        ]
        for kind, pairs in kinds:
            forms = sorted({f for w in words if (f := derived_form(w, pairs)) and f not in listed and f not in stop})
            if forms:
                derived.append(
                    replace(
                        entry,
                        id=f"{entry.id}-{kind}s",
                        term=None,
                        pattern=({"LOWER": {"IN": forms}},),
                        note=f"{entry.note} {rule.note}",
                    )
                )
    return derived


def derived_form(word: str, pairs: Sequence[tuple[str, str]]) -> str | None:
    """The derived form of an adjective by the first ending pair that fits ("unjust" -> "unjustly",
    "idiotic" -> "idiotically", "laughable" -> "laughably"), or None."""
    for ending, derived_ending in pairs:
        if word.endswith(ending):
            return word[: len(word) - len(ending)] + derived_ending
    return None


def one_word_items(entry: LexiconEntry) -> list[str]:
    """The words a one-token entry matches (its term, or its pattern's LEMMA / LOWER list), lower-cased."""
    if entry.term is not None:
        return [entry.term.lower()] if " " not in entry.term.strip() else []
    if entry.pattern is None or len(entry.pattern) != 1:
        return []
    words: list[str] = []
    for key in ("LEMMA", "LOWER"):
        value = entry.pattern[0].get(key)
        if isinstance(value, str):
            words.append(value.lower())
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            words.extend(str(w).lower() for w in value["IN"])
    return words


def _pairs(raw: object) -> tuple[tuple[str, str], ...]:
    """Ending pairs from the rule's data: a list of two-item lists ("" stands for no ending)."""
    if not isinstance(raw, list):
        return ()
    return tuple((str(p[0] or ""), str(p[1] or "")) for p in raw if isinstance(p, list) and len(p) == 2)
