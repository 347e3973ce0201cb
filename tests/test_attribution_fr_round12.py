"""French attribution, twelfth round (issue 13): claims in a noun object (a date or an elided article
between the verb and its object, `faire état de`, `parler de` + a figure, a toll given by a source),
an incise through an auxiliary, partitive and coordinated speakers, and agentless or passive frames
(`a-t-on appris`, `vient d'être annoncé que`, `a été confirmée par X`). Every sentence here was written
for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from attribution_support import speaker_contents as contents
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a date between the verb and its object, between commas or bare
        (
            "Le syndicat a confirmé, ce jeudi, la fermeture du site de Lens.",
            "Le syndicat",
            "la fermeture du site de Lens",
        ),
        (
            "La direction du groupe a annoncé ce lundi 20 février la fermeture de son usine en Bretagne.",
            "La direction du groupe",
            "la fermeture de son usine en Bretagne",
        ),
        # an elided article with a curly apostrophe, which the tagger reads as an adverb
        (
            "La fédération nationale a dénoncé l’absence de réponse du gouvernement aux enseignants.",
            "La fédération nationale",
            "l’absence de réponse du gouvernement aux enseignants",
        ),
        # verbs of denunciation and announcement added to the lexicon
        (
            "L'association a vivement décrié la gestion du dossier par la mairie.",
            "L'association",
            "la gestion du dossier par la mairie",
        ),
        (
            "La fédération a officialisé jeudi le départ de son président.",
            "La fédération",
            "le départ de son président",
        ),
        # `faire état de` with any noun phrase; `parler de` and a toll only with a figure
        (
            "Des médias locaux ont fait état d’une vingtaine de blessés.",
            "Des médias locaux",
            "une vingtaine de blessés",
        ),
        ("Le maire parlait alors de 12 blessés.", "Le maire", "12 blessés"),
        ("Les secours ont dressé un bilan de 40 blessés.", "Les secours", "40 blessés"),
        (
            "Le maire a condamné jeudi les violences commises dans la nuit.",
            "Le maire",
            "les violences commises dans la nuit",
        ),
        (
            "Le gouvernement a donné un bilan provisoire de « 12 morts et 40 blessés ».",
            "Le gouvernement",
            "12 morts et 40 blessés",
        ),
    ],
)
def test_noun_object_is_the_claim(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire parle souvent de sa ville natale.",
        "L'entraîneur a dressé un bilan de la saison.",
        "Le gouvernement veut modérer les prix de l'énergie.",
        "Le nom du nouvel entraîneur devrait être annoncé dans les heures qui viennent.",
        # a court's sentence is an act, with or without a date before the object
        "Le tribunal correctionnel de Rennes a condamné l'ancien adjoint à deux ans de prison avec sursis.",
        "Le tribunal correctionnel de Rennes a condamné mardi l'ancien adjoint à deux ans de prison.",
    ],
)
def test_no_claim(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a clause-only verb as an incise through its auxiliary
        (
            "« Nous ne céderons pas sur les salaires », a soutenu le maire.",
            "le maire",
            "Nous ne céderons pas sur les salaires",
        ),
        (
            "« Il faut attendre la décision du tribunal », modère le syndicaliste.",
            "le syndicaliste",
            "Il faut attendre la décision du tribunal",
        ),
        # a bare noun coordinated inside the inverted speaker's complement
        (
            "« Les quais sont encombrés depuis des mois », regrette le président de l’association des "
            "commerçants et industries du port, Jean Martin.",
            "le président de l’association des commerçants et industries du port, Jean Martin",
            "Les quais sont encombrés depuis des mois",
        ),
    ],
)
def test_incise_speakers(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


def test_partitive_subject(nlp: Language) -> None:
    text = "L'une des avocates dénonce un jugement « injuste »."
    [a] = found(nlp, text)
    assert a.speaker == "L'une des avocates"
    assert a.speaker_type == "anonymous"
    assert text[a.content_start : a.content_end] == "un jugement « injuste »"


def test_learnt_with_no_source(nlp: Language) -> None:
    text = "Le conseil municipal a adopté le budget de la ville jeudi soir, a-t-on appris."
    [a] = found(nlp, text)
    assert a.text == "a-t-on appris"
    assert a.speaker_start is None and a.speaker_type == "anonymous"
    assert text[a.content_start : a.content_end] == "Le conseil municipal a adopté le budget de la ville jeudi soir"


def test_learnt_with_a_source_keeps_it(nlp: Language) -> None:
    text = "Le projet de loi sera présenté en juin, a-t-on appris de source parlementaire."
    [a] = found(nlp, text)
    assert a.speaker == "source parlementaire"


def test_passive_confirmation(nlp: Language) -> None:
    text = "L'information a été confirmée par le ministre des Finances, Paul Durand."
    assert ("le ministre des Finances, Paul Durand", "L'information") in contents(nlp, text)


def test_infinitive_passive_before_que(nlp: Language) -> None:
    text = "Il vient d'être annoncé que le club changerait d'entraîneur."
    [a] = found(nlp, text)
    assert a.speaker_start is None and a.speaker_type == "anonymous"
    assert text[a.content_start : a.content_end] == "le club changerait d'entraîneur"


def test_quotation_continues_past_a_speakerless_record(nlp: Language) -> None:
    text = (
        "« La situation reste grave », note le maire. Il vient d'être annoncé que l'usine fermerait en mai. "
        "« Mais il faut rester prudent dans ce dossier, rien n'est encore signé. »"
    )
    assert ("le maire", "Mais il faut rester prudent dans ce dossier, rien n'est encore signé.") in contents(nlp, text)
