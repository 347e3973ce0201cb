"""French hedging, round forty (hedgefr40): classes whose errors recur across the read sets H52-H55.

- An inquiry's lead is no proposal: "piste", "scénario" or "hypothèse" in a sentence about an inquiry
  does not open a proposal's scope, so the journalistic conditionals after it stay hedges; a proposal
  turned down ("a refusé une proposition") opens none either. A reform's terms still are hypotheticals.
- Possibility words: "possible" between quotation marks, "faisable", a superlative of likelihood ("la
  plus probable"), a percentage of chances.
- Present epistemic "pouvoir" / "devoir": "peut justifier", "peut concerner" with a subject that cannot
  act; "doit" + an adverb of likelihood + "correspondre".
- Unnamed sources: a participle of saying + "par" + a quantified group, "d'autres s'interrogent"; not
  the people questioned ("l'audition de nombreux témoins"), not "sans citer de source", not the
  reporter's "rappelle-t-on".

Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_vague_attributions, kinds_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        (
            "Le maire juge l'ouverture du pont « possible » avant l'été. Un accord est « possible ».",
            "possible",
            "epistemic_hedge",
        ),
        ("Selon l'ingénieur, rouvrir la ligne avant Noël est faisable.", "faisable", "epistemic_hedge"),
        (
            "Pour les pompiers, un court-circuit reste l'explication la plus probable.",
            "plus probable",
            "epistemic_hedge",
        ),
        ("Les météorologues donnent 30 % de chances que la neige tombe à Noël.", "chances", "epistemic_hedge"),
        ("Ces chiffres peuvent justifier une hausse des tarifs l'an prochain.", "justifier", "modal_hedge"),
        ("La panne peut aussi concerner les abonnés du réseau fixe.", "concerner", "modal_hedge"),
        ("Ces ossements doivent très probablement correspondre aux soldats disparus.", "doivent", "modal_hedge"),
        (
            "Une coupure, signalée par plusieurs riverains, aurait privé le quartier d'eau.",
            "signalée par",
            "vague_attribution",
        ),
        (
            "Les uns applaudissent le projet, mais d'autres s'interrogent sur son financement.",
            "d'autres",
            "vague_attribution",
        ),
    ],
)
def test_round_40_hedges(fr: Language, text: str, words: str, kind: str) -> None:
    assert (kind, True) in kinds_of(fr, text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le candidat le plus crédible reste le maire sortant.", "crédible"),
        ("Le dossier doit correspondre aux critères de la région.", "correspondre"),
        ("Le ministre peut justifier sa décision devant les députés.", "justifier"),
        ("Le juge a ordonné l'audition de nombreux témoins la semaine prochaine.", "témoins"),
        ("Le club a, rappelle-t-on, perdu la finale l'an dernier.", "rappelle"),
        ("Il est possible de s'inscrire sur place.", "possible"),
        ("Le chanteur a été blessé par plusieurs projectiles lancés depuis la foule.", "par plusieurs"),
    ],
)
def test_round_40_look_alikes_are_not_counted(fr: Language, text: str, words: str) -> None:
    assert not any(words in cue for _, cue in counted_cues(fr, text)), counted_cues(fr, text)


def test_an_inquiry_lead_opens_no_proposal(fr: Language) -> None:
    text = (
        "Les gendarmes ont suivi cette piste dès le premier jour. Trois hommes ont été arrêtés mardi. "
        "Deux d'entre eux seraient mineurs."
    )
    assert ("conditional_hedge", True) in kinds_of(fr, text, "seraient")


def test_a_reform_lead_still_opens_a_proposal(fr: Language) -> None:
    text = (
        "Le rapport remis au ministre avance plusieurs pistes pour réduire le déficit. "
        "La taxe sur les billets d'avion passerait à 12 euros."
    )
    assert kinds_of(fr, text, "passerait") == [("hypothetical", False)]


def test_a_refused_proposal_opens_no_scope(fr: Language) -> None:
    text = (
        "La mairie a refusé une proposition de rachat du stade l'an dernier. "
        "Le club chercherait désormais un autre terrain."
    )
    assert ("conditional_hedge", True) in kinds_of(fr, text, "chercherait")


def test_no_source_cited_is_no_vague_source(fr: Language) -> None:
    text = "Le ministre démissionnerait, affirme l'hebdomadaire, sans citer de source."
    assert not any("source" in cue for cue in counted_vague_attributions(fr, text))


def test_a_reminder_at_a_body_stays_a_vague_source(fr: Language) -> None:
    text = "Rien n'est signé, rappelle-t-on à la direction du groupe."
    assert any("rappelle" in cue for cue in counted_vague_attributions(fr, text))
