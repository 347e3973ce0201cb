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


def titled(analysis, title: str | None):  # type: ignore[no-untyped-def]
    import dataclasses

    return dataclasses.replace(analysis, article=dataclasses.replace(analysis.article, title=title))


def test_story_label_is_the_title_of_its_earliest_titled_article() -> None:
    later = titled(
        make_analysis("a", "Le Jour", 50, lemmas=SAME_EVENT, date="2024-03-05"), "Retrait des troupes : le calendrier"
    )
    earlier = titled(
        make_analysis("b", "La Veille", 50, lemmas=SAME_EVENT, date="2024-03-04"),
        "  Bagdad et  Washington\n s'accordent ",
    )
    untitled = make_analysis("c", "Le Soir", 50, lemmas=SAME_EVENT, date="2024-03-01")
    (story,) = group_stories([later, earlier, untitled])
    assert story.label == "Bagdad et Washington s'accordent"


def test_without_titles_the_label_is_the_most_distinctive_noun_phrase() -> None:
    import dataclasses

    from framing.stories import story_label

    text = "Le retrait des troupes de Bagdad inquiète le maire de la ville."

    def with_phrases(article_id: str, *phrases: tuple[str, str]):  # type: ignore[no-untyped-def]
        spans = [(text.index(p), text.index(p) + len(p), key) for p, key in phrases]
        return dataclasses.replace(make_analysis(article_id, "X", 12, text=text), noun_phrases=spans)

    retrait = ("retrait des troupes de Bagdad", "retrait troupe bagdad")
    maire, ville = ("maire", "maire"), ("la ville", "ville")
    weights = {"retrait": 0.4, "troupe": 0.3, "bagdad": 0.5, "maire": 0.2, "ville": 0.1}
    assert story_label([with_phrases("a", retrait, maire, ville)], weights) == "Retrait des troupes de Bagdad"
    # Leading determiners are the extractor's to drop; the label is the phrase as written, capitalised.
    weights = {"maire": 0.3, "ville": 0.35}
    assert story_label([with_phrases("a", maire, ville)], weights) == "La ville"
    # A phrase recurring across the story's articles gains over a one-off of about the same weight.
    assert story_label([with_phrases("a", maire, ville), with_phrases("b", maire)], weights) == "Maire"
    assert story_label([make_analysis("c", "Z", 3, text="abc")], weights) == ""


def test_seed_stories_are_named_by_a_phrase_of_their_texts(seed_analyses) -> None:
    for story in group_stories(seed_analyses):
        texts = [a.text for a in seed_analyses if a.article.id in story.article_ids]
        assert story.label and "," not in story.label, story.label
        phrase = story.label[:1].lower() + story.label[1:]
        assert any(phrase in " ".join(t.split()) or story.label in " ".join(t.split()) for t in texts), story.label


def test_noun_phrases_are_spans_of_the_text_without_leading_determiners(seed_analyses) -> None:
    for analysis in seed_analyses:
        assert analysis.noun_phrases
        for start, end, key in analysis.noun_phrases:
            phrase = analysis.text[start:end]
            assert phrase and phrase == phrase.strip()
            assert phrase.split()[0].lower() not in {"le", "la", "les", "un", "une", "des", "du"}, phrase
            assert 1 <= len(key.split()) <= 5
