"""French hedging, twentieth round (issue 14): the whole family of unnamed sources ("on" with a verb of
saying or thinking, inverted or not; witnesses; sources left unnamed or taken up by "ces sources"; "tous
les médias") and of epistemic wording (a negated certainty, "tout indique", "peu clair" after a copula,
"avoir l'air", "laisser penser"). Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import counted_kinds as kinds
from spacy.language import Language


def _counted(fr: Language, text: str, kind: str) -> list[str]:
    return [words for words, found_kind, counted in kinds(fr, text) if found_kind == kind and counted]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le chantier durera deux ans, précise-t-on à la mairie.", "précise-t-on"),
        ("Le budget sera revu en mai, indique-t-on.", "indique-t-on"),
        ("À la préfecture, on confie que le dossier avance lentement.", "on confie que"),
        ("Dans l'entourage du maire, l'on assure que rien n'a été signé.", "l'on assure que"),
        ("Au club, on fait savoir que le joueur restera.", "on fait savoir que"),
        ("Nous restons prudents et on pense tout de même pouvoir conclure avant l'été.", "on pense"),
        ("On parle d'une offre de 40 millions pour l'attaquant.", "On parle d'une"),
        ("Des témoins ont fait état de plusieurs détonations près de la gare.", "témoins"),
        ("Le suspect a été décrit par des témoins comme un homme de grande taille.", "par des témoins"),
        ("Le club a accepté l'offre, de sources européennes concordantes.", "sources"),
        ("Le vote aura lieu mardi, disent ces sources.", "disent ces sources"),
        ("Tous les médias italiens semblent unanimes sur ce transfert.", "médias"),
    ],
)
def test_unnamed_sources_are_vague_attributions(fr: Language, text: str, words: str) -> None:
    found = _counted(fr, text, "vague_attribution")
    assert any(words in w or w in words for w in found), found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Il n'y a aucune certitude que les négociations aboutissent.", "aucune certitude"),
        ("Il n'existe pas de garantie que le projet soit financé.", "garantie"),
        ("Rien n'est encore confirmé entre les deux clubs.", "Rien n'est encore confirmé"),
        ("Tout indique que le ministre quittera ses fonctions.", "Tout indique que"),
        ("Le nombre de victimes reste encore peu clair.", "peu clair"),
        ("L'homme avait l'air très nerveux avant l'audience.", "l'air"),
        ("Ces traces peuvent laisser penser à une effraction.", "laisser penser"),
    ],
)
def test_epistemic_wording_is_counted(fr: Language, text: str, words: str) -> None:
    found = _counted(fr, text, "epistemic_hedge")
    assert any(words in w or w in words for w in found), found


@pytest.mark.parametrize(
    "text",
    [
        "On indique aux usagers le chemin de la nouvelle gare.",
        "On parle de politique tous les soirs au café.",
        "Le témoin a été entendu par la police jeudi.",
        "Des témoins ont été convoqués par le juge.",
        "Il écrit un message peu clair à son frère.",
        "Ils veulent avoir l'air sérieux devant le jury.",
        "Le contrat a été signé sans garantie de prix.",
        "Tout montre que la réforme a réussi.",
        "« Rien n'est joué », a répété la candidate dimanche.",
        "On espère pouvoir rouvrir le musée en juin.",
    ],
)
def test_traps_are_not_hedges(fr: Language, text: str) -> None:
    assert not _counted(fr, text, "vague_attribution") and not _counted(fr, text, "epistemic_hedge"), kinds(fr, text)
