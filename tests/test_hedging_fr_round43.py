"""French hedging, round thirty-six (hedgefr36, issue 14): three definitions from the pooled read sets.

- A conditional under a case a noun phrase states is a hypothetical, also when an open "si" condition
  comes first in the sentence and when the case is stated with the Quebec "advenant".
- "ça/cela peut être" + one member of a list of alternatives says what forms a thing takes: no hedge.
  One noun phrase alone stays a hedge.
- Witnesses, survivors, residents or passers-by after "selon"/"d'après" are an unnamed source with any
  determiner and any complement.

Every sentence here was written for the test (docs/hedging.md, round 36).
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues, counted_vague_attributions, kinds_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Le prix du blé pourrait encore grimper advenant une sécheresse prolongée en Ukraine.", "pourrait"),
        (
            "Si la liste écologiste arrive devant dimanche, son chef pourrait céder la mairie en cas "
            "de fusion des listes adverses.",
            "pourrait",
        ),
    ],
)
def test_a_case_stated_by_a_noun_phrase_is_a_hypothetical(fr: Language, text: str, verb: str) -> None:
    assert kinds_of(fr, text, verb) == [("hypothetical", False)]


def test_an_open_condition_alone_keeps_the_guess(fr: Language) -> None:
    text = "Si la grève des contrôleurs se poursuit, la direction pourrait céder dès jeudi."
    assert any("pourrait" in words for _, words in counted_cues(fr, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Pour le logement, ça peut être une allocation, un prêt à taux zéro ou une remise de loyer.",
            "ça peut être",
        ),
        (
            "Parmi les départs signalés, il y a des fugues, des accidents, ou cela peut être un choix de vie.",
            "cela peut être",
        ),
    ],
)
def test_listing_the_forms_a_thing_takes_is_no_hedge(fr: Language, text: str, words: str) -> None:
    assert kinds_of(fr, text, words) == [("non_hedge_modal", False)]


def test_one_possibility_put_forward_stays_a_hedge(fr: Language) -> None:
    text = "Le chiffre paraît très élevé. Ça peut être une erreur de saisie du ministère."
    assert ("modal_hedge", "Ça peut être") in counted_cues(fr, text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Selon les témoins du carambolage, le camion roulait bien au-dessus de la limite.", "Selon les témoins"),
        ("Le ferry a chaviré en pleine nuit, selon des rescapés arrivés au port jeudi.", "selon des rescapés"),
        ("D'après des habitants du village, l'eau est montée d'un mètre en une heure.", "D'après des habitants"),
    ],
)
def test_unnamed_eyewitnesses_are_a_vague_source(fr: Language, text: str, source: str) -> None:
    assert source in counted_vague_attributions(fr, text)


def test_a_profession_with_a_named_body_is_not_an_eyewitness_frame(fr: Language) -> None:
    text = "Selon les experts de l'Organisation mondiale de la santé, le virus circule moins."
    assert counted_vague_attributions(fr, text) == []
