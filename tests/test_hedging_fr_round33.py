"""French hedging, thirtieth round, hedgefr30 (issue 14): the causes of the read sets H42 and H44.

A modal whose subject is an indefinite noun of change ("une hausse des taux pourrait freiner...") and a
conditional addressed to the reader ("ce crédit vous aurait coûté...") state a case, not news; "en
fonction de" makes a clause depend on an open case; "en moins d'une semaine" is a length, not a date. Forecasts
told as expected ("sont attendues", "sont à prévoir", "la hausse attendue"), "s'annoncer" + an attribute,
a postposed "possible", "pas forcément", "n'est cependant pas complètement exclue", "pouvant résulter de",
"selon nos sources" and a rumour told in the passive ("annoncés sur le départ") are hedges. Every sentence
here and in `checksets/hedging_fr_r30.jsonl` was written for the test (the file is named after the branch
sequence: rounds 27-29 used round30-32)."""

from __future__ import annotations

import pytest
from hedging_support import assert_every_item_right, kinds_of
from spacy.language import Language


def test_thirtieth_round_french_check_set() -> None:
    """Every item right: hedge recall and precision 1.0, no non-hedge counted (the start code found 8
    of the 23 hedges and counted 9 cues that are not, 7 of them the hypotheticals)."""
    assert_every_item_right(
        "hedging_fr_r30.jsonl", ("hypothetical", "epistemic_hedge", "modal_hedge", "vague_attribution")
    )


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Un brusque recul des commandes pourrait fragiliser toute la filière.", "pourrait"),
        ("Aucune modification du calendrier ne pourrait satisfaire les syndicats.", "pourrait"),
        ("Avant les travaux, le même trajet vous aurait pris deux heures de plus.", "aurait"),
        ("Le trafic pourrait être perturbé toute la journée en fonction de la météo.", "pourrait"),
    ],
)
def test_cases_put_forward_are_not_counted(fr: Language, text: str, verb: str) -> None:
    assert kinds_of(fr, text, verb) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "verb", "kind"),
    [
        # the change itself forecast (no object), a noun outside the class, a source, a past told as done
        ("Une baisse des loyers pourrait être décidée en juin.", "pourrait", "modal_hedge"),
        ("Un orage pourrait frapper la région dans la soirée.", "pourrait", "modal_hedge"),
        ("D'après le ministère, une hausse des taxes pourrait financer la réforme.", "pourrait", "modal_hedge"),
        ("Le programme aurait été revu en fonction des résultats, selon la direction.", "aurait", "conditional_hedge"),
        ("Le maire vous aurait menti sur le coût des travaux, selon l'opposition.", "aurait", "conditional_hedge"),
    ],
)
def test_news_and_forecasts_stay_hedges(fr: Language, text: str, verb: str, kind: str) -> None:
    assert kinds_of(fr, text, verb) == [(kind, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Le concert est annoncé pour 20 heures.",
        "La commune peut être mise en vente.",
        "Le public attendait la meilleure performance possible.",
        "La candidate s'annonce ce soir devant ses militants.",
    ],
)
def test_look_alikes_count_nothing(fr: Language, text: str) -> None:
    from hedging_support import counted_cues

    assert counted_cues(fr, text) == []
