"""French attribution, round 50: speaker types of plurals, firms' size classes and people of a street.

Kin or friends in the plural with no possessive (`des proches de X`) are a collective (group), while
`ses proches` stays anonymous (round 43's convention). The size classes of firms (`les PME`, `des TPE`)
name many companies, a collective; `la PME` is one company (institution), whatever number the tagger gave
the acronym. A given name right after a street or square noun (`la rue Paul-Roux`) names the street, not
the unnamed neighbour speaking. Every sentence here was written for the tests; the names are made up.
"""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions
from spacy.language import Language


def _types(fr: Language, text: str, speaker: str) -> set[str]:
    """The types given to `speaker`'s records in `text` (at least one record expected)."""
    records = [a for a in checked_attributions(fr, text) if a.speaker == speaker]
    assert records, [(a.speaker, a.speaker_type) for a in checked_attributions(fr, text)]
    return {a.speaker_type for a in records}


# Class 1a: kin and friends in the plural, no possessive: a collective


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Des proches affirment qu'il a été interpellé à son domicile.", "Des proches", "group"),
        (
            "Plusieurs proches de l'ancien maire racontent qu'il voulait partir.",
            "Plusieurs proches de l'ancien maire",
            "group",
        ),
        ("« Elle ne sortait plus », confient des proches de la famille.", "des proches de la famille", "group"),
        ("Selon des proches du président, la décision est prise.", "des proches du président", "group"),
        (
            "Les proches de la défunte ont affirmé qu'elle avait reçu des menaces.",
            "Les proches de la défunte",
            "group",
        ),
        ("D'après les proches des disparus, les recherches ont cessé trop tôt.", "les proches des disparus", "group"),
        ("Ses proches affirment qu'il était innocent.", "Ses proches", "anonymous"),
        ("Un proche du ministre affirme qu'il ne démissionnera pas.", "Un proche du ministre", "anonymous"),
        ("L'un de ses proches a confié qu'il était malade.", "L'un de ses proches", "anonymous"),
        (
            "Des proches, qui ont requis l'anonymat, affirment que le couple était menacé.",
            "Des proches",
            "anonymous",
        ),
    ],
)
def test_kin_in_the_plural_without_possessive_is_a_group(fr: Language, text: str, speaker: str, kind: str) -> None:
    assert _types(fr, text, speaker) == {kind}


# Class 1b: the size classes of firms in the plural are a collective; one firm is a body


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Les PME dénoncent une concurrence déloyale.", "Les PME", "group"),
        ("Les PME de la filière dénoncent une hausse brutale des tarifs.", "Les PME de la filière", "group"),
        ("Des TPE de la région affirment que les commandes reculent.", "Des TPE de la région", "group"),
        ("Selon les ETI interrogées, l'embauche ralentit.", "les ETI", "group"),
        ("« Nous n'en pouvons plus », affirment les PMI de la vallée.", "les PMI de la vallée", "group"),
        ("La PME a annoncé la fermeture du site.", "La PME", "institution"),
        ("L'ONG a annoncé la fermeture du dispensaire.", "L'ONG", "institution"),
        ("La PME bretonne a annoncé que le site fermerait.", "La PME bretonne", "institution"),
    ],
)
def test_firms_by_size_in_the_plural_are_a_group(fr: Language, text: str, speaker: str, kind: str) -> None:
    assert _types(fr, text, speaker) == {kind}


# Class 1c: a given name after a street or square noun names the place, not the speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Nous avons entendu des cris », raconte à la radio une riveraine de la rue Marc-Aubin à Vitré.",
            "une riveraine de la rue Marc-Aubin",
        ),
        (
            "« Tout a brûlé », explique un habitant de l'avenue Paul-Doumer à Lille.",
            "un habitant de l'avenue Paul-Doumer",
        ),
        (
            "« C'était un homme calme », assure une habitante de l'impasse Louise-Michel, à Rennes.",
            "une habitante de l'impasse Louise-Michel",
        ),
        (
            "Une commerçante du boulevard Jean-Jaurès affirme que les clients ont fui.",
            "Une commerçante du boulevard Jean-Jaurès",
        ),
        (
            "Selon un voisin de la place Charles-de-Gaulle, la police est arrivée tard.",
            "un voisin de la place Charles-de-Gaulle",
        ),
        ("« Nous avons eu peur », confie un riverain de la rue Pierre-Curie.", "un riverain de la rue Pierre-Curie"),
    ],
)
def test_a_street_named_after_someone_names_no_speaker(fr: Language, text: str, speaker: str) -> None:
    assert _types(fr, text, speaker) == {"anonymous"}


def test_a_role_closed_by_its_holder_stays_named(fr: Language) -> None:
    text = "Le directeur de l'école Paul Roux a affirmé que les cours reprendraient lundi."
    assert _types(fr, text, "Le directeur de l'école Paul Roux") == {"named_person"}


# Class 2: `il` / `elle` in an incise takes up the unnamed person just quoted


@pytest.mark.parametrize(
    ("text", "pronoun", "person", "kind"),
    [
        (
            "Une habitante raconte avoir vu les flammes. "
            "« J'ai appelé les pompiers, dit-elle. Ils sont arrivés vite. »",
            "elle",
            "Une habitante",
            "anonymous",
        ),
        (
            "Un autre voisin, contacté par Le Courrier, explique de son côté avoir vu un attroupement. "
            "« Je sortais du travail, j'ai vu des jeunes se battre, raconte-t-il. J'ai fermé mes volets. »",
            "il",
            "Un autre voisin",
            "anonymous",
        ),
        (
            "Un gendarme, joint par téléphone, a décrit une scène de panique. "
            "« Les gens couraient partout, explique-t-il. Nous avons dû bloquer la rue. »",
            "il",
            "Un gendarme",
            "anonymous",
        ),
        (
            "Marie Dubois, infirmière, décrit des journées épuisantes. « On ne dort plus, confie-t-elle. On tient. »",
            "elle",
            "Marie Dubois",
            "named_person",
        ),
    ],
)
def test_incise_pronoun_takes_up_the_voice_just_quoted(
    fr: Language, text: str, pronoun: str, person: str, kind: str
) -> None:
    records = [a for a in checked_attributions(fr, text) if a.speaker == pronoun]
    assert records
    assert all(a.resolved == person and a.speaker_type == kind for a in records)


def test_incise_pronoun_of_the_other_gender_is_not_taken_up(fr: Language) -> None:
    text = (
        "Une commerçante affirme avoir tout vu. « Ils sont entrés en criant, se souvient-il. Puis ils sont repartis. »"
    )
    records = [a for a in checked_attributions(fr, text) if a.speaker == "il"]
    assert records
    assert all(a.resolved != "Une commerçante" for a in records)


def test_incise_pronoun_after_someone_named_since_is_not_the_unnamed_voice(fr: Language) -> None:
    text = (
        "Un agriculteur a témoigné de sa colère. Paul Roux, le maire, est ensuite arrivé sur les lieux. "
        "« Nous ne lâcherons rien, a-t-il lancé. Rien du tout. »"
    )
    assert all(a.resolved != "Un agriculteur" for a in checked_attributions(fr, text))
