"""French hedging, round 47: conditionals typed reportive under a past verb of saying (docs/hedging.md, round 47).

Concordance of tenses turns a future into a conditional; it cannot explain a compound past of a past event,
a clause set in the source's present, nor a governor that is itself conditional. Every sentence here was
written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds
from spacy.language import Language


def _kinds_of(nlp: Language, text: str, words: str) -> list[tuple[str, bool]]:
    """(kind, counted) of the findings holding `words`; at least one must exist."""
    found = [(kind, counted) for cue, kind, counted in counted_kinds(nlp, text) if words in cue]
    assert found, counted_kinds(nlp, text)
    return found


# Class 1. A reportive conditional under a past verb of saying: the compound past of a past event (every
# person, active and passive, in a relative's neighbour shapes), a present time word, a conditional governor.
REPORTIVE = [
    ("Le rapport notait que des fonds auraient été détournés en 2015.", "auraient été détournés"),
    ("Selon la défense, le témoin a reconnu qu'il aurait confondu les deux hommes.", "aurait confondu"),
    ("La presse locale avait écrit que deux élus auraient touché des commissions.", "auraient touché"),
    ("Les douaniers ont expliqué que la cargaison aurait transité par Anvers.", "aurait transité"),
    ("L'ONG affirmait que les soldats seraient entrés dans le village la veille.", "seraient entrés"),
    ("Le juge a estimé que le prévenu serait maintenant en mesure de payer.", "serait"),
    ("La police a indiqué que le fugitif se cacherait actuellement en Espagne.", "se cacherait"),
    ("Un document interne suggérerait que le directeur serait au courant.", "serait au courant"),
    ("L'avocat aurait affirmé que son client serait innocent.", "serait innocent"),
]
# Concordance stays: a future in the past, a future perfect in the past (forward time word or promise),
# a present passive of a scheduled state.
CONCORDANCE = [
    ("Le ministre a annoncé que la ligne serait prolongée en 2030.", "serait prolongée"),
    ("Le maire a déclaré qu'il se représenterait.", "représenterait"),
    ("Le ministre a promis que le pont aurait été réparé d'ici à l'automne.", "aurait été réparé"),
    ("Le préfet a expliqué que la digue aurait été renforcée avant la prochaine crue.", "aurait été renforcée"),
    ("Le maire a assuré que les travaux seraient terminés avant l'été.", "seraient terminés"),
    ("Elle a précisé que sa société serait installée à Lyon.", "serait installée"),
]


@pytest.mark.parametrize(("text", "words"), REPORTIVE)
def test_reportive_conditional_is_counted(fr: Language, text: str, words: str) -> None:
    assert ("conditional_hedge", True) in _kinds_of(fr, text, words)


@pytest.mark.parametrize(("text", "words"), CONCORDANCE)
def test_future_in_the_past_stays_concordance(fr: Language, text: str, words: str) -> None:
    assert ("concordance", False) in _kinds_of(fr, text, words)


def test_wish_in_the_past_conditional_is_not_reportive(fr: Language) -> None:
    text = "Il a expliqué qu'il aurait aimé rester."
    assert not any("reportive" in rule for rule in _rules(fr, text))


def _rules(nlp: Language, text: str) -> list[str]:
    return [c.rule for c in nlp(text)._.framing_hedges]


# "toute" after an article is the adverb of degree ("la toute nouvelle rame"), not free choice ("toute hausse").
def test_toute_after_article_is_no_free_choice(fr: Language) -> None:
    assert ("conditional_hedge", True) in _kinds_of(fr, "La toute nouvelle rame aurait déraillé hier.", "déraillé")
    assert ("conditional_hedge", True) in _kinds_of(fr, "Sa toute première victime aurait été un voisin.", "aurait")


def test_toute_without_article_is_free_choice(fr: Language) -> None:
    assert ("hypothetical", False) in _kinds_of(fr, "Toute nouvelle hausse serait refusée par les syndicats.", "serait")


# "devrait" whose subject is an amount, a rate or a change, after "estime que": a forecast, not a duty.
QUANTITY_FORECASTS = [
    ("L'Insee estime que le chômage devrait reculer à 7 % l'an prochain.", "devrait reculer"),
    ("La banque centrale estime que les prix devraient encore grimper cette année.", "devraient"),
    ("Le cabinet estime que 3 000 emplois devraient disparaître dans la région.", "devraient"),
    ("L'agence estime que la hausse des loyers devrait ralentir.", "devrait ralentir"),
]
DUTIES = [
    ("Le syndicat estime que la direction devrait revoir sa copie.", "devrait revoir"),
    ("Le député estime que les ministres devraient démissionner.", "devraient démissionner"),
]


@pytest.mark.parametrize(("text", "words"), QUANTITY_FORECASTS)
def test_quantity_subject_forecasts(fr: Language, text: str, words: str) -> None:
    assert ("modal_hedge", True) in _kinds_of(fr, text, words)


@pytest.mark.parametrize(("text", "words"), DUTIES)
def test_person_subject_keeps_duty(fr: Language, text: str, words: str) -> None:
    assert ("non_hedge_modal", False) in _kinds_of(fr, text, words)


# A verb of finding governing a study's conditional: the study's unconfirmed finding, not its projection.
def test_study_finding_is_reportive(fr: Language) -> None:
    text = "Une étude révèle que les microplastiques proviendraient surtout des pneus."
    assert ("conditional_hedge", True) in _kinds_of(fr, text, "proviendraient")
    text = "Les chercheurs ont conclu que ces poissons seraient apparus il y a deux millions d'années."
    assert ("conditional_hedge", True) in _kinds_of(fr, text, "seraient apparus")


# Class 3 (part). A hypothesis noun under a verdict: settled by "confirmer / valider / corroborer", dropped by a
# negated "retenir"; an open or favoured hypothesis, or a verdict negated, stays a hedge.
VERDICTS = [
    "Le juge n'a pas retenu la thèse du complot.",
    "La thèse du complot n'a pas été retenue par le tribunal.",
    "L'autopsie a confirmé la thèse du suicide.",
    "L'hypothèse du suicide a été confirmée par l'autopsie.",
    "Le rapport final valide la thèse des rafales de vent.",
]
OPEN_HYPOTHESES = [
    ("Les gendarmes privilégient l'hypothèse du court-circuit.", "hypothèse du court-circuit"),
    ("L'enquête n'a pas confirmé l'hypothèse du court-circuit.", "hypothèse du court-circuit"),
    ("La thèse du vol est retenue par les gendarmes.", "thèse du vol"),
]


@pytest.mark.parametrize("text", VERDICTS)
def test_hypothesis_under_verdict_is_no_hedge(fr: Language, text: str) -> None:
    assert not any(counted for cue, _, counted in counted_kinds(fr, text) if "thèse" in cue), counted_kinds(fr, text)


@pytest.mark.parametrize(("text", "words"), OPEN_HYPOTHESES)
def test_open_hypothesis_stays_hedge(fr: Language, text: str, words: str) -> None:
    assert ("epistemic_hedge", True) in _kinds_of(fr, text, words)


# Class 2 (part). "alors" inside a present passive ("seraient alors licenciés"): the consequence of terms set
# out, a hypothesis; the compound past of a narrated sequence stays reportive.
def test_passive_after_terms_is_hypothetical(fr: Language) -> None:
    text = "Les salariés qui refusent la mutation seraient alors licenciés."
    assert ("hypothetical", False) in _kinds_of(fr, text, "licenciés")
    text = "Le texte prévoit une fusion des deux communes. Les élus seraient alors désignés par tirage au sort."
    assert ("hypothetical", False) in _kinds_of(fr, text, "désignés")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le suspect serait alors parti vers la gare.", "parti"),
        ("Le conducteur se serait alors enfui à pied.", "enfui"),
        ("Le fourgon aurait alors été retrouvé dans un fossé.", "retrouvé"),
    ],
)
def test_narrated_sequence_stays_reportive(fr: Language, text: str, words: str) -> None:
    assert ("conditional_hedge", True) in _kinds_of(fr, text, words)
