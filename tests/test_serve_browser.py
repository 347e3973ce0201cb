"""The service's web page in Chromium (Debian's package, as tests/test_browser.py): paste a seed article,
see exactly the static report's highlights; hostile and broken inputs never run code.

Skipped without /usr/bin/chromium unless FRAMING_REQUIRE_BROWSER=1 (then they fail)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corpus_samples import french_text, german_text
from serve_helpers import SEEDS, Service
from test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, HOSTILE, Watch, _browser_or_skip

from framing.render.html import write_site
from framing.types import ArticleAnalysis

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    _browser_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture
def tab(chromium: Any) -> Iterator[tuple[Any, Watch]]:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch = Watch()
    page.on("console", lambda m: watch.errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    page.on("request", lambda r: watch.requests.append(r.url))
    page.on("requestfailed", lambda r: watch.failed.append(f"{r.url} {r.failure}"))
    page.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    yield page, watch
    context.close()


def submit(page: Any, service: Service, text: str, outlet: str = "") -> int:
    page.goto(service.url + "/")
    page.fill("#serve-text", text)
    if outlet:
        page.fill("#serve-outlet", outlet)
    with page.expect_navigation() as navigation:
        page.click("#serve-submit")
    return navigation.value.status


MARKS = "Array.from(document.querySelectorAll('#article-text mark')).map(m => m.outerHTML)"


def test_pasted_seed_article_is_highlighted_as_in_the_static_report(
    service: Service, tab: tuple[Any, Watch], tmp_path: Path
) -> None:
    page, watch = tab
    text = sorted(SEEDS.glob("*.txt"))[1].read_text(encoding="utf-8")
    assert submit(page, service, text) == 200
    served_marks = page.evaluate(MARKS)
    served_body = page.inner_html("#article-text")
    served_rows = page.locator("section.evidence tbody tr").count()
    assert len(served_marks) > 10
    assert page.locator("#standing-metrics tbody tr").count() >= 5  # where it stands among the seed outlets
    assert page.locator("#standing-outlets tbody tr").count() == 4  # its own outlet is left out: it is that text
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "serve-article.png"))

    # The static report of the same analysis (the service's own JSON, as `analyze --json` gives it).
    status, answer = service.post_json("/api/analyze", {"text": text})
    assert status == 200
    analysis = ArticleAnalysis.from_dict({**answer, "text": text})
    write_site([analysis], tmp_path / "report")
    static = next(p for p in (tmp_path / "report" / "articles").glob("*.html") if p.name != "index.html")
    page.goto(static.as_uri())
    assert page.evaluate(MARKS) == served_marks
    assert page.inner_html("#article-text") == served_body
    assert page.locator("section.evidence tbody tr").count() == served_rows

    # The report's script runs on the served page too: unticking a family takes its highlights out of the tab order.
    submit(page, service, text)
    page.uncheck("#show-attribution")
    assert page.evaluate("document.querySelectorAll('#article-text mark[tabindex=\"-1\"]').length") > 0
    assert watch.errors == [] and watch.dialogs == []
    outside = [u for u in watch.requests if not u.startswith((service.url, "file://"))]
    assert outside == []


HOSTILE_INPUTS = [  # (text, outlet, a string the page must show as text)
    (f"{french_text(0)}\n\n{HOSTILE}", HOSTILE, "<script>window.__xss=1</script>"),
    (french_text(1), '"><script>window.__xss=9</script>', '"><script>window.__xss=9</script>'),
    ("", "", None),
    ("   \n\t  ", "", None),
    (german_text(), "", None),
    ("---\ntitle: <script>window.__xss=7</script>\noutlet: X\n\n" + french_text(2), "", None),
    ("\u202e\u0007 <iframe src=javascript:window.__xss=8> " + french_text(3), "", "<iframe src=javascript:"),
]


@pytest.mark.parametrize(
    ("text", "outlet", "shown"), HOSTILE_INPUTS, ids=[f"hostile-{i}" for i in range(len(HOSTILE_INPUTS))]
)
def test_hostile_inputs_through_the_page_never_run(
    service: Service, tab: tuple[Any, Watch], text: str, outlet: str, shown: str | None
) -> None:
    page, watch = tab
    status = submit(page, service, text, outlet)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("iframe").count() == 0 and page.locator("main script").count() == 0
    if status == 200:
        assert page.locator("#article-text").count() == 1
        if shown:
            assert shown in page.inner_text("main")
    else:  # refused with its one-line reason above the form, which keeps what was pasted
        assert 400 <= status < 500 and shown is None
        alert = page.inner_text("p.serve-error")
        assert alert.strip() and "\n" not in alert.strip() and "Traceback" not in page.content()
        # Chromium logs the refused page's status itself; nothing else may be logged.
        watch.errors = [e for e in watch.errors if f"status of {status}" not in e]
    assert watch.errors == [] and watch.dialogs == []
