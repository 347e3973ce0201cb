"""French hedging, fifteenth round (issue 14): a poll's projection in the conditional is a
hypothetical, not a journalistic conditional, while what a poll measures (an opinion with no share
in per cent, a change in points; since round 17 a share "58 % seraient opposés" is a projection), a
result told in the compound past and a conditional with no poll in view stay hedges. A planned
thing's effect or property ("Un projet de tramway... Il relierait la gare au campus") and "tout" + a
bare noun as subject are hypotheticals; a source, a compound past, a person as subject or no plan in
view keep the hedge. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import assert_every_item_right
from hedging_support import counted_kinds as kinds
from spacy.language import Language


def test_fifteenth_round_french_check_set(fr: Language) -> None:
    """Every item right: projections found as hypotheticals, the traps counted as hedges."""
    assert_every_item_right("hedging_fr_r15.jsonl", ("hypothetical",))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Selon un sondage publié hier, les conservateurs obtiendraient 140 sièges.", "obtiendraient"),
        ("D'après une projection, la sortante l'emporterait au second tour.", "l'emporterait"),
        ("Un sondage est paru lundi. Le candidat du centre serait éliminé dès le premier tour.", "serait éliminé"),
    ],
)
def test_a_poll_projection_is_not_counted(fr: Language, text: str, verb: str) -> None:
    found = [k for k in kinds(fr, text) if verb in k[0] or k[0] in verb]
    assert found and all(kind == "hypothetical" and not counted for _, kind, counted in found)


@pytest.mark.parametrize(
    "text",
    [
        "Selon un sondage publié hier, la majorité des salariés seraient prêts à travailler le samedi.",
        "Selon le dernier sondage, la ministre perdrait trois points depuis la rentrée.",
        "Le parti aurait remporté 40 sièges, selon des résultats partiels.",
        "Le député serait en tête de la liste, selon son entourage.",
    ],
)
def test_what_a_poll_measures_and_reported_results_stay_hedges(fr: Language, text: str) -> None:
    found = kinds(fr, text)
    assert [kind for _, kind, counted in found if counted] == ["conditional_hedge"], found


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Le département étudie un projet de passerelle. Elle enjamberait la voie ferrée.", "enjamberait"),
        ("La future médiathèque sera bâtie près du lycée. Le bâtiment abriterait aussi une ludothèque.", "abriterait"),
        ("Un projet de parking relais est à l'étude. Il serait gratuit pour les abonnés.", "serait"),
        ("Toute baisse des subventions fragiliserait les petits clubs.", "fragiliserait"),
    ],
)
def test_a_planned_things_effect_is_not_counted(fr: Language, text: str, verb: str) -> None:
    found = [k for k in kinds(fr, text) if verb in k[0]]
    assert found and all(kind == "hypothetical" and not counted for _, kind, counted in found), kinds(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le projet de passerelle est contesté. Elle enjamberait la voie ferrée, selon la mairie.",
        "Le projet de tunnel a pris du retard. Il aurait coûté le double du budget.",
        "La médiathèque a ouvert en mars. Elle abriterait déjà une collection rare.",
        "Un projet de braquage a été déjoué. Le suspect serait introuvable.",
        "Toute la rue serait inondée depuis ce matin.",
    ],
)
def test_reported_facts_near_a_plan_stay_hedges(fr: Language, text: str) -> None:
    found = kinds(fr, text)
    assert [kind for _, kind, counted in found if counted] == ["conditional_hedge"], found
