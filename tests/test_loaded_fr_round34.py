"""French loaded vocabulary, thirty-fourth round (issue 14): three definitions of what is not loaded.

- A judgement turned down by an attenuating adverb ("un peu rude", "moins élogieux", "peu aimable") is a
  litotes, not a word that charges the text (`fr-senses-attenuation`, framing.attenuation); the litotes of
  impossibility ("difficilement acceptable") moved to `lexicons/fr/optional/litotes.yaml`.
- A word of feeling the sentence ascribes to someone reports that person's state ("s'est dit consterné",
  "son désarroi", "suscite de vives inquiétudes"; `fr-senses-feelings-ascribed`, framing.experiencer);
  the same word still counts where the writer's own tone carries it.
- Optional (`lexicons/fr/optional/speech_incise.yaml`): the verb of a speech incise after a quotation
  ("« … », a martelé le ministre") read as the attribution's verb of saying, not the writer's word
  (`fr-senses-speech-incise`, framing.incise). By default such a verb counts.

Every sentence here was written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import lexicon_words
from spacy.language import Language

from framing.nlp import load_pipeline

OPTIONAL = Path(__file__).resolve().parent.parent / "lexicons" / "fr" / "optional"
LITOTES = OPTIONAL / "litotes.yaml"
SPEECH_INCISE = OPTIONAL / "speech_incise.yaml"


@pytest.fixture(scope="module")
def fr_litotes() -> Language:
    return load_pipeline("fr", (str(LITOTES),))


@pytest.fixture(scope="module")
def fr_incise() -> Language:
    return load_pipeline("fr", (str(SPEECH_INCISE),))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le règlement adopté hier est un peu brutal pour les petits commerces.", "brutal"),
        ("La presse régionale juge ce projet plutôt scandaleux.", "scandaleux"),
        ("Le rapport juge la réforme assez désastreuse pour les finances locales.", "désastreuse"),
    ],
)
def test_attenuated_judgement_is_not_counted(fr: Language, text: str, word: str) -> None:
    assert word not in " ".join(lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the same words, said outright
        ("Le règlement adopté hier est brutal pour les petits commerces.", "brutal"),
        ("Le rapport juge la réforme désastreuse pour les finances locales.", "désastreuse"),
        # "au moins", "pour le moins": a bound, not an attenuation
        ("Le bilan de la réforme est pour le moins désastreux.", "désastreux"),
        ("La gestion du dossier a été au moins désastreuse.", "désastreuse"),
    ],
)
def test_judgement_said_outright_still_counts(fr: Language, text: str, word: str) -> None:
    assert word in " ".join(lexicon_words(fr, text))


def test_litotes_of_impossibility_is_optional(fr: Language, fr_litotes: Language) -> None:
    text = "Cette hausse des loyers est difficilement acceptable pour les familles."
    assert lexicon_words(fr, text) == []
    assert lexicon_words(fr_litotes, text) == ["difficilement acceptable"]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire s'est dit consterné par la décision du conseil régional.",
        "Cette riveraine est très remontée contre le projet de rocade.",
        "La mère de la victime ne cache pas son désarroi devant les juges.",
        "La nouvelle taxe suscite de vives inquiétudes chez les viticulteurs.",
        "Le président du club s'est déclaré « atterré » par les sanctions.",
    ],
)
def test_feeling_ascribed_to_someone_is_not_counted(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the writer's own tone: no one is said to feel it
        # "panique" alone is optional since round 37 (test_loaded_fr_round37.py); its figure still counts
        ("Cette réforme a fait souffler un vent de panique dans les rédactions.", "panique"),
        ("Les chaînes d'information attisent l'hystérie depuis des semaines.", "hystérie"),
        ("C'est la stupeur générale après l'annonce du gouvernement.", "stupeur"),
    ],
)
def test_feeling_in_the_writers_voice_still_counts(fr: Language, text: str, word: str) -> None:
    assert word in " ".join(lexicon_words(fr, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("« Nous ne céderons rien sur les salaires », a martelé la secrétaire générale du syndicat.", "martelé"),
        ("« On nous a oubliés depuis des années », s’indigne une commerçante du centre-ville.", "indigne"),
        ('"Cette loi ne protège personne", fustige le député de la circonscription.', "fustige"),
    ],
)
def test_verb_of_a_speech_incise_is_not_counted_with_the_optional_rule(
    fr: Language, fr_incise: Language, text: str, word: str
) -> None:
    assert word in " ".join(lexicon_words(fr, text))
    assert word not in " ".join(lexicon_words(fr_incise, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the same verbs in the writer's own sentence, with their subject first
        ("La députée fustige la réforme des retraites depuis des mois.", "fustige"),
        ("Le ministre a martelé son message toute la journée.", "martelé"),
        # a loaded word of the quotation itself stays
        ("« Cette réforme est une honte », a déclaré le maire de la commune.", "honte"),
    ],
)
def test_verbs_outside_an_incise_still_count(fr_incise: Language, text: str, word: str) -> None:
    assert word in " ".join(lexicon_words(fr_incise, text))
