"""Highlighted article text: nested or split marks built from offsets, every character once, escaped."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from report_parse import parse

from framing.render.highlight import Highlight, render_highlighted


def _wrap(body: str) -> str:
    return f'<div class="article-text">{body}</div>'


def _marks(html: str) -> list[dict[str, str | None]]:
    return [attrs for tag, attrs in parse(html).tags if tag == "mark"]


def test_nested_spans_nest_and_crossing_spans_split() -> None:
    text = "Selon un responsable, l'armée aurait frappé."
    spans = [
        Highlight(0, 20, "attribution", "st-anonymous", "who", "attr-0"),
        Highlight(9, 20, "loaded", "c-x", "inner", "loaded-0"),
        Highlight(15, 35, "hedge", "", "crossing", "hedge-0"),  # crosses the end of attr-0
    ]
    html = str(render_highlighted(text, spans))
    page = parse(_wrap(html))
    assert page.errors == []
    assert page.texts() == [text]
    marks = _marks(html)
    ids = [m.get("id") for m in marks if m.get("id")]
    assert sorted(ids) == ["attr-0", "hedge-0", "loaded-0"]  # one id (and tab stop) per span
    continuation = [m for m in marks if "cont" in (m.get("class") or "").split()]
    assert len(continuation) == 1 and continuation[0]["data-tip"] == "crossing"
    assert all(m.get("tabindex") == "0" for m in marks if m.get("id"))
    assert all(m.get("aria-describedby") == m["id"] + "-d" for m in marks if m.get("id"))


def test_corpus_text_and_notes_are_escaped() -> None:
    text = 'a <script>alert(1)</script> & "x" <img src=x onerror=alert(2)> javascript:alert(3)\r\nz'
    note = '"><script>alert(4)</script>'
    html = str(render_highlighted(text, [Highlight(2, 30, "loaded", "c-x", note, "loaded-0")]))
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&#34;&gt;&lt;script&gt;" in html
    assert "&#13;" in html  # CR survives HTML parsing as itself
    page = parse(_wrap(html))
    assert page.texts() == [text]
    assert [t for t, _ in page.tags] == ["div", "mark"]


def test_out_of_range_spans_are_skipped_not_rendered() -> None:
    text = "short"
    html = str(
        render_highlighted(text, [Highlight(3, 99, "loaded", "", "bad", "x"), Highlight(2, 2, "hedge", "", "e", "y")])
    )
    assert html == "short"


span_strategy = st.tuples(st.integers(0, 60), st.integers(1, 30), st.sampled_from(["loaded", "hedge", "quote"]))


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=60),
    raw=st.lists(span_strategy, max_size=12),
)
def test_any_spans_give_valid_html_with_the_exact_text(text: str, raw: list[tuple[int, int, str]]) -> None:
    spans = [
        Highlight(s, min(s + n, len(text)), fam, "", f"tip {i} <&>", f"{fam}-{i}")
        for i, (s, n, fam) in enumerate(raw)
        if s < len(text)
    ]
    html = str(render_highlighted(text, spans))
    page = parse(_wrap(html))
    assert page.errors == []
    assert page.texts() == [text]
    assert len(re.findall(r"<mark ", html)) >= len([s for s in spans if s.start < s.end])
