"""Inline SVG charts: deterministic bytes, escaped labels, text kept as text, readable without colour."""

from __future__ import annotations

import re

from framing.render.charts import IntervalRow, interval_chart, share_chart

HOSTILE = "<script>alert(1)</script> $x^2$ & co"


def _interval(chart_id: str = "c1") -> str:
    rows = [IntervalRow(HOSTILE, 3.25, 1.5, 5.0), IntervalRow("Small outlet", 1.0, None, None, too_small=True)]
    svg = interval_chart(rows, chart_id=chart_id, title="Loaded /1k", formatter=lambda v: f"{v:.1f}", description="d")
    assert svg is not None
    return str(svg)


def _share() -> str:
    svg = share_chart(
        [("A", {"anonymous": 3, "named_person": 5, "institution": 2}), ("B", {"institution": 4}), ("Empty", {})],
        categories=["named_person", "institution", "anonymous"],
        category_labels={"named_person": "Named person", "institution": "Institution", "anonymous": "Anonymous"},
        chart_id="c2",
        title="Speakers",
        description="Share of attributions by speaker type",
    )
    assert svg is not None
    return str(svg)


def test_charts_are_byte_identical_between_runs() -> None:
    assert _interval() == _interval()
    assert _share() == _share()


def test_svg_is_inline_without_metadata_dates_or_fonts() -> None:
    svg = _interval()
    assert svg.startswith("<svg ") and "<?xml" not in svg and "<!DOCTYPE" not in svg
    assert "<dc:date>" not in svg and "<metadata>" not in svg
    assert "@font-face" not in svg and "<image" not in svg
    assert 'role="img"' in svg and 'aria-label="d"' in svg


def test_labels_are_escaped_text_not_markup_or_math() -> None:
    svg = _interval()
    assert "<script" not in svg
    assert "&lt;script&gt;" in svg  # the outlet name is there, as text (svg.fonttype none)
    assert "$x^2$" in svg  # no mathtext: a dollar sign is a dollar sign


def test_values_are_written_on_the_chart_and_small_groups_say_so() -> None:
    svg = _interval()
    assert "3.2" in svg and "(too small)" in svg
    share = _share()
    assert "50%" in share and "100%" in share  # direct percentage labels on segments
    assert "Empty" not in share  # a group with no attributions is left out, not drawn as 0


def test_categories_differ_by_hatch_as_well_as_colour() -> None:
    share = _share()
    patterns = set(re.findall(r'<pattern id="([^"]+)"', share))
    assert len(patterns) >= 2  # institution and anonymous segments hatched differently; named is plain
    assert "Named person" in share and "Anonymous" in share  # legend names them


def test_ids_are_scoped_so_several_charts_share_a_page() -> None:
    a, b = _interval("first"), _interval("second")
    ids_a = set(re.findall(r'\bid="([^"]+)"', a))
    ids_b = set(re.findall(r'\bid="([^"]+)"', b))
    assert not ids_a & ids_b
    for ref in re.findall(r"url\(#([^)]+)\)", a):
        assert ref in ids_a


def test_no_chart_without_values() -> None:
    assert interval_chart([IntervalRow("A", None)], chart_id="x", title="t", formatter=str, description="d") is None
