"""French attribution, twelfth round: second sources of one claim. A source relayed by another (`cité
par Y`, `dont les propos ont été rapportés par Y`, `interrogées par Y`) or citing another (`en citant un
communiqué`, `qui cite un rapport`) gives one record per source with the same content, the second
typed by the usual classifier. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from spacy.language import Language

from framing.types import Attribution


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def by_speaker(nlp: Language, text: str) -> dict[str, Attribution]:
    return {a.speaker or "": a for a in found(nlp, text)}


def content(text: str, a: Attribution) -> str:
    assert a.content_start is not None and a.content_end is not None
    return text[a.content_start : a.content_end]


@pytest.mark.parametrize(
    ("text", "first", "second", "kind", "claim"),
    [
        (
            "Selon le directeur du port, dont les propos ont été rapportés par Le Télégramme, les quais seront "
            "rénovés en 2027.",
            "le directeur du port",
            "Le Télégramme",
            "media",
            "les quais seront rénovés en 2027",
        ),
        (
            "D'après des élus cités par le quotidien régional, la ligne de tramway sera prolongée.",
            "des élus",
            "le quotidien régional",
            "media",
            "la ligne de tramway sera prolongée",
        ),
        (
            "Le chantier a pris du retard, selon plusieurs sources municipales interrogées par la presse locale.",
            "plusieurs sources municipales",
            "la presse locale",
            "media",
            "Le chantier a pris du retard",
        ),
        (
            "Selon Paul Martin, directeur de la communication de la régie, dont les propos ont été rapportés par "
            "Le Courrier, la panne vient d'un transformateur.",
            "Paul Martin",
            "Le Courrier",
            "media",
            "la panne vient d'un transformateur",
        ),
    ],
)
def test_a_relaying_outlet_is_a_second_source(
    nlp: Language, text: str, first: str, second: str, kind: str, claim: str
) -> None:
    got = by_speaker(nlp, text)
    assert first in got and second in got
    assert got[second].speaker_type == kind
    assert content(text, got[first]) == claim
    assert content(text, got[second]) == claim


@pytest.mark.parametrize(
    ("text", "first", "second", "kind"),
    [
        (
            "Le budget sera revu à la baisse, a indiqué la chaîne publique en citant un communiqué du ministère.",
            "la chaîne publique",
            "un communiqué du ministère",
            "document",
        ),
        (
            "Le budget sera revu à la baisse, a précisé l'agence en citant un rapport de la Cour des comptes.",
            "l'agence",
            "un rapport de la Cour des comptes",
            "document",
        ),
    ],
)
def test_a_cited_document_is_a_second_source(nlp: Language, text: str, first: str, second: str, kind: str) -> None:
    got = by_speaker(nlp, text)
    assert got[second].speaker_type == kind
    assert got[second].text.startswith("citant")
    assert content(text, got[second]) == content(text, got[first]) == "Le budget sera revu à la baisse"


def test_cited_unnamed_sources_keep_one_record_each(nlp: Language) -> None:
    text = "Le pont sera fermé tout l'été, a annoncé la radio locale, qui cite un conseiller du maire."
    records = found(nlp, text)
    assert sorted(a.speaker or "" for a in records) == ["la radio locale", "un conseiller du maire"]
    assert {a.speaker: a.speaker_type for a in records}["un conseiller du maire"] == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "La mairie a annulé le concert en invoquant des raisons de sécurité.",
        "Le ministre a répondu en citant ses propres chiffres.",
        "Le rapport cité plus haut montre une hausse des loyers.",
        "Le marché restera ouvert, a déclaré le maire, interrogé par l'agence.",
    ],
)
def test_no_second_source_without_a_source_cited(nlp: Language, text: str) -> None:
    assert not [a for a in found(nlp, text) if a.rule == "second_source"]


def test_a_bracketed_name_between_the_source_and_its_citing(nlp: Language) -> None:
    text = "Les écoles resteront fermées lundi, a indiqué l'agence « ANP » qui a cité une source du ministère."
    got = by_speaker(nlp, text)
    assert got["une source du ministère"].speaker_type == "anonymous"
    assert content(text, got["une source du ministère"]) == "Les écoles resteront fermées lundi"
