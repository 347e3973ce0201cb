"""Every input format and encoding `load_corpus` accepts, checked on what users get back."""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest
from corpus_samples import english_text, french_text, write_good_folder

from framing.corpus import UNKNOWN_OUTLET, CorpusOptions, load_corpus
from framing.errors import ProblemLog
from framing.types import Article


def load(*paths: str | Path, **kwargs: object) -> tuple[list[Article], ProblemLog]:
    problems = ProblemLog()
    articles = list(load_corpus([str(p) for p in paths], problems, **kwargs))
    return articles, problems


def messages(problems: ProblemLog) -> list[str]:
    return [f"{p.severity}: {p}" for p in problems.problems]


# --- folders, front matter, sidecars -------------------------------------------------------------


def test_folder_of_text_files_with_sidecar_json(tmp_path: Path) -> None:
    ids = write_good_folder(tmp_path, 3)
    articles, problems = load(tmp_path)
    assert [a.id for a in articles] == ids
    assert [a.outlet for a in articles] == ["Journal 0", "Journal 1", "Journal 0"]
    assert articles[0].date == "2024-01-01"
    assert articles[0].text == french_text(0) + "\n"  # exactly as in the file, newline included
    assert articles[0].path == str(tmp_path / "good_0.txt")
    assert problems.problems == []


