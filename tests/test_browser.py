"""The HTML report in a real browser: headless Chromium (Debian's package) driven by Playwright.

Opens the report from file://, follows links index -> story -> article, hovers and keyboard-focuses
a highlight and reads its note, toggles a family, prints a story page to A4, and checks that hostile
corpus strings never execute and that no request leaves file://. Screenshots of the run are kept in
tests/artifacts/ (git-ignored).

Needs the system package `chromium` (Debian) and the Python package `playwright` (test extra); no
`playwright install`. Without /usr/bin/chromium these tests are skipped, unless
FRAMING_REQUIRE_BROWSER=1 (set by .ci/run), when they fail.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from report_helpers import PIECES, Piece, make_analysis, site_data

from framing.render.html import write_site

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("FRAMING_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
HOSTILE = "<script>window.__xss=1</script> <img src=x onerror=window.__xss=2> </textarea> javascript:window.__xss=3"
NOTE = "A label that decides the question."


def _browser_or_skip() -> None:
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"{CHROMIUM} (Debian package chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright Python package (test extra)")
    if missing:
        message = "browser tests need " + " and ".join(missing)
        if os.environ.get("FRAMING_REQUIRE_BROWSER") == "1":
            pytest.fail(message + " (FRAMING_REQUIRE_BROWSER=1)")
        pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _browser_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


def corpus() -> list:
    crlf = Piece("Ligne avec retour chariot\r\net espace insécable\u00a0: «\u202fcité\u202f», e\u0301, 🙂.")
    analyses = [
        make_analysis(f"m{i}", "Le Monde", title=f"Frappe {i} à la frontière", pieces=[*PIECES, crlf]) for i in range(3)
    ]
    # A hostile lexicon entry too: its note and alternative end up in tooltips and the evidence list.
    evil_entry = Piece(
        "Ils ont dénoncé une véritable occupation du territoire.",
        loaded=(
            ("occupation", "<b>delegitimizing</b>", '"><script>window.__xss=4</script>', "javascript:window.__xss=5"),
        ),
    )
    analyses.append(
        make_analysis("h1", HOSTILE, title=HOSTILE, pieces=[*PIECES, evil_entry], extra_text=f"\n\n{HOSTILE}")
    )
    analyses.append(make_analysis("h2", "../../x", title="CON", extra_text=f"\n\n{HOSTILE}"))
    return analyses


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser-site") / "report"
    analyses = corpus()
    write_site(analyses, out, data=site_data(analyses))
    return out


@dataclass
class Watch:
    """Everything a page did that a test must see: console errors, requests, dialogs."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.failed == [], self.failed
        assert self.dialogs == [], self.dialogs
        outside = [u for u in self.requests if not u.startswith("file://")]
        assert outside == [], outside


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    tab = context.new_page()
    watch = Watch()
    tab.on("console", lambda m: watch.errors.append(m.text) if m.type in ("error", "warning") else None)
    tab.on("pageerror", lambda e: watch.errors.append(str(e)))
    tab.on("request", lambda r: watch.requests.append(r.url))
    tab.on("requestfailed", lambda r: watch.failed.append(f"{r.url} {r.failure}"))
    tab.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    yield tab, watch
    context.close()


