"""French loaded vocabulary, thirty-first round: plain readings of aggression and degree, a missing idiom.

"Envahir" said of a state that invades a named country (or "un pays") is the plain word for a grave fact,
as "guerre" is; said of people or things it still judges (context `not_before_name`). A strong
intensifier before an adjective of plain degree (a measurable property, sameness, the usual,
complexity: "parfaitement étanche", "complètement différent", "terriblement compliqué") measures, it
does not judge. "Fermer les yeux sur", the commonest idiom of the looking-away class, is now counted.
Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words, term_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)
from framing.nlp import load_pipeline


@pytest.fixture(scope="module")
def fr() -> Language:
    return load_pipeline("fr")


PLAIN_INVASION = [
    "Les chars russes ont commencé à envahir l'Ukraine à l'aube du 24 février.",
    "En 1990, le Koweït a été envahi par l'Irak en quelques heures.",
    "Selon l'historien, la Suède avait envahi le Danemark en traversant la mer gelée.",
    "Le président assure que son pays n'a jamais envahi aucun pays voisin.",
]


@pytest.mark.parametrize("text", PLAIN_INVASION)
def test_a_state_invading_a_named_country_is_a_plain_fact(fr: Language, text: str) -> None:
    assert not [t for t in term_hits(fr, text) if t[1] == "fr-loaded-envahir"]


JUDGING_INVASION = [
    ("Selon ce tract, des bandes venues d'ailleurs veulent envahir nos quartiers.", "envahir"),
    ("Les panneaux publicitaires envahissent désormais les stades.", "envahissent"),
]


@pytest.mark.parametrize(("text", "word"), JUDGING_INVASION)
def test_invading_people_or_places_still_judges(fr: Language, text: str, word: str) -> None:
    assert (word, "fr-loaded-envahir") in term_hits(fr, text)


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
