"""English speaker types on fresh news (twelfth round, issue 13): one-word names of bodies, names
whose surname is a title's word, title abbreviations, a role before a name after an `of` phrase,
shops named in the genitive, headline roles. Sentences written for the test."""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, pipeline

KINDS = EN_KINDS


def typed(kind: str, text: str) -> list[tuple[str | None, str]]:
    """(speaker, speaker type) of every attribution found in `text`, offsets checked."""
    out = []
    for a in pipeline(kind)(text)._.framing_attributions:
        assert text[a.start : a.end] == a.text
        assert a.speaker_start is None or text[a.speaker_start : a.speaker_end] == a.speaker
        out.append((a.speaker, a.speaker_type))
    return out


def test_a_one_word_name_never_introduced_as_a_person_is_a_body() -> None:
    # rule-based only: with the trained model, a name the recogniser calls a person stays a person's
    text = (
        "The utility Norvolt cut power to the northern suburbs on Monday. Norvolt said the cuts would "
        "last a week. It said repairs were under way."
    )
    assert typed("en-rules", text) == [("Norvolt", "institution"), ("It", "institution")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "Ann Kerwin runs the bakery on the corner. Kerwin said sales were up this year.",
        "Mr Kerwin runs the bakery on the corner. Kerwin said sales were up this year.",
        "Pres. Kerwin opened the bakery on the corner. Kerwin said sales were up this year.",
        "The bakery on the corner is busy. Kerwin said sales were up this year. He added that rents rose.",
        '"Sales are up this year," said Kerwin, the owner of the bakery.',
    ],
)
def test_a_one_word_name_introduced_or_described_as_a_person_stays_a_person(kind: str, text: str) -> None:
    assert typed(kind, text)[0] == ("Kerwin", "named_person")


@pytest.mark.parametrize("kind", KINDS)
def test_a_genitive_name_alone_is_a_shop(kind: str) -> None:
    text = "Harlow’s said sales fell 3 percent in the quarter."
    assert typed(kind, text) == [("Harlow’s", "institution")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "speaker",
    [
        "Lord Alan Judge",
        "Detective Sergeant Mark King",
        "Det Sgt Cole",
        "Dr mwangi",
        "Harbour College School of Marine Studies researcher Professor Ann Roe",
    ],
)
def test_a_name_after_a_title_is_a_person_whatever_its_words(kind: str, speaker: str) -> None:
    assert typed(kind, f"{speaker} said the river was rising fast.") == [(speaker, "named_person")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_title_of_several_words_is_no_name(kind: str) -> None:
    text = "The Deputy Prime Minister said the plan would pass."
    assert typed(kind, text) == [("The Deputy Prime Minister", "anonymous")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_headline_role_is_the_person_the_article_names_with_it(kind: str) -> None:
    named = "Rents will rise again, warns councillor\n\nRents will rise, according to city councillor Ann Roe."
    unnamed = "Rents will rise again, warns economist\n\nRents in the city will rise again, a report found."
    assert typed(kind, named)[0] == ("councillor", "named_person")
    assert typed(kind, unnamed)[0] == ("economist", "anonymous")
