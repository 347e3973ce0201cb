"""Rules every article goes through: bad files, language, outlet, ids, duplicates, size, links."""

from __future__ import annotations

import os
import pathlib
from pathlib import Path

import pytest
from corpus_samples import english_text, french_text, german_text, write_good_folder

import framing.corpus.readers as readers
from framing.corpus import CorpusOptions, load_corpus
from framing.corpus.language import normalise_lang
from framing.errors import ProblemLog
from framing.types import Article


def load(*paths: str | Path, **kwargs: object) -> tuple[list[Article], ProblemLog]:
    problems = ProblemLog()
    articles = list(load_corpus([str(p) for p in paths], problems, **kwargs))
    return articles, problems


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n\xc2\xa0\n", "whitespace only"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data (a PNG image)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary data (a JPEG image)"),
        (b"%PDF-1.7\n%\xe2\xe3", "binary data (a PDF document)"),
        (b"abc\x00\x01\x02\x03def\x00" * 20, "binary data (contains NUL bytes)"),
        (bytes(range(0x80, 0x100)) * 4, "neither UTF-8"),  # 0x81, 0x8d... are not cp1252 either
        (b"\x01\x02\x03\x04\x05\x06abc\x0e\x0f" * 50, "too many control characters"),
        (b"---\ntitle: x\noutlet: y\n\nLe texte commence sans fin de bloc.\n", "never closed"),
        (b"---\ntitle: [unclosed\n---\nLe texte.\n", "not valid YAML"),
        (b"---\n- a\n- b\n---\nLe texte.\n", "must be a YAML mapping"),
    ],
    ids=[
        "empty",
        "whitespace",
        "png",
        "jpeg",
        "pdf",
        "nul-bytes",
        "not-cp1252",
        "controls",
        "open-front-matter",
        "bad-yaml",
        "yaml-list",
    ],
)
def test_bad_file_is_one_error_and_the_rest_is_read(tmp_path: Path, content: bytes, expected: str) -> None:
    write_good_folder(tmp_path, 2)
    (tmp_path / "bad.txt").write_bytes(content)
    articles, problems = load(tmp_path)
    assert [a.id for a in articles] == ["good_0", "good_1"]
    [error] = problems.skipped
    assert error.path == str(tmp_path / "bad.txt")
    assert expected in error.message
    assert "\n" not in str(error)


