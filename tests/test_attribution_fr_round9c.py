"""French attribution, ninth round (issue 13): noun cues and lead-ins before a colon, the writer's
own voice that reads like an attribution, and speakers typed through a noun of saying. Every sentence
here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from attribution_support import speaker_contents as contents
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le quotidien a publié son titre : « Le port ferme ses portes ».",
            "Le quotidien",
            "Le port ferme ses portes",
        ),
        (
            "La fédération a donné des détails sur le calendrier :\n\n« La saison reprendra le 4 mars. »",
            "La fédération",
            "La saison reprendra le 4 mars.",
        ),
        (
            "Elle a posté ce message sur son compte : « Merci à tous les bénévoles. »",
            "Elle",
            "Merci à tous les bénévoles.",
        ),
    ],
)
def test_a_lead_in_with_a_noun_of_saying_gives_the_subject_as_speaker(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Il est possible de lire ce message : « Fermé pour travaux. »",
        "La salle a vu la phrase suivante apparaître à l'écran : « Bienvenue à tous. »",
    ],
)
def test_a_lead_in_whose_subject_is_nobody_reports_nothing(nlp: Language, text: str) -> None:
    assert all(speaker is None or speaker.lower() not in ("il", "la salle") for speaker, _ in contents(nlp, text))


def test_an_adjunct_between_the_source_and_the_colon_leaves_the_quotation_as_content(nlp: Language) -> None:
    text = "Comme l'a rappelé la rectrice, lors de la rentrée de septembre : « Aucun poste ne sera supprimé. »"
    assert ("la rectrice", "Aucun poste ne sera supprimé.") in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Contrairement à ce que prétendent certains élus, la piscine n'a jamais fermé.",
        "À l'inverse de ce qu'affirment ses détracteurs, le club a gagné de l'argent cette année.",
    ],
)
def test_contradicting_an_unstated_claim_is_the_writers_voice(nlp: Language, text: str) -> None:
    assert contents(nlp, text) == []


def test_a_reflexive_reconnaitre_is_no_speech(nlp: Language) -> None:
    assert contents(nlp, "Les anciens élèves se reconnaissent aussitôt dans la foule du stade.") == []
    assert ("Il", "le chantier avait pris du retard") in contents(
        nlp, "Il a reconnu que le chantier avait pris du retard."
    )


def test_a_noun_of_saying_is_typed_by_its_source(nlp: Language) -> None:
    text = "Les élus contestent l'affirmation de la Commission européenne selon laquelle les quotas suffisent."
    types = {a.speaker_type for a in found(nlp, text) if "selon" in a.text}
    assert types == {"institution"}


def test_a_reflexive_repeter_is_no_speech(nlp: Language) -> None:
    assert contents(nlp, "Chaque hiver, le même scénario se répète dans les stations de ski.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Droit de grève menacé\n\nLe syndicat a tenu son congrès à Lyon.",
        "C'est ce dont témoigne la hausse des loyers depuis deux ans.",
        "Il n'est pas inutile de rappeler que la ville a déjà connu une crise.",
    ],
)
def test_shapes_of_the_writers_voice_report_nothing(nlp: Language, text: str) -> None:
    assert contents(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Une centaine de médecins ont dénoncé la fermeture du service.",
        "Des milliers d'habitants ont affirmé que l'eau avait été coupée.",
    ],
)
def test_an_approximate_count_of_people_is_a_group(nlp: Language, text: str) -> None:
    assert [a.speaker_type for a in found(nlp, text)] == ["group"]


def test_a_verb_of_finding_gives_no_author_to_a_lead_in(nlp: Language) -> None:
    text = "Le gardien a retrouvé la lettre : « Je reviendrai au printemps. »"
    assert ("Le gardien", "Je reviendrai au printemps.") not in contents(nlp, text)


def test_a_time_phrase_between_the_verb_and_its_colon_keeps_the_quotation(nlp: Language) -> None:
    text = "L'hebdomadaire a rapporté mardi dernier :\n\n« Le musée fermera ses portes en octobre. »"
    assert ("L'hebdomadaire", "Le musée fermera ses portes en octobre.") in contents(nlp, text)
