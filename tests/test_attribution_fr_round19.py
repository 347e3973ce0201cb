"""French attribution recall (nineteenth round): a present verb the small tagger reads as a noun, an
adjective or an adverb after a longer subject (`de` complements, a bracketed acronym, a participle and
its agent) or before adverbs; a source inside a sentence whose comma opens a relative or a coordinated
clause; the narrative future with a quotation in its `que` clause and the 1990 spelling of futures;
verbs of fear and hope with their `que` clause. Every sentence here was written for the tests."""

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
        ("Danone dément toute hausse des prix.", "Danone", "toute hausse des prix"),
        ("Les élus démentent toute hausse des impôts.", "Les élus", "toute hausse des impôts"),
        (
            "Le 3 mars, la Cour régionale des finances évoque le prix du nouveau stade.",
            "la Cour régionale des finances",
            "le prix du nouveau stade",
        ),
        ("Les commerçants dénoncent par ailleurs une hausse des loyers.", "Les commerçants", "une hausse des loyers"),
    ],
)
def test_mis_tagged_present_after_its_subject(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


def test_subject_with_a_bracketed_acronym_and_a_participle(nlp: Language) -> None:
    text = "Le rapport rédigé par l'Office national des forêts (ONF) dénonce les retards du chantier."
    records = found(nlp, text)
    assert [text[r.content_start : r.content_end] for r in records] == ["les retards du chantier"]


def test_a_complement_after_a_preposition_is_no_subject(nlp: Language) -> None:
    # `à la mairie` follows a preposition: the form is no verb of that noun phrase
    text = "Il a déposé une plainte à la mairie évoque la presse."
    assert all(r.speaker != "la mairie" for r in found(nlp, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le randonneur a vu des empreintes, un lynx selon lui, qui serait passé la nuit.", "un lynx"),
        (
            "Les réserves sont au plus bas selon la régie des eaux, et cinq communes ont restreint l'arrosage.",
            "Les réserves sont au plus bas",
        ),
    ],
)
def test_source_before_a_relative_or_a_coordinated_clause(nlp: Language, text: str, content: str) -> None:
    records = [r for r in found(nlp, text) if r.text.startswith("selon")]
    assert len(records) == 1
    said = text[records[0].content_start : records[0].content_end]
    assert said.endswith(content) and "nuit" not in said and "arrosage" not in said


def test_source_before_a_new_clause_still_reports_what_follows(nlp: Language) -> None:
    text = "Selon le maire, les travaux dureront deux ans."
    assert ("le maire", "les travaux dureront deux ans") in contents(nlp, text)


def test_narrative_future_with_a_quotation(nlp: Language) -> None:
    text = "Dans un entretien, le ministre affirmera que « le stade sera prêt en juin »."
    assert ("le ministre", "le stade sera prêt en juin") in contents(nlp, text)


def test_future_without_a_quotation_is_a_prediction(nlp: Language) -> None:
    assert found(nlp, "Demain, le ministre affirmera que la réforme est juste.") == []


def test_future_in_the_reformed_spelling(nlp: Language) -> None:
    text = "« Le dossier est bouclé », révèlera le préfet."
    assert ("le préfet", "Le dossier est bouclé") in contents(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Des collectifs de cyclistes craignent que le chantier ferme la piste.",
            "Des collectifs de cyclistes",
            "le chantier ferme la piste",
        ),
        (
            "La directrice espère que la région financera le nouveau gymnase.",
            "La directrice",
            "la région financera le nouveau gymnase",
        ),
    ],
)
def test_fear_and_hope_with_their_clause(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in contents(nlp, text)


def test_fear_of_a_quoted_thing_stays_an_object(nlp: Language) -> None:
    assert found(nlp, "Les parents craignent « une classe surchargée ».") == []


@pytest.mark.parametrize(
    "text",
    [
        "« Le service a agi vite », lit-on dans le communiqué.",
        "« Le service a agi vite », peut-on lire dans le communiqué.",
    ],
)
def test_inverted_on_before_a_document(nlp: Language, text: str) -> None:
    assert ("le communiqué", "Le service a agi vite") in contents(nlp, text)


def test_participle_with_an_adverb_before_que(nlp: Language) -> None:
    text = "« Nous tenons nos délais », a-t-il ajouté, rappelant aussi qu'il part en juin."
    assert ("il", "il part en juin") in contents(nlp, text)


def test_noun_object_after_an_aside(nlp: Language) -> None:
    text = "Le syndicat a dénoncé, dans un tract distribué aux salariés, la suppression des primes."
    assert ("Le syndicat", "la suppression des primes") in contents(nlp, text)


def test_words_told_to_the_quoted_speaker(nlp: Language) -> None:
    text = "« Au guichet, ils m'ont dit que le train partirait avec une heure de retard ce matin », raconte Paul."
    assert ("ils", "le train partirait avec une heure de retard ce matin") in contents(nlp, text)


def test_the_quoted_speaker_own_words_stay_one_record(nlp: Language) -> None:
    text = "« Je vous ai dit que nous viendrions avec toute la classe demain matin », a lancé le maire."
    assert [r.speaker for r in found(nlp, text)] == ["le maire"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Les écoles rouvriront lundi », a-t-elle soutenu.", "elle"),
        ("« Le marché reste ouvert le soir », défend Hugo Petit, adjoint au commerce.", "Hugo Petit"),
    ],
)
def test_incise_verbs(nlp: Language, text: str, speaker: str) -> None:
    assert [r.speaker for r in found(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Le club défend son projet devant les élus.",
        "Le rapprochement entre l'Espagne et le Portugal annonce la fin d'une époque.",
    ],
)
def test_no_record_outside_an_incise_or_after_a_coordinated_name(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []
