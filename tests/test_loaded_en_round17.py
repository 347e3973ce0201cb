"""English loaded vocabulary, seventeenth round (issue 14): recall on sentences judged biased by their
wording. "So-called", "anti-" labels, labels of wealth and sectors, campaign names for climate change,
editorial comment adverbs and "obviously", set figures of speech, verbs of violent removal, speech
framed as a manoeuvre, and adjectives of verdict. Every sentence here was written for the test; each
runs on both English pipelines (the trained model when installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labels, in any voice
        ("The so-called reform raised the ferry fares.", ["so-called"]),
        ("The anti-science lobbyists met the board on Monday.", ["anti-science"]),
        ("The bill is a gift to billionaires.", ["billionaires"]),
        ("Big Pharma spent heavily on the vote.", ["Big Pharma"]),
        ("The gun lobby opposed the measure.", ["gun lobby"]),
        ("The town is a liberal bastion.", ["liberal bastion"]),
        ("The council declared a climate emergency in March.", ["climate emergency"]),
        ("Parents protested against the woke agenda of the board.", ["woke agenda"]),
        # editorial comment, in the outlet's own sentence
        ("Sadly, the library will close in June.", ["Sadly"]),
        ("Ironically, the new bridge is slower than the ferry.", ["Ironically"]),
        # set figures of speech, in any voice
        ("The vote was a watershed moment for the port.", ["watershed moment"]),
        ("Tensions over the rents reached a boiling point.", ["boiling point"]),
        ('"The board has shown its true colours," she said.', ["true colours"]),
        ("The mayor has turned his back on the fishermen.", ["turned his back on"]),
        ("Both parties pointed fingers at the contractor.", ["pointed fingers"]),
        ("There is no end in sight for the roadworks.", ["no end in sight"]),
        ("The closure marks the end of an era for the village.", ["end of an era"]),
        # verbs of removal and dismissal, adjectives of verdict
        ('"They will rip the subsidy away from farmers," he said.', ["rip the subsidy away"]),
        ("The operator is trying to portray the fare rise as a saving.", ["trying to portray"]),
        ("The agency tried to downplay the delays.", ["tried to downplay"]),
        ("The fine was unwarranted, the report found.", ["unwarranted"]),
        ("The board will do anything to keep the contract.", ["do anything to"]),
        # editorialising in the outlet's voice, and two labels
        ("Obviously, the fare rise will hit commuters first.", ["Obviously"]),
        ("To make matters worse, the ferry broke down.", ["make matters worse"]),
        ("The column blames identity politics for the result.", ["identity politics"]),
        ("Critics say the curfew turns the island into a police state.", ["police state"]),
    ],
)
def test_english_round17_hits(en: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(en, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # comment adverbs count in the reporter's voice only
        '"Sadly, we cannot open the pool this year," the manager said.',
        # verbs of dismissal were measured and left out (mostly in unmarked dev sentences)
        "The minister shrugged off the criticism and glossed over the delays.",
        "The spokesman explained the plan and waved to the crowd.",
        "A wave of new rules took effect in May.",
        "The paper published the figures on Monday.",
        # "clearly" and "of course" are left out, and "obviously" counts in the reporter's voice only
        "The map clearly shows the new route, and the old one will of course close.",
        '"Obviously we are pleased," the coach said.',
        # "unfortunately" is left out: it mostly marks plain bad luck in reports
        "Unfortunately, the ferry was cancelled because of fog.",
        # a literal moment, a literal point, a plain "big" and a plain "climate change"
        "The big banks reported their results on Monday.",
        "Climate change was discussed at the summit.",
        "At that moment the bus left the station.",
        # a court ruling, a famous landmark and a controversy are left to older or narrower entries
        "The bridge is famous for its lights.",
    ],
)
def test_english_round17_no_hit(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []
