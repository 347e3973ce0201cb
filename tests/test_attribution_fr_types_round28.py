"""French speaker types (twenty-sixth round, typesfr28, issue 13): the conventions the integrator decided
(counted people are anonymous, a corps speaking together is a group, a body's staff and an emergency
service speak as a body, a speech noun's possessor speaks), roles with no name of their own, named
bodies with a capitalised common noun, and outlets by class. Every sentence here was written for the
tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, types_of
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Selon trois riverains, l'eau est montée en moins d'une heure.", "trois riverains", "anonymous"),
        (
            "Selon deux infirmières du service, les gardes de nuit ont doublé.",
            "deux infirmières du service",
            "anonymous",
        ),
        ("Les riverains dénoncent une décision prise sans concertation.", "Les riverains", "group"),
        ("Des grévistes ont affirmé que la direction refusait tout dialogue.", "Des grévistes", "group"),
    ],
)
def test_counted_people_are_individuals_a_class_is_a_group(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert types_of(nlp, text, speaker) == [kind]


def test_members_of_a_body_speak_as_a_group(nlp: Language) -> None:
    text = (
        "Le collectif de défense de la forêt a déposé un recours mardi. "
        "Ses membres estiment que le chantier menace plusieurs espèces protégées."
    )
    assert types_of(nlp, text, "Ses membres") == ["group"]


def test_a_corps_of_a_named_body_speaks_as_that_body(nlp: Language) -> None:
    text = "Les enquêteurs de la brigade financière estiment que le préjudice dépasse deux millions d'euros."
    assert types_of(nlp, text, "Les enquêteurs de la brigade financière") == ["institution"]


def test_an_emergency_service_named_by_its_task_is_an_institution(nlp: Language) -> None:
    assert types_of(nlp, "Selon les sapeurs-pompiers, le feu a été fixé vers minuit.", "les sapeurs-pompiers") == [
        "institution"
    ]
    assert types_of(nlp, "Un pompier a raconté que la fumée était très dense.", "Un pompier") == ["anonymous"]


def test_a_title_whose_holder_the_text_never_names_is_anonymous(nlp: Language) -> None:
    text = (
        "Un artisan de 52 ans comparaissait jeudi pour une fraude aux aides publiques. "
        "« Vous avez menti à l'administration pendant trois ans », a relevé le président."
    )
    assert types_of(nlp, text, "le président") == ["anonymous"]


def test_a_title_names_again_the_person_named_before_it(nlp: Language) -> None:
    text = (
        "Le ministre de l'Agriculture, Paul Vernet, s'est rendu mercredi dans une exploitation du Gers. "
        "« Les aides arriveront avant l'été », a promis le ministre."
    )
    assert types_of(nlp, text, "le ministre") == ["named_person"]


def test_a_role_after_someone_new_was_brought_in_is_that_new_person(nlp: Language) -> None:
    text = (
        "« La digue ne tiendra pas un autre hiver », prévient la maire, Anne Lecoq. "
        "Un pêcheur du port, qui préfère rester anonyme, a vu la mer gagner dix mètres en cinq ans. "
        "L'homme affirme avoir déjà déplacé deux fois son cabanon."
    )
    assert types_of(nlp, text, "L'homme") == ["anonymous"]


def test_a_role_is_not_the_named_subject_of_its_own_sentence(nlp: Language) -> None:
    text = (
        "Marc promène son chien tous les matins près du bois. "
        "Ce samedi, Marc interpelle un homme en gilet orange, mais le chasseur lui répond qu'il n'y a aucun danger."
    )
    assert types_of(nlp, text, "le chasseur") == ["anonymous"]


def test_a_named_body_with_a_capitalised_common_noun(nlp: Language) -> None:
    text = "Deux passeurs ont été interpellés près de la frontière, a annoncé samedi la Garde côtière."
    assert types_of(nlp, text, "la Garde côtière") == ["institution"]


def test_a_demonym_after_autre_names_someone_unnamed(nlp: Language) -> None:
    text = "« On n'a jamais vu une houle pareille », raconte une autre Bretonne, venue constater les dégâts."
    assert types_of(nlp, text, "une autre Bretonne") == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le Frankfurter Allgemeine Zeitung a révélé que le ministre était informé.",
            "Le Frankfurter Allgemeine Zeitung",
        ),
        ("Selon la chaine Al-Manar, les frappes ont visé un entrepôt.", "la chaine Al-Manar"),
    ],
)
def test_outlets_by_class(nlp: Language, text: str, speaker: str) -> None:
    assert types_of(nlp, text, speaker) == ["media"]


def test_the_possessor_of_a_speech_noun_speaks_a_text_keeps_its_type(nlp: Language) -> None:
    speech = "Le scrutin était régulier, selon l'interprétation du gouvernement."
    assert types_of(nlp, speech, "l'interprétation du gouvernement") == ["institution"]
    text = "Le scrutin était régulier, selon le communiqué du gouvernement."
    assert types_of(nlp, text, "le communiqué du gouvernement") == ["document"]
    gazette = "Le nouveau tarif entre en vigueur lundi, selon le Journal officiel."
    assert types_of(nlp, gazette, "le Journal officiel") == ["document"]
