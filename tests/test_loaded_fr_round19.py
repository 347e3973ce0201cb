"""French loaded vocabulary, nineteenth round (issue 14): generative frames of degree and families of
feeling (a feeling at its height, degree before a feeling, hurt as a state, pride, endless and repeated
blows, "purement" + adjective, ambition, vital need, "d'une rare violence", politics told as war, crushed
or eaten away by, manners with "sans"), the conjugated forms the lemmatiser misses, and the plain or
literal uses that must not match. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_hits, lexicon_words
from spacy.language import Language

from framing.nlp import load_pipeline


@pytest.fixture(scope="module")
def fr() -> Language:
    return load_pipeline("fr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maire a dit sa profonde inquiétude devant le projet.", ["profonde inquiétude"]),
        ("Le ministre part sur une grande impopularité.", ["grande impopularité"]),
        ("Les parents expriment une immense colère.", ["immense colère"]),
        ("Le service montre un désintérêt palpable pour les usagers.", ["désintérêt palpable"]),
        ("Les élus du canton se sont montrés très vexés.", ["très vexés"]),
        ("La directrice était beaucoup surprise par le vote.", ["beaucoup surprise"]),
        ("Une famille affligée attend des nouvelles.", ["affligée"]),
        ("Il présente fièrement son bilan.", ["fièrement"]),
        ("Ce pont reste une fierté pour la commune.", ["fierté"]),
        ("Les usagers subissent d'interminables travaux.", ["interminables"]),
        ("Le club répète ses sempiternelles promesses.", ["sempiternelles"]),
        ("La ministre fait face à des attaques répétées.", ["attaques répétées"]),
        ("Le chantier connaît des couacs à répétition.", ["couacs à répétition"]),
        ("Le maire a tenu un discours purement électoraliste.", ["discours purement électoraliste"]),
        ("Sa décision était purement politique.", ["était purement politique"]),
        ("La ville lance un plan ambitieux pour ses écoles.", ["ambitieux"]),
        ("Le port joue un rôle vital pour la région.", ["vital"]),
        ("La charge des policiers a été d'une rare violence.", ["d'une rare violence"]),
        ("Il a répondu avec une naïveté confondante.", ["avec une naïveté confondante"]),
        ("Le gouvernement prépare un arsenal juridique contre la fraude.", ["arsenal juridique"]),
        ("Les jeunes pousses partent à l'assaut du marché.", ["à l'assaut"]),
        ("Le ministre lance une offensive diplomatique.", ["offensive diplomatique"]),
        ("Le maire se pose en dernier rempart contre la fermeture.", ["dernier rempart contre"]),
        ("C'est la guerre ouverte entre les deux élus.", ["guerre ouverte"]),
        ("Le parti se met en ordre de bataille.", ["ordre de bataille"]),
        ("Les marges sont rongées par l'inflation.", ["rongées par"]),
        ("Le petit commerce est laminé par la concurrence.", ["laminé par"]),
        ("Le directeur a été limogé sans ménagement.", ["sans ménagement"]),
        ("Le texte a été adopté sans tambour ni trompette.", ["sans tambour ni trompette"]),
        ("Il a accepté sans hésitation aucune.", ["sans hésitation aucune"]),
        ("Les partis instrumentalisaient la peur, selon elle.", ["instrumentalisaient"]),
        ("Le ministre assène ses chiffres sans les sourcer.", ["assène"]),
    ],
)
def test_round19_classes(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # size before a plain noun, not a feeling
        "Une grande réforme des retraites est votée.",
        "Une forte hausse des loyers est attendue.",
        # the participle after an auxiliary of "avoir" is the verb
        "La remarque a vexé le maire.",
        "Le maire a très peu surpris ses électeurs.",
        # the plain words of agency copy after a degree
        "Le syndicat est très inquiet pour l'emploi.",
        "La direction est particulièrement préoccupée.",
        # "se fier" (to trust) and the predicative adjective, measured and left out
        "On ne peut pas se fier à ces chiffres.",
        "Il est fier de son fils.",
        # repetition counted in crime copy or failure
        "Le suspect est connu pour des agressions répétées.",
        "Le texte porte atteinte à la liberté.",
        # plain adjectives after "purement"
        "La réunion est purement interne.",
        "Le vote reste purement consultatif.",
        # ambition denied
        "Le budget n'est pas ambitieux.",
        # literal vital
        "Son pronostic vital est engagé.",
        # "drame" of plain news copy, measured and left out; "touché" as "affected"; "forte inquiétude"
        "Les circonstances du drame restent floues.",
        "Les éleveurs sont particulièrement touchés par la sécheresse.",
        "Le sondage relève une forte inquiétude des commerçants.",
        # "d'une grande" + a noun that is not a quality; a rare disease; the far right
        "Le patron d'une grande entreprise parle.",
        "Elle souffre d'une rare maladie.",
        "Le score d'une extrême droite en hausse inquiète.",
        # war figures in a text of arms or of war are literal
        "La police a saisi un arsenal d'armes chez lui.",
        "Les soldats sont partis à l'assaut de la colline sous les frappes de l'armée.",
        "Les champs de bataille de la guerre sont loin, selon les combats du jour.",
        # crushed or eaten away by a thing is literal
        "Le cycliste a été écrasé par un camion.",
        "La coque est rongée par la rouille.",
        # the police term, and "aucun" before its noun
        "La police a tiré sans sommation.",
        "Il a signé sans aucun retard.",
        # the noun homographs of the conjugated forms
        "La dépouille a été rendue à la famille.",
        "Une torpille a touché le navire.",
        # "indispensable" was measured and left out
        "Ces documents sont indispensables au dossier.",
    ],
)
def test_round19_plain_uses(fr: Language, text: str) -> None:
    assert lexicon_hits(fr, text) == []


def test_feeling_at_height_counts_once(fr: Language) -> None:
    """ "Vive inquiétude" already had its entry: the new frame adds no second hit on it."""
    hits = lexicon_hits(fr, "Les riverains disent leur vive inquiétude et une profonde colère.")
    assert [(h.text, h.category) for h in hits] == [
        ("vive inquiétude", "dramatizing"),
        ("profonde colère", "dramatizing"),
    ]
