"""French speaker types, sixth round (issue 13): readouts and doctrines as documents, collectives as
groups, nouns that pass the type on to their complement, newspaper titles, a name in brackets.
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def only_type(nlp: Language, text: str) -> tuple[str | None, str]:
    (a,) = found(nlp, text)
    return a.speaker, a.speaker_type


@pytest.mark.parametrize(
    "text",
    [
        "Selon une lecture de Matignon de la rencontre, les deux hommes ont parlé du budget.",
        "Selon les archives du ministère, la décision a été prise en 1962.",
        "Selon la doctrine de l'armée, une riposte doit rester proportionnée.",
        "Selon un projet de communiqué, les ministres veulent doubler l'aide.",
        "Selon les termes de l'accord, les deux pays se consulteront chaque année.",
    ],
)
def test_readouts_records_and_drafts_are_documents(nlp: Language, text: str) -> None:
    assert only_type(nlp, text)[1] == "document"


@pytest.mark.parametrize(
    "text",
    [
        "La classe politique a dénoncé la réforme des retraites.",
        "Selon l'équipe, le chantier coûtera deux fois plus cher.",
        "Une partie de la classe politique a critiqué la réforme.",
        "La grande majorité des économistes estime que la croissance ralentira.",
    ],
)
def test_collectives_of_people_are_groups(nlp: Language, text: str) -> None:
    assert only_type(nlp, text)[1] == "group"


def test_a_part_of_a_body_takes_the_bodys_type(nlp: Language) -> None:
    assert only_type(nlp, "Une partie du gouvernement a jugé que la réforme allait trop loin.")[1] == "institution"


def test_parties_without_a_complement_stay_a_body(nlp: Language) -> None:
    assert only_type(nlp, "Les parties ont annoncé qu'un accord avait été trouvé.")[1] == "institution"


def test_a_newspaper_title_word_closes_an_outlets_name(nlp: Language) -> None:
    assert only_type(nlp, "Le Boston Examiner rapporte que la ville a voté le budget.")[1] == "media"
    assert only_type(nlp, "Selon la Unz Review, le scrutin a été serré.")[1] == "media"


def test_a_role_with_the_name_in_brackets_is_named(nlp: Language) -> None:
    text = "Un spécialiste du climat (le Dr Martin) prévient que les étés seront plus chauds."
    assert only_type(nlp, text)[1] == "named_person"
    text = "Un responsable (ONU) a indiqué que la mission serait prolongée."
    assert only_type(nlp, text)[1] == "anonymous"


def test_a_given_name_closing_a_cut_speaker_is_a_person(nlp: Language) -> None:
    text = (
        "Mardi, la leader du Rassemblement national Marine Le Pen a réclamé l'abandon des sanctions car, "
        "selon elle, elles ne servent à rien."
    )
    types = {a.speaker: a.speaker_type for a in found(nlp, text)}
    assert types.get("elle") == "named_person"
    assert only_type(nlp, "Selon l'hôpital Georges Pompidou, trois patients sont morts.")[1] == "institution"


def test_a_pronoun_after_a_colon_stands_for_the_person_just_introduced(nlp: Language) -> None:
    text = (
        "« Il faut agir », a déclaré la ministre Anne Roux. Depuis 1990, on connaît l'expérience du "
        "professeur Paul Lemaire : il observe que les sols se réchauffent."
    )
    last = found(nlp, text)[-1]
    assert last.speaker == "il" and last.resolved == "Paul Lemaire"


def test_a_name_inside_a_quotation_before_the_colon_does_not_count(nlp: Language) -> None:
    text = (
        "« Il faut agir », a déclaré la ministre Anne Roux. Elle a cité « le rapport de Paul Lemaire » : "
        "elle a ajouté que le budget suivrait."
    )
    last = found(nlp, text)[-1]
    assert last.speaker == "elle" and last.resolved == "la ministre Anne Roux"


def test_a_bodys_name_between_verb_and_inverted_speaker_is_skipped_whole(nlp: Language) -> None:
    text = "« Nous ne céderons pas », a plaidé au Conseil des droits de l'Homme l'ambassadeur français Paul Dumas."
    assert only_type(nlp, text) == ("l'ambassadeur français Paul Dumas", "named_person")
    text = "« Les prix montent », a déclaré à l'AFP un porte-parole."
    assert only_type(nlp, text) == ("un porte-parole", "anonymous")


def test_a_portfolio_after_secretaire_d_etat_stays_in_the_speaker(nlp: Language) -> None:
    text = (
        "Comme l'a expliqué la sous-secrétaire d'État aux Affaires politiques, Anne Morel, lors d'un point "
        "de presse, la décision est prise."
    )
    assert only_type(nlp, text) == ("la sous-secrétaire d'État aux Affaires politiques, Anne Morel", "named_person")


def test_a_participle_after_a_relative_clause_keeps_the_main_speaker(nlp: Language) -> None:
    text = (
        "Les sanctions resteront en place, a déclaré mardi le chancelier Paul Werner, dont le pays préside "
        "cette année le groupe, réaffirmant que « la paix ne se négocie pas sous la menace »."
    )
    first, second = found(nlp, text)
    assert second.rule == "participle" and second.speaker == first.speaker == "le chancelier Paul Werner"
    assert second.speaker_type == "named_person"


@pytest.mark.parametrize(
    "text",
    [
        "Le maire s'est plaint que l'État ne tienne pas ses promesses.",
        "Les riverains protestent que le bruit les empêche de dormir.",
        "La directrice a avancé que le budget serait tenu.",
        "Le rapport atteste que les normes ont été respectées.",
        "Comme le recommande la médecin Claire Vidal, il faut boire souvent.",
        "« C'est une honte », fulmine le député.",
    ],
)
def test_more_verbs_of_saying(nlp: Language, text: str) -> None:
    assert len(found(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Nos droits avancent lentement.",
        "Le chantier avance bien depuis lundi.",
        "Il fulmine dans son bureau depuis le matin.",
    ],
)
def test_avancer_and_fulminer_away_from_speech(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


def test_feminine_inhabitant_nouns_are_groups(nlp: Language) -> None:
    text = "Les Italiennes estiment que la réforme arrive trop tard."
    assert only_type(nlp, text) == ("Les Italiennes", "group")


def test_an_acronym_ending_the_sentence_leaves_its_full_stop_out_of_the_speaker(nlp: Language) -> None:
    text = "« Cela suffit », a déclaré un porte-parole de l'UE. Le débat continue."
    assert only_type(nlp, text) == ("un porte-parole de l'UE", "anonymous")
    text = "« La paix est proche », a déclaré le secrétaire d'État Antony J. Blinken."
    assert only_type(nlp, text)[0] == "le secrétaire d'État Antony J. Blinken"


def test_a_doubled_space_before_an_inverted_speaker(nlp: Language) -> None:
    text = "« Nous avons gagné », a déclaré  l'ancien ministre Paul Durand, à l'issue du sommet."
    assert only_type(nlp, text) == ("l'ancien ministre Paul Durand", "named_person")


def test_proposer_reports_a_proposal_not_an_offer(nlp: Language) -> None:
    (a,) = found(nlp, "Le collectif propose que les négociations reprennent lundi.")
    assert a.speaker == "Le collectif"
    assert found(nlp, "Le collectif propose de reprendre les négociations lundi.") == []  # round 28: an act
    assert found(nlp, "La ville propose de nombreuses activités cet été.") == []
    assert found(nlp, "Le plan proposé par le maire a été adopté.") == []


def test_an_italian_article_inside_a_title_stays_in_the_speaker(nlp: Language) -> None:
    text = "Les pays doivent négocier au plus vite, écrit le chroniqueur du quotidien il Giornale Marco Bellini."
    assert only_type(nlp, text) == ("le chroniqueur du quotidien il Giornale Marco Bellini", "named_person")
    text = "Les pays doivent négocier, écrit le chroniqueur, il le répète souvent."
    assert only_type(nlp, text)[0] == "le chroniqueur"


def test_a_quoted_title_inside_the_subject_keeps_the_whole_phrase(nlp: Language) -> None:
    text = "Le livre « Vivre ensemble » de Marie Dubois explique que la ville change."
    (a,) = found(nlp, text)
    assert (a.speaker, a.speaker_type) == ("Le livre « Vivre ensemble » de Marie Dubois", "document")
    assert text[a.content_start : a.content_end] == "la ville change"
