"""Regenerate docs/serve-screenshot.png: the `framing serve` page with a seed article pasted, its evidence
highlighted and the note of a loaded expression shown on hover. Starts a real service (with the seeds
as its corpus) on a free port. Needs Chromium (/usr/bin/chromium) and playwright.

    .venv/bin/python docs/serve_screenshot.py
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic"]


def main() -> None:
    framing = str(Path(sys.executable).with_name("framing"))
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "XDG_RUNTIME_DIR": tmp}
        cmd = [framing, "serve", "--port", "0", "--corpus", str(ROOT / "seeds")]
        service = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
        try:
            assert service.stderr is not None
            url = next(m.group(0) for line in service.stderr if (m := re.search(r"http://\S+:\d+/", line)))
            text = sorted((ROOT / "seeds").glob("*.txt"))[2].read_text(encoding="utf-8")
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(url)
                page.fill("#serve-text", text)
                page.fill("#serve-outlet", "pasted")
                with page.expect_navigation():
                    page.click("#serve-submit")
                page.evaluate("document.getElementById('text-h').scrollIntoView()")
                page.locator("mark.f-loaded[id]").first.hover()
                page.screenshot(path=str(ROOT / "docs" / "serve-screenshot.png"))
                browser.close()
        finally:
            service.terminate()
            service.wait(timeout=30)
    print("docs/serve-screenshot.png")


if __name__ == "__main__":
    main()
