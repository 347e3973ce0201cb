"""English graded evaluative tier, twentieth round (issue 14): adjectives and adverbs that the Pattern
subjectivity lexicon rates as judging count as loaded hits of their own category `evaluative`, with a
weight below a hand-written entry's, in the reporter's voice, at most one per sentence and only where no
other hit is. Every sentence here was written for the test; each runs on both English pipelines (the
trained model when installed, and the rule-based one)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from loaded_support import lexicon_hits
from spacy.language import Language

from framing.evaluative import adjective_of, load_tier
from framing.lexicons import load_entries
from framing.profiles import metric_spec

FR_TIER = Path(__file__).resolve().parent.parent / "lexicons" / "fr" / "optional" / "evaluative_tier.yaml"

ROOT = Path(__file__).resolve().parent.parent


def evaluative(nlp: Language, text: str) -> list[str]:
    return [h.text for h in lexicon_hits(nlp, text) if h.category == "evaluative"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor unveiled an impressive budget for the harbour.", ["impressive"]),
        ("The bill carries a weird clause about fishing boats.", ["weird"]),
        # an adjective standing for a group is read too (a label the classes left out on newswire)
        ("The budget raises taxes on the rich.", ["rich"]),
        # one hit per sentence: the first evaluative word
        ("It was an impressive start and a weird finish for the club.", ["impressive"]),
    ],
)
def test_evaluative_words_in_the_reporters_voice(en: Language, text: str, expected: list[str]) -> None:
    assert evaluative(en, text) == expected


def test_evaluative_hit_is_weighted_below_a_class_entry(en: Language) -> None:
    [hit] = [h for h in lexicon_hits(en, "The mayor unveiled an impressive budget.") if h.category == "evaluative"]
    assert hit.voice == "reporter"
    assert hit.weight_source == "entry"
    assert 0 < hit.weight <= 1.0
    assert hit.term == "en-eval-impressive"
    assert "subjectivity" in hit.note


@pytest.mark.parametrize(
    "text",
    [
        # a speaker's words: the tier counts the reporter's voice only
        '"It is an impressive budget," the mayor said.',
        # the feeling of a person reported on, not the outlet's judgement
        "Voters were happy with the result.",
        "They were happy.",
        # part of a name or a title
        "The Impressive Harbour Trust met on Monday.",
        # a stopped word (its hits were mostly false on the dev set)
        "The council made a significant change to the bus routes.",
        # a sentence a hand-written class already flags gets no second, weaker hit
        "The budget is impressive and the plan is awful.",
        # plain description; on the rule-based pipeline an inflected form is a verb ("rose", "closed")
        "The council met on Tuesday to discuss the bus routes.",
        "The river rose and the committee met behind closed doors.",
        # comment adverbs stay out (round 19)
        "Unfortunately, the ferry was cancelled because of fog.",
    ],
)
def test_no_evaluative_hit(en: Language, text: str) -> None:
    assert evaluative(en, text) == []


def test_class_hit_kept_when_the_sentence_also_judges(en: Language) -> None:
    hits = lexicon_hits(en, "The budget is impressive and the plan is awful.")
    assert [(h.text, h.category) for h in hits] == [("awful", "emotive")]


def test_adverbs_are_read_through_their_adjective() -> None:
    words = {"weird", "angry", "horrible", "tragic", "impressive"}
    assert adjective_of("weirdly", words) == "weird"
    assert adjective_of("angrily", words) == "angry"
    assert adjective_of("horribly", words) == "horrible"
    assert adjective_of("tragically", words) == "tragic"
    assert adjective_of("impressively", words) == "impressive"
    assert adjective_of("early", words) is None
    assert adjective_of("quickly", words) is None


def test_tier_thresholds_and_stoplist_come_from_the_yaml() -> None:
    tier = load_tier(load_entries("en", "evaluative"))
    assert tier is not None and tier.voice == "reporter"
    floor_s = tier.rule.data["min_subjectivity"]
    floor_p = tier.rule.data["min_polarity"]
    assert tier.words, "the generated lexicon lists words"
    for entry in tier.words.values():
        assert entry.category == "evaluative"
        assert entry.data["subjectivity"] >= floor_s and abs(entry.data["polarity"]) >= floor_p
        assert entry.weight is not None and 0 < entry.weight <= 1.0
    assert "significant" not in tier.words
    # French has its own tier (round 21), off by default since round 32 and turned on by its optional file
    assert load_tier(load_entries("fr", "evaluative")) is None
    assert load_tier(load_entries("fr", "evaluative", (FR_TIER,))) is not None


def test_profile_lists_the_tier_apart() -> None:
    spec = metric_spec("loaded.evaluative.all_per_1k")
    assert "evaluative (graded, weaker)" in spec.label.lower()


def test_build_script_reads_the_published_format(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_evaluative", ROOT / "tools" / "build_evaluative.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_evaluative"] = module
    spec.loader.exec_module(module)
    xml = tmp_path / "en-sentiment.xml"
    xml.write_text(
        '<sentiment language="en" license="PDDL">'
        '<word form="grand" pos="JJ" polarity="0.8" subjectivity="1.0" />'
        '<word form="grand" pos="JJ" polarity="0.4" subjectivity="0.6" />'
        '<word form="grand" pos="NN" polarity="-1.0" subjectivity="1.0" />'
        '<word form="two words" pos="JJ" polarity="0.5" subjectivity="0.5" />'
        "</sentiment>",
        encoding="utf-8",
    )
    values = module.pattern_values(xml)
    assert list(values) == ["grand"]
    polarity, subjectivity = values["grand"]
    assert polarity == pytest.approx(0.6) and subjectivity == pytest.approx(0.8)
