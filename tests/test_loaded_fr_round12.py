"""French loaded vocabulary, twelfth round (issue 14): verbs of aversion, blunders and dithering,
adjectives of exhaustion, changes told as a dance, stubborn determination, a flop or a comeback,
verb forms the pipeline does not lemmatise, anger as a state; the uses that must not match; and the
French scare-quote rule leaving alone a sentence that cites someone's wording piece by piece. Every
sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import french_scare_quote_pipeline, lexicon_hits, lexicon_words
from loaded_support import scare_quote_words as scare_quotes
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hatred and aversion
        ("Les supporters exècrent le nouveau propriétaire.", ["exècrent"]),
        ("Ce préfet, abhorré des commerçants, quitte la ville.", ["abhorré"]),
        # blunders and dithering
        ("Le ministre multiplie les bourdes et les boulettes.", ["bourdes", "boulettes"]),
        ("Les tergiversations du conseil ont retardé le chantier.", ["tergiversations"]),
        ("Cette réforme a tourné à la foirade.", ["foirade"]),
        # adjectives of the class lists
        ("Une semaine harassante et un calendrier exténuant.", ["harassante", "exténuant"]),
        ("La chaîne est devenue sensationnaliste.", ["sensationnaliste"]),
        # changes as a dance, stubborn determination, a flop or a comeback, opportunism
        ("La valse des ministres continue à l'Éducation.", ["valse des ministres"]),
        ("La ligue maintient coûte que coûte le calendrier.", ["coûte que coûte"]),
        ("La montagne a accouché d'une souris.", ["accouché d'une souris"]),
        ("Après sa traversée du désert, l'ancien ministre revient.", ["traversée du désert"]),
        ("Le parti a su renaître de ses cendres.", ["renaître de ses cendres"]),
        ("L'opposition s'est engouffrée dans la brèche.", ["engouffrée dans la brèche"]),
        # proverbial figures of political commentary
        ("Le maire prêche dans le désert depuis des années.", ["prêche dans le désert"]),
        ("L'opposition fait feu de tout bois contre le budget.", ["feu de tout bois"]),
        ("Le gouvernement recule pour mieux sauter.", ["recule pour mieux sauter"]),
        # an idiom of stance, optional since round 30 (test_loaded_fr_round30.py)
        ("La députée est montée au créneau mardi.", []),
        ("Ce succès ressemble à une victoire à la Pyrrhus.", ["Pyrrhus"]),
        ("Le club en a fait son mouton noir.", ["mouton noir"]),
        # forms the pipeline does not lemmatise, anger as a state
        ("Le ministre ostracise les enseignants.", ["ostracise"]),
        ("Les députés ringardisent la gauche.", ["ringardisent"]),
        ("Les élus, outrés, ont quitté la séance.", ["outrés"]),
    ],
)
def test_twelfth_round_words_and_figures(fr: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(fr, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cette remarque a outré les élus.",  # the verb after an auxiliary, not a state
        "La valse des fleurs ouvre le concert.",  # a waltz, not a reshuffle
        "Le mouton blanc broute au pied du chêne.",  # a sheep, not a label
    ],
)
def test_twelfth_round_literal_uses_do_not_match(fr: Language, text: str) -> None:
    assert lexicon_words(fr, text) == []


def test_a_speaker_s_aversion_keeps_the_quoted_voice(fr: Language) -> None:
    found = lexicon_hits(fr, "« J'exècre cette réforme », a lancé le maire. Le maire est exécré.")
    assert [(h.text, h.voice, h.category) for h in found] == [
        ("exècre", "quoted", "emotive"),
        ("exécré", "reporter", "emotive"),
    ]


def test_a_sentence_citing_wording_piece_by_piece_has_no_scare_quote(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    text = "Le décret autorise la pêche « sous conditions » et « pour un an », dans un « cadre strict »."
    assert scare_quotes(fr, text) == []


def test_one_or_two_quotations_in_a_sentence_stay_scare_quotes(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    assert scare_quotes(fr, "La direction parle d'une « restructuration ».") == []  # a speech verb
    assert scare_quotes(fr, "Cette « restructuration » a coûté cher.") == ["restructuration"]
    text = "Cette « restructuration » et ce « plan social » ont coûté cher."
    assert scare_quotes(fr, text) == ["restructuration", "plan social"]


def test_slogans_strung_together_are_left_to_the_other_checks(fr: Language) -> None:
    fr = french_scare_quote_pipeline()  # round 33: the stance gate off, to test the rule's other checks
    # Quotations opening with a capital are whole utterances (a motto, a banner), not fragments of a
    # text: the same words in lower case are cited wording and are no scare quotes.
    text = "Les tracteurs portaient « Stop aux normes », « Halte aux taxes » et « Vive les champs »."
    assert scare_quotes(fr, text) == ["Stop aux normes", "Halte aux taxes", "Vive les champs"]
    text = "Les tracteurs portaient « stop aux normes », « halte aux taxes » et « vive les champs »."
    assert scare_quotes(fr, text) == []
