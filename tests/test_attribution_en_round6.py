"""English attribution, sixth round (issue 13): a verb of thought, wish or stance inside another
speaker's reported words is part of those words, not an attribution of its own, while a verb of
saying there still is one. Sentences written for the test."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, content_of, found

KINDS = EN_KINDS


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "The ferry operator said the town council wants to close the harbour.",
            "The ferry operator",
            "the town council",
        ),
        ("The coach said the players believe the pitch is too wet.", "The coach", "the players"),
    ],
)
def test_a_stance_inside_reported_words_is_no_attribution_of_its_own(
    kind: str, text: str, outer: str, inner: str
) -> None:
    speakers = [s for _, s, _ in found(kind, text)]
    assert outer in speakers
    assert inner not in speakers


@pytest.mark.parametrize("kind", KINDS)
def test_a_verb_of_saying_inside_reported_words_keeps_its_attribution(kind: str) -> None:
    text = "The ferry operator said the town council claimed that the harbour was unsafe."
    attributions = {s: c for _, s, c in found(kind, text)}
    assert attributions.get("the town council") == "that the harbour was unsafe"
    assert "The ferry operator" in attributions


@pytest.mark.parametrize("kind", KINDS)
def test_a_stance_at_the_top_level_is_still_an_attribution(kind: str) -> None:
    text = "The town council believes that the harbour is unsafe."
    assert "the town council" in {s.lower() for _, s, _ in found(kind, text)}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The harbour master is telling sailors that the storm will pass.",
            "The harbour master",
            "that the storm will pass",
        ),
        ("She's hoping the ferry will run again by May.", "She", "the ferry will run again by May"),
        ("They've argued that the bridge needs repairs.", "They", "that the bridge needs repairs"),
    ],
)
def test_a_progressive_or_a_contracted_auxiliary_keeps_the_verb(
    kind: str, text: str, speaker: str, content: str
) -> None:
    assert content_of(kind, text, speaker) == content


@pytest.mark.parametrize("kind", KINDS)
def test_a_possessive_before_a_participle_is_no_auxiliary(kind: str) -> None:
    assert found(kind, "The captain's saying is printed on the wall.") == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Most of the fishermen said they want a new harbour wall.",
            "Most of the fishermen",
            "they want a new harbour wall",
        ),
        ('"The tide is too high," the pilot said when asked about the delay.', "the pilot", '"The tide is too high,"'),
    ],
)
def test_a_verb_soon_after_said_does_not_make_said_a_noun(kind: str, text: str, speaker: str, content: str) -> None:
    attributions = {s: c for _, s, c in found(kind, text)}
    assert any(speaker.endswith(s) or s.endswith(speaker) for s in attributions), attributions
    assert any(content.strip('",') in c for c in attributions.values()), attributions


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Roughly two in three said they would take the ferry.", "Roughly two in three", "they would take the ferry"),
        ("The harbour master herself said that the pier was closed.", "The harbour master", "that the pier was closed"),
        (
            "The harbour master said, among other things, that the pier was closed.",
            "The harbour master",
            "that the pier was closed",
        ),
        (
            "The harbour master says at a meeting in Hull, England, that the pier is closed.",
            "The harbour master",
            "that the pier is closed",
        ),
    ],
)
def test_proportions_reflexives_and_asides(kind: str, text: str, speaker: str, content: str) -> None:
    attributions = {s: c for _, s, c in found(kind, text)}
    assert any(speaker in s or s in speaker for s in attributions), attributions
    assert content in attributions.values(), attributions


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("About 3 in 10 say they want a longer pier.", "3 in 10", "they want a longer pier"),
        (
            "One pilot says the channel is deep enough, while another says the channel is too shallow.",
            "another",
            "the channel is too shallow",
        ),
    ],
)
def test_a_pronoun_after_say_opens_its_clause(kind: str, text: str, speaker: str, content: str) -> None:
    attributions = {s: c for _, s, c in found(kind, text)}
    assert any(speaker in s for s in attributions), attributions
    assert content in attributions.values(), attributions


@pytest.mark.parametrize("kind", KINDS)
def test_an_incise_before_a_quotation_reports_the_whole_sentence(kind: str) -> None:
    text = 'The old lighthouse, the keeper said, "is worth saving" for the town.'
    assert content_of(kind, text, "the keeper") == 'The old lighthouse, the keeper said, "is worth saving" for the town'


@pytest.mark.parametrize("kind", KINDS)
def test_a_question_before_the_incise_is_the_reporters_and_the_answer_is_kept(kind: str) -> None:
    text = 'Asked about the storm, the keeper said, "We are ready."'
    cues = [cue for cue, _, _ in found(kind, text)]
    assert "Asked" not in cues and any("said" in cue for cue in cues), cues  # round 29: no record for the question


@pytest.mark.parametrize("kind", KINDS)
def test_a_one_word_opening_before_an_incise_is_part_of_what_was_said(kind: str) -> None:
    text = "Overall, the keeper said, the lighthouse is in good repair."
    assert content_of(kind, text, "the keeper") == "Overall, the keeper said, the lighthouse is in good repair"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The keeper went on to say that the lamp needed a new lens.",
        "The keeper took to Twitter to say that the lamp needed a new lens.",
    ],
)
def test_a_verb_of_going_on_before_to_makes_the_infinitive_speech(kind: str, text: str) -> None:
    assert content_of(kind, text, "The keeper") == "that the lamp needed a new lens"


@pytest.mark.parametrize("kind", KINDS)
def test_an_intention_before_to_stays_no_speech_of_its_own(kind: str) -> None:
    cues = [cue for cue, _, _ in found(kind, "The keeper plans to say that the lamp is fine.")]
    assert not any(cue.endswith("to say") for cue in cues), cues


@pytest.mark.parametrize("kind", KINDS)
def test_a_document_saying_reports_its_clause(kind: str) -> None:
    text = "The ferry company released a letter saying it would stop the night crossings."
    contents = [c for _, _, c in found(kind, text)]
    assert "it would stop the night crossings" in contents, contents
