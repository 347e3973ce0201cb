"""A strict little HTML checker for the report tests (standard library only).

It records text, tags and attributes and fails on a closing tag that does not match the open one,
so "valid nesting" and "this script is the only script" are checked on the real output.
"""

from __future__ import annotations

from html.parser import HTMLParser

VOID = {"meta", "link", "br", "input", "img", "hr", "wbr", "col", "area", "base", "source"}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.text_of: dict[str, list[str]] = {}
        self._capture: list[tuple[str, int]] = []
        self._in_script = False
        self._svg_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "svg":
            self._svg_depth += 1
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        ident = attributes.get("id")
        if (ident and ident in ("article-text",)) or (attributes.get("class") or "").split()[:1] == ["article-text"]:
            key = ident or f"article-text-{len(self.text_of)}"
            self.text_of[key] = []
            self._capture.append((key, len(self.stack)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))  # self-closing (SVG): nothing to push

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        if self._capture and self._capture[-1][1] == len(self.stack):
            self._capture.pop()
        self.stack.pop()
        if tag == "script":
            self._in_script = False
        if tag == "svg":
            self._svg_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        for key, _depth in self._capture:
            self.text_of[key].append(data)

    def texts(self) -> list[str]:
        return ["".join(parts) for parts in self.text_of.values()]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page
