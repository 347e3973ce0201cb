"""Fetching a URL (framing.fetch): main text via trafilatura, one-line errors, never a hang.

A local HTTP server stands in for the web: no test touches the network.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from test_corpus_formats import PAGE

from framing.corpus import CorpusOptions, load_corpus
from framing.errors import InputError, ProblemLog
from framing.fetch import fetch_article, fetch_html, is_url


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/article.html":
            body = PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/slow":
            threading.Event().wait(3)
            self.send_response(200)
            self.end_headers()
        else:
            self.send_error(404, "Not Found")

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_fetch_article_extracts_main_text(server: str) -> None:
    article = fetch_article(f"{server}/article.html")
    assert "renonçait à sa réforme des retraites" in article.text
    assert "Tous droits réservés" not in article.text
    assert (article.id, article.outlet, article.lang) == ("article", "Le Quotidien", "fr")
    assert article.url == "https://example.org/reforme"  # the page's canonical URL
    assert article.meta["fetched_from"] == f"{server}/article.html"


def test_urls_go_through_load_corpus_with_files(server: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Le maire a inauguré lundi la nouvelle médiathèque du quartier.", encoding="utf-8")
    problems = ProblemLog()
    articles = list(load_corpus([str(tmp_path), f"{server}/article.html", f"{server}/missing"], problems))
    assert [a.id for a in articles] == ["a", "article"]
    [error] = problems.skipped
    assert str(error) == f"{server}/missing: cannot fetch: HTTP 404 Not Found"


def test_connection_refused_is_one_line() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/a"
    with pytest.raises(InputError) as info:
        fetch_html(url)
    assert str(info.value) == f"{url}: cannot fetch: connection refused"


def test_timeout_is_reported(server: str) -> None:
    with pytest.raises(InputError) as info:
        fetch_html(f"{server}/slow", timeout=0.3)
    assert "cannot fetch" in str(info.value) and "\n" not in str(info.value)


def test_offline_says_so_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_dns(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)  # what an offline laptop answers
    with pytest.raises(InputError) as info:
        fetch_html("https://news.example.org/article")
    message = str(info.value)
    assert message.startswith("https://news.example.org/article: cannot fetch: host not found (offline?)")
    assert "save the page" in message and "\n" not in message


def test_page_larger_than_the_limit_is_refused(server: str) -> None:
    with pytest.raises(InputError) as info:
        fetch_html(f"{server}/article.html", options=CorpusOptions(max_file_bytes=100))
    assert "limit" in str(info.value) and "--max-file-mb" in str(info.value)


def test_only_http_urls() -> None:
    assert is_url("https://example.org/a") and is_url("http://x")
    assert not is_url("file:///etc/passwd") and not is_url("seeds/") and not is_url("-")
    with pytest.raises(InputError):
        fetch_html("file:///etc/passwd")
