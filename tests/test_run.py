"""The corpus -> analyses path: worker processes, input order, streaming, crashes, progress."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

import framing.progress
import framing.run
from framing.analyse import AnalysisSettings
from framing.errors import FramingError, ProblemLog
from framing.run import analyse_stream
from framing.types import Article

SENTENCES = (
    "Le gouvernement a annoncé une réforme des retraites, selon un communiqué publié lundi.",
    "« C'est une trahison », a déclaré le porte-parole du syndicat.",
    "Les manifestants seraient plusieurs milliers, d'après la police.",
    "The minister reportedly said the plan would certainly pass.",
    "Un responsable, qui a requis l'anonymat, affirme que le texte pourrait être modifié.",
)


def corpus(n: int) -> list[Article]:
    """Distinct short articles (French, with a few English ones) so order mistakes would show."""
    out = []
    for i in range(n):
        lang = "en" if i % 7 == 3 else "fr"
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 4)) + f" Article {i}."
        out.append(Article(id=f"art{i:03d}", text=text, outlet=f"outlet{i % 3}", lang=lang, path=f"art{i:03d}.txt"))
    return out


NO_CACHE = AnalysisSettings(use_cache=False)


@pytest.fixture(scope="module")
def sequential() -> list:
    return list(analyse_stream(corpus(40), ProblemLog(), NO_CACHE, progress=False))


def test_two_processes_give_the_same_analyses_in_input_order(sequential) -> None:
    problems = ProblemLog()
    parallel = list(analyse_stream(corpus(40), problems, dataclasses.replace(NO_CACHE, jobs=2), progress=False))
    assert [a.article.id for a in parallel] == [f"art{i:03d}" for i in range(40)]
    assert parallel == sequential
    assert problems.analysed == 40 and not problems.problems


def test_parallel_run_with_cache_mixes_hits_and_misses_in_order(sequential, tmp_path) -> None:
    settings = AnalysisSettings(jobs=2, cache_path=str(tmp_path / "c.sqlite"))
    articles = corpus(40)
    list(analyse_stream(articles[::3], ProblemLog(), settings, progress=False))  # warm a third of them
    mixed = list(analyse_stream(articles, ProblemLog(), settings, progress=False))
    assert mixed == sequential


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_read_lazily(jobs: int) -> None:
    """Memory stays flat: only a few batches are read ahead of what has been yielded."""
    pulled = 0

    def source() -> Iterator[Article]:
        nonlocal pulled
        for item in corpus(400):
            pulled += 1
            yield item

    settings = dataclasses.replace(NO_CACHE, jobs=jobs, batch_size=8)
    stream = analyse_stream(source(), ProblemLog(), settings, progress=False)
    next(stream)
    assert pulled <= 8 * (2 * 3 + 1)
    stream.close()


def test_an_article_that_crashes_the_analysis_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    import framing.analyse

    real = framing.analyse.doc_to_analysis

    def fragile(doc, article):
        if "Article 4." in article.text:
            raise RuntimeError("boom")
        return real(doc, article)

    monkeypatch.setattr(framing.analyse, "doc_to_analysis", fragile)
    problems = ProblemLog()
    results = list(analyse_stream(corpus(10), problems, NO_CACHE, progress=False))
    assert [a.article.id for a in results] == [f"art{i:03d}" for i in range(10) if i != 4]
    assert len(problems.skipped) == 1
    assert problems.skipped[0].path == "art004.txt" and "RuntimeError: boom" in problems.skipped[0].message
    assert problems.exit_code == 1


def test_a_framing_error_stops_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import framing.analyse

    def broken(lang, settings):
        raise FramingError("lexicons/fr/loaded.yaml:3: bad entry")

    monkeypatch.setattr(framing.analyse, "pipeline_for", broken)
    with pytest.raises(FramingError, match=r"loaded\.yaml:3"):
        list(analyse_stream(corpus(3), ProblemLog(), NO_CACHE, progress=False))


class RecordingProgress(framing.progress.CorpusProgress):
    shown: list[int]

    def _start(self) -> None:
        type(self).shown.append(self.count)
        super()._start()


@pytest.mark.parametrize(
    ("progress", "terminal", "n", "expect_shown"),
    [
        (None, True, 30, True),  # a terminal and a corpus worth waiting for
        (None, True, 5, False),  # too short to bother
        (None, False, 30, False),  # stderr is not a terminal
        (False, True, 30, False),  # JSON / streamed output asked for none
    ],
)
def test_progress_bar_rules(monkeypatch, sequential, progress, terminal, n, expect_shown) -> None:
    RecordingProgress.shown = []
    monkeypatch.setattr(framing.progress, "MIN_SECONDS", 1e9)  # decide on article counts only, not on timing
    monkeypatch.setattr(framing.progress, "stderr_is_terminal", lambda: terminal)
    monkeypatch.setattr(framing.run, "CorpusProgress", RecordingProgress)
    out = list(analyse_stream(corpus(n), ProblemLog(), NO_CACHE, progress=progress))
    assert len(out) == n
    assert bool(RecordingProgress.shown) is expect_shown
    if expect_shown:
        assert RecordingProgress.shown[0] > framing.progress.MIN_ARTICLES
