"""French attribution, round 44: verbs and markers of saying the lexicon lacked, taken as a class, and the
scope of a `selon` marker with no comma. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import speaker_content_pairs
from spacy.language import Language

# ---------------------------------------------------------------- class 1: verbs and markers of saying


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("« Il faut tout revoir », a récapitulé le rapporteur.", "le rapporteur", "Il faut tout revoir"),
        ("La juge a récapitulé que les faits étaient établis.", "La juge", "les faits étaient établis"),
        ("« Je ne sais pas », bafouille le suspect.", "le suspect", "Je ne sais pas"),
        ("« Allez-vous partir ? », relance la journaliste.", "la journaliste", "Allez-vous partir ?"),
        ("« Tout va bien », susurre l'actrice.", "l'actrice", "Tout va bien"),
        ("« Nous le ferons », vocifère le candidat.", "le candidat", "Nous le ferons"),
        ("« La question mérite d'être posée », pose l'avocat.", "l'avocat", "La question mérite d'être posée"),
        ("« Il faut voter », intervient le maire.", "le maire", "Il faut voter"),
        ("« Nous resterons », continue-t-il.", "il", "Nous resterons"),
        (
            "La ministre n'a jamais caché que la réforme serait difficile.",
            "La ministre",
            "la réforme serait difficile",
        ),
        ("Le syndicat ne cache pas que la grève pourrait durer.", "Le syndicat", "la grève pourrait durer"),
        ("Le maire ne dissimulait pas que la situation était grave.", "Le maire", "la situation était grave"),
        ("Le juge lui imputait d'avoir menti.", "Le juge", "avoir menti"),
    ],
)
def test_verbs_of_saying(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


def test_s_opposer_a_ce_que(fr: Language) -> None:
    records = speaker_content_pairs(fr, "La défense s'est opposée à ce qu'un report de l'audience soit décidé.")
    assert any(s == "La défense" and "un report de l'audience soit décidé" in c for s, c in records)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("De l'avis général des experts, la digue ne tiendra pas.", "experts", "la digue ne tiendra pas"),
        ("Au dire des habitants, la rue est devenue dangereuse.", "habitants", "la rue est devenue dangereuse"),
        (
            "Du propre aveu du directeur, les comptes sont dans le rouge.",
            "directeur",
            "les comptes sont dans le rouge",
        ),
        (
            "Selon les mots du ministre, la réforme est « indispensable ».",
            "ministre",
            "la réforme est « indispensable »",
        ),
        (
            "Les élèves auraient été évacués, selon les termes d'un enseignant présent sur place.",
            "un enseignant présent",
            "Les élèves auraient été évacués",
        ),
    ],
)
def test_source_markers(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Il pose ses valises à Lyon et pose une question au maire.",
        "Le gouvernement veut relancer l'économie.",
        "La police est intervenue vers minuit et les travaux continuent.",
        "Il a caché que sa société était en faillite.",
        "Elle ne cache pas sa joie.",
        "Il ne cache que sa fatigue.",
        "La mairie s'oppose au projet.",
        "Deux équipes s'opposent à Lyon ce soir.",
    ],
)
def test_other_senses_report_nothing(fr: Language, text: str) -> None:
    assert speaker_content_pairs(fr, text) == []


# ---------------------------------------------------------------- class 4: marker scope


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Selon le maire le chantier a pris du retard.", "le maire", "le chantier a pris du retard"),
        (
            "Les manifestants restent peu nombreux selon la préfecture qui évoque 300 personnes.",
            "la préfecture",
            "Les manifestants restent peu nombreux",
        ),
        (
            "Le suspect serait selon la police reparti vers Lyon.",
            "la police",
            "Le suspect serait selon la police reparti vers Lyon",
        ),
        ("Le chantier a pris du retard selon le maire.", "le maire", "Le chantier a pris du retard"),
    ],
)
def test_marker_scope(fr: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in speaker_content_pairs(fr, text)


def test_marker_after_a_participle_is_not_inside_the_verb_group(fr: Language) -> None:
    text = "La commission propose une hausse des prix plafonnés selon un barème publié lundi."
    assert all(not c.startswith("La commission propose") for _, c in speaker_content_pairs(fr, text))


def test_inverted_speaker_keeps_its_adjunct(fr: Language) -> None:
    text = "Deux blessés ont été évacués, a assuré de son côté le maire de la commune."
    assert ("le maire de la commune", "Deux blessés ont été évacués") in speaker_content_pairs(fr, text)


# ---------------------------------------------------------------- class 3: several sources of one claim


def test_own_sources_among_people(fr: Language) -> None:
    records = speaker_content_pairs(fr, "D'après nos sources auprès des enseignants, la réforme sera reportée.")
    assert ("des enseignants", "la réforme sera reportée") in records


def test_own_sources_alone_stay(fr: Language) -> None:
    records = speaker_content_pairs(fr, "Selon nos sources, le camp sera évacué.")
    assert ("nos sources", "le camp sera évacué") in records


def test_confirmed_source_is_a_second_source(fr: Language) -> None:
    text = "Le camp sera évacué, a affirmé la préfecture, confirmant des sources policières."
    records = speaker_content_pairs(fr, text)
    assert ("la préfecture", "Le camp sera évacué") in records
    assert ("des sources policières", "Le camp sera évacué") in records
    assert all(c != "des sources policières" for _, c in records)
