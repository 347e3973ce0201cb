"""French hedging, round thirty-five, third part (indef35c, issue 14): an indefinite subject's news.

A conditional whose subject has an indefinite determiner is read as a hypothetical where it says what
an imagined case would bring ("une taxe carbone rapporterait 5 milliards", a cost, an effect, a value).
Where it says that an unconfirmed event is near or coming about ("un accord serait proche", "un
compromis se dessinerait", `emergence_word`), it is the journalistic conditional of news the writer
does not vouch for, and the read sets' annotators mark it a hedge (docs/hedging.md, round 35, third
part). Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest
from hedging_support import counted_cues
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Les syndicats ont rencontré la direction lundi soir. Un compromis serait proche.", "serait"),
        ("Après trois tours de scrutin, une majorité se dessinerait au conseil municipal.", "dessinerait"),
        ("Les deux clubs discutent depuis une semaine. Un transfert serait imminent.", "serait"),
        ("Au sein de la majorité, un consensus se dégagerait sur le calendrier de la réforme.", "dégagerait"),
    ],
)
def test_news_of_a_coming_event_is_counted(fr: Language, text: str, cue: str) -> None:
    assert any(cue in words for _, words in counted_cues(fr, text))


@pytest.mark.parametrize(
    "text",
    [
        "Une taxe sur les billets d'avion rapporterait 4 milliards d'euros par an.",
        "Une hausse du prix du gazole pénaliserait d'abord les ménages des campagnes.",
    ],
)
def test_an_imagined_case_stays_a_hypothetical(fr: Language, text: str) -> None:
    assert counted_cues(fr, text) == []
