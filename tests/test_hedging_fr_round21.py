"""French hedging, twentieth round, hedgefr21 (issue 14): unnamed sources read from the attribution analyser's
speakers (an indefinite or quantifying determiner + a generic source, expert, witness or official
noun), and the conditional that describes a planned thing ("le stade compterait", "la ligne serait
reliée") told apart from unconfirmed news. Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from hedging_support import counted_vague_attributions, readings_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Un analyste financier a déclaré que les discussions reprendront lundi.", "Un analyste financier"),
        ("Deux experts indépendants estiment que le coût est sous-évalué.", "Deux experts indépendants"),
        ("Le contrat sera signé en juin, ont indiqué plusieurs diplomates.", "plusieurs diplomates"),
        ("Le chantier a pris du retard, a expliqué un spécialiste des ouvrages d'art.", "un spécialiste"),
        ("Certains observateurs affirment que le scrutin sera serré.", "Certains observateurs"),
        # a possessive: someone's own sources are still unnamed (round 35's definition; this sentence
        # stood among the non-vague speakers before: three read sets mark "notre source", "sa source")
        ("Ses sources affirment que le joueur partira.", "Ses sources"),
    ],
)
def test_indefinite_unnamed_speakers_are_vague_attributions(fr: Language, text: str, words: str) -> None:
    found = counted_vague_attributions(fr, text)
    assert any(words in w or w in words for w in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a spokesperson, an official and a definite role: annotators leave them unmarked
        "Un haut responsable européen a déclaré que les discussions reprendront lundi.",
        "Le chantier a pris du retard, a indiqué un porte-parole de la mairie.",
        "Le responsable du service a déclaré que la route rouvrira demain.",
        # a name in apposition, or a named body in the speaker
        "Un membre du conseil, Paul Martin, a affirmé que le vote aura lieu.",
        "Le vote aura lieu jeudi, a précisé un responsable de Renault.",
        # the experts of a definite phrase cut after a contracted article
        "Sous réserve de l'avis des experts, le tunnel rouvrira mardi.",
    ],
)
def test_named_or_definite_speakers_are_not_vague_attributions(fr: Language, text: str) -> None:
    assert counted_vague_attributions(fr, text) == []


def test_one_speaker_gives_one_vague_attribution(fr: Language) -> None:
    text = "Selon trois sources proches du dossier, l'accord est prêt."
    assert len(counted_vague_attributions(fr, text)) == 1


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a planned thing's noun as subject, any present conditional, active or passive
        (
            "Le projet de la ville a été présenté hier. Le stade serait situé au bord du fleuve.",
            "serait situé",
        ),
        (
            "La proposition sera votée en mai. Le stade compterait vingt mille places.",
            "compterait",
        ),
    ],
)
def test_a_planned_things_description_is_not_counted(fr: Language, text: str, verb: str) -> None:
    assert readings_of(fr, text, verb) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the press learned the plan's details: unconfirmed news, a hedge
        (
            "Le futur tramway passera sous la colline, a appris le journal. Le tunnel serait creusé sous la place.",
            "serait creusé",
        ),
        # a compound past about the thing is news of an event
        (
            "Le projet de la ville a été présenté hier. Le stade aurait été vendu à un promoteur.",
            "aurait été vendu",
        ),
        # a reflexive event
        (
            "Le projet de la ville a été présenté hier. Le pont se serait effondré dans la nuit.",
            "serait effondré",
        ),
        # no plan in sight: the journalistic conditional of a suspect
        ("Le suspect serait situé à Lyon, selon la police.", "serait situé"),
    ],
)
def test_unconfirmed_news_stays_a_hedge(fr: Language, text: str, verb: str) -> None:
    assert ("conditional_hedge", True) in readings_of(fr, text, verb)
