"""French loaded vocabulary, fifth round (issue 14): classes grown by kind, fixed figures of
judgement, a class of vulgar words, and literal senses that no longer match. Every sentence here
was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_hits, lexicon_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adjectives of condemnation and derision, any gender and number
        ("Le rapport dénonce une gestion exécrable et des méthodes fielleuses.", ["exécrable", "fielleuses"]),
        ("Le conseil a voté une réforme bancale aux effets saugrenus.", ["bancale", "saugrenus"]),
        # excess
        ("Les honoraires atteignent des sommes stratosphériques.", ["stratosphériques"]),
        # judging adverbs, including the -ment family of listed adjectives
        ("Les dirigeants sont grassement payés et vertement critiqués.", ["grassement", "vertement"]),
        ("Le ministre a fallacieusement présenté les comptes.", ["fallacieusement"]),
        # labels for people and groups
        ("Les thuriféraires du maire et ses sous-fifres ont applaudi.", ["thuriféraires", "sous-fifres"]),
        ("Une horde de lèche-bottes attendait le préfet.", ["horde", "lèche-bottes"]),
        # judgement nouns
        ("Ce projet est une pétaudière, un galimatias sans fin.", ["pétaudière", "galimatias"]),
        ("Le texte consacre le favoritisme et l'immobilisme.", ["favoritisme", "immobilisme"]),
        # verbs of speech and action
        ("Le sénateur déblatère pendant que ses alliés ronchonnent.", ["déblatère", "ronchonnent"]),
        ("La mairie a bâclé le chantier et bousillé la place.", ["bâclé", "bousillé"]),
        ("Les critiques encensent le film que d'autres idolâtrent.", ["encensent", "idolâtrent"]),
    ],
)
def test_fifth_round_classes(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La nouvelle taxe est une véritable usine à gaz.", ["véritable", "usine à gaz"]),
        ("Le porte-parole a répondu avec sa langue de bois habituelle.", ["langue de bois"]),
        ("Le conseil lui a signé un chèque en blanc.", ["chèque en blanc"]),
        ("Cette dépense est une fuite en avant.", ["fuite en avant"]),
        ("Le groupe a fait main basse sur le marché du lait.", ["main basse sur"]),
        ("Le gouvernement pratique la politique de l'autruche.", ["autruche"]),
        ("Les sanctions montrent deux poids, deux mesures.", ["poids, deux mesures"]),
        ("Ce parti est à la botte de son voisin.", ["botte de"]),
        ("Il dénonce des médias aux ordres.", ["médias aux ordres"]),
        ("Le député a retourné sa veste avant le vote.", ["retourné sa veste"]),
        ("Le ministre préfère noyer le poisson.", ["noyer le poisson"]),
        ("La mesure revient à se tirer une balle dans le pied.", ["balle dans le pied"]),
        ("Le candidat agite le spectre de la faillite.", ["agite le spectre"]),
    ],
)
def test_fixed_figures_of_judgement(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


def test_vulgar_words_are_loaded(fr: Language) -> None:
    text = "Ce projet merdique coûte un fric fou et le ministre veut emmerder les élus."
    assert lexicon_words(fr, text) == ["merdique", "fric", "fou", "emmerder"]
    assert {h.category for h in lexicon_hits(fr, text) if h.text != "fou"} == {"emotive"}


@pytest.mark.parametrize(
    "text",
    [
        # the verb "occuper" is not the noun "occupant"
        "Elle occupe le poste depuis 2019 et s'occupe aussi des finances.",
        "Le sujet occupe une place centrale dans le débat.",
        # arrivals told neutrally
        "Les dons ont afflué après l'appel de la mairie.",
        # handling matter, not people
        "Les chercheurs apprennent à manipuler le génome des plantes.",
        "Il faut des gants pour manipuler ces produits.",
        # a kind of disaster, named
        "Le rapport décrit une catastrophe climatique et une catastrophe humanitaire.",
        # two figures must not mix their words
        "Une fuite de gaz a été signalée près de l'usine de bois.",
        # a plain tower, a plain cheque
        "La tour de contrôle a reçu un chèque de la région.",
    ],
)
def test_literal_senses_do_not_match(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


def test_occupant_noun_still_matches(fr: Language) -> None:
    assert lexicon_words(fr, "Les occupants ont quitté la ville.") == ["occupants"]


def test_manipulating_people_still_matches(fr: Language) -> None:
    assert lexicon_words(fr, "Le parti cherche à manipuler les électeurs.") == ["manipuler"]
