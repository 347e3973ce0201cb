"""The first-word-indexed pattern matcher agrees with spaCy's Matcher on the lexicon pattern language."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from framing.lexicons import load_entries
from framing.nlp import load_pipeline
from framing.token_patterns import LongestMatcher as PatternMatcher
from framing.token_patterns import supported
from framing.token_table import token_table

TEXTS = {
    "fr": (
        "Près de 2 500 soldats, sans doute, et une vingtaine de blindés ; il semble que le convoi, "
        "semble-t-il, ait fait demi-tour. Il ne fait aucun doute que, de toute évidence, plus de 900 "
        "hommes restent, a priori, au moins jusqu'en mai. Bien sûr, dit-on, le présumé auteur a fui."
    ),
    "en": (
        "About 2,500 troops may stay; the alleged attack seems to have failed, and it is clear that "
        "more than $40 million, roughly, was spent. Of course it might rain in May, but Theresa May "
        "spoke of military might. Dozens of people, without a doubt, would leave."
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_same_matches_as_spacy(lang: str) -> None:
    nlp = load_pipeline("fr") if lang == "fr" else spacy.blank("en")
    doc = nlp(TEXTS[lang])
    ours, theirs = PatternMatcher(), Matcher(nlp.vocab)
    for family in ("hedges", "boosters"):
        for entry in load_entries(lang, family):
            if entry.pattern is not None and supported(entry.pattern):
                ours.add(entry.id, entry.pattern)
                theirs.add(entry.id, [list(entry.pattern)])
    mine = ours(doc, token_table(doc).keys)
    # spaCy reports every length an optional or repeated token allows; we keep the longest per start.
    longest: dict[tuple[str, int], int] = {}
    for match_id, start, end in theirs(doc):
        key = (nlp.vocab.strings[match_id], start)
        longest[key] = max(end, longest.get(key, 0))
    assert sorted(mine) == sorted((k, s, e) for (k, s), e in longest.items())
    assert len(mine) >= 8


def test_unsupported_keys_are_left_to_spacy() -> None:
    assert not supported([{"DEP": "nsubj"}])
    assert not supported([{"LOWER": "a", "OP": "{2}"}])
    assert supported([{"LOWER": {"IN": ["a"]}, "OP": "?"}, {"LIKE_NUM": True}])


OPTIONAL_LEAD = [
    ("lead", [{"LOWER": "et", "OP": "?"}, {"LOWER": "après"}, {"LOWER": {"IN": ["la", "les"]}}, {"LOWER": "presse"}]),
    ("two", [{"LOWER": "tous", "OP": "?"}, {"LOWER": "les", "OP": "?"}, {"LOWER": "journaux"}, {"LOWER": "disent"}]),
]


@pytest.mark.parametrize("with_wildcard", [False, True])
def test_patterns_opening_with_optional_tokens(with_wildcard: bool) -> None:
    """Patterns whose first tokens are optional are tried only near their first required word; every match
    (with and without the optional words, at the text's start too) is still found, as spaCy finds them,
    also beside a pattern that has to be tried at every token."""
    nlp = spacy.blank("fr")
    doc = nlp("Après la presse, et après les presse, tous les journaux disent que les journaux disent.")
    patterns = [*OPTIONAL_LEAD, *([("any", [{"IS_PUNCT": True}, {"LOWER": "et"}])] if with_wildcard else [])]
    ours, theirs = PatternMatcher(), Matcher(nlp.vocab)
    for label, pattern in patterns:
        ours.add(label, pattern)
        theirs.add(label, [pattern])
    longest: dict[tuple[str, int], int] = {}
    for match_id, start, end in theirs(doc):
        key = (nlp.vocab.strings[match_id], start)
        longest[key] = max(end, longest.get(key, 0))
    mine = ours(doc, token_table(doc).keys)
    assert sorted(mine) == sorted((k, s, e) for (k, s), e in longest.items())
    assert {(label, start) for label, start, _ in mine} >= {("lead", 0), ("lead", 4), ("two", 9), ("two", 15)}
