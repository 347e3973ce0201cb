"""English quotations and speakers (round 29, issue 13), on both English pipelines.

Conventions: a question put by nobody named (`Asked whether ...`, `was asked if ...`) is the
reporter's, no record, while a `by` phrase that names the questioner keeps one; a verb of evidence
whose subject is a picture, a sign or a sample (`the photo showed that`, `early signs suggest that`)
reports nothing, while a document (`a survey revealed that`) and a person still report; a belief
narrated in the past (`she believed there was a need`) is no record unless its sentence holds speech
(a quotation, a verb of saying, an interview), and the present (`he thinks`) stays a record.
"""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, cue_records


def cues(kind: str, text: str) -> list[str]:
    return [cue for cue, _, _ in cue_records(kind, text)]


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the ferry would run in winter, the operator shrugged.",
        "The harbour master was asked if the pier was safe.",
        "She smiled when asked about the election.",
    ],
)
def test_a_question_put_by_nobody_named_is_no_record(kind: str, text: str) -> None:
    assert cue_records(kind, text) == []


@pytest.mark.parametrize("kind", EN_KINDS)
def test_the_answer_to_a_reporters_question_is_its_own_record(kind: str) -> None:
    text = "Asked whether he would stand again, the councillor said he had not decided."
    assert cue_records(kind, text) == [("the councillor said", "the councillor", "he had not decided")]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_question_put_by_someone_named_is_kept(kind: str) -> None:
    text = "When asked by a neighbour why the hedge was cut, the gardener laughed."
    assert cue_records(kind, text) == [("asked", "a neighbour", "why the hedge was cut")]


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "A photo shared online showed that the gate had been left open.",
        "Early signs suggest that the harvest will be smaller this year.",
        "One sample taken in May showed lead at twice the safe level.",
        "The footage shows the van leaving the depot at night.",
    ],
)
def test_a_picture_or_a_sign_as_subject_of_a_verb_of_evidence_is_no_record(kind: str, text: str) -> None:
    assert cue_records(kind, text) == []


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A survey by the traders' association revealed that most shops had lost trade.", "revealed"),
        ("The poll shows that the mayor is trailing by six points.", "The poll shows"),
        ("The couple, who asked not to be named, revealed they had kept the ticket in a drawer.", "revealed"),
    ],
)
def test_a_document_or_a_person_still_reports_through_a_verb_of_evidence(kind: str, text: str, cue: str) -> None:
    assert any(found.endswith(cue) for found in cues(kind, text))


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "She believed there was a need for clearer signs at the boat ramp.",
        "He thought few drivers knew the limit had changed.",
    ],
)
def test_a_belief_narrated_in_the_past_is_no_record(kind: str, text: str) -> None:
    assert cue_records(kind, text) == []


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The coach thinks the team can still reach the final.", "The coach thinks"),
        ("In an interview, the skipper believed the race was already won.", "the skipper believed"),
        ('"We did our best," she said, and she believed the crew had done enough.', "she believed"),
    ],
)
def test_a_present_belief_or_one_in_a_speech_context_is_kept(kind: str, text: str, cue: str) -> None:
    assert cue in cues(kind, text)


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The coach commented "I seriously doubt" the season will start on time.',
            '"I seriously doubt" the season will start on time',
        ),
        (
            'The owner blames "poor planning" by the council for the closure of the market.',
            '"poor planning" by the council for the closure of the market',
        ),
    ],
)
def test_a_quotation_opening_a_clause_that_goes_on_is_mixed(kind: str, text: str, content: str) -> None:
    (found,) = cue_records(kind, text)
    assert found[2] == content


@pytest.mark.parametrize("kind", EN_KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The mayor said "we are ready" and that the roads would be cleared by noon.', "we are ready"),
        ('She said "the bridge is safe," adding that inspections would continue.', "the bridge is safe,"),
        ('The chairman said "we will appeal." The club declined to comment.', "we will appeal."),
    ],
)
def test_a_quotation_closed_by_its_own_mark_or_a_coordinator_stays_direct(kind: str, text: str, content: str) -> None:
    assert cue_records(kind, text)[0][2] == content
