"""Round 21 (issue 13): English quotations by shape, on both English pipelines. A quotation reopened
at each new paragraph gives one record per paragraph (the later ones floating, with the speaker's
mention: round 27 keeps the introducing one, see test_attribution_en_round27.py); the subject a
participle carries on stops at the main clause's verb without a parse; a time phrase between a
subject and its verb is no part of the subject. Sentences written for these tests."""

from __future__ import annotations

from functools import lru_cache

import pytest
from english_support import english_pipeline
from spacy.language import Language

from framing.nlp import FRAMING_COMPONENTS
from framing.types import Attribution

KINDS = ["rules", "trained"]


@lru_cache(maxsize=2)
def _nlp(kind: str) -> Language:
    return english_pipeline(kind, FRAMING_COMPONENTS)


def records(kind: str, text: str) -> list[tuple[str, str, str]]:
    """(rule, speaker, content) of every attribution, offsets checked against the text."""
    out = []
    attributions: list[Attribution] = _nlp(kind)(text)._.framing_attributions
    for a in attributions:
        assert text[a.start : a.end] == a.text
        assert a.speaker_start is None or text[a.speaker_start : a.speaker_end] == a.speaker
        assert a.content_start is not None and a.content_end is not None
        out.append((a.rule, a.speaker, text[a.content_start : a.content_end]))
    return out


THREE_PARAGRAPHS = (
    'The mayor said: "We will build the bridge next year, and the council agrees with that plan.\n\n'
    '"The money is there and the engineers are ready to start work in the spring.\n\n'
    '"Nobody should doubt that the town will keep its promise to the families."'
)


@pytest.mark.parametrize("kind", KINDS)
def test_each_reopened_paragraph_is_a_record_of_the_same_speaker(kind: str) -> None:
    found = records(kind, THREE_PARAGRAPHS)
    assert [(s, c) for _, s, c in found] == [
        ("The mayor", "We will build the bridge next year, and the council agrees with that plan."),
        ("The mayor", "The money is there and the engineers are ready to start work in the spring."),
        ("The mayor", "Nobody should doubt that the town will keep its promise to the families."),
    ]
    assert [r for r, _, _ in found][1:] == ["floating", "floating"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_quotation_closed_in_its_paragraph_is_not_split(kind: str) -> None:
    text = 'The mayor said: "We will build the bridge next year, and the council agrees with that plan."'
    assert [c for _, _, c in records(kind, text)] == [
        "We will build the bridge next year, and the council agrees with that plan."
    ]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The mayor spoke for an hour, noting that the bridge was closed.", "The mayor"),
        ("The minister welcomed the report on Monday, adding that the town would get a school.", "The minister"),
        ("The retired judge gave a speech on Friday, saying the courts were slow.", "The retired judge"),
        (
            "The newly elected mayor visited the school, stressing that teachers needed support.",
            "The newly elected mayor",
        ),
    ],
)
def test_a_participle_after_a_main_clause_speaks_for_its_subject(kind: str, text: str, speaker: str) -> None:
    assert [s for r, s, _ in records(kind, text) if r == "participle"] == [speaker]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The mayor last month said the budget was balanced.", "The mayor", "the budget was balanced"),
        ("The board will next week announce that the school will close.", "The board", "that the school will close"),
        (
            "He further said it was a shame that the records were lost.",
            "He",
            "it was a shame that the records were lost",
        ),
    ],
)
def test_a_time_phrase_or_adverb_before_the_verb_is_no_part_of_the_subject(
    kind: str, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in [(s, c) for _, s, c in records(kind, text)]
