"""French speaker types (twenty-fourth round, issue 13): a role description whose holder's name follows
after a comma with the holder's own title repeated (`le commandant des pompiers, le colonel X`, `la
directrice, la Dre X`) is that named person; a role apposed to nothing stays unnamed. Every sentence
here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline
from attribution_support import record_of as by_speaker
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Un incendie a ravagé un entrepôt du port dans la nuit. « Le feu est maîtrisé », a déclaré le "
            "commandant des pompiers du département, le colonel Paul Mercier, en fin de matinée.",
            "le commandant des pompiers du département",
        ),
        (
            "Trois nouveaux cas ont été signalés dans la région. « La situation reste sous contrôle », a "
            "assuré la directrice de l'hôpital, la Dre Claire Fontaine, lundi soir.",
            "la directrice de l'hôpital",
        ),
    ],
)
def test_a_role_apposed_to_a_titled_name_is_that_person(nlp: Language, text: str, speaker: str) -> None:
    assert by_speaker(nlp, text, speaker).speaker_type == "named_person"


def test_a_role_followed_by_no_name_stays_anonymous(nlp: Language) -> None:
    text = (
        "Un incendie a ravagé un entrepôt du port dans la nuit. « Le feu est maîtrisé », a déclaré le "
        "commandant des pompiers du département, le matin même, aux journalistes."
    )
    assert by_speaker(nlp, text, "le commandant des pompiers du département").speaker_type == "anonymous"
