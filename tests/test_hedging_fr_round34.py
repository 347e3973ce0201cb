"""French hedging, thirty-first round, hedgefr31 (issue 14): recall on unseen news.

Classes of French that the start code had no rule for, seen in the read set H43 (round 30's blind set)
and written here from knowledge of the language: a suspicion stated without the fact ("soupçonné du
vol", "une intoxication est suspectée", "un cas suspect"), "supposé" after its noun, unnamed
information ("selon des informations concordantes", "l'information selon laquelle"), a degree adverb
between "s'annoncer" and its attribute, and the impersonal passive incise ("est-il précisé"). Every
sentence here and in `checksets/hedging_fr_r31.jsonl` was written for the test (the file is named after
the branch sequence: round 30 used round33)."""

from __future__ import annotations

import pytest
from hedging_support import assert_every_item_right, counted_cues, kinds_of
from spacy.language import Language


def test_thirty_first_round_french_check_set() -> None:
    """Every item right: hedge recall and precision 1.0, no non-hedge counted (the start code found 5 of
    the 20 hedges)."""
    assert_every_item_right("hedging_fr_r31.jsonl", ("epistemic_hedge", "vague_attribution"))


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("Le gérant, soupçonné du vol de la caisse, a été interpellé.", "soupçonné du", "epistemic_hedge"),
        ("La salmonelle est désormais suspectée dans la cantine du collège.", "suspectée", "epistemic_hedge"),
        ("Trois cas suspects de légionellose ont été hospitalisés.", "cas suspects", "epistemic_hedge"),
        ("Les enquêteurs ont refait le parcours supposé du camion.", "supposé", "epistemic_hedge"),
        (
            "Selon des informations concordantes, le navire aurait changé de cap.",
            "Selon des informations",
            "vague_attribution",
        ),
        (
            "La rumeur courait selon laquelle le préfet serait muté.",
            "rumeur courait selon laquelle",
            "vague_attribution",
        ),
        (
            "La fréquentation s'annonce bien plus forte que l'an dernier.",
            "annonce bien plus forte",
            "epistemic_hedge",
        ),
        ("Le pont restera fermé jusqu'à jeudi, est-il indiqué.", "est-il indiqué", "vague_attribution"),
    ],
)
def test_unconfirmed_facts_are_hedges(fr: Language, text: str, words: str, kind: str) -> None:
    assert kinds_of(fr, text, words) == [(kind, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Le suspect a été relâché dans la soirée.",
        "Un comportement suspect a été signalé au gardien.",
        "Il n'est plus soupçonné depuis l'expertise.",
        "Ce logiciel, supposé accélérer les démarches, a été abandonné.",
        "Le comptable est supposé rendre ses comptes chaque mois.",
        "Selon des informations publiées par la préfecture, la route est rouverte.",
        "Le texte entrera en vigueur le 1er mars, est-il précisé dans le décret.",
        "La chanteuse s'annonce ce soir sur scène.",
    ],
)
def test_look_alikes_count_nothing(fr: Language, text: str) -> None:
    assert counted_cues(fr, text) == []
