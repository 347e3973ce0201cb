"""French speaker types (twenty-second round, b): the head of the speaker's phrase decides. A plural role
noun (`les maires de A, B`) is a group whatever places its complement lists (a counted one, `dix
maires`, is anonymous since round 26); a body's head
(`le cabinet du ministre, X`) keeps the body's type when the name after its complement is the
complement's person; a numeral opening the sentence is no name; a place alone as speaker is its
government; `organisme`, `instance` are bodies. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline
from attribution_support import record_of as by_speaker
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def test_plural_role_with_places_in_its_complement_is_a_group(nlp: Language) -> None:
    text = "« Nous manquons de places », ont déclaré les maires de Nantes, Rouen et Dijon dans une lettre."
    assert by_speaker(nlp, text, "les maires de Nantes").speaker_type == "group"


def test_numeral_opening_the_sentence_is_no_name(nlp: Language) -> None:
    text = "Dix maires de grandes villes ont affirmé que l'État devait agir vite."
    # no name; counted people are unnamed individuals, not a collective (round 26's plural convention)
    assert by_speaker(nlp, text, "Dix maires de grandes villes").speaker_type == "anonymous"


def test_singular_role_with_a_name_stays_a_person(nlp: Language) -> None:
    text = "« Nous manquons de places », a déclaré le maire de Nantes, Paul Durand, lundi."
    assert by_speaker(nlp, text, "le maire de Nantes, Paul Durand").speaker_type == "named_person"


def test_body_with_a_named_minister_in_its_complement_is_the_body(nlp: Language) -> None:
    text = "« La décision est prise », a indiqué le cabinet du ministre de l'Intérieur, Jean Martin."
    assert by_speaker(nlp, text, "le cabinet du ministre de l'Intérieur, Jean Martin").speaker_type == "institution"


@pytest.mark.parametrize("place", ["Québec", "Ottawa"])
def test_place_alone_is_its_government(nlp: Language, place: str) -> None:
    text = f"Les écoles manquent de maîtres à {place}. « Il faut des moyens », a déclaré {place} mardi soir."
    assert by_speaker(nlp, text, place).speaker_type == "institution"


def test_bare_surname_stays_a_person(nlp: Language) -> None:
    text = "« Il faut des moyens », a déclaré Gifford mardi soir."
    assert by_speaker(nlp, text, "Gifford").speaker_type == "named_person"


def test_promotion_body_is_an_institution(nlp: Language) -> None:
    text = "« Les pistes seront ouvertes », a annoncé l'organisme de promotion des stations."
    assert by_speaker(nlp, text, "l'organisme de promotion des stations").speaker_type == "institution"


def test_numeral_share_of_communes_speaks_as_bodies(nlp: Language) -> None:
    # Round 29's convention: a counted plural of bodies (`cinq associations`, `trois des neuf communes`)
    # speaks as an institution; round 23 had typed this share a group.
    text = "Trois des neuf communes riveraines ont exprimé leur opposition au chantier du barrage."
    assert by_speaker(nlp, text, "Trois des neuf communes riveraines").speaker_type == "institution"


def test_establishment_is_an_institution(nlp: Language) -> None:
    text = "« Les soins sont assurés », a précisé l'établissement dans un communiqué."
    assert by_speaker(nlp, text, "l'établissement").speaker_type == "institution"
