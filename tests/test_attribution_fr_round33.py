"""French attribution, thirty-third round (attrfr33, issue 13): speaker types as the annotation guidelines
define them. An office closed by a capitalised place or body (`le maire de Villiers`, `la ministre de la
Culture`) is a person identified by name only when the article names its holder; otherwise it is an
unnamed individual (anonymous), as every annotated French set of the round's pool types it.
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def _types(nlp: Language, text: str) -> dict[str, str]:
    return {a.speaker: a.speaker_type for a in checked_attributions(nlp, text) if a.speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Trente maires ont démissionné vendredi. « L'hôpital est vital pour nous », explique à l'AFP le "
            "maire de Villiers, petite commune de 200 habitants.",
            "le maire de Villiers",
        ),
        (
            "Interrogée par la radio, la ministre de la Culture a expliqué que les musées rouvriraient en mai.",
            "la ministre de la Culture",
        ),
    ],
)
def test_an_office_whose_holder_is_never_named_is_anonymous(nlp: Language, text: str, speaker: str) -> None:
    assert _types(nlp, text).get(speaker) == "anonymous", _types(nlp, text)


def test_a_pronoun_for_an_unnamed_office_holder_is_anonymous_too(nlp: Language) -> None:
    text = (
        "La ministre de la Culture a annoncé la réouverture des musées en mai. « Le public nous manque », "
        "a-t-elle ajouté."
    )
    assert _types(nlp, text).get("elle") == "anonymous", _types(nlp, text)


def test_a_mayor_of_another_town_named_before_is_not_the_holder(nlp: Language) -> None:
    text = (
        "Paul Rivière, maire de Brion, a pris un arrêté contre la fermeture. « L'hôpital est vital pour nous », "
        "explique à l'AFP le maire de Villiers."
    )
    assert _types(nlp, text).get("le maire de Villiers") == "anonymous", _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same office given a name elsewhere in the article
        "Paul Rivière, maire de Villiers, a pris un arrêté. « L'hôpital est vital pour nous », explique à l'AFP "
        "le maire de Villiers.",
        # the person named just before, with no other holder of the title in sight
        "Paul Rivière a été réélu dimanche à Villiers. « C'est une victoire », s'est félicité le maire de Villiers.",
    ],
)
def test_an_office_whose_holder_the_article_names_is_that_person(nlp: Language, text: str) -> None:
    assert _types(nlp, text).get("le maire de Villiers") == "named_person", _types(nlp, text)


def test_a_title_given_to_someone_else_before_does_not_unname_the_person_named_last(nlp: Language) -> None:
    text = (
        "Le président finlandais Olli Salmi a reçu Marc Delorme samedi. Marc Delorme a rappelé que l'accord "
        "restait possible. Avec son homologue, le président de la République a affirmé que la France "
        "aiderait le Liban."
    )
    assert _types(nlp, text).get("le président de la République") == "named_person", _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the lede's role, then the person opening a later sentence
        (
            "Le chef de l'opposition a reproché au maire de ne pas tolérer les critiques.\nPaul Roux n'a pas "
            "manqué l'occasion de rappeler les promesses de la majorité.",
            "Le chef de l'opposition",
        ),
        # a possessive role, then the same role given a name
        (
            "Les salariés ont bloqué l'usine mercredi, tandis que leur directeur confirmait le plan social.\n"
            "« C'est un choc pour les salariés », est venu dire le directeur du site, Paul Rivière.",
            "leur directeur",
        ),
    ],
)
def test_a_role_named_right_after_it_is_that_person(nlp: Language, text: str, speaker: str) -> None:
    assert _types(nlp, text).get(speaker) == "named_person", _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the person named next has a role of their own
        "Le chef de l'opposition a reproché au maire de ne pas tolérer les critiques.\nPaul Roux, président de "
        "l'association des commerçants, a salué la décision.",
        # the role's own sentence names someone else
        "Le chef de l'opposition a estimé que Marie Lenoir ne tolérait pas les critiques. Paul Roux n'a pas "
        "manqué l'occasion de rappeler les promesses de la majorité.",
    ],
)
def test_a_role_stays_unnamed_when_the_next_name_is_someone_else(nlp: Language, text: str) -> None:
    assert _types(nlp, text).get("Le chef de l'opposition") == "anonymous", _types(nlp, text)


def test_our_interlocutor_is_the_person_named_before(nlp: Language) -> None:
    text = (
        "« Aucun cas n'a été signalé », nous affirme le docteur Ahmed Benali, vétérinaire à Rabat. Notre "
        "interlocuteur nous explique que le dispositif fonctionne depuis dix ans."
    )
    assert _types(nlp, text).get("Notre interlocuteur") == "named_person", _types(nlp, text)


def test_our_interlocutor_with_no_one_named_stays_unnamed(nlp: Language) -> None:
    text = "Notre interlocuteur nous explique que le dispositif fonctionne depuis dix ans."
    assert _types(nlp, text).get("Notre interlocuteur") == "anonymous", _types(nlp, text)


def test_our_own_journalist_is_the_outlet(nlp: Language) -> None:
    text = "La maternité fermera ses portes ce week-end, selon notre journaliste sur place."
    assert _types(nlp, text).get("notre journaliste") == "media", _types(nlp, text)
