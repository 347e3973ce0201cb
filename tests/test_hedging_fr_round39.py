"""French hedging, thirty-fourth round, second half (deontic34, issue 14): advice to people is not a forecast.

"Les personnes fragiles devraient se faire vacciner": "devrait" with a subject of persons a
recommendation addresses and a verb of conduct that protects them (se faire + a verb of care, prendre
des précautions, éviter, limiter, consulter, se protéger) says what they ought to do, a deontic
modal, not what is expected. A recommendation is dated and sourced as often as a forecast ("dès
octobre", "selon l'agence"), so those signs do not keep it a hedge. The forecast "devrait" stays a
hedge: a subject of persons with another verb ("les contribuables devraient payer"), a verb of advice
with a subject that is no person ("la hausse devrait limiter"), a survey's forecast of behaviour.
Every sentence here is our own (docs/hedging.md, round 34, second half).
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_kinds
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Selon l'agence régionale, les aînés devraient se faire vacciner avant l'hiver.",
        "Les femmes enceintes devraient aussi se faire dépister avant la fin du premier trimestre.",
        "Les patients asthmatiques devraient prendre quelques précautions pendant l'épisode de pollution.",
        "Les nourrissons et les malades du cœur devraient éviter tout effort.",
        "Les riverains de l'usine devraient limiter leurs sorties jusqu'à nouvel ordre.",
        "Les randonneurs devraient se protéger du soleil entre midi et seize heures.",
        "Les voyageurs de retour de la zone devraient consulter un médecin au moindre symptôme.",
    ],
)
def test_advice_to_people_is_a_deontic_modal_not_a_hedge(fr: Language, text: str) -> None:
    found = counted_kinds(fr, text)
    assert any(kind == "non_hedge_modal" and cue.startswith("devraient") for cue, kind, _ in found), found
    assert not any(kind == "modal_hedge" for kind, _ in counted_cues(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "Les contribuables devraient payer la moitié de la facture du nouveau stade.",
        "Les élèves devraient reprendre les cours lundi dans les locaux provisoires.",
        "La hausse des taux devrait limiter les achats immobiliers cette année.",
        "Selon un sondage publié mardi, les familles devraient limiter leurs dépenses pour les fêtes.",
        "Le chantier devrait durer deux ans et le pont devrait rouvrir à l'automne.",
        "Le nouveau traitement devrait éviter de nombreuses hospitalisations.",
    ],
)
def test_a_forecast_devrait_stays_a_hedge(fr: Language, text: str) -> None:
    assert any(kind == "modal_hedge" and words.startswith("devr") for kind, words in counted_cues(fr, text))
