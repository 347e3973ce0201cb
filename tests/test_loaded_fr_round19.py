"""French loaded vocabulary, nineteenth round (issue 14): generative frames of degree and families of
feeling (a feeling at its height, degree before a feeling, hurt as a state, pride, endless and repeated
blows, "purement" + adjective, ambition, vital need, "d'une rare violence", politics told as war, crushed
or eaten away by, manners with "sans"), the conjugated forms the lemmatiser misses, and the plain or
literal uses that must not match. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_hits, lexicon_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maire a dit sa profonde lassitude devant le projet.", ["profonde lassitude"]),
        ("Le ministre quitte son poste dans une grande détresse.", ["grande détresse"]),
        ("Les parents expriment une immense colère.", ["immense colère"]),
        ("Le service montre une méfiance palpable envers les usagers.", ["méfiance palpable"]),
        # round 34: a feeling predicated of its subject ("se sont montrés très froissés", "était fort déçue")
        # reports that person's state and is no longer counted (test_loaded_fr_round34.py); told by the
        # writer as an epithet, it still is
        ("Des élus très froissés ont quitté la séance du canton.", ["très froissés"]),
        ("Une directrice fort déçue a commenté le vote.", ["fort déçue"]),
        ("Une famille affligée attend des nouvelles.", ["affligée"]),
        ("Il présente fièrement son bilan.", ["fièrement"]),
        # the noun "fierté" is a mood told of someone, optional since round 37 (test_loaded_fr_round37.py)
        ("Le maire parle avec fierté de son pont.", []),
        ("Les usagers subissent d'interminables travaux.", ["interminables"]),
        ("Le club répète ses sempiternelles promesses.", ["sempiternelles"]),
        ("La ministre fait face à des insultes répétées.", ["insultes répétées"]),
        ("Le chantier connaît des couacs à répétition.", ["couacs à répétition"]),
        ("Le maire a tenu un discours purement électoraliste.", ["discours purement électoraliste"]),
        ("Sa démarche reste purement idéologique.", ["reste purement idéologique"]),
        ("La ville lance un plan ambitieux pour ses écoles.", ["ambitieux"]),
        ("Le port est vital pour la région.", ["vital"]),
        ("La charge des policiers a été d'une rare violence.", ["d'une rare violence"]),
        ("Il a répondu avec une naïveté confondante.", ["avec une naïveté confondante"]),
        ("Le gouvernement prépare un arsenal législatif contre la fraude.", ["arsenal législatif"]),
        ("Les jeunes pousses montent à l'assaut du marché.", ["à l'assaut"]),
        ("Le ministre lance une offensive diplomatique.", ["offensive diplomatique"]),
        ("Le maire se pose en dernier rempart contre la fermeture.", ["dernier rempart contre"]),
        ("C'est la guerre ouverte entre les deux élus.", ["guerre ouverte"]),
        ("Le parti se met en ordre de bataille.", ["ordre de bataille"]),
        ("Les petites mairies sont étranglées par les normes.", ["étranglées par"]),
        ("Le petit commerce est laminé par la concurrence.", ["laminé par"]),
        ("Le directeur a été limogé sans ménagement.", ["sans ménagement"]),
        ("Le texte a été adopté sans tambour ni trompette.", ["sans tambour ni trompette"]),
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
        "Le drame a endeuillé tout le village.",
        "Les vignerons sont très touchés par la grêle.",
        "Le rapport note une forte colère chez les commerçants.",
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
        # the police term; the emphatic "sans … aucune", measured and left out
        "La police a tiré sans sommation.",
        "Il a accepté sans hésitation aucune.",
        # the noun homographs of the conjugated forms
        "La dépouille a été rendue à la famille.",
        "Une torpille a touché le navire.",
        # "indispensable" was measured and left out
        "Ces documents sont indispensables au dossier.",
    ],
)
def test_round19_plain_uses(fr: Language, text: str) -> None:
    assert lexicon_hits(fr, text) == []


def test_strong_intensifier_before_a_word_tagged_as_noun(fr: Language) -> None:
    """The tagger reads "lourd" here as a noun: the round-19 sibling of the intensifier frame finds it."""
    hits = lexicon_hits(fr, "Un budget excessivement lourd que tous refusent.")
    assert [(h.text, h.term) for h in hits] == [("excessivement lourd", "fr-loaded-r19-intensif-fort-nom")]


def test_feeling_at_height_counts_once(fr: Language) -> None:
    """ "Vive inquiétude" already had its entry: the new frame adds no second hit on it."""
    hits = lexicon_hits(fr, "Les riverains disent leur vive inquiétude et une profonde colère.")
    assert [(h.text, h.category) for h in hits] == [
        ("vive inquiétude", "dramatizing"),
        ("profonde colère", "dramatizing"),
    ]
