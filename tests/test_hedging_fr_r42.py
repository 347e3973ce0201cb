"""French hedging, round 42 (hedgefr42): causes that recur in three of the four development sets H52-H55.

- A typing rule that reads a word outside the conditional's clause: "la faute de" (blame, a noun after
  a determiner) is not the preposition "faute de" (for lack of); a "si" right after a coordinator that
  opens a clause with its own consequence does not type the conditional before the coordinator.
- Evidence and estimate phrases with a connective adverb inside ("suggèrent toutefois que", "il est
  alors estimé que").

Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, readings_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Selon l'agence régionale, l'intoxication serait la faute d'un traiteur.", "serait"),
        ("Le retard du train serait la faute du transporteur.", "serait"),
        (
            "Il ne s'agirait pas du gardien titulaire et si l'expertise confirme la blessure, le club devra recruter.",
            "agirait",
        ),
        (
            "Le bâtiment aurait été vendu en mars et si la mairie exerce son droit, la vente sera annulée.",
            "aurait",
        ),
    ],
)
def test_conditional_outside_the_typing_word_is_a_hedge(fr: Language, text: str, verb: str) -> None:
    assert ("conditional_hedge", True) in readings_of(fr, text, verb)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Faute de financement, le chantier serait abandonné.", "serait"),
        ("Faute d'accord avant lundi, la grève serait reconduite.", "serait"),
        ("Le club recruterait un attaquant et, si les finances le permettent, un défenseur.", "recruterait"),
        ("La ligne fermerait si la région ne payait pas.", "fermerait"),
    ],
)
def test_condition_still_types_its_own_clause(fr: Language, text: str, verb: str) -> None:
    assert ("hypothetical", False) in readings_of(fr, text, verb)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Les premières analyses suggèrent toutefois qu'une fuite de gaz est en cause.", "suggèrent toutefois qu'"),
        ("Ces traces suggèrent donc que l'animal est passé la nuit.", "suggèrent donc que"),
        ("Il est alors estimé que le nombre d'élèves baissera de 5 %.", "Il est alors estimé que"),
        ("Il est donc généralement admis que la crue était imprévisible.", "Il est donc généralement admis que"),
    ],
)
def test_connective_adverb_inside_evidence_phrase(fr: Language, text: str, words: str) -> None:
    assert any(cue == words for _, cue in counted_cues(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "Il est alors prévu que les travaux reprennent en mai.",
        "Les analyses ont toutefois montré que le gaz était en cause.",
        "Le maire a donc décidé que la piscine fermerait à midi.",
    ],
)
def test_no_evidence_phrase(fr: Language, text: str) -> None:
    cues = [cue for _, cue in counted_cues(fr, text)]
    assert not any("estimé" in c or "suggè" in c or "prévu" in c or "montré" in c for c in cues), cues
