"""French attribution, tenth round (issue 13): the type given to a speaker on unseen news. A phrase
that points back (`ce dernier`, `ces derniers`) takes the type of what it points to; nouns of things
are no unidentified persons; a surname alone is a person; a name in the complement of an unnamed
source is someone else's. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def types(nlp: Language, text: str) -> dict[str, str]:
    """speaker as written -> its type, for every attribution found."""
    return {a.speaker or "": a.speaker_type for a in found(nlp, text)}


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Le ministre Paul Martin a reçu les élus jeudi. Ce dernier a déclaré que la réforme était prête.",
            "Ce dernier",
            "named_person",
        ),
        (
            "Les syndicats ont rencontré le préfet. Ces derniers ont estimé que la grève continuerait.",
            "Ces derniers",
            "group",  # round 45: unnamed bodies in the definite plural are a collective (round 29: institution)
        ),
        (
            "Un responsable du port a été entendu par les enquêteurs. Ce dernier a assuré que les grues étaient sûres.",
            "Ce dernier",
            "anonymous",
        ),
    ],
)
def test_a_phrase_pointing_back_takes_the_type_of_its_antecedent(
    nlp: Language, text: str, speaker: str, kind: str
) -> None:
    assert types(nlp, text).get(speaker) == kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("La science du sommeil affirme que les écrans retardent l'endormissement.", "La science du sommeil"),
        ("La législation européenne prévoit que chaque pile soit recyclée.", "La législation européenne"),
    ],
)
def test_a_noun_of_a_thing_is_no_unidentified_person(nlp: Language, text: str, speaker: str) -> None:
    assert types(nlp, text).get(speaker) not in (None, "anonymous")


def test_an_entourage_is_an_unnamed_source(nlp: Language) -> None:
    text = "L'entourage de la maire a assuré que le marché rouvrirait en juin."
    assert {a.speaker_type for a in found(nlp, text)} == {"anonymous"}


def test_a_surname_alone_after_its_verb_is_a_person(nlp: Language) -> None:
    text = "« Nous ne vendrons pas la ferme », affirme Castagnet, qui la tient depuis trente ans."
    assert types(nlp, text).get("Castagnet") == "named_person"


def test_a_fronted_adjective_does_not_hide_a_collective(nlp: Language) -> None:
    text = "Une immense majorité des habitants estime que les trains sont trop chers."
    assert {a.speaker_type for a in found(nlp, text)} == {"group"}


@pytest.mark.parametrize(
    "text",
    [
        "« Le budget est prudent », a assuré l'entourage de la ministre de la Culture Claire Dubois.",
        "« Le calendrier tiendra », a assuré un conseiller du président Marc Lenoir.",
        "« Les chiffres sont solides », a affirmé l'entourage du ministre des Sports Paul Girard.",
    ],
)
def test_a_name_in_the_complement_of_an_unnamed_source_is_someone_else(nlp: Language, text: str) -> None:
    assert {a.speaker_type for a in found(nlp, text)} == {"anonymous"}


def test_a_listed_noun_the_tagger_calls_an_adjective_stays_the_head(nlp: Language) -> None:
    text = "La mission prendra fin en mai, selon le communiqué conjoint publié lundi par les deux ministères."
    assert {a.speaker_type for a in found(nlp, text)} == {"document"}
