"""French speaker types and speaker resolution (twenty-ninth round, typesfr31, issue 13): the conventions
the integrator decided (a counted or definite plural of bodies and a court's officers speak as institutions;
the staff of a named outlet speak as the outlet) and mechanisms that recur on unseen news. Every sentence
here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, types_of
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Quatre associations de riverains dénoncent un projet de rocade.", "Quatre associations de riverains"),
        ("Selon trois syndicats d'enseignants, la réforme sera contestée.", "trois syndicats d'enseignants"),
        ("Les syndicats ont affirmé mardi que la grève serait reconduite.", "Les syndicats"),
        ("Deux partis d'opposition ont dénoncé une fraude massive.", "Deux partis d'opposition"),
    ],
)
def test_a_counted_or_definite_plural_of_bodies_is_an_institution(nlp: Language, text: str, speaker: str) -> None:
    assert types_of(nlp, text, speaker) == ["institution"]


def test_a_pronoun_taking_up_counted_bodies_is_an_institution(nlp: Language) -> None:
    text = "Cinq collectifs de locataires ont saisi la justice. Ils rappellent que les loyers ont doublé en dix ans."
    assert types_of(nlp, text, "Ils") == ["institution"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Selon des ONG, la situation humanitaire se dégrade.", "des ONG", "group"),
        ("Des habitants ont affirmé que l'eau était coupée depuis lundi.", "Des habitants", "group"),
        ("Plusieurs manifestants ont déclaré qu'ils reviendraient samedi.", "Plusieurs manifestants", "group"),
    ],
)
def test_indefinite_plurals_keep_their_type(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert types_of(nlp, text, speaker) == [kind]


def test_a_courts_officers_in_the_plural_speak_as_the_court(nlp: Language) -> None:
    text = "Les juges d'instruction du pôle financier du tribunal de Lyon ont annoncé qu'ils clôturaient l'enquête."
    speaker = "Les juges d'instruction du pôle financier du tribunal de Lyon"
    assert types_of(nlp, text, speaker) == ["institution"]


def test_judges_without_a_court_are_a_collective(nlp: Language) -> None:
    text = "Les magistrats affirment qu'ils manquent de moyens depuis des années."
    assert types_of(nlp, text, "Les magistrats") == ["group"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Selon le photographe de l'AFP, les tirs ont duré une heure.", "le photographe de l'AFP"),
        ("Selon un correspondant de Reuters à Nairobi, le bilan s'alourdit.", "un correspondant de Reuters"),
    ],
)
def test_the_staff_of_a_named_outlet_is_the_outlet(nlp: Language, text: str, speaker: str) -> None:
    assert types_of(nlp, text, speaker) == ["media"]


def test_a_journalist_of_an_unnamed_newsroom_stays_anonymous(nlp: Language) -> None:
    text = "Un journaliste de la rédaction a déclaré qu'il avait été menacé."
    assert types_of(nlp, text, "Un journaliste de la rédaction") == ["anonymous"]


def test_a_role_then_a_two_word_name_is_named_whatever_the_recogniser_tags(nlp: Language) -> None:
    text = "A ses côtés, l'ancien bâtonnier Chawki Tabib précise alors : « Nous ne céderons pas. »"
    assert types_of(nlp, text, "l'ancien bâtonnier Chawki Tabib") == ["named_person"]
