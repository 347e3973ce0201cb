"""French hedging, twenty-second round, hedgefr25 (issue 14): conditionals that are not hedges.

A named party's own statement about a plan in scope (a company, a government, a union; read from the
attribution analyser's contents) tells what the plan would do: its conditionals are the plan's, not the
journalistic conditional; the press, "selon X" and a reflexive state stay counted. "On aurait pu
choisir", "nous aurions dû partir": a regret of the speaker or of anyone, not a reported fact. Every
sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import readings_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the company's own quotation about its plan
        (
            "Le groupe présente un plan de transformation. « Cette réorganisation conduirait à la fermeture "
            "de trois ateliers », précise la direction.",
            "conduirait",
        ),
        # a verb of saying of the company, the deal named in the sentence before
        (
            "Les deux constructeurs négocient un rapprochement. Le groupe souligne que cette alliance "
            "donnerait naissance au premier fabricant européen de vélos.",
            "donnerait",
        ),
        # the statement goes on in the next sentence, which names no source of its own
        (
            "Le distributeur annonce un plan de départs. Les magasins changeraient d'enseigne, ajoute le "
            "distributeur. "
            "Il s'agirait d'un plan de départs volontaires.",
            "agirait",
        ),
    ],
)
def test_a_party_s_statement_about_its_plan_is_not_a_hedge(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("hypothetical", False)]


@pytest.mark.parametrize(
    "text",
    [
        "On aurait pu choisir la voie du décret, mais le gouvernement a préféré la loi.",
        "Nous aurions dû partir plus tôt ce matin-là.",
        "Franchement, j'aurais pu signer ailleurs, mais je suis resté.",
    ],
)
def test_a_regret_of_the_speaker_or_of_anyone_is_not_a_hedge(fr: Language, text: str) -> None:
    assert readings_of(fr, text, "aur") == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the press tells the plan's details: news still unconfirmed
        (
            "Le groupe prépare un plan social. Le journal affirme que l'usine fermerait en mars.",
            "fermerait",
        ),
        # "selon" + the company: the journalistic conditional
        (
            "Le groupe prépare un plan social. Selon la direction, l'usine de Rouen fermerait en mars.",
            "fermerait",
        ),
        # no plan in scope
        ("Le maire souligne que la ville serait la plus sûre de la région.", "serait"),
        # a reflexive state inside the party's statement
        (
            "Le groupe prépare un plan social. L'association précise que les salariés se trouveraient sans contrat.",
            "trouveraient",
        ),
        # a past possibility of a third party, credited to a source
        ("Selon un témoin, le suspect aurait pu s'enfuir par le toit.", "aurait pu"),
        # a regret with a source in the sentence
        ("Selon les enquêteurs, on aurait pu entrer par la fenêtre.", "aurait pu"),
    ],
)
def test_reported_conditionals_stay_counted(fr: Language, text: str, verb: str) -> None:
    readings = readings_of(fr, text, verb)
    assert readings and all(counted for _, counted in readings), readings
