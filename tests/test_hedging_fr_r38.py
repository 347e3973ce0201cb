"""French hedging, round thirty-eight (hedgefr38): classes read off the errors of a fresh annotated set.

- "peut être" right after a conjugated verb is the adverb "peut-être" written without its hyphen.
- "apparaître" + an attribute, and "paraître" + an attribute across a negation or a quotation mark, say
  how a thing appears; "donner l'impression de / que" too, unless the appearance is one sought.
- "doit encore être confirmé" (and the other participles of establishing a fact): not yet established.
- "c'est du moins ce qu'affirme ..." restricts a fact to what a source says.
- "il y a ... des incertitudes sur ..." puts a named fact in doubt.
- Not hedges: the noun "potentiel" after a quotation mark, a first finding made public by a named body,
  "on pourrait s'attendre" in a relative (the norm of a comparison), a conditional in a relative on a
  plural of people an advice addresses; a concession ("même si") whose subject has an apposition stays a
  concession, so the conditional before it stays a hedge.

Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_vague_attributions, kinds_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("Ce sera peut être le dernier hiver de la station avant sa fermeture.", "peut être", "adverb_hedge"),
        ("Le maire a peut être sous-estimé la colère des commerçants.", "peut être", "adverb_hedge"),
        ("Selon le rapport, les retards apparaissent « nombreux » sur la ligne.", "apparaissent", "epistemic_hedge"),
        ("Le montage financier du stade n'apparaît pas solide.", "apparaît", "epistemic_hedge"),
        ("Selon un voisin, la conductrice ne paraissait pas pressée.", "paraissait", "epistemic_hedge"),
        ("Le chantier donnait l'impression de prendre du retard.", "impression", "epistemic_hedge"),
        ("Ces mesures doivent encore être validées par un second laboratoire.", "validées", "epistemic_hedge"),
        ("Il quitterait son label. C'est du moins ce qu'écrit un hebdomadaire.", "du moins", "epistemic_hedge"),
        ("Il y a toujours des incertitudes sur le tracé final du contournement.", "incertitudes", "epistemic_hedge"),
    ],
)
def test_round_38_hedges(fr: Language, text: str, words: str, kind: str) -> None:
    assert (kind, True) in kinds_of(fr, text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Des moisissures apparaissent sur les murs de l'école depuis l'automne.", "apparaissent"),
        ("Il apparaît nécessaire de revoir le plan de circulation.", "apparaît"),
        ("Le ministre veut éviter de donner l'impression de reculer.", "impression"),
        ("Le parti doit donner l'impression que tout est sous contrôle.", "impression"),
        ("Les procurations doivent être authentifiées par la mairie.", "authentifiées"),
        ("Il n'y avait pas de doute sur l'auteur du tir, selon le parquet.", "doute"),
        ("L'incertitude règne sur les places boursières depuis lundi.", "incertitude"),
        ("Du moins pour l'instant, la route reste ouverte.", "moins"),
    ],
)
def test_round_38_look_alikes_are_not_counted(fr: Language, text: str, words: str) -> None:
    assert not any(words in cue for _, cue in counted_cues(fr, text)), counted_cues(fr, text)


def test_the_noun_potentiel_in_quotation_marks_is_no_hedge(fr: Language) -> None:
    text = 'Le littoral présente un "potentiel" réel pour les éoliennes en mer.'
    assert not any("potentiel" in cue for _, cue in counted_cues(fr, text))


def test_a_first_finding_made_public_by_a_named_body_is_no_vague_source(fr: Language) -> None:
    named = "Selon les premières conclusions transmises par les pompiers, le feu est parti d'une cuisine."
    assert counted_vague_attributions(fr, named) == []
    unnamed = "Selon les premières conclusions, le feu serait parti d'une cuisine."
    assert counted_vague_attributions(fr, unnamed) == ["Selon les premières conclusions"]


def test_the_norm_of_a_comparison_is_a_hypothesis(fr: Language) -> None:
    text = "Le lac est bien moins salé que celui auquel on pourrait s'attendre sous ce climat."
    assert kinds_of(fr, text, "pourrait") == [("hypothetical", False)]
    forecast = "On pourrait s'attendre à une hausse des prix dès l'automne."
    assert ("epistemic_hedge", True) in kinds_of(fr, forecast, "pourrait")


def test_a_conditional_in_a_relative_on_the_people_an_advice_addresses(fr: Language) -> None:
    text = "Il est demandé aux propriétaires qui posséderaient ces chaudières de contacter l'installateur."
    assert kinds_of(fr, text, "posséderaient") == [("hypothetical", False)]
    reported = "Les habitants, qui seraient plus de trois cents, ont été relogés."
    assert ("conditional_hedge", True) in kinds_of(fr, reported, "seraient")


def test_a_concession_with_an_apposition_is_no_condition(fr: Language) -> None:
    text = "Le club négocierait un nouveau sponsor, même si son président, Marc Durand, a démenti jeudi."
    assert kinds_of(fr, text, "négocierait") == [("conditional_hedge", True)]
    hypothesis = "Le club négocierait un nouveau sponsor, même si son président, Marc Durand, le refusait."
    assert kinds_of(fr, hypothesis, "négocierait") == [("hypothetical", False)]
