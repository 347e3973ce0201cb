"""French hedging, round thirty-five, second half (hedgefr35b, issue 14): a measure's estimated effect.

A reform or a measure that is not applied yet, whose effect a body estimated ("la réforme permettrait
d'économiser deux milliards, a estimé la Cour des comptes", "selon les chiffrages de Bercy, elle
rapporterait ..."), tells what would follow if it were applied: a scenario, not news held at a
distance. The read sets' annotators mark it hypothetical in two sets (docs/hedging.md, round 35,
second half). A source that only says or leaks the figure ("selon un document consulté par notre
rédaction", "selon Les Echos", "selon le ministre") still reports it, and a conditional of an event
or of a thing that is not a measure stays the journalistic conditional. Every sentence here was
written for the test (the file is named after the branch sequence: the first half used round40).
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "La réforme du permis de conduire rapporterait 200 millions d'euros sur cinq ans, a calculé un "
        "institut indépendant.",
        "Le projet de loi sur les retraites permettrait des économies de 800 millions d'euros en 2030, a "
        "chiffré un cabinet d'audit.",
        "Le gouvernement prépare une réforme. Selon les chiffrages de Bercy, elle rapporterait 3 milliards par an.",
        "La mesure permettrait de dégager 2 milliards d'euros d'ici 2028, alors que le ministère tablait sur 1,5 "
        "milliard.",
    ],
)
def test_a_measures_estimated_effect_is_not_counted(fr: Language, text: str) -> None:
    assert counted_cues(fr, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le projet coûterait 4 milliards d'euros, selon un document consulté par notre rédaction.", "coûterait"),
        ("La réforme permettrait d'économiser 2 milliards, selon Les Echos.", "permettrait"),
        ("La mesure permettrait d'économiser 500 millions, selon le ministre.", "permettrait d'économiser"),
        (
            "Les écoutes auraient permis aux enquêteurs de retrouver l'arme, selon une source policière.",
            "auraient permis aux enquêteurs de retrouver",
        ),
        (
            "Cette hausse de l'emploi ne permettrait pas de faire baisser le chômage cette année, a estimé l'institut.",
            "ne permettrait pas de faire",
        ),
    ],
)
def test_a_leaked_or_said_figure_and_an_event_stay_counted(fr: Language, text: str, words: str) -> None:
    assert ("conditional_hedge", words) in counted_cues(fr, text)
