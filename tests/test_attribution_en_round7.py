"""English attribution, seventh round (issue 13): more cue shapes of US political news that named a
speaker and reported words but produced no attribution. Sentences written for the test."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, found

KINDS = EN_KINDS


def _contents(kind: str, text: str) -> dict[str, str]:
    return {cue: content for cue, _, content in found(kind, text)}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator attacked his rival on Monday, calling him a coward.", "him a coward"),
        ("The union rejected the offer, calling it an insult to the nurses.", "it an insult to the nurses"),
    ],
)
def test_a_participle_after_a_comma_takes_a_pronoun_object(kind: str, text: str, content: str) -> None:
    assert _contents(kind, text).get("calling") == content


@pytest.mark.parametrize("kind", KINDS)
def test_a_participle_of_naming_with_no_object_is_no_attribution(kind: str) -> None:
    text = "The volunteers spent the evening calling in the rain."
    assert "calling" not in _contents(kind, text)


@pytest.mark.parametrize("kind", KINDS)
def test_a_participle_in_an_absolute_phrase_has_the_phrase_as_speaker(kind: str) -> None:
    text = "The survey put the mayor ahead, with 40 percent of likely voters saying they trust her on crime."
    attributions = {cue: (speaker, content) for cue, speaker, content in found(kind, text)}
    assert attributions.get("saying") == ("40 percent of likely voters", "they trust her on crime")


@pytest.mark.parametrize("kind", KINDS)
def test_a_participle_after_and_with_a_clause_is_a_cue(kind: str) -> None:
    text = "She spent the day touring the plant and telling workers that the jobs would stay."
    assert _contents(kind, text).get("telling") == "that the jobs would stay"


@pytest.mark.parametrize("kind", KINDS)
def test_an_absolute_phrase_with_no_clause_is_no_attribution(kind: str) -> None:
    text = "Even with all the counties reporting, the race remained too close to call."
    assert "reporting" not in _contents(kind, text)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mr. Lopez generally backed Democrats during his years at the paper, which fired him in 2019, "
            "and said he did not back the governor.",
            "Mr. Lopez",
            "he did not back the governor",
        ),
        (
            "Ana Ruiz, a former county clerk, became a delegate and said she is leaning toward the senator.",
            "Ana Ruiz",
            "she is leaning toward the senator",
        ),
        (
            "The governor has freed up state funds for the clinics and on Monday announced more money was "
            "being sent to the county.",
            "The governor",
            "more money was being sent to the county",
        ),
    ],
)
def test_a_verb_coordinated_after_a_long_first_clause_keeps_the_opening_subject(
    kind: str, text: str, speaker: str, content: str
) -> None:
    matches = [(s, c) for _, s, c in found(kind, text) if c == content]
    assert matches, found(kind, text)
    assert matches[0][0].startswith(speaker)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The harbour master supported the plan to rebuild the pier.", "supported", "the plan to rebuild the pier"),
        ("Most anglers support the new quota.", "support", "the new quota"),
        ("The nurses' union opposed the contract.", "opposed", "the contract"),
    ],
)
def test_support_and_opposition_are_stances_reported(kind: str, text: str, cue: str, content: str) -> None:
    assert any(c.endswith(cue) and got == content for c, _, got in found(kind, text)), found(kind, text)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "The senator has strong support among farmers.",
        "He continues to draw support from the nurses.",
    ],
)
def test_support_as_a_noun_is_no_attribution(kind: str, text: str) -> None:
    assert not [c for c, _, _ in found(kind, text) if "support" in c]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "verb", "content"),
    [
        ("The county released figures that showed turnout had doubled.", "showed", "turnout had doubled"),
        ("The tenants sent a series of letters that called him a slumlord.", "called", "him a slumlord"),
    ],
)
def test_a_verb_of_saying_in_a_relative_clause_after_that_is_a_cue(
    kind: str, text: str, verb: str, content: str
) -> None:
    assert any(c.endswith(verb) and got == content for c, _, got in found(kind, text)), found(kind, text)


@pytest.mark.parametrize("kind", KINDS)
def test_that_before_a_noun_of_saying_stays_a_determiner(kind: str) -> None:
    text = "The inspector said that report was wrong."
    assert [(c, s) for c, s, _ in found(kind, text)] == [("The inspector said", "The inspector")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Shop owners fear the new parking rules will drive customers away.",
            "fear",
            "the new parking rules will drive customers away",
        ),
        ("Most residents favor a later closing time.", "favor", "a later closing time"),
    ],
)
def test_fear_and_favor_report_a_stance(kind: str, text: str, cue: str, content: str) -> None:
    assert any(c.endswith(cue) and got == content for c, _, got in found(kind, text)), found(kind, text)


@pytest.mark.parametrize("kind", KINDS)
def test_fear_as_a_noun_is_no_attribution(kind: str) -> None:
    assert not found(kind, "There is real fear among shop owners.")


@pytest.mark.parametrize("kind", KINDS)
def test_a_relative_pronoun_is_the_speaker_as_written_with_either_pipeline(kind: str) -> None:
    text = "The harbour master, who said the pier was unsafe, resigned on Friday."
    assert "who" in {speaker for _, speaker, _ in found(kind, text)}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The governor toured the coast on Monday, promising to rebuild the pier.", "promising", "to rebuild the pier"),
        ("The mayor stayed silent, refusing to attack her rival.", "refusing", "to attack her rival"),
    ],
)
def test_a_participle_after_a_comma_reports_its_infinitive(kind: str, text: str, cue: str, content: str) -> None:
    assert _contents(kind, text).get(cue) == content


@pytest.mark.parametrize("kind", KINDS)
def test_a_participle_of_promise_with_no_infinitive_is_no_attribution(kind: str) -> None:
    assert "promising" not in _contents(kind, "The harbour looked promising, the engineers thought.")
