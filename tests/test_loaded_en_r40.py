"""English loaded vocabulary, round 40 (issue 14): classes that recur on the read sets B34-B37.

- A speaker's words under a plain verb of saying ("said", "told"; round 43 took the verbs of naming out), in
  copy with fewer than three loaded words of the writer's own, are reported, not adopted: the quoted hit does
  not count. A slanted verb, a hit of the writer's in the same sentence, a quotation with no verb (a
  headline) or a text that takes a stance of its own keeps it (framing/reported_quotes.py). The entries' other
  tests read one sentence with the rule off (lexicons/en/optional/quoted_words_any_text.yaml).

Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from loaded_support import EN_QUOTED_ANY_TEXT, english_default_lexicon_pipeline, english_lexicon_pipeline, lexicon_hits
from spacy.language import Language

from framing import components  # noqa: F401  (registers the factories)
from framing.lexicons import load_entries
from framing.reported_quotes import load


@pytest.fixture(scope="module", params=["trained", "rules"])
def en(request: pytest.FixtureRequest) -> Language:
    return english_default_lexicon_pipeline(request.param)


def quoted_words(nlp: Language, text: str) -> list[str]:
    return [h.text for h in lexicon_hits(nlp, text) if h.voice == "quoted"]


PLAIN_NEWS = (
    "Bus fares to rise in June\n\n"
    "The operator will raise single fares by ten pence from June, it said on Monday. "
    "The council approved the change at its meeting last week. "
)


@pytest.mark.parametrize(
    "quote",
    [
        '"It is a disgrace and the riders will pay for it," a commuter said.',
        "“Frankly, this is disgusting,” the union's regional secretary told local radio.",
        'One driver added: "The whole timetable is a shambles."',
        '"We will keep going. The changes are a disgrace," she said after the vote.',
    ],
)
def test_a_quotation_under_a_plain_verb_in_plain_copy_is_reported(en: Language, quote: str) -> None:
    assert quoted_words(en, PLAIN_NEWS + quote) == []


@pytest.mark.parametrize(
    "quote",
    [
        # a verb that is the writer's choice, not a plain one of saying
        '"It is a disgrace and the riders will pay for it," a commuter fumed.',
        # a quotation with no verb at all: a headline or a pull quote
        '"A disgrace": riders react to the new fares',
        # the noun "label" names no speaker
        'The label "a disgrace" stuck to the scheme for years.',
        # a word of the writer's own in the same sentence
        '"It is a disgrace," a commuter said of the reckless plan.',
        # round 43: a label under a verb of naming is the frame the writer adopts
        'The union called the new fares "a disgrace" in a statement.',
    ],
)
def test_a_quotation_the_writer_frames_keeps_its_hit(en: Language, quote: str) -> None:
    assert "disgrace" in quoted_words(en, PLAIN_NEWS + quote)


def test_a_text_that_takes_a_stance_keeps_the_quoted_hits(en: Language) -> None:
    text = (
        "The council's shameful fare grab\n\n"
        "The council's disastrous vote will cripple the town centre. "
        '"It is a disgrace," a commuter said.'
    )
    assert "disgrace" in quoted_words(en, text)


def test_the_rule_reads_its_words_from_the_senses_lexicon() -> None:
    rule = load(load_entries("en", "senses"))
    assert rule is not None and rule.stance_hits == 1  # round 45: a text with any hit of its own keeps its quotes
    assert {"say", "tell", "add"} <= rule.verbs
    assert load(load_entries("fr", "senses")) is None


def test_the_optional_file_switches_the_rule_off() -> None:
    assert load(load_entries("en", "senses", (str(EN_QUOTED_ANY_TEXT),))) is None
    nlp = english_lexicon_pipeline("rules")
    assert quoted_words(nlp, PLAIN_NEWS + '"It is a disgrace," a commuter said.') == ["disgrace"]


FERRY_NEWS = (
    "Ferry fares to rise in May\n\n"
    "The operator will raise return fares by a pound from May, it said on Tuesday. "
    "The harbour board approved the change at its meeting last month. "
)


# Round 43: round 40's rule taken up again (framing/reported_quotes.py).


def test_a_slanted_participle_after_the_plain_verb_keeps_the_quoted_hit(en: Language) -> None:
    text = FERRY_NEWS + '"It is a disgrace," one islander said, lamenting the loss of the winter sailings.'
    assert "disgrace" in quoted_words(en, text)


def test_a_quotation_over_two_sentences_reaches_back_to_its_verb(en: Language) -> None:
    text = FERRY_NEWS + 'One islander said: "We were told nothing. The whole thing is a disgrace."'
    assert quoted_words(en, text) == []


def test_the_keeping_verbs_come_from_the_reporting_verb_lexicon() -> None:
    rule = load(load_entries("en", "senses"), load_entries("en", "reporting_verbs"))
    assert rule is not None
    assert {"lament", "insist", "admit", "boast"} <= rule.slanted
    assert not rule.slanted & rule.verbs
    assert "call" not in rule.verbs and "called" in rule.slanted
