"""French attribution, round 43: speaker type. A mention that holds a person's name is `named_person`.

The class recurred in the held-out cause tables of rounds 39 to 42: a bare full name the recogniser calls
a body, apposed to a role (`X Y Z, directeur de campagne de ...`), and a role whose complement is closed
by a given name and its surname (`le procureur de la République de Brest Paul Roux-Martin`). Every
sentence here was written for the tests; the names are made up.
"""

from __future__ import annotations

import pytest
from attribution_support import types_by_speaker
from spacy.language import Language


def test_full_name_apposed_to_a_role_is_a_person(fr: Language) -> None:
    text = (
        "« Les résultats ont été manipulés dans plusieurs préfectures », a dénoncé jeudi soir Fodéba "
        "Sankhon Dramé, porte-parole de la coalition des candidats de l'opposition."
    )
    found = types_by_speaker(fr, text)
    assert any(speaker.startswith("Fodéba") and kind == "named_person" for speaker, kind in found.items())


def test_role_closed_by_a_given_name_is_a_person(fr: Language) -> None:
    text = (
        "Une information judiciaire a été ouverte pour pollution, a indiqué le procureur de la République "
        "de Brest Paul Roux-Martin."
    )
    found = types_by_speaker(fr, text)
    assert any(speaker.startswith("le procureur") and kind == "named_person" for speaker, kind in found.items())


@pytest.mark.parametrize(
    ("text", "prefix", "kind"),
    [
        ("Aucune décision n'a été prise, selon l'entourage du maire Paul Roux.", "l'entourage", "anonymous"),
        ("Le chantier reprendra lundi, a indiqué la direction de l'hôpital Paul Roux.", "la direction", "institution"),
    ],
)
def test_name_in_the_complement_is_not_the_speakers(fr: Language, text: str, prefix: str, kind: str) -> None:
    """The name belongs to the complement's person or body: the speaker stays unnamed, or a body."""
    found = types_by_speaker(fr, text)
    assert any(speaker.startswith(prefix) and found_kind == kind for speaker, found_kind in found.items())
