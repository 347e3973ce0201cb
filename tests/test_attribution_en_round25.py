"""English verbs of saying used in another sense: a thing as subject, a figure as object (round 25).

`claim`, `threaten`, `reveal`, `point to`, `add`... have a sense that is no speech when their subject is
a thing (`the storm has claimed ten lives`, `the pest threatens to spread`, `an inspection revealed
cracks`). Such a subject reports nothing unless what follows is a clause or a quotation (`the audit
revealed that ...`); people, names and pronouns keep every reading. `add`, `claim` with an amount or a
count for object (`added 300 jobs`, `claimed a third title`) gain it: no speech.
"""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, pipeline


def records(kind: str, text: str) -> list[tuple[str, str]]:
    doc = pipeline(kind)(text)
    out = []
    for a in doc._.framing_attributions:
        content = text[a.content_start : a.content_end] if a.content_start is not None else ""
        out.append((a.text, content))
    return out


@pytest.mark.parametrize("kind", EN_KINDS)
def test_an_outbreak_that_claims_lives_reports_nothing(kind: str) -> None:
    text = "Rescuers are struggling to contain a flu outbreak that has claimed 14 lives in the district."
    assert records(kind, text) == []


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_pest_that_threatens_leaves_the_content_to_its_source(kind: str) -> None:
    text = "The beetle threatens to destroy the region's pine forests, according to foresters."
    assert records(kind, text) == [
        ("according to foresters", "The beetle threatens to destroy the region's pine forests"),
    ]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_search_or_a_count_that_shows_a_noun_reports_nothing(kind: str) -> None:
    text = (
        "A second inspection revealed cracks in the dam wall. "
        "The recount, which revealed a narrow lead for the mayor, ended on Friday."
    )
    assert records(kind, text) == []


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_thing_that_reveals_a_clause_still_reports_it(kind: str) -> None:
    text = (
        "The audit revealed that the council had overspent by $2 million. Tests revealed the water was safe to drink."
    )
    assert records(kind, text) == [
        ("The audit revealed", "that the council had overspent by $2 million"),
        ("Tests revealed", "the water was safe to drink"),
    ]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_people_and_names_keep_the_noun_object(kind: str) -> None:
    text = "The growers claimed the new rules would ruin them. Mensah pointed to the rising cost of fuel."
    assert records(kind, text) == [
        ("The growers claimed", "the new rules would ruin them"),
        ("Mensah pointed to", "the rising cost of fuel"),
    ]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_an_amount_added_or_a_title_claimed_is_no_speech(kind: str) -> None:
    text = (
        "Kenya claimed a third straight title on Sunday. "
        "Mwangi added a modest 2,000 shillings to the grant. "
        "The factory added 300 jobs last year, the company said."
    )
    assert records(kind, text) == [("the company said", "The factory added 300 jobs last year")]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_figure_in_a_reported_clause_is_still_speech(kind: str) -> None:
    text = "Officials added 40 new cases had been confirmed overnight. She added that 12 more homes would be built."
    assert records(kind, text) == [
        ("Officials added", "40 new cases had been confirmed overnight"),
        ("She added", "that 12 more homes would be built"),
    ]
