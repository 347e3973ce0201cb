"""French hedging, round thirty-six, second half (hedgefr36b, issue 14): a scenario's consequence or an
illustration told in the conditional is no hedge.

- "alors" right after a conditional takes up a case stated before it ("Le pire scénario prévoit
  quatre degrés. La station fermerait alors ses pistes"): the verb is that case's consequence, a
  hypothetical, as it is under "dans ce cas". The journalistic conditional of a narrated sequence
  ("le suspect aurait alors pris la fuite", a compound past) stays a hedge, and so does "alors que".
- "par exemple" right after a conditional, or a worked example's figure before it ("un ménage qui
  gagne par exemple 2 000 euros toucherait..."), makes the verb an imagined instance. "Par exemple"
  at the head of a sentence that reports news changes nothing.

Every sentence here was written for the test (the file is named after the branch sequence).
"""

from __future__ import annotations

import pytest
from hedging_support import kinds_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Le pire scénario des climatologues table sur un réchauffement de quatre degrés. "
            "La station fermerait alors ses pistes pour de bon.",
            "fermerait",
        ),
        (
            "Renforcé au-dessus des eaux chaudes, le cyclone pourrait alors toucher l'archipel dès jeudi.",
            "pourrait",
        ),
        (
            "Si la hausse se confirme en juin, le taux atteindrait un sommet. Il dépasserait alors celui de 1997.",
            "dépasserait",
        ),
    ],
)
def test_a_conditional_followed_by_alors_is_a_scenario(fr: Language, text: str, words: str) -> None:
    assert kinds_of(fr, text, words) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Pour tenir le front, l'état-major devrait par exemple mobiliser six divisions de réserve.",
            "devrait",
        ),
        (
            "Avec le nouveau barème, un ménage qui gagne par exemple 2 000 euros par mois toucherait 40 euros de plus.",
            "toucherait",
        ),
    ],
)
def test_an_illustration_in_the_conditional_is_a_scenario(fr: Language, text: str, words: str) -> None:
    assert kinds_of(fr, text, words) == [("hypothetical", False)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a narrated sequence: "alors" says "next", the conditional is the reporter's caution
        ("Selon des témoins, le conducteur aurait alors pris la fuite à pied.", "aurait alors pris"),
        # "alors que": a contrast, not a case taken up
        ("Le prix du gazole grimperait encore alors que les stocks baissent.", "grimperait"),
        # an instance of news, not an imagined one
        ("Par exemple, le maire aurait refusé de signer le permis, selon la presse locale.", "aurait refusé"),
        # another adverb after the conditional
        ("Le gouvernement pourrait par ailleurs relever la taxe sur les billets d'avion.", "pourrait"),
    ],
)
def test_other_conditionals_stay_hedges(fr: Language, text: str, words: str) -> None:
    found = kinds_of(fr, text, words)
    assert len(found) == 1 and found[0][1], found
