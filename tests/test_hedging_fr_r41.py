"""French hedging, round 41 (hedgefr41): classes whose errors recur across the six read sets H52-H57.

- A ruling-out word under any negation: an adverb before "pas" ("n'est toujours pas exclue"), "non"
  ("est non écartée"), a possibility noun as the antecedent of the negated verb ("une hypothèse que
  n'écartent pas les enquêteurs"); not the proper sense ("non exclus du dispositif").
- Concordance on the surface: the "que" of a comparison opens no reported clause; a saying participle
  inside the subject does not govern the "que" clause of the main verb. A past verb of saying still does.
- Unnamed single speakers: "un autre" after an unnamed source, an adviser ("un conseiller ministériel");
  not "un autre" after a named speaker, not an adviser the text names.
- Pouvoir + an outcome: "peut amener à", "ait pu jouer un rôle"; not a subject that acts ("le maire
  peut jouer un rôle de médiateur"), not "amener" without the "à" of an outcome.

Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_vague_attributions, kinds_of, readings_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("Une reprise de l'épidémie n'est toujours pas exclue, selon les médecins.", "exclue", "epistemic_hedge"),
        ("Une grève des contrôleurs n'est encore pas exclue.", "exclue", "epistemic_hedge"),
        ("Pour les gendarmes, la thèse de l'accident est non écartée.", "non écartée", "epistemic_hedge"),
        ("Une rechute du marché reste non exclue à ce stade.", "non exclue", "epistemic_hedge"),
        ("C'est une hypothèse que n'écartent pas les enquêteurs.", "n'écartent pas", "epistemic_hedge"),
        (
            "Un accord avant l'été ? C'est une éventualité que n'excluent plus les négociateurs.",
            "n'excluent plus",
            "epistemic_hedge",
        ),
        ("Une décision qui peut amener à des fermetures de classes à la rentrée.", "peut amener à", "modal_hedge"),
        ("Ces erreurs de calcul peuvent conduire à des annulations de vols.", "conduire à", "modal_hedge"),
        (
            "Rien ne montre que la fatigue du conducteur ait pu jouer un rôle dans l'accident.",
            "jouer un rôle",
            "modal_hedge",
        ),
        ("Le gel a pu jouer un rôle dans la chute de la corniche.", "jouer un rôle", "modal_hedge"),
    ],
)
def test_round_41_hedges(fr: Language, text: str, words: str, kind: str) -> None:
    assert (kind, True) in kinds_of(fr, text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ces enfants sont non exclus du dispositif d'aide.", "exclus"),
        ("Le public que n'exclut pas le règlement pourra entrer.", "exclut"),
        ("Le maire peut jouer un rôle de médiateur dans ce conflit.", "jouer"),
        ("Le car peut amener les élèves à la piscine.", "amener"),
        ("Il a pu jouer le match malgré sa blessure.", "jouer"),
    ],
)
def test_round_41_look_alikes(fr: Language, text: str, words: str) -> None:
    assert not any(words in cue for _, cue in counted_cues(fr, text)), counted_cues(fr, text)


def test_comparison_que_opens_no_reported_clause(fr: Language) -> None:
    text = (
        "La météorite dont la masse est estimée à 3 tonnes serait plus lourde que celle de 2013 "
        "et devrait être exposée au musée."
    )
    assert ("modal_hedge", True) in readings_of(fr, text, "devrait")
    # a degree word with nothing compared keeps the reported clause
    readings = readings_of(fr, "Le porte-parole a dit plus tard que la ligne serait rouverte.", "serait")
    assert all(not counted for _, counted in readings), readings


def test_participle_in_the_subject_does_not_govern(fr: Language) -> None:
    text = "La note, publiée hier par le syndicat, montre que les salaires auraient baissé."
    assert ("conditional_hedge", True) in readings_of(fr, text, "auraient")


def test_past_verb_of_saying_still_governs(fr: Language) -> None:
    for text in (
        "Le ministre a déclaré mardi que la réforme serait votée avant l'été.",
        "Il a indiqué, lors d'un point presse, que le chantier durerait deux ans.",
        "Il a déclaré que le prix, plus élevé que prévu, serait revu en juin.",
    ):
        readings = readings_of(fr, text, "serait" if "serait" in text else "durerait")
        assert all(not counted for _, counted in readings), readings


def test_another_unnamed_speaker(fr: Language) -> None:
    text = "« Le budget sera voté jeudi », avance un conseiller ministériel. « J'en doute », nuance un autre."
    assert counted_vague_attributions(fr, text) == ["un conseiller ministériel", "un autre"]


def test_another_after_a_named_speaker_or_a_named_adviser(fr: Language) -> None:
    assert (
        counted_vague_attributions(
            fr, "Le maire Jean Dupont a annoncé la fermeture. Un autre a déclaré que c'était injuste."
        )
        == []
    )
    assert counted_vague_attributions(fr, "Selon un conseiller de l'Élysée, le texte sera présenté mercredi.") == []
