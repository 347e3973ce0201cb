"""French attribution, round 36 (attrfr36): a marker word that names no source. `selon` also means
"depending on" or "in accordance with" (`selon la date du scrutin`, `selon la pratique parlementaire`),
and `d'après` is the first half of an afternoon written without its hyphen (`en fin d'après midi`). A
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
        "Les négociations entre la direction et les syndicats reprendront en fin d'après midi vers 17h.",
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
