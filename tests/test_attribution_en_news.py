"""English news shapes (issue 13), on both English paths: trailing material after the cue, quotations
carried on past their cue, incises inside a sentence, postposed `according to`, participles without
`that`, newswire quotation marks. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, pipeline

from framing.quotes import find_quotations

KINDS = EN_KINDS


def contents(kind: str, text: str) -> list[tuple[str, str]]:
    """(cue, content) of every attribution, with the offsets checked against the text."""
    doc = pipeline(kind)(text)
    out = []
    for a in doc._.framing_attributions:
        assert text[a.start : a.end] == a.text
        assert a.content_start is not None and a.content_end is not None
        out.append((a.text, text[a.content_start : a.content_end]))
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_trailing_material_after_the_verb_is_not_the_content(kind: str) -> None:
    text = '"The bridge will reopen in May," the mayor said in a statement on Monday.\n\nTraffic was light.'
    assert contents(kind, text) == [("the mayor said", "The bridge will reopen in May,")]


@pytest.mark.parametrize("kind", KINDS)
def test_clause_before_an_incise_with_trailing_material(kind: str) -> None:
    text = "The tariffs will hurt farmers first, the senator told reporters at the briefing."
    assert contents(kind, text) == [("the senator told", "The tariffs will hurt farmers first")]


@pytest.mark.parametrize("kind", KINDS)
def test_quotation_carried_on_after_its_cue_in_the_same_paragraph(kind: str) -> None:
    text = '"We lost the vote," Ms. Alvarez said after the count. "We will try again in the spring."\n\nShe left.'
    ((cue, content),) = contents(kind, text)
    assert cue == "Ms. Alvarez said"
    assert content.startswith("We lost the vote") and content.endswith("again in the spring.")


@pytest.mark.parametrize("kind", KINDS)
def test_quotation_split_by_its_cue(kind: str) -> None:
    text = '"The plant is safe," he said, "and the inspectors agree with us."'
    ((_, content),) = contents(kind, text)
    assert content.startswith("The plant is safe") and content.endswith("agree with us.")


@pytest.mark.parametrize("kind", KINDS)
def test_a_quotation_with_its_own_cue_is_not_carried_on(kind: str) -> None:
    text = '"The plant is safe," he said. "That is not true," a neighbour replied.'
    assert contents(kind, text) == [("he said", "The plant is safe,"), ("a neighbour replied", "That is not true,")]


@pytest.mark.parametrize("kind", KINDS)
def test_incise_inside_the_sentence(kind: str) -> None:
    text = "So the timing matters, analysts said, for a party that needs every vote."
    ((cue, content),) = contents(kind, text)
    assert cue == "analysts said"
    assert content.startswith("So the timing matters") and content.endswith("needs every vote")


@pytest.mark.parametrize("kind", KINDS)
def test_postposed_according_to_with_a_long_source(kind: str) -> None:
    text = "The agency runs its own network, according to people familiar with the system who asked not to be named."
    ((cue, content),) = contents(kind, text)
    assert cue.startswith("according to people")
    assert content == "The agency runs its own network"


@pytest.mark.parametrize("kind", KINDS)
def test_according_to_inside_the_sentence(kind: str) -> None:
    text = "For the governor, according to two aides, the speech is a test of his standing."
    ((_, content),) = contents(kind, text)
    assert content.startswith("For the governor") and content.endswith("test of his standing")


@pytest.mark.parametrize("kind", KINDS)
def test_participle_without_that(kind: str) -> None:
    text = "The candidate apologized on Tuesday, saying the remark was a mistake."
    assert contents(kind, text) == [("saying", "the remark was a mistake")]


@pytest.mark.parametrize("kind", KINDS)
def test_colon_lead_in_stays_out_of_the_quotation(kind: str) -> None:
    text = 'The senator was blunt: "Nobody reads these reports," she wrote.'
    assert contents(kind, text) == [("she wrote", "Nobody reads these reports,")]


def test_doubled_apostrophes_are_quotation_marks() -> None:
    text = "''We will win,'' she said. It isn''t over. ''He can't 'lose,''' he added."
    assert [text[q.start : q.end] for q in find_quotations(text)] == ["We will win,", "He can't 'lose,'"]


def test_mixed_curly_and_straight_marks_close_each_other() -> None:
    text = '“We will win," she said. "It is close,” he added.'
    assert [text[q.start : q.end] for q in find_quotations(text)] == ["We will win,", "It is close,"]


def test_straight_quotation_reopened_at_a_new_paragraph() -> None:
    text = 'She said: "The first part ends here.\n\n"The second part goes on," she added.'
    (q,) = find_quotations(text)
    assert text[q.start : q.end].startswith("The first part") and text[q.start : q.end].endswith("goes on,")


@pytest.mark.parametrize("kind", KINDS)
def test_it_as_a_body_speaks_but_a_passive_does_not(kind: str) -> None:
    text = "The Treasury published new figures. It said the deficit had narrowed. It is said that he resigned."
    doc = pipeline(kind)(text)
    a, passive = doc._.framing_attributions
    assert a.text == "It said" and text[a.content_start : a.content_end] == "the deficit had narrowed"
    assert a.speaker_type != "named_person"
    # round 26: an agentless passive is a record with no speaker span (no_source), not `It` speaking
    assert passive.text == "is said" and passive.speaker_start is None


@pytest.mark.parametrize("kind", KINDS)
def test_participle_with_trailing_words_before_that(kind: str) -> None:
    text = "The governor hit back on Friday, saying in a radio interview that the audit was flawed."
    assert contents(kind, text) == [("saying", "that the audit was flawed")]


@pytest.mark.parametrize("kind", KINDS)
def test_initials_do_not_end_the_sentence(kind: str) -> None:
    text = '"The port will stay open," Maria T. Okafor, the harbour master, said at a news conference.'
    assert contents(kind, text) == [
        ("Maria T. Okafor, the harbour master, said", "The port will stay open,"),
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_verbs_of_praise_and_appeal_report_their_object(kind: str) -> None:
    text = "The union praised the agreement. The mayor urged all residents to stay indoors."
    found = contents(kind, text)
    assert [cue for cue, _ in found] == ["The union praised", "The mayor urged"]
    assert found[0][1] == "the agreement"


@pytest.mark.parametrize("kind", KINDS)
def test_document_seen_by_an_outlet_is_the_speaker(kind: str) -> None:
    doc = pipeline(kind)("Emails obtained by the Guardian show the firm knew of the flaw in 2020.")
    (a,) = doc._.framing_attributions
    assert a.speaker.startswith("Emails") and a.speaker_type == "document"


@pytest.mark.parametrize("kind", KINDS)
def test_words_in_a_noun_slot_are_no_verbs(kind: str) -> None:
    text = (
        "Editor's note: the figures were revised. The court heard filings by states that want the rule. "
        'She said the plan she backed as Secretary of State "worked."'
    )
    assert [cue for cue, _ in contents(kind, text)] == ["She said"]


@pytest.mark.parametrize("kind", KINDS)
def test_participle_after_a_preposition_is_still_a_cue(kind: str) -> None:
    text = "The mayor angered unions by saying that the depot would close."
    assert contents(kind, text) == [("saying that", "that the depot would close")]


@pytest.mark.parametrize("kind", KINDS)
def test_calling_someone_something_reports_the_object(kind: str) -> None:
    text = "The governor called the audit a political stunt."
    assert contents(kind, text) == [("The governor called", "the audit a political stunt")]