def test_sidecar_about_key_ignored_and_extra_keys_kept_in_meta(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(french_text(1), encoding="utf-8")
    sidecar = {
        "_about": "comment, not a file",
        "a.txt": {
            "outlet": "La Gazette",
            "lang": "fr",
            "title": "Budget",
            "url": "https://x.org/a",
            "date_note": "approx.",
        },
    }
    (tmp_path / "metadata.json").write_text(json.dumps(sidecar), encoding="utf-8")
    [article], problems = load(tmp_path)
    assert (article.outlet, article.title, article.url) == ("La Gazette", "Budget", "https://x.org/a")
    assert article.meta["date_note"] == "approx."
    assert not problems.problems


def test_sidecar_csv_and_unused_entry_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(french_text(1), encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,outlet,lang\na.txt,Le Courrier,fr\nmissing.txt,X,fr\n", encoding="utf-8"
    )
    [article], problems = load(tmp_path)
    assert article.outlet == "Le Courrier"
    assert any("'missing.txt' matches no article file" in m for m in messages(problems))


def test_sidecar_applies_to_a_single_file_argument(tmp_path: Path) -> None:
    write_good_folder(tmp_path, 2)
    [article], _ = load(tmp_path / "good_1.txt")
    assert article.outlet == "Journal 1"


def test_recursive_walk_is_sorted_and_ignores_non_articles(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "z.txt").write_text(french_text(1), encoding="utf-8")
    (tmp_path / "a" / "y.md").write_text(french_text(2), encoding="utf-8")
    (tmp_path / "c.txt").write_text(french_text(3), encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "manifest.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(french_text(4), encoding="utf-8")
    articles, problems = load(tmp_path)
    assert [a.id for a in articles] == ["y", "z", "c"]
    assert not problems.skipped


def test_front_matter_is_metadata_and_text_is_the_body(tmp_path: Path) -> None:
    body = french_text(5) + "\n"
    content = "---\ntitle: Le budget\noutlet: Le Matin\ndate: 2024-03-05\nauthor: A. B.\n---\n" + body
    (tmp_path / "a.md").write_text(content, encoding="utf-8")
    [article], _ = load(tmp_path / "a.md")
    assert article.text == body
    assert (article.title, article.outlet, article.date) == ("Le budget", "Le Matin", "2024-03-05")
    assert article.meta["author"] == "A. B."
    offset = article.meta["body_offset"]
    assert content[offset:] == body  # where the analysed text starts in the file


def test_front_matter_wins_over_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\noutlet: Front\n---\n" + french_text(1), encoding="utf-8")
    (tmp_path / "metadata.json").write_text(json.dumps({"a.md": {"outlet": "Side", "title": "T"}}), encoding="utf-8")
    [article], _ = load(tmp_path)
    assert (article.outlet, article.title) == ("Front", "T")


def test_front_matter_with_crlf_newlines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(("---\r\noutlet: W\r\n---\r\n" + french_text(1).replace(". ", ".\r\n")).encode())
    [article], _ = load(tmp_path)
    assert article.outlet == "W"
    assert "\r\n" in article.text and not article.text.startswith("\r\n")


# --- tables ---------------------------------------------------------------------------------------


def test_jsonl_rows_ids_and_extra_keys(tmp_path: Path) -> None:
    rows = [
        {"text": french_text(1), "outlet": "A", "lang": "fr", "title": "Un", "url": "u1", "date": "2024-01-01"},
        {"id": "custom", "text": english_text(1), "outlet": "B", "section": "world"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    articles, problems = load(path)
    assert [a.id for a in articles] == ["feed:1", "custom"]
    assert [a.lang for a in articles] == ["fr", "en"]
    assert articles[0].title == "Un" and articles[0].url == "u1"
    assert articles[1].meta["section"] == "world" and articles[1].meta["line"] == 2
    assert not problems.skipped


def test_jsonl_bad_line_named_and_the_rest_read(tmp_path: Path) -> None:
    lines = [json.dumps({"text": french_text(i), "outlet": "A"}) for i in range(10)]
    lines[2] = '{"text": "cassé", "outlet": '
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, problems = load(path)
    assert len(articles) == 9
    [error] = problems.skipped
    assert (error.path, error.line) == (str(path), 3)
    assert "invalid JSON" in error.message


def test_jsonl_non_object_and_missing_text(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('[1, 2]\n{"outlet": "A"}\n{"text": 42}\n', encoding="utf-8")
    articles, problems = load(path)
    assert articles == []
    assert [p.line for p in problems.skipped] == [1, 2, 3]


def test_csv_with_quoted_newlines_and_doubled_quotes(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    text = 'Première ligne, avec une virgule.\nLe préfet a "confirmé" la fermeture de la route départementale.'
    path.write_text(
        'id,text,outlet,lang\nq1,"' + text.replace('"', '""') + '",Le Courrier,fr\nq2,"' + french_text(2) + '",X,fr\n',
        encoding="utf-8",
    )
    articles, problems = load(path)
    assert [a.id for a in articles] == ["q1", "q2"]
    assert articles[0].text == text
    assert articles[0].outlet == "Le Courrier"
    assert articles[1].meta["line"] == 4  # the second record starts on line 4 (the first spans 2-3)
    assert not problems.problems


def test_csv_semicolon_spreadsheet_export_and_row_ids(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(f"Text;Outlet;Lang\n{french_text(1)};Le Soir;fr\n{french_text(2)};Le Jour;fr\n", encoding="utf-8")
    articles, _ = load(path)
    assert [(a.id, a.outlet) for a in articles] == [("export:2", "Le Soir"), ("export:3", "Le Jour")]


def test_tsv_and_column_aliases(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text(f"headline\tbody\tsource\tlanguage\nTitre\t{french_text(1)}\tRadio X\tFrench\n", encoding="utf-8")
    [article], _ = load(path)
    assert (article.title, article.outlet, article.lang) == ("Titre", "Radio X", "fr")


def test_csv_without_text_column_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("article,outlet\nabc,X\n", encoding="utf-8")
    articles, problems = load(path)
    assert articles == []
    [error] = problems.skipped
    assert error.line == 1 and "no 'text' column" in error.message and "article, outlet" in error.message


def test_json_file_single_object_and_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": french_text(1), "outlet": "O"}), encoding="utf-8")
    (tmp_path / "many.json").write_text(
        json.dumps([{"text": french_text(2)}, {"text": french_text(3)}]), encoding="utf-8"
    )
    articles, _ = load(tmp_path / "one.json", tmp_path / "many.json")
    assert [a.id for a in articles] == ["one", "many#1", "many#2"]


def test_sidecar_entry_for_a_table_gives_defaults_to_rows(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"text": french_text(1)}) + "\n" + json.dumps({"text": french_text(2), "outlet": "Own"}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "metadata.json").write_text(json.dumps({"feed.jsonl": {"outlet": "Feed outlet"}}), encoding="utf-8")
    articles, _ = load(tmp_path)
    assert [a.outlet for a in articles] == ["Feed outlet", "Own"]


# --- HTML and stdin --------------------------------------------------------------------------------

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Réforme : le gouvernement recule</title>
<meta property="og:site_name" content="Le Quotidien"><link rel="canonical" href="https://example.org/reforme">
</head><body><nav><a href="/">Accueil</a> | <a href="/politique">Politique</a> | Connexion</nav>
<article><h1>Réforme : le gouvernement recule</h1>
<p>Le gouvernement a annoncé mercredi qu'il renonçait à sa réforme des retraites, selon un communiqué publié dans
la matinée par les services du Premier ministre.</p>
<p>« Nous avons entendu la colère », a déclaré la ministre du Travail, qui pourrait être remplacée dans les
prochains jours, selon plusieurs sources proches du dossier.</p></article>
<footer>© 2024 Le Quotidien. Tous droits réservés. Mentions légales.</footer><script>var tracker = 1;</script>
</body></html>"""


def test_saved_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [article], problems = load(tmp_path)
    assert "renonçait à sa réforme des retraites" in article.text
    assert "Nous avons entendu la colère" in article.text
    for boilerplate in ("Connexion", "Tous droits réservés", "tracker", "<p>"):
        assert boilerplate not in article.text
    assert article.title == "Réforme : le gouvernement recule"
    assert article.outlet == "Le Quotidien"  # declared by the page itself
    assert article.url == "https://example.org/reforme"
    assert article.lang == "fr" and article.id == "page"
    assert not problems.skipped


def test_html_sidecar_outlet_wins_over_page_site_name(tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "metadata.json").write_text(json.dumps({"page.htm": {"outlet": "Sidecar"}}), encoding="utf-8")
    [article], _ = load(tmp_path)
    assert article.outlet == "Sidecar"


def test_html_without_article_text_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    articles, problems = load(tmp_path)
    assert articles == [] and "no article text" in problems.skipped[0].message


def test_stdin_article_with_front_matter() -> None:
    data = ("---\noutlet: Pipe\nlang: fr\n---\n" + french_text(4)).encode("utf-8")
    [article], _ = load("-", stdin=io.BytesIO(data))
    assert (article.id, article.outlet, article.path, article.text) == ("stdin", "Pipe", "<stdin>", french_text(4))


# --- encodings -------------------------------------------------------------------------------------

TEXT_WITH_ACCENTS = "L'été dernier, la préfète a déclaré « être très inquiète » de la sécheresse qui frappe la région."


@pytest.mark.parametrize(
    ("encoded", "expected_encoding", "warned"),
    [
        (TEXT_WITH_ACCENTS.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + TEXT_WITH_ACCENTS.encode("utf-8"), "utf-8", False),
        (TEXT_WITH_ACCENTS.encode("utf-16"), "utf-16-le", False),  # Python writes a BOM
        (codecs.BOM_UTF16_BE + TEXT_WITH_ACCENTS.encode("utf-16-be"), "utf-16-be", False),
        (TEXT_WITH_ACCENTS.encode("utf-16-le"), "utf-16-le", True),  # no BOM: guessed, with a warning
        (TEXT_WITH_ACCENTS.encode("utf-32"), "utf-32-le", False),
        (TEXT_WITH_ACCENTS.encode("cp1252"), "cp1252", True),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16-no-bom", "utf32-bom", "cp1252"],
)
def test_encodings_decode_to_the_same_text(
    tmp_path: Path, encoded: bytes, expected_encoding: str, warned: bool
) -> None:
    (tmp_path / "a.txt").write_bytes(encoded)
    [article], problems = load(tmp_path / "a.txt")
    assert article.text == TEXT_WITH_ACCENTS  # BOM removed: offsets index the text without it
    assert article.meta["encoding"] == expected_encoding
    encoding_warnings = [p for p in problems.warnings if "UTF" in p.message or "cp1252" in p.message]
    assert bool(encoding_warnings) == warned


def test_cp1252_warning_says_what_happened(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(TEXT_WITH_ACCENTS.encode("cp1252"))
    _, problems = load(tmp_path)
    [warning] = [p for p in problems.warnings if "cp1252" in p.message]
    assert warning.path == str(tmp_path / "a.txt")
    assert "not valid UTF-8" in warning.message


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_tables_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "t.csv").write_bytes(f'text,outlet,lang\n"{TEXT_WITH_ACCENTS}",Été,fr\n'.encode(encoding))
    (tmp_path / "t.jsonl").write_bytes(
        (json.dumps({"text": TEXT_WITH_ACCENTS + " (bis)", "outlet": "Été"}, ensure_ascii=False) + "\n").encode(
            encoding
        )
    )
    articles, problems = load(tmp_path)
    assert [a.text for a in articles] == [TEXT_WITH_ACCENTS, TEXT_WITH_ACCENTS + " (bis)"]
    assert {a.outlet for a in articles} == {"Été"}
    assert not problems.skipped
    assert any("cp1252" in p.message for p in problems.warnings) == (encoding == "cp1252")


def test_offsets_index_the_text_as_decoded(tmp_path: Path) -> None:
    """What an analyser computes on Article.text is what users find in that text, BOM or not."""
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF8 + "« Bonjour », a-t-il dit.\r\nFin.".encode())
    [article], _ = load(tmp_path)
    start = article.text.index("Bonjour")
    assert start == 2 and article.text[start : start + 7] == "Bonjour"
    assert "\r\n" in article.text


def test_max_file_bytes_option_overrides_default(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(french_text(1), encoding="utf-8")
    articles, problems = load(tmp_path, max_file_bytes=100)
    assert articles == [] and "above the 0.0001 MB limit" in problems.skipped[0].message
    articles, _ = load(tmp_path, options=CorpusOptions(max_file_bytes=10_000))
    assert len(articles) == 1


def test_unknown_outlet_is_labelled_and_warned_once(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(french_text(i), encoding="utf-8")
    articles, problems = load(tmp_path)
    assert {a.outlet for a in articles} == {UNKNOWN_OUTLET}
    [warning] = problems.warnings
    assert "no outlet" in warning.message and "2 more articles" in warning.message


def test_sidecar_keys_may_be_paths_relative_to_its_folder(tmp_path: Path) -> None:
    (tmp_path / "2024" / "mars").mkdir(parents=True)
    (tmp_path / "2024" / "mars" / "a.txt").write_text(french_text(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(french_text(2), encoding="utf-8")
    sidecar = {"2024/mars/a.txt": {"outlet": "Nested"}, "b.txt": {"outlet": "Top"}}
    (tmp_path / "metadata.json").write_text(json.dumps(sidecar), encoding="utf-8")
    articles, problems = load(tmp_path)
    assert [(a.id, a.outlet) for a in articles] == [("a", "Nested"), ("b", "Top")]
    assert not problems.problems


def test_nearest_sidecar_wins(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(french_text(1), encoding="utf-8")
    (tmp_path / "metadata.json").write_text(json.dumps({"sub/a.txt": {"outlet": "Far"}}), encoding="utf-8")
    (tmp_path / "sub" / "metadata.json").write_text(json.dumps({"a.txt": {"outlet": "Near"}}), encoding="utf-8")
    [article], problems = load(tmp_path)
    assert article.outlet == "Near"
    assert not problems.problems  # the farther entry is overridden, not unused


def test_sidecar_entry_is_not_applied_to_a_namesake_in_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(french_text(1), encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(french_text(2), encoding="utf-8")
    (tmp_path / "metadata.json").write_text(json.dumps({"a.txt": {"outlet": "Top only"}}), encoding="utf-8")
    articles, _ = load(tmp_path)
    assert [(a.path, a.outlet) for a in articles] == [
        (str(tmp_path / "a.txt"), "Top only"),
        (str(tmp_path / "sub" / "a.txt"), "unknown"),
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-8-sig"])
def test_long_tables_decode_across_read_chunks(tmp_path: Path, encoding: str) -> None:
    """Tables are read in 64 KB chunks: rows and multi-byte characters straddling them stay whole."""
    rows = [{"text": f"{french_text(i)} Été n° {i} — « ok »", "outlet": "Échos"} for i in range(600)]
    (tmp_path / "big.jsonl").write_bytes(
        "".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in rows).encode(encoding)
    )
    articles, problems = load(tmp_path)
    assert [a.text for a in articles] == [r["text"] for r in rows]
    assert not problems.problems
