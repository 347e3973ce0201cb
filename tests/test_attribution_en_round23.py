"""Round 23 (issue 13): English shapes that gave a wrong speaker or hid what was said in quotation
sets from many countries: a participle of telling before `to` and a verb (the noun before it was
told, it did not tell), a source after a spaced hyphen, an inverted `say` incise inside a sentence, a
rule-based subject ending a relative clause, a quoted word in an opening phrase before a quotation
that follows the verb. Sentences written for these tests; both English pipelines where they agree."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS as KINDS
from attribution_support import found, pipeline


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "Residents told to leave their homes on Friday were still waiting for buses at noon.",
        "The twelve schools told to close early include two in the northern suburbs.",
        "Farmers urged to cull their herds were angry at the meeting on Monday.",
    ],
)
def test_a_noun_told_to_do_something_is_no_speaker(kind: str, text: str) -> None:
    assert found(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
def test_telling_someone_to_do_something_stays_an_attribution(kind: str) -> None:
    text = "Police told the crowd to go home. The mayor told reporters that the bridge would reopen."
    speakers = [speaker for _, speaker, _ in found(kind, text)]
    assert speakers == ["Police", "The mayor"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_source_after_a_spaced_hyphen_reports_the_words_before_it(kind: str) -> None:
    text = (
        "The schools on the list include three in the capital - Ashby, Kent and Troy - according to "
        "documents seen by the newspaper."
    )
    [(cue, speaker, content)] = found(kind, text)
    assert cue.startswith("according to")
    assert speaker is not None and speaker.startswith("documents")
    assert content == "The schools on the list include three in the capital - Ashby, Kent and Troy"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Lately, says Ms Park, the river has risen faster than anyone expected.",
            "Ms Park",
            "Lately, says Ms Park, the river has risen faster than anyone expected",
        ),
        (
            "Currently, says the fire chief, nobody knows how far the blaze has spread.",
            "the fire chief",
            "Currently, says the fire chief, nobody knows how far the blaze has spread",
        ),
        (
            "And the plan, said Ms Park, who chairs the board, will not survive the winter.",
            "Ms Park",
            "And the plan, said Ms Park, who chairs the board, will not survive the winter",
        ),
    ],
)
def test_an_inverted_say_incise_inside_a_sentence(kind: str, text: str, speaker: str, content: str) -> None:
    assert found(kind, text) == [(f"says {speaker}" if "says" in text else f"said {speaker}", speaker, content)]


@pytest.mark.parametrize("kind", KINDS)
def test_an_inverted_incise_stops_before_the_speakers_role(kind: str) -> None:
    text = "The vote was lost, said Ana Cole, a spokeswoman for the party."
    [(_, speaker, content)] = found(kind, text)
    assert (speaker, content) == ("Ana Cole", "The vote was lost")


@pytest.mark.parametrize("kind", KINDS)
def test_a_quotation_after_an_inverted_incise_is_what_was_said(kind: str) -> None:
    text = 'But, said Ms Park, "I will not give up on this town."'
    [(_, speaker, content)] = found(kind, text)
    assert (speaker, content) == ("Ms Park", "I will not give up on this town.")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A farmer who lost three calves last spring now says the wolves are bolder.", "A farmer"),
        ("Officials who spoke with the paper on Tuesday said the plan had stalled.", "Officials"),
    ],
)
def test_a_subject_before_a_relative_clause_speaks(kind: str, text: str, speaker: str) -> None:
    speakers = [s for _, s, _ in found(kind, text)]
    assert speakers == [speaker]


def test_the_subject_of_a_relative_clause_speaks_for_its_own_verb() -> None:
    text = "Roffman signed a letter that he said was forced on him."
    [(_, speaker, _)] = found("en-rules", text)
    assert speaker == "he"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'Asked about the "reform," the mayor said, "We will see how it works."',
            "the mayor",
            "We will see how it works.",
        ),
        (
            'When pressed on whether she would call the deal "unfair," Ms Park repeated, "It is a bad deal."',
            "Ms Park",
            "It is a bad deal.",
        ),
    ],
)
def test_a_quoted_word_in_an_opening_phrase_gives_way_to_the_quotation_after(
    kind: str, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in [(s, c) for _, s, c in found(kind, text)]
    assert all("unfair" not in c and "reform" not in c for _, s, c in found(kind, text) if s == speaker)


@pytest.mark.parametrize("kind", KINDS)
def test_a_sentence_split_by_its_cue_stays_one_quotation(kind: str) -> None:
    text = 'The "cost is huge," she said, "and nobody has paid it yet."'
    doc = pipeline(kind)(text)
    [a] = doc._.framing_attributions
    assert "cost is huge" in text[a.content_start : a.content_end]
