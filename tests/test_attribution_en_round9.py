"""English attribution, ninth round (issue 13): quotations as a quote extractor's reader sees them,
one record per quotation. Sentences written for the test."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, found

KINDS = EN_KINDS


@pytest.mark.parametrize("kind", KINDS)
def test_a_quotation_carried_by_a_verb_and_its_participle_is_reported_once(kind: str) -> None:
    text = 'The mayor explained the delay by saying: "The pipes froze and the crews could not dig."'
    got = found(kind, text)
    assert len(got) == 1
    cue, speaker, content = got[0]
    assert (cue, speaker) == ("The mayor explained", "The mayor")
    assert "The pipes froze and the crews could not dig." in content


@pytest.mark.parametrize("kind", KINDS)
def test_a_nested_claim_that_is_a_small_part_of_the_outer_words_stays(kind: str) -> None:
    text = (
        "The senator said the county had ignored the warnings of its engineers for years before Ruiz "
        "claimed that the bridge was unsafe."
    )
    assert [cue for cue, _, _ in found(kind, text)] == ["The senator said", "Ruiz claimed"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "cue", "subject"),
    [
        (
            'Speaking at a rally in Ohio, the governor attacked the plan, calling it "a tax on farmers."',
            "calling",
            "the governor",
        ),
        ('Hours later, Ruiz posted a statement online, saying she would "never back down."', "saying", "Ruiz"),
        ('Reached by phone, the treasurer defended the audit, calling it "routine."', "calling", "the treasurer"),
        ('Indeed, the senator voted against the levy, saying the county "cannot afford it."', "saying", "the senator"),
        (
            'WASHINGTON (AP) - The mayor vetoed the budget, saying the council "ignored the numbers."',
            "saying",
            "The mayor",
        ),
    ],
)
def test_a_participle_s_speaker_is_the_subject_after_an_opening_phrase(
    kind: str, text: str, cue: str, subject: str
) -> None:
    speakers = [speaker for c, speaker, _ in found(kind, text) if c == cue]
    assert len(speakers) == 1
    assert speakers[0].startswith(subject)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('"Save the library!" the crowd chanted.', "the crowd chanted", "Save the library!"),
        ('The marchers chanted, "Save the library!"', "The marchers chanted", "Save the library!"),
        ('"Keep the ferry running," the petition read.', "the petition read", "Keep the ferry running,"),
        ('The banner read: "No new tolls."', "The banner read", "No new tolls."),
    ],
)
def test_a_verb_of_sound_or_of_a_written_text_reports_a_quotation_beside_it(
    kind: str, text: str, cue: str, content: str
) -> None:
    assert (cue, content) in [(c, words) for c, _, words in found(kind, text)]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The clerk read the bill aloud before the vote.",
        "She yelled at the driver and left.",
        "The fans chanted, and the band played on.",
    ],
)
def test_a_verb_of_sound_or_reading_with_no_quotation_reports_nothing(kind: str, text: str) -> None:
    assert found(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_no_break_space_beside_a_cue_is_read_as_a_space(kind: str) -> None:
    text = (
        "The ferry will run again in May.\n\n"
        "\u201cWe fixed the engines,\u201d she\u00a0told reporters.\n\n"
        "\u201cThe dock is next,\u201d\u00a0added Ana Ruiz.\n\n"
        "The\u00a0mayor said the fares would not rise."
    )
    got = {cue: (speaker, content) for cue, speaker, content in found(kind, text)}
    assert got["she\u00a0told"] == ("she", "We fixed the engines,")
    assert got["added Ana Ruiz"] == ("Ana Ruiz", "The dock is next,")
    assert got["The\u00a0mayor said"] == ("The\u00a0mayor", "the fares would not rise")


@pytest.mark.parametrize("kind", KINDS)
def test_no_break_spaces_next_to_other_spaces_keep_every_offset(kind: str) -> None:
    text = (
        "The ferry will run again.\n\n"
        "\u201cThe dock is next,\u201d\u00a0 added Ana Ruiz.\u00a0\n\n"
        "She\u00a0said the fares \u00a0would rise."
    )
    cues = [cue for cue, _, _ in found(kind, text)]  # found() checks every span against the text
    assert "She\u00a0said" in cues
