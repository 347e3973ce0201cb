"""Round twenty-five, English "could" in a present frame: with no past verb in its sentence (a verb of
saying or thought aside), "could" about someone or something in particular is the tentative present of
news and counts, even after "also"; in a story told in the past it stays the past of "can". Sentences
written for these tests, on both English pipelines (the trained model when installed, and the
rule-based one)."""

from __future__ import annotations

import pytest
from hedging_support import counted_cues as counted
from hedging_support import english_hedging_pipeline
from spacy.language import Language


@pytest.fixture(scope="module", params=["trained", "rules"])
def nlp_en(request: pytest.FixtureRequest) -> Language:
    return english_hedging_pipeline(request.param)


@pytest.mark.parametrize(
    "text",
    [
        "The new levy could also drive up rents in the capital.",
        "The merger could also open the door to further job cuts.",
        "Their plan could also leave commuters without a late train.",
        "Officials said the closure could also affect schools in the district.",  # a verb of saying
    ],
)
def test_present_could_about_one_referent_is_counted(nlp_en: Language, text: str) -> None:
    assert ("modal_hedge", "could") in counted(nlp_en, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry was small, and the crew could also carry a few bicycles on deck.",  # a past story
        "The old bridge had one lane, and its tollkeeper could often wave cars through.",
        "The council met in March, and the mayor could also speak at the session.",  # irregular past
        "You could also apply for the grant online.",  # anyone at all
        "Moss could grow on the north face of the stones.",  # a kind, no determiner
        "The ramp could also be folded flat for storage.",  # a passive: what the thing allows
        "The firm could not reach the owners.",  # negated
        "The guards could hear the engines from the gate.",  # perception
    ],
)
def test_could_of_the_past_anyone_a_kind_or_a_rule_is_not_counted(nlp_en: Language, text: str) -> None:
    assert ("modal_hedge", "could") not in counted(nlp_en, text)
