"""Regenerate the screenshots of the lesson guide (docs/classroom.md) from the real seed report, in French
and in English: the overview, a worksheet before any answer, the same worksheet with the loaded words
revealed, and the story page with a note shown. Needs Chromium (/usr/bin/chromium) and playwright.

    .venv/bin/python docs/classroom_screenshots.py

The images are reduced to a small palette (Pillow) so that they stay small in the repository.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "classroom"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic"]
VIEWPORT = {"width": 1100, "height": 680}
COLOURS = 64


def build_report(out: Path, lang: str) -> None:
    framing = str(Path(sys.executable).with_name("framing"))
    command = [framing, "report", str(ROOT / "seeds"), "--exercise", "--out", str(out), "--quiet", "--ui", lang]
    subprocess.run(command, check=True)


def largest(folder: Path) -> Path:
    """The page of the story told by the most articles (the seed story of 000, 001 and 002)."""
    pages = [p for p in folder.glob("*.html") if p.name != "index.html"]
    return max(pages, key=lambda p: p.read_text("utf-8").count('<article class="column"'))


def save(page: Page, name: str) -> None:
    path = OUT / name
    page.screenshot(path=str(path))
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT)
        small.save(path, optimize=True)
    print(f"docs/classroom/{name}: {path.stat().st_size // 1024} kB")


def shoot(page: Page, report: Path, lang: str) -> None:
    page.goto((report / "index.html").as_uri())
    save(page, f"overview.{lang}.png")

    worksheet = largest(report / "exercises")
    page.goto(worksheet.as_uri())
    page.evaluate("document.getElementById('ex-texts-h').scrollIntoView()")
    save(page, f"worksheet.{lang}.png")
    page.evaluate("document.getElementById('ex-q-h').scrollIntoView()")
    save(page, f"questions.{lang}.png")
    page.click("button.reveal[aria-controls='answers-loaded']")
    page.click("button.reveal[aria-controls='answers-sources']")
    page.evaluate("document.getElementById('ex-texts-h').scrollIntoView()")
    save(page, f"answers.{lang}.png")

    page.goto(largest(report / "stories").as_uri())
    page.evaluate("document.getElementById('texts-h').scrollIntoView()")
    marks = page.locator("article.column:nth-of-type(2) mark.f-loaded[id]")
    if marks.count():
        marks.first.hover()
    save(page, f"story.{lang}.png")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for lang in ("fr", "en"):
            report = Path(tmp) / f"report-{lang}"
            build_report(report, lang)
            page = browser.new_page(viewport=VIEWPORT)
            shoot(page, report, lang)
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
