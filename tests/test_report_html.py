"""The HTML report site: pages, links, escaping, safe names, determinism, atomic replacement, size.

Built from synthetic analyses and hand-made profiles (no spaCy), so these tests are fast and test the
renderer; tests/test_report_cli.py runs the real command end to end.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from report_helpers import PIECES, make_analysis, site_data, synthetic_corpus
from report_parse import parse

from framing.render.html import _assets, write_site
from framing.safe_names import SAFE_STEM

HOSTILE = "<script>window.__xss=1</script> <img src=x onerror=window.__xss=2> </textarea> javascript:alert(3)"
HOSTILE_OUTLETS = ["../../x", "CON", "A" * 300, "", HOSTILE, "Le Monde"]


def hostile_corpus() -> list:
    analyses = []
    for n, outlet in enumerate(HOSTILE_OUTLETS):
        for k in range(3 if outlet == "Le Monde" else 1):
            analyses.append(
                make_analysis(
                    f"{outlet}-{k}" if outlet else f"empty-{k}",
                    outlet,
                    title=HOSTILE if n % 2 else f"Titre {n}",
                    extra_text=f"\r\n\r\n{HOSTILE} «\u202fcité\u202f» e\u0301 🙂",
                )
            )
    return analyses


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "report"
    analyses = hostile_corpus()
    write_site(analyses, out, data=site_data(analyses))
    return out


def pages(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def test_site_has_index_outlet_story_and_article_pages(site: Path) -> None:
    names = {str(p.relative_to(site)) for p in pages(site)}
    assert "index.html" in names
    assert sum(n.startswith("outlets/") and n != "outlets/index.html" for n in names) == len(HOSTILE_OUTLETS)
    assert "outlets/index.html" in names
    assert sum(n.startswith("articles/") and n != "articles/index.html" for n in names) == len(hostile_corpus())
    assert any(n.startswith("stories/") and n != "stories/index.html" for n in names)


def test_file_names_are_safe_and_inside_the_folder(site: Path) -> None:
    for path in site.rglob("*"):
        assert site.resolve() in path.resolve().parents
        if path.suffix == ".html" and path.name != "index.html":
            assert SAFE_STEM.match(path.stem), path.name
            assert len(path.name) < 80
    assert not (site.parent / "x").exists() and not (site.parent.parent / "x").exists()


def test_every_link_is_relative_and_resolves(site: Path) -> None:
    for page in pages(site):
        for tag, attrs in parse(page.read_text("utf-8")).tags:
            for key in ("href", "src", "action", "xlink:href"):
                value = attrs.get(key)
                if value is None or value.startswith("#"):
                    continue
                parts = urlsplit(value)
                assert not parts.scheme and not parts.netloc, f"{page}: {tag} {key}={value}"
                target = (page.parent / unquote(parts.path)).resolve()
                assert target.is_file(), f"{page}: broken link {value}"


def test_hostile_strings_are_text_never_markup(site: Path) -> None:
    _css, js, _hash = _assets()
    for page in pages(site):
        html = page.read_text("utf-8")
        parsed = parse(html)
        assert parsed.errors == [], page
        assert parsed.scripts == [str(js)], f"{page}: a script other than the report's own"
        for tag, attrs in parsed.tags:
            assert tag not in ("img", "iframe", "object", "embed", "textarea", "link"), f"{page}: <{tag}>"
            for key, value in attrs.items():
                assert not key.startswith("on"), f"{page}: event handler {key}"
                assert not (value or "").strip().lower().startswith("javascript:"), f"{page}: {key}={value}"
        assert "window.__xss" not in " ".join(parsed.scripts)
    index = (site / "index.html").read_text("utf-8")
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in index  # shown, as text


def test_article_text_is_complete_and_exact(site: Path) -> None:
    analyses = hostile_corpus()
    texts = set()
    for page in (site / "articles").glob("*.html"):
        if page.name != "index.html":
            texts.update(parse(page.read_text("utf-8")).texts())
    assert texts == {a.text for a in analyses}


def test_content_security_policy_blocks_network_and_foreign_scripts(site: Path) -> None:
    for page in pages(site):
        html = page.read_text("utf-8")
        metas = [a for t, a in parse(html).tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
        assert len(metas) == 1, page
        csp = metas[0]["content"] or ""
        assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "connect-src" not in csp
        assert "http://" not in html.replace("http://www.w3.org/", "") or "xmlns" in html  # SVG namespaces only
        assert not re.search(r"(src|href)=\"(https?:)?//", html)
        assert "@import" not in html and "url(http" not in html


def test_too_small_groups_are_visibly_marked(site: Path) -> None:
    index = (site / "index.html").read_text("utf-8")
    rows = re.findall(r"<tr[^>]*>.*?</tr>", index, flags=re.S)
    small = [r for r in rows if "too small to compare" in r]
    assert len(small) == len(HOSTILE_OUTLETS) - 1  # every outlet but Le Monde has 1 article
    monde = next(r for r in rows if "Le Monde" in r)
    assert "too small" not in monde and 'class="ci"' in monde  # intervals shown where they exist


def test_outlet_page_links_anonymous_examples_to_article_spans(site: Path) -> None:
    page = next(p for p in (site / "outlets").glob("le-monde-*.html"))
    html = page.read_text("utf-8")
    links = re.findall(r'href="(\.\./articles/[^"#]+\.html)#(attr-\d+)"', html)
    assert links
    for rel, anchor in links:
        article = (page.parent / rel).read_text("utf-8")
        assert f'id="{anchor}"' in article and "st-anonymous" in article


def test_same_input_gives_byte_identical_site(tmp_path: Path) -> None:
    analyses = hostile_corpus()
    write_site(analyses, tmp_path / "a", data=site_data(analyses))
    write_site(analyses, tmp_path / "b", data=site_data(analyses))
    files_a = {str(p.relative_to(tmp_path / "a")): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    files_b = {str(p.relative_to(tmp_path / "b")): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert files_a == files_b
    assert not any(re.search(rb"20\d\d-\d\d-\d\dT|Generated", v) for v in files_a.values())


def test_generation_time_only_when_asked(tmp_path: Path) -> None:
    analyses = hostile_corpus()[:3]
    index = write_site(analyses, tmp_path / "r", data=site_data(analyses, generated_at="2030-01-01 10:00 UTC"))
    assert "Generated 2030-01-01 10:00 UTC" in index.read_text("utf-8")


def test_failed_render_keeps_the_previous_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    analyses = hostile_corpus()
    out = tmp_path / "report"
    write_site(analyses, out, data=site_data(analyses))
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    import framing.render.html as html_module

    def broken(*_a: object, **_k: object) -> dict:
        raise RuntimeError("crash while rendering an article page")

    monkeypatch.setattr(html_module, "_article_context", broken)
    with pytest.raises(RuntimeError):
        write_site(analyses[:2], out, data=site_data(analyses[:2]))
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["report"]


def test_index_stays_small_with_1000_articles(tmp_path: Path) -> None:
    analyses = synthetic_corpus(1000, outlets=15)
    index = write_site(analyses, tmp_path / "big", data=site_data(analyses))
    assert index.stat().st_size < 1_000_000
    article_pages = [p for p in (tmp_path / "big" / "articles").glob("*.html") if p.name != "index.html"]
    assert len(article_pages) == 1000
    # The index aggregates: it links to the article list, not to every article.
    assert index.read_text("utf-8").count('href="articles/') <= 2


def test_index_stays_small_when_every_article_has_its_own_outlet(tmp_path: Path) -> None:
    analyses = synthetic_corpus(1000, outlets=1000)
    from framing.render.html import INDEX_GROUP_LIMIT, _index_context, _Site, render_pages

    data = site_data(analyses)
    pages = render_pages(data)
    _path, index = next(pages)
    assert len(index.encode("utf-8")) < 1_000_000
    assert f"({1000 - INDEX_GROUP_LIMIT} smaller ones are not in this table)" in index
    path, full_list = next(pages)
    assert path == "outlets/index.html" and full_list.count('<tr class="too-small-row">') == 1000
    assert _index_context(_Site(data))["more_groups"] == 1000 - INDEX_GROUP_LIMIT


def test_story_page_puts_outlets_side_by_side() -> None:
    analyses = [make_analysis(f"s{i}", f"Outlet {i}", pieces=PIECES, title=f"T{i}") for i in range(3)]
    from framing.render.html import render_pages

    rendered = dict(render_pages(site_data(analyses)))
    story = next(html for path, html in rendered.items() if path.startswith("stories/") and "index" not in path)
    assert story.count('<article class="column"') == 3
    for i in range(3):
        assert f"Outlet {i}" in story
    assert len(parse(story).texts()) == 3
    ids = re.findall(r'\bid="([^"]+)"', story)
    assert len(ids) == len(set(ids))  # ids stay unique with several articles on one page
    for described in re.findall(r'aria-describedby="([^"]+)"', story):
        assert f'id="{described}"' in story


def test_outlet_page_lists_named_speakers_only(site: Path) -> None:
    page = next(p for p in (site / "outlets").glob("le-monde-*.html")).read_text("utf-8")
    speakers = re.search(r'<ol class="speakers">(.*?)</ol>', page, flags=re.S)
    assert speakers and "Jean Dupont" in speakers.group(1)
    assert "responsable" not in speakers.group(1)  # anonymous sources are not "speakers" to rank
    assert "words quoted" in speakers.group(1)


def test_span_with_offsets_outside_the_text_is_reported_not_rendered(tmp_path: Path) -> None:
    from dataclasses import replace

    from framing.types import LoadedHit

    base = make_analysis("bad", "Le Monde")
    broken = replace(base, loaded=[*base.loaded, LoadedHit(5, 10_000, "x", "emotive", "t", "reporter", "n")])
    write_site([broken], tmp_path / "r", data=site_data([broken]))
    html = next(p for p in (tmp_path / "r" / "articles").glob("bad-*.html")).read_text("utf-8")
    assert "1 span with offsets outside the text could not be highlighted" in html
    assert parse(html).texts() == [broken.text]


def test_blank_outlet_names_stay_visible_links(site: Path) -> None:
    index = (site / "index.html").read_text("utf-8")
    assert re.search(r'<a href="outlets/x-[0-9a-f]{10}\.html">\(blank\)</a>', index)


def test_ids_are_unique_and_every_in_page_reference_resolves(site: Path) -> None:
    for page in pages(site):
        html = page.read_text("utf-8")
        tags = parse(html).tags
        ids = [attrs["id"] for _t, attrs in tags if attrs.get("id")]
        assert len(ids) == len(set(ids)), f"{page}: duplicate ids"
        known = set(ids)
        for _t, attrs in tags:
            for ref in (attrs.get("aria-describedby") or "").split() + (attrs.get("aria-labelledby") or "").split():
                assert ref in known, f"{page}: aria reference to missing #{ref}"
            href = attrs.get("href") or ""
            if href.startswith("#") and len(href) > 1:
                assert href[1:] in known, f"{page}: link to missing {href}"
