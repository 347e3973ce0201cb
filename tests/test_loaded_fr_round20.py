"""French loaded vocabulary, twentieth round (issue 14): frames of degree and judgement (litotes of the
impossible, adverbs of verdict, "bien" / "fort" + adjective, "le moindre", "si" / "aussi" + adjective
with no second term) and the optional cue list that reads a text's lone quotation after a definite
article as a coinage named (`lexicons/fr/optional/naming_articles.yaml`). Every sentence here was written
for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import FR_SCARE_QUOTES_ANY_TEXT, french_scare_quote_pipeline, lexicon_words
from loaded_support import scare_quote_words as scare_quotes
from spacy.language import Language

from framing.nlp import load_pipeline

NAMING_ARTICLES = Path(__file__).resolve().parent.parent / "lexicons" / "fr" / "optional" / "naming_articles.yaml"
# round 34: the litotes of impossibility left the default lexicon for this optional file
LITOTES = Path(__file__).resolve().parent.parent / "lexicons" / "fr" / "optional" / "litotes.yaml"


@pytest.fixture(scope="module")
def fr_naming() -> Language:
    # round 33: with the stance gate off, so that one sentence is read as the rule read it before
    return load_pipeline("fr", (str(NAMING_ARTICLES), str(FR_SCARE_QUOTES_ANY_TEXT)))


@pytest.fixture(scope="module")
def fr_litotes() -> Language:
    return load_pipeline("fr", (str(LITOTES),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cette hausse des loyers est difficilement acceptable.", ["difficilement acceptable"]),
        ("Le maire avance un argument peu crédible.", ["peu crédible"]),
        ("Les chiffres du club ne sont guère fiables.", ["guère fiables"]),
    ],
)
def test_round20_litotes_optional(fr_litotes: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr_litotes, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des élus injustement accusés ont porté plainte.", ["injustement accusés"]),
        ("Ces familles sont gratuitement menacées par le bailleur.", ["gratuitement menacées"]),
        # round 36: "bien" counts before a comparative only ("bien triste" is the spoken "très")
        ("Le bilan de la saison est fort triste.", ["fort triste"]),
        ("Le résultat serait bien pire sans les bénévoles.", ["bien pire"]),
        ("Le dossier remis aux élus reste fort sommaire.", ["fort sommaire"]),
        ("La mairie n'a pas fait le moindre effort.", ["le moindre effort"]),
        ("Le club ferme ses portes au moindre incident.", ["au moindre incident"]),
        ("Le syndicat reste toujours aussi puissant.", ["toujours aussi puissant."]),
        ("La sortie de crise ne sera pas si simple.", ["si simple."]),
        ("Les deux clubs se livrent une bataille fort coûteuse.", ["fort coûteuse"]),
    ],
)
def test_round20_frames(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a hedge, not a verdict
        "Une baisse des prix reste peu probable cette année.",
        # manner, not degree; certainty; the noun "le bien commun"
        "Le chemin est bien connu des randonneurs.",
        "Bien sûr, la salle sera ouverte le samedi.",
        "Le parc reste un bien commun des habitants.",
        "Les résultats sont bien réels, selon le rapport.",
        # "si" + adjective with its second term; "aussi" = also
        "Le pont est si étroit que les camions passent ailleurs.",
        "La salle est aussi grande que le gymnase.",
        # "aussi" = also
        "Le directeur en est aussi responsable.",
        # "fort" as the adjective before its noun
        "La start-up est à fort potentiel selon les investisseurs.",
        "Il rencontre l'homme fort saoudien la semaine prochaine.",
        # an adjective in -ible that names no possibility
        "Le public reste peu sensible aux arguments du maire.",
        # a plain noun after "peu de"
        "Il reste peu de tables libres au restaurant.",
    ],
)
def test_round20_plain_uses_do_not_match(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


def test_a_lone_quotation_after_a_definite_article_names_a_coinage(fr: Language, fr_naming: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = "Le ministre a présenté hier la « pause numérique » dans les collèges du département."
    assert scare_quotes(fr, text) == ["pause numérique"]  # not the default
    assert scare_quotes(fr_naming, text) == []


def test_quotations_after_articles_stay_scare_quotes_when_the_text_has_several(fr_naming: Language) -> None:
    text = "La ville affiche la « concertation ». Les riverains, eux, attendent toujours cette « écoute »."
    assert scare_quotes(fr_naming, text) == ["concertation", "écoute"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an indefinite article classifies: a label given, the ironic use
        ("Les députés veulent faire des voisins des « parias » de la région.", ["parias"]),
        # a demonstrative or a possessive points at the writer's irony
        ("Le maire s'accroche encore à ce « bras de fer » avec la préfecture.", ["bras de fer"]),
        ("Les élus comptent sur nos « sauveurs » du budget municipal.", ["sauveurs"]),
    ],
)
def test_other_determiners_keep_the_scare_quote(fr_naming: Language, text: str, expected: list[str]) -> None:
    assert scare_quotes(fr_naming, text) == expected
