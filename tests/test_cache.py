"""The analysis cache: hits, what invalidates an entry, corrupt files, unusable locations, CLI options."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import Result

import framing.cache as cache_mod
from framing.analyse import AnalysisSettings, analyse_article
from framing.cache import AnalysisCache, default_cache_path
from framing.errors import ProblemLog
from framing.run import analyse_stream
from framing.types import Article

TEXT_A = (
    "Le ministre a déclaré mardi que les négociations reprendraient, selon un responsable "
    "qui a parlé sous couvert d'anonymat. « Nous sommes prêts », a-t-il ajouté."
)
TEXT_B = "Les forces d'occupation auraient bombardé la ville, selon l'agence officielle."


def article(text: str = TEXT_A, **meta: str) -> Article:
    fields = {"id": "a1", "outlet": "Le Journal", "lang": "fr", "path": "a1.txt", **meta}
    return Article(text=text, **fields)


@pytest.fixture(scope="module")
def analysis_a():
    return analyse_article(article())


def test_put_then_get_returns_the_analysis(tmp_path: Path, analysis_a) -> None:
    with AnalysisCache(tmp_path / "c.sqlite") as cache:
        assert cache.get_many([article()]) == {}
        cache.put_many([(article(), analysis_a)])
        found = cache.get_many([article()])
    assert found == {0: analysis_a}


def test_same_text_other_metadata_is_a_hit_with_its_own_metadata(tmp_path: Path, analysis_a) -> None:
    with AnalysisCache(tmp_path / "c.sqlite") as cache:
        cache.put_many([(article(), analysis_a)])
        other = article(id="b7", outlet="Autre média", path="copies/b7.txt", date="2024-01-02", title="Titre")
        found = cache.get_many([article(TEXT_B), other])
    assert list(found) == [1]
    info = found[1].article
    assert (info.id, info.outlet, info.path, info.date, info.title) == (
        "b7",
        "Autre média",
        "copies/b7.txt",
        "2024-01-02",
        "Titre",
    )
    assert found[1].text == TEXT_A
    assert found[1].loaded == analysis_a.loaded and found[1].scores == analysis_a.scores


def test_other_text_or_language_misses(tmp_path: Path, analysis_a) -> None:
    with AnalysisCache(tmp_path / "c.sqlite") as cache:
        cache.put_many([(article(), analysis_a)])
        assert cache.get_many([article(TEXT_A + " ")]) == {}
        assert cache.get_many([article(lang="en")]) == {}


@pytest.mark.parametrize("part", ["framing_version", "model_version", "lexicons"])
def test_a_version_change_invalidates(tmp_path: Path, analysis_a, monkeypatch: pytest.MonkeyPatch, part: str) -> None:
    path = tmp_path / "c.sqlite"
    with AnalysisCache(path) as cache:
        cache.put_many([(article(), analysis_a)])
    if part == "lexicons":
        import framing.lexicons

        monkeypatch.setattr(framing.lexicons, "lexicon_version", lambda extra=(): "another-lexicon-version")
    elif part == "framing_version":
        monkeypatch.setattr(cache_mod, "framing_version", lambda: "9.9.9+edited")
    else:
        monkeypatch.setattr(cache_mod, "model_version", lambda lang: "fr_core_news_sm==9.0")
    with AnalysisCache(path) as cache:
        assert cache.get_many([article()]) == {}


def test_editing_an_extra_lexicon_file_invalidates(tmp_path: Path, analysis_a) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("language: fr\nfamily: loaded\nentries: []\n", "utf-8")
    path = tmp_path / "c.sqlite"
    with AnalysisCache(path, lexicon_paths=[str(extra)]) as cache:
        cache.put_many([(article(), analysis_a)])
        assert cache.get_many([article()]) != {}
    extra.write_text("language: fr\nfamily: loaded\nentries: []\n# edited\n", "utf-8")
    with AnalysisCache(path, lexicon_paths=[str(extra)]) as cache:
        assert cache.get_many([article()]) == {}
    with AnalysisCache(path) as cache:  # and the built-in-only key is another entry again
        assert cache.get_many([article()]) == {}


def test_garbage_file_is_set_aside_and_rebuilt_with_a_warning(tmp_path: Path, analysis_a) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    problems = ProblemLog()
    with AnalysisCache(path, problems) as cache:
        assert cache.enabled
        cache.put_many([(article(), analysis_a)])
        assert cache.get_many([article()]) != {}
    aside = list(tmp_path.glob("c.sqlite.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"\x89PNG")
    assert len(problems.warnings) == 1 and "corrupt" in str(problems.warnings[0])
    assert problems.exit_code == 0


def test_damaged_pages_are_detected(tmp_path: Path, analysis_a) -> None:
    path = tmp_path / "c.sqlite"
    with AnalysisCache(path) as cache:
        cache.put_many([(article(text=TEXT_A + f" {i}", id=str(i)), analysis_a) for i in range(200)])
        cache.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    assert len(data) > 3 * 4096
    for offset in range(4096 + 8, len(data) - 4096, 997):  # scribble over every page but the header
        data[offset : offset + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))
    problems = ProblemLog()
    with AnalysisCache(path, problems) as cache:
        assert cache.enabled and len(cache) == 0
    assert any("corrupt" in str(w) for w in problems.warnings)


def test_unusable_location_runs_without_cache(tmp_path: Path, analysis_a) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    problems = ProblemLog()
    with AnalysisCache(blocker / "cache.sqlite", problems) as cache:
        assert not cache.enabled
        cache.put_many([(article(), analysis_a)])
        assert cache.get_many([article()]) == {}
    assert len(problems.warnings) == 1 and problems.exit_code == 0


def test_default_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FRAMING_CACHE", str(tmp_path / "x.sqlite"))
    assert default_cache_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("FRAMING_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_path() == tmp_path / "xdg" / "framing" / "cache.sqlite"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_path() == tmp_path / "home" / ".cache" / "framing" / "cache.sqlite"


def test_second_run_is_served_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import framing.run

    calls: list[int] = []
    real = framing.run.analyse_batch

    def counting(articles, settings):
        calls.append(len(articles))
        return real(articles, settings)

    monkeypatch.setattr(framing.run, "analyse_batch", counting)
    settings = AnalysisSettings(cache_path=str(tmp_path / "c.sqlite"))
    corpus = [article(f"{TEXT_A} Paragraphe {i}.", id=f"n{i}") for i in range(5)]
    first = list(analyse_stream(corpus, ProblemLog(), settings))
    assert calls == [5]
    second = list(analyse_stream(corpus, ProblemLog(), settings))
    assert calls == [5]  # nothing analysed again
    assert second == first
    third = list(analyse_stream([*corpus, article(TEXT_B, id="new")], ProblemLog(), settings))
    assert calls == [5, 1] and third[:5] == first
    no_cache = dataclasses.replace(settings, use_cache=False)
    assert list(analyse_stream(corpus, ProblemLog(), no_cache)) == first
    assert calls == [5, 1, 5]


def run_cli(*args: str, env_cache: Path, monkeypatch: pytest.MonkeyPatch):
    """`framing analyze ...` in this process (the model is already loaded), with $FRAMING_CACHE set."""
    from typer.testing import CliRunner

    from framing.cli.app import app

    monkeypatch.setenv("FRAMING_CACHE", str(env_cache))
    return CliRunner().invoke(app, ["analyze", *args])


def test_cli_cache_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "un.txt").write_text(TEXT_A, "utf-8")
    env_cache = tmp_path / "env" / "cache.sqlite"
    explicit = tmp_path / "explicit.sqlite"

    plain = run_cli(str(corpus), "--json", "--no-cache", env_cache=env_cache, monkeypatch=monkeypatch)
    assert plain.exit_code == 0, plain.output
    assert not env_cache.exists() and not explicit.exists()

    first = run_cli(str(corpus), "--json", "--cache", str(explicit), env_cache=env_cache, monkeypatch=monkeypatch)
    assert first.exit_code == 0, first.output
    assert explicit.exists() and not env_cache.exists()
    with sqlite3.connect(explicit) as conn:
        assert conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0] == 1

    via_env = run_cli(str(corpus), "--json", env_cache=env_cache, monkeypatch=monkeypatch)
    assert via_env.exit_code == 0 and env_cache.exists()
    assert [json.loads(x) for x in first.stdout.splitlines()] == [json.loads(x) for x in plain.stdout.splitlines()]
    assert via_env.stdout == first.stdout
    again = run_cli(
        str(corpus), "--json", "--cache", str(explicit), "--jobs", "2", env_cache=env_cache, monkeypatch=monkeypatch
    )
    assert again.exit_code == 0 and again.stdout == first.stdout


def cache_cli(*args: str) -> Result:
    from typer.testing import CliRunner

    from framing.cli.app import app

    return CliRunner().invoke(app, ["cache", *args])


def test_cache_info_prune_and_clear(tmp_path: Path, analysis_a, monkeypatch: pytest.MonkeyPatch) -> None:
    import framing.cli  # noqa: F401  (registers the commands)

    # `clear` also deletes the start-up cache: this session's must stay
    monkeypatch.setenv("FRAMING_STARTUP_CACHE", str(tmp_path / "startup-cache.pickle"))
    path = tmp_path / "c.sqlite"
    assert "no cache at" in cache_cli("info", "--cache", str(path)).stdout
    with AnalysisCache(path) as cache:
        cache.put_many([(article(), analysis_a)])
    # an entry made by another framing version: stale from now on
    with monkeypatch.context() as patch:
        patch.setattr(cache_mod, "framing_version", lambda: "0.0.1+old")
        with AnalysisCache(path) as old:
            old.put_many([(article(TEXT_B), analysis_a)])

    info = cache_cli("info", "--cache", str(path))
    assert info.exit_code == 0, info.output
    assert "entries: 2 (1 usable now, 1 stale" in info.stdout
    assert str(path) in info.stdout

    pruned = cache_cli("prune", "--cache", str(path))
    assert pruned.exit_code == 0, pruned.output
    assert "removed 1 entries, kept 1" in pruned.stdout
    with AnalysisCache(path) as cache:  # the usable entry still answers
        assert cache.get_many([article(), article(TEXT_B)]).keys() == {0}

    assert "removed 1 entries, kept 0" in cache_cli("prune", "--cache", str(path), "--older-than", "0").stdout

    cleared = cache_cli("clear", "--cache", str(path))
    assert cleared.exit_code == 0 and "deleted" in cleared.stdout
    assert not path.exists() and not Path(f"{path}-wal").exists()
    assert "no cache at" in cache_cli("clear", "--cache", str(path)).stdout


def test_info_shows_the_start_up_cache_and_clear_deletes_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    import framing.cli  # noqa: F401  (registers the commands)
    from framing import startup_cache

    startup = tmp_path / "startup" / "startup-cache.pickle"
    monkeypatch.setenv(startup_cache.STARTUP_CACHE_ENV, str(startup))
    startup_cache.forget()
    try:
        assert "start-up cache: none yet at" in cache_cli("info", "--cache", str(tmp_path / "c.sqlite")).stdout
        startup_cache.cached("test", "k", lambda: list(range(1000)))
        startup_cache.cached_arrays("testbig", "k", lambda: ({}, {"a": np.arange(100_000)}))
        unrelated = startup.parent / "startup-cache-notes.txt"  # not a name framing writes: kept
        unrelated.write_text("mine", "utf-8")
        assert len(startup_cache.cache_files()) == 2

        info = cache_cli("info", "--cache", str(tmp_path / "c.sqlite"))
        assert info.exit_code == 0, info.output
        shown = startup.parent / "startup-cache*"
        assert f"start-up cache: {shown} (" in info.stdout and "in 2 files" in info.stdout

        cleared = cache_cli("clear", "--cache", str(tmp_path / "c.sqlite"))
        assert cleared.exit_code == 0, cleared.output
        assert "no cache at" in cleared.stdout and f"deleted the start-up cache {shown}" in cleared.stdout
        assert startup_cache.cache_files() == [] and unrelated.exists()
        # the next run rebuilds it
        assert startup_cache.cached("test", "k", lambda: [1]) == [1] and len(startup_cache.cache_files()) == 1

        monkeypatch.setenv(startup_cache.STARTUP_CACHE_ENV, "off")
        assert "start-up cache: off" in cache_cli("info", "--cache", str(tmp_path / "c.sqlite")).stdout
        assert "start-up cache" not in cache_cli("clear", "--cache", str(tmp_path / "c.sqlite")).stdout
    finally:
        startup_cache.forget()


def test_prune_keeps_entries_of_the_lexicon_files_it_is_given(tmp_path: Path, analysis_a) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("language: fr\nfamily: loaded\nentries: []\n", "utf-8")
    path = tmp_path / "c.sqlite"
    with AnalysisCache(path, lexicon_paths=[str(extra)]) as cache:
        cache.put_many([(article(), analysis_a)])
    assert "kept 1" in cache_cli("prune", "--cache", str(path), "--lexicon", str(extra)).stdout
    assert "removed 1 entries, kept 0" in cache_cli("prune", "--cache", str(path)).stdout


MIXED = (
    "Le gouvernement a présenté mardi un plan de relance pour les régions touchées par les inondations, "
    "avec des aides directes aux agriculteurs et aux commerçants.\n\n"
    "The government presented on Tuesday a recovery plan for the regions hit by the floods, with direct "
    "aid for farmers and shopkeepers, officials said in a statement."
)


def test_undeclared_language_is_identified_once_then_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import framing.corpus.language as language
    import framing.corpus.loader as loader
    from framing.run import run_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "un.txt").write_text(TEXT_A, "utf-8")  # no metadata: the language must be identified
    (corpus / "mixed.txt").write_text(MIXED, "utf-8")
    calls: list[str] = []
    real = language.identify

    def counting(text: str) -> language.Identified:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(language, "identify", counting)
    monkeypatch.setattr(loader, "identify", counting)
    settings = AnalysisSettings(cache_path=str(tmp_path / "c.sqlite"))

    def run(run_settings: AnalysisSettings) -> tuple[list[tuple[str, str]], list[str]]:
        problems = ProblemLog()
        found = [(a.article.id, a.article.lang) for a in run_corpus([str(corpus)], problems, run_settings)]
        return found, [str(p) for p in problems.problems]

    first, first_problems = run(settings)
    assert sorted(lang for _, lang in first) == ["fr", "fr"] and len(calls) == 2
    assert any("mixes languages" in p for p in first_problems)
    again, again_problems = run(settings)
    assert len(calls) == 2  # answered from the cache
    assert again == first and again_problems == first_problems  # the mixed-language warning is kept
    import framing.cli  # noqa: F401  (registers the commands)

    cache_file = str(tmp_path / "c.sqlite")
    assert "(articles without a declared language): 2" in cache_cli("info", "--cache", cache_file).stdout
    cache_cli("prune", "--cache", cache_file)  # current entries stay
    assert "(articles without a declared language): 2" in cache_cli("info", "--cache", cache_file).stdout
    run(dataclasses.replace(settings, use_cache=False))
    assert len(calls) == 4  # --no-cache identifies again
    monkeypatch.setattr(language, "identification_version", lambda: "py3langid==99+changed")
    run(settings)
    assert len(calls) == 6  # another identifier version misses
