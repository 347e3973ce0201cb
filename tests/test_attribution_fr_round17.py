"""French text as spaCy sees it and cue shapes of unseen news (seventeenth round): the typographic
apostrophe read as the straight one by the models, with offsets and span texts from the text as read;
a relative `que` after a noun object, a negative subject, `», dit-il plus tard`, the present of a lead
verb in an incise (`», tient à rassurer X`). Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from spacy.language import Language

from framing.analyse import analyse_article
from framing.types import Article


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


CURLY_TEXT = (
    "Selon l’avocat de l’entreprise, le chantier n’a jamais été arrêté. "
    "La directrice a assuré qu’elle s’était rendue à l’usine lundi."
)


def test_curly_elision_is_parsed_as_the_straight_one(nlp: Language) -> None:
    curly = nlp(CURLY_TEXT)
    straight = nlp(CURLY_TEXT.replace("’", "'"))
    assert [t.pos_ for t in curly] == [t.pos_ for t in straight]
    assert [t.lemma_ for t in curly] == [t.lemma_ for t in straight]
    assert [t.head.i for t in curly] == [t.head.i for t in straight]
    first_l = next(t for t in curly if t.text == "l’")
    assert (first_l.pos_, first_l.lemma_) == ("DET", "le")


def test_curly_text_keeps_its_words_and_offsets(nlp: Language) -> None:
    doc = nlp(CURLY_TEXT)
    assert doc.text == CURLY_TEXT
    assert [t.text for t in doc if "’" in t.text] == ["l’", "l’", "n’", "qu’", "s’", "l’"]
    assert all(CURLY_TEXT[t.idx : t.idx + len(t)] == t.text for t in doc)


def test_curly_spans_are_cut_from_the_text_as_read() -> None:
    result = analyse_article(Article(id="t", text=CURLY_TEXT, outlet="o", lang="fr"))
    speakers = {a.speaker for a in result.attributions}
    assert "l’avocat de l’entreprise" in speakers
    for a in result.attributions:
        assert CURLY_TEXT[a.start : a.end] == a.text
        assert CURLY_TEXT[a.speaker_start : a.speaker_end] == a.speaker
    quoted = next(a for a in result.attributions if a.speaker == "La directrice")
    assert CURLY_TEXT[quoted.content_start : quoted.content_end] == "elle s’était rendue à l’usine lundi"


def test_relative_que_on_the_object_opens_no_content(nlp: Language) -> None:
    text = "Le maire demande à l’État des crédits d’urgence, en plus des sommes qu’il avait déjà obtenues."
    assert found(nlp, text) == []


def test_que_clause_after_the_verb_still_opens_content(nlp: Language) -> None:
    text = "Le maire demande à l’État qu’il débloque des crédits d’urgence."
    (a,) = found(nlp, text)
    assert text[a.content_start : a.content_end] == "il débloque des crédits d’urgence"


@pytest.mark.parametrize(
    "text",
    [
        "Aucune de ces études n’évoque une hausse des températures.",
        "Aucun ministre n’a confirmé que la réforme serait votée.",
        "Personne n’a dit que la saison serait facile.",
    ],
)
def test_negative_subject_reports_nothing(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


def test_plain_negation_before_a_named_subject_is_unchanged(nlp: Language) -> None:
    (a,) = found(nlp, "La maire a confirmé qu’elle partirait en juin.")
    assert a.speaker == "La maire"


def test_incise_with_plus_tard_is_found(nlp: Language) -> None:
    text = "« Nous ne céderons rien sur les salaires », dit-il plus tard."
    (a,) = found(nlp, text)
    assert a.speaker == "il"
    assert text[a.content_start : a.content_end] == "Nous ne céderons rien sur les salaires"


def test_incise_negated_by_plus_stays_out(nlp: Language) -> None:
    assert found(nlp, "« Rien ne change », ne dit-il plus guère.") == []


def test_present_lead_verb_in_an_incise_is_the_speakers_words(nlp: Language) -> None:
    text = "La récolte sera faible cette année, tient à rassurer la directrice."
    (a,) = found(nlp, text)
    assert a.speaker == "la directrice"
    assert text[a.content_start : a.content_end] == "La récolte sera faible cette année"


def test_present_lead_verb_outside_an_incise_reports_nothing(nlp: Language) -> None:
    assert found(nlp, "Le ministre tient à rassurer les éleveurs.") == []


@pytest.mark.parametrize("incise", ["conclut-il", "conclut-elle"])
def test_inverted_clitic_makes_a_participle_tag_finite(nlp: Language, incise: str) -> None:
    text = f"Le club a perdu. « C’est dur pour tout le monde », {incise}."
    (a,) = found(nlp, text)
    assert text[a.content_start : a.content_end] == "C’est dur pour tout le monde"


def test_colon_lead_with_the_subject_in_apposition(nlp: Language) -> None:
    text = (
        "Le prix du lait a baissé. Jean Dupont, éleveur à Lyon, est un peu morose : "
        "« C’est difficile, on ne gagne plus rien. »"
    )
    (a,) = found(nlp, text)
    assert a.speaker == "Jean Dupont"
    assert text[a.content_start : a.content_end] == "C’est difficile, on ne gagne plus rien."


def test_colon_lead_of_a_document_state_stays_out(nlp: Language) -> None:
    assert found(nlp, "Le bilan, publié lundi, est lourd : « Trois morts et dix blessés dans la nuit. »") == []
