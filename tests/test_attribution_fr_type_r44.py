"""French attribution, round 44: speaker type.

Three classes of round 43's "fix first" lists: an administration or public body named by its bare noun
(`le rectorat`, `l'académie`) is an institution; a name holding a glued hyphen or a capitalised function
word (`UFC-Que Choisir`) is one speaker; a document or figure of a medium (`les calculs du magazine`) and a
bare `le site` after an outlet named earlier are media. Every sentence here was written for the tests; the
names are made up.
"""

from __future__ import annotations

import pytest
from attribution_support import types_by_speaker
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le rectorat a indiqué que deux postes seraient créés à la rentrée.", "Le rectorat"),
        ("Selon l'académie, les cours reprendront normalement lundi.", "l'académie"),
        ("L'observatoire a précisé que l'activité sismique restait faible.", "L'observatoire"),
        ("« Les versements reprendront en juin », assure la caisse d'allocations familiales.", None),
        ("Le collège a fait savoir que les élèves seraient accueillis dès 8 heures.", "Le collège"),
    ],
)
def test_bare_body_noun_is_an_institution(fr: Language, text: str, speaker: str | None) -> None:
    found = types_by_speaker(fr, text)
    assert found, text
    if speaker is None:
        assert all(kind == "institution" for kind in found.values())
    else:
        assert found.get(speaker) == "institution"


def test_person_at_a_body_stays_a_person(fr: Language) -> None:
    """The body noun in the complement does not make its agent an institution."""
    found = types_by_speaker(fr, "Un enseignant du collège a raconté que la réunion avait été houleuse.")
    assert found.get("Un enseignant du collège") == "anonymous"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("L'UFC-Que Zalvir a annoncé qu'elle porterait plainte contre le fabricant.", "L'UFC-Que Zalvir"),
        ("« Nous irons en justice », a déclaré l'UFC-Que Zalvir.", "l'UFC-Que Zalvir"),
        ("Selon l'UFC Que Zalvir, les tarifs ont augmenté de 12 %.", "l'UFC Que Zalvir"),
    ],
)
def test_name_with_hyphen_and_function_word_is_whole(fr: Language, text: str, speaker: str) -> None:
    found = types_by_speaker(fr, text)
    assert found.get(speaker) == "institution", found


def test_hyphenated_name_is_whole(fr: Language) -> None:
    """The speaker is the whole name, not `Zalvo-` (its type is left to the name's evidence)."""
    found = types_by_speaker(fr, "Selon Zalvo-Matin, le club sera vendu avant l'été.")
    assert "Zalvo-Matin" in found, found


def test_hyphenated_person_name_stays_a_person(fr: Language) -> None:
    found = types_by_speaker(fr, "Jean-Luc Zalvier a affirmé que le club serait vendu avant l'été.")
    assert found.get("Jean-Luc Zalvier") == "named_person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Selon les calculs du magazine, le prix du litre a doublé en un an.", "les calculs du magazine"),
        ("D'après les décomptes de la chaîne, trois cents personnes ont défilé.", "les décomptes de la chaîne"),
        (
            "Le site Zalvopart a publié des courriels. Selon le site, le ministre aurait menti aux députés.",
            "le site",
        ),
    ],
)
def test_outlet_by_its_medium_noun_is_media(fr: Language, text: str, speaker: str) -> None:
    assert types_by_speaker(fr, text).get(speaker) == "media"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no outlet named before: `le site` may be an industrial site or a page
        ("Selon le site, la production reprendra mardi.", "le site"),
        # a document of a body, not of a medium
        ("Selon les calculs de la commission, le prix du litre a doublé.", "les calculs de la commission"),
    ],
)
def test_no_outlet_no_media(fr: Language, text: str, speaker: str) -> None:
    assert types_by_speaker(fr, text).get(speaker) != "media"
