"""French attribution, thirty-third round (attrfr33, issue 13): speaker types as the annotation guidelines
define them. An office closed by a capitalised place or body (`le maire de Villiers`, `la ministre de la
Culture`) is a person identified by name only when the article names its holder; otherwise it is an
unnamed individual (anonymous), as every annotated French set of the round's pool types it.
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, types_by_speaker
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le marché couvert restera fermé tout l'hiver, a annoncé le maire de Brion.", "le maire de Brion"),
        (
            "Interrogée par la radio, la ministre de la Culture a expliqué que les musées rouvriraient en mai.",
            "la ministre de la Culture",
        ),
    ],
)
def test_an_office_whose_holder_is_never_named_is_anonymous(nlp: Language, text: str, speaker: str) -> None:
    assert types_by_speaker(nlp, text).get(speaker) == "anonymous", types_by_speaker(nlp, text)


def test_a_pronoun_for_an_unnamed_office_holder_is_anonymous_too(nlp: Language) -> None:
    text = (
        "La ministre de la Culture a annoncé la réouverture des musées en mai. « Le public nous manque », "
        "a-t-elle ajouté."
    )
    assert types_by_speaker(nlp, text).get("elle") == "anonymous", types_by_speaker(nlp, text)


def test_a_mayor_of_another_town_named_before_is_not_the_holder(nlp: Language) -> None:
    text = (
        "Paul Rivière, maire de Lunel, a signé la pétition mardi. Le marché couvert restera fermé tout l'hiver, "
        "a annoncé le maire de Brion."
    )
    assert types_by_speaker(nlp, text).get("le maire de Brion") == "anonymous", types_by_speaker(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same office given a name elsewhere in the article
        "Paul Rivière, maire de Brion, a signé la pétition mardi. Le marché couvert restera fermé tout l'hiver, "
        "a annoncé le maire de Brion.",
        # the person named just before, with no other holder of the title in sight
        "Paul Rivière a été réélu dimanche à Brion. Le marché couvert restera fermé tout l'hiver, a annoncé le "
        "maire de Brion.",
    ],
)
def test_an_office_whose_holder_the_article_names_is_that_person(nlp: Language, text: str) -> None:
    assert types_by_speaker(nlp, text).get("le maire de Brion") == "named_person", types_by_speaker(nlp, text)


def test_an_office_in_the_lede_with_a_person_named_in_the_next_sentence_keeps_its_name(nlp: Language) -> None:
    # issue 13: a role without a name is anonymous unless a name is given nearby; a lede gives the office
    # and the next sentence the person, often under another title
    text = (
        "La nouvelle présidente par intérim du Pérou a assuré mardi que des élections anticipées auraient "
        "lieu en mars. Lors de sa prestation de serment, l'avocate Maria Quispe a déclaré qu'elle "
        "consulterait tous les partis."
    )
    assert types_by_speaker(nlp, text).get("La nouvelle présidente par intérim du Pérou") == "named_person", (
        types_by_speaker(nlp, text)
    )


def test_a_title_given_to_someone_else_before_does_not_unname_the_person_named_last(nlp: Language) -> None:
    text = (
        "Le président finlandais Olli Salmi a reçu Marc Delorme samedi. Marc Delorme a rappelé que l'accord "
        "restait possible. Avec son homologue, le président de la République a affirmé que la France "
        "aiderait le Liban."
    )
    assert types_by_speaker(nlp, text).get("le président de la République") == "named_person", types_by_speaker(
        nlp, text
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the lede's role, then the person opening a later sentence
        (
            "Le chef de file des écologistes a estimé jeudi que le budget de la région était insincère.\nPaul "
            "Roux réclame un audit des dépenses de communication.",
            "Le chef de file des écologistes",
        ),
        # a possessive role, then the same role given a name
        (
            "Les éleveurs ont manifesté mardi devant la coopérative. Leur président a annoncé que deux silos "
            "seraient vendus.\n« Nous n'avons pas le choix », a expliqué aux éleveurs le président de la "
            "coopérative, Paul Rivière.",
            "Leur président",
        ),
    ],
)
def test_a_role_named_right_after_it_is_that_person(nlp: Language, text: str, speaker: str) -> None:
    assert types_by_speaker(nlp, text).get(speaker) == "named_person", types_by_speaker(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the person named next has a role of their own
        "Le chef de file des écologistes a estimé jeudi que le budget de la région était insincère.\nPaul Roux, "
        "président de l'association des contribuables, réclame un audit.",
        # the role's own sentence names someone else
        "Le chef de file des écologistes a estimé jeudi que Marie Lenoir avait présenté un budget insincère. "
        "Paul Roux réclame un audit des dépenses de communication.",
    ],
)
def test_a_role_stays_unnamed_when_the_next_name_is_someone_else(nlp: Language, text: str) -> None:
    assert types_by_speaker(nlp, text).get("Le chef de file des écologistes") == "anonymous", types_by_speaker(
        nlp, text
    )


def test_our_interlocutor_is_the_person_named_before(nlp: Language) -> None:
    text = (
        "Paul Rivière dirige la station d'épuration depuis 2015. Notre interlocuteur assure que l'eau du lac "
        "est redevenue potable."
    )
    assert types_by_speaker(nlp, text).get("Notre interlocuteur") == "named_person", types_by_speaker(nlp, text)


def test_our_interlocutor_with_no_one_named_stays_unnamed(nlp: Language) -> None:
    text = "Notre interlocuteur assure que l'eau du lac est redevenue potable."
    assert types_by_speaker(nlp, text).get("Notre interlocuteur") == "anonymous", types_by_speaker(nlp, text)


def test_our_own_correspondent_is_the_outlet(nlp: Language) -> None:
    text = "Les pompiers étaient encore sur le toit à minuit, selon notre correspondant à Lille."
    assert types_by_speaker(nlp, text).get("notre correspondant") == "media", types_by_speaker(nlp, text)
