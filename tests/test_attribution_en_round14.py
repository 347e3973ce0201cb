"""Round 14 (issue 13): English speech acts with verbs of their own, and subjects the rule-based walk
cut short. Sentences written for these tests; both English pipelines where they agree."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS as KINDS
from attribution_support import pipeline, verb_records


def records(kind: str, text: str) -> list[tuple[str, str, str]]:
    """(verb as written, speaker, content) of every attribution with a verb."""
    return verb_records(pipeline(kind), text)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "verb", "speaker", "content"),
    [
        # rebuke and praise: the object is what the speaker judged
        ("The senator assailed the trade deal.", "assailed", "The senator", "the trade deal"),
        ("The mayor rebuked the council for its silence.", "rebuked", "The mayor", "the council for its silence"),
        ("The coach lambasted the referees.", "lambasted", "The coach", "the referees"),
        ("The bishop commended the volunteers.", "commended", "The bishop", "the volunteers"),
        ("The governor congratulated the winners.", "congratulated", "The governor", "the winners"),
        # telling someone: the addressee is skipped, the clause is what was said
        (
            "The mayor reminded voters that the polls close at eight.",
            "reminded",
            "The mayor",
            "that the polls close at eight",
        ),
        # saying again
        ("The minister echoed his remarks.", "echoed", "The minister", "his remarks"),
        (
            "The coach repeated his claim that the pitch was unsafe.",
            "repeated",
            "The coach",
            "that the pitch was unsafe",  # the trained parse starts at `that`, the rules at `his claim`
        ),
        # saying without saying outright
        (
            "The chairman implied that the merger was dead.",
            "implied",
            "The chairman",
            "that the merger was dead",
        ),
        ("The mayor hinted that she would run again.", "hinted", "The mayor", "that she would run again"),
        # threats report an infinitive
        ("The union threatened to strike in May.", "threatened", "The union", "to strike in May"),
        # likening, voicing, wondering aloud
        ("The senator compared the mayor to a dictator.", "compared", "The senator", "the mayor to a dictator"),
        ("The senator voiced concern about the cuts.", "voiced", "The senator", "concern about the cuts"),
        ("The mayor wondered whether the plan would work.", "wondered", "The mayor", "whether the plan would work"),
        # naming X as Y
        ("The senator cast himself as an outsider.", "cast", "The senator", "himself as an outsider"),
        (
            "The ad portrayed the senator as a puppet of the banks.",
            "portrayed",
            "The ad",
            "the senator as a puppet of the banks",
        ),
    ],
)
def test_speech_act_verbs(kind: str, text: str, verb: str, speaker: str, content: str) -> None:
    found = records(kind, text)
    assert any(v == verb and s == speaker and c.rstrip(".").endswith(content) for v, s, c in found), found


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The union threatened the town with a lawsuit.",  # no infinitive: an act, not speech
        "The candidate hails from a small town in Ohio.",  # a birthplace
        "The hail damaged the roof.",  # the weather
        "The signal was lost in the tunnel.",  # a noun
        "There was an echo in the hall.",  # a noun
        "Turnout was 40 percent, compared with 55 percent in 2012.",  # a preposition
        "Her voice was calm.",  # a noun
        "She cast her vote on Monday.",  # no `as` after the object
    ],
)
def test_no_speech_act_without_its_frame(kind: str, text: str) -> None:
    assert records(kind, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # `others` heads a subject after `and` (rule-based: a stop word no longer ends the phrase)
        (
            "Some delegates will attend, and others have said they will stay home.",
            "others",
            "they will stay home",
        ),
        # a place adverb after the head of the subject
        (
            "Union members here said the plant should stay open.",
            "Union members here",
            "the plant should stay open",
        ),
        ("Officials there say the road will close.", "Officials there", "the road will close"),
    ],
)
def test_subjects_the_walk_kept_whole(text: str, speaker: str, content: str) -> None:
    found = records("en-rules", text)
    assert any(s == speaker and c == content for _, s, c in found), found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a short clause split by the incise: the whole sentence, cue inside, is what was said
        ("It was, he said, a fine day for the club.", "It was, he said, a fine day for the club"),
        ("The plan, she said, is dead.", "The plan, she said, is dead"),
    ],
)
def test_short_clause_split_by_an_incise(text: str, content: str) -> None:
    assert [c for _, _, c in records("en-rules", text)] == [content]


@pytest.mark.parametrize("kind", KINDS)
def test_subject_before_an_apposition_closed_by_a_quoted_title(kind: str) -> None:
    text = 'Lee, the author of "Small Towns," said the county needs a new bridge.'
    assert ("said", "Lee", "the county needs a new bridge") in records(kind, text)
