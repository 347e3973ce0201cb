"""Exercise mode of the report (`framing report --exercise`, issue 16 item 2): a worksheet per story with
the texts unhighlighted, four questions, and answers revealed family by family; in Chromium from file://,
from the keyboard, and printed on A4 with the answers on a page of their own."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import test_browser
from report_helpers import site_data
from test_browser import Watch, corpus, shot

from framing.render.exercise import ANSWER_GROUPS, questions
from framing.render.html import render_pages, write_site

# The browser suite's fixtures: one headless Chromium per module, a watched tab per test.
browser = test_browser.browser
page = test_browser.page


@pytest.fixture(scope="module")
def exercise_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("exercise-site") / "report"
    analyses = corpus()
    write_site(analyses, out, data=site_data(analyses, exercise=True))
    return out


def worksheets(site: Path) -> list[Path]:
    return sorted(p for p in (site / "exercises").glob("*.html") if p.name != "index.html")


def test_one_worksheet_per_story_and_none_without_the_option() -> None:
    analyses = corpus()
    with_exercises = dict(render_pages(site_data(analyses, exercise=True)))
    without = dict(render_pages(site_data(analyses)))
    data = site_data(analyses)
    sheets = [p for p in with_exercises if p.startswith("exercises/") and p != "exercises/index.html"]
    assert len(sheets) == len(data.stories)
    assert not any(p.startswith("exercises/") for p in without)
    assert "exercises/index.html" in with_exercises["index.html"]
    assert "exercises/index.html" not in without["index.html"]
    # Story and article pages link to their worksheet.
    story_pages = [p for p in with_exercises if p.startswith("stories/") and p != "stories/index.html"]
    assert story_pages and all("../exercises/" in with_exercises[p] for p in story_pages)
    article_pages = [p for p in with_exercises if p.startswith("articles/") and p != "articles/index.html"]
    assert article_pages and all("../exercises/" in with_exercises[p] for p in article_pages)
    assert not any("exercises/" in html for p, html in without.items() if p.startswith(("stories/", "articles/")))
    sheet = with_exercises[sheets[0]]
    for question in ("Which words would you replace", "Who is quoted", "state as fact what is uncertain"):
        assert question in sheet
    assert sheet.count('class="reveal"') == len(ANSWER_GROUPS)
    assert sheet.count('aria-expanded="false"') == len(ANSWER_GROUPS)


def test_last_question_fits_the_articles() -> None:
    assert questions(3)[-1] == "Compare the headlines."
    assert "opening sentences" in questions(3, titled=False)[-1]
    assert "neutral headline" in questions(1)[-1]
    assert len(set(questions(2))) == 4


@pytest.mark.browser
def test_texts_start_unhighlighted_and_buttons_reveal_one_family(exercise_site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    tab.goto((exercise_site / "exercises" / "index.html").as_uri())
    target = next(sheet for sheet in worksheets(exercise_site) if "hl f-loaded" in sheet.read_text("utf-8"))
    tab.click(f"ul.story-list a[href$='{target.name}']")
    tab.wait_for_load_state()
    assert "/exercises/" in tab.url
    loaded, hedge = ".article-text mark.f-loaded[id]", ".article-text mark.f-hedge[id]"
    background = "el => getComputedStyle(el).backgroundColor"
    assert tab.eval_on_selector(loaded, background) == "rgba(0, 0, 0, 0)"
    assert tab.eval_on_selector(hedge, background) == "rgba(0, 0, 0, 0)"
    assert tab.evaluate("[...document.querySelectorAll('.article-text mark[id]')].every(m => m.tabIndex === -1)")
    assert not tab.is_visible("#answers-loaded")
    shot(tab, "10-exercise")

    # From the keyboard: Tab to the first "show the answers" button, Enter opens it.
    for _ in range(200):
        tab.keyboard.press("Tab")
        if tab.evaluate("document.activeElement.matches('button.reveal')"):
            break
    else:
        pytest.fail("Tab never reached a 'show the answers' button")
    assert tab.evaluate("document.activeElement.getAttribute('aria-controls')") == "answers-loaded"
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
    assert tab.is_visible("#answers-loaded")
    assert tab.eval_on_selector(loaded, background) != "rgba(0, 0, 0, 0)"
    assert tab.eval_on_selector(loaded, "el => el.tabIndex") == 0
    assert tab.eval_on_selector(hedge, background) == "rgba(0, 0, 0, 0)"  # other families stay hidden
    assert "camp" in tab.inner_text("#answers-loaded")  # the neutral alternative is in the answer
    shot(tab, "11-exercise-loaded-shown")
    tab.keyboard.press("Space")
    assert tab.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    assert not tab.is_visible("#answers-loaded")
    assert tab.eval_on_selector(loaded, background) == "rgba(0, 0, 0, 0)"
    watch.assert_clean()


@pytest.mark.browser
def test_worksheet_text_is_the_article_text(exercise_site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    texts = {a.text for a in corpus()}
    for sheet in worksheets(exercise_site):
        tab.goto(sheet.as_uri())
        shown = tab.eval_on_selector_all(".article-text", "els => els.map(e => e.textContent)")
        assert shown and all(text in texts for text in shown)
        assert tab.evaluate("typeof window.__xss") == "undefined"
        assert tab.evaluate("document.scripts.length") == 1
    watch.assert_clean()


@pytest.mark.browser
def test_worksheet_prints_on_a4_with_answers_on_their_own_page(exercise_site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    tab.goto(next(s for s in worksheets(exercise_site) if "hl f-loaded" in s.read_text("utf-8")).as_uri())
    tab.click("button.reveal")  # even with answers shown on screen, paper gets unhighlighted texts
    tab.emulate_media(media="print")
    style = "(sel, prop) => getComputedStyle(document.querySelector(sel))[prop]"
    assert tab.evaluate(f"({style})('.answers', 'breakBefore')") == "page"
    assert tab.evaluate(f"({style})('.reveal-buttons', 'display')") == "none"
    assert tab.evaluate(f"({style})('#answers-certainty', 'display')") == "block"  # every answer list on paper
    assert tab.evaluate(f"({style})('.write-lines .line', 'borderBottomStyle')") == "solid"
    assert tab.eval_on_selector(".article-text mark.f-loaded[id]", "el => getComputedStyle(el).backgroundColor") == (
        "rgba(0, 0, 0, 0)"
    )
    pdf = tab.pdf(prefer_css_page_size=True, print_background=True)
    boxes = [
        tuple(round(float(v)) for v in m.groups()) for m in re.finditer(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", pdf)
    ]
    assert set(boxes) == {(595, 842)}
    assert len(boxes) >= 2  # the answers start a new page
    watch.assert_clean()


@pytest.mark.usefixtures("isolated_cli_run")
def test_report_command_adds_worksheets_only_when_asked(tmp_path: Path) -> None:
    from corpus_samples import write_good_folder
    from typer.testing import CliRunner

    from framing.cli import app

    corpus_dir, out = tmp_path / "corpus", tmp_path / "report"
    write_good_folder(corpus_dir, 3)
    runner = CliRunner()
    result = runner.invoke(app, ["report", str(corpus_dir), "--out", str(out), "-q", "--exercise"])
    assert result.exit_code == 0, result.stderr
    assert (out / "exercises" / "index.html").is_file()
    assert len(worksheets(out)) >= 1
    # The option is part of the site's fingerprint: without it the report is written again, without sheets.
    result = runner.invoke(app, ["report", str(corpus_dir), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    assert not (out / "exercises").exists()
