"""French speaker types and speaker resolution (twenty-ninth round, typesfr31, issue 13): the conventions
the integrator decided (a counted or definite plural of bodies and a court's officers speak as institutions;
the staff of a named outlet speak as the outlet) and mechanisms that recur on unseen news. Every sentence
here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, types_of
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Quatre associations de riverains dénoncent un projet de rocade.", "Quatre associations de riverains"),
        ("Selon trois syndicats d'enseignants, la réforme sera contestée.", "trois syndicats d'enseignants"),
        ("Deux partis d'opposition ont dénoncé une fraude massive.", "Deux partis d'opposition"),
    ],
)
def test_a_counted_or_definite_plural_of_bodies_is_an_institution(nlp: Language, text: str, speaker: str) -> None:
    assert types_of(nlp, text, speaker) == ["institution"]


def test_unnamed_bodies_in_the_definite_plural_are_a_group(nlp: Language) -> None:
    """Round 45: the read sets type `les syndicats` with no name a collective (12 of 14 records)."""
    text = "Les syndicats ont affirmé mardi que la grève serait reconduite."
    assert types_of(nlp, text, "Les syndicats") == ["group"]


def test_a_pronoun_taking_up_counted_bodies_is_an_institution(nlp: Language) -> None:
    text = "Cinq collectifs de locataires ont saisi la justice. Ils rappellent que les loyers ont doublé en dix ans."
    assert types_of(nlp, text, "Ils") == ["institution"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Selon des ONG, la situation humanitaire se dégrade.", "des ONG", "group"),
        ("Des habitants ont affirmé que l'eau était coupée depuis lundi.", "Des habitants", "group"),
        ("Plusieurs manifestants ont déclaré qu'ils reviendraient samedi.", "Plusieurs manifestants", "group"),
    ],
)
def test_indefinite_plurals_keep_their_type(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert types_of(nlp, text, speaker) == [kind]


def test_a_courts_officers_in_the_plural_speak_as_the_court(nlp: Language) -> None:
    text = "Les juges d'instruction du pôle financier du tribunal de Lyon ont annoncé qu'ils clôturaient l'enquête."
    speaker = "Les juges d'instruction du pôle financier du tribunal de Lyon"
    assert types_of(nlp, text, speaker) == ["institution"]


def test_judges_without_a_court_are_a_collective(nlp: Language) -> None:
    text = "Les magistrats affirment qu'ils manquent de moyens depuis des années."
    assert types_of(nlp, text, "Les magistrats") == ["group"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Selon le photographe de l'AFP, les tirs ont duré une heure.", "le photographe de l'AFP"),
        ("Selon un correspondant de Reuters à Nairobi, le bilan s'alourdit.", "un correspondant de Reuters"),
    ],
)
def test_the_staff_of_a_named_outlet_is_the_outlet(nlp: Language, text: str, speaker: str) -> None:
    assert types_of(nlp, text, speaker) == ["media"]


def test_a_journalist_of_an_unnamed_newsroom_stays_anonymous(nlp: Language) -> None:
    text = "Un journaliste de la rédaction a déclaré qu'il avait été menacé."
    assert types_of(nlp, text, "Un journaliste de la rédaction") == ["anonymous"]


def test_a_role_then_a_two_word_name_is_named_whatever_the_recogniser_tags(nlp: Language) -> None:
    text = "A ses côtés, l'ancien bâtonnier Chawki Tabib précise alors : « Nous ne céderons pas. »"
    assert types_of(nlp, text, "l'ancien bâtonnier Chawki Tabib") == ["named_person"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La province est en proie à une insurrection. Les Zalvos, milices d'autodéfense, tiennent trois villes. "
            "Les Zalvos estiment que le gouvernement les a trahis.",
            "Les Zalvos",
        ),
        ("La milice Korvath affirme avoir repoussé l'assaut de l'armée.", "La milice Korvath"),
    ],
)
def test_a_named_armed_group_is_a_group(nlp: Language, text: str, speaker: str) -> None:
    assert types_of(nlp, text, speaker)[-1] == "group"


def test_celui_and_its_relative_after_a_named_speaker_is_that_person(nlp: Language) -> None:
    text = (
        "« Le métier a changé », insiste le brigadier Paul Marchand, qui a commencé sa carrière en 2001. "
        "« Nos missions ont été élargies », poursuit celui que ses collègues appellent le doyen."
    )
    assert types_of(nlp, text, "celui") == ["named_person"]


def test_a_role_in_aire_standing_for_the_person_just_named_is_named(nlp: Language) -> None:
    text = (
        "Le ministre Jean-Yves Garnier est arrivé lundi à Beyrouth. "
        "Ce délai avait été évoqué par M. Garnier lors de sa visite. "
        "L'émissaire français avait mis en garde contre tout nouveau retard."
    )
    assert types_of(nlp, text, "L'émissaire français") == ["named_person"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le maire Paul Roux a signé l'arrêté lundi. « Tout rassemblement est interdit jusqu'à dimanche », "
            "est-il encore indiqué dans cet arrêté.",
            "il",
        ),
        (
            "Le directeur Marc Lenoir a reçu la lettre. Il est ainsi expliqué que les urgences fermeront la nuit.",
            "Il",
        ),
    ],
)
def test_an_impersonal_passive_of_saying_is_a_text_not_the_last_man_named(
    nlp: Language, text: str, speaker: str
) -> None:
    assert types_of(nlp, text, speaker) == ["document"]


def test_a_personal_passive_keeps_its_person(nlp: Language) -> None:
    text = "Le ministre Marc Lenoir a été entendu lundi. « Je n'ai rien à cacher », a-t-il déclaré."
    assert types_of(nlp, text, "il") == ["named_person"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Selon le regroupement Pain de Seigle, trois boulangeries ont fermé.", "le regroupement Pain de Seigle"),
        ("La confédération Terre Vive affirme que les prix sont trop bas.", "La confédération Terre Vive"),
    ],
)
def test_a_grouping_noun_then_a_name_is_a_body(nlp: Language, text: str, speaker: str) -> None:
    assert types_of(nlp, text, speaker) == ["institution"]


def test_a_belgian_mayor_with_her_name_in_apposition_is_named(nlp: Language) -> None:
    text = "« Les caméras sont utiles », explique la bourgmestre, Olivia Marchal (PS)."
    assert types_of(nlp, text, "la bourgmestre, Olivia Marchal") == ["named_person"]


def test_a_plural_pronoun_never_stands_for_one_unnamed_speaker(nlp: Language) -> None:
    text = (
        "Une quarantaine de livreurs se sont rassemblés devant le siège. « On veut être entendus », explique "
        "un manifestant. Ils dénoncent des conditions de travail qui se dégradent."
    )
    assert types_of(nlp, text, "Ils") == ["group"]
