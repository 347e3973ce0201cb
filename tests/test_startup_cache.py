"""The start-up cache (framing.startup_cache): built once, reused, rebuilt when a file changes, never a
reason to fail (corrupt or unreadable file), safe with concurrent writers, and the same results as
building from scratch."""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from framing import lexicons, startup_cache


@pytest.fixture
def cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "startup-cache.pickle"
    monkeypatch.setenv(startup_cache.STARTUP_CACHE_ENV, str(path))
    startup_cache.forget()
    lexicons._load_cached.cache_clear()
    yield path
    startup_cache.forget()
    lexicons._load_cached.cache_clear()


def _fresh_process_view() -> None:
    """What a new run sees: nothing in memory, only the file."""
    startup_cache.forget()
    lexicons._load_cached.cache_clear()


EXTRA = """language: fr
family: loaded
entries:
  - id: test-extra
    term: {term}
    category: emotive
    note: Un mot chargé pour le test.
"""


def test_lexicons_are_parsed_once_then_read_from_the_file(cache_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = lexicons.load_entries("fr", "loaded")
    assert _entry_files(cache_file) and len(first) > 100
    _fresh_process_view()

    def no_parsing(*args: object) -> None:
        raise AssertionError("the lexicon was parsed again although its file has not changed")

    monkeypatch.setattr(lexicons, "_parse_entries", no_parsing)
    assert lexicons.load_entries("fr", "loaded") == first


def test_an_edited_lexicon_file_is_parsed_again(cache_file: Path, tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(EXTRA.format(term="abominable"), encoding="utf-8")
    before = {e.term for e in lexicons.load_entries("fr", "loaded", [extra])}
    assert "abominable" in before
    _fresh_process_view()
    extra.write_text(EXTRA.format(term="épouvantable"), encoding="utf-8")
    after = {e.term for e in lexicons.load_entries("fr", "loaded", [extra])}
    assert "épouvantable" in after and "abominable" not in after
    _fresh_process_view()
    assert "abominable" not in {e.term for e in lexicons.load_entries("fr", "loaded")}


def _entry_files(cache_file: Path) -> list[Path]:
    return sorted(cache_file.parent.glob(f"{cache_file.stem}-{startup_cache.ENTRY_TAG}*.pickle"))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other version", "another key", "a folder"])
def test_a_damaged_file_is_rebuilt_silently(cache_file: Path, damage: str) -> None:
    expected = lexicons.load_entries("fr", "hedges")
    _fresh_process_view()
    files = _entry_files(cache_file)
    assert files, "the parsed lexicon must have been stored"
    for path in files:
        if damage == "garbage":
            path.write_bytes(b"\x00not a pickle at all")
        elif damage == "truncated":
            path.write_bytes(path.read_bytes()[:100])
        elif damage == "other version":
            path.write_bytes(pickle.dumps({"header": "0:old", "key": "lexicon:x", "value": "stale"}))
        elif damage == "another key":  # a file renamed or copied over: its key is not the one asked for
            stored = pickle.loads(path.read_bytes())
            path.write_bytes(pickle.dumps({**stored, "key": "lexicon:another", "value": ["stale"]}))
        else:
            path.unlink()
            path.mkdir()
    assert lexicons.load_entries("fr", "hedges") == expected
    if damage != "a folder":
        _fresh_process_view()
        assert lexicons.load_entries("fr", "hedges") == expected  # and the rebuilt files are whole again
        assert startup_cache.stored_entries(cache_file)


def test_storing_a_value_leaves_the_others_files_untouched(cache_file: Path) -> None:
    """One value, one file: adding a value writes that value only (a single shared file made every
    store rewrite all the others, and set-ups slowed as the cache grew)."""
    startup_cache.cached("test", "first", lambda: list(range(10_000)))
    (first,) = _entry_files(cache_file)
    before = first.stat().st_mtime_ns, first.read_bytes()
    startup_cache.cached("test", "second", lambda: [1, 2, 3])
    assert len(_entry_files(cache_file)) == 2
    assert (first.stat().st_mtime_ns, first.read_bytes()) == before
    _fresh_process_view()
    assert startup_cache.cached("test", "first", lambda: "rebuilt") == list(range(10_000))


def test_only_the_newest_entries_are_kept(cache_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setattr(startup_cache, "MAX_ENTRIES", 3)
    for i in range(5):
        startup_cache.cached("test", f"k{i}", lambda i=i: i)
        for path in _entry_files(cache_file):  # file times may tie on a coarse clock: age the older ones
            stamp = path.stat().st_mtime - 10
            os.utime(path, (stamp, stamp))
    kept = startup_cache.stored_entries(cache_file)
    assert len(kept) == 3 and "test:k4" in kept and "test:k0" not in kept


def _writer(path: str, worker: int) -> None:
    import os

    os.environ[startup_cache.STARTUP_CACHE_ENV] = path
    startup_cache.forget()
    for i in range(15):
        startup_cache.cached("test", f"{worker}-{i}", lambda i=i: list(range(i * 1000)))


def test_concurrent_writers_leave_whole_files(cache_file: Path) -> None:
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(str(cache_file), n)) for n in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=600)  # generous: four spawned interpreters on a loaded 2-core machine
        assert process.exitcode == 0, f"writer exited with {process.exitcode}"
    entries = startup_cache.stored_entries(cache_file)
    assert len(entries) == 60, "every value written by the four runs must be readable"
    for key, value in entries.items():
        i = int(key.rsplit("-", 1)[1])
        assert value == list(range(i * 1000))
    assert not [p for p in cache_file.parent.iterdir() if p.name.endswith(".tmp")]


def test_turned_off_it_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(startup_cache.STARTUP_CACHE_ENV, "off")
    startup_cache.forget()
    assert startup_cache.cached("test", "k", lambda: 42) == 42
    assert startup_cache.cache_file() is None
    startup_cache.forget()


def test_cached_derived_tables_equal_a_fresh_build(cache_file: Path) -> None:
    """What the lexicon component takes from the cache is what it would build."""
    from framing.components.lexicon import _build_inflection_index, analysis_docs, inflection_index, text_keys
    from framing.nlp import load_base_pipeline
    from framing.token_table import token_table

    nlp = load_base_pipeline("fr")
    texts = ["lâche attentat", "d'après", "occupation", "a déclaré"]
    expected = [
        tuple(zip(token_table(d).keys, map(bool, token_table(d).is_space), strict=True))
        for d in analysis_docs(nlp, texts)
    ]
    assert text_keys(nlp, texts) == expected
    lemmas = {"déclarer", "occupation", "lâche"}
    assert inflection_index("fr", lemmas) == _build_inflection_index("fr", lemmas)
    _fresh_process_view()
    assert text_keys(nlp, texts) == expected  # read back from the file
    assert inflection_index("fr", lemmas) == _build_inflection_index("fr", lemmas)


def test_the_language_identifier_read_from_its_mapped_file_answers_as_py3langid(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from framing.corpus import language

    language._identifier.cache_clear()
    built = language._identifier()  # built and stored
    mapped_file = cache_file.with_name("startup-cache-langid.bin")
    assert mapped_file.exists()
    _fresh_process_view()
    language._identifier.cache_clear()

    def no_building() -> None:
        raise AssertionError("the identifier's tables were built again although the file is there")

    monkeypatch.setattr(language, "_identifier_tables", no_building)
    again = language._identifier()  # read back: arrays on the mapped file
    language._identifier.cache_clear()
    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    full.set_languages(list(language.CANDIDATES))
    texts = [
        "Le ministre a déclaré que la situation pourrait se dégrader.",
        "Officials said it.",
        "Der Hund läuft über die Straße.",
        "El gobierno anunció ayer nuevas medidas.",
        "ΑΘΗΝΑ",
        "",
        "12 345",
    ]
    for text in texts:
        assert built.classify(text) == again.classify(text) == full.classify(text), text
        assert built.rank(text) == again.rank(text) == full.rank(text)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other version", "other key"])
def test_a_damaged_mapped_file_is_rebuilt_silently(cache_file: Path, damage: str) -> None:
    import numpy as np

    def build() -> tuple[dict[str, object], dict[str, np.ndarray]]:
        return {"names": ["a", "b"]}, {
            "small": np.arange(10, dtype=np.uint16),
            "table": np.arange(12, dtype=np.float16).reshape(3, 4),
        }

    meta, arrays = startup_cache.cached_arrays("test", "k", build)
    path = cache_file.with_name("startup-cache-test.bin")
    _fresh_process_view()
    meta, arrays = startup_cache.cached_arrays("test", "k", lambda: pytest.fail("not read from the file"))
    assert meta == {"names": ["a", "b"]} and arrays["table"].shape == (3, 4) and arrays["small"][9] == 9
    assert not arrays["table"].flags.writeable
    _fresh_process_view()
    if damage == "garbage":
        path.write_bytes(b"\x00not a mapped file")
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:-8])
    elif damage == "other version":
        path.write_bytes(
            path.read_bytes().replace(startup_cache._header().encode(), b"0" * len(startup_cache._header()))
        )
    else:
        startup_cache.cached_arrays("test", "other", build)
        path.write_bytes(path.read_bytes())
    calls = []

    def counted() -> tuple[dict[str, object], dict[str, np.ndarray]]:
        calls.append(1)
        return build()

    meta, arrays = startup_cache.cached_arrays("test", "k", counted)
    assert calls == [1] and meta == {"names": ["a", "b"]} and list(arrays["small"]) == list(range(10))
    _fresh_process_view()
    assert startup_cache.cached_arrays("test", "k", counted)[1]["table"].tolist() == build()[1]["table"].tolist()
    assert calls == [1]  # the rebuilt file is whole again
