"""English loaded vocabulary, seventh round (issue 14): constructions rather than words (idioms of
contempt and capitulation, hyperbole frames, absolutes of exaggeration), compound labels built on any
word ("gun-toting", "hate-spewing"), and a common word stressed in capitals (a rule off by default in this
round, on since the eighth with one hit per text; switched on here by a user file without that cap, on
the rule-based pipeline). Every sentence here was written for the test; the constructions run on both
English pipelines (the trained model when installed, and the rule-based one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import lexicon_hits, loaded_words
from spacy.language import Language

from framing.nlp import rule_based_english

CAPITALS_ON = """language: en
family: emphasis
categories: [rule, acronym]
entries:
  - id: en-emphasis-capitals-rule
    term: capitals
    category: rule
    data: {enabled: true}
    note: switched on by the user
"""


@pytest.fixture(scope="module")
def en_capitals(tmp_path_factory: pytest.TempPathFactory) -> Language:
    """The rule-based English pipeline with the capitals rule switched on by a user file."""
    path: Path = tmp_path_factory.mktemp("emphasis") / "emphasis.yaml"
    path.write_text(CAPITALS_ON, encoding="utf-8")
    nlp = rule_based_english()
    nlp.add_pipe("framing_quotes")
    nlp.add_pipe("framing_lexicon", config={"lexicon_paths": [str(path)]})
    return nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # idioms of contempt, capitulation and attack
        ("The mayor thumbed his nose at the auditors.", ["thumbed his nose at"]),
        ("The board bowed to pressure from the donors.", ["bowed to pressure"]),
        # round 28 convention: "once again" is plain "again"
        ("Once again the committee caved to the airlines.", ["caved to"]),
        ("The minister turned a blind eye to the leaks.", ["turned a blind eye"]),
        ("The agency passed the buck to the city council.", ["passed the buck"]),
        ("Critics say the senator is playing politics with flood relief.", ["playing politics with"]),
        ("The governor flip-flopped on the tolls twice.", ["flip-flopped"]),
        ("Columnists spent the week whipping up hysteria over the tolls.", ["whipping up hysteria"]),
        ("The treasurer poured cold water on the plan.", ["poured cold water on"]),
        ("The council keeps dragging its feet on the repairs.", ["dragging its feet"]),
        # set figures of dismissal and exaggeration
        ("The mayor called the tax a red herring and the audit a dumpster fire.", ["red herring", "dumpster fire"]),
        ("His remarks were beyond the pale, and the new board is a paper tiger.", ["beyond the pale", "paper tiger"]),
        ("The union accused the firm of attacking a straw man.", ["straw man"]),
        # hyperbole frames
        ("The firm faces a flood of lawsuits over the recall.", ["a flood of"]),
        ("Opponents call the measure an assault on free speech.", ["assault on free speech"]),
        # round 45 (en-loaded-r45-war-on-institution): the war figure takes its institution noun
        ("The senator's crusade against the regulators went on for years.", ["crusade against the regulators"]),
        ("The chairman called the audit a witch-hunt.", ["witch-hunt"]),
        # absolutes of exaggeration
        ("The report was nothing but a list of excuses.", ["nothing but"]),
        ("The new rules are literally strangling the farms.", ["literally"]),
        # compound labels built on any word
        ("A gun-toting neighbour and a hate-spewing radio host met at the fair.", ["gun-toting", "hate-spewing"]),
        ("The ultra-nationalist party won two seats.", ["ultra-nationalist"]),
        ("A power-crazed landlord evicted the tenants.", ["power-crazed"]),
    ],
)
def test_english_round7_constructions(en: Language, text: str, expected: list[str]) -> None:
    assert loaded_words(en, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # literal senses and neutral wording the constructions must leave alone
        "The roof caved in after the storm.",
        "He wore flip-flops to the beach.",
        "The tickets sold out in an hour.",
        "The river rose and the flood reached the bridge.",
        "A risk-averse investor bought bonds.",
        "The farmer stacked the straw in the barn.",
        "The motto, translated literally, means an open door.",
        "The embassy warned of attacks on Americans abroad.",
        "The club welcomes every new member.",
        "The council met on Tuesday and approved the budget.",
    ],
)
def test_english_round7_literal_senses_do_not_match(en: Language, text: str) -> None:
    assert loaded_words(en, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the tunnel was NOT safe for trucks.", ["NOT"]),
        ("The company LIED to its customers about the fees.", ["LIED"]),
    ],
)
def test_english_round7_word_stressed_in_capitals(en_capitals: Language, text: str, expected: list[str]) -> None:
    hits = lexicon_hits(en_capitals, text)
    assert [h.text for h in hits] == expected
    assert all(h.term == "en-emphasis-capitals-rule" for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        # acronyms, acronyms that are words, names in capitals, headings and labels
        "The FBI and the CIA briefed NATO officials on Monday.",
        "The WHO said ICE agents had not been told.",
        "Reporters in LAS VEGAS waited for the mayor.",
        "THE SENATE PASSES THE BUDGET AFTER LONG DEBATE",
        "WATCH: the mayor explains the new bus routes.",
        "NEVER had the town seen such a crowd.",
    ],
)
def test_english_round7_capitals_that_are_not_emphasis(en_capitals: Language, text: str) -> None:
    assert loaded_words(en_capitals, text) == []
