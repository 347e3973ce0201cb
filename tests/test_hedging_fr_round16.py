"""French hedging, sixteenth round (issue 14): once a text presents a proposal, an offer, a bid or a
reform not yet adopted, the plain conditionals of the next sentences tell its terms, hypotheticals,
even with no plan word in their own sentence. A source, a conditional of an event ("aurait été
agressé", "serait décédé"), a settled proposal ("abandonné", "votée"), the proposal's status ("serait
à l'étude"), a name as subject and a sentence of reported fact between keep the journalistic
conditional. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import assert_every_item_right
from hedging_support import counted_kinds as kinds
from spacy.language import Language


def test_sixteenth_round_french_check_set(fr: Language) -> None:
    """Every item right: a proposal's terms found as hypotheticals, the traps counted as hedges (the
    code before this round got 1 of the 10 hypotheticals and counted 9 non-hedges)."""
    assert_every_item_right("hedging_fr_r16.jsonl", ("hypothetical",))


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        (
            "La commune a dévoilé son projet de halle.\nLe marché couvert ouvrirait trois jours par semaine.\n"
            "Les producteurs locaux y loueraient vingt étals.",
            ["ouvrirait", "loueraient"],
        ),
        ("Quatre offres de rachat sont examinées. La dernière conserverait tous les salariés.", ["conserverait"]),
    ],
)
def test_terms_of_a_proposal_are_not_counted(fr: Language, text: str, verbs: list[str]) -> None:
    found = kinds(fr, text)
    for verb in verbs:
        mine = [k for k in found if verb in k[0]]
        assert mine and all(kind == "hypothetical" and not counted for _, kind, counted in mine), found


@pytest.mark.parametrize(
    "text",
    [
        "La direction propose un plan de départs. Selon les syndicats, il concernerait 200 postes.",
        "Un projet de pont est présenté. Le chantier voisin aurait causé un accident mardi.",
        "Le projet de stade a été rejeté. Le club perdrait dix millions par an.",
        "La municipalité envisage une nouvelle ligne. Le tracé serait soumis au vote en juin.",
        "Une offre de rachat a été déposée. Le fondateur serait parti à l'étranger.",
    ],
)
def test_reported_facts_near_a_proposal_stay_hedges(fr: Language, text: str) -> None:
    found = kinds(fr, text)
    assert [kind for _, kind, counted in found if counted] == ["conditional_hedge"], found
