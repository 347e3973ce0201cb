"""The tabular commands end to end (compare, stories, analyze --against, export) and 100-column tables."""

from __future__ import annotations

import csv
import functools
import http.server
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from synthetic import make_analysis
from typer.testing import CliRunner

from framing.cli import app
from framing.differences import compare_two
from framing.profiles import METRICS, build_profiles, metric_names
from framing.render.tables import (
    comparison_table,
    nearest_table,
    profile_tables,
    score_table,
    stories_table,
    terms_table,
)
from framing.scoring import score_against, score_rows

CITIES = ("Lyon", "Nantes", "Rennes", "Lille", "Brest", "Dijon", "Tours", "Nancy")


def alpha_text(i: int) -> str:
    city = CITIES[i]
    return (
        f"Selon un responsable qui a requis l'anonymat, la municipalité de {city} pourrait augmenter les impôts "
        f"locaux de {i + 3} % l'an prochain. Cette hausse apparemment inévitable serait liée à la rénovation des "
        f"écoles, a indiqué une source proche du dossier. « Nous n'avons pas le choix », a confié un élu."
    )


def beta_text(i: int) -> str:
    city = CITIES[i]
    return (
        f"Le maire de {city}, Jean Martin{i}, a annoncé mardi une hausse de {i + 3} % des impôts locaux pour "
        f"financer la rénovation des écoles. « Les travaux commenceront en mars », a déclaré Marie Durand{i}, "
        f"adjointe aux finances, lors du conseil municipal."
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-corpus") / "corpus.jsonl"
    rows = []
    for i in range(4):
        rows.append({"text": alpha_text(i), "outlet": "Alpha", "date": f"2025-03-0{i + 1}", "lang": "fr"})
        rows.append({"text": beta_text(i + 4), "outlet": "Beta", "date": f"2025-03-0{i + 1}", "lang": "fr"})
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_compare_json_profiles(corpus: Path) -> None:
    result = invoke("compare", str(corpus), "--no-html", "--format", "json", "--n-boot", "200")
    assert result.exit_code == 0, result.output
    profiles = {p["group"]: p for p in json.loads(result.stdout)}
    assert set(profiles) == {"Alpha", "Beta"}
    alpha = profiles["Alpha"]
    assert alpha["articles"] == 4 and not alpha["too_small"]
    ease = alpha["metrics"]["reading_ease"]
    assert ease["low"] <= ease["value"] <= ease["high"]
    assert "quoted_share" in alpha["metrics"]
    assert alpha["reading_ease_formula"].startswith("fr: Kandel")


def test_compare_csv_is_tidy(corpus: Path) -> None:
    result = invoke("compare", str(corpus), "--no-html", "-f", "csv", "-m", "all", "--n-boot", "200")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    metrics = {r["metric"] for r in rows}
    assert set(METRICS) <= metrics
    assert {r["group"] for r in rows} == {"Alpha", "Beta"}
    assert len(rows) == 2 * len(metrics)
    assert all(r["note"].startswith("fr: Kandel") for r in rows if r["metric"] == "reading_ease")


def test_compare_between_two_outlets(corpus: Path) -> None:
    result = invoke(
        "compare",
        str(corpus),
        "--no-html",
        "--between",
        "Alpha",
        "Beta",
        "-f",
        "json",
        "--correction",
        "bh",
        "-m",
        "reading_ease",
        "-m",
        "quoted_share",
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["metric"] for r in rows] == ["reading_ease", "quoted_share"]
    for row in rows:
        assert row["correction"] == "bh"
        assert 0 < row["p"] <= 1 and row["p_adjusted"] >= row["p"]
        assert row["p_exact"]  # 8 articles split 4/4: 70 relabellings, enumerated
        assert row["significant"] == (row["p_adjusted"] < 0.05)


def test_compare_between_table_marks_and_names_the_correction(corpus: Path) -> None:
    result = invoke("compare", str(corpus), "--no-html", "--between", "Alpha", "Beta")
    assert result.exit_code == 0, result.output
    assert "Holm-Bonferroni" in result.stdout
    assert "tested differences survive" in result.stdout


def test_compare_between_unknown_outlet(corpus: Path) -> None:
    result = CliRunner().invoke(app, ["compare", str(corpus), "--no-html", "--between", "Alpha", "Gamma"])
    assert result.exit_code == 2
    assert "Gamma" in result.output and "Beta" in result.output


def test_unknown_metric_is_a_usage_error(corpus: Path) -> None:
    result = CliRunner().invoke(app, ["compare", str(corpus), "--no-html", "-m", "bias_score"])
    assert result.exit_code == 2
    assert "bias_score" in result.output
    listing = invoke("compare", str(corpus), "--no-html", "-m", "list")
    assert listing.exit_code == 0
    assert "anonymous_share" in listing.stdout and "per 1k words" in listing.stdout


def test_compare_table_and_html_report(corpus: Path, tmp_path: Path) -> None:
    result = invoke("compare", str(corpus), "--html", str(tmp_path / "site"), "--n-boot", "200")
    assert result.exit_code == 0, result.output
    assert "Profiles by outlet" in result.stdout
    assert (tmp_path / "site" / "index.html").is_file()


def test_compare_by_story_and_stories(corpus: Path) -> None:
    stories = json.loads(invoke("stories", str(corpus), "-f", "json").stdout)
    assert {r["article_id"] for r in stories} and all(r["story"].startswith("S") for r in stories)
    result = invoke("compare", str(corpus), "--no-html", "--by", "story", "-f", "json", "--n-boot", "200")
    assert result.exit_code == 0, result.output
    for row in json.loads(result.stdout):
        assert row["story"] and row["by"] == "outlet"


def test_analyze_against_a_corpus(corpus: Path, tmp_path: Path) -> None:
    article = tmp_path / "nouveau.txt"
    article.write_text(alpha_text(7), encoding="utf-8")
    result = invoke("analyze", str(article), "--against", str(corpus), "-f", "json")
    assert result.exit_code == 0, result.output
    (score,) = json.loads(result.stdout)
    assert score["corpus_articles"] == 8
    assert {m["name"] for m in score["metrics"]} >= {"anonymous_share", "reading_ease"}
    assert {n["name"] for n in score["nearest"]} == {"Alpha", "Beta"}
    assert any("only 8 article" in w for w in score["warnings"])
    table = invoke("analyze", str(article), "--against", str(corpus))
    assert "percentile" in table.stdout and "Nearest outlets" in table.stdout and "warning:" in table.stdout


@pytest.fixture()
def local_site(tmp_path: Path) -> Iterator[str]:
    page = (
        "<html><head><title>Hausse des impôts</title></head><body><nav>Menu Accueil</nav><article><h1>Hausse des "
        f"impôts</h1><p>{alpha_text(6)}</p><p>{alpha_text(5)}</p></article></body></html>"
    )
    (tmp_path / "article.html").write_text(page, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/article.html"
    finally:
        server.shutdown()
        server.server_close()


def test_analyze_url_against_a_corpus(corpus: Path, local_site: str) -> None:
    result = invoke("analyze", local_site, "--against", str(corpus), "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["kind"] for r in rows} == {"metric", "outlet_distance"}
    assert any(r["name"] == "reading_ease" and r["percentile"] for r in rows)


def test_export_command(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "articles.csv"
    result = invoke("export", str(corpus), "--format", "csv", "--level", "article", "--out", str(out))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert len(rows) == 8 and {r["outlet"] for r in rows} == {"Alpha", "Beta"}
    spans = invoke("export", str(corpus), "--format", "jsonl", "--out", "-").stdout.splitlines()
    for line in spans:
        row = json.loads(line)
        assert row["family"] in {"loaded", "hedge", "booster", "attribution", "quote"}


# --- Tables fit 100 columns -------------------------------------------------------------------


def wide_corpus():
    long_name = "Le Quotidien Régional Indépendant de la Vallée du Rhône et des Alpes"
    items = []
    for i in range(3):
        items.append(
            make_analysis(
                f"a{i}",
                long_name,
                1200 + i,
                loaded=[("delegitimizing_and_dehumanising", "reporter")] * (3 + i),
                speakers=[("anonymous", "distancing")] * 2,
                quote_words=[40],
                lemmas={"occupation": 4 + i},
                date=f"2025-03-0{i + 1}",
            )
        )
        items.append(
            make_analysis(
                f"b{i}",
                "Beta",
                800,
                speakers=[("named_person", "neutral")],
                lemmas={"présence": 3},
                date=f"2025-03-0{i + 1}",
                reading_ease=99.95,
            )
        )
    items.append(make_analysis("c0", "Gamma, seul", 300, lemmas={"mot": 1}))
    return items


def rendered(*renderables) -> list[str]:  # type: ignore[no-untyped-def]
    console = Console(width=100, record=True, file=io.StringIO(), color_system=None)
    for item in renderables:
        console.print(item)
    return console.export_text().splitlines()


def assert_fits(lines: list[str]) -> None:
    assert lines
    assert max(len(line) for line in lines) <= 100
    assert not any("…" in line for line in lines)


def test_profile_tables_fit_100_columns_and_mark_small_groups() -> None:
    items = wide_corpus()
    profiles = build_profiles(items, n_boot=200)
    lines = rendered(*profile_tables(profiles, metric_names(items), title="Profiles"), terms_table(profiles))
    assert_fits(lines)
    text = "\n".join(lines)
    assert "too small to" in text and "n<3" in text
    assert "Vallée" in text and "100.0%" in text


def test_comparison_story_and_score_tables_fit_100_columns() -> None:
    items = wide_corpus()
    long_name = items[0].article.outlet
    rows = compare_two(items, long_name, "Beta", metric_names(items), n_boot=200)
    assert_fits(rendered(comparison_table(rows, long_name, "Beta", "holm", 0.05)))
    story_rows = [
        {
            "story": "S12",
            "dates": "2025-09 – 2025-10-01",
            "outlet": long_name,
            "article_id": "x" * 40,
            "similarity": 0.5,
            "label": "irak, coalition, retrait, bagdad",
            "first": True,
            "last": True,
        }
    ]
    assert_fits(rendered(stories_table(story_rows)))
    score = score_rows(score_against(items[0], items))
    assert_fits(rendered(score_table([r for r in score if r["kind"] == "metric"], long_name)))
    assert_fits(rendered(nearest_table([r for r in score if r["kind"] == "outlet_distance"])))


def test_corpus_text_in_tables_is_never_markup() -> None:
    items = [
        make_analysis(f"a{i}", "[/bogus][red]Rouge\x1b[2J", 100, loaded=[("[b]cat", "reporter")]) for i in range(3)
    ]
    items += [make_analysis(f"b{i}", "", 100) for i in range(3)]
    profiles = build_profiles(items, n_boot=200)
    names = metric_names(items)
    rows = compare_two(items, items[0].article.outlet, "", names, n_boot=200)
    text = "\n".join(
        rendered(
            *profile_tables(profiles, names),
            terms_table(profiles),
            comparison_table(rows, items[0].article.outlet, "", "holm", 0.05),
        )
    )
    assert "[/bogus][red]Rouge" in text and "\x1b" not in text
    assert "[b]cat" in text and "(blank)" in text
