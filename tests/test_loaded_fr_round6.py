"""French loaded vocabulary, sixth round (issue 14): more classes of evaluative words (so a loaded
paragraph gets more than one hit), fixed figures, irony and exaggeration markers, and the neutral
uses that must not match. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_hits, lexicon_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # condemnation and derision adjectives, any gender and number
        ("Le maire a tenu des propos injurieux et une conduite amorale.", ["injurieux", "amorale"]),
        ("Le conseil défend un plan irréaliste aux promesses chimériques.", ["irréaliste", "chimériques"]),
        ("Sa note, verbeuse et alambiquée, n'a convaincu personne.", ["verbeuse", "alambiquée"]),
        # horror and excess
        ("Le quartier vit une situation angoissante après des travaux ruineux.", ["angoissante", "ruineux"]),
        ("La société promet des rendements mirobolants.", ["mirobolants"]),
        # insinuating adverbs in the reporter's voice
        ("Le dossier a opportunément disparu avant l'audience.", ["opportunément"]),
        # labels and coinages
        ("Les eurocrates et leurs valets ont voté le texte.", ["eurocrates"]),
        ("Le député traite ses adversaires de matamores et de cabotins.", ["matamores", "cabotins"]),
        # verbs of action and of speech
        ("Les ministres sapent la confiance et sacrifient les retraités.", ["sapent", "sacrifient"]),
        # ("décrier" is a plain reaction verb since round 26: lexicons/fr/optional/reaction_verbs.yaml)
        ("Ses opposants colportent des rumeurs et décrient chaque mesure.", ["colportent"]),
        # judgement nouns, minimisation
        (
            "Cette réforme n'est qu'un replâtrage, un saupoudrage de mesurettes.",
            ["replâtrage", "saupoudrage", "mesurettes"],
        ),
        ("Le lancement a tourné au cafouillage après un couac de communication.", ["cafouillage", "couac"]),
        # nouns and adverbs derived from listed adjectives, familiar verbs of fraud
        (
            "Le préfet a répondu avec une rare outrecuidance et beaucoup d'effronterie.",
            ["outrecuidance", "effronterie"],
        ),
        ("Les banques ont pigeonné leurs clients, qui se sont fait leurrer.", ["pigeonné", "leurrer"]),
        # "faux" before a quality or a debate: an imposture declared, not shown
        ("Les faux experts relancent un faux débat.", ["faux experts", "faux débat"]),
        ("Le porte-parole vaticine dans une novlangue de cabinet.", ["vaticine", "novlangue"]),
        ("Un ministre falot et timoré face à des opposants hargneux.", ["falot", "timoré", "hargneux"]),
        (
            "Ce maire infréquentable a fait de son adjoint le souffre-douleur du conseil.",
            ["infréquentable", "souffre-douleur"],
        ),
        ("Le quartier tourne à la tête de Turc d'une réforme indigeste.", ["tête de Turc", "indigeste"]),
        (
            "La crise a viré au psychodrame, un vaudeville de grenouillages.",
            ["psychodrame", "vaudeville", "grenouillages"],
        ),
    ],
)
def test_sixth_round_classes(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Avec ce budget, le pays va droit dans le mur.", ["dans le mur"]),
        ("La ministre a préféré botter en touche sur les salaires.", ["botter en touche"]),
        ("Le rapport a été glissé sous le tapis avant l'été.", ["sous le tapis"]),
        ("La prime n'est qu'un coup d'épée dans l'eau.", ["épée dans l'eau"]),
        ("La commission est devenue une coquille vide.", ["coquille vide"]),
        ("Les automobilistes restent la vache à lait du fisc.", ["vache à lait"]),
        ("Ce cadeau fiscal profitera surtout aux plus aisés.", ["cadeau fiscal"]),
        ("L'hôpital subit une hémorragie de soignants.", ["hémorragie de soignants"]),
        ("La majorité a choisi le passage en force.", ["passage en force"]),
        (
            "Le trésorier dénonce un coup fourré : les dépenses crèvent le plafond.",
            ["coup fourré", "crèvent le plafond"],
        ),
        (
            "Le maire accuse l'opposition de mauvaise foi et d'en faire un bouc émissaire.",
            ["mauvaise foi", "bouc émissaire"],
        ),
        ("Le syndicat a tapé du poing sur la table face à une armada d'avocats.", ["poing sur la table", "armada d'"]),
        # irony and exaggeration markers
        ("Le fameux plan de relance a encore été repoussé.", ["fameux"]),
        ("Le directeur, le bien nommé M. Lebon, a tout signé.", ["bien nommé"]),
        ("Ironie du sort, le stade a fermé le jour de l'inauguration.", ["Ironie du sort"]),
        ("Le club réclame rien de moins que la moitié du budget.", ["rien de moins que"]),
        ("Seule une poignée de curieux a fait le déplacement.", ["poignée de"]),
        ("L'opposition crie au complot depuis lundi.", ["crie au complot"]),
        ("Aucun plan digne de ce nom, une philosophie de comptoir.", ["digne de ce nom", "comptoir"]),
        ("Le rapport parle d'une capitulation pure et simple.", ["capitulation", "pure et simple"]),
    ],
)
def test_sixth_round_figures(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # literal or neutral uses the figures must leave alone
        "Les deux présidents ont échangé une poignée de main devant les caméras.",
        "Les chercheurs décrivent un radeau de bulles à la surface du lac.",
        "L'actrice a monté les marches du tapis rouge à Cannes.",
        "Le tribunal a reconnu un déni de justice.",
        "Le patient est mort d'une hémorragie cérébrale.",
        "Elle a tiré la leçon de cet échec.",
        "La voiture a fini à la casse après l'accident.",
        "Le voleur a rangé le butin sous le lit.",
        # "jamais vu" with an object is a plain negation, not "du jamais vu"
        "Le projet n'a jamais vu le jour.",
        # "faux" before an object is literal
        "La police a saisi de faux billets et de faux papiers.",
    ],
)
def test_sixth_round_neutral_uses(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


def test_pretendu_and_pretendre_have_their_own_notes(fr: Language) -> None:
    text = "Le prétendu expert prétend que tout va bien."
    notes = {h.text: h.note for h in lexicon_hits(fr, text)}
    assert set(notes) == {"prétendu", "prétend"}
    assert "parole" in notes["prétend"] and "parole" not in notes["prétendu"]
