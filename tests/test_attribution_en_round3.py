"""English attribution, third round (issue 13): shapes missed on news written by others, each on
sentences written for the test: a quotation after a comma or a colon that follows trailing material,
a quotation after `X said,` that wins over the clause before the subject, and stance and evidential
cues (`seems to`, `is expected to`) that PolNeAR-style annotation counts as reported claims."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, content_of, found, pipeline

KINDS = EN_KINDS


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        'The senator said at a town hall in Ames, "Nobody here wants another shutdown."',
        'The senator told reporters on Friday: "Nobody here wants another shutdown."',
    ],
)
def test_quotation_after_trailing_material(kind: str, text: str) -> None:
    assert content_of(kind, text, "The senator") == "Nobody here wants another shutdown."


@pytest.mark.parametrize("kind", KINDS)
def test_quotation_after_the_verb_wins_over_an_opening_clause(kind: str) -> None:
    text = 'When the polls closed, Ms. Ferreira said, "We knocked on every door in this county."'
    assert content_of(kind, text, "Ms. Ferreira") == "We knocked on every door in this county."


@pytest.mark.parametrize("kind", KINDS)
def test_incise_between_commas_still_takes_the_clause_around(kind: str) -> None:
    text = "For the mill towns, economists said, the new tariff would bring few jobs back."
    assert content_of(kind, text, "economists") == text.rstrip(".")


def evidentials(kind: str, text: str) -> list[tuple[str, str]]:
    """(cue, content) of the attributions with no speaker found by the evidential rule."""
    doc = pipeline(kind)(text)
    return [
        (a.text, text[a.content_start : a.content_end])
        for a in doc._.framing_attributions
        if a.rule == "evidential" and a.speaker_start is None
    ]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "After the vote, the council seemed ready to drop the levy.",
            "seemed",
            "the council seemed ready to drop the levy",
        ),
        (
            "The two unions appear to have settled their dispute.",
            "appear",
            "The two unions appear to have settled their dispute",
        ),
        (
            "The port authority is expected to approve the lease next week.",
            "is expected",
            "The port authority is expected to approve the lease next week",
        ),
    ],
)
def test_evidential_cue_claims_its_proposition_without_a_speaker(kind: str, text: str, cue: str, content: str) -> None:
    assert evidentials(kind, text) == [(cue, content)]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The band appeared on the late show on Tuesday.",
        "The expected rain never came to the valley.",
        '"It seems to me a fair price," the farmer said.',
    ],
)
def test_no_evidential_for_appearances_adjectives_or_quoted_words(kind: str, text: str) -> None:
    assert evidentials(kind, text) == []


@pytest.mark.parametrize("kind", KINDS)
def test_markup_tag_name_is_no_verb(kind: str) -> None:
    text = 'The governor posted a reply. <tweet author="gov">We will rebuild the bridge.</tweet>'
    assert not [cue for cue, _, _ in found(kind, text) if cue.startswith("<")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The county board wants to hire forty more nurses.", "The county board", "to hire forty more nurses"),
        ("Local growers expect that prices will fall.", "Local growers", "that prices will fall"),
        ("The union sought to delay the vote.", "The union", "to delay the vote"),
    ],
)
def test_stance_verb_with_an_infinitive_or_a_clause(kind: str, text: str, speaker: str, content: str) -> None:
    assert content_of(kind, text, speaker) == content


@pytest.mark.parametrize("kind", KINDS)
def test_stance_verb_without_a_complement_reports_nothing(kind: str) -> None:
    assert found(kind, "The mayor wants a new stadium for the city.") == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The school board has called for smaller classes.", "smaller classes"),
        ('The school board called for more "patience" from parents.', 'more "patience" from parents'),
        ("The school board railed against state testing rules.", "state testing rules"),
    ],
)
def test_phrasal_verb_takes_a_bare_noun_phrase_after_its_preposition(kind: str, text: str, content: str) -> None:
    assert content_of(kind, text, "The school board") == content


@pytest.mark.parametrize("kind", KINDS)
def test_phrasal_verb_before_a_time_phrase_reports_nothing(kind: str) -> None:
    assert found(kind, "The school board called for Monday.") == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The chairman denied wrongdoing in the land deal.", "wrongdoing in the land deal"),
        ("The chairman praised volunteers for their long hours.", "volunteers for their long hours"),
    ],
)
def test_object_verb_takes_a_noun_phrase_without_a_determiner(kind: str, text: str, content: str) -> None:
    assert content_of(kind, text, "The chairman") == content


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("text", ["The chairman denied again.", "The chairman attacked yesterday at dawn."])
def test_object_verb_before_an_adverb_or_a_time_word_reports_nothing(kind: str, text: str) -> None:
    assert found(kind, text) == []


def typed(kind: str, text: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.speaker_type) for a in pipeline(kind)(text)._.framing_attributions if a.speaker]


def test_surname_in_s_opening_a_sentence_is_a_person_without_a_recogniser() -> None:
    text = "Mathers said the plant would stay open. On Friday, Mathers said the deal was done."
    assert typed("en-rules", text) == [("Mathers", "named_person"), ("Mathers", "named_person")]


@pytest.mark.parametrize("kind", KINDS)
def test_party_plural_opening_a_sentence_is_a_group(kind: str) -> None:
    text = "Republicans said the plan would fail. Several Republicans said the vote was rigged."
    assert [t for _, t in typed(kind, text)] == ["group", "group"]


@pytest.mark.parametrize("kind", KINDS)
def test_one_party_member_unnamed_is_anonymous(kind: str) -> None:
    assert typed(kind, "A Vermont Democrat said the vote was rigged.") == [("A Vermont Democrat", "anonymous")]


def test_an_evidential_claim_is_no_anonymous_source_in_the_article_figures() -> None:
    """`X seemed ...` is listed (PolNeAR-style) but gives nobody a voice: a text whose only named source
    is the mayor has every sourced attribution named, not half of them anonymous."""
    from framing.analyse import analyse_article
    from framing.attribution import summarize_attributions
    from framing.types import Article

    text = (
        "After the vote, the council seemed ready to drop the levy. "
        'Mayor Ann Whitfield said the budget would balance "without new taxes."'
    )
    analysis = analyse_article(Article(id="t", text=text, outlet="Test", lang="en"))
    rules = sorted(a.rule == "evidential" for a in analysis.attributions)
    assert rules == [False, True], [(a.text, a.rule) for a in analysis.attributions]
    assert analysis.scores["anonymous_share"] == 0.0
    assert analysis.scores["named_share"] == 1.0
    summary = summarize_attributions(analysis.attributions, analysis.quotes)
    assert summary.attributions == 1 and summary.by_type["anonymous"] == 0
