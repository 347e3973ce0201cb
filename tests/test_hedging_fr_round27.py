"""French hedging, twenty-fourth round, hedgefr27 (issue 14): a forecast is not a scenario.

A forecaster's figures ("selon les projections de la banque centrale", "d'après les prévisions du
ministère") told in the conditional are the forecaster's unconfirmed figures, the journalistic
conditional, a hedge. A forecast word frames a poll's projection only when the conditional tells
votes, seats or a win; a bare "%" is then a rate, not a share of the people polled; and a forecast is
no study's scenario. Polls, seat projections and studies keep their readings. Every sentence here was
written for the test."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, readings_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a forecaster's rate in "%", with a forecast word as the source
        (
            "Selon les projections de la banque centrale, l'inflation ralentirait à 2,1 % l'an prochain.",
            "ralentirait",
        ),
        (
            "Le chômage passerait de 7,4 % à 6,9 % en 2026, selon les projections publiées mardi par l'institut.",
            "passerait",
        ),
        # the forecast word sentences before the figure
        (
            "La banque a publié ses projections trimestrielles. Les exportations reculeraient de 3 % cette année.",
            "reculeraient",
        ),
        # a forecast word as the speaker: no study's scenario
        (
            "Le déficit public s'établirait à 4,8 % du PIB en fin d'année, d'après les prévisions du ministère.",
            "s'établirait",
        ),
    ],
)
def test_a_forecasters_figure_is_a_hedge(fr: Language, text: str, verb: str) -> None:
    assert ("conditional_hedge", True) in readings_of(fr, text, verb)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a forecast word with seats or votes: an electoral projection, as before
        ("Selon une projection publiée jeudi, la liste écologiste obtiendrait 31 sièges.", "obtiendrait"),
        ("D'après les projections de l'institut, la maire sortante l'emporterait au second tour.", "emporterait"),
        # a share of the people polled, with a poll word in view
        (
            "Selon un sondage publié vendredi, 57 % des commerçants seraient opposés à la zone piétonne.",
            "seraient opposés",
        ),
        # a study's scenario stays a scenario
        (
            "La récolte de blé baisserait de 12 % dans le sud du pays, indique le rapport publié lundi.",
            "baisserait",
        ),
    ],
)
def test_polls_seats_and_studies_keep_their_reading(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a premise named with an elided article: the marker is read as the tokenizer cuts it
        (
            "Dans l'hypothèse où le gel durerait, la récolte de pommes reculerait de moitié.",
            "reculerait",
        ),
        (
            "Dans l'hypothèse d'un hiver doux, la consommation de gaz baisserait de 8 %.",
            "baisserait",
        ),
        (
            "Les recettes fiscales progresseraient de 3 % sous l'hypothèse d'une croissance de 1,5 %.",
            "progresseraient",
        ),
    ],
)
def test_a_named_premise_makes_a_case(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("hypothetical", False)]


def test_a_premise_is_not_an_investigators_hypothesis(fr: Language) -> None:
    premise = "Les recettes progresseraient de 3 % sous l'hypothèse d'une croissance de 1,5 %."
    assert "epistemic_hedge" not in [kind for kind, _ in counted_cues(fr, premise)]
    investigators = "Les gendarmes privilégient l'hypothèse d'un règlement de comptes."
    assert counted_cues(fr, investigators) == [("epistemic_hedge", "l'hypothèse d'un")]
