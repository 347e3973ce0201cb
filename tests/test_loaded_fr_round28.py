"""French loaded vocabulary, twenty-eighth round (issue 14): the vocabulary of charges and verdicts.

Convention: "terroriste" inside a legal qualification (a charge, an official designation, a group named
as the object of a charge) is the law's word, and "assassinat" / "assassiner" in a report of charges,
trials or investigations name the offence; outside such a frame both still judge. Standard wire
designations ("la communauté internationale", a cleric's title before his name) are optional, and an
organisation's "bras armé" after a possessive is its military wing. Every sentence here
was written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import term_hits
from spacy.language import Language

from framing.nlp import load_pipeline


def ids(nlp: Language, text: str) -> set[str]:
    return {term for _, term in term_hits(nlp, text)}


TERROR_IDS = {"fr-loaded-terroriste", "fr-loaded-groupe-terroriste"}

LEGAL_QUALIFICATIONS = [
    "Les quatre hommes ont été mis en examen pour association de malfaiteurs terroriste jeudi soir.",
    "Le tribunal a retenu la circonstance d'un meurtre commis en relation avec une entreprise terroriste.",
    "Elle a été reconnue coupable de tentative de meurtre dans un contexte terroriste.",
    "Il est poursuivi pour appartenance à une organisation terroriste et détention d'armes.",
    "Deux commerçants sont jugés pour financement d'un groupe terroriste basé à l'étranger.",
    "Le mouvement reste inscrit sur la liste des organisations terroristes de l'Union européenne.",
    "Cette milice est toujours classée terroriste par Washington et par Londres.",
]


@pytest.mark.parametrize("text", LEGAL_QUALIFICATIONS)
def test_terroriste_inside_a_legal_qualification_is_plain(fr: Language, text: str) -> None:
    assert not ids(fr, text) & TERROR_IDS


WRITER_LABELS = [
    "Ces terroristes n'ont qu'un seul but : semer la peur dans nos villes.",
    "Le pays est devenu le refuge d'un groupe terroriste qui ne cache plus ses ambitions.",
]


@pytest.mark.parametrize("text", WRITER_LABELS)
def test_terroriste_as_the_writers_own_label_still_counts(fr: Language, text: str) -> None:
    assert ids(fr, text) & TERROR_IDS


def test_assassinat_in_a_trial_report_names_the_offence(fr: Language) -> None:
    text = (
        "Au dernier jour du procès, le parquet a requis la perpétuité contre l'accusé. "
        "La cour d'assises doit rendre son verdict vendredi sur l'assassinat du commerçant, "
        "que l'accusé nie avoir assassiné."
    )
    assert not ids(fr, text) & {"fr-loaded-assassinat", "fr-loaded-assassiner"}


def test_a_charge_of_attempted_assassinat_is_plain(fr: Language) -> None:
    assert "fr-loaded-assassinat" not in ids(fr, "Il répondra de tentative d'assassinat sur un policier.")


def test_assassinat_of_a_military_strike_still_judges(fr: Language) -> None:
    text = "Cette frappe de drone n'était rien d'autre que l'assassinat d'un chef politique en exil."
    assert "fr-loaded-assassinat" in ids(fr, text)


STYLE_GUIDE = Path(__file__).resolve().parents[1] / "lexicons" / "fr" / "optional" / "style_guide.yaml"


@pytest.fixture(scope="module")
def fr_style_guide() -> Language:
    return load_pipeline("fr", (str(STYLE_GUIDE),))


WIRE_DESIGNATIONS = [
    (
        "La communauté internationale a promis deux milliards d'euros pour la reconstruction.",
        "communauté internationale",
    ),
    ("L'ayatollah Ali Sistani a reçu l'envoyé de l'ONU à Nadjaf.", "ayatollah"),
]


@pytest.mark.parametrize(("text", "words"), WIRE_DESIGNATIONS)
def test_wire_designations_are_optional(fr: Language, fr_style_guide: Language, text: str, words: str) -> None:
    assert words not in {w for w, _ in term_hits(fr, text)}
    assert words in {w for w, _ in term_hits(fr_style_guide, text)}


def test_an_organisations_armed_wing_is_a_designation(fr: Language) -> None:
    text = "Le parti et son bras armé ont signé le cessez-le-feu samedi."
    assert "fr-loaded-bras-arme" not in ids(fr, text)


def test_the_ayatollahs_as_a_name_for_a_government_still_label(fr: Language) -> None:
    text = "Le pays vit depuis quarante ans sous la coupe des ayatollahs."
    assert "fr-loaded-ayatollahs" in ids(fr, text)
