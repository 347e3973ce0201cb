"""`framing serve` for real: the service runs in a subprocess on a free port, loaded with the seed corpus,
and is driven over HTTP (its JSON API, the delegated `framing analyze`, hostile and broken requests).
The page itself is driven in Chromium by tests/test_serve_browser.py, on the same service."""

from __future__ import annotations

import http.client
import io
import json
import os
import socket
import stat
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from corpus_samples import french_text
from serve_helpers import SEEDS, Service

from framing.errors import InputError
from framing.types import ArticleAnalysis

pytestmark = pytest.mark.slow


def seed_file() -> Path:
    return sorted(SEEDS.glob("*.txt"))[0]


def local_analysis(text: str) -> ArticleAnalysis:
    """The analysis `framing analyze -` makes in this process (same code path as the service, no HTTP)."""
    from framing.analyse import AnalysisSettings
    from framing.errors import ProblemLog
    from framing.run import run_corpus

    analyses = list(
        run_corpus(
            ["-"], ProblemLog(), AnalysisSettings(use_cache=False), progress=False, stdin=io.BytesIO(text.encode())
        )
    )
    return analyses[0]


def test_api_analyze_gives_the_json_of_analyze(service: Service) -> None:
    text = seed_file().read_text(encoding="utf-8")
    status, answer = service.post_json("/api/analyze", {"text": text, "no_cache": True})
    assert status == 200, answer
    assert answer == local_analysis(text).to_dict()
    assert answer["hedges"] and answer["attributions"]
    for span in answer["attributions"]:
        assert text[span["start"] : span["end"]] == span["text"]


def test_api_compare_gives_the_content_of_analyze_against(service: Service, capsys: pytest.CaptureFixture[str]) -> None:
    from framing.analyse import AnalysisSettings
    from framing.cli.scoring_output import print_scores
    from framing.cli.tabular import OutputFormat
    from framing.errors import ProblemLog
    from framing.run import run_corpus

    text = "Selon un responsable américain, l'armée aurait frappé un « camp terroriste », a-t-il affirmé."
    status, answer = service.post_json("/api/compare", {"text": text, "outlet": "Essai"})
    assert status == 200, answer
    problems = ProblemLog()
    mine = local_analysis(f"---\noutlet: Essai\n---\n{text}")
    capsys.readouterr()
    print_scores([mine], [str(SEEDS)], problems, AnalysisSettings(), OutputFormat.json, None)
    expected = json.loads(capsys.readouterr().out)[0]
    assert answer == expected
    assert answer["corpus_articles"] == len(list(run_corpus([str(SEEDS)], ProblemLog(), AnalysisSettings())))


def test_analyze_uses_the_running_service_and_prints_the_same(service: Service, tmp_path: Path) -> None:
    """`framing analyze` delegates to the service (saying so), with the bytes a local run prints."""
    framing = str(Path(sys.executable).parent / "framing")
    args = [framing, "analyze", str(SEEDS), "--json"]
    remote = subprocess.run(args, env=service.client_env(), capture_output=True, text=True, timeout=120)
    assert "analysed by the service" in remote.stderr
    local = subprocess.run(args, env={**service.client_env(), "FRAMING_SERVICE": "off"}, capture_output=True, text=True)
    assert "analysed by the service" not in local.stderr
    assert remote.returncode == local.returncode == 0
    assert remote.stdout == local.stdout and remote.stdout.count("\n") == 5
    assert remote.stderr.split("\n", 1)[1] == local.stderr

    # The readable view and the closing summary too; relative paths are the client's.
    rel = seed_file().name
    readable = [framing, "analyze", rel, "missing.txt"]
    remote = subprocess.run(readable, env=service.client_env(), capture_output=True, text=True, cwd=SEEDS)
    assert "analysed by the service" in remote.stderr
    assert remote.returncode == 1 and "missing.txt" in remote.stderr and rel in remote.stdout
    flagged = subprocess.run(  # a missing file: the local run ends before loading any model
        [framing, "analyze", "missing.txt", "--no-service"], env=service.client_env(), capture_output=True, text=True
    )
    assert flagged.returncode == 1 and "missing.txt" in flagged.stderr
    assert "analysed by the service" not in flagged.stderr


