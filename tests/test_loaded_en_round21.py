"""English loaded vocabulary, twenty-first round (issue 14): whole families for what the classes and the
graded tier left out on sentences readers mark as biased (a policy domain named as a crisis, quantities
past counting, verbs of threat to a right or an interest), and the tier's stoplist re-counted on four
read sets ("popular"). Every sentence here was written for the test; each runs on both English pipelines
(the trained model when installed, and the rule-based one)."""

from __future__ import annotations

import pytest
from loaded_support import term_hits
from spacy.language import Language

from framing.evaluative import load_tier
from framing.lexicons import load_entries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a policy domain named as a crisis: the label decides what the story is about
        ("Lawmakers met again to discuss the border crisis.", ("border crisis", "en-loaded-r21-domain-crisis")),
        ("The housing crises of three cities were on the agenda.", ("housing crises", "en-loaded-r21-domain-crisis")),
        (
            "The senator spoke about the health care crisis.",
            ("health care crisis", "en-loaded-r21-domain-crisis-health-care"),
        ),
        # quantities past counting, in the outlet's voice
        ("Countless families waited outside the office.", ("Countless", "en-loaded-r21-beyond-count")),
        ("The firm faces ever-growing demand for its steel.", ("ever-growing", "en-loaded-r21-beyond-count")),
        ("Residents paid immense sums for the repairs.", ("immense", "en-loaded-r21-beyond-count")),
        # a verb of threat to a right or an interest, in the outlet's voice
        ("The new rule jeopardizes the harbour's future.", ("jeopardizes", "en-loaded-r21-threat-verbs")),
        ("The ordinance infringes on the rights of tenants.", ("infringes", "en-loaded-r21-threat-verbs")),
        ("Officials said the ruling imperils dozens of laws.", ("imperils", "en-loaded-r21-threat-verbs")),
    ],
)
def test_round21_families_flag_the_sentence(en: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in term_hits(en, text)


@pytest.mark.parametrize(
    "text",
    [
        # a crisis named by what happened, or an economic term, not a policy domain's label
        "The bank faced a liquidity crisis in March.",
        "The debt crisis of the decade shaped the budget.",
        # a tech giant is a noun, and "giant" stays out of the family
        "The software giant opened an office in the harbour.",
        # a speaker's words: the quantity and threat families count the outlet's voice only
        '"Countless families have waited here," the mayor said.',
        '"This rule jeopardizes our future," the mayor said.',
        # the species term, not a verb of threat
        "The reserve protects endangered species.",
        # a product's reach: "popular" left the graded tier (its new flags were all in unbiased sentences)
        "The van is the most popular model in the region.",
    ],
)
def test_round21_no_hit(en: Language, text: str) -> None:
    assert term_hits(en, text) == []


def test_popular_is_stopped_in_the_tier() -> None:
    tier = load_tier(load_entries("en", "evaluative"))
    assert tier is not None
    assert "popular" in tier.stop and "popular" not in tier.words
    assert "impressive" in tier.words
