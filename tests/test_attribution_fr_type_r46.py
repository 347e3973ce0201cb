"""French attribution, round 46: speaker type.

Round 45's "fix first" typing items as classes: a name inside the complement of a source's noun is not the
source's; a role glued to a name holding particles and a role whose phrase closes before an apposed title
and name are that person; a report named by its noun in a marker takes its agent's type; names no person
can bear (digits, hyphenated acronyms, a coordination of acronyms, a hyphenated outlet's name) are bodies
or outlets; a demonstrative or counted plural of bodies right after named bodies is those bodies. Every
sentence here was written for the tests; the names are made up.
"""

from __future__ import annotations

import pytest
from attribution_support import types_by_speaker, types_of
from spacy.language import Language


def test_name_in_the_complement_of_a_source_is_not_the_source(fr: Language) -> None:
    """`une source proche du ministre X, NAME`: the name is the minister's; the source and its take-ups
    stay anonymous."""
    text = (
        "Les fouilles reprendront mardi, a confié une source proche de la ministre des Armées, Lucie Vardenne. "
        "« Nous avons des pistes », a ajouté cette source."
    )
    found = types_by_speaker(fr, text)
    assert found.get("cette source") == "anonymous"
    assert "named_person" not in found.values()


def test_role_glued_to_a_name_with_particles_is_named(fr: Language) -> None:
    text = "Le fonds sera doublé, a annoncé jeudi la présidente du Conseil régional Ursula van der Morten."
    assert types_of(fr, text, "la présidente du Conseil régional Ursula van der Morten") == ["named_person"]


def test_title_and_name_apposed_after_the_speaker_name_it(fr: Language) -> None:
    text = (
        "La ville est sous contrôle, a assuré un commandant de la mission, le colonel tchadien Idriss Mahamat "
        "Saleh. Il a accusé les rebelles de piller les villages."
    )
    found = types_by_speaker(fr, text)
    assert found.get("un commandant de la mission") == "named_person"
    assert found.get("Il") == "named_person"


def test_source_before_an_apposed_title_keeps_its_anonymity(fr: Language) -> None:
    text = "La ville est sous contrôle, a déclaré une source proche de l'état-major, le colonel Idriss Saleh."
    found = types_by_speaker(fr, text)
    assert "named_person" not in found.values()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Selon des informations obtenues par Le Zalvo Républicain, un quotidien régional, l'usine fermera.",
            "media",
        ),
        ("Selon les confidences à un hebdomadaire d'un enquêteur, le réseau était bien organisé.", "anonymous"),
        ("Selon des documents recueillis par la gendarmerie, le maire savait tout.", "institution"),
        ("Selon une indiscrétion du Parisien, la réforme sera repoussée à l'automne.", "media"),
    ],
)
def test_report_noun_in_a_marker_takes_its_agent_type(fr: Language, text: str, kind: str) -> None:
    found = types_by_speaker(fr, text)
    assert kind in found.values()


def test_report_of_a_thing_stays_a_document(fr: Language) -> None:
    """`les éléments de l'enquête`: no agent, no source; the type is unchanged (a document)."""
    found = types_by_speaker(fr, "Selon les éléments de l'enquête, le conducteur roulait trop vite.")
    assert "named_person" not in found.values()


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Selon K312, les poules vivent dans des cages trop petites.", "K312", "institution"),
        ("Le SNPZ-FSX estime que la réforme est brutale.", "Le SNPZ-FSX", "institution"),
        (
            "La FDZX et les JZ du Morvan exigent que les prix soient respectés.",
            "La FDZX et les JZ du Morvan",
            "institution",
        ),
        ("D'après Presse-Zalvie, le maire démissionnera avant l'été.", "Presse-Zalvie", "media"),
    ],
)
def test_names_no_person_can_bear(fr: Language, text: str, speaker: str, kind: str) -> None:
    assert types_of(fr, text, speaker) == [kind]


def test_hyphenated_given_name_stays_a_person(fr: Language) -> None:
    assert types_of(fr, "Jean-Marc Delorme a assuré que le projet avancerait.", "Jean-Marc Delorme") == ["named_person"]


def test_demonstrative_plural_after_named_bodies_is_those_bodies(fr: Language) -> None:
    text = "La grève ne sera suivie ni par la CGTZ ni par FZ-Rail, ont indiqué ces organisations."
    assert types_of(fr, text, "ces organisations") == ["institution"]


def test_definite_plural_with_no_named_body_stays_a_group(fr: Language) -> None:
    assert types_of(fr, "Les syndicats estiment que la réforme est brutale.", "Les syndicats") == ["group"]
