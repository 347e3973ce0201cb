"""Profiles from per-article figures (framing.summaries): what `compare` keeps of each analysis.

The fold must give, group by group, exactly the (count, base) pairs and tallies framing.profiles
computes from whole analyses; `compare` must print the same tables whether it kept the analyses (it
writes the HTML report) or only their figures (--no-html), on one process or several, fresh or cached.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
from collections import Counter
from pathlib import Path

import pytest
from test_run import corpus
from typer.testing import CliRunner

from framing.analyse import AnalysisSettings
from framing.cli import app
from framing.errors import ProblemLog
from framing.profiles import article_components, group_analyses, loaded_categories, metric_names, quote_words
from framing.render.text import one_line
from framing.run import analyse_stream, run_corpus
from framing.summaries import ArticleSummary, ProfileData, profile_data, summarise
from framing.types import ArticleAnalysis

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def analyses() -> list[ArticleAnalysis]:
    """The seeds, four times over under other ids, outlets and dates: groups of several articles, some
    loaded categories in some articles only."""
    base = list(run_corpus([str(SEEDS)], ProblemLog(), AnalysisSettings(), progress=False))
    out = []
    for k in range(4):
        for i, a in enumerate(base):
            info = dataclasses.replace(
                a.article, id=f"{k}-{a.article.id}", outlet="ABcb"[(i + k) % 4], date=f"202{k % 3}-0{i % 3 + 1}-01"
            )
            out.append(dataclasses.replace(a, article=info))
    return out


@pytest.mark.parametrize("by", ["outlet", "lang", "year", "month"])
def test_the_fold_keeps_every_articles_figures_and_the_groups_tallies(analyses, by) -> None:
    data = profile_data(analyses, by)
    categories = loaded_categories(analyses)
    assert categories and any(not any(h.category == c for h in a.loaded) for a in analyses for c in categories)
    assert data.categories == categories and data.metric_names() == metric_names(analyses)
    groups = group_analyses(analyses, by)
    assert [key for key, _ in data.sorted_groups()] == list(groups)
    for key, items in groups.items():
        expected = [article_components(a, categories) for a in items]
        for name, (counts, bases) in data.components(key).items():
            assert list(counts) == [float(c[name][0]) for c in expected], (key, name)
            assert list(bases) == [float(c[name][1]) for c in expected], (key, name)
        group = data.groups[key]
        assert group.article_ids == [a.article.id for a in items]
        assert group.words == sum(a.article.words for a in items)
        assert group.speaker_types == Counter(x.speaker_type for a in items for x in a.attributions)
        assert group.speakers == Counter(one_line(x.who) for a in items for x in a.attributions if x.who.strip())
        assert sum(group.quoted_words_by_type.values()) == sum(quote_words(q) for a in items for q in a.quotes)
    assert data.articles == len(analyses)


def test_a_summary_is_small_and_carries_no_span_or_text(analyses) -> None:
    analysis = analyses[0]
    summary = summarise(analysis)
    assert summary.article == analysis.article and summary.warnings == analysis.warnings
    assert len(summary.components) == 2 * len(article_components(analysis))
    middle = len(analysis.text) // 2
    assert analysis.text[middle : middle + 30] not in repr(summary)
    assert len(pickle.dumps(summary)) < len(pickle.dumps(dataclasses.replace(analysis, text=""))) / 2


def test_summaries_or_analyses_give_the_same_profiles(analyses) -> None:
    from_analyses = profile_data(analyses).profiles(seed=4, n_boot=300)
    from_summaries = ProfileData().extend(summarise(a) for a in analyses).profiles(seed=4, n_boot=300)
    assert from_summaries == from_analyses
    assert any(p.metrics["loaded_per_1k"].low is not None for p in from_analyses)


def test_the_stream_of_summaries_is_the_stream_of_analyses_reduced(tmp_path) -> None:
    """One process, two processes (reduced in the workers, the cache still written), then from the cache."""
    articles = corpus(24)
    fresh = analyse_stream(articles, ProblemLog(), AnalysisSettings(use_cache=False), progress=False)
    expected = [summarise(a) for a in fresh]
    settings = AnalysisSettings(cache_path=tmp_path / "cache.sqlite")
    for jobs in (1, 2):
        problems = ProblemLog()
        got = list(
            analyse_stream(articles, problems, dataclasses.replace(settings, jobs=jobs), progress=False, summaries=True)
        )
        assert got == expected and all(isinstance(s, ArticleSummary) for s in got)
        assert problems.analysed == len(articles) and not problems.problems
    cached = list(analyse_stream(articles, ProblemLog(), settings, progress=False))
    assert [summarise(a) for a in cached] == expected  # what the workers encoded for the cache reads back


def test_compare_prints_the_same_tables_from_figures_as_from_analyses(tmp_path, isolated_cli_run) -> None:
    corpus_file = tmp_path / "c.jsonl"
    rows = [
        {"id": a.id, "text": a.text, "outlet": a.outlet, "lang": a.lang, "date": f"2025-0{i % 3 + 1}-01"}
        for i, a in enumerate(corpus(30))
    ]
    corpus_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, ["compare", str(corpus_file), "--n-boot", "300", "--seed", "7", *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    report = tmp_path / "site"
    cases = ([], ["--by", "month", "-m", "all"], ["--between", "outlet0", "outlet2", "--permutations", "199"])
    for n, extra in enumerate(cases):
        with_analyses = run("--html", str(report), *extra)  # keeps the analyses: it writes the site
        assert (report / "index.html").is_file() and with_analyses.strip()
        assert run("--no-html", *extra) == with_analyses  # figures of the cached analyses
        if n == 0:  # fresh, in this process and reduced in two worker processes
            assert run("--no-html", "--no-cache", *extra) == with_analyses
            assert run("--no-html", "--no-cache", "--jobs", "2", *extra) == with_analyses
    profiles = json.loads(run("--no-html", "--format", "json", "-m", "all"))
    assert [p["group"] for p in profiles] == ["outlet0", "outlet1", "outlet2"] and profiles[0]["article_ids"]
