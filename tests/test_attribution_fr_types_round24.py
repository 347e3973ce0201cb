"""French speaker types (twenty-third round): `la même source` after an outlet that relays an unnamed
source is that source. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def test_same_source_after_a_relayed_source_is_that_source(nlp: Language) -> None:
    text = (
        "Trois randonneurs ont été secourus dimanche dans le massif, a rapporté le quotidien régional "
        "Le Courrier citant une source policière. Leur voiture était tombée en panne, indique la même "
        "source, précisant que l'un d'eux était blessé."
    )
    same = [a for a in checked_attributions(nlp, text) if a.speaker == "la même source"]
    assert same
    assert {(a.speaker_type, a.resolved) for a in same} == {("anonymous", "une source policière")}


def test_same_source_after_a_body_is_the_body(nlp: Language) -> None:
    text = "Le pont sera fermé lundi, a annoncé la préfecture. Les travaux dureront un mois, selon la même source."
    same = [a for a in checked_attributions(nlp, text) if a.speaker == "la même source"]
    assert [(a.speaker_type, a.resolved) for a in same] == [("institution", "la préfecture")]
