"""The report's analyses on disk (framing.render.spill): read back exactly, a few kept decoded, and a
site built from them identical to one built from analyses in memory."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from framing.analyse import AnalysisSettings
from framing.errors import ProblemLog
from framing.render import spill as spill_module
from framing.render.spill import SpilledAnalyses
from framing.run import run_corpus
from framing.types import ArticleAnalysis

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def analyses() -> list[ArticleAnalysis]:
    base = list(run_corpus([str(SEEDS)], ProblemLog(), AnalysisSettings(), progress=False))
    return [
        dataclasses.replace(a, article=dataclasses.replace(a.article, id=f"{k}-{a.article.id}", outlet=f"o{k % 2}"))
        for k in range(3)
        for a in base
    ]


def test_spilled_analyses_read_back_exactly_and_only_a_few_stay_decoded(analyses, monkeypatch) -> None:
    monkeypatch.setattr(spill_module, "RECENT", 4)
    with SpilledAnalyses() as spilled:
        for a in analyses:
            spilled.append(a)
        assert len(spilled) == len(analyses)
        assert list(spilled) == analyses
        assert spilled[-1] == analyses[-1] and spilled[2:5] == analyses[2:5]
        assert spilled[3] == analyses[3] and len(spilled._recent) == 4
        with pytest.raises(IndexError):
            spilled[len(analyses)]


def test_a_site_from_spilled_analyses_is_the_site_from_a_list(analyses, tmp_path, monkeypatch) -> None:
    from framing.render.html import write_site

    monkeypatch.setattr(spill_module, "RECENT", 2)  # pages read their articles back from the file
    write_site(analyses, tmp_path / "list", n_boot=200)
    with SpilledAnalyses() as spilled:
        for a in analyses:
            spilled.append(a)
        write_site(spilled, tmp_path / "spill", n_boot=200)
    pages = sorted(p.relative_to(tmp_path / "list") for p in (tmp_path / "list").rglob("*.html"))
    assert len(pages) > len(analyses)
    for page in pages:
        assert (tmp_path / "spill" / page).read_bytes() == (tmp_path / "list" / page).read_bytes(), page
