"""French loaded vocabulary, third round (issue 14): classes grown by kind, and patterns that no longer
fire on a bare function word. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import french_scare_quote_pipeline
from spacy.language import Language

from framing.types import LoadedHit


def loaded_words(nlp: Language, text: str) -> list[str]:
    found: list[LoadedHit] = nlp(text)._.framing_loaded
    for hit in found:
        assert text[hit.start : hit.end] == hit.text
    return [h.text for h in found if h.category != "scare_quotes"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # evaluative adjectives, any gender and number
        ("Le maire a tenu des propos vulgaires et une attitude servile.", ["vulgaires", "servile"]),
        ("Une ignorance crasse et des arguments spécieux.", ["crasse", "spécieux"]),
        # intensifying or judging adverbs
        ("Le ministre a littéralement enterré la réforme.", ["littéralement", "enterré la réforme"]),
        ("Le conseil a lâchement abandonné les habitants.", ["lâchement"]),
        # labels for people and groups
        # "une poignée de" is a minimisation marker since the sixth round
        ("Une poignée de politicards et de journaleux.", ["poignée de", "politicards", "journaleux"]),
        ("Ce tartuffe est une vraie girouette.", ["tartuffe", "vraie", "girouette"]),
        # judgement nouns
        ("Ce plan est une fumisterie, une reculade de plus.", ["fumisterie", "reculade"]),
        # loaded verbs of speech
        ("Le syndicat tergiverse pendant que la direction pinaille.", ["tergiverse", "pinaille"]),
    ],
)
def test_third_round_classes(fr: Language, text: str, expected: list[str]) -> None:
    assert loaded_words(fr, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La dette est une épée de Damoclès au-dessus du budget.", ["épée de Damoclès"]),
        ("Le décret ouvre la boîte de Pandore.", ["boîte de Pandore"]),
        ("Ce sommet fut un marché de dupes.", ["marché de dupes"]),
        ("Les recrues ont servi de chair à canon.", ["chair à canon"]),
        ("Il passe pour l'idiot utile du régime.", ["idiot utile"]),
        ("Les loyers ont grimpé en flèche cet hiver.", ["grimpé en flèche"]),
        ("Le ministre a reçu un déluge de reproches.", ["déluge de"]),
        ("Ben voyons, le projet sera prêt demain.", ["Ben voyons"]),
        ("Comble de l'ironie, le pont a été inauguré fermé.", ["Comble de l'ironie"]),
        ("L'annonce a fait l'effet d'une douche froide.", ["douche froide"]),
    ],
)
def test_figures_of_speech_and_irony(fr: Language, text: str, expected: list[str]) -> None:
    assert loaded_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Un coup d'État a renversé le gouvernement en 1973.",
        "Il a jeté un coup d'œil au rapport avant la réunion.",
        "Le projet a reçu un coup de pouce de la région.",
        "La contribution de la France au budget européen a augmenté.",
        "Le cercle de réflexion publie une note sur l'emploi.",
        "Certains produits, comme par exemple le blé, sont exportés.",
        "Le marché de la viande a progressé de 2 %.",
        "Le château de Versailles accueille les visiteurs.",
        "On croit que la réunion aura lieu jeudi.",
    ],
)
def test_neutral_uses_are_not_loaded(fr: Language, text: str) -> None:
    assert loaded_words(fr, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maire mène une guerre contre les automobilistes.", ["guerre contre les automobilistes"]),
        ("Le préfet répète que NOUS NE CÉDERONS JAMAIS RIEN aux manifestants.", ["NOUS NE CÉDERONS JAMAIS RIEN"]),
    ],
)
def test_war_metaphors_and_shouting(fr: Language, text: str, expected: list[str]) -> None:
    assert loaded_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La guerre contre les talibans a duré vingt ans.",  # a real war
        "La guerre contre l'Ukraine entre dans son troisième hiver.",
        "La CGT, FO et la CFDT appellent à manifester jeudi.",  # acronyms, not shouting
    ],
)
def test_real_wars_and_acronyms_are_not_loaded(fr: Language, text: str) -> None:
    assert loaded_words(fr, text) == []


def scare_quotes(nlp: Language, text: str) -> list[str]:
    return [h.text for h in nlp(text)._.framing_loaded if h.category == "scare_quotes"]


@pytest.mark.parametrize(
    "text",
    [
        # a study, a party, a label: a quotation right after the noun that names it
        "La célèbre étude « La fabrique des territoires » a été rééditée cette année.",
        "Le tribunal a dissous le parti « Avenir commun » après une longue procédure.",
        # a term glossed in brackets
        "Les banques vendent des produits de couverture (« crédits verts ») aux entreprises du secteur.",
        # the view of a person named at the head of the sentence
        "Pour Marie Dupont, maire de la commune depuis 2014, ce projet reste une « chance » pour la vallée.",
        # words from an interview
        "Dans un entretien au journal régional publié lundi, le préfet parle de « fermeté » face aux émeutiers.",
    ],
)
def test_names_glosses_and_named_views_are_not_scare_quotes(fr: Language, text: str) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    assert scare_quotes(fr, text) == []


def test_scare_quotes_in_the_reporters_voice_remain(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = "Les banques vendent des « crédits verts » aux entreprises du secteur."
    assert scare_quotes(fr, text) == ["crédits verts"]


def test_adverbs_and_nouns_derived_from_listed_words(fr: Language) -> None:
    text = "Le comité a mesquinement écarté la proposition, et cette mesquinerie a coûté cher."
    assert loaded_words(fr, text) == ["mesquinement", "mesquinerie"]
    text = "La dilapidation des fonds publics a été dénoncée."
    assert loaded_words(fr, text) == ["dilapidation"]
