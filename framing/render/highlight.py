"""Article text as HTML with every evidence span highlighted, built from character offsets.

Evidence spans overlap (a loaded word inside a quote inside an attribution's content; a hedge that
crosses the end of a quote). HTML elements must nest, so the text is cut at every span boundary and
each piece is wrapped in the marks active over it, outermost first (earlier start, then longer span).
A span that crosses another is split: its first piece carries the id, the tab stop and the
description link; later pieces are marked as continuations and show the same tooltip on hover.
Every character of the text appears exactly once, escaped, so the element's textContent is the text.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Highlight:
    """One span to mark: offsets into the text, its family and label, and the tooltip text."""

    start: int
    end: int
    family: str  # loaded | hedge | booster | attribution | quote
    css: str  # extra classes, e.g. "c-dramatizing" or "st-anonymous"
    tip: str  # shown on hover/focus (category, note, neutral alternative...)
    anchor: str  # stable id within the article, e.g. "loaded-3"
    short: str = ""  # tiny label drawn beside the span (for grayscale and print), not part of the text


def escape_text(text: str) -> str:
    """HTML-escape text so the browser's DOM holds exactly these characters.

    Beyond <, >, &, quotes: a carriage return would be folded into the next line feed by the HTML
    parser, so it is written as a character reference.
    """
    return str(escape(text)).replace("\r", "&#13;")


def render_highlighted(text: str, highlights: Iterable[Highlight], *, prefix: str = "") -> Markup:
    """The text with nested <mark> elements; `prefix` keeps ids unique when several articles share a page."""
    spans = sorted(
        (h for h in highlights if 0 <= h.start < h.end <= len(text)),
        key=lambda h: (h.start, -h.end, h.family, h.anchor),
    )
    order = {id(h): i for i, h in enumerate(spans)}
    starts: dict[int, list[Highlight]] = {}
    ends: dict[int, list[Highlight]] = {}
    for h in spans:
        starts.setdefault(h.start, []).append(h)
        ends.setdefault(h.end, []).append(h)
    bounds = sorted({0, len(text), *starts, *ends})

    out: list[str] = []
    open_stack: list[Highlight] = []
    active: dict[int, Highlight] = {}
    opened: set[int] = set()
    for a, b in itertools.pairwise(bounds):
        for h in ends.get(a, ()):
            active.pop(id(h), None)
        for h in starts.get(a, ()):
            active[id(h)] = h
        wanted = sorted(active.values(), key=lambda h: order[id(h)])
        keep = 0
        while keep < len(open_stack) and keep < len(wanted) and open_stack[keep] is wanted[keep]:
            keep += 1
        out.append("</mark>" * (len(open_stack) - keep))
        for h in wanted[keep:]:
            out.append(_open_tag(h, prefix, first=id(h) not in opened))
            opened.add(id(h))
        open_stack = wanted
        out.append(escape_text(text[a:b]))
    out.append("</mark>" * len(open_stack))
    return Markup("".join(out))


def _open_tag(h: Highlight, prefix: str, *, first: bool) -> str:
    classes = f"hl f-{h.family} {h.css}".strip()
    attrs = [f'data-tip="{escape(h.tip)}"']
    if h.short:
        attrs.append(f'data-short="{escape(h.short)}"')
    if first:
        ident = f"{prefix}{h.anchor}"
        attrs.insert(0, f'id="{escape(ident)}" tabindex="0" aria-describedby="{escape(ident)}-d"')
    else:
        classes += " cont"
    return f'<mark class="{escape(classes)}" {" ".join(attrs)}>'


def check_offsets(text: str, highlights: Sequence[Highlight]) -> list[Highlight]:
    """Spans whose offsets fall outside the text (skipped by the renderer, reported by the caller)."""
    return [h for h in highlights if not (0 <= h.start < h.end <= len(text))]
