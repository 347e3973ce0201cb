"""French attribution finding (twenty-sixth round): the integrator's conventions (a noun object of a verb
of saying is what was said, also past a date and a place between commas or after `ne ... que` of
degree; `expliquer/justifier X par Y` reports X par Y; `appelle X à + infinitive` asks for an action and
reports nothing, its coordinated `et dénonce Y` is a record of its own) and the mechanisms behind the
recurring misses: a coordinated second verb tagged a noun, a subject with an apposition before the verb
read as the inverted speaker, agentless passives whose content lies further on (`a été interpellé
alors qu'il`), and an apposed participle read as an incise. Every sentence here was written for the
tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline, speaker_content_pairs
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le syndicat majoritaire a condamné, jeudi soir à Marseille, la décision de fermer le site.",
            "Le syndicat majoritaire",
            "la décision de fermer le site",
        ),
        (
            "La ministre a dénoncé mardi, lors d'une conférence de presse à Lyon, une « dérive » inquiétante.",
            "La ministre",
            "une « dérive » inquiétante",
        ),
        (
            "Les ouvriers reprochent un manque d'investissement à la direction du groupe.",
            "Les ouvriers",
            "un manque d'investissement à la direction du groupe",
        ),
        ("Le prévenu ne reconnaît que partiellement les faits.", "Le prévenu", "partiellement les faits"),
    ],
)
def test_a_noun_object_of_a_verb_of_saying_is_content(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


def test_only_of_the_object_reports_nothing(nlp: Language) -> None:
    assert speaker_content_pairs(nlp, "Le club n'admet que les membres à jour de cotisation.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le préfet a expliqué ce retard par les intempéries de la semaine.",
            "Le préfet",
            "ce retard par les intempéries de la semaine",
        ),
        (
            "La directrice a justifié sa décision par l'urgence de la situation.",
            "La directrice",
            "sa décision par l'urgence de la situation",
        ),
    ],
)
def test_the_explanation_frame_is_reported(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert speaker_content_pairs(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Il a expliqué la situation par téléphone à sa famille.",
        "Il a expliqué le fonctionnement de la machine aux visiteurs.",
        "Le ministre a justifié sa décision.",
    ],
)
def test_no_explanation_frame_without_a_cause(nlp: Language, text: str) -> None:
    assert speaker_content_pairs(nlp, text) == []


def test_an_appeal_for_an_action_is_no_record_but_its_coordinated_verb_is(nlp: Language) -> None:
    text = "Le collectif de riverains appelle les autorités à enquêter sur l'incendie et dénonce les pressions subies."
    assert speaker_content_pairs(nlp, text) == [("Le collectif de riverains", "les pressions subies")]
    text = "L'agence, qui appelle à nouveau la population à se faire vacciner, a publié un bilan."
    assert speaker_content_pairs(nlp, text) == []
    # round 45: a call to act with a noun is no record either (the read sets' notes, 7 of 7 unquoted calls)
    assert speaker_content_pairs(nlp, "Le ministre a appelé à la retenue.") == []


def test_a_coordinated_verb_of_saying_has_its_own_record(nlp: Language) -> None:
    text = "Le maire de la commune revendique sa victoire et dénonce les manœuvres de son adversaire."
    assert speaker_content_pairs(nlp, text) == [
        ("Le maire de la commune", "sa victoire"),
        ("Le maire de la commune", "les manœuvres de son adversaire"),
    ]


def test_a_participle_after_et_stays_with_the_first_verb(nlp: Language) -> None:
    text = "La ministre a annoncé une hausse du budget et précisé que les crédits seraient débloqués en mars."
    pairs = speaker_content_pairs(nlp, text)
    # round 50: the second participle under the one auxiliary is a record of its own, same speaker
    assert any(sp == "La ministre" and "crédits seraient débloqués" in content for sp, content in pairs)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le directeur de l'usine, Paul Martin, annonce la fermeture du site.",
            "Le directeur de l'usine, Paul Martin",
            "la fermeture du site",
        ),
        ("Pierre, un habitant du quartier, évoque une odeur persistante.", "Pierre", "une odeur persistante"),
        (
            "Ce prévenu, détenu à Nouméa depuis un mois, évoque une audition « retirée du dossier ».",
            "Ce prévenu",
            "une audition « retirée du dossier »",
        ),
    ],
)
def test_a_subject_with_an_apposition_is_no_inverted_content(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


def test_a_verbless_statement_before_an_inversion_stays_one(nlp: Language) -> None:
    assert speaker_content_pairs(nlp, "« Le dossier est clos », annonce le maire.") == [
        ("le maire", "Le dossier est clos")
    ]
    assert speaker_content_pairs(nlp, "Une victoire historique, estime le maire.") == [
        ("le maire", "Une victoire historique")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Un homme de 45 ans a été interpellé alors qu'il « roulait à vive allure » dans le centre.",
        "Des peines de prison ferme ont été prononcées hier à l'encontre de deux prévenus : un élu et son adjoint.",
        "La gendarmerie a été alertée vers 22 heures : des cris avaient été entendus près du lac.",
        "Le suspect a été interpellé « dans la foulée » par les gendarmes.",
        "Le gérant, accusé de fraude fiscale durant la crise sanitaire, devait s'expliquer devant le tribunal.",
    ],
)
def test_acts_in_the_passive_and_apposed_participles_report_nothing(nlp: Language, text: str) -> None:
    assert checked_attributions(nlp, text) == []


def test_an_agentless_passive_with_its_clause_stays(nlp: Language) -> None:
    assert speaker_content_pairs(nlp, "Il a été averti mardi que sa candidature serait rejetée.") == [
        ("", "sa candidature serait rejetée")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Le dossier est bouclé », a précisé de son côté dans un communiqué la direction du groupe.",
            "la direction du groupe",
        ),
        ("« C'est une erreur », a estimé de son côté le député.", "le député"),
        ("« Tout est prêt », a assuré le maire.", "le maire"),
    ],
)
def test_an_inverted_speaker_lies_past_the_adverbial_phrase(nlp: Language, text: str, speaker: str) -> None:
    assert [a.speaker for a in checked_attributions(nlp, text)] == [speaker]
