"""French attribution, round 45: speaker type.

Round 44's "fix first" typing items as classes: a body named by its role, its site, its coalition, its
capitalised office title or its account is an institution; an acronym written with one capital after an
article is a body; a class of unnamed bodies in the definite plural is a group; `selon nos informations`
is anonymous; a headline role without an article is the person the article names with that role. Every
sentence here was written for the tests; the names are made up.
"""

from __future__ import annotations

import pytest
from attribution_support import types_by_speaker, types_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pour la Fnpm, le prix du lait reste trop bas.", "la Fnpm"),
        ("« Les données doivent être effacées », estime la Cnrl.", "la Cnrl"),
    ],
)
def test_acronym_written_with_one_capital_after_an_article_is_a_body(fr: Language, text: str, speaker: str) -> None:
    assert types_of(fr, text, speaker) == ["institution"]


def test_surname_after_an_article_is_not_an_acronym(fr: Language) -> None:
    found = types_by_speaker(fr, "Selon la Schmidt, tout va bien.")
    assert found.get("la Schmidt") != "institution"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Les syndicats ont dénoncé un plan de départs déguisé.", "Les syndicats", "group"),
        ("Selon les associations de riverains, le bruit a doublé.", "les associations de riverains", "group"),
        # named bodies and counted ones keep their type
        (
            "Selon les syndicats Zalvi et Uprol, la grève sera reconduite.",
            "les syndicats Zalvi et Uprol",
            "institution",
        ),
        ("Trois associations ont annoncé qu'elles porteraient plainte.", "Trois associations", "institution"),
    ],
)
def test_unnamed_bodies_in_the_definite_plural_are_a_group(fr: Language, text: str, speaker: str, kind: str) -> None:
    assert types_of(fr, text, speaker) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Selon nos informations, le directeur va quitter ses fonctions.",
        "Le chantier a pris six mois de retard, d'après nos informations.",
    ],
)
def test_our_information_is_an_unnamed_source(fr: Language, text: str) -> None:
    assert types_of(fr, text, "nos informations") == ["anonymous"]
