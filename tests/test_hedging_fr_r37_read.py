"""French hedging, round thirty-seven on the read sets (hedgefr37b): present "pouvoir"/"devoir" that no
agent can mean as an ability, a permission or a duty, and the nouns of a hypothesis.

- "peut être" + an adjective says a property may hold ("les prévisions peuvent être trop optimistes"):
  a hedge. Not a past participle ("peuvent être consultés": a permitted act), not a subject who may
  feel so ("on peut être fier"), not under a condition that follows ("s'il s'accumule").
- "peut expliquer" + what it explains poses a possible cause; "on peut expliquer" is someone's ability.
- "doit provenir de", "il doit s'agir de": an inference ("must be"), never a duty.
- "l'hypothèse du ...", "la thèse de l'...": an explanation put forward, a hedge, as "l'hypothèse
  d'un ..." was; a hypothesis the sentence rules out ("a écarté l'hypothèse", "a été exclue") is none,
  unless the ruling out is negated ("n'écarte pas l'hypothèse").
- "la thèse de ... est privilégiée" is one hedge, spanned from the noun.

Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds
from spacy.language import Language


def counted_words(nlp: Language, text: str) -> list[str]:
    return [words for words, _kind, counted in counted_kinds(nlp, text) if counted]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Selon la régie, les prévisions de trafic peuvent être trop optimistes.", "peuvent être trop optimistes"),
        ("Une telle dose de sel peut être dangereuse pour les reins.", "peut être dangereuse"),
        ("Pour la petite commune, chaque subvention peut être décisive.", "peut être décisive"),
        ("Une nuit trop courte peut être mauvaise pour la mémoire.", "peut être mauvaise"),
    ],
)
def test_peut_etre_and_an_adjective_is_a_hedge(fr: Language, text: str, words: str) -> None:
    assert words in counted_words(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les registres peuvent être consultés en mairie aux heures d'ouverture.",
        "Les archives du club peuvent être reprises par la ville.",
        "On peut être fier du travail accompli par les bénévoles.",
        "Ce solvant peut être toxique s'il est inhalé dans une pièce fermée.",
        "Le stade ne peut être vide un soir de finale.",
    ],
)
def test_peut_etre_without_a_property_that_may_hold_is_no_hedge(fr: Language, text: str) -> None:
    assert not [w for w in counted_words(fr, text) if w.startswith(("peut", "peuvent"))]


def test_peut_expliquer_a_fact_is_a_possible_cause(fr: Language) -> None:
    text = "La douceur de l'automne peut expliquer en partie le retard des vendanges."
    assert "peut expliquer en" in counted_words(fr, text)
    assert "peut expliquer le" in counted_words(fr, "La pénurie de main-d'œuvre, ce qui peut expliquer le recul.")


@pytest.mark.parametrize(
    "text",
    [
        "Le porte-parole a dit qu'on peut expliquer la réforme en une minute.",
        "Le préfet peut expliquer la procédure aux maires concernés.",
        "La conseillère municipale, qui peut expliquer le dossier, sera présente jeudi.",
    ],
)
def test_someone_who_can_explain_is_no_hedge(fr: Language, text: str) -> None:
    assert not [w for w in counted_words(fr, text) if "expliquer" in w]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Pour les riverains, ces cendres doivent sûrement provenir de l'usine voisine.",
            "doivent sûrement provenir de",
        ),
        ("Il doit s'agir d'une erreur de saisie dans le registre.", "doit s'agir d'"),
    ],
)
def test_devoir_and_an_origin_is_an_inference(fr: Language, text: str, words: str) -> None:
    assert words in counted_words(fr, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("L'hypothèse du court-circuit tient toujours la corde.", "L'hypothèse du court-circuit"),
        ("Les pompiers évoquent la thèse de l'imprudence d'un promeneur.", "la thèse de l'"),
    ],
)
def test_a_hypothesis_with_a_contracted_article_is_a_hedge(fr: Language, text: str, words: str) -> None:
    assert words in counted_words(fr, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les gendarmes ont écarté l'hypothèse d'un règlement de comptes.",
        "Le parquet a évacué, dès samedi, l'hypothèse du suicide.",
        "L'hypothèse d'une fuite de gaz a été exclue par les experts.",
    ],
)
def test_a_hypothesis_ruled_out_is_no_hedge(fr: Language, text: str) -> None:
    assert not [w for w in counted_words(fr, text) if "hypothèse" in w.lower()]


def test_a_hypothesis_not_ruled_out_stays_a_hedge(fr: Language) -> None:
    text = "Les gendarmes n'écartent pas l'hypothèse d'un règlement de comptes."
    assert [w for w in counted_words(fr, text) if "hypothèse" in w]


def test_a_favoured_hypothesis_is_one_hedge_from_its_noun(fr: Language) -> None:
    text = "La thèse d'un départ de feu accidentel est privilégiée par les enquêteurs."
    found = [w for w in counted_words(fr, text) if "thèse" in w or "privilégiée" in w]
    assert found == ["thèse d'un départ de feu accidentel est privilégiée"]
