"""English speakers and their types without a trained model (round 39), on both English pipelines.

The rule-based pipeline has no parser and no entity recogniser, so it finds a subject and tells a name
from a body by shape. Round 39 adds shapes seen in local and regional news: a verb in the present
coordinated with an earlier one (`X keeps sheep and says`), an acronym joined by an ampersand (`T&N`),
an age between commas before
a relative aside (`Tom Hale, 53, who lives ...,`), a clause that ends on a list of days before a
participle (`... on Friday, Sunday and Tuesday, saying`), and a restrictive relative clause closed
by a stray comma (`A woman who lives nearby, said:`).
"""

from __future__ import annotations

import pytest
from attribution_support import EN_KINDS, checked_attributions, pipeline


def record(kind: str, text: str, cue_word: str) -> tuple[str, str]:
    """(speaker, type) of the one record whose cue holds `cue_word`."""
    found = [a for a in checked_attributions(pipeline(kind), text) if cue_word in a.text]
    assert len(found) == 1, [(a.text, a.speaker, a.speaker_type) for a in found]
    return found[0].speaker, found[0].speaker_type


@pytest.mark.parametrize("kind", EN_KINDS)
def test_present_verb_coordinated_with_says_ends_the_subject(kind: str) -> None:
    text = "Sheep farmer Lena Hartley keeps 400 ewes near the coast and says the drought has halved her flock.\n"
    assert record(kind, text, "says") == ("Sheep farmer Lena Hartley", "named_person")


@pytest.mark.parametrize("kind", EN_KINDS)
def test_pronoun_after_the_coordinated_speaker_resolves_to_the_person(kind: str) -> None:
    text = (
        "Orchard owner Pete Marsh lives outside the town and says the frost came early.\n"
        "He said half of the apple crop was lost.\n"
    )
    found = [a for a in checked_attributions(pipeline(kind), text) if a.text == "He said"]
    assert [(a.resolved, a.speaker_type) for a in found] == [("Orchard owner Pete Marsh", "named_person")]


@pytest.mark.parametrize("kind", EN_KINDS)
def test_title_of_a_body_stays_a_person(kind: str) -> None:
    """A person with `of` and a body's name after it (`Ann Roe of the Harbour Institute`) is no body."""
    text = "The President of the Council said the vote was fair.\n"
    assert record(kind, text, "said")[1] != "institution"


@pytest.mark.parametrize("kind", EN_KINDS)
def test_ampersand_acronym_is_a_body(kind: str) -> None:
    text = "Regional carrier T&N said fares would rise in May.\n"
    assert record(kind, text, "said") == ("Regional carrier T&N", "institution")


def test_ampersand_acronym_alone_is_a_body_without_a_model() -> None:
    text = "Harbour officials met on Monday. Later, K&W insisted that the port would reopen.\n"
    assert record("en-rules", text, "insisted") == ("K&W", "institution")


@pytest.mark.parametrize("kind", EN_KINDS)
def test_age_between_commas_before_a_relative_aside(kind: str) -> None:
    text = (
        "Bus driver Tom Hale, 53, who lives in the Vale district to the east of the city, said he was "
        "forced to leave home early.\n"
    )
    assert record(kind, text, "said") == ("Bus driver Tom Hale", "named_person")


@pytest.mark.parametrize("kind", EN_KINDS)
def test_list_of_days_is_no_opening_time_phrase(kind: str) -> None:
    text = (
        "The drivers union called off stoppages set for Friday, Sunday and Tuesday, saying that the "
        "company had backed down.\n"
    )
    assert record(kind, text, "saying") == ("The drivers union", "institution")


@pytest.mark.parametrize("kind", EN_KINDS)
def test_opening_time_phrase_still_skipped(kind: str) -> None:
    text = "Hours later, the mayor posted a video, saying the roads were closed.\n"
    assert record(kind, text, "saying")[0] == "the mayor"


@pytest.mark.parametrize("kind", EN_KINDS)
def test_restrictive_relative_closed_by_a_stray_comma(kind: str) -> None:
    text = 'A woman who works at the garden centre, said: "We were never told the road would shut."\n'
    assert record(kind, text, "said") == ("A woman", "anonymous")


@pytest.mark.parametrize("kind", EN_KINDS)
def test_relative_aside_between_commas_unchanged(kind: str) -> None:
    text = 'The man, who lives on Mill Road, said: "The bins will stink."\n'
    assert record(kind, text, "said") == ("The man", "anonymous")


@pytest.mark.parametrize("kind", EN_KINDS)
def test_person_of_a_body_stays_a_named_person(kind: str) -> None:
    """Why a body's name cut at `of` is not typed from its last word: the name before `of` is a person's."""
    text = 'The rule "will cost jobs," said Ann Roe of the Harbour Policy Institute.\n'
    assert record(kind, text, "said")[1] == "named_person"
