"""Story grouping: dates, threshold, and the seed corpus (001 and 002 report the same Pentagon statement)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from synthetic import make_analysis
from typer.testing import CliRunner

from framing.cli import app
from framing.errors import ProblemLog
from framing.run import run_corpus
from framing.stories import date_gaps, date_span, days_apart, group_stories, stories_with_evidence

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SAME_EVENT = {"washington": 2, "bagdad": 2, "coalition": 3, "retrait": 2, "troupe": 2, "annonce": 1}
OTHER_EVENT = {"élection": 3, "municipal": 2, "maire": 2, "scrutin": 2, "candidat": 1}


@pytest.fixture(scope="module")
def seed_analyses():
    problems = ProblemLog()
    analyses = list(run_corpus([SEEDS], problems, progress=False))
    assert len(analyses) == 5, problems.problems
    return analyses


def story_of(stories, article_id: str):
    return next(s for s in stories if article_id in s.article_ids)


def test_seeds_001_and_002_fall_in_one_story(seed_analyses) -> None:
    stories = group_stories(seed_analyses)
    assert sorted(a for s in stories for a in s.article_ids) == sorted(a.article.id for a in seed_analyses)
    together = story_of(stories, "001_731cb15688b1176c")
    assert "002_de93dada5eba9a62" in together.article_ids
    assert len(together.outlets) >= 2
    # The 2021 article is years away from the 2025 statement: never in its story.
    assert "004_c9966ca5c70217d2" not in together.article_ids


def test_stories_command_on_the_seeds(seed_analyses) -> None:
    result = CliRunner().invoke(app, ["stories", str(SEEDS), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = {r["article_id"]: r for r in json.loads(result.stdout)}
    assert rows["001_731cb15688b1176c"]["story"] == rows["002_de93dada5eba9a62"]["story"]
    assert rows["001_731cb15688b1176c"]["similarity"] > 0.25
    # 004 (2021) is alone: its nearest article elsewhere is years away.
    assert rows["004_c9966ca5c70217d2"]["nearest_outside_days"] > 365


def test_seed_pair_holds_on_text_alone(seed_analyses) -> None:
    grouping = stories_with_evidence(seed_analyses, max_days=None)
    assert grouping.similarity_of("001_731cb15688b1176c", "002_de93dada5eba9a62") > grouping.threshold
    together = story_of(grouping.stories, "001_731cb15688b1176c")
    assert "002_de93dada5eba9a62" in together.article_ids


def test_partial_dates_are_spans() -> None:
    assert [d.isoformat() for d in date_span("2025-09")] == ["2025-09-01", "2025-09-30"]
    assert [d.isoformat() for d in date_span("2024")] == ["2024-01-01", "2024-12-31"]
    assert date_span("septembre") is None and date_span(None) is None
    assert days_apart("2025-09", "2025-10-01") == 1
    assert days_apart("2025-10-01", "2025-10-10") == 9
    assert days_apart("2025", "2025-06-01") == 0
    assert days_apart(None, "2025-06-01") is None
    dated = [make_analysis(str(i), "A", 1, date=d) for i, d in enumerate(["2025-09", "2025-10-01", None, "2025"])]
    assert date_gaps(dated).tolist() == [[0, 1, -1, 0], [1, 0, -1, 0], [-1, -1, -1, -1], [0, 0, -1, 0]]


def test_same_text_far_apart_in_time_is_two_stories() -> None:
    items = [
        make_analysis("a", "Alpha", 100, lemmas=SAME_EVENT, date="2025-01-01"),
        make_analysis("b", "Beta", 100, lemmas=SAME_EVENT, date="2025-03-01"),
        make_analysis("c", "Gamma", 100, lemmas=SAME_EVENT, date=None),
    ]
    stories = group_stories(items, max_days=7)
    assert story_of(stories, "a") is not story_of(stories, "b")
    assert len(group_stories(items, max_days=None)) == 1


def test_threshold_separates_events_and_can_be_raised() -> None:
    items = [
        make_analysis("a", "Alpha", 100, lemmas=SAME_EVENT, date="2025-01-01"),
        make_analysis("b", "Beta", 100, lemmas=SAME_EVENT | {"annonce": 3}, date="2025-01-02"),
        make_analysis("c", "Alpha", 100, lemmas=OTHER_EVENT, date="2025-01-02"),
        make_analysis("d", "Beta", 100, lemmas=OTHER_EVENT | {"maire": 1}, date="2025-01-03"),
    ]
    stories = group_stories(items)
    assert sorted(sorted(s.article_ids) for s in stories) == [["a", "b"], ["c", "d"]]
    assert all(s.outlets == ["Alpha", "Beta"] for s in stories)
    assert len(group_stories(items, threshold=1.0)) == 4
    with pytest.raises(ValueError):
        group_stories(items, threshold=1.5)


def test_empty_and_single_corpora() -> None:
    assert group_stories([]) == []
    only = group_stories([make_analysis("a", "Alpha", 10, lemmas={"mot": 1})])
    assert [s.article_ids for s in only] == [["a"]]
