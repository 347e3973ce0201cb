"""English agentless passives of saying (round 26): a record with no speaker span.

`It was revealed that ...`, `Shareholders were told that ...`, `..., the inquest was told.`: the text
does not name who said it; news attribution annotation counts the words all the same, with no source.
A `by` agent, or an object after `told`, is not this shape.
"""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, pipeline


def records(kind: str, text: str) -> list[tuple[str, str, str, str]]:
    doc = pipeline(kind)(text)
    out = []
    for a in doc._.framing_attributions:
        content = text[a.content_start : a.content_end] if a.content_start is not None else ""
        out.append((a.text, content, a.speaker, a.speaker_type))
    return out


@pytest.mark.parametrize("kind", EN_KINDS)
def test_it_was_revealed_that_reports_the_clause_with_no_source(kind: str) -> None:
    text = "It was revealed on Tuesday that the hospital had cancelled 400 operations since June."
    assert records(kind, text) == [
        ("was revealed", "the hospital had cancelled 400 operations since June", "", "anonymous"),
    ]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_people_told_that_are_listeners_not_speakers(kind: str) -> None:
    text = "Shareholders were told last month that the takeover would be completed by the spring."
    assert records(kind, text) == [
        ("were told", "the takeover would be completed by the spring", "", "anonymous"),
    ]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_postposed_passive_reports_the_clause_before_it(kind: str) -> None:
    text = "The lorry driver had been awake for twenty hours before the crash, the inquest was told."
    assert records(kind, text) == [
        ("was told", "The lorry driver had been awake for twenty hours before the crash", "", "anonymous"),
    ]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_passive_with_an_object_or_no_clause_reports_nothing(kind: str) -> None:
    text = (
        "Staff were told the news by their manager on Friday. "
        "The new timetable was announced in March. "
        "The winners were announced, and the ceremony ended."
    )
    assert records(kind, text) == []


# Verbs of requesting and demanding (round 26): what was asked for is the reported content.


def pairs(kind: str, text: str) -> list[tuple[str, str]]:
    return [(cue, content) for cue, content, _, _ in records(kind, text)]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_asked_for_reports_the_object_and_its_infinitive(kind: str) -> None:
    text = "The prosecutor asked for the hearing to be adjourned until March."
    assert pairs(kind, text) == [("The prosecutor asked for", "the hearing to be adjourned until March")]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_requested_that_reports_the_clause(kind: str) -> None:
    text = "The school has requested that parents collect their children by noon."
    assert pairs(kind, text) == [("The school has requested", "that parents collect their children by noon")]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_demanded_reports_an_object_or_an_infinitive(kind: str) -> None:
    text = "The families demanded an apology from the club. Residents demanded to see the survey."
    assert pairs(kind, text) == [
        ("The families demanded", "an apology from the club"),
        ("Residents demanded", "to see the survey"),
    ]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_source_who_requested_to_speak_freely_requests_nothing(kind: str) -> None:
    text = "An aide, who requested to speak freely about the talks, said the deal was close."
    assert pairs(kind, text) == [
        ("An aide, who requested to speak freely about the talks, said", "the deal was close"),
    ]


# Labelling verbs (round 26): `branded X (as) Y`, `termed X Y`, `labelled X Y`.


@pytest.mark.parametrize("kind", EN_KINDS)
def test_labelling_verbs_report_the_object_and_its_label(kind: str) -> None:
    text = "The union branded the pay offer as an insult to nurses. Critics have labelled the scheme a waste of money."
    assert pairs(kind, text) == [
        ("The union branded", "the pay offer as an insult to nurses"),
        ("Critics have labelled", "the scheme a waste of money"),
    ]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_the_nouns_brand_term_and_label_report_nothing(kind: str) -> None:
    text = "The brand is well known, the term of the contract is five years and the label is green."
    assert pairs(kind, text) == []


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_source_who_requested_anonymity_requests_nothing(kind: str) -> None:
    text = '"The deal is close," said an official who requested anonymity to discuss the talks.'
    cues = [cue for cue, _ in pairs(kind, text)]
    assert len(cues) == 1 and cues[0].startswith("said")
