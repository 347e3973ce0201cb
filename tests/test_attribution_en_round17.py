"""Round 17 (issue 13): English quotations on the default settings. A clause without `that` after
time words or a demonstrative subject, `That's according to X.`, speakers joined by `and`, a participle
after a name and its apposition. Sentences written for these tests; both English pipelines."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS as KINDS
from attribution_support import found


def contents_by(kind: str, text: str, speaker: str) -> list[str]:
    return [c for _, s, c in found(kind, text) if s == speaker]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text, content",
    [
        ("Acme said earlier on Monday it was in talks to sell its mills.", "it was in talks to sell its mills"),
        ("The board said later on Friday there would be no vote.", "there would be no vote"),
        ("Acme says this includes two new mills in the north.", "this includes two new mills in the north"),
        ("Acme says this plan takes three years to finish.", "this plan takes three years to finish"),
    ],
)
def test_a_clause_without_that_after_time_words_or_a_demonstrative(kind: str, text: str, content: str) -> None:
    assert contents_by(kind, text, "Acme" if text.startswith("Acme") else "The board") == [content]


@pytest.mark.parametrize("kind", KINDS)
def test_it_after_time_words_without_an_auxiliary_opens_no_clause(kind: str) -> None:
    text = "Acme said earlier on Monday it mattered to them."
    assert all(c != "it mattered to them" for _, _, c in found(kind, text))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("copula", ["That's", "That is", "This was"])
def test_thats_according_to_reports_the_sentence_before(kind: str, copula: str) -> None:
    first = "Bread prices rose by a fifth over the winter."
    text = f"{first}\n\n{copula} according to new figures from the bakers' guild."
    pronoun = copula.split()[0].removesuffix("'s")
    records = found(kind, text)
    assert [(s, c) for _, s, c in records] == [("new figures from the bakers' guild", f"{first}\n\n{pronoun}")]


@pytest.mark.parametrize("kind", KINDS)
def test_it_is_according_to_is_no_source_for_the_sentence_before(kind: str) -> None:
    text = "The seats were given out in rows. It is according to age."
    assert all("The seats" not in c for _, _, c in found(kind, text))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"We will not cut corners," Ann Lee and Tom Ray said.', "Ann Lee and Tom Ray"),
        (
            '"We will not cut corners," the Minister of Fisheries and Oceans said.',
            "the Minister of Fisheries and Oceans",
        ),
        (
            '"We will not cut corners," Professor Ann Lee from Barts and The London Trust said.',
            "Professor Ann Lee from Barts and The London Trust",
        ),
    ],
)
def test_a_speaker_joined_by_and_after_a_quotation(kind: str, text: str, speaker: str) -> None:
    assert contents_by(kind, text, speaker) == ["We will not cut corners,"]


@pytest.mark.parametrize("kind", KINDS)
def test_and_after_a_verb_and_a_place_joins_no_speakers(kind: str) -> None:
    text = "Ann Lee arrived in Paris and Tom Ray said the plan was ready."
    assert [(s, c) for _, s, c in found(kind, text)] == [("Tom Ray", "the plan was ready")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_participle_after_a_name_and_its_apposition_keeps_the_name(kind: str) -> None:
    text = "Mr Tom Ray, a grower from Kent, described the harvest as poor, saying many growers had lost money."
    saying = [s for cue, s, _ in found(kind, text) if cue == "saying"]
    assert len(saying) == 1 and saying[0].startswith("Mr Tom Ray")


@pytest.mark.parametrize("kind", KINDS)
def test_a_second_speaker_with_a_participle_ends_the_first_content(kind: str) -> None:
    text = "Ferry crews said the sea was rough, with one captain adding that two trips were lost."
    assert [(s, c) for _, s, c in found(kind, text)] == [
        ("Ferry crews", "the sea was rough"),
        ("one captain", "that two trips were lost"),
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_with_and_a_participle_that_reports_no_clause_cuts_nothing(kind: str) -> None:
    text = "Ferry crews said the sea was rough, with waves reaching four metres."
    assert [(s, c) for _, s, c in found(kind, text)] == [
        ("Ferry crews", "the sea was rough, with waves reaching four metres")
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_a_participle_after_a_postposed_speaker_is_that_speakers(kind: str) -> None:
    text = "The ward will reopen, Ann Lee said in a news release, adding that nurses would return."
    assert [(s, c) for _, s, c in found(kind, text)] == [
        ("Ann Lee", "The ward will reopen"),
        ("Ann Lee", "that nurses would return"),
    ]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text", ["This week the keepers are showing off a new foal.", "Few voters showed up at the town hall."]
)
def test_show_off_and_show_up_report_nothing(kind: str, text: str) -> None:
    assert found(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("However they said the ferry would sail.", "they"),
        ("At first it said the ferry would sail.", "it"),
        ("Ann Lee and I said the ferry would sail.", "Ann Lee and I"),
    ],
)
def test_a_subject_pronoun_is_the_whole_speaker(kind: str, text: str, speaker: str) -> None:
    assert [s for _, s, _ in found(kind, text)] == [speaker]


@pytest.mark.parametrize("kind", KINDS)
def test_a_quotation_in_single_marks_before_its_cue(kind: str) -> None:
    for text in ("'The pony was hard to move,' the keeper said.", "‘The pony was hard to move,’ the keeper said."):
        assert [(s, c) for _, s, c in found(kind, text)] == [("the keeper", "The pony was hard to move,")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_quotation_in_single_marks_over_paragraphs_is_one_record_per_paragraph(kind: str) -> None:
    # round 21: each reopened paragraph is a record of its own (floating), the verbs inside none
    text = (
        "The keeper said: 'The pony was hard to move.\n\n"
        "'It was a big animal. I think it was tired.\n\n"
        "'At first it did not want to go, but then it went off.'\n\nThe crowd left."
    )
    assert [(s, c) for _, s, c in found(kind, text)] == [
        ("The keeper", "The pony was hard to move."),
        ("The keeper", "It was a big animal. I think it was tired."),
        ("The keeper", "At first it did not want to go, but then it went off."),
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_apostrophes_and_scare_quotes_open_no_quotation(kind: str) -> None:
    text = "The dogs' bowls and the ‘major’ repairs were late, the keeper said."
    assert [(s, c) for _, s, c in found(kind, text)] == [
        ("the keeper", "The dogs' bowls and the ‘major’ repairs were late")
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_a_closing_mark_opening_a_paragraph_opens_its_quotation(kind: str) -> None:
    text = "The clinic opened on Monday.\n” We want a clinic that works. We will keep it open.” Ruiz said.\n"
    assert [(s, c) for _, s, c in found(kind, text)] == [("Ruiz", "We want a clinic that works. We will keep it open.")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_short_title_in_single_marks_is_no_floating_quotation(kind: str) -> None:
    text = (
        '"We will keep the pier open," Ann Lee said.\n\n'
        "The mayor's column ran under a headline.\n\n'Piers Are Back For Good.'\n"
    )
    assert [(s, c) for _, s, c in found(kind, text)] == [("Ann Lee", "We will keep the pier open,")]
