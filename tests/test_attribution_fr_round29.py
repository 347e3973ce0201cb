"""French attribution, twenty-ninth round (issue 13): one record per coordinated source, passives of
announcing with an agent after their addressee, the incise verbs of manner of speech, an object after a phrase
of medium, agentless passives before a colon and `V-on de source X`. Every sentence here was written for
the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from attribution_support import speaker_contents as contents
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def records(nlp: Language, text: str) -> list[tuple[str | None, str, str]]:
    """(speaker, content, cue) of every attribution with a content."""
    out = []
    for a in checked_attributions(nlp, text):
        if a.content_start is not None and a.content_end is not None:
            out.append((a.speaker, text[a.content_start : a.content_end], a.text))
    return out


@pytest.mark.parametrize(
    ("text", "speakers", "content"),
    [
        (
            "Ces chiffres ont été confirmés par une source policière et deux témoins.",
            ["une source policière", "deux témoins"],
            "Ces chiffres",
        ),
        (
            "Le départ du directeur a été annoncé lundi par le quotidien régional et la radio locale.",
            ["le quotidien régional", "la radio locale"],
            "Le départ du directeur",
        ),
        (
            "La fermeture du site avait été annoncée à la presse par un gendarme, une source judiciaire et "
            "l'avocat de la famille.",
            ["un gendarme", "une source judiciaire", "l'avocat de la famille"],
            "La fermeture du site",
        ),
    ],
)
def test_coordinated_sources_after_the_cue_give_one_record_each(
    nlp: Language, text: str, speakers: list[str], content: str
) -> None:
    found = records(nlp, text)
    assert sorted(s for s, c, _ in found if c == content) == sorted(speakers)
    assert len({cue for s, c, cue in found if c == content}) == 1  # the same cue for every source


@pytest.mark.parametrize(
    "text",
    [
        "Le préfet et le maire ont assuré que l'eau était potable.",
        "L'eau est potable, ont assuré ses avocats et sa famille.",
        "Le syndicat des médecins et des infirmiers a dénoncé une « provocation ».",
    ],
)
def test_a_subject_before_its_verb_or_a_circle_stays_one_record(nlp: Language, text: str) -> None:
    assert len(records(nlp, text)) == 1


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Ce calendrier avait été évoqué par le ministre lors de sa visite.", "le ministre", "Ce calendrier"),
        ("La hausse des tarifs a été annoncée aux usagers par la régie.", "la régie", "La hausse des tarifs"),
    ],
)
def test_passive_of_announcing_with_an_agent(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Une réunion organisée par les syndicats a eu lieu mardi.",
        "Le maire a été reçu par le préfet.",
        "Le courant a été coupé dans tout le quartier.",
        "Le maire a écarté les journalistes de la salle.",
    ],
)
def test_acts_with_an_agent_or_other_senses_report_nothing(nlp: Language, text: str) -> None:
    assert not records(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "« Les loyers ont doublé en dix ans », expose la présidente de l'association.",
            "la présidente de l'association",
            "Les loyers ont doublé en dix ans",
        ),
        ("« C'est une forêt de panneaux », image le géographe.", "le géographe", "C'est une forêt de panneaux"),
        ("« Non, ce n'est pas vrai », le coupe sa collègue.", "sa collègue", "Non, ce n'est pas vrai"),
        ("« Rien ne presse », balaie le ministre.", "le ministre", "Rien ne presse"),
        (
            "« Toute vente d'alcool est interdite », dispose l'arrêté préfectoral.",
            "l'arrêté préfectoral",
            "Toute vente d'alcool est interdite",
        ),
    ],
)
def test_incise_verbs_of_manner_of_speech(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, "Le quartier attend ses travaux.\n" + text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Les syndicats dénoncent dans une lettre ouverte ces nouvelles règles.",
            "Les syndicats",
            "ces nouvelles règles",
        ),
        (
            "Elle dénonce ce lundi leur « accaparement » par des fonds étrangers.",
            "Elle",
            "leur « accaparement » par des fonds étrangers",
        ),
    ],
)
def test_noun_object_past_an_adverbial(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, "La fédération agricole tient son congrès.\n" + text)


def test_agentless_passive_before_a_colon_names_no_speaker(nlp: Language) -> None:
    text = "Le maire a présenté le bilan.\nL'impact est également souligné : « Les commerces ont perdu des clients. »"
    assert ("", "Les commerces ont perdu des clients.") in [(s, c) for s, c, _ in records(nlp, text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le ministre arrivera mardi, a-t-on confirmé de source diplomatique.", "source diplomatique"),
        ("Une solution reste possible, craint-on de même source.", "même source"),
    ],
)
def test_impersonal_on_with_a_source_gives_the_source(nlp: Language, text: str, speaker: str) -> None:
    assert [s for s, _, _ in records(nlp, text)] == [speaker]
