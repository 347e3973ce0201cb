"""Round 22 (issue 13): English shapes that hid what was said or who said it on US political news: a
programme's title quoted in a phrase opening the sentence, a verb of saying coordinated after a
clause with a time phrase (rule-based walk), a participle the parse hangs on a reported clause.
Sentences written for these tests; both English pipelines where they agree."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS as KINDS
from attribution_support import pipeline, verb_records


def records(kind: str, text: str) -> list[tuple[str, str, str]]:
    """(verb as written, speaker, content) of every attribution with a verb."""
    return verb_records(pipeline(kind), text)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'On the radio program "Morning Edition," the governor said the state would appeal the ruling.',
            "the state would appeal the ruling",
        ),
        (
            'In an interview on "Meet the Press," Senator Lee said that the bill had no chance this year.',
            "that the bill had no chance this year",
        ),
    ],
)
def test_title_in_an_opening_phrase_is_not_what_was_said(kind: str, text: str, content: str) -> None:
    said = [r for r in records(kind, text) if r[0] == "said"]
    assert len(said) == 1
    assert said[0][2] == content


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # nothing after the verb: the quotation stays what was said
        ('In a later vote on the bill, "No," the senator said.', '"No,"'),
        ('During the debate, "we will win," she said on Friday.', '"we will win,"'),
        # a person told, no words of their own after it
        ('In an interview, "We made a mistake," he told the network\'s host in October.', '"We made a mistake,"'),
    ],
)
def test_quotation_after_an_opening_phrase_stays_when_nothing_follows(kind: str, text: str, content: str) -> None:
    found = records(kind, text)
    assert len(found) == 1
    assert content in found[0][2]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The mayor toured the flooded district on Monday and said that the city would rebuild the bridge.",
        "The mayor toured the district last week and said the city would rebuild the bridge.",
    ],
)
def test_coordinated_verb_after_a_time_phrase_keeps_the_subject(kind: str, text: str) -> None:
    said = [r for r in records(kind, text) if r[0].endswith("said")]
    assert len(said) == 1
    assert said[0][1] == "The mayor"
    assert said[0][2].endswith("the city would rebuild the bridge")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The minister said the problem was serious, adding that the country needed more funds.",
            "The minister",
            "that the country needed more funds",
        ),
        (
            "He said the country was ready to receive maize, adding that depots were open.",
            "He",
            "that depots were open",
        ),
    ],
)
def test_participle_after_a_reported_clause_is_the_reporters(kind: str, text: str, speaker: str, content: str) -> None:
    adding = [r for r in records(kind, text) if r[0] == "adding"]
    assert adding == [("adding", speaker, content)]


@pytest.mark.parametrize("kind", KINDS)
def test_participle_of_the_reported_subject_inside_the_clause(kind: str) -> None:
    """The participle inside what was said, before its end, keeps the parse's subject."""
    text = "The senator criticized the budget plan, saying the cuts would hurt rural schools."
    saying = [r for r in records(kind, text) if r[0] == "saying"]
    assert saying == [("saying", "The senator", "the cuts would hurt rural schools")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("LAGOS, Nigeria, Dec 6 – The health ministry has said it will extend the campaign.", "The health ministry"),
        (
            "ABUJA, Nigeria – Daily Wire News – The aviation authority has said it is investigating.",
            "The aviation authority",
        ),
    ],
)
def test_dateline_is_not_the_speaker(kind: str, text: str, speaker: str) -> None:
    said = [r for r in records(kind, text) if r[0] == "said"]
    assert len(said) == 1
    assert said[0][1] == speaker


@pytest.mark.parametrize("kind", KINDS)
def test_dash_aside_after_a_subject_is_no_dateline(kind: str) -> None:
    text = "The mayor – a former judge – said the plan was dead."
    said = [r for r in records(kind, text) if r[0] == "said"]
    assert len(said) == 1
    assert said[0][1].startswith("The mayor") or said[0][1] == "a former judge"  # rules: the aside (as before)
    assert said[0][2] == "the plan was dead"


@pytest.mark.parametrize("kind", KINDS)
def test_participle_after_the_clause_of_any_verb_is_the_subjects(kind: str) -> None:
    text = "The minister noted that prices had fallen, saying farmers should wait."
    saying = [r for r in records(kind, text) if r[0] == "saying"]
    assert saying == [("saying", "The minister", "farmers should wait")]
