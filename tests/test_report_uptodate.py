"""A re-run on unchanged inputs skips rendering the report; any change to what the pages show renders it again.

Also: the declared-language warning is made with the analysis, cached with it and shown on every run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.atomic import MANIFEST
from framing.cli import app
from framing.errors import ProblemLog
from framing.render.site_state import PROFILES_FILE
from framing.run import run_corpus

UP_TO_DATE = "report up to date:"


def text(i: int, outlet: str) -> str:
    return (
        f"Selon un responsable de {outlet}, la municipalité numéro {i} pourrait augmenter les impôts locaux "
        f"de {i + 3} % l'an prochain. Cette hausse apparemment inévitable serait liée à la rénovation des écoles, "
        f"a indiqué une source proche du dossier. « Nous n'avons pas le choix », a déclaré le maire Jean Martin{i}."
    )


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    meta = {}
    for i in range(6):
        outlet = "Alpha" if i % 2 else "Beta"
        (root / f"a{i}.txt").write_text(text(i, outlet), "utf-8")
        meta[f"a{i}.txt"] = {"outlet": outlet, "lang": "fr", "date": f"2025-03-0{i + 1}"}
    (root / "metadata.json").write_text(json.dumps(meta), "utf-8")
    return root


def invoke(*args: str):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result


def report(corpus: Path, out: Path, *args: str):  # type: ignore[no-untyped-def]
    return invoke("report", str(corpus), "--out", str(out), "--n-boot", "200", *args)


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_unchanged_report_is_not_rendered_again_and_prints_the_same_table(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    first = report(corpus, out)
    assert UP_TO_DATE not in first.output and "Profiles by outlet" in first.stdout
    before = snapshot(out)
    assert PROFILES_FILE in before and MANIFEST in before
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.html")}

    second = report(corpus, out)
    assert f"{UP_TO_DATE} {out}/" in second.output
    assert second.stdout == first.stdout  # the same comparison table, from the stored profiles
    assert snapshot(out) == before
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.html")} == stamps  # nothing was rewritten

    fresh = tmp_path / "fresh"
    report(corpus, fresh)
    assert snapshot(fresh) == before  # what was kept is byte-identical to a fresh render


@pytest.mark.parametrize("change", [("--seed", "1"), ("--title", "Another title"), ("--by", "lang")])
def test_a_changed_option_renders_again(corpus: Path, tmp_path: Path, change: tuple[str, str]) -> None:
    out = tmp_path / "reports"
    report(corpus, out)
    before = snapshot(out)
    again = report(corpus, out, *change)
    assert UP_TO_DATE not in again.output
    assert snapshot(out) != before
    fresh = tmp_path / "fresh"
    report(corpus, fresh, *change)
    assert snapshot(out) == snapshot(fresh)


def test_a_changed_corpus_renders_again(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    report(corpus, out)
    (corpus / "a0.txt").write_text(text(0, "Beta") + " Le conseil votera jeudi.", "utf-8")
    again = report(corpus, out)
    assert UP_TO_DATE not in again.output
    assert "votera jeudi" in "".join(p.read_text("utf-8") for p in (out / "articles").glob("*.html"))
    # Metadata alone changes the pages too.
    meta = json.loads((corpus / "metadata.json").read_text("utf-8"))
    meta["a1.txt"]["outlet"] = "Gamma"
    (corpus / "metadata.json").write_text(json.dumps(meta), "utf-8")
    third = report(corpus, out)
    assert UP_TO_DATE not in third.output and "Gamma" in third.stdout


def test_a_removed_or_altered_site_file_forces_a_render(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    report(corpus, out)
    before = snapshot(out)
    page = next((out / "articles").glob("a*.html"))
    page.unlink()
    again = report(corpus, out)
    assert UP_TO_DATE not in again.output
    assert snapshot(out) == before  # restored, identical
    (out / "index.html").write_text("truncated", "utf-8")
    third = report(corpus, out)
    assert UP_TO_DATE not in third.output and snapshot(out) == before
    (out / PROFILES_FILE).unlink()
    assert UP_TO_DATE not in report(corpus, out).output
    assert snapshot(out) == before


def test_compare_reuses_an_up_to_date_site_and_its_profiles(corpus: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    first = invoke("compare", str(corpus), "--html", str(site), "--n-boot", "200")
    assert UP_TO_DATE not in first.output
    before = snapshot(site)
    second = invoke("compare", str(corpus), "--html", str(site), "--n-boot", "200")
    assert f"{UP_TO_DATE} {site}/" in second.output
    assert second.stdout == first.stdout and snapshot(site) == before
    third = invoke("compare", str(corpus), "--html", str(site), "--n-boot", "200", "--top-terms", "3")
    assert UP_TO_DATE not in third.output and snapshot(site) != before


def test_declared_language_warning_is_cached_and_shown_on_every_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from framing.analyse import AnalysisSettings

    root = tmp_path / "corpus"
    root.mkdir()
    (root / "wrong.txt").write_text("---\nlang: en\noutlet: X\n---\n" + text(1, "X") + " " + text(2, "X"), "utf-8")
    (root / "right.txt").write_text("---\nlang: fr\noutlet: X\n---\n" + text(3, "X"), "utf-8")
    settings = AnalysisSettings(cache_path=str(tmp_path / "cache.sqlite"))

    def warnings(problems: ProblemLog) -> list[str]:
        return [f"{Path(str(p.path)).name}: {p.message}" for p in problems.warnings if "metadata says" in p.message]

    problems = ProblemLog()
    first = {a.article.id: a for a in run_corpus([str(root)], problems, settings)}
    expected = [
        "wrong.txt: metadata says English but the text reads as French; analysed as English, as the metadata says"
    ]
    assert warnings(problems) == expected
    assert any("metadata says English" in w for w in first["wrong"].warnings)
    assert not first["right"].warnings

    # The re-run reads both analyses from the cache and identifies no language, yet warns the same.
    import framing.corpus.language as language

    def no_identification(_text: str) -> tuple[str, float]:
        raise AssertionError("language identification ran for a cached article")

    monkeypatch.setattr(language, "quick_identify", no_identification)
    monkeypatch.setattr("framing.corpus.loader.quick_identify", no_identification)
    again = ProblemLog()
    second = list(run_corpus([str(root)], again, settings))
    assert warnings(again) == expected
    assert [a.warnings for a in second] == [a.warnings for a in first.values()]


def test_the_cli_starts_without_heavy_libraries() -> None:
    """`framing --help` and a fully cached run must not pay for spaCy, scipy, matplotlib, jinja2...:
    commands import them where they are used; typer's help and error formatting (rich's Markdown,
    markdown-it) only when a message is written (framing.cli.framework)."""
    import subprocess
    import sys

    heavy = (
        "spacy",
        "scipy",
        "matplotlib",
        "jinja2",
        "sklearn",
        "trafilatura",
        "py3langid",
        "typer.rich_utils",
        "markdown_it",
    )
    code = f"import sys, framing.cli; print([m for m in {heavy!r} if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
