"""French attribution, thirty-fourth round (attrfr34, issue 13): the speaker after an inverted verb of
saying when the small model tags one of its words a verb. A capitalised word right after the verb opens a
name (`, précise Raphaël Dumoulin.`: the model tags the unfamiliar given name a verb), and a noun of
person made from a present participle after a determiner (`un manifestant`, `une habitante`) is a noun.
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def _speakers(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    return {a.speaker: (a.speaker_type, text[a.content_start : a.content_end]) for a in checked_attributions(nlp, text)}


def test_a_name_the_tagger_reads_as_a_verb_is_the_inverted_speaker(nlp: Language) -> None:
    text = "Les travaux dureront au moins trois semaines, précise Raphaël Dumoulin."
    found = _speakers(nlp, text)
    assert found.get("Raphaël Dumoulin") == ("named_person", "Les travaux dureront au moins trois semaines"), found


def test_a_noun_in_ant_after_a_determiner_is_the_inverted_speaker(nlp: Language) -> None:
    text = "« Personne ne nous a prévenus », affirme un manifestant sous couvert d'anonymat."
    found = _speakers(nlp, text)
    assert found.get("un manifestant") == ("anonymous", "Personne ne nous a prévenus"), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Personne ne nous a prévenus », affirme un manifestant sous couvert d'anonymat.", "un manifestant"),
        ("« Les bus ne passent plus », regrette un enseignant sous couvert d'anonymat.", "un enseignant"),
    ],
)
def test_an_unnamed_person_in_ant_keeps_the_anonymous_record(nlp: Language, text: str, speaker: str) -> None:
    found = _speakers(nlp, text)
    assert found.get(speaker, ("", ""))[0] == "anonymous", found


def test_a_quotation_glued_to_the_previous_full_stop_is_read_whole(nlp: Language) -> None:
    text = (
        "Le chantier prendra du retard, selon l'architecte Lina Perrot.\"Les fondations ont bougé pendant "
        "l'hiver. Il faut tout reprendre\", a averti Mme Perrot."
    )
    said = "Les fondations ont bougé pendant l'hiver. Il faut tout reprendre"
    found = _speakers(nlp, text)
    assert found.get("Mme Perrot") == ("named_person", said), found
    assert {a.form for a in checked_attributions(nlp, text) if a.speaker == "Mme Perrot"} == {"direct"}


def test_a_colon_quotation_after_a_sentence_glued_to_a_closing_mark(nlp: Language) -> None:
    text = (
        'Le maire sortant dit devoir sa réélection "aux habitants du centre".L\'adjointe Lina Perrot, de son '
        'côté : "Le quartier nord nous a manqué."'
    )
    found = _speakers(nlp, text)
    assert found.get("L'adjointe Lina Perrot", ("", ""))[1].startswith("Le quartier nord"), found
