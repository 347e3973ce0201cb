"""French quoted fragments with no cue of their own in the reporter's sentence after a speaker's
(twelfth round): the quoted words carry on that speaker, form mixed, rule `fragment`. Whole quoted
sentences are floating quotations; fragments after a name, a title, a word mentioned or in another
paragraph are not carried on. Every sentence here was written for the tests."""

from __future__ import annotations

import pytest
from attribution_support import checked_attributions as found
from attribution_support import pipeline
from spacy.language import Language

from framing.types import Attribution


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline("fr")


def fragments(nlp: Language, text: str) -> list[Attribution]:
    return [a for a in found(nlp, text) if a.rule == "fragment"]


@pytest.mark.parametrize(
    ("text", "quoted", "sentence"),
    [
        (
            "« Les feux de forêt se multiplient », a averti la préfète du département. "
            "Une mesure qui doit permettre de « limiter les départs de feu » pendant l'été.",
            "limiter les départs de feu",
            "Une mesure qui doit permettre de « limiter les départs de feu » pendant l'été",
        ),
        (
            "Le syndicat a dénoncé mardi la fermeture de deux ateliers. "
            "Une démarche destinée à « garder tous les postes » jusqu'à la fin de l'année.",
            "garder tous les postes",
            "Une démarche destinée à « garder tous les postes » jusqu'à la fin de l'année",
        ),
    ],
)
def test_a_fragment_carries_on_the_previous_sentences_speaker(
    nlp: Language, text: str, quoted: str, sentence: str
) -> None:
    records = found(nlp, text)
    (fragment,) = [a for a in records if a.rule == "fragment"]
    (source,) = [a for a in records if a.rule != "fragment"]
    assert fragment.text == f"« {quoted} »"
    assert text[fragment.content_start : fragment.content_end] == sentence
    assert fragment.form == "mixed" and fragment.verb is None and fragment.stance is None
    assert (fragment.speaker, fragment.speaker_type) == (source.speaker, source.speaker_type)


@pytest.mark.parametrize(
    "text",
    [
        # a name in the reporter's sentence may be a new source
        "« Les feux de forêt se multiplient », a averti la préfète du département. "
        "Paris a promis de son côté des moyens pour « limiter les départs de feu » pendant l'été.",
        "« Les feux de forêt se multiplient », a averti la préfète du département. "
        "Le ministère de l'Intérieur veut « limiter les départs de feu » pendant l'été.",
        # two quoted words in the reporter's sentence: the writer's scare quotes
        "« Les feux de forêt se multiplient », a averti la préfète du département. "
        "Une mesure qui doit éviter les « départs sauvages » pendant l'été.",
        # a capital opens a title or a name
        "« Les feux de forêt se multiplient », a averti la préfète du département. "
        "Une campagne baptisée « Forêts sans feu cet été » commence lundi.",
        # the quoted words are the subject of the reporter's clause: a concept named
        "« Les feux de forêt se multiplient », a averti la préfète du département. "
        "Dans ce cas, la « prévention des départs de feu » reste la règle.",
        # a verb of finding: the quoted words are a thing found
        "« Les feux de forêt se multiplient », a averti la préfète du département. "
        "Sur la colline, les pompiers ont retrouvé « deux bidons d'essence vides » près du sentier.",
        # the speaker is in another paragraph
        "« Les feux de forêt se multiplient », a averti la préfète du département.\n\n"
        "Une mesure qui doit permettre de « limiter les départs de feu » pendant l'été.",
    ],
)
def test_no_fragment_without_a_speaker_right_before(nlp: Language, text: str) -> None:
    assert fragments(nlp, text) == []
