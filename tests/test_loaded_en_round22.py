"""English loaded vocabulary, twenty-second round (issue 14): recall on sentences readers mark as biased,
spent from the precision headroom by structure rather than by words. The scare-quote rule is on in English
(a short quotation with no speaker is the outlet keeping a word at a distance), the focus particle "even" in
the outlet's own sentence counts (a judgement of what was to be expected), and the graded tier reads a
degree adverb right before an adjective from the parse ("very risky"). Every sentence here was written
for the test; each runs on both English pipelines where the rule needs no parse."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import (
    english_lexicon_pipeline,
    english_scare_quote_pipeline,
    lexicon_hits,
    scare_quote_words,
    term_hits,
)
from spacy.language import Language

from framing.evaluative import load_tier
from framing.lexicons import load_entries


@pytest.fixture(scope="module", params=["trained", "rules"])
def en_any(request: pytest.FixtureRequest) -> Language:
    """Scare quotes read in any text (round 37's stance gate off): these tests check the rule's other filters
    one sentence at a time."""
    return english_scare_quote_pipeline(request.param)


@pytest.fixture(scope="module")
def en_trained() -> Language:
    return english_lexicon_pipeline("trained")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The council unveiled its "reform" of parking fees on Monday.', ["reform"]),
        ('The "temporary" closure of the pool entered its third year.', ["temporary"]),
    ],
)
def test_english_scare_quotes_are_on(en_any: Language, text: str, expected: list[str]) -> None:
    assert scare_quote_words(en_any, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a speaker is named: someone's words, not the outlet's distance
        'The mayor said the plan was "temporary" and would end in May.',
        # a title in quotation marks
        'The band played "Blue Harbour Nights" at the fair.',
        # figures are not words kept at a distance
        'The index rose to "3.5" on Friday.',
    ],
)
def test_english_scare_quotes_leave_speakers_and_titles(en_any: Language, text: str) -> None:
    assert scare_quote_words(en_any, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency did not even read the letters.", ("even", "en-loaded-r22-even")),
        ("Even the smallest shops must now pay the fee.", ("Even", "en-loaded-r22-even")),
        ("The board approved the plan, and even praised its author.", ("even", "en-loaded-r22-even")),
    ],
)
def test_focus_even_in_the_outlet_voice(en: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in term_hits(en, text)


@pytest.mark.parametrize(
    "text",
    [
        # a conjunction or a comparative: "even though", "even if", "even more"
        "The ferry sailed even though the sea was rough.",
        "The school will open even if the roof is not finished.",
        "Prices rose even more in the north.",
        # the adjective and the verb phrase, not the focus particle
        "The vote ended in an even split.",
        "The shop hopes to break even next year.",
        # a speaker's words: the outlet's voice only
        '"They did not even call us," the farmer said.',
    ],
)
def test_even_no_hit(en: Language, text: str) -> None:
    assert [t for t in term_hits(en, text) if t[1] == "en-loaded-r22-even"] == []


def test_degree_frame_on_an_adjective(en_trained: Language) -> None:
    found = [(h.text, h.term, h.category) for h in lexicon_hits(en_trained, "The new bridge is very risky.")]
    assert found == [("very risky", "en-evaluative-degree", "evaluative")]


@pytest.mark.parametrize(
    "text",
    [
        "The council approved very few permits.",  # quantity
        "They were very angry.",  # a person's feeling
        '"The bridge is very risky," the engineer said.',  # a speaker's words
    ],
)
def test_degree_frame_no_hit(en_trained: Language, text: str) -> None:
    assert [h.text for h in lexicon_hits(en_trained, text) if h.term == "en-evaluative-degree"] == []


def test_degree_rule_is_english_only() -> None:
    english = load_tier(load_entries("en", "evaluative"))
    tier_file = Path(__file__).resolve().parent.parent / "lexicons" / "fr" / "optional" / "evaluative_tier.yaml"
    french = load_tier(load_entries("fr", "evaluative", (tier_file,)))
    assert english is not None and english.degree is not None and "very" in english.degree_adverbs
    assert french is not None and french.degree is None
