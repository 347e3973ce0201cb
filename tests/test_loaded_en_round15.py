"""English loaded vocabulary, fifteenth round (issue 14): recall on sentences judged biased by their
wording. Adjectives of scale, praise and harm, adverbs of degree and irony, nouns of empty talk, wrecking
verbs, partisan labels, exasperated repetition and frames of certainty, counted in the outlet's own
sentences; and the noun "rail" no longer counts as a verb of speech. Every sentence here was written for
the test; each runs on both English pipelines (the trained model when installed, and the rule-based
one)."""

from __future__ import annotations

import pytest
from loaded_support import lexicon_words
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scale and degree
        # (round 27: "sweeping", "massive" and the other scale adjectives of plain description are optional)
        ("The council approved drastic changes to the bus network.", ["drastic"]),
        ("Rents rose by a staggering amount last year.", ["staggering"]),
        ("The two camps remain bitterly opposed on the road plan.", ["bitterly"]),
        ("The proposal is utterly at odds with the town's budget.", ["utterly"]),
        # railing against someone is loaded; the rail of a railway is not (below)
        ("The senator railed against the rail strike.", ["railed against"]),
        # labels
        ("The tax was written for the elite.", ["elite"]),
        ("Democrat Sen. Walker voted against the bus bill.", ["Democrat Sen."]),
        ("The board is run by partisan appointees.", ["partisan"]),
        # praise and harm
        ("The mayor unveiled a bold plan for the harbour.", ["bold"]),
        ("The council passed commonsense limits on parking fees.", ["commonsense"]),
        ("The overreaching permit rules start in May.", ["overreaching"]),
        ("The committee took a damaging gamble with the pension fund.", ["damaging"]),
        # wrecking verbs
        ("The county slashed funding for its libraries.", ["slashed"]),
        ("The amendment torpedoed the housing deal.", ["torpedoed"]),
        ("Costs ballooned after the contractor left.", ["ballooned"]),
        # irony, repetition, empty talk, certainty
        ("The supposedly temporary fee is now in its tenth year.", ["supposedly"]),
        ("The ferry was late yet again on Monday.", ["yet again"]),
        ("The speech offered platitudes about teamwork.", ["platitudes"]),
        ("The numbers don't lie.", ["numbers don't lie"]),
        ("The choice is crystal clear.", ["crystal clear"]),
    ],
)
def test_english_round15_hits(en: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(en, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a speaker's words: these classes count in the reporter's voice only
        '"They slashed the budget," the mayor said.',
        '"The rules are overreaching," said the union leader.',
        # the noun "rail" (a railway) is no verb of speech
        "The rail bill passed and the rail line reopened on Monday.",
        # a crisis, a backlash or an uproar is left to the older, narrower entries
        "The crisis hotline opened on Monday.",
        "The decision sparked a backlash among farmers.",
        # a market or a housing bubble is a technical term
        "Economists warned of a housing bubble.",
        # "once and for all" is no repetition; plain "again" and "another" are not loaded
        "The board settled the matter once and for all.",
        "The ferry was late again on Monday, and another one was cancelled.",
        # the party's name in full, and a plain "Democratic senator"
        "Democratic Sen. Walker voted against the bus bill.",
        # facts and figures without the frame
        "The figures do not include overtime.",
    ],
)
def test_english_round15_no_hit(en: Language, text: str) -> None:
    assert lexicon_words(en, text) == []
