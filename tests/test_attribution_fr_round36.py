"""French attribution, round 36 (attrfr36): words that look like a source or a statement and are neither.

A marker word that names no source. `selon` also means
"depending on" or "in accordance with" (`selon la date du scrutin`, `selon la pratique parlementaire`),
and `d'après` is the first half of an afternoon written without its hyphen (`en début d'après midi`). A
noun of time, place or practice after the marker cannot be a source, so no attribution is made; a paper
named `Midi ...` still is one. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions, pipeline
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def _cues(nlp: Language, text: str) -> list[str]:
    return [a.text for a in checked_attributions(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Selon la date du scrutin, les bureaux de vote pourraient ouvrir plus tôt dans les communes rurales.",
        "Le budget sera ensuite soumis au vote des sénateurs, selon la pratique parlementaire habituelle.",
        "Selon l'heure de passage des trains, le trajet peut durer deux fois plus longtemps.",
        "Les tarifs varient fortement selon les lieux de vente et la saison.",
        "Les négociations entre la direction et les syndicats reprendront en début d'après midi à la préfecture.",
    ],
)
def test_a_marker_before_a_noun_of_time_place_or_practice_is_no_attribution(nlp: Language, text: str) -> None:
    assert _cues(nlp, text) == []


def test_the_afternoon_written_without_hyphen_leaves_the_real_source(nlp: Language) -> None:
    text = "La séance reprendra en début d'après midi, a indiqué la présidence de l'Assemblée."
    found = [(a.speaker, a.speaker_type) for a in checked_attributions(nlp, text)]
    assert found == [("la présidence de l'Assemblée", "institution")], found


def test_a_paper_named_midi_is_still_a_source(nlp: Language) -> None:
    text = "D'après Midi Libre, le maire de la commune a présenté sa démission mardi soir."
    found = [(a.speaker, a.speaker_type) for a in checked_attributions(nlp, text)]
    assert found == [("Midi Libre", "media")], found


def test_a_source_after_selon_is_still_a_source(nlp: Language) -> None:
    text = "Selon la préfecture, la date du scrutin ne sera pas modifiée malgré les intempéries."
    found = [(a.speaker, a.speaker_type) for a in checked_attributions(nlp, text)]
    assert found == [("la préfecture", "institution")], found


# `appeler à` + a noun of collective action: the action called for, not a statement (the guidelines'
# `a demandé une enquête`); a stance after `appeler à` and the incise before it stay.


@pytest.mark.parametrize(
    "text",
    [
        "Le syndicat des contrôleurs, qui a appelé mardi à une grève de 48 heures, réclame des renforts.",
        "Les deux organisations d'agriculteurs ont appelé à la mobilisation devant les préfectures.",
        "L'intersyndicale appelle à un nouveau rassemblement samedi place de la République.",
    ],
)
def test_a_call_to_a_collective_action_is_no_attribution(nlp: Language, text: str) -> None:
    assert _cues(nlp, text) == []


def test_a_call_for_a_stance_is_no_record_since_round_45(nlp: Language) -> None:
    # round 45: the read sets' notes leave every unquoted call with a noun unmarked (7 of 7)
    text = "Le maire a appelé à la retenue après les heurts de la nuit."
    found = [(a.speaker, a.speaker_type) for a in checked_attributions(nlp, text)]
    assert found == [], found


def test_the_incise_before_a_call_to_strike_keeps_its_record(nlp: Language) -> None:
    text = "Les effectifs restent insuffisants, dénonce la fédération, qui appelle à la grève jeudi."
    assert _cues(nlp, text) == ["dénonce la fédération"]
