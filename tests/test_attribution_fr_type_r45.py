"""French attribution, round 45: speaker type.

Round 44's "fix first" typing items as classes: a body named by its role, its site, its coalition, its
capitalised office title or its account is an institution; an acronym written with one capital after an
article is a body; a class of unnamed bodies in the definite plural is a group; `selon nos informations`
is anonymous; a headline role without an article is the person the article names with that role. Every
sentence here was written for the tests; the names are made up.
"""

from __future__ import annotations

import pytest
from attribution_support import types_by_speaker, types_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("L'exploitant de la centrale a assuré que la fuite était maîtrisée.", "L'exploitant de la centrale"),
        ("Le géant pétrolier a annoncé que ses profits avaient doublé.", "Le géant pétrolier"),
        ("L'industriel a indiqué que la production reprendrait lundi.", "L'industriel"),
        ("L'aéroport a indiqué que les vols reprendraient dans la soirée.", "L'aéroport"),
        ("L'usine a fait savoir que les salariés seraient payés.", "L'usine"),
        ("Le front commun syndical a dénoncé un passage en force.", "Le front commun syndical"),
        ("Le Défenseur des droits estime que la mesure est discriminatoire.", "Le Défenseur des droits"),
        (
            "Le leader européen du secteur a annoncé la fermeture de deux sites.",
            "Le leader européen du secteur",
        ),
        ("Le compte de la mairie a annoncé que la fête était annulée.", "Le compte de la mairie"),
    ],
)
def test_body_named_by_its_role_site_or_title_is_an_institution(fr: Language, text: str, speaker: str) -> None:
    assert types_of(fr, text, speaker) == ["institution"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # a farmer, a mediator in lower case, a party's leader: persons, unnamed
        ("Un exploitant agricole a assuré que la récolte était perdue.", "Un exploitant agricole", "anonymous"),
        ("Le médiateur du conflit estime que la mesure est injuste.", "Le médiateur du conflit", "anonymous"),
        ("Le leader de l'opposition a annoncé qu'il voterait contre.", "Le leader de l'opposition", "anonymous"),
    ],
)
def test_person_or_document_under_a_body_word_keeps_its_type(fr: Language, text: str, speaker: str, kind: str) -> None:
    found = types_by_speaker(fr, text)
    assert found.get(speaker, kind) == kind


def test_a_report_is_not_its_meeting_speaking(fr: Language) -> None:
    """`le compte rendu de la réunion`: the account noun does not hand the type to its complement."""
    found = types_by_speaker(fr, "Le compte rendu de la réunion indique que le budget est voté.")
    assert "institution" not in found.values()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pour la Fnpm, le prix du lait reste trop bas.", "la Fnpm"),
        ("« Les données doivent être effacées », estime la Cnrl.", "la Cnrl"),
    ],
)
def test_acronym_written_with_one_capital_after_an_article_is_a_body(fr: Language, text: str, speaker: str) -> None:
    assert types_of(fr, text, speaker) == ["institution"]


def test_surname_after_an_article_is_not_an_acronym(fr: Language) -> None:
    found = types_by_speaker(fr, "Selon la Schmidt, tout va bien.")
    assert found.get("la Schmidt") != "institution"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Les syndicats ont dénoncé un plan de départs déguisé.", "Les syndicats", "group"),
        ("Selon les associations de riverains, le bruit a doublé.", "les associations de riverains", "group"),
        # named bodies and counted ones keep their type
        (
            "Selon les syndicats Zalvi et Uprol, la grève sera reconduite.",
            "les syndicats Zalvi et Uprol",
            "institution",
        ),
        ("Trois associations ont annoncé qu'elles porteraient plainte.", "Trois associations", "institution"),
    ],
)
def test_unnamed_bodies_in_the_definite_plural_are_a_group(fr: Language, text: str, speaker: str, kind: str) -> None:
    assert types_of(fr, text, speaker) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Selon nos informations, le directeur va quitter ses fonctions.",
        "Le chantier a pris six mois de retard, d'après nos informations.",
    ],
)
def test_our_information_is_an_unnamed_source(fr: Language, text: str) -> None:
    assert types_of(fr, text, "nos informations") == ["anonymous"]


def test_headline_role_named_in_the_article_is_that_person(fr: Language) -> None:
    text = (
        "PDG de Zalvor : « Nous reconstruirons l'usine »\n"
        "Un incendie a détruit l'usine de Brest samedi. Le PDG de Zalvor Paul Dumas a tenu une conférence "
        "de presse dimanche. « Tout sera reconstruit », a-t-il assuré."
    )
    assert types_of(fr, text, "PDG de Zalvor") == ["named_person"]
    assert types_of(fr, text, "il") == ["named_person"]


def test_headline_role_never_named_stays_unnamed(fr: Language) -> None:
    text = (
        "PDG de Zalvor : « Nous reconstruirons l'usine »\n"
        "Un incendie a détruit l'usine de Brest samedi. Le PDG de Zalvor a tenu une conférence de presse."
    )
    assert types_of(fr, text, "PDG de Zalvor") == ["anonymous"]
