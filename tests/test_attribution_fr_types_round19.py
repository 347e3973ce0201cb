"""French speaker types (nineteenth round): an outlet behind a report noun (`selon les informations
du Courrier Lorrain`, `confirmant une information du Courrier Lorrain`), the agent of a participle
with no auxiliary (`démentie par l'autorité organisatrice`), `station` (a resort, not a radio), the owner
of a shop (`le patron du café`), a paper whose name opens on an article (`le quotidien Le Matin`), and
a bare `l'agence` after the text quoted an outlet. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline
from attribution_support import record_of as by_speaker
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def test_report_of_an_unlisted_paper_is_the_papers(nlp: Language) -> None:
    text = "Selon les informations du Courrier Lorrain, la mairie a renoncé au projet de parking."
    record = by_speaker(nlp, text, "les informations du Courrier Lorrain")
    assert record.speaker_type == "media"


def test_report_of_a_named_person_is_not_a_paper(nlp: Language) -> None:
    text = "Selon les informations de Jean Dupont, la mairie a renoncé au projet de parking."
    record = by_speaker(nlp, text, "les informations de Jean Dupont")
    assert record.speaker_type != "media"


def test_confirmed_report_of_a_paper_whose_title_is_a_document_word(nlp: Language) -> None:
    text = (
        "La fromagerie fermera ses portes en juin, a indiqué la direction, "
        "confirmant une information du Courrier Lorrain."
    )
    record = by_speaker(nlp, text, "Courrier Lorrain")
    assert record.rule == "confirmed_report"
    assert record.speaker_type == "media"


def test_agent_of_a_participle_without_auxiliary_is_the_speaker(nlp: Language) -> None:
    text = "La nouvelle d'une grève des chauffeurs, finalement démentie par l'autorité organisatrice, circule encore."
    record = by_speaker(nlp, text, "l'autorité organisatrice")
    assert record.speaker_type == "institution"
    assert text[record.content_start : record.content_end].startswith("La nouvelle")


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Le ski est impossible cette semaine, indique la station de Saint-Lary.",
            "la station de Saint-Lary",
            "institution",
        ),
        (
            "Le ski est impossible cette semaine, indique la station de radio locale.",
            "la station de radio locale",
            "media",
        ),
    ],
)
def test_station_is_a_resort_unless_it_broadcasts(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert by_speaker(nlp, text, speaker).speaker_type == kind


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Le patron du café affirme que la rue est calme depuis des mois.", "Le patron du café", "anonymous"),
        ("La directrice de l'hôtel affirme que la saison est bonne.", "La directrice de l'hôtel", "anonymous"),
        # a company's head is a person identified by name when the article names them (round 33: with no
        # name anywhere, the guidelines' unnamed individual, anonymous, like the café's owner)
        (
            "Le patron de Renault affirme que les ventes sont bonnes. Luca Moretti, patron de Renault depuis "
            "2020, a présenté les comptes.",
            "Le patron de Renault",
            "named_person",
        ),
        ("Le patron de Renault affirme que les ventes sont bonnes.", "Le patron de Renault", "anonymous"),
    ],
)
def test_owner_of_a_shop_holds_no_public_office(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert by_speaker(nlp, text, speaker).speaker_type == kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Selon le quotidien Le Matin, le ministre a présenté sa démission.", "le quotidien Le Matin"),
        ("Le ministre a présenté sa démission, a rapporté le journal Le Soir.", "le journal Le Soir"),
    ],
)
def test_paper_named_with_an_article_and_a_time_word(nlp: Language, text: str, speaker: str) -> None:
    record = by_speaker(nlp, text, speaker)
    assert record.speaker_type == "media"


@pytest.mark.parametrize(
    ("text", "kind", "resolved"),
    [
        (
            "Le groupe veut racheter son rival, a rapporté Bloomberg. Il faut attendre, ajoute l'agence.",
            "media",
            "Bloomberg",
        ),
        (
            "Le groupe veut racheter son rival, a rapporté l'agence Bloomberg. Il faut attendre, ajoute l'agence.",
            "media",
            "l'agence Bloomberg",
        ),
        (
            "Le virus circule encore, selon le ministère. Il faut attendre l'été, ajoute l'agence.",
            "institution",
            None,
        ),
    ],
)
def test_bare_agency_after_an_outlet(nlp: Language, text: str, kind: str, resolved: str | None) -> None:
    record = by_speaker(nlp, text, "l'agence")
    assert record.speaker_type == kind
    assert record.resolved == resolved


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Selon les policiers, la route reste dangereuse la nuit.", "les policiers", "group"),
        # round 43: the indefinite plural of a corps is a collective of members too (group)
        ("Selon des policiers, la route reste dangereuse la nuit.", "des policiers", "group"),
        ("Selon les sources, la route reste dangereuse la nuit.", "les sources", "anonymous"),
    ],
)
def test_definite_plural_of_a_corps_is_a_group(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert by_speaker(nlp, text, speaker).speaker_type == kind


def test_relative_lesquels_is_plural(nlp: Language) -> None:
    text = "Les riverains ont écrit au maire, lesquels affirment que la future salle sera trop bruyante."
    assert by_speaker(nlp, text, "lesquels").speaker_type == "group"


def test_acronym_of_an_outlet_named_earlier(nlp: Language) -> None:
    text = (
        "La ville sera fermée aux voitures, écrit le Financial Times. "
        "Les commerçants ont été surpris par la décision, écrit le FT."
    )
    record = by_speaker(nlp, text, "le FT")
    assert record.speaker_type == "media"
    assert record.resolved == "le Financial Times"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Selon l'agence ZNA, un convoi est entré dans le pays samedi.", "l'agence ZNA", "media"),
        ("Selon l'agence régionale de santé, le virus circule encore.", "l'agence régionale de santé", "institution"),
    ],
)
def test_agency_closed_by_an_unlisted_acronym_is_the_press(nlp: Language, text: str, speaker: str, kind: str) -> None:
    assert by_speaker(nlp, text, speaker).speaker_type == kind
