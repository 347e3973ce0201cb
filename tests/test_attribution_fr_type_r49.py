"""French attribution, round 49: speaker type and speaker spans.

A participle of reaching someone (`jointe par l'AFP`, `contacté par X`) tells who questioned the speaker,
not who speaks: the speaker stops before it and keeps its own type, and `cette source` chained to it
too. `plusieurs personnes` is a crowd (group) where `une personne` is one unnamed individual;
`nos renseignements` is the outlet's own reporting, as `nos informations` (anonymous). An inverted `on`
with the body where it was said (`a-t-on indiqué à la préfecture`) is an unnamed person there (anonymous).
Every sentence here was written for the tests; the names are made up.
"""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions
from spacy.language import Language

# Class 2: the speaker stops before a participle of reaching + `par` + outlet


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Une source policière jointe par l'AFP a assuré que deux hommes avaient été arrêtés mardi.",
            "Une source policière",
            "anonymous",
        ),
        (
            "Selon un riverain contacté par Le Courrier, la rue était bloquée depuis l'aube.",
            "un riverain",
            "anonymous",
        ),
        (
            "« On n'a rien vu venir », a raconté une voisine interrogée par France Bleu.",
            "une voisine",
            "anonymous",
        ),
        (
            "Le site va fermer. Plusieurs habitants contactés par Le Courrier ont assuré qu'il fermerait en juin.",
            "Plusieurs habitants",
            "group",
        ),
        (
            "Le site va fermer. « Rien ne bouge », a assuré mardi un employé joint par franceinfo.",
            "un employé",
            "anonymous",
        ),
    ],
)
def test_speaker_stops_before_who_reached_it(fr: Language, text: str, speaker: str, kind: str) -> None:
    records = [a for a in checked_attributions(fr, text) if a.speaker == speaker]
    assert records
    assert all(a.speaker_type == kind for a in records)


def test_the_source_taken_up_keeps_its_type(fr: Language) -> None:
    text = (
        "Une source policière jointe par l'AFP a assuré que deux hommes avaient été arrêtés. "
        "« Ils étaient connus des services », a ajouté cette source policière."
    )
    records = checked_attributions(fr, text)
    assert [a.speaker_type for a in records] == ["anonymous", "anonymous"]
    assert records[1].resolved == "Une source policière"


def test_an_outlet_as_subject_stays_media(fr: Language) -> None:
    text = "Le Courrier a révélé mardi que la rue resterait fermée jusqu'en juin."
    records = checked_attributions(fr, text)
    assert [a.speaker_type for a in records] == ["media"]


# Class 1: plural people are a crowd; the outlet's own reporting


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "« Nous ne lâcherons rien », scandaient plusieurs personnes devant la mairie.",
            "plusieurs personnes",
            "group",
        ),
        ("Des personnes présentes ont raconté que la police avait chargé.", "Des personnes présentes", "group"),
        ("Une personne présente a affirmé que rien ne s'était passé.", "Une personne présente", "anonymous"),
        (
            "D'après nos renseignements, le trésorier aurait quitté ses fonctions en mai.",
            "nos renseignements",
            "anonymous",
        ),
        ("Selon nos informations, le trésorier aurait quitté ses fonctions en mai.", "nos informations", "anonymous"),
    ],
)
def test_people_in_the_plural_and_own_reporting(fr: Language, text: str, speaker: str, kind: str) -> None:
    records = [a for a in checked_attributions(fr, text) if a.speaker == speaker]
    assert records
    assert all(a.speaker_type == kind for a in records)


# Class 3: an inverted `on` at a body is an unnamed person there


@pytest.mark.parametrize(
    "text",
    [
        "« Les travaux reprendront en mars », a-t-on indiqué à la préfecture du Gard.",
        "Le chantier reprendra en mars, nous fait-on savoir à la fédération.",
        "« La récolte sera faible », rappelle-t-on au SNV. « Il faudra attendre », ajoute-t-on.",
    ],
)
def test_on_at_a_body_is_anonymous(fr: Language, text: str) -> None:
    records = [a for a in checked_attributions(fr, text) if a.speaker == "on"]
    assert records
    assert all(a.speaker_type == "anonymous" for a in records)


# Class 1b: a body's leadership named by a bare definite plural is a collective


def test_the_leaders_alone_and_their_pronoun_are_a_group(fr: Language) -> None:
    text = (
        "L'usine de Vierzon a fermé ses portes vendredi. Les dirigeants ont annoncé que quarante salariés "
        "seraient reclassés. Ils avaient invoqué la baisse des commandes."
    )
    assert [a.speaker_type for a in checked_attributions(fr, text)] == ["group", "group"]


def test_the_leaders_of_a_named_body_stay_anonymous(fr: Language) -> None:
    text = "Les dirigeants de Valtex ont annoncé que quarante salariés seraient reclassés."
    assert [a.speaker_type for a in checked_attributions(fr, text)] == ["anonymous"]
