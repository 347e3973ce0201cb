"""English loaded vocabulary, eighth round (issue 14): the tone and degree of the outlet's own sentences
(an exclamation mark outside quotations, a degree adverb on a word of judgement, an evaluative
superlative) and figures of speech written as constructions. Every sentence here was written for the
test; each runs on both English pipelines (the trained model when installed, and the rule-based one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import lexicon_hits, loaded_words
from spacy.language import Language

from framing.lexicons import parse_file


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tone: an exclamation mark in the reporter's voice
        ("And the council wants a second bridge!", ["!"]),
        ("The budget doubled in a year!", ["!"]),
        # degree adverb + a word of judgement
        ("The new zoning map is deeply flawed.", ["deeply flawed"]),
        ("The hearing was highly partisan from the start.", ["highly partisan"]),
        ("Charging pensioners for parking is so unfair.", ["so unfair"]),
        # evaluative superlatives
        ("He may be the worst mayor in years, but the tunnel was the biggest scandal.", ["the biggest scandal"]),
        ("Supporters call her the greatest leader of the century.", ["the greatest leader"]),
        # figures of speech
        ("The senator went nuclear on the reporters at the briefing.", ["went nuclear on"]),
        ("The ministers fiddled while the harbour flooded.", ["fiddled while"]),
        ("The ruling opens a can of worms for the regulators.", ["can of worms"]),
        ("By cutting the bus fund the board shot itself in the foot.", ["shot itself in the foot"]),
        ("Tax cuts for shipping firms started a race to the bottom.", ["race to the bottom"]),
        ("The speech was red meat for the party faithful.", ["red meat for"]),
        ("The fine was a slap on the wrist for the bank.", ["slap on the wrist"]),
        ("School meals have become a political football.", ["political football"]),
        ("The new report only muddies the waters.", ["muddies the waters"]),
        ("The decision flies in the face of the evidence.", ["flies in the face of"]),
        ("The spokesman lied through his teeth about the contract.", ["lied through his teeth"]),
        ("After the defeat the club hung him out to dry.", ["hung him out to dry"]),
        ("Taxpayers will be left holding the bag.", ["holding the bag"]),
        ("The new levy rubs salt into the wound.", ["rubs salt into"]),
        ("The county's pension fund is a ticking time bomb.", ["ticking time bomb"]),
        ("The mayor seems to be in bed with the developers.", ["in bed with"]),
        ("The assembly is a rubber-stamp for the governor.", ["rubber-stamp"]),
        ("Congress handed the agency a blank check.", ["blank check"]),
        ("Voters were hoodwinked by the glossy brochures.", ["hoodwinked"]),
    ],
)
def test_english_round8_constructions(en: Language, text: str, expected: list[str]) -> None:
    assert loaded_words(en, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"Get out of my office!" the mayor told the auditor.',  # a speaker's exclamation
        "The forecast was very wrong-footed by the storm front.",  # not the adjective "wrong"
        "The report names the biggest employers in the county.",  # a superlative of size, not a verdict
        "The singer spent the week in bed with the flu.",  # literal
        "She stayed in bed with a fever for two days.",  # literal
        "The clothes were hung out to dry in the yard.",  # literal
        "She hung it out to dry on the balcony.",  # literal
        "Police said the car was fitted with a tracking device.",
    ],
)
def test_english_round8_literal_senses_do_not_match(en: Language, text: str) -> None:
    assert loaded_words(en, text) == []


def test_english_round8_exclamation_counts_only_in_the_reporters_voice(en: Language) -> None:
    text = 'The mayor shouted "Never again!" and then the council raised the fares!'
    hits = lexicon_hits(en, text)
    assert [(h.text, h.voice) for h in hits] == [("!", "reporter")]
    assert hits[0].start == len(text) - 1


def test_context_voice_must_be_reporter_or_quoted(tmp_path: Path) -> None:
    path = tmp_path / "loaded.yaml"
    path.write_text(
        "language: en\nfamily: loaded\nentries:\n"
        "  - id: en-loaded-test\n    term: gosh\n    category: emotive\n    note: test\n"
        "    context: {voice: narrator}\n",
        encoding="utf-8",
    )
    assert any("voice" in problem.message for problem in parse_file(path).errors)


def test_english_round8_capitals_count_once_per_text(en: Language) -> None:
    """On by default since this round, with `max_per_text: 1`: the first stressed word marks a text that
    raises its voice; the rest of a shouting piece is not counted again."""
    text = "The company LIED to its customers and NEVER paid the refunds."
    hits = lexicon_hits(en, text)
    assert [(h.text, h.term) for h in hits] == [("LIED", "en-emphasis-capitals-rule")]


def test_english_round8_capitals_cap_comes_from_the_rule_entry() -> None:
    from framing.capitals import max_per_text
    from framing.lexicons import LexiconEntry

    def rule(data: dict) -> LexiconEntry:
        return LexiconEntry(
            id="r",
            term="capitals",
            pattern=None,
            category="rule",
            note="",
            alternative=None,
            source=None,
            context=None,
            family="emphasis",
            lang="en",
            file="test",
            line=1,
            data=data,
        )

    assert max_per_text(rule({"enabled": True, "max_per_text": 1})) == 1
    assert max_per_text(rule({"enabled": True})) is None
    assert max_per_text(rule({"max_per_text": 0})) is None
