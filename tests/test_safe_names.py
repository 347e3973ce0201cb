"""File names made from outlet, story and article names stay inside the output folder and are portable."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.safe_names import SAFE_STEM, WINDOWS_RESERVED, UniqueNames, contained_path, safe_stem

HOSTILE = [
    "../../x",
    "..",
    ".",
    "/etc/passwd",
    "..\\..\\windows\\system32",
    "CON",
    "con",
    "NUL",
    "Com1",
    "LPT9",
    "aux.html",
    "A" * 300,
    "",
    "   ",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    'a/b\\c:d*e?f"g<h>i|j',
    "\x00\x1b[31mred",
    "名前のないメディア",
    "🙂🙂",
    "Le Monde",
    "le monde",
    "LE-MONDE",
    "Libération",
    "x" * 5000,
    "\ud800 lone surrogate",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_stem_is_portable_and_bounded(name: str) -> None:
    stem = safe_stem(name)
    assert SAFE_STEM.match(stem)
    assert len(stem) <= 59
    assert "/" not in stem and "\\" not in stem and ".." not in stem
    assert stem.split("-")[0] not in WINDOWS_RESERVED or "-" in stem
    assert stem.lower() not in WINDOWS_RESERVED
    assert stem == safe_stem(name)  # stable


def test_distinct_names_get_distinct_stems_even_when_they_slug_alike() -> None:
    stems = {safe_stem(n) for n in HOSTILE}
    assert len(stems) == len(set(HOSTILE))
    assert safe_stem("Le Monde").startswith("le-monde-")
    assert safe_stem("Libération").startswith("liberation-")


def test_names_create_files_inside_the_folder(tmp_path: Path) -> None:
    for name in HOSTILE:
        path = contained_path(tmp_path, "outlets", safe_stem(name) + ".html")
        path.parent.mkdir(exist_ok=True)
        path.write_text("ok", "utf-8")
        assert tmp_path.resolve() in path.parents
    assert len(list((tmp_path / "outlets").iterdir())) == len(set(HOSTILE))


def test_contained_path_refuses_escapes(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        contained_path(tmp_path, "..", "x.html")
    with pytest.raises(ValueError):
        contained_path(tmp_path, "/etc/passwd")


def test_unique_names_separate_duplicate_keys_deterministically() -> None:
    names = UniqueNames()
    first = names.get(0, "same id")
    second = names.get(1, "same id")
    assert first != second and second.startswith(first)
    assert names.get(0, "same id") == first