def shot(tab: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def after_content(tab: Any, selector: str) -> str:
    return tab.eval_on_selector(selector, "el => getComputedStyle(el, '::after').content")


def test_index_to_story_to_article_with_tooltip_and_no_network(site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    tab.goto((site / "index.html").as_uri())
    assert tab.title().startswith("framing report")
    assert "too small to compare" in tab.inner_text("table.compare")
    shot(tab, "01-index")

    tab.click("ul.story-list a")
    tab.wait_for_load_state()
    assert "/stories/" in tab.url
    assert tab.locator("article.column").count() >= 2
    shot(tab, "02-story")

    tab.click("article.column h3 a")
    tab.wait_for_load_state()
    assert "/articles/" in tab.url
    mark = "mark.f-loaded.c-labeling[id]"
    assert after_content(tab, mark) in ("none", "normal", "")  # no tooltip before hovering
    tab.hover(mark)
    tip = after_content(tab, mark)
    assert "Labeling" in tip and NOTE in tip and "Neutral alternative: camp" in tip
    shot(tab, "03-article-hover")
    described = tab.eval_on_selector(
        mark, "el => document.getElementById(el.getAttribute('aria-describedby')).textContent"
    )
    assert NOTE in described
    assert tab.evaluate("typeof window.__xss") == "undefined"
    watch.assert_clean()
    assert len(watch.requests) == 3  # the three pages, nothing else


def test_keyboard_reaches_highlights_and_shows_their_note(site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    article = next(p for p in (site / "articles").glob("m0-*.html"))
    tab.goto(article.as_uri())
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.className") == "skip"
    for _ in range(80):
        tab.keyboard.press("Tab")
        if tab.evaluate("document.activeElement.tagName") == "MARK":
            break
    else:
        pytest.fail("Tab never reached a highlight")
    tip = tab.evaluate("getComputedStyle(document.activeElement, '::after').content")
    assert "·" in tip and len(tip) > 10
    shot(tab, "04-article-focus")
    tab.keyboard.press("Escape")
    assert tab.evaluate("document.activeElement.tagName") != "MARK"
    watch.assert_clean()


def test_family_toggle_hides_highlights_and_their_tab_stops(site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    article = next(p for p in (site / "articles").glob("m0-*.html"))
    tab.goto(article.as_uri())
    mark = ".article-text mark.f-loaded[id]"
    shown = tab.eval_on_selector(mark, "el => getComputedStyle(el).backgroundColor")
    tab.focus("#show-loaded")
    tab.keyboard.press("Space")
    assert not tab.is_checked("#show-loaded")
    assert tab.eval_on_selector(mark, "el => getComputedStyle(el).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert tab.eval_on_selector(mark, "el => el.tabIndex") == -1
    shot(tab, "05-article-loaded-hidden")
    tab.keyboard.press("Space")
    assert tab.eval_on_selector(mark, "el => getComputedStyle(el).backgroundColor") == shown
    assert tab.eval_on_selector(mark, "el => el.tabIndex") == 0
    watch.assert_clean()


def test_article_text_is_exactly_the_analysed_text(site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    by_id = {a.article.id: a.text for a in corpus()}
    for article in sorted((site / "articles").glob("*.html")):
        if article.name == "index.html":
            continue
        tab.goto(article.as_uri())
        article_id = article.name.split("-")[0]
        assert tab.eval_on_selector("#article-text", "el => el.textContent") == by_id[article_id]
    watch.assert_clean()


def test_hostile_strings_show_as_text_and_never_execute(site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    for html in sorted(site.rglob("*.html")):
        tab.goto(html.as_uri())
        assert tab.evaluate("typeof window.__xss") == "undefined", html
        assert tab.locator("img, iframe, textarea, object, embed").count() == 0, html
        # Only our own script runs; a clicked hostile "link" would not navigate anywhere.
        assert tab.evaluate("document.scripts.length") == 1, html
        assert tab.evaluate("[...document.querySelectorAll('a')].every(a => !a.href.startsWith('javascript:'))")
    tab.goto((site / "index.html").as_uri())
    assert HOSTILE.split(" ")[0] in tab.inner_text("body")
    shot(tab, "06-hostile-index")
    evil = next(p for p in (site / "articles").glob("h1-*.html"))
    tab.goto(evil.as_uri())
    tab.hover("mark.f-loaded[data-tip*='__xss=4']")
    tip = after_content(tab, "mark.f-loaded[data-tip*='__xss=4']")
    assert '"><script>window.__xss=4</script>' in tip and "javascript:window.__xss=5" in tip
    assert "<script>window.__xss=4</script>" in tab.inner_text(".evidence")
    assert tab.evaluate("typeof window.__xss") == "undefined"
    watch.assert_clean()


def test_story_page_prints_on_a4(site: Path, page: tuple[Any, Watch], tmp_path: Path) -> None:
    tab, watch = page
    story = next(p for p in (site / "stories").glob("*.html") if p.name != "index.html")
    tab.goto(story.as_uri())
    tab.emulate_media(media="print")
    assert tab.evaluate("getComputedStyle(document.querySelector('header.site')).display") == "none"
    shot(tab, "07-story-print")
    pdf = tab.pdf(prefer_css_page_size=True, print_background=True)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "story-a4.pdf").write_bytes(pdf)
    boxes = {
        tuple(round(float(v)) for v in m.groups()) for m in re.finditer(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", pdf)
    }
    assert boxes == {(595, 842)}  # A4 portrait in points, on every page
    watch.assert_clean()


def test_skip_without_browser_fails_when_required(monkeypatch: pytest.MonkeyPatch) -> None:
    """The skip/fail switch itself: CI must not pass by skipping."""
    monkeypatch.setattr(f"{__name__}.CHROMIUM", "/nonexistent/chromium")
    monkeypatch.setenv("FRAMING_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception):
        _browser_or_skip()
    monkeypatch.setenv("FRAMING_REQUIRE_BROWSER", "0")
    with pytest.raises(pytest.skip.Exception):
        _browser_or_skip()


def test_artifacts_folder_is_ignored_by_git() -> None:
    gitignore = (Path(__file__).parents[1] / ".gitignore").read_text("utf-8")
    assert "tests/artifacts/" in gitignore


def test_links_work_from_the_keyboard_alone(site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    tab.goto((site / "index.html").as_uri())
    for _ in range(200):
        tab.keyboard.press("Tab")
        if tab.evaluate("document.activeElement.closest('ul.story-list') !== null"):
            break
    else:
        pytest.fail("Tab never reached the story list")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert "/stories/" in tab.url
    focus_ring = tab.evaluate(
        "(() => { const a = document.querySelector('nav a'); a.focus(); return getComputedStyle(a).outlineStyle; })()"
    )
    assert focus_ring != "none"  # a visible focus indicator
    watch.assert_clean()
