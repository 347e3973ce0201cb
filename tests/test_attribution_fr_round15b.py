"""French incises, second sources and damaged copy, fifteenth round (attrfr15b): the narrative future of
an incise, a lead verb before an infinitive of saying, an incise inside its clause, `de même source`,
a closing guillemet glued to the incise, `qu''il` / `quil`. Sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from attribution_support import speaker_contents as records
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        # the simple future or conditional of an incise reports words already said
        ("« Rien n'est joué », ajoutera-t-il.", "ajoutera-t-il", "il", "Rien n'est joué"),
        ("« Le chantier avance », assurera-t-elle.", "assurera-t-elle", "elle", "Le chantier avance"),
        ("« La saison sera longue », conclura le directeur.", "conclura le directeur", "le directeur", None),
        (
            "L'une des pistes, dira-t-il, concerne la formation.",
            "dira-t-il",
            "il",
            "L'une des pistes, dira-t-il, concerne la formation",
        ),
    ],
)
def test_a_narrative_future_in_an_incise(nlp: Language, text: str, cue: str, speaker: str, content: str | None) -> None:
    out = found(nlp, text)
    assert [(a.text, a.speaker) for a in out] == [(cue, speaker)]
    if content is None:
        content = text[2 : text.index(" »")]
    assert text[out[0].content_start : out[0].content_end] == content


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre dira demain que la saison sera longue.",  # a prediction: nothing said yet
        "Que dira-t-il demain ?",
    ],
)
def test_a_future_that_is_no_incise_reports_nothing(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("« Personne ne sera oublié », a voulu rassurer le ministre.", "a voulu rassurer le ministre", "le ministre"),
        ("« Personne ne sera oublié », a tenu à préciser la maire.", "a tenu à préciser la maire", "la maire"),
        ("« Il faut agir », devait-il déclarer.", "devait-il déclarer", "il"),
        ("« Il faut agir », s'est empressé d'ajouter le maire.", "s'est empressé d'ajouter le maire", "le maire"),
        ("« Il faut agir », a-t-elle fait savoir.", "a-t-elle fait savoir", "elle"),
    ],
)
def test_a_lead_verb_before_an_infinitive_of_saying_in_an_incise(
    nlp: Language, text: str, cue: str, speaker: str
) -> None:
    out = found(nlp, text)
    assert [(a.text, a.speaker) for a in out] == [(cue, speaker)]
    assert text[out[0].content_start : out[0].content_end] == text[2 : text.index(" »")]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a voulu rassurer les éleveurs sur les indemnités.",
        "Le maire, qui a voulu rassurer les habitants, a visité le site.",
    ],
)
def test_a_lead_verb_outside_an_incise_reports_nothing(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le ministre, a affirmé son porte-parole, ne démissionnera pas.", "son porte-parole"),
        ("La réforme, ont expliqué les syndicats, doit être retirée.", "les syndicats"),
        ("La réforme, avait-il expliqué, doit entrer en vigueur en mars.", "il"),
    ],
)
def test_an_incise_inside_its_clause_voices_the_whole_sentence(nlp: Language, text: str, speaker: str) -> None:
    assert records(nlp, text) == [(speaker, text[:-1])]


def test_a_subject_and_its_apposition_stay_the_speaker(nlp: Language) -> None:
    text = "Le président du club, Paul Martin, a annoncé sa démission."
    assert records(nlp, text) == [("Le président du club, Paul Martin", "sa démission")]


def test_a_reported_clause_stops_before_a_closing_incise(nlp: Language) -> None:
    text = "Le maire a annoncé qu'il ne quittera pas son poste, affirme son porte-parole."
    assert records(nlp, text) == [
        ("Le maire", "il ne quittera pas son poste"),
        ("son porte-parole", "Le maire a annoncé qu'il ne quittera pas son poste"),
    ]


def test_a_listed_phrase_between_auxiliary_and_participle(nlp: Language) -> None:
    text = "Paul Durand a quant à lui révélé qu'il ne quittera pas son poste."
    out = found(nlp, text)
    assert [(a.text, a.speaker) for a in out] == [("Paul Durand a quant à lui révélé", "Paul Durand")]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Les travaux reprendront en mai, de même source.", "source", "Les travaux reprendront en mai"),
        # after a verb of saying, the marker says where its words come from: one record, whose speaker
        # is that source (twenty-ninth round, ONDE: not the impersonal `on`)
        (
            "« Les travaux reprendront en mai », précise-t-on de même source.",
            "même source",
            "Les travaux reprendront en mai",
        ),
    ],
)
def test_a_source_named_by_the_marker_itself(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert records(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        # a closing guillemet glued to the comma and the incise verb
        (
            "« Nous ouvrirons le site le mois prochain»,a annoncé le maire.",
            "a annoncé le maire",
            "le maire",
            "Nous ouvrirons le site le mois prochain",
        ),
        ("« Nous ouvrirons le site»,a-t-il dit.", "a-t-il dit", "il", "Nous ouvrirons le site"),
        # a missing apostrophe in `qu'il`
        ("Le maire a dit quil viendrait.", "Le maire a dit", "Le maire", "il viendrait"),
    ],
)
def test_damaged_copy(nlp: Language, text: str, cue: str, speaker: str, content: str) -> None:
    out = found(nlp, text)
    assert [(a.text, a.speaker) for a in out] == [(cue, speaker)]
    assert text[out[0].content_start : out[0].content_end] == content


def test_a_doubled_apostrophe_opens_the_clause(nlp: Language) -> None:
    text = "Le maire a dit qu''il viendrait."
    out = found(nlp, text)
    assert [(a.text, a.speaker) for a in out] == [("Le maire a dit", "Le maire")]
    assert text[out[0].content_start : out[0].content_end].endswith("il viendrait")


def test_a_word_that_only_looks_like_a_damaged_que(nlp: Language) -> None:
    doc = nlp("Quelle surprise pour les habitants.")
    assert [t.text for t in doc][:2] == ["Quelle", "surprise"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On assure au ministère que les travaux reprendront en mai.", "ministère"),
        ("On indique à la mairie que les travaux reprendront en mai.", "la mairie"),
        ("On affirme dans l'entourage du ministre que le projet est abandonné.", "l'entourage du ministre"),
    ],
)
def test_indefinite_on_with_the_place_where_it_is_said(nlp: Language, text: str, speaker: str) -> None:
    assert records(nlp, text) == [(speaker, text[text.index(" que ") + 5 : -1])]


@pytest.mark.parametrize(
    "text",
    [
        "On dit souvent que le temps guérit tout.",
        "On sait que la route est fermée.",
    ],
)
def test_a_generic_on_names_nobody(nlp: Language, text: str) -> None:
    assert records(nlp, text) == []
