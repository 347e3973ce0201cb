"""French loaded vocabulary, thirty-first round: plain degree, figures of looking away, death and the fall.

A strong intensifier before an adjective of plain degree (a measurable property, sameness, the usual,
complexity: "parfaitement étanche", "complètement différent", "terriblement compliqué") measures, it does
not judge. "Fermer les yeux sur", the commonest idiom of the looking-away class, is now counted, and
so are figures of death and the fall said of a policy ("un clou dans le cercueil", "l'arrêt de mort").
Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)

PLAIN_DEGREE = [
    "La nouvelle membrane est parfaitement étanche, selon le fabricant.",
    "Les deux procédures sont complètement différentes d'un département à l'autre.",
    "Le porte-parole a jugé la démarche tout à fait normale et parfaitement habituelle.",
    "Le dossier fiscal de la commune est terriblement compliqué à instruire.",
    "Le montage juridique reste extrêmement complexe pour les petites entreprises.",
    "Le nouveau variant est extrêmement transmissible d'après les premières analyses.",
]


@pytest.mark.parametrize("text", PLAIN_DEGREE)
def test_degree_of_a_plain_property_is_not_loaded(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


JUDGING_DEGREE = [
    ("Ce discours est extrêmement dangereux pour la cohésion du pays.", "extrêmement dangereux"),
    ("La décision du conseil est terriblement injuste pour les locataires.", "terriblement injuste"),
]


@pytest.mark.parametrize(("text", "words"), JUDGING_DEGREE)
def test_degree_of_a_judgement_still_counts(fr: Language, text: str, words: str) -> None:
    assert words in lexicon_words(fr, text)


def test_closing_ones_eyes_on_something_is_the_looking_away_idiom(fr: Language) -> None:
    text = "Pendant des années, la préfecture a fermé les yeux sur ces logements insalubres."
    assert ("fermé les yeux sur", "fr-loaded-r31-fermer-les-yeux-sur") in term_hits(fr, text)


def test_closing_ones_eyes_alone_is_literal(fr: Language) -> None:
    text = "Épuisé par la traversée, le marin ferme les yeux et s'endort sur le pont."
    assert lexicon_words(fr, text) == []


FIGURES_OF_DEATH = [
    ("Pour les éleveurs, cet accord est un clou de plus dans le cercueil.", "fr-loaded-r31-clou-cercueil"),
    ("Ce vote signe l'arrêt de mort des petites lignes ferroviaires.", "fr-loaded-r31-arret-de-mort"),
    ("Sans réforme, le régime des retraites risque de tomber dans le gouffre.", "fr-loaded-plonger-dans"),
]


@pytest.mark.parametrize(("text", "entry"), FIGURES_OF_DEATH)
def test_figures_of_death_and_the_fall_said_of_a_policy_count(fr: Language, text: str, entry: str) -> None:
    assert entry in [t[1] for t in term_hits(fr, text)]


LITERAL_FALLS_AND_COFFINS = [
    "Lors des obsèques, un employé a fixé le dernier clou dans le cercueil sous les yeux de la famille.",
    "Le randonneur est tombé dans le ravin en fin de journée.",
]


@pytest.mark.parametrize("text", LITERAL_FALLS_AND_COFFINS)
def test_a_literal_coffin_or_fall_is_not_a_figure(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []
