"""French hedging, twenty-ninth round, hedgefr32 (issue 14): convention decisions and one recurring mechanism.

"de nombreux" + a noun, "la plupart (des)", "par endroits" and a clause-level "parfois" of a general
claim are vague quantifiers; a negated confirmation inside a concession is no hedge; a conditional that
tells the result of a vote already held is a hedge, not a poll's projection; "devrait" under an open
condition is a modal hedge. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds, kinds_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("De nombreuses communes de montagne manquent de médecins.", "nombreuses"),
        ("La plupart des pharmacies ferment le dimanche.", "La plupart des"),
        ("Comme pour la plupart des vignobles, la récolte dépend du printemps.", "la plupart des"),
        ("La plupart préfèrent louer plutôt qu'acheter.", "La plupart"),
        ("Les routes sont par endroits impraticables après la tempête.", "par endroits"),
        ("Le thermomètre affiche parfois des valeurs négatives en avril.", "parfois"),
    ],
)
def test_quantifiers_of_a_general_claim_are_shown_not_counted(fr: Language, text: str, cue: str) -> None:
    """Counted vague quantifiers in rounds 29-33; shown as approximators since round thirty-four."""
    assert kinds_of(fr, text, cue) == [("approximator", False)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # one occasion (a pluperfect, a simple future): a rough count or a localised forecast
        ("La plupart des passagers avaient quitté le navire avant minuit.", "La plupart des"),
        ("Par endroits, le ciel sera couvert demain matin.", "Par endroits"),
    ],
)
def test_quantifiers_of_one_occasion_stay_approximators(fr: Language, text: str, cue: str) -> None:
    assert kinds_of(fr, text, cue) == [("approximator", False)]


def test_la_plupart_in_apposition_and_parfois_after_a_comma_are_not_counted(fr: Language) -> None:
    text = "Cinq facteurs, la plupart liés à l'alimentation, expliquent ces retards, parfois depuis des années."
    assert [(t, k) for t, k, c in counted_kinds(fr, text) if c] == []


def test_a_negated_confirmation_inside_a_concession_is_not_a_hedge(fr: Language) -> None:
    assert kinds_of(fr, "La nouvelle n'a pas été confirmée par le club.", "confirmée") == [("epistemic_hedge", True)]
    conceded = "Même si la nouvelle n'a pas été confirmée, le club prépare déjà la saison."
    assert [k for t, k, c in counted_kinds(fr, conceded) if "confirmée" in t] == []
    aside = "Le club a choisi son entraîneur, bien que la Ligue (LFP) ne l'ait pas encore officialisé."
    assert [k for t, k, c in counted_kinds(fr, aside) if "officialisé" in t] == []


def test_the_result_of_a_vote_already_held_is_a_hedge_not_a_projection(fr: Language) -> None:
    held = "Selon les sondages de sortie des urnes, le parti conservateur recueillerait 52 % des voix."
    assert kinds_of(fr, held, "recueillerait") == [("conditional_hedge", True)]
    counted = "D'après les résultats partiels, la candidate sortante serait en tête avec 48 % des suffrages."
    assert kinds_of(fr, counted, "serait") == [("conditional_hedge", True)]
    before = "Selon un sondage publié mardi, le parti conservateur recueillerait 52 % des voix dimanche prochain."
    assert kinds_of(fr, before, "recueillerait") == [("hypothetical", False)]


def test_devrait_under_an_open_condition_is_a_modal_hedge(fr: Language) -> None:
    text = "Si les résultats sont confirmés, la coalition devrait avoir besoin d'un troisième partenaire."
    assert kinds_of(fr, text, "devrait") == [("modal_hedge", True)]
    imagined = "Si la banque relevait ses taux, les ménages devraient réduire leurs dépenses."
    assert [(k, c) for t, k, c in counted_kinds(fr, imagined) if "devraient" in t] == [("hypothetical", False)]