def test_unterminated_front_matter_names_line_one(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: x\n" + french_text(1), encoding="utf-8")
    _, problems = load(tmp_path)
    assert str(problems.skipped[0]).startswith(f"{tmp_path / 'a.md'}:1: ")


def test_yaml_error_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: ok\noutlet: [broken\n---\n" + french_text(1), encoding="utf-8")
    _, problems = load(tmp_path)
    assert problems.skipped[0].line in (3, 4)


def test_large_file_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(20_000_000)  # 20 MB (sparse: no need to write the bytes)
    (tmp_path / "ok.txt").write_text(french_text(1), encoding="utf-8")
    opened: list[str] = []
    real_open = pathlib.Path.open

    def spying_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(self.name)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", spying_open)
    articles, problems = load(tmp_path)
    assert [a.id for a in articles] == ["ok"]
    assert "big.txt" not in opened  # refused from its size alone
    [error] = problems.skipped
    assert error.path == str(big)
    assert "20.0 MB, above the 10 MB limit" in error.message
    assert "--max-file-mb" in error.message and "FRAMING_MAX_FILE_MB" in error.message


def test_size_limit_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(french_text(1), encoding="utf-8")
    monkeypatch.setenv("FRAMING_MAX_FILE_MB", "0.0001")
    articles, problems = load(tmp_path)
    assert articles == [] and "limit" in problems.skipped[0].message


def test_table_rows_are_size_checked_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(
        f'{{"text": "{french_text(1)}"}}\n{{"text": "{"x" * 5000}"}}\n{{"text": "{french_text(2)}"}}\n',
        encoding="utf-8",
    )
    articles, problems = load(path, max_file_bytes=2000)
    assert len(articles) == 2
    assert problems.skipped[0].line == 2 and "row is" in problems.skipped[0].message


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_good_folder(tmp_path, 2)
    secret = tmp_path / "secret.txt"
    secret.write_text(french_text(7), encoding="utf-8")
    if os.geteuid() != 0:
        secret.chmod(0)
    else:  # root reads anything: make the file unreadable the way the OS would report it
        real_open = pathlib.Path.open

        def denying_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(pathlib.Path, "open", denying_open)
    articles, problems = load(tmp_path)
    assert len(articles) == 2
    [error] = problems.skipped
    assert error.path == str(secret) and error.message == "cannot read: Permission denied"


def test_missing_path_and_broken_link(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    articles, problems = load(tmp_path / "absent.txt", tmp_path / "dangling.txt")
    assert articles == []
    assert [p.message for p in problems.skipped] == ["no such file or folder", "broken symbolic link"]


def test_symbolic_link_loop_is_not_followed(tmp_path: Path) -> None:
    write_good_folder(tmp_path, 2)
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "deep.txt").write_text(french_text(5), encoding="utf-8")
    (sub / "loop").symlink_to(tmp_path, target_is_directory=True)
    (sub / "self").symlink_to(sub, target_is_directory=True)
    articles, problems = load(tmp_path)
    assert sorted(a.id for a in articles) == ["deep", "good_0", "good_1"]
    loops = [p for p in problems.warnings if "loop" in p.message]
    assert {Path(p.path).name for p in loops} == {"loop", "self"}
    assert not problems.skipped


def test_symbolic_link_to_a_folder_read_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(french_text(1), encoding="utf-8")
    (tmp_path / "zlink").symlink_to(tmp_path / "real", target_is_directory=True)
    articles, problems = load(tmp_path)
    assert [a.id for a in articles] == ["a"]
    assert any("not read twice" in p.message for p in problems.warnings)


# --- language --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("fr", "fr"),
        ("FR", "fr"),
        ("fr-FR", "fr"),
        ("en_GB", "en"),
        ("French", "fr"),
        ("français", "fr"),
        ("anglais", "en"),
        ("de", "de"),
        ("", None),
        (None, None),
    ],
)
def test_language_metadata_is_normalised(value: str | None, code: str | None) -> None:
    assert normalise_lang(value) == code


