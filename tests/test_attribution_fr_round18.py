"""French anonymous sources (eighteenth round): an inverted `on` in a quotation's own incise
(`« A, explique-t-on à la librairie, B »`) is the reporter's unnamed source, an incise may close on a
short adjunct saying where the words come from or sit between dashes, and the unnamed sources an
outlet cites after a time aside (`qui cite, lundi, des sources`) are a source of their own; an inverted
`on` followed by the body where it was said (`a-t-on indiqué à la direction`) is that body. Every
sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from attribution_support import record_of as by_speaker
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def test_inverted_on_inside_a_quotation_is_an_unnamed_source(nlp: Language) -> None:
    text = (
        "Les commerçants attendent la fin du chantier. "
        "« Le quartier sera plus agréable, explique-t-on à la librairie, mais nous perdons des clients. »"
    )
    record = by_speaker(nlp, text, "on")
    assert record.speaker_type == "anonymous"
    assert record.text == "explique-t-on"
    content = text[record.content_start : record.content_end]
    assert content.startswith("Le quartier sera plus agréable") and content.endswith("des clients.")


def test_incise_between_dashes_with_a_place_adjunct(nlp: Language) -> None:
    text = (
        "Les commerçants attendent la fin du chantier. "
        "« Le quartier sera plus agréable – assure-t-on chez le fleuriste – mais nous perdons des clients. »"
    )
    record = by_speaker(nlp, text, "on")
    assert record.speaker_type == "anonymous"
    assert text[record.content_start : record.content_end].endswith("des clients.")


def test_named_incise_with_a_place_adjunct_takes_the_whole_quotation(nlp: Language) -> None:
    text = (
        "Julien Moreau tient la boulangerie depuis vingt ans. "
        "« Le quartier sera plus agréable, explique-t-il dans sa boutique, mais nous perdons des clients. »"
    )
    record = by_speaker(nlp, text, "il")
    assert record.speaker_type == "named_person"
    assert text[record.content_start : record.content_end].endswith("des clients.")


def test_dit_on_inside_a_quotation_stays_hearsay_of_the_quoted_voice(nlp: Language) -> None:
    text = (
        "Les commerçants attendent la fin du chantier. "
        "« Le quartier sera, dit-on, plus agréable quand les travaux seront enfin terminés. »"
    )
    assert [a for a in checked_attributions(nlp, text) if a.speaker == "on"] == []


def test_sources_cited_after_a_time_aside_are_a_source_of_their_own(nlp: Language) -> None:
    text = (
        "La compagnie prépare la vente de deux usines, selon l'hebdomadaire économique "
        "qui cite, mardi, des sources proches de la direction."
    )
    record = by_speaker(nlp, text, "des sources proches de la direction")
    assert record.speaker_type == "anonymous"
    assert text[record.content_start : record.content_end].startswith("La compagnie prépare")


def test_a_clause_between_commas_is_no_time_aside(nlp: Language) -> None:
    text = (
        "La compagnie prépare la vente de deux usines, selon l'hebdomadaire économique "
        "qui cite, comme souvent, des sources proches de la direction."
    )
    speakers = [a.speaker for a in checked_attributions(nlp, text)]
    assert "des sources proches de la direction" not in speakers


def test_inverted_on_at_a_body_is_an_unnamed_person_there(nlp: Language) -> None:
    # round 49: the read sets A78 and A82 type it anonymous (the place is where the unnamed speaker works)
    text = "La nouvelle ligne de bus ouvrira en mars, a-t-on indiqué à la direction des transports."
    record = by_speaker(nlp, text, "on")
    assert record.speaker_type == "anonymous"


def test_inverted_on_at_a_shop_stays_anonymous(nlp: Language) -> None:
    text = "La nouvelle ligne de bus ouvrira en mars, a-t-on indiqué à la boulangerie du coin."
    assert by_speaker(nlp, text, "on").speaker_type == "anonymous"
