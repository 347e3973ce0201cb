"""Atomic writes: an interrupted write or report swap leaves the previous output whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from framing import atomic
from framing.atomic import MANIFEST, atomic_directory, atomic_write_text, recover_directory
from framing.errors import FramingError


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    atomic_write_text(target, "old")
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_failed_atomic_write_keeps_old_content_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    atomic_write_text(target, "old")

    def boom(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.txt"]


def _write_site(target: Path, version: str) -> None:
    with atomic_directory(target) as staging:
        (staging / "index.html").write_text(version)
        (staging / "articles").mkdir()
        (staging / "articles" / "a.html").write_text(version)


def test_directory_is_created_then_replaced(tmp_path: Path) -> None:
    target = tmp_path / "reports"
    _write_site(target, "v1")
    _write_site(target, "v2")
    assert (target / "index.html").read_text() == "v2"
    assert (target / "articles" / "a.html").read_text() == "v2"
    assert sorted(os.listdir(tmp_path)) == ["reports"]  # no staging or retired folder left


def test_error_while_building_leaves_previous_site_untouched(tmp_path: Path) -> None:
    target = tmp_path / "reports"
    _write_site(target, "v1")
    before = _tree(target)
    with pytest.raises(RuntimeError), atomic_directory(target) as staging:
        (staging / "index.html").write_text("half")
        raise RuntimeError("killed")
    assert _tree(target) == before
    assert sorted(os.listdir(tmp_path)) == ["reports"]


def test_files_framing_did_not_write_survive_the_swap(tmp_path: Path) -> None:
    target = tmp_path / "reports"
    target.mkdir()
    (target / "README.md").write_text("keep me")
    _write_site(target, "v1")
    _write_site(target, "v2")
    assert (target / "README.md").read_text() == "keep me"
    assert (target / "index.html").read_text() == "v2"
    assert (target / MANIFEST).exists()


def test_pages_a_previous_run_wrote_are_not_carried_over(tmp_path: Path) -> None:
    target = tmp_path / "reports"
    with atomic_directory(target) as staging:
        (staging / "old-only.html").write_text("stale")
    _write_site(target, "v2")
    assert not (target / "old-only.html").exists()


def test_refuses_to_replace_a_folder_framing_never_wrote(tmp_path: Path) -> None:
    target = tmp_path / "documents"
    (target / "thesis").mkdir(parents=True)
    (target / "thesis" / "chapter1.tex").write_text("precious")
    with pytest.raises(FramingError, match="did not write"):
        _write_site(target, "v1")
    assert (target / "thesis" / "chapter1.tex").read_text() == "precious"


def test_fallback_two_rename_swap_and_its_recovery(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "_exchange", lambda a, b: False)
    target = tmp_path / "reports"
    _write_site(target, "v1")
    _write_site(target, "v2")
    assert (target / "index.html").read_text() == "v2"
    assert sorted(os.listdir(tmp_path)) == ["reports"]
    # A run killed between the two renames leaves the old site under its retired name: it comes back.
    retired = tmp_path / f".reports{atomic.RETIRED_TAG}999999999-x"
    os.rename(target, retired)
    recover_directory(target)
    assert (target / "index.html").read_text() == "v2"
    assert sorted(os.listdir(tmp_path)) == ["reports"]


def test_leftovers_of_dead_runs_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "reports"
    _write_site(target, "v1")
    stale = tmp_path / f".reports{atomic.STAGING_TAG}999999999-abc"  # no such pid
    stale.mkdir()
    (stale / "index.html").write_text("half")
    _write_site(target, "v2")
    assert not stale.exists()


def test_symlinked_output_folder_keeps_its_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    _write_site(real, "v1")
    link = tmp_path / "link"
    link.symlink_to(real)
    _write_site(link, "v2")
    assert link.is_symlink()
    assert (link / "index.html").read_text() == "v2"
