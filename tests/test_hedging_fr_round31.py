"""French hedging, twenty-eighth round, hedgefr31 (issue 14): convention decisions and recurring mechanisms.

Vague quantifiers ("certains" + a noun, "dans de nombreux cas", "beaucoup d'entre eux", the contrastive
"d'autres"), "pourrait" under an open condition, the rectified spelling of conditionals and of
"surement", the end of a supposition's scope, a rumour as subject of any verb, and the nouns of
probability in every position. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_kinds, kinds_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Certains hôpitaux manquent de lits chaque hiver.", "Certains"),
        ("Dans certains cas, le chantier reprend le dimanche.", "certains"),
        ("Le traitement réduit certains risques cardiaques.", "certains"),
        ("Trois magasins ont été visités, dont certains ont fermé leurs portes.", "certains"),
        ("Dans de nombreux cas, l'infection passe inaperçue.", "Dans de nombreux cas"),
        ("Beaucoup d'entre eux vivent loin de la capitale.", "Beaucoup d'entre eux"),
        ("Certains d'entre eux louent un studio, tandis que d'autres vivent chez leurs parents.", "d'autres vivent"),
    ],
)
def test_a_part_of_a_class_is_shown_not_counted(fr: Language, text: str, cue: str) -> None:
    """Counted vague quantifiers in rounds 28-33; shown as approximators since round thirty-four."""
    found = counted_kinds(fr, text)
    assert any(kind == "approximator" and not counted and cue in words for words, kind, counted in found)
    assert counted_cues(fr, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Les soldats quitteront certaines bases avant l'hiver.", "certaines"),  # one occasion: a future
        ("Le général a dit que certaines unités s'étaient repliées.", "certaines"),  # a pluperfect
        ("La facture dépend du prix du gaz et de certaines matières premières.", "certaines"),  # a noun's complement
        ("De nombreux habitants ont dû quitter leur maison.", "nombreux"),  # "de nombreux" stays a count
        ("Plusieurs trains ont été supprimés lundi.", "Plusieurs"),
    ],
)
def test_a_rough_count_of_one_occasion_stays_an_approximator(fr: Language, text: str, words: str) -> None:
    assert kinds_of(fr, text, words) == [("approximator", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Ils sont certains que la réforme passera.",  # the adjective: sure
        "Le gouvernement reviendra sur certaines de ses décisions.",  # part of a definite set
    ],
)
def test_not_a_vague_quantifier(fr: Language, text: str) -> None:
    assert not any(kind == "vague_quantifier" for kind, _ in counted_cues(fr, text))


def test_d_autres_without_a_finite_verb_is_not_a_vague_quantifier(fr: Language) -> None:
    found = counted_kinds(fr, "Certaines équipes sont prêtes, d'autres à la traîne.")
    assert [words for words, kind, _ in found if kind == "approximator"] == ["Certaines"]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Si la grève se poursuit, le gouvernement pourrait céder sur les salaires.", "pourrait céder"),
        ("La motion pourrait faire tomber le cabinet, à moins que les centristes ne s'abstiennent.", "pourrait"),
        ("Si la mairie vend le terrain, le promoteur pourrait lancer les travaux.", "pourrait lancer"),
    ],
)
def test_pouvoir_under_an_open_condition_is_a_modal_hedge(fr: Language, text: str, verb: str) -> None:
    assert ("modal_hedge", True) in kinds_of(fr, text, verb)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Si la banque relevait ses taux, l'inflation pourrait ralentir.", "pourrait"),  # an imagined case
        ("Si la tendance se poursuit, la part des retraités pourrait atteindre 35 % en 2040.", "pourrait"),
        ("En cas de victoire, le club pourrait se qualifier.", "pourrait"),  # no clause, no tense
        ("Si le texte passe, les loyers baisseraient.", "baisseraient"),  # not pouvoir
    ],
)
def test_other_readings_under_a_condition_stay_hypothetical(fr: Language, text: str, verb: str) -> None:
    assert ("hypothetical", False) in kinds_of(fr, text, verb)


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        ("Le groupe procèderait à une vente de ses actifs.", "procèderait", "conditional_hedge"),
        ("La mairie cèderait le terrain au promoteur.", "cèderait", "conditional_hedge"),
        ("Le directeur partira surement en juin.", "surement", "adverb_hedge"),
        ("Le directeur partira sûrement en juin.", "sûrement", "adverb_hedge"),
    ],
)
def test_rectified_spellings_are_read(fr: Language, text: str, cue: str, kind: str) -> None:
    assert (kind, cue) in counted_cues(fr, text)


def test_steady_manner_is_not_a_hedge(fr: Language) -> None:
    assert counted_cues(fr, "Le projet avance lentement mais sûrement.") == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Si l'accord était confirmé, il devrait provoquer des remous. "
            "Marie Lenoir, ancienne ministre, pourrait revenir au gouvernement.",
            "pourrait revenir",
        ),
        (
            "Si l'accord était signé, les prix baisseraient. Le syndicat pourrait peut-être céder sur les horaires.",
            "pourrait",
        ),
    ],
)
def test_a_supposition_stops_at_a_named_subject_or_a_hedge_of_its_own(fr: Language, text: str, verb: str) -> None:
    assert ("modal_hedge", True) in kinds_of(fr, text, verb)


def test_a_supposition_goes_on_in_the_next_sentence(fr: Language) -> None:
    text = "Si l'accord était signé, le prix baisserait. Les importateurs pourraient alors doubler leurs achats."
    assert ("hypothetical", False) in kinds_of(fr, text, "pourraient")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Les rumeurs grandissent depuis l'été dernier.", "Les rumeurs grandissent"),
        ("La rumeur a gagné les tribunes samedi.", "La rumeur a gagné"),
        ("Les rumeurs de rachat entre les deux groupes industriels vont bon train.", "Les rumeurs"),
    ],
)
def test_a_rumour_as_subject_of_any_verb_is_a_vague_attribution(fr: Language, text: str, cue: str) -> None:
    assert any(kind == "vague_attribution" and words.startswith(cue) for kind, words in counted_cues(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "Les rumeurs concernent surtout les dirigeants.",  # what the rumour is about
        "La rumeur est infondée.",  # the copula judges it
        "Le club a démenti la rumeur.",
    ],
)
def test_a_rumour_that_speaks_for_nothing_is_not_counted(fr: Language, text: str) -> None:
    assert counted_cues(fr, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("La probabilité reste faible jusqu'au printemps.", "La probabilité"),
        ("Le cabinet chiffre à 30 % la probabilité d'une faillite.", "la probabilité"),
        ("Deux témoins confortent cette éventualité.", "cette éventualité"),
        ("L'incertitude demeure sur le calendrier.", "L'incertitude demeure"),
    ],
)
def test_a_noun_of_probability_in_any_position_is_epistemic(fr: Language, text: str, cue: str) -> None:
    assert any(kind == "epistemic_hedge" and words.startswith(cue) for kind, words in counted_cues(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "Dans cette éventualité, le club vendrait son stade.",  # a condition
        "Des familles vivent suspendues à l'incertitude.",  # a state of people
    ],
)
def test_a_noun_of_probability_as_a_condition_or_a_state_is_not_counted(fr: Language, text: str) -> None:
    assert not any(kind == "epistemic_hedge" for kind, _ in counted_cues(fr, text))
