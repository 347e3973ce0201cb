"""English loaded vocabulary, fifth round (issue 14): compound labels ("Trump-haters", "Bible-thumpers"),
found by a pattern indexed on its last word, killing and wrecking verbs with a bill, a deal or an inquiry
as object, and the war metaphor that no longer takes any "attack on the". Every sentence here was written
for the test, and each runs on both English pipelines (the trained model when installed, and the
rule-based one)."""

from __future__ import annotations

import pytest
import spacy
from loaded_support import loaded_words
from spacy.language import Language
from spacy.matcher import Matcher

from framing import components  # noqa: F401  (registers the factories)
from framing.token_patterns import PatternMatcher, compile_pattern
from framing.token_table import token_table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # compound labels, as the tokenizer cuts them ("Bible", "-", "thumpers")
        ("The Bible-thumpers and the war-mongers met the gun-nuts.", ["Bible-thumpers", "war-mongers", "gun-nuts"]),
        ("A crowd of Obama-haters booed the speaker.", ["Obama-haters"]),
        # a killing or wrecking verb for a political act on a bill, a deal or an inquiry
        ("Two senators killed the bill and derailed the nomination.", ["killed the bill", "derailed the nomination"]),
        ("His allies tried to bury the inquiry.", ["bury the inquiry"]),
        # set figures
        ("The mayor seems hell-bent on a pipe dream.", ["hell-bent", "pipe dream"]),
        ("Critics called the hearing a kangaroo court and the memo a smoking gun.", ["kangaroo court", "smoking gun"]),
        ("They paid lip service to a flood of biblical proportions.", ["lip service", "of biblical proportions"]),
        # religious images of politics
        ("A high priest of budget cuts, he was preaching to the choir.", ["high priest of", "preaching to the choir"]),
        # a war metaphor for a policy, spelt with "the"
        ("Critics called the budget a war on the middle class.", ["war on the middle"]),
    ],
)
def test_english_round5_constructions(en: Language, text: str, expected: list[str]) -> None:
    assert loaded_words(en, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs, the hyphen and "attack on the" in their literal or neutral senses
        "The storm sank the boat and killed the crops.",
        "A well-known, long-term plan was signed on Monday.",
        "The attack on the convoy left three soldiers wounded.",
        "A gun was found near the pipe; the service starts at noon.",
        "The high priest prayed at the altar while the choir sang.",
        # a dash between spaces is punctuation, not the hyphen of a compound label
        "The senator spoke of Obama - haters rarely change their minds, he said.",
        "They voted against it - haters of the plan included two mayors.",
    ],
)
def test_english_round5_literal_senses_do_not_match(en: Language, text: str) -> None:
    assert loaded_words(en, text) == []


def test_a_pattern_with_a_wildcard_first_token_is_indexed_on_a_later_word() -> None:
    """Indexed on "hater", not tried at every token, and still finding what spaCy's Matcher finds."""
    pattern = [{"IS_ALPHA": True}, {"LOWER": "-"}, {"LOWER": {"IN": ["hater", "haters"]}}]
    compiled = compile_pattern("hater", pattern)
    assert compiled.anchor_offset == 2 and compiled.anchors == frozenset({"hater", "haters"})
    nlp = spacy.blank("en")
    doc = nlp("The cat-haters, a well-known dog-hater and 3-haters.")
    theirs = Matcher(nlp.vocab)
    theirs.add("hater", [pattern])
    ours = PatternMatcher([compiled])
    from framing.token_patterns import LazyViews

    keys = token_table(doc).keys
    views = LazyViews(doc, keys)
    found = ours.match(views, keys, views.lowers, views.words)
    assert sorted((s, e) for _, s, e in found) == sorted((s, e) for _, s, e in theirs(doc))
    assert [doc[s:e].text for _, s, e in sorted(found, key=lambda m: m[1])] == ["cat-haters", "dog-hater"]
