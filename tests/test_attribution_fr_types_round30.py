"""French speaker types and speaker resolution (twenty-eighth round, typesfr30, issue 13): the conventions
the integrator decided (a possessive plural of kin, friends, colleagues or lawyers is unnamed individuals;
a definite role with its own complement whose holder the text never names is anonymous; a text an outlet
issued speaks as the outlet) and mechanisms that recur on unseen news (courts and prosecution as bodies,
plural things as documents, a name coordinated with a body, a name after a title in a complement, `ce dernier`
and `celui-ci` taking the last person mentioned, a pronoun taking up a passive's agent). Every sentence
here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, record_of, types_of
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le syndicaliste a été interpellé mardi, ont indiqué ses avocats et sa famille.", "ses avocats et sa famille"),
        ("Selon ses collègues, le chercheur n'avait jamais reçu de menaces.", "ses collègues"),
        ("Leurs proches affirment que les deux marins étaient en bonne santé.", "Leurs proches"),
    ],
)
def test_a_possessive_plural_of_someones_circle_is_anonymous(nlp: Language, text: str, speaker: str) -> None:
    assert types_of(nlp, text, speaker) == ["anonymous"]


def test_a_possessive_singular_lawyer_the_text_names_stays_named(nlp: Language) -> None:
    text = (
        "Le prévenu a reconnu les faits. « Il regrette », a déclaré son avocat à la sortie de l'audience. "
        "Me Lucien Darbois a plaidé la clémence."
    )
    assert types_of(nlp, text, "son avocat") == ["named_person"]


def test_a_role_with_a_place_complement_never_named_is_anonymous(nlp: Language) -> None:
    text = (
        "La maire Irène Talbot a reçu les commerçants lundi. "
        "Le commissaire de Brévanne et le chef des renseignements à Morlaix nient toute bavure policière."
    )
    assert types_of(nlp, text, "Le commissaire de Brévanne et le chef des renseignements à Morlaix") == ["anonymous"]


def test_a_deputy_to_an_office_keeps_the_office_in_the_speaker(nlp: Language) -> None:
    text = (
        "La maire Irène Talbot a reçu les commerçants lundi. "
        "Selon l'adjoint au maire, la fête du port aura bien lieu en juillet."
    )
    assert types_of(nlp, text, "l'adjoint au maire") == ["anonymous"]


def test_a_role_with_a_complement_the_text_names_stays_named(nlp: Language) -> None:
    text = (
        "Le commissaire de Brévanne, Jacques Morin, a reçu les familles. "
        "Le commissaire de Brévanne a affirmé que l'enquête avançait."
    )
    assert types_of(nlp, text, "Le commissaire de Brévanne") == ["named_person"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Un documentaire de la BBC dénonce les conditions de détention dans le pays.", "Un documentaire de la BBC"),
        (
            "Selon la parution du lundi 3 mars du quotidien Le Progrès, le dossier est vide.",
            "du quotidien Le Progrès",
        ),
        (
            "Un article paru le 4 mars dans le journal Libération affirme que la police a menti.",
            "Un article",
        ),
    ],
)
def test_a_text_an_outlet_issued_speaks_as_the_outlet(nlp: Language, text: str, speaker: str) -> None:
    assert types_of(nlp, text, speaker) == ["media"]


def test_a_legal_article_of_a_code_stays_a_document(nlp: Language) -> None:
    text = "Selon l'article 12 du Code rural, le propriétaire doit entretenir la haie."
    assert types_of(nlp, text, "l'article 12 du Code rural") == ["document"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Selon l'accusation, le prévenu a détourné deux millions d'euros.", "l'accusation", "institution"),
        (
            "La plus haute juridiction du pays dit que la mesure est contraire à la Constitution.",
            "La plus haute juridiction du pays",
            "institution",
        ),
        ("Selon les calculs réalisés par la mairie, la facture va doubler.", "les calculs", "document"),
    ],
)
def test_courts_prosecution_and_plural_things(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert types_of(nlp, text, speaker) == [kind]


def test_a_name_coordinated_with_a_body_is_a_body(nlp: Language) -> None:
    text = (
        "L'eau du robinet est impropre à la consommation depuis lundi. "
        "L'ARS et Zalvora ont assuré que la situation serait rétablie vendredi. "
        "« Nous faisons le maximum », a déclaré Zalvora."
    )
    assert types_of(nlp, text, "L'ARS et Zalvora") == ["institution"]
    assert types_of(nlp, text, "Zalvora") == ["institution"]


def test_two_people_coordinated_stay_people(nlp: Language) -> None:
    text = "Paul Durand et Marie Roux ont indiqué qu'ils porteraient plainte."
    assert types_of(nlp, text, "Paul Durand et Marie Roux") == ["named_person"]


def test_a_name_after_a_title_in_the_complement_is_the_titles(nlp: Language) -> None:
    text = "Le gouvernement du président Paul Kessan dément toute implication dans les violences."
    assert types_of(nlp, text, "Le gouvernement du président Paul Kessan") == ["institution"]


def test_ce_dernier_takes_the_last_person_mentioned_named_or_not(nlp: Language) -> None:
    text = (
        "Marc Delorme a rencontré le nouveau président de l'association mardi. "
        "Ce dernier a dénoncé des irrégularités dans la gestion des fonds."
    )
    record = record_of(nlp, text, "Ce dernier")
    assert (record.resolved, record.speaker_type) == ("le nouveau président de l'association", "anonymous")
    text = (
        "Le nouveau président de l'association a rencontré Marc Delorme mardi. "
        "Ce dernier a dénoncé des irrégularités dans la gestion des fonds."
    )
    record = record_of(nlp, text, "Ce dernier")
    assert (record.resolved, record.speaker_type) == ("Marc Delorme", "named_person")


def test_celui_ci_split_by_the_tokenizer_is_the_demonstrative(nlp: Language) -> None:
    text = "Le général Idriss Mahamat a reçu un membre de sa famille. Celui-ci estime que le pouvoir doit changer."
    record = record_of(nlp, text, "Celui")
    assert (record.resolved, record.speaker_type) == ("un membre de sa famille", "anonymous")


def test_a_pronoun_takes_up_the_agent_of_a_passive(nlp: Language) -> None:
    text = (
        "« Tout a été fait dans les règles », a affirmé le maire Paul Roux. Une plainte a été déposée par "
        "l'association Transparence locale. Selon elle, les marchés publics ont été truqués."
    )
    record = record_of(nlp, text, "elle")
    assert (record.resolved, record.speaker_type) == ("l'association Transparence locale", "institution")