def test_language_identified_when_not_given(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(french_text(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(english_text(1), encoding="utf-8")
    articles, problems = load(tmp_path)
    assert [(a.id, a.lang, a.meta["lang_source"]) for a in articles] == [
        ("a", "fr", "identified"),
        ("b", "en", "identified"),
    ]
    assert not problems.skipped


def test_other_language_is_skipped_with_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(german_text(), encoding="utf-8")
    articles, problems = load(tmp_path)
    assert articles == []
    [error] = problems.skipped
    assert "German (de)" in error.message and "French and English" in error.message


def test_other_language_from_metadata_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("---\nlang: es\n---\n" + french_text(1), encoding="utf-8")
    articles, problems = load(tmp_path)
    assert articles == [] and "Spanish (es) from metadata" in problems.skipped[0].message


def test_metadata_language_is_trusted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("---\nlang: en\n---\n" + french_text(1), encoding="utf-8")
    [article], problems = load(tmp_path)
    assert article.lang == "en" and article.meta["lang_source"] == "metadata"
    [warning] = [p for p in problems.warnings if "metadata says" in p.message]
    assert "metadata says English but the text reads as French" in warning.message


def test_matching_declared_language_gives_no_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("---\nlang: fr\noutlet: X\n---\n" + french_text(1), encoding="utf-8")
    [article], problems = load(tmp_path)
    assert article.lang == "fr" and problems.problems == []


def test_article_mixing_french_and_english_gets_the_majority(tmp_path: Path) -> None:
    text = "\n\n".join([french_text(1), english_text(1), french_text(2)])
    (tmp_path / "mixed.txt").write_text(text, encoding="utf-8")
    [article], problems = load(tmp_path)
    assert article.lang == "fr"
    [warning] = [p for p in problems.warnings if "mixes" in p.message]
    assert "English" in warning.message and "analysed as French" in warning.message
    assert set(article.meta["lang_shares"]) == {"fr", "en"}


def test_mostly_english_article_is_english(tmp_path: Path) -> None:
    text = "\n".join([english_text(1), french_text(1), english_text(2), english_text(3)])
    (tmp_path / "mixed.txt").write_text(text, encoding="utf-8")
    [article], problems = load(tmp_path)
    assert article.lang == "en"
    assert any("mixes" in p.message for p in problems.warnings)


# --- ids and duplicates ----------------------------------------------------------------------------


def test_duplicate_text_is_reported_and_not_yielded_twice(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(french_text(1), encoding="utf-8")
    # Same text with different spacing and line breaks: a wire copy.
    (tmp_path / "b.txt").write_text("  " + french_text(1).replace(" ", "  \n", 3) + "\n\n", encoding="utf-8")
    articles, problems = load(tmp_path)
    assert [a.id for a in articles] == ["a"]
    assert problems.duplicates == 1
    [warning] = [p for p in problems.warnings if "duplicate" in p.message]
    assert warning.path == str(tmp_path / "b.txt")
    assert "duplicate of a" in warning.message and str(tmp_path / "a.txt") in warning.message
    assert "counted twice" in problems.summary()


def test_duplicate_ids_are_disambiguated(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "same.txt").write_text(french_text(1), encoding="utf-8")
    (tmp_path / "y" / "same.txt").write_text(french_text(2), encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text(
        f'{{"id": "r", "text": "{french_text(3)}"}}\n{{"id": "r", "text": "{french_text(4)}"}}\n', encoding="utf-8"
    )
    articles, problems = load(tmp_path)
    assert [a.id for a in articles] == ["r", "r~2", "same", "same~2"]
    renamed = [p for p in problems.warnings if "already used" in p.message]
    assert len(renamed) == 2
    assert renamed[0].line == 2 and "'r~2'" in renamed[0].message


def test_ids_are_stable_across_runs(tmp_path: Path) -> None:
    write_good_folder(tmp_path / "f", 4)
    (tmp_path / "t.jsonl").write_text(f'{{"text": "{french_text(9)}"}}\n', encoding="utf-8")
    first, _ = load(tmp_path)
    second, _ = load(tmp_path)
    assert [a.id for a in first] == [a.id for a in second] == ["good_0", "good_1", "good_2", "good_3", "t:1"]


def test_loading_is_lazy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The corpus streams: taking the first article reads only the first file."""
    write_good_folder(tmp_path, 5)
    read: list[str] = []
    real = readers.read_article_bytes

    def counting(path: Path, options: object) -> bytes:
        read.append(path.name)
        return real(path, options)  # type: ignore[arg-type]

    monkeypatch.setattr(readers, "read_article_bytes", counting)
    iterator = load_corpus([str(tmp_path)], ProblemLog())
    next(iterator)
    assert read == ["good_0.txt"]


def test_stdin_given_twice_is_read_once(tmp_path: Path) -> None:
    import io

    articles, problems = load("-", "-", stdin=io.BytesIO(french_text(1).encode()))
    assert len(articles) == 1
    assert any("given twice" in p.message for p in problems.warnings)


def test_broken_sidecar_is_an_error_but_files_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(french_text(1), encoding="utf-8")
    (tmp_path / "metadata.json").write_text('{"a.txt": {"outlet": "X",}}', encoding="utf-8")
    articles, problems = load(tmp_path)
    assert [a.outlet for a in articles] == ["unknown"]
    assert problems.skipped[0].path == str(tmp_path / "metadata.json") and problems.skipped[0].line == 1


def _broken_reader(data: bytes, where: str, stem: str, defaults: object):  # type: ignore[no-untyped-def]
    if stem == "trips":
        raise RuntimeError("unexpected state")
    return real_read_text(data, where, stem, defaults)  # type: ignore[arg-type]


real_read_text = readers.read_text


def test_a_file_that_trips_a_bug_is_reported_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_good_folder(tmp_path, 2)
    (tmp_path / "trips.txt").write_text(french_text(5), encoding="utf-8")
    monkeypatch.setattr(readers, "read_text", _broken_reader)
    articles, problems = load(tmp_path, options=CorpusOptions())
    assert [a.id for a in articles] == ["good_0", "good_1"]
    [error] = problems.skipped
    assert error.path == str(tmp_path / "trips.txt")
    assert error.message == "could not be read (RuntimeError: unexpected state); run with --debug for details"


def test_debug_lets_the_bug_out_with_its_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "trips.txt").write_text(french_text(5), encoding="utf-8")
    monkeypatch.setattr(readers, "read_text", _broken_reader)
    with pytest.raises(RuntimeError, match="unexpected state"):
        load(tmp_path, options=CorpusOptions(debug=True))
