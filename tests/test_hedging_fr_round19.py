"""French hedging, nineteenth round (issue 14): a conditional the model leaves unlemmatised still
reads as the verb it is (a poll's "l'emporterait"); a "si" inside a quoted question is a condition;
a race's winner or closeness is a poll outcome; the press named only as "la presse", "les médias X"
or "plusieurs journaux" is a vague attribution; "on me dit aussi que" too; "si tout va bien" is a
forecast's proviso, not a supposition; a first name the model tags an infinitive, followed by a role in
apposition, is a named subject. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds as kinds
from hedging_support import counted_vague_attributions, readings_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("D'après ce sondage, Jeanne Martin l'emporterait de nouveau.", "emporterait"),
        ("Selon le dernier sondage, le duel final serait très serré.", "serait"),
        ("Le sondage a été publié dimanche. Quel serait le vainqueur ?", "serait"),
        ("Le sondage a été publié dimanche. Le gagnant serait le maire sortant.", "serait"),
        (
            "Le sondeur a posé cette question : « Si l'élection avait lieu dimanche, quel candidat aurait "
            "votre préférence ? »",
            "aurait",
        ),
    ],
)
def test_a_polls_outcome_is_not_counted(fr: Language, text: str, verb: str) -> None:
    assert all(kind == "hypothetical" and not counted for kind, counted in readings_of(fr, text, verb))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Selon la police, le vainqueur de la course serait dopé.", "serait"),  # no poll in view
        ("Les enquêteurs se demandent si le gardien aurait ouvert la porte.", "aurait"),  # indirect question
        ("Le bilan serait de trois morts, selon les pompiers.", "serait"),
        ("Nasser Ben Ali, le président du club, serait prêt à vendre.", "serait"),
        ("Le club a reçu une offre. Nasser Ben Ali, le président du club, serait prêt à l'accepter.", "serait"),
    ],
)
def test_reported_news_stays_counted(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("conditional_hedge", True)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Si tout se passe comme prévu, le pont devrait rouvrir en mars.", "devrait"),
        ("La ligne, si tout va bien, devrait ouvrir à l'automne.", "devrait"),
    ],
)
def test_a_forecasts_proviso_keeps_the_forecast_counted(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("modal_hedge", True)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Si tout le monde payait, la dette baisserait.", "baisserait"),
        ("Si tout allait plus vite, le chantier coûterait moins.", "coûterait"),
        ("Augmenter les impôts serait une erreur.", "serait"),
    ],
)
def test_a_supposition_about_everything_stays_hypothetical(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Selon la presse espagnole, le défenseur aurait signé pour trois ans.", "Selon la presse"),
        ("D'après les médias locaux, la mairie aurait renoncé au projet.", "D'après les médias"),
        ("Les médias italiens affirment que l'entraîneur a démissionné.", "Les médias italiens affirment"),
        ("Le club prépare une offre, rapportent mardi plusieurs journaux anglais.", "plusieurs journaux"),
        ("On nous dit aussi que le chantier prendra du retard.", "On nous dit aussi que"),
        ("D'après les mêmes sources, aucun blessé n'est à déplorer.", "D'après les mêmes sources"),
    ],
)
def test_the_press_as_unnamed_source_is_a_vague_attribution(fr: Language, text: str, cue: str) -> None:
    assert any(cue in words for words in counted_vague_attributions(fr, text)), kinds(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Il a écrit pour plusieurs journaux régionaux avant de rejoindre la radio.",
        "Selon la presse de Lyon, rien n'est décidé.",  # a complement places the source
        "Les journaux ont été livrés en retard ce matin.",
        "La police a bouclé le quartier. Selon la même source, le suspect a été arrêté.",  # a named source
    ],
)
def test_the_press_lending_no_words_is_no_vague_attribution(fr: Language, text: str) -> None:
    assert counted_vague_attributions(fr, text) == []
