"""French loaded vocabulary, twenty-ninth round (issue 14): convention decisions and narrow gates.

Conventions: quotation marks around a name after a preposition, around a compound term of art, around a
borrowed simile or opening a gloss are no scare quotes (F_SCQ, F_QSRC); a listed word inside a set phrase
of law, institutions or manner, or in its plain sense, does not count (F_LIT, F_STD). Mechanisms: a rise
told as an explosion and an event told as orchestrated with no narrower frame (L_GATE); the compound
past of « s'en prendre à » and the misspelt « soit-disant » (L_VFORM). Every sentence here was written
for the test.
"""

from __future__ import annotations

import pytest
from loaded_support import french_scare_quote_pipeline, scare_quote_words, term_hits
from spacy.language import Language


def ids(nlp: Language, text: str) -> set[str]:
    return {term for _, term in term_hits(nlp, text)}


NOT_SCARE_QUOTES = [
    # a name after the contracted « des » (tagged as a preposition)
    "Les délégués ont célébré le dixième anniversaire des « Accords de Paris » à Bonn. Il pleuvait.",
    # a compound term of art with a bare « de » complement
    "Le chef de l'État est attendu à Rome pour une « visite de courtoisie » de deux jours. Il pleuvait.",
    # a simile borrowed whole
    "Le cartel devait s'effondrer « comme un château de cartes » en quelques semaines. Il pleuvait.",
    # a gloss opening a bracket, or after a word of equivalence
    "Ses abonnés (« ceux qui suivent » la chaîne) se comptent par milliers. Il pleuvait.",
    "Le juge a prononcé la peine minimale, soit la « peine plancher », mardi. Il pleuvait.",
]


@pytest.mark.parametrize("text", NOT_SCARE_QUOTES)
def test_names_terms_similes_and_glosses_are_not_scare_quotes(fr: Language, text: str) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    assert scare_quote_words(fr, text) == []


def test_a_word_kept_at_a_distance_is_still_a_scare_quote(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = "Ces « experts » du ministère ignorent tout du terrain. Il pleuvait."
    assert scare_quote_words(fr, text) == ["experts"]


def test_a_compound_term_after_a_demonstrative_keeps_its_distance(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = "La direction s'accroche à son « plan de sortie » depuis des mois. Il pleuvait."
    assert scare_quote_words(fr, text) == ["plan de sortie"]
    text = "La direction a présenté un « plan de sortie » aux salariés. Il pleuvait."
    assert scare_quote_words(fr, text) == []


def test_soit_opening_an_alternative_is_no_gloss(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = "Soit la « réforme » passe, soit elle tombe. Il pleuvait."
    assert scare_quote_words(fr, text) == ["réforme"]


def test_a_compound_holding_a_loaded_word_keeps_its_distance(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = "Le quartier a connu des « scènes de chaos » toute la nuit. Il pleuvait."
    assert scare_quote_words(fr, text) == ["scènes de chaos"]


SET_PHRASES = [
    "Le Conseil d'État juge que l'arrêté porte une atteinte disproportionnée à la liberté de culte.",
    "Le détenu se plaint de traitements inhumains ou dégradants dans sa cellule.",
    "L'accusé est jugé pour tortures et actes de barbarie devant la cour d'assises.",
    "Selon l'avis, la mesure pénalisera d'une manière disproportionnée les petites communes.",
    "La hausse du seuil a eu des effets pervers sur l'embauche des seniors.",
    "Cinq candidats briguent la magistrature suprême au premier tour.",
    "Les assurés devront présenter leur carte Vitale à l'accueil.",
    "Les reporters de guerre vivent dangereusement, rappelle l'ouvrage.",
    "Le gouvernement juge ce dossier d'importance vitale pour l'industrie.",
    "Une vague de protestations a suivi la fermeture de l'usine.",
]


@pytest.mark.parametrize("text", SET_PHRASES)
def test_a_loaded_word_inside_a_set_phrase_does_not_count(fr: Language, text: str) -> None:
    assert term_hits(fr, text) == []


def test_the_same_words_outside_a_set_phrase_still_count(fr: Language) -> None:
    assert ids(fr, "Ce dirigeant pervers humilie ses collaborateurs.")
    assert ids(fr, "Une vague d'indignation a submergé les réseaux sociaux.")


def test_pro_x_of_a_stance_describes_and_of_an_actor_labels(fr: Language) -> None:
    assert "fr-loaded-pro-puissance" not in ids(fr, "Le scrutin a révélé des sentiments pro-russes dans l'est du pays.")
    assert "fr-loaded-pro-puissance" in ids(fr, "Des milices pro-russes ont pris le contrôle de la gare.")


def test_s_eteindre_in_a_text_about_a_power_cut_is_literal(fr: Language) -> None:
    text = (
        "Une coupure d'électricité a touché toute la région. Le quartier du port s'est éteint à 19 heures. "
        "Les générateurs des hôpitaux ont pris le relais."
    )
    assert "fr-loaded-s-eteindre" not in ids(fr, text)
    assert "fr-loaded-s-eteindre" in ids(fr, "Le vieux poète s'est éteint paisiblement dans sa maison.")


def test_pretendre_a_an_allowance_is_its_plain_sense(fr: Language) -> None:
    assert "fr-loaded-pretendre" not in ids(fr, "Beaucoup ignorent les aides auxquelles ils pourraient prétendre.")
    assert "fr-loaded-pretendre" in ids(fr, "Le ministre prétend que la crise est derrière nous.")


EXPLOSIONS_TOLD = [
    ("Le nombre de plaintes a explosé en cinq ans dans le département.", "explosé"),
    ("Les retards semblent exploser depuis la réforme.", "exploser"),
]


@pytest.mark.parametrize(("text", "word"), EXPLOSIONS_TOLD)
def test_a_rise_told_as_an_explosion_counts_with_any_subject(fr: Language, text: str, word: str) -> None:
    assert (word, "fr-loaded-r29-exploser") in term_hits(fr, text)


LITERAL_EXPLOSIONS = [
    "Une bombe artisanale a explosé devant le commissariat.",
    "L'assaillant s'est fait exploser à l'entrée du marché.",
    "Une chaudière a explosé dans la cave de l'immeuble.",
]


@pytest.mark.parametrize("text", LITERAL_EXPLOSIONS)
def test_a_literal_explosion_does_not_count(fr: Language, text: str) -> None:
    assert "fr-loaded-r29-exploser" not in ids(fr, text)


def test_orchestrated_counts_without_an_adverb_and_the_orchestra_does_not(fr: Language) -> None:
    text = "Sa mise à l'écart a été orchestrée par ses rivaux."
    assert ("orchestrée", "fr-loaded-r29-orchestrer") in term_hits(fr, text)
    assert ids(fr, "L'orchestre a joué jusqu'à minuit.") == set()


def test_s_en_prendre_in_the_compound_past(fr: Language) -> None:
    assert ("s'en est pris aux", "fr-loaded-s-en-prendre") in term_hits(fr, "Le député s'en est pris aux syndicats.")


def test_the_misspelt_soit_disant_is_soi_disant(fr: Language) -> None:
    text = "Le soit-disant plan de relance tient en deux pages."
    assert ("soit-disant", "fr-loaded-soi-disant") in term_hits(fr, text)
