"""English loaded vocabulary, twenty-fourth round (issue 14): the outlet's own rhetorical question (a tag
after a statement, feigned surprise, "possibly" or "on earth" in a wh-question) marks a slanted sentence
that has no loaded word; the same question inside a quotation is the speaker's and is left alone. Every
sentence here was written for the test; each runs on both English pipelines."""

from __future__ import annotations

import pytest
from loaded_support import term_hits
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister has promised cheaper trains for a decade, hasn't she?",
            (", hasn't she?", "en-loaded-r24-tag-question"),
        ),
        (
            "Nothing speeds up a council like an election in the spring, does it?",
            (", does it?", "en-loaded-r24-tag-question"),
        ),
        ("That is how budgets work in this town, right?", (", right?", "en-loaded-r24-tag-right")),
        (
            "Would it surprise anyone to learn that the contract went to a donor?",
            ("Would it surprise", "en-loaded-r24-feigned-surprise"),
        ),
        (
            "Is it any wonder that commuters have given up on the service?",
            ("Is it any wonder", "en-loaded-r24-any-wonder"),
        ),
        (
            "Who would have thought that the cheapest bid would cost the most?",
            ("Who would have thought", "en-loaded-r24-who-would-have-thought"),
        ),
        (
            "How could a rule this narrow possibly stop a single repeat offender?",
            ("possibly", "en-loaded-r24-possibly-in-question"),
        ),
        (
            "Why on earth would a council sell its only swimming pool?",
            ("Why on earth", "en-loaded-r24-on-earth"),
        ),
    ],
)
def test_the_outlets_rhetorical_question(en: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in term_hits(en, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same questions in a speaker's mouth
        '"Would it surprise anyone that the contract went to a donor?" the councillor asked.',
        '"The minister promised cheaper trains, didn\'t she?" said Ms Ortiz, a commuter.',
        # plain questions of an explainer, and "possibly" as a hedge in a statement
        "What does the new rule mean for renters?",
        "Who is eligible for the grant, and how do families apply?",
        "The storm could possibly reach the coast by Friday.",
    ],
)
def test_questions_that_are_not_the_outlets_rhetoric(en: Language, text: str) -> None:
    assert [t for t in term_hits(en, text) if t[1].startswith("en-loaded-r24-")] == []


def test_the_question_keeps_the_loaded_word_inside_it(en: Language) -> None:
    text = "How could such a reckless plan possibly pass the committee?"
    found = term_hits(en, text)
    assert ("possibly", "en-loaded-r24-possibly-in-question") in found
    assert "reckless" in [word for word, _ in found]
