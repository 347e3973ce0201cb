"""French loaded vocabulary, fifteenth round (issue 14): evaluative classes a reader flags in news
(worry, excess, disrepair, harshness, a wronged group, measured praise, controversy), a
strong intensifier before an adjective, adverbs of regret and harshness, rises told as blasts,
verbs of indignation and of loaded action, and figures of commentary, each with the plain uses that
must not match. Every sentence here was written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import lexicon_hits, lexicon_words
from spacy.language import Language

from framing.nlp import load_pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La hausse du chômage dans la région est préoccupante.", ["préoccupante"]),
        ("Les syndicats dénoncent des frais bancaires excessifs.", ["excessifs"]),
        ("La commune vit avec un réseau d'eau vétuste.", ["vétuste"]),
        ("Le gouvernement annonce une énième réforme des retraites.", ["énième"]),
        ("La séance a donné lieu à des débats houleux.", ["houleux"]),
        ("Le projet controversé sera examiné au Sénat.", ["controversé"]),
        ("Le rapport salue un effort louable de la commune.", ["louable"]),
        ("Cette aide bienvenue arrive au bon moment pour les agriculteurs.", ["aide bienvenue"]),
        # round 36: "tendu" of a relation is the ordinary word; the entry keeps "électrique", "explosif"
        ("Le sommet s'est tenu dans une ambiance électrique.", ["ambiance électrique"]),
        ("Le projet suscite de vives critiques chez les riverains.", ["vives critiques"]),
    ],
)
def test_evaluative_classes(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # negated worry
        "Le bilan n'est pas inquiétant, selon la préfecture.",
        # the outstretched hand, not a tense climate
        "Il a tendu la main à l'opposition.",
        # "de vive voix" is no lively reaction
        "Il faut le dire de vive voix.",
        # the greeting, not the adjective of praise
        "Bienvenue à tous les lecteurs de notre journal.",
    ],
)
def test_plain_uses_do_not_match(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


def test_strong_intensifier_before_an_adjective(fr: Language) -> None:
    hits = lexicon_hits(fr, "La situation est extrêmement grave pour les éleveurs.")
    assert [(h.text, h.category) for h in hits] == [("extrêmement grave", "dramatizing")]


def test_strong_intensifier_in_a_compound_past_is_left_out(fr: Language) -> None:
    assert lexicon_words(fr, "Le conseil a totalement modifié le calendrier de l'étude.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les loyers sont beaucoup trop élevés dans le centre.", ["beaucoup trop"]),
        ("Le ministre a répondu sèchement aux questions des journalistes.", ["sèchement"]),
        ("L'envolée des loyers pèse sur les étudiants.", ["envolée des loyers"]),
        ("La députée s'indigne de la fermeture de la maternité.", ["s'indigne"]),
        # round 40: "entraver" left the verb class (the plain verb of hindering); its sibling still counts
        ("Les consignes grignotent le travail des délégués syndicaux.", ["grignotent"]),
    ],
)
def test_intensifiers_adverbs_and_verbs(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


def test_regret_adverbs_count_only_with_their_optional_file(fr: Language) -> None:
    # round 31: persuasion annotators leave the writer's regret unmarked (docs/loaded.md), so the comment
    # adverbs left the default lexicon for lexicons/fr/optional/comment_adverbs.yaml
    text = "Malheureusement, le festival est annulé cette année."
    assert lexicon_words(fr, text) == []
    optional = Path(__file__).resolve().parent.parent / "lexicons" / "fr" / "optional" / "comment_adverbs.yaml"
    assert lexicon_words(load_pipeline("fr", [str(optional)]), text) == ["Malheureusement"]


@pytest.mark.parametrize(
    "text",
    [
        # a blast that is a blast
        "L'explosion de l'usine a fait deux blessés.",
        # the plain verb of worry in agency copy
        "Le maire s'inquiète de la fermeture de la maternité.",
    ],
)
def test_literal_rise_and_plain_worry_do_not_match(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entre la mairie et l'opposition, c'est un dialogue de sourds.", ["dialogue de sourds"]),
        ("Depuis l'annonce, c'est silence radio au ministère.", ["silence radio"]),
        ("Plusieurs cadres sont prêts à quitter le navire.", ["quitter le navire"]),
        ("La France reste le bon élève de la zone euro en matière d'inflation.", ["bon élève"]),
        ("Le budget prévoit des coupes sombres dans la culture.", ["coupes sombres"]),
        ("Le maire a jeté l'éponge après trois ans de procédure.", ["jeté l'éponge"]),
        ("Les petits commerces subissent la crise de plein fouet.", ["de plein fouet"]),
    ],
)
def test_figures_of_commentary(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a ship left by a sailor: two words of the sea in the text
        "Le marin a quitté le navire au port après une longue escale.",
        # pupils at school: the words of the school make it literal
        "À l'école du village, les bons élèves de la classe aident les autres pendant les cours.",
    ],
)
def test_figures_are_literal_in_their_own_domain(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []
