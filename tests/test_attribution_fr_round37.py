"""French attribution, round 37 (attrfr37): `constater que` + a clause is a finding stated.

Round 25 made `constater` a verb of perception: speech only with quoted words. The read sets of rounds 30-36
annotate `X constate que ...` whose verb is no conjunct of an act (an agency, a team of experts: a finding
made public), so a source that `constate que` + a clause now reports that clause. What stays perception: a
noun object (`constate des dégâts`), the inverted verb after a scene (`..., ont constaté les pompiers`), the
agentless passive, a conjunct after an act (`s'est rendu sur place et a constaté que`), the verb inside
a quotation the nested pass reads again. Every sentence here was written for the tests."""

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
            "Début mars, l'autorité de sûreté avait constaté que les contrôles de la cuve restaient incomplets.",
            "l'autorité de sûreté",
            "les contrôles de la cuve restaient incomplets",
        ),
        (
            "Le syndicat des enseignants constate également que les remplacements ne sont plus assurés.",
            "Le syndicat des enseignants",
            "les remplacements ne sont plus assurés",
        ),
        (
            "Les experts mandatés par la commune ont constaté que la digue présentait plusieurs fissures.",
            "Les experts",
            "la digue présentait plusieurs fissures",
        ),
    ],
)
def test_a_source_that_finds_that_a_clause_holds_states_it(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in speaker_content_pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les inspecteurs ont constaté de nombreuses infractions dans l'entrepôt de Rungis.",
        "La chaussée était inondée vers midi, ont constaté les gendarmes.",
        "Le maire est allé sur la digue et a constaté que l'eau montait encore.",
        "Des traces d'effraction ont été constatées sur la porte du local.",
    ],
)
def test_what_was_seen_stays_perception(nlp: Language, text: str) -> None:
    assert speaker_content_pairs(nlp, text) == []


def test_a_finding_inside_someone_s_quotation_is_theirs_alone(nlp: Language) -> None:
    text = "« Sur place, le gardien constate que la grille est ouverte », raconte la directrice du parc."
    cues = [a.text for a in checked_attributions(nlp, text)]
    assert cues == ["raconte la directrice du parc"]
