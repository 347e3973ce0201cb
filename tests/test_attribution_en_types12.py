"""English speaker types on news of many outlets (round 11b, issue 13): bodies named by their shape,
roles before names, unnamed sources, documents. Sentences written for the test."""

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


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harbour board spokesman Tom Allen said the ferry would sail again on Friday.",
            "Harbour board spokesman Tom Allen",
        ),
        ('"We are nearly done," said park service spokeswoman Jordan Reyes.', "park service spokeswoman Jordan Reyes"),
        ("Fire Chief Dana Wells said the blaze was under control by dawn on Sunday.", "Fire Chief Dana Wells"),
        (
            "Bayside Radio analyst Kim Ortega said the merger would cost hundreds of jobs.",
            "Bayside Radio analyst Kim Ortega",
        ),
    ],
)
def test_a_role_before_a_name_makes_the_speaker_a_named_person(kind: str, text: str, speaker: str) -> None:
    assert typed(kind, text) == [(speaker, "named_person")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Port Authority said the ferry terminal would stay closed until Monday.", "The Port Authority"),
        ("Greenway Foods Ltd said profits fell sharply in the last quarter of the year.", "Greenway Foods Ltd"),
        ("The RTA said buses would run on a reduced timetable all week.", "The RTA"),
        ("Consumer watchdog Fair Deal said the fees were far too high for families.", "Consumer watchdog Fair Deal"),
        ("The union said the strike would go ahead on Monday as planned.", "The union"),
        ("A regional carrier announced that it would cut flights to the islands.", "A regional carrier"),
        ("The agency said river levels would keep rising through the night.", "The agency"),
    ],
)
def test_a_body_is_an_institution_by_its_name_its_acronym_or_its_kind(kind: str, text: str, speaker: str) -> None:
    assert typed(kind, text) == [(speaker, "institution")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokesperson said the bridge would reopen on Sunday after repairs.", "A spokesperson"),
        ("An official of the ministry said the talks had stalled over the weekend.", "An official of the ministry"),
        ("A judge said the sentence would be suspended for two years.", "A judge"),
    ],
)
def test_an_unnamed_role_is_anonymous(kind: str, text: str, speaker: str) -> None:
    assert typed(kind, text) == [(speaker, "anonymous")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_role_the_article_names_elsewhere_is_that_named_person(kind: str) -> None:
    text = (
        "Judge says builders who dump waste in rivers will be jailed\n\n"
        "Judge Mary Quinn said the damage to the river was serious and lasting. "
        "The judge said the fines would double next year."
    )
    got = typed(kind, text)
    assert got == [("Judge", "named_person"), ("Judge Mary Quinn", "named_person"), ("The judge", "named_person")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_bare_title_no_name_goes_with_stays_anonymous(kind: str) -> None:
    text = "Judge says builders who dump waste in rivers will be jailed\n\nThe judge said fines would double next year."
    assert typed(kind, text) == [("Judge", "anonymous"), ("The judge", "anonymous")]


@pytest.mark.parametrize("kind", KINDS)
def test_several_holders_of_a_title_are_a_group(kind: str) -> None:
    assert typed(kind, "The judges said the rules had been broken by both teams.") == [("The judges", "group")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a picture that only shows gives no record since round 29; one that claims is still a document
        ("The video claims that the army withdrew from the town.", "The video"),
        ("The survey found that most tenants paid more than half their income in rent.", "The survey"),
    ],
)
def test_pictures_and_surveys_are_documents(kind: str, text: str, speaker: str) -> None:
    assert typed(kind, text) == [(speaker, "document")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_surname_in_s_opening_a_sentence_is_a_person(kind: str) -> None:
    text = "The side was led by captain Joe Stevens on Monday. Stevens said the pitch was slow and the bounce was low."
    assert typed(kind, text) == [("Stevens", "named_person")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to the Lakeside Herald, the hospital had run out of beds by noon.", "the Lakeside Herald"),
        ("Radio Kestrel said the ferry would not sail until the storm had passed.", "Radio Kestrel"),
        (
            "Public broadcaster Radio Kestrel reported that the tower had been damaged.",
            "Public broadcaster Radio Kestrel",
        ),
    ],
)
def test_an_outlet_is_media_by_the_words_of_its_name(kind: str, text: str, speaker: str) -> None:
    assert typed(kind, text) == [(speaker, "media")]


@pytest.mark.parametrize("kind", KINDS)
def test_an_outlets_writer_named_after_its_possessive_is_a_named_person(kind: str) -> None:
    text = "The Herald's Anna Price wrote that the council had misled voters about the budget."
    assert typed(kind, text) == [("The Herald's Anna Price", "named_person")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_business_named_in_full_first_keeps_its_type_under_its_short_name(kind: str) -> None:
    text = "Northwind Haulage Ltd. closed two depots on Monday. Northwind Haulage said the depots lost money for years."
    assert typed(kind, text) == [("Northwind Haulage", "institution")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_surname_written_after_a_given_name_stays_a_person_beside_a_body_of_that_name(kind: str) -> None:
    text = "Dana Merrow founded Merrow Holdings in 1990. Merrow said the firm would double its staff by next spring."
    assert typed(kind, text) == [("Merrow", "named_person")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_full_name_beside_a_body_named_after_that_person_stays_a_person(kind: str) -> None:
    text = "Ann Roe set up the Ann Roe Foundation in 2001. Ann Roe said the charity would open a clinic next year."
    assert typed(kind, text) == [("Ann Roe", "named_person")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_capitalised_label_before_a_bodys_word_is_no_title(kind: str) -> None:
    text = "The Harbour Workers Caucus said the budget would hurt families across the region."
    assert typed(kind, text) == [("The Harbour Workers Caucus", "institution")]
