"""French attribution, tenth round (issue 13): recall on unseen news. Verbs of saying added by class
(incises of answering, listing, reassuring, manner of voice; counting and estimating with a figure) and
the participle of a compound tense after an inverted auxiliary. Every sentence here was written for the
tests."""

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
        (
            "« Nous ne céderons pas sur les salaires », a riposté le porte-parole du syndicat.",
            "le porte-parole du syndicat",
            "Nous ne céderons pas sur les salaires",
        ),
        ("« Le calendrier sera tenu », a-t-elle minimisé.", "elle", "Le calendrier sera tenu"),
        ("« Ce n'est pas mon rôle de juger », se défend le préfet.", "le préfet", "Ce n'est pas mon rôle de juger"),
        ("« Je ne regrette rien », a assumé l'ancien ministre.", "l'ancien ministre", "Je ne regrette rien"),
        (
            "« Ils ont menti depuis le début », a crié une manifestante.",
            "une manifestante",
            "Ils ont menti depuis le début",
        ),
        (
            "« Nous avons fait notre part », a rassuré le directeur de l'usine.",
            "le directeur de l'usine",
            "Nous avons fait notre part",
        ),
        (
            "« Je m'en souviens comme si c'était hier », se souvient une habitante.",
            "une habitante",
            "Je m'en souviens comme si c'était hier",
        ),
    ],
)
def test_incise_verbs_of_the_tenth_round(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


def test_participle_tagged_as_a_noun_after_an_inverted_auxiliary(nlp: Language) -> None:
    # the small model tags `énuméré` a noun here: the inverted auxiliary before it shows the verb
    text = "« Il reste trois dossiers en souffrance », a-t-il énuméré."
    assert ("il", "Il reste trois dossiers en souffrance") in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les habitants ont été rassurés par la visite du ministre.",
        "Le député a taclé le ministre lors du débat.",
        "Le gouvernement persiste à défendre la réforme, malgré les critiques.",
        "Les enfants riaient dans la cour de l'école.",
    ],
)
def test_incise_verbs_outside_an_incise_report_nothing(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le rapport comptabilise 42 incidents graves en 2023.", "Le rapport", "42 incidents graves en 2023"),
        (
            "L'association estime le nombre de sans-abri à 300 000 dans le pays.",
            "L'association",
            "le nombre de sans-abri à 300 000 dans le pays",
        ),
        (
            "La police a dénombré 12 000 manifestants dans le cortège.",
            "La police",
            "12 000 manifestants dans le cortège",
        ),
    ],
)
def test_a_count_or_estimate_with_a_figure_is_reported(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les experts ont évalué la situation avec prudence.",
        "La mairie a recensé les besoins des familles sinistrées.",
        "Près de 500 cas ont été recensés dans la région.",
    ],
)
def test_a_count_without_a_figure_or_a_source_reports_nothing(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


def test_a_pronominal_passive_of_an_estimate_reports_nothing(nlp: Language) -> None:
    assert found(nlp, "Le coût des travaux s'estime à 3 millions d'euros, rappelons-le.") == []
    assert found(nlp, "Le chantier se chiffre à 12 millions d'euros.") == []


def test_a_year_is_no_figure(nlp: Language) -> None:
    assert found(nlp, "La commune n'a recensé aucune crue depuis 1982.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # round 46: `sommer` and `enjoindre` are orders (`act_request`): quoted words make the record
        ("La juge a sommé le prévenu de « s'expliquer ».", "La juge", "s'expliquer"),
        (
            "Les familles ont supplié les autorités de reprendre les recherches.",
            "Les familles",
            "reprendre les recherches",
        ),
        ("L'ONU a enjoint les deux camps de « respecter la trêve ».", "L'ONU", "respecter la trêve"),
        # a negation and a reflexive clitic between `de` and the infinitive
        (
            "Le préfet a prévenu les habitants de ne pas s'approcher des berges.",
            "Le préfet",
            "ne pas s'approcher des berges",
        ),
    ],
)
def test_verbs_of_urging_with_de_and_an_infinitive(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les supporters pressaient le pas vers le stade.",
        "Le guérisseur tentait de conjurer le sort.",
        "Les policiers ont été sommés de quitter les lieux.",
    ],
)
def test_verbs_of_urging_without_a_source_or_an_infinitive_report_nothing(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "« Nous n'avons pas dormi depuis trois jours, confie le maire de la commune. Tout le monde est épuisé. »",
            "le maire de la commune",
            "Nous n'avons pas dormi depuis trois jours, confie le maire de la commune. Tout le monde est épuisé.",
        ),
        (
            "\"Le pont a tenu, explique l'ingénieur. Mais il faudra le renforcer avant l'hiver.\"",
            "l'ingénieur",
            "Le pont a tenu, explique l'ingénieur. Mais il faudra le renforcer avant l'hiver.",
        ),
        (
            "La maire a réagi. « Le pont a tenu, explique-t-elle. Mais il faudra le renforcer. »",
            "elle",
            "Le pont a tenu, explique-t-elle. Mais il faudra le renforcer.",
        ),
    ],
)
def test_an_incise_inside_the_quotation_marks_gives_the_whole_quotation(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in contents(nlp, text)


def test_an_incise_inside_a_quotation_with_its_own_cue_adds_nothing(nlp: Language) -> None:
    text = "« Le pont a tenu, je vous assure, et il tiendra encore longtemps », a déclaré l'ingénieur."
    assert contents(nlp, text) == [("l'ingénieur", "Le pont a tenu, je vous assure, et il tiendra encore longtemps")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Le pont a tenu », a déclaré, lors d'une conférence de presse, le maire de la commune.",
            "le maire de la commune",
        ),
        (
            "« Le pont a tenu », détaille, face aux journalistes, le capitaine Martin, chef de la brigade.",
            "le capitaine Martin",
        ),
    ],
)
def test_an_aside_between_the_incise_verb_and_its_speaker(nlp: Language, text: str, speaker: str) -> None:
    assert (speaker, "Le pont a tenu") in contents(nlp, text)