def test_the_client_path_imports_nothing_heavy(service: Service) -> None:
    heavy = ("spacy", "scipy", "matplotlib", "jinja2", "sklearn", "trafilatura", "py3langid", "rich", "typer")
    code = (
        "import sys\nfrom framing.launcher import main\n"
        f"sys.argv = ['framing', 'analyze', {str(seed_file())!r}, '--json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {heavy!r} if m in sys.modules], file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=service.client_env(), capture_output=True, text=True)
    assert "analysed by the service" in done.stderr
    assert done.stderr.strip().endswith("[]"), done.stderr
    assert json.loads(done.stdout)["article"]["path"] == str(seed_file())


def test_token_file_is_private_and_required(service: Service) -> None:
    mode = stat.S_IMODE(service.token_path.stat().st_mode)
    assert mode == 0o600
    status, answer = service.post_json("/api/cli/analyze", {"paths": ["/etc/passwd"]})
    assert status == 403 and "error" in answer


@pytest.mark.parametrize(
    ("path", "body", "headers", "status", "reason"),
    [
        ("/api/analyze", b"{not json", {}, 400, "not valid JSON"),
        ("/api/analyze", b"", {}, 400, "empty request body"),
        ("/api/analyze", b"[1, 2]", {}, 400, "JSON object"),
        ("/api/analyze", b'{"text": 3}', {}, 400, "must be a string"),
        ("/api/analyze", b'{"text": "x", "evil": 1}', {}, 400, "unknown field"),
        ("/api/analyze", b'{"text": "   "}', {}, 400, "nothing to analyse"),
        ("/api/analyze", b'{"text": "a", "url": "http://example.org/"}', {}, 400, "not both"),
        ("/api/analyze", b'{"text": "Bonjour", "lang": "de"}', {}, 400, "lang must be"),
        ("/api/analyze", b'{"url": "ftp://example.org/x"}', {}, 400, "http:// or https://"),
        ("/api/analyze", b'{"url": "http://127.0.0.1/"}', {}, 422, "not a public address"),
        ("/api/analyze", b'{"url": "http://[::1]:8080/"}', {}, 422, "not a public address"),
        ("/api/analyze", b'{"url": "http://10.1.2.3/"}', {}, 422, "not a public address"),
        ("/api/analyze", b"\xff\xfe{}", {}, 400, "UTF-8"),
        ("/api/analyze", b'{"text": "x"}', {"Content-Length": "abc"}, 400, "Content-Length"),
        (
            "/api/analyze",
            "Ein Minister sagte am Donnerstag, die Lage sei ernst und werde sich verschlechtern.",
            {},
            400,
            "",
        ),
        ("/api/cli/analyze", b'{"paths": []}', {"X-Framing-Token": "wrong"}, 403, "user who started"),
    ],
)
def test_malformed_requests_get_a_4xx_with_one_line(
    service: Service, path: str, body: bytes | str, headers: dict[str, str], status: int, reason: str
) -> None:
    if isinstance(body, str):  # a German text: analysed as nothing, refused with the reader's reason
        body, status, reason = json.dumps({"text": body}).encode(), 422, "German"
    got, text = service.raw("POST", path, body, headers)
    assert got == status, text
    if "Content-Length" in headers:  # refused by the HTTP layer (h11) before the application sees it
        message, reason = text, "Invalid HTTP request"
    else:
        message = json.loads(text)["error"]
    assert reason in message and "\n" not in message.strip() and "Traceback" not in text


def test_oversized_bodies_get_413(service: Service) -> None:
    big = b'{"text": "' + b"a" * 11_000_000 + b'"}'
    status, text = service.raw("POST", "/api/analyze", big, {})
    assert status == 413 and "limit" in json.loads(text)["error"]
    # Without a Content-Length (chunked), the limit holds while reading.
    connection = http.client.HTTPConnection("127.0.0.1", service.port, timeout=60)
    connection.putrequest("POST", "/api/analyze")
    connection.putheader("Transfer-Encoding", "chunked")
    connection.endheaders()
    chunk = b"a" * 1_000_000
    try:
        for _ in range(12):
            connection.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        connection.send(b"0\r\n\r\n")
    except OSError:
        pass  # the service may close the connection as soon as it has refused
    response = connection.getresponse()
    assert response.status == 413
    connection.close()
    # The form too.
    status, text = service.raw("POST", "/analyse", b"text=" + b"a" * 11_000_000, {})
    assert status == 413 and "limit" in text


def test_survives_clients_that_disconnect_mid_request(service: Service) -> None:
    text = seed_file().read_text(encoding="utf-8")
    body = json.dumps({"text": text, "no_cache": True}).encode()
    for cut in (len(body) // 2, len(body)):  # mid-body, and after the body before the answer
        with socket.create_connection(("127.0.0.1", service.port), timeout=10) as sock:
            head = f"POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            sock.sendall(head + body[:cut])
    status, answer = service.post_json("/api/analyze", {"text": text})
    assert status == 200 and answer["article"]["words"] > 100
    status, _ = service.raw("GET", "/health", b"", {})
    assert status == 200


def test_page_and_report_are_served_with_the_policy(service: Service) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", service.port, timeout=60)
    connection.request("GET", "/")
    response = connection.getresponse()
    page = response.read().decode()
    assert response.status == 200 and "<textarea" in page
    assert "form-action 'self'" in response.getheader("Content-Security-Policy", "")
    connection.request("GET", "/report/index.html")
    response = connection.getresponse()
    assert response.status == 200 and "framing" in response.read().decode()
    connection.close()


def test_page_and_reasons_follow_the_requests_language(service: Service) -> None:
    """The page speaks the request's language (?ui=, else Accept-Language, else the service's); the JSON
    API's reasons are English unless the request asks for French."""
    _, english = service.raw("GET", "/", b"", {})
    assert '<html lang="en"' in english and "Analyse a text or a web page" in english
    for path, headers in (("/?ui=fr", {}), ("/", {"Accept-Language": "de-DE, fr;q=0.9, en;q=0.5"})):
        status, french = service.raw("GET", path, b"", headers)
        assert status == 200 and '<html lang="fr"' in french
        assert "Analyser un texte ou une page web" in french and "Analyse a text" not in french
        assert 'action="/analyse?ui=fr"' in french  # the answer to the form stays in French
    status, text = service.raw("POST", "/api/analyze", b"", {})
    assert status == 400 and json.loads(text)["error"].startswith("empty request body")
    status, text = service.raw("POST", "/api/analyze", b"", {"Accept-Language": "fr"})
    assert status == 400 and json.loads(text)["error"].startswith("requête vide")
    status, page = service.raw("POST", "/analyse?ui=fr", b"text=+", {})
    assert status == 400 and "rien à analyser" in page and '<html lang="fr"' in page


class _Redirect(BaseHTTPRequestHandler):
    target = ""

    def do_GET(self) -> None:
        self.send_response(302)
        self.send_header("Location", self.target)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_fetching_never_follows_a_redirect_to_a_private_address() -> None:
    """A first hop let through (as if public) that redirects to loopback: the second hop is refused."""
    from framing.fetch import fetch_html
    from framing.serve.fetch_guard import opener

    server = HTTPServer(("127.0.0.1", 0), _Redirect)
    port = server.server_address[1]
    _Redirect.target = f"http://127.0.0.1:{port + 1 if port < 65535 else port - 1}/admin"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with pytest.raises(InputError, match="not a public address"):
            fetch_html(f"http://127.0.0.1:{port}/start", timeout=10, opener=opener(frozenset({("127.0.0.1", port)})))
        _Redirect.target = f"http://127.0.0.1:{port}/again"  # a loop on the allowed hop ends in an HTTP error
        with pytest.raises(InputError, match=r"HTTP 302|redirect"):
            fetch_html(f"http://127.0.0.1:{port}/start", timeout=10, opener=opener(frozenset({("127.0.0.1", port)})))
    finally:
        server.shutdown()
        server.server_close()


def test_token_file_is_removed_when_the_service_stops(tmp_path: Path) -> None:
    """A second service on a used port fails with one line; a stopped service leaves no token behind."""
    with Service.start(tmp_path, corpus=False) as svc:
        path = svc.token_path
        assert path.exists()
        framing = str(Path(sys.executable).parent / "framing")
        clash = subprocess.run(
            [framing, "serve", "--port", str(svc.port)],
            env=svc.client_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert clash.returncode == 2 and "port is in use" in clash.stderr and "Traceback" not in clash.stderr
    assert not path.exists()
    assert os.environ.get("FRAMING_SERVICE") == "off"  # the suite's commands never use a service by accident


def test_a_command_with_other_settings_runs_locally(service: Service) -> None:
    """The service does not answer for a shell whose settings would change the result (here the English model)."""
    framing = str(Path(sys.executable).parent / "framing")
    env = {**service.client_env(), "FRAMING_EN_MODEL": "rules"}
    done = subprocess.run([framing, "analyze", "missing.txt"], env=env, capture_output=True, text=True, timeout=120)
    assert "analysed by the service" not in done.stderr
    assert done.returncode == 1 and "missing.txt" in done.stderr
    same = subprocess.run([framing, "analyze", "missing.txt"], env=service.client_env(), capture_output=True, text=True)
    assert "analysed by the service" in same.stderr and same.returncode == 1


class _Page(BaseHTTPRequestHandler):
    body = b""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


def test_a_fetched_page_is_read_like_a_saved_html_file(tmp_path: Path) -> None:
    """The service's fetch path end to end (checked opener, trafilatura, analysis), on a local first hop."""
    from framing.serve.app import ServiceConfig, _fetch_and_analyse
    from framing.serve.engine import Engine

    paragraphs = "".join(f"<p>{french_text(i)}</p>" for i in range(3))
    _Page.body = (
        f"<html><head><title>Un titre</title></head><body><article>{paragraphs}</article></body></html>".encode()
    )
    server = HTTPServer(("127.0.0.1", 0), _Page)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        config = ServiceConfig(Engine(), "t", 10_000_000, fetch_allow=frozenset({("127.0.0.1", port)}))
        outcome = _fetch_and_analyse(f"http://127.0.0.1:{port}/article.html", {"outlet": "Essai"}, config)
    finally:
        server.shutdown()
        server.server_close()
    [analysis] = outcome.analyses
    assert analysis.article.url == f"http://127.0.0.1:{port}/article.html"
    assert analysis.article.outlet == "Essai" and analysis.article.lang == "fr" and analysis.article.words > 50
    assert french_text(0)[:40] in analysis.text
