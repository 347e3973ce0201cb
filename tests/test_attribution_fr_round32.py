"""French attribution, thirty-second round (attrfr32, issue 13): constructions found on more than one set
of the round's pool (A42, A43, A44, A45) and measured on all of them and on dev. A subject noun phrase
with a post-nominal modifier before a verb the small model does not tag as one (`Les salariés en grève
dénoncent`, `Les agriculteurs, souvent endettés, dénoncent`), and a relative clause of saying on a
source just named (`selon une source, pour qui « ... »`, `selon le syndicat, qui fait état de ...`).
Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline, speaker_content_pairs
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le conflit s'étend aux entrepôts.\n\nLes chauffeurs en colère dénoncent des cadences « intenables ».",
            "Les chauffeurs en colère",
            "des cadences « intenables »",
        ),
        (
            "La récolte s'annonce maigre.\n\nLes viticulteurs, souvent endettés, dénoncent la hausse des charges.",
            "Les viticulteurs",
            "la hausse des charges",
        ),
    ],
)
def test_a_subject_with_a_modifier_before_an_untagged_verb_speaks(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


def test_the_second_verb_after_an_untagged_first_verb_shares_its_subject(nlp: Language) -> None:
    text = (
        "Le mouvement se poursuit.\n\nLes salariés en grève réclament une augmentation générale des salaires "
        "et dénoncent une proposition « méprisante » de la direction."
    )
    found = speaker_content_pairs(nlp, text)
    assert any(content == "une proposition « méprisante » de la direction" for _, content in found), found


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Le bilan est lourd, selon un secouriste, pour qui « la route était impraticable ».",
            "un secouriste",
            "la route était impraticable",
        ),
        (
            "Le conseil a voté la motion, a indiqué le maire, selon qui « aucune voix ne s'est élevée contre ».",
            "le maire",
            "aucune voix ne s'est élevée contre",
        ),
    ],
)
def test_a_marker_governing_the_relative_pronoun_of_a_source_is_its_record(
    nlp: Language, text: str, source: str, content: str
) -> None:
    assert (source, content) in speaker_content_pairs(nlp, text)


def test_an_inserted_source_stops_before_its_relative_clause_of_saying(nlp: Language) -> None:
    text = "La grève est suivie dans tous les dépôts, selon le syndicat, qui fait état de 80 % de grévistes."
    found = speaker_content_pairs(nlp, text)
    assert ("le syndicat", "La grève est suivie dans tous les dépôts") in found
    assert ("le syndicat", "80 % de grévistes") in found


def test_an_inserted_source_keeps_the_sentence_when_its_relative_says_nothing(nlp: Language) -> None:
    text = "Les habitants ont été évacués, selon la mairie, qui a ouvert un gymnase."
    found = speaker_content_pairs(nlp, text)
    assert found == [("la mairie", "Les habitants ont été évacués, selon la mairie, qui a ouvert un gymnase")]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Selon des témoins et des sources policières, les tirs ont duré dix minutes.",
            ["des témoins", "des sources policières"],
        ),
        (
            "Deux personnes ont été blessées, ont indiqué un responsable local, des élus et des sources sécuritaires.",
            ["un responsable local", "des élus", "des sources sécuritaires"],
        ),
    ],
)
def test_sources_listed_with_the_plural_indefinite_are_one_record_each(
    nlp: Language, text: str, sources: list[str]
) -> None:
    assert [a.speaker for a in checked_attributions(nlp, text)] == sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Le syndicat des médecins et des infirmiers a dénoncé la réforme.",
            "Le syndicat des médecins et des infirmiers",
        ),
        (
            "Selon le ministre de l'Intérieur et des Outre-mer, la situation est stable.",
            "le ministre de l'Intérieur et des Outre-mer",
        ),
    ],
)
def test_des_continuing_a_complement_is_no_second_source(nlp: Language, text: str, source: str) -> None:
    assert [a.speaker for a in checked_attributions(nlp, text)] == [source]


@pytest.mark.parametrize("text", ["un responsablea-t-il ajouté, ", "« C'est fini », a-t-il ajouté,"])
def test_an_inverted_cue_and_a_comma_ending_the_text_are_read_without_error(nlp: Language, text: str) -> None:
    # found by the property test: the comma after the speaker was the last token, and the reader of a
    # confirming participle looked one token past the end of the text
    records = checked_attributions(nlp, text)
    assert all(0 <= a.start < a.end <= len(text) for a in records)
