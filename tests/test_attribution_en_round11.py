"""English attribution, eleventh round (issue 13): quotations and reports on unseen news of several
outlets (court reports, wire copy, local papers). Sentences written for the test."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, TRAINED_EN, found, pipeline, quotation_pipeline

KINDS = EN_KINDS


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The court heard the driver had been drinking before the crash.",
            "The court heard",
            "the driver had been drinking before the crash",
        ),
        (
            "The inquest heard that the boy had complained of headaches for weeks.",
            "The inquest heard",
            "the boy had complained of headaches for weeks",
        ),
        ("The jury was told the money was never repaid.", "The jury was told", "the money was never repaid"),
        ("It heard she had left the flat before midnight.", "It heard", "she had left the flat before midnight"),
    ],
)
def test_what_a_court_heard_is_said_by_someone_the_sentence_does_not_name(
    kind: str, text: str, cue: str, content: str
) -> None:
    got = found(kind, text)
    assert got == [(cue, "", content)]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The court heard evidence from his mother.",
        "Residents heard a loud bang before the roof fell.",
        "The jury was told to ignore the remark.",
    ],
)
def test_hearing_evidence_a_noise_or_an_order_reports_nothing(kind: str, text: str) -> None:
    assert found(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_quantifier_after_the_verb_is_the_speaker(kind: str) -> None:
    text = '"The bus never came," said one commuter. "We waited an hour in the snow," added another.'
    got = found(kind, text)
    assert ("added another", "another") in [(cue, speaker) for cue, speaker, _ in got]


@pytest.mark.parametrize("kind", KINDS)
def test_two_sources_joined_by_and_are_one_subject(kind: str) -> None:
    text = "Dozens of workers blocked the gates of the plant on Monday, an official and a union organiser said."
    [(cue, speaker, content)] = found(kind, text)
    assert (cue, content) == (
        "an official and a union organiser said",
        "Dozens of workers blocked the gates of the plant on Monday",
    )
    # the parse gives its subject's head phrase; without one, the walk keeps both sources
    assert speaker == ("an official" if kind == "en-trained" else "an official and a union organiser")


@pytest.mark.parametrize("kind", KINDS)
def test_a_participle_opening_the_sentence_speaks_for_the_subject_after_its_comma(kind: str) -> None:
    text = 'Blaming a "sharp fall" in orders from Asia, the boat builder Harland Marine is closing its yard.'
    got = found(kind, text)
    assert got == [("Blaming", "the boat builder Harland Marine", 'a "sharp fall" in orders from Asia')]


@pytest.mark.parametrize("kind", KINDS)
def test_by_default_a_quotation_after_its_cue_sentence_runs_on_with_the_first(kind: str) -> None:
    text = '"We open at nine," the librarian said. "The children come first and the queue forms early."'
    got = found(kind, text)
    assert len(got) == 1
    assert got[0][2].startswith("We open at nine") and got[0][2].endswith("the queue forms early.")


@pytest.mark.parametrize("kind", KINDS)
def test_with_the_optional_lexicon_a_quotation_after_its_cue_sentence_floats_on_its_own(kind: str) -> None:
    if kind == "en-trained":
        pytest.importorskip(TRAINED_EN)
    text = '"We open at nine," the librarian said. "The children come first and the queue forms early."'
    doc = quotation_pipeline(kind)(text)
    got = [(a.rule, a.speaker, text[a.content_start : a.content_end]) for a in doc._.framing_attributions]
    assert got == [
        ("subject_verb", "the librarian", "We open at nine,"),
        ("floating", "the librarian", "The children come first and the queue forms early."),
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_with_the_optional_lexicon_a_quotation_split_by_its_cue_is_still_one(kind: str) -> None:
    if kind == "en-trained":
        pytest.importorskip(TRAINED_EN)
    text = '"We open at nine," the librarian said, "and the children come first."'
    doc = quotation_pipeline(kind)(text)
    assert len(doc._.framing_attributions) == 1
    a = doc._.framing_attributions[0]
    assert text[a.content_start : a.content_end].endswith("the children come first.")


@pytest.mark.parametrize("kind", KINDS)
def test_a_business_named_with_a_possessive_is_the_subject_of_said(kind: str) -> None:
    text = "Harrow's said its bakeries would stay open through the holidays."
    got = found(kind, text)
    assert got == [("Harrow's said", "Harrow's", "its bakeries would stay open through the holidays")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_possessive_before_a_noun_that_looks_like_a_verb_is_still_no_subject(kind: str) -> None:
    assert found(kind, "The editor's notes were lost in the move.") == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    ["The coach has called up two young wingers for the match.", "The union called off the strike on Friday."],
)
def test_calling_up_or_off_is_no_speech(kind: str, text: str) -> None:
    assert found(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
def test_with_the_optional_lexicon_claims_that_give_nobody_a_voice_are_left_out(kind: str) -> None:
    if kind == "en-trained":
        pytest.importorskip(TRAINED_EN)
    text = (
        "The council seemed ready to drop the levy. "
        "Asked whether she would run again, the mayor said she had not decided."
    )
    assert "evidential" in [a.rule for a in pipeline(kind)(text)._.framing_attributions]  # by default: a claim
    doc = quotation_pipeline(kind)(text)
    got = [(a.text, a.speaker, text[a.content_start : a.content_end]) for a in doc._.framing_attributions]
    assert got == [("the mayor said", "the mayor", "she had not decided")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_second_speech_joined_by_but_and_a_pronoun_ends_the_first(kind: str) -> None:
    text = "The coach admitted that his side had been outplayed but he promised to win the next match."
    got = [(cue, content) for cue, _, content in found(kind, text)]
    assert ("The coach admitted", "that his side had been outplayed") in got
    assert ("he promised", "to win the next match") in got
