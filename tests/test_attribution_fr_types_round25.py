"""French speaker types (twenty-fourth round, issue 13): the type a mention gets when nothing in the text
names it. An `il`/`lui` no antecedent resolves is anonymous unless a person is named before it; a
capitalised common noun opening a headline is no person's name; a name opened by another language's
article is an outlet. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline, types_of
from spacy.language import Language

from framing.attribution.resources import load_resources
from framing.attribution.speaker_types import classify


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def test_an_excerpt_opening_on_a_pronoun_leaves_the_speaker_unnamed(nlp: Language) -> None:
    text = (
        "Il affirme avoir vu deux hommes cagoulés sortir de la banque vers midi. Selon lui, les policiers "
        "sont arrivés vingt minutes plus tard."
    )
    assert types_of(nlp, text, "Il") == ["anonymous"]
    assert types_of(nlp, text, "lui") == ["anonymous"]


def test_a_pronoun_after_a_name_the_recogniser_may_miss_stays_a_named_person(nlp: Language) -> None:
    text = (
        "Oskar Valmir, qui dirige une coopérative de pêcheurs depuis dix ans, réclame des quotas qui, "
        "selon lui, ne couvrent pas les frais du bateau."
    )
    assert types_of(nlp, text, "lui") == ["named_person"]


def test_a_pronoun_standing_for_a_named_person_far_back_is_that_person(nlp: Language) -> None:
    text = (
        "Le maire Paul Garnier a inauguré le marché couvert samedi matin devant une foule nombreuse. "
        "La halle, rénovée pendant deux ans, accueille désormais quarante commerçants. "
        "« Nous avons tenu le budget », a-t-il assuré."
    )
    assert types_of(nlp, text, "il") == ["named_person"]


@pytest.mark.parametrize("headline", ["Sécheresse dans le Gard", "Explosion à Lille", "Séisme en Turquie"])
def test_a_common_noun_opening_a_headline_is_no_person(nlp: Language, headline: str) -> None:
    doc = nlp(f"{headline} : « on a tout perdu »\nLe sinistre a touché une dizaine de maisons.")
    assert classify(doc, 0, 1, load_resources("fr")).type != "named_person"


def test_a_surname_opening_a_headline_is_still_a_person(nlp: Language) -> None:
    doc = nlp("Garnier : « nous tiendrons le budget »\nLe maire a présenté ses comptes lundi.")
    assert classify(doc, 0, 1, load_resources("fr")).type == "named_person"


def test_a_given_name_opening_a_sentence_is_still_a_person(nlp: Language) -> None:
    text = "Le marché rouvre jeudi. Mathilde, une commerçante, assure que les clients sont revenus."
    assert types_of(nlp, text, "Mathilde") == ["named_person"]


def test_a_description_tied_to_something_new_is_not_the_person_named_before(nlp: Language) -> None:
    text = (
        "« Le quartier a changé », a assuré le maire Paul Garnier lors de sa visite. "
        "« Les clients reviennent le soir », confie le gérant d'une boulangerie de la rue principale."
    )
    assert types_of(nlp, text, "le gérant d'une boulangerie de la rue principale") == ["anonymous"]


@pytest.mark.parametrize("outlet", ["Het Laatste Nieuws", "Die Welt", "The Tablet"])
def test_a_name_opened_by_a_foreign_article_is_an_outlet(nlp: Language, outlet: str) -> None:
    text = f"Le suspect aurait quitté le pays la veille de son procès, selon {outlet}."
    assert types_of(nlp, text, outlet) == ["media"]


def test_a_foreign_place_with_an_article_stays_a_place(nlp: Language) -> None:
    text = "La Cour rendra son avis en mars, a indiqué La Haye."
    records = checked_attributions(nlp, text)
    assert all(a.speaker_type != "media" for a in records)
