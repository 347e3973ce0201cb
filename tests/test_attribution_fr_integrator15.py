"""French passives of saying (integrator, fifteenth round): an adverbial phrase that begins with `par`
(`par la suite`, `par ailleurs`) is not the agent, so the claim has an unnamed source; a real agent after
it still speaks. Sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Il fut avancé par la suite que l'incident était dû à une panne du moteur.", "l'incident était dû"),
        ("Il a été annoncé par la même occasion que le site fermera en juin.", "le site fermera en juin"),
    ],
)
def test_an_adverbial_phrase_with_par_is_no_agent(nlp: Language, text: str, content: str) -> None:
    [found] = checked_attributions(nlp, text)
    assert not found.speaker  # no speaker span: an unnamed source
    assert found.speaker_type == "anonymous"
    assert found.content_start is not None and found.content_end is not None
    assert text[found.content_start : found.content_end].startswith(content)


def test_the_agent_after_the_adverbial_phrase_speaks(nlp: Language) -> None:
    text = "La décision a été critiquée par la suite par les syndicats du secteur."
    [found] = checked_attributions(nlp, text)
    assert found.speaker == "les syndicats du secteur"


def test_a_role_the_text_names_stands_for_that_person(nlp: Language) -> None:
    text = (
        "Paul Martin, conseiller municipal chargé des transports, a présenté le projet lundi. "
        "« Les travaux commenceront en mars », a ajouté le conseiller municipal."
    )
    found = {a.speaker: a.speaker_type for a in checked_attributions(nlp, text)}
    assert found["le conseiller municipal"] == "named_person"


def test_a_role_nobody_names_stays_anonymous(nlp: Language) -> None:
    text = "Le ministre a visité l'usine. « Rien n'est décidé », a ajouté le conseiller du ministre."
    found = {a.speaker: a.speaker_type for a in checked_attributions(nlp, text)}
    assert found["le conseiller du ministre"] == "anonymous"


def test_a_source_stays_unnamed_when_a_name_stands_near_it(nlp: Language) -> None:
    text = (
        "Un mouvement d'humeur a lieu ce mercredi au palais, selon l'agence.\nCitant une source proche de "
        "la présidence, l'on indique que l'accès au palais est bloqué. « Il n'y a pas de coup de force, mais "
        "des discussions sont en cours avec le chef de l'État » Paul Ndiaye, a dit cette source en affirmant "
        "que « le chef de l'État va bien ». « Lui et sa famille sont chez eux », a-t-elle ajouté sous couvert "
        "d'anonymat."
    )
    types = {(a.speaker, a.speaker_type) for a in checked_attributions(nlp, text)}
    assert ("cette source", "anonymous") in types
    assert ("elle", "anonymous") in types
    assert not any(kind == "named_person" for _, kind in types)
