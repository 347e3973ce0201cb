"""Regenerate docs/screenshot.png: the seed report's story page, three outlets side by side, with the
note of a loaded expression shown on hover. Needs Chromium (/usr/bin/chromium) and playwright.

    .venv/bin/python docs/screenshot.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic"]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report"
        framing = str(Path(sys.executable).with_name("framing"))
        subprocess.run([framing, "report", str(ROOT / "seeds"), "--out", str(out), "--quiet"], check=True)
        story = max(
            (p for p in (out / "stories").glob("*.html") if p.name != "index.html"),
            key=lambda p: p.read_text("utf-8").count('<article class="column"'),
        )
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            page.goto(story.as_uri())
            page.evaluate("document.getElementById('texts-h').scrollIntoView()")
            target = "article.column:nth-of-type(2) mark.f-loaded[id]"
            if not page.locator(target).count():
                target = "mark.hl[id]"
            page.locator(target).nth(1 if page.locator(target).count() > 1 else 0).hover()
            page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
            browser.close()
    print(f"docs/screenshot.png from {story.name}")


if __name__ == "__main__":
    main()
