"""French hedging, round thirty-seven (integrator): the impersonal passive of saying needs "été" in the
compound past.

"Il a été rapporté que ..." hides its source: a vague attribution. "Il a affirmé que ..." is the pronoun
of someone who speaks, named earlier in the article: no vague source at all. The entry used to make
"été" optional after "a", "avait" and "aurait", so a personal past of saying counted as a hedge.

Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_vague_attributions
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a été rapporté que le pont fermerait tout l'été.", ["Il a été rapporté que"]),
        ("Il avait été signalé que la digue était fragile.", ["Il avait été signalé que"]),
        ("Il est dit que le chantier coûtera plus cher que prévu.", ["Il est dit que"]),
        ("Le maire a pris la parole jeudi. Il a affirmé que la piscine rouvrirait en mai.", []),
        ("La présidente du club s'est exprimée. Il a également dit que rien n'était décidé.", []),
    ],
)
def test_impersonal_passive_needs_ete_in_the_compound_past(fr: Language, text: str, expected: list[str]) -> None:
    assert counted_vague_attributions(fr, text) == expected
