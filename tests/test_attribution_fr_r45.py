"""French attribution, round 45: calls to act (the read sets' convention), frames the lexicon lacked
(negated noun litotes, `croire savoir`, pronominal verbs of judgment with an attribute, inverted phrasal
verbs, `enseigner`) and a relay participle opening the sentence. Every sentence here was written for the
tests."""

from __future__ import annotations

import pytest
from attribution_support import speaker_content_pairs
from spacy.language import Language

# ---------------------------------------------------------------- class C: calls to act


@pytest.mark.parametrize(
    "text",
    [
        "La préfecture appelle à la plus grande vigilance sur les routes.",
        "Les élus ont appelé au calme après les heurts.",
        "Le collectif a lancé un appel au dialogue.",
        "L'archevêque exhorte les fidèles à la patience.",
        "Le maire invite les habitants à rester chez eux ce week-end.",
    ],
)
def test_calls_to_act_report_nothing(fr: Language, text: str) -> None:
    assert speaker_content_pairs(fr, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("La directrice a appelé à reprendre les cours lundi.", "La directrice", "reprendre les cours lundi"),
        ("Le syndicat appelle à « une vraie négociation ».", "Le syndicat", "une vraie négociation"),
        (
            "L'ordre des médecins appelle à une meilleure « prise en charge des douleurs ».",
            "L'ordre des médecins",
            "une meilleure « prise en charge des douleurs »",
        ),
        ("La ministre invite à « ne pas céder à la panique ».", "La ministre", "ne pas céder à la panique"),
    ],
)
def test_calls_with_infinitive_or_wording(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


# ---------------------------------------------------------------- class A: frames


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("La sénatrice ne fait pas mystère de ses ambitions régionales.", "La sénatrice", "ses ambitions régionales"),
        (
            "L'attaquant n'a jamais fait mystère de vouloir rejoindre un club anglais.",
            "L'attaquant",
            "vouloir rejoindre un club anglais",
        ),
        ("Le député n'a pas fait secret de son vote contre le budget.", "Le député", "son vote contre le budget"),
        ("La patronne ne fait pas un secret de son envie de vendre.", "La patronne", "son envie de vendre"),
        ("Le ministre ne faisait aucun mystère de son hostilité au tracé.", "Le ministre", "son hostilité au tracé"),
        (
            "Le quotidien croit savoir que la directrice va quitter ses fonctions.",
            "Le quotidien",
            "la directrice va quitter ses fonctions",
        ),
        ("« Le contrat est signé », croit savoir un proche du club.", "un proche du club", "Le contrat est signé"),
        (
            "La vente serait imminente, fait savoir un proche du dossier.",
            "un proche du dossier",
            "La vente serait imminente",
        ),
        ("Le syndicat s'estime trahi par la direction.", "Le syndicat", "trahi par la direction"),
        (
            "Les locataires s'estiment lésés par la hausse des charges.",
            "Les locataires",
            "lésés par la hausse des charges",
        ),
        (
            "L'entraîneur s'avoue déçu par la prestation de ses joueurs.",
            "L'entraîneur",
            "déçu par la prestation de ses joueurs",
        ),
        (
            "« Rien n'est encore joué », nous enseigne un vieux diplomate.",
            "un vieux diplomate",
            "Rien n'est encore joué",
        ),
    ],
)
def test_frames(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le suspect a fait mystère de ses motivations.",
        "La récolte s'estime à deux tonnes par hectare.",
        "Elle enseigne le français dans un lycée de Brest.",
        "Le fait divers a choqué tout le quartier.",
    ],
)
def test_frames_other_senses_report_nothing(fr: Language, text: str) -> None:
    assert speaker_content_pairs(fr, text) == []


# ---------------------------------------------------------------- class B: a relay opening the sentence


@pytest.mark.parametrize(
    ("text", "relay", "speaker", "content"),
    [
        (
            "Citée par la radio locale, une commerçante explique que les clients ont déserté la rue.",
            "la radio locale",
            "une commerçante",
            "les clients ont déserté la rue",
        ),
        (
            "Cités par le quotidien, des voisins affirment avoir entendu deux détonations.",
            "le quotidien",
            "des voisins",
            "avoir entendu deux détonations",
        ),
    ],
)
def test_fronted_relay(fr: Language, text: str, relay: str, speaker: str, content: str) -> None:
    records = speaker_content_pairs(fr, text)
    assert (speaker, content) in records
    assert (relay, content) in records


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Interrogé par l'agence, le maire a assuré que le chantier reprendrait.", "l'agence"),
        ("Blessée par un éclat, une passante a raconté qu'elle avait eu très peur.", "un éclat"),
        ("Le texte cité par la juge date de 1990, a rappelé l'avocat.", "la juge"),
    ],
)
def test_no_fronted_relay(fr: Language, text: str, absent: str) -> None:
    assert all(speaker != absent for speaker, _ in speaker_content_pairs(fr, text))
