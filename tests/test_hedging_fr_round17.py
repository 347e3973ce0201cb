"""French hedging, seventeenth round (issue 14): a seat projection told with "pourrait" and a share of
the people polled ("61 % seraient favorables") are a poll's projection, a hypothetical; a headline's
poll conditional finds its poll in the lead; a role named by a name in apposition keeps the journalistic
conditional in a proposal's scope; "d'après" names a source as "selon" does; an unnamed source ("une
source proche du dossier", "selon une source", "d'après certains employés", "d'autres études
affirment") is a vague attribution; a conditional under an imperfect verb of saying the model tags
present ("indiquaient") is concordance. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import assert_every_item_right
from hedging_support import counted_kinds as kinds
from spacy.language import Language


def test_seventeenth_round_french_check_set(fr: Language) -> None:
    """Every item right (the code before this round got 2 of the 7 hypotheticals, counted 5 non-hedges
    and found 3 of the 10 hedges)."""
    assert_every_item_right("hedging_fr_r17.jsonl", ("hypothetical",))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Selon les projections, la droite pourrait conquérir 300 sièges sur 500.", "pourrait"),
        ("D'après un sondage paru hier, 54 % des parents seraient opposés à la réforme.", "seraient opposés"),
    ],
)
def test_poll_projections_with_a_modal_or_a_share_are_not_counted(fr: Language, text: str, verb: str) -> None:
    found = [k for k in kinds(fr, text) if verb in k[0]]
    assert found and all(kind == "hypothetical" and not counted for _, kind, counted in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Selon un sondage publié jeudi, la ministre pourrait démissionner avant l'été.",
        "Selon le sondage, le maire perdrait 5 points (de 40 à 35 %) depuis janvier.",
        "Une offre a été faite. L'entraîneur du club, Marc Leroy, souhaiterait garder l'attaquant et envisagerait "
        "une prolongation.",
    ],
)
def test_rumours_and_measured_changes_stay_hedges(fr: Language, text: str) -> None:
    found = kinds(fr, text)
    assert any(counted for _, _, counted in found), found
    assert not any(kind == "hypothetical" for _, kind, _ in found), found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Selon des sources policières, le suspect est connu des services.", "Selon des sources"),
        ("D'après une source diplomatique, la rencontre est reportée.", "D'après une source"),
        ("Des sources proches du dossier rapportent que la vente est signée.", "Des sources proches"),
        ("Selon plusieurs habitants, le bruit dure depuis des mois.", "Selon plusieurs habitants"),
    ],
)
def test_unnamed_sources_are_vague_attributions(fr: Language, text: str, span: str) -> None:
    found = kinds(fr, text)
    assert (span, "vague_attribution", True) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "La géothermie est une source d'énergie locale.",
        "Le village a besoin d'une source d'eau propre.",
        "Chez certains salariés, la fatigue se fait sentir.",
    ],
)
def test_sources_of_things_are_no_attribution(fr: Language, text: str) -> None:
    assert not [k for k in kinds(fr, text) if k[1] == "vague_attribution"]


@pytest.mark.parametrize(
    "text",
    [
        "Les documents indiquaient clairement que cette question devrait faire partie des discussions.",
        "Les syndicats affirmaient que la direction fermerait le site en mars.",
    ],
)
def test_a_conditional_under_an_imperfect_verb_of_saying_is_concordance(fr: Language, text: str) -> None:
    found = kinds(fr, text)
    assert found and all(kind == "concordance" and not counted for _, kind, counted in found), found
