"""English loaded vocabulary, nineteenth round (issue 14): words of strong emotional reaction,
figures of repetition, campaign labels ("fair share", "gender ideology"), verdicts on how a thing was
made, set figures of speech; and "disaster" left alone when it names an event or a place. Every
sentence here was written for the test; each runs on both English pipelines (the trained model when
installed, and the rule-based one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaded_support import lexicon_hits, lexicon_words
from spacy.language import Language

from framing.lexicons import parse_file


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strong emotional reaction, in any voice
        ("Residents were outraged at the new parking fees.", ["outraged"]),
        ('"We are overjoyed," the head teacher said of the grant.', ["overjoyed"]),
        ("The figures are startling for a town of that size.", ["startling"]),
        # figures of repetition
        ("The council has delayed the vote over and over.", ["over and over"]),
        ("Scandal after scandal has hit the water company.", ["Scandal after scandal"]),
        # camp and class labels
        ("The union says firms must pay their fair share.", ["fair share"]),
        ("Teachers were told to stay out of gender ideology.", ["gender ideology"]),
        # verdicts on how a thing was made
        ("The scheme was poorly designed from the start.", ["poorly designed"]),
        ("It was an ill-judged ruling on the harbour lease.", ["ill-judged"]),
        # set figures of speech
        ("The minister sat idly by as the port closed.", ["sat idly"]),
        ("The plan is a step in the right direction for cyclists.", ["step in the right direction"]),
        # "disaster" as a judgement still counts, capitalised in a title too
        ("The new timetable is a disaster for commuters.", ["disaster"]),
        ("A Disaster For The High Street", ["Disaster"]),
    ],
)
def test_english_round19_hits(en: Language, text: str, expected: list[str]) -> None:
    assert lexicon_words(en, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "the rich", "hit back" and "behind closed doors" were measured and left out (plain in
        # newswire: taxes on the rich, a reply, a closed meeting)
        "The budget raises taxes on the rich.",
        "The mayor hit back at the harbour board on Tuesday.",
        "The committee met behind closed doors.",
        # "furious" and the abortion-debate labels stay out (earlier rounds; the labels are optional)
        "The crowd was furious about the delay.",
        "The pro-life group held a vigil outside the clinic.",
        # "fair share of" a market is plain
        "The firm holds a fair share of the ferry market.",
        # "one after another" is mostly a plain sequence; "a day after" is plain
        "The lights went out one after another.",
        "A day after the vote, the council met again.",
        # "disaster" naming an event or a place, and disaster aid, are literal
        "The Aberfan disaster is remembered every October.",
        "Water from disaster-hit Fukushima was released into the sea.",
        "The disaster in Valencia killed more than 200 people.",
        "Farmers applied for federal disaster aid after the storm.",
    ],
)
def test_english_round19_no_hit(en: Language, text: str) -> None:
    # the classes only: the graded evaluative tier of round 20 is tested apart (it reads "the rich" as
    # an evaluative adjective, a weaker signal of its own category)
    assert [h.text for h in lexicon_hits(en, text) if h.category != "evaluative"] == []


def test_reaction_words_are_emotive(en: Language) -> None:
    hits = lexicon_hits(en, "Parents were stunned and dismayed by the closure.")
    assert [(h.text, h.category) for h in hits] == [("stunned", "emotive"), ("dismayed", "emotive")]


def test_not_named_must_be_true_or_false(tmp_path: Path) -> None:
    path = tmp_path / "loaded.yaml"
    path.write_text(
        "language: en\nfamily: loaded\nentries:\n"
        "  - id: t-fiasco\n    term: fiasco\n    category: dramatizing\n    note: n\n"
        "    context: {not_named: yes please}\n",
        encoding="utf-8",
    )
    parsed = parse_file(path)
    assert [e.id for e in parsed.entries] == []
    assert any("not_named" in p.message for p in parsed.errors)
