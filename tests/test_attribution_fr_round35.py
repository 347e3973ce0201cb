"""French attribution, round 35 (attrfr35, issue 13): a plural pronoun that takes up two persons the text
has just named together (`X et Y ont ... Ils dénoncent`, `le Pr X, tout comme le Pr Y, ont ... Pour eux`)
resolves to named persons, so its speaker is named_person (the guidelines: a pronoun resolving to a named
person is named_person); a plural pronoun for unnamed people stays a group. Every sentence here was
written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import pipeline, speaker_content_pairs, types_of
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Au Niger, Amadou Issoufou et Moussa Tchangari ont quitté lundi soir la "
            "réunion de concertation. Ils dénoncent une réforme écrite à la hâte.",
            "Ils",
        ),
        (
            "Toutefois, le Dr Claire Ouédraogo, tout comme le Pr Hamidou Sawadogo, ont relevé plusieurs "
            "faiblesses du projet. D'abord, le gouvernement reste muet. Pour eux, le ministre doit "
            "s'expliquer devant les députés.",
            "eux",
        ),
        (
            "Marie Lavoie ainsi que Jacques Tremblay ont déposé un recours mardi. Ils estiment que la loi "
            "viole la Charte.",
            "Ils",
        ),
    ],
)
def test_plural_pronoun_for_named_persons_is_named(nlp: Language, text: str, speaker: str) -> None:
    assert types_of(nlp, text, speaker) == ["named_person"]


def test_plural_pronoun_for_a_group_named_since_stays_group(nlp: Language) -> None:
    text = (
        "Paul Girard et Anne Morel ont visité le chantier lundi. Les riverains de la rue ont manifesté "
        "le lendemain. Ils affirment que le bruit est insupportable."
    )
    assert types_of(nlp, text, "Ils") == ["group"]


@pytest.mark.parametrize(
    ("text", "body", "voice"),
    [
        (
            "La fédération a revendiqué mardi une hausse des adhésions, par la voix de sa présidente "
            "Hélène Marchal. Un nouveau calendrier sera publié en mai.",
            "La fédération",
            "sa présidente Hélène Marchal",
        ),
        (
            "Par la voix de son directeur Marc Dubois, l'office communal admet des « erreurs » dans le "
            "calcul des loyers.",
            "l'office communal",
            "son directeur Marc Dubois",
        ),
    ],
)
def test_par_la_voix_de_gives_a_record_per_source(nlp: Language, text: str, body: str, voice: str) -> None:
    """`par la voix de X`: the body and the person it speaks through are two sources of one claim, one
    record each with the same content (the guidelines: one record per source)."""
    pairs = speaker_content_pairs(nlp, text)
    contents = {speaker: content for speaker, content in pairs}
    assert body in contents and voice in contents, pairs
    assert contents[body] == contents[voice]
    assert types_of(nlp, text, voice) == ["named_person"]


def test_par_la_voix_de_outside_a_claim_gives_no_record(nlp: Language) -> None:
    text = "La jeune chanteuse a remporté le concours régional samedi soir par la voix de sa mère, absente."
    assert speaker_content_pairs(nlp, text) == []
