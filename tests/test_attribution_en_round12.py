"""English attribution, twelfth round (issue 13): quotations from many outlets, recall and speaker spans;
the quotation profile leaves out records that give the speaker no words. Sentences written for the test."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, found, quotation_pipeline

from framing.nlp import rule_based_english

KINDS = EN_KINDS


def quoted(kind: str, text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker, content) of every attribution under the quotation profile."""
    doc = quotation_pipeline(kind)(text)
    return [(a.text, a.speaker, text[a.content_start : a.content_end]) for a in doc._.framing_attributions]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The harbour master praised the efforts of the lifeboat crews.",
        "The captain emphasised the importance of a quick start in the second half.",
        "The bakery chain reported a sharp fall in sales over the winter months.",
        "The council leader called for calm after the vote.",
        "The coach spoke for an hour, stressing the need for new pitches.",
    ],
)
def test_with_the_profile_a_noun_object_gives_the_speaker_no_words(kind: str, text: str) -> None:
    assert found(kind, text) != []  # news-attribution annotation counts it (the default rules)
    assert quoted(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
def test_with_the_profile_an_order_in_the_infinitive_gives_no_words(kind: str) -> None:
    text = "The fire chief urged residents to leave their homes before dark."
    assert found(kind, text) != []
    assert quoted(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour master said the crews went out twice.", "the crews went out twice"),
        ("The coach said he was proud of the young players.", "he was proud of the young players"),
        ("The chain reported that sales had fallen sharply.", "that sales had fallen sharply"),
        ('The captain praised the "fearless" young side.', 'the "fearless" young side'),
    ],
)
def test_with_the_profile_a_clause_or_a_quotation_stays(kind: str, text: str, content: str) -> None:
    assert [c for _, _, c in quoted(kind, text)] == [content]


@pytest.mark.parametrize("kind", KINDS)
def test_an_opening_participle_phrase_is_not_the_speaker_of_an_apposed_subject(kind: str) -> None:
    text = "Speaking after the final, the club's captain, Joe Reed, told reporters that the team was tired."
    [(_, speaker, content)] = found(kind, text)
    assert speaker.startswith("the club's captain")
    assert content == "that the team was tired"


@pytest.mark.parametrize("kind", KINDS)
def test_a_progressive_reporting_verb_has_its_subject_as_speaker(kind: str) -> None:
    text = 'The ferry link has reopened, a change that residents are calling "long overdue."'
    got = found(kind, text)
    assert ("residents are calling", "residents") in [(cue, speaker) for cue, speaker, _ in got]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The judge ordered that the car be returned to its owner.",
            "The judge ordered",
            "that the car be returned to its owner",
        ),
        (
            "The commissioner directed that the drains be cleared before the rains.",
            "The commissioner directed",
            "that the drains be cleared before the rains",
        ),
        (
            "The council advised that the beach stay closed until Friday.",
            "The council advised",
            "that the beach stay closed until Friday",
        ),
        (
            "The minister instructed that all schools stay closed on Monday.",
            "The minister instructed",
            "that all schools stay closed on Monday",
        ),
    ],
)
def test_an_order_reported_in_a_that_clause_is_an_attribution(kind: str, text: str, cue: str, content: str) -> None:
    assert [(c, t) for c, _, t in found(kind, text)] == [(cue, content)]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The judge ordered a review of the case.",
        "The commissioner directed officials to clear the drains.",
        "The executive order that the mayor signed was blocked in court.",
        "The film was directed by a young director from Cork.",
    ],
)
def test_an_order_with_no_that_clause_reports_no_words(kind: str, text: str) -> None:
    assert found(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
def test_and_a_second_verb_with_that_starts_the_same_speakers_second_speech(kind: str) -> None:
    text = "The manager said that the pitch was ready and added that tickets were sold out."
    got = [(cue, speaker, content) for cue, speaker, content in found(kind, text)]
    assert got == [
        ("The manager said", "The manager", "that the pitch was ready"),
        ("added", "The manager", "that tickets were sold out"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('The mayor spoke for an hour, noting that"the vote was close."', "The mayor", 'that"the vote was close'),
        ('The coach said,"We gave everything."', "The coach", "We gave everything."),
    ],
)
def test_a_quotation_mark_glued_to_the_words_is_split_off(text: str, speaker: str, content: str) -> None:
    from framing.nlp import load_pipeline

    doc = load_pipeline("en")(text)
    assert doc.text == text  # no space is made: offsets are the text's
    assert [(a.speaker, text[a.content_start : a.content_end]) for a in doc._.framing_attributions] == [
        (speaker, content)
    ]


def test_the_glued_quotation_split_leaves_apostrophes_and_spaced_marks_alone() -> None:
    nlp = rule_based_english()
    assert [t.text for t in nlp("the boys' team won")] == ["the", "boys", "'", "team", "won"]
    assert [t.text for t in nlp('members"decided')] == ["members", '"', "decided"]
    assert [t.text for t in nlp('said,"Look')] == ["said", ",", '"', "Look"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_participle_after_a_quotation_hangs_on_the_verb_outside_it(kind: str) -> None:
    text = 'The coach said that the players "gave everything to win", further noting that the referee was fair.'
    got = found(kind, text)
    assert ("The coach", "that the referee was fair") in [(speaker, content) for _, speaker, content in got]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council said last week spending would be lower.", "spending would be lower"),
        ("The council said this year the pool would reopen.", "the pool would reopen"),
        ("The council said this plan would fail.", "this plan would fail"),
        ("She said last year's budget was too small.", "last year's budget was too small"),
    ],
)
def test_a_period_after_said_is_a_time_phrase_and_the_clause_follows(kind: str, text: str, content: str) -> None:
    assert [c for _, _, c in found(kind, text)] == [content]


@pytest.mark.parametrize("kind", KINDS)
def test_this_as_an_object_after_a_verb_is_no_clause(kind: str) -> None:
    assert found(kind, "He said this in a statement on Friday.") == []
