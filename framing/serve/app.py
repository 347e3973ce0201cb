"""The HTTP side of `framing serve`: a Starlette application under uvicorn.

Routes:
    GET  /                 the page: paste a text or a URL
    POST /analyse          (form) the text's article page, highlighted as in the HTML report
    POST /api/analyze      (JSON {text | url, outlet?, lang?, title?, date?}) the `analyze --json` object
    POST /api/compare      (same body) the `analyze --against CORPUS --format json` object, corpus loaded
    POST /api/cli/analyze  a delegated `framing analyze` command line (framing.serve.client; token only)
    GET  /health           {"status": "ok", ...}
    GET  /report/...       the loaded corpus's HTML report, made on first request

Safety: request bodies are read up to the size limit and refused past it (413); a malformed request
gets a 4xx with a one-line reason, an unexpected failure a one-line 500 (the traceback stays in the
server's log); URL fetching goes through framing.serve.fetch_guard and can be turned off; every page
carries the report's Content-Security-Policy. Analyses run in worker threads, one at a time
(framing.serve.engine), so a client that goes away mid-request costs nothing but its own answer.
"""

from __future__ import annotations

import hmac
import json
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..errors import InputError
from ..i18n import (
    N_,
    SOURCE_LANGUAGE,
    in_language,
    language_from_accept,
    majority_language,
    normalise_language,
    translations,
)
from ..types import ArticleAnalysis
from . import page
from .config import SAME_ENV, TOKEN_HEADER
from .engine import META_FIELDS, Engine, Outcome

# Test-only: "ADDRESS:PORT,..." destinations the URL fetcher lets through (a local first hop).
FETCH_ALLOW_ENV = "FRAMING_TEST_FETCH_ALLOW"
FETCH_TIMEOUT_S = 15.0
MAX_TEXT_FIELDS = 16
T = TypeVar("T")
TOO_LARGE = N_("request body larger than the {limit} MB limit of this service")


class RequestError(Exception):
    """A request the service cannot answer: its HTTP status and a one-line reason.

    `message` is the English msgid (marked N_), filled with `fields` once translated: the reason is
    worded in the request's language when the answer is written (RequestError.text)."""

    def __init__(self, status: int, message: str, /, **fields: object) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.fields = fields

    def text(self, lang: str) -> str:
        """The reason in `lang` (a message without fields is not formatted: it may show JSON braces)."""
        from babel.numbers import format_decimal

        wording = translations(lang).gettext(self.message)
        if not self.fields:
            return wording
        fields = {k: format_decimal(v, locale=lang) if isinstance(v, float) else v for k, v in self.fields.items()}
        return wording.format(**fields)


@dataclass
class ServiceConfig:
    engine: Engine
    token: str
    max_body_bytes: int
    fetch: bool = True
    fetch_allow: frozenset[tuple[str, int]] = frozenset()
    ui: str | None = None  # --ui / FRAMING_UI when given: the corpus report's language (else the corpus's)
    language: str = SOURCE_LANGUAGE  # the pages' default language (--ui, FRAMING_UI or the locale)
    report: dict[str, dict[str, str]] = field(default_factory=dict)  # the corpus report's pages, per language
    report_lock: threading.Lock = field(default_factory=threading.Lock)


def _security_headers(response: Response, *, csp: str | None = None) -> Response:
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    if csp:
        response.headers["Content-Security-Policy"] = csp
    return response


def _html(body: str, status: int = 200) -> HTMLResponse:
    return _security_headers(HTMLResponse(body, status_code=status), csp=page.content_security_policy())


def _json(data: Any, status: int = 200) -> JSONResponse:
    return _security_headers(JSONResponse(data, status_code=status))


def _error_json(status: int, message: str) -> JSONResponse:
    return _json({"error": " ".join(message.split())}, status)


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, refused with 413 as soon as it is known to pass `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise RequestError(400, N_("invalid Content-Length header"))
        if int(declared) > limit:
            raise RequestError(413, TOO_LARGE, limit=limit / 1e6)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RequestError(413, TOO_LARGE, limit=limit / 1e6)
        chunks.append(chunk)
    return b"".join(chunks)


def _text_fields(data: Mapping[str, Any]) -> dict[str, str]:
    """The known string fields of a request (text, url and metadata); anything else is refused."""
    out: dict[str, str] = {}
    for key, value in data.items():
        if key not in ("text", "url", *META_FIELDS, "no_cache"):
            raise RequestError(
                400,
                N_("unknown field {field!r} (known: text, {known}, no_cache)"),
                field=key,
                known=", ".join(META_FIELDS),
            )
        if key == "no_cache":
            continue
        if value is None:
            continue
        if not isinstance(value, str):
            raise RequestError(400, N_("field {field!r} must be a string"), field=key)
        out[key] = value
    return out


async def _json_body(request: Request, config: ServiceConfig) -> dict[str, Any]:
    body = await read_body(request, config.max_body_bytes)
    if not body.strip():
        raise RequestError(400, N_('empty request body: send a JSON object such as {"text": "..."}'))
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise RequestError(400, N_("request body is not UTF-8")) from None
    except json.JSONDecodeError as exc:
        raise RequestError(
            400,
            N_("request body is not valid JSON: {reason} (line {line}, column {column})"),
            reason=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    if not isinstance(data, dict):
        raise RequestError(400, N_('request body must be a JSON object such as {"text": "..."}'))
    return data


def page_language(request: Request, config: ServiceConfig) -> str:
    """A page's language: the request's (`?ui=fr|en`, else the browser's Accept-Language), else the
    service's interface language (--ui, FRAMING_UI or the locale, as for the terminal)."""
    return (
        normalise_language(request.query_params.get("ui"))
        or language_from_accept(request.headers.get("accept-language"))
        or config.language
    )


def api_language(request: Request) -> str:
    """The JSON API's reasons are English unless the request asks (`?ui=fr` or Accept-Language: fr)."""
    return (
        normalise_language(request.query_params.get("ui"))
        or language_from_accept(request.headers.get("accept-language"))
        or SOURCE_LANGUAGE
    )


async def _speaking(lang: str, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run `func` in a worker thread in `lang` (its messages, labels and numbers), as `framing report`
    draws its pages inside in_language."""

    def run() -> T:
        with in_language(lang):
            return func(*args, **kwargs)

    return await run_in_threadpool(run)


async def _analyse(
    fields: dict[str, str], config: ServiceConfig, lang: str, *, use_cache: bool = True
) -> ArticleAnalysis:
    """One article from a text or a URL, or a RequestError saying why not."""
    text, url = fields.get("text", ""), fields.get("url", "").strip()
    meta = {k: v for k, v in fields.items() if k in META_FIELDS and k != "url" and v.strip()}
    if meta.get("lang") and meta["lang"] not in ("fr", "en"):
        raise RequestError(400, N_("lang must be fr or en (or left out to identify it)"))
    if text.strip() and url:
        raise RequestError(400, N_("give a text or a URL, not both"))
    if url:
        if not config.fetch:
            raise RequestError(403, N_("this service does not fetch URLs (started with --no-fetch); paste the text"))
        outcome = await _speaking(lang, _fetch_and_analyse, url, meta, config)
    elif text.strip():
        outcome = await _speaking(lang, config.engine.analyse_text, text, meta, use_cache=use_cache)
    else:
        raise RequestError(400, N_("nothing to analyse: give a non-empty `text` or a `url`"))
    if not outcome.analyses:
        reason = outcome.first_error() or "; ".join(outcome.problems)
        if not reason:
            raise RequestError(422, N_("no article could be read from the request"))
        raise RequestError(422, "{reason}", reason=reason)  # the reader's words, already in the request's language
    return outcome.analyses[0]


def _fetch_and_analyse(url: str, meta: Mapping[str, str], config: ServiceConfig) -> Outcome:
    from ..corpus.options import default_options
    from ..fetch import fetch_html, is_url
    from .fetch_guard import opener

    if not is_url(url):
        raise RequestError(400, N_("the URL must start with http:// or https://"))
    try:
        data = fetch_html(url, timeout=FETCH_TIMEOUT_S, options=default_options(), opener=opener(config.fetch_allow))
    except InputError as exc:
        raise RequestError(422, "{url}: {reason}", url=url, reason=exc.message) from None
    return config.engine.analyse_fetched(data, url, meta)


# --------------------------------------------------------------------------- routes


async def start(request: Request) -> Response:
    config: ServiceConfig = request.app.state.config
    return _html(await _speaking(page_language(request, config), page.start_page, _form_state(config, {})))


def _form_state(config: ServiceConfig, fields: Mapping[str, str], error: str | None = None) -> dict[str, Any]:
    engine = config.engine
    return {
        **fields,
        "error": error,
        "fetch_enabled": config.fetch,
        "corpus_articles": len(engine.corpus),
        "corpus_outlets": len({a.article.outlet for a in engine.corpus}),
    }


async def analyse_form(request: Request) -> Response:
    config: ServiceConfig = request.app.state.config
    lang = page_language(request, config)
    fields: dict[str, str] = {}
    try:
        body = await read_body(request, config.max_body_bytes)
        try:
            parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_TEXT_FIELDS)
        except (UnicodeDecodeError, ValueError):
            raise RequestError(400, N_("the form could not be read (send it as UTF-8)")) from None
        fields = {k: v[0] for k, v in parsed.items() if k in ("text", "url", "outlet", "lang")}
        # Browsers send a textarea's line breaks as CRLF whatever was pasted (HTML's form encoding): the
        # text analysed is the one the visitor sees in the box, with the LF line breaks it has there.
        if "text" in fields:
            fields["text"] = fields["text"].replace("\r\n", "\n")
        analysis = await _analyse(fields, config, lang)
        standing = await _speaking(lang, config.engine.standing, analysis) if config.engine.corpus else None
    except RequestError as exc:
        form = _form_state(config, fields, exc.text(lang))
        return _html(await _speaking(lang, page.start_page, form), exc.status)
    return _html(await _speaking(lang, page.article_page, analysis, standing, _form_state(config, fields)))


async def api_analyze(request: Request) -> Response:
    config: ServiceConfig = request.app.state.config
    data = await _json_body(request, config)
    analysis = await _analyse(_text_fields(data), config, api_language(request), use_cache=not data.get("no_cache"))
    return _json(analysis.to_dict())


async def api_compare(request: Request) -> Response:
    config: ServiceConfig = request.app.state.config
    if not config.engine.corpus:
        raise RequestError(409, N_("no corpus loaded: start the service with --corpus DIR to compare texts with it"))
    data = await _json_body(request, config)
    lang = api_language(request)
    analysis = await _analyse(_text_fields(data), config, lang, use_cache=not data.get("no_cache"))
    return _json(await _speaking(lang, config.engine.standing, analysis))


async def api_cli(request: Request) -> Response:
    config: ServiceConfig = request.app.state.config
    token = request.headers.get(TOKEN_HEADER, "")
    if not hmac.compare_digest(token.encode("utf-8", "replace"), config.token.encode("utf-8")):
        raise RequestError(403, N_("this route is for the framing command of the user who started the service"))
    data = await _json_body(request, config)
    env = data.get("env") if isinstance(data.get("env"), dict) else {}
    if config.engine.settings.lexicon_paths or any(env.get(n) != os.environ.get(n) for n in SAME_ENV):
        raise RequestError(
            409, N_("this service runs with other lexicons or settings than the command; run it locally")
        )
    paths = data.get("paths")
    if not isinstance(paths, list) or not paths or not all(isinstance(p, str) for p in paths):
        raise RequestError(400, N_("`paths` must be a non-empty list of strings"))
    try:
        # The command prints in the client's terminal language (framing.serve.client sends it).
        lang = normalise_language(str(data.get("ui") or "")) or SOURCE_LANGUAGE
        answer = await _speaking(lang, config.engine.run_command, data)
    except (ValueError, OSError) as exc:
        raise RequestError(400, "{reason}", reason=exc) from None
    return _json(answer)


async def health(request: Request) -> Response:
    config: ServiceConfig = request.app.state.config
    return _json({"status": "ok", "corpus_articles": len(config.engine.corpus), "fetch": config.fetch})


async def report(request: Request) -> Response:
    config: ServiceConfig = request.app.state.config
    if not config.engine.corpus:
        message = N_("no corpus loaded: start the service with --corpus DIR")
        return _security_headers(PlainTextResponse(_in(page_language(request, config), message), 404))
    # As `framing report`: ?ui=, else the service's --ui, else the corpus's main language.
    lang = normalise_language(request.query_params.get("ui")) or config.ui
    lang = lang or majority_language([a.article.lang for a in config.engine.corpus])
    pages = await _speaking(lang, _report_pages, config, lang)
    relpath = request.path_params.get("path") or "index.html"
    body = pages.get(relpath)
    if body is None:
        message = N_("no such page in the corpus report")
        return _security_headers(PlainTextResponse(_in(lang, message), 404))
    return _security_headers(HTMLResponse(body))


def _in(lang: str, message: str) -> str:
    return translations(lang).gettext(message)


def _report_pages(config: ServiceConfig, lang: str) -> dict[str, str]:
    with config.report_lock:
        if lang not in config.report:
            from ..render.html import collect_site_data, render_pages

            data = collect_site_data(config.engine.corpus, title=N_("framing service: loaded corpus"))
            config.report[lang] = dict(render_pages(data))
        return config.report[lang]


# --------------------------------------------------------------------------- errors


async def _request_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestError)
    return _error_json(exc.status, exc.text(api_language(request)))


async def _disconnected(request: Request, exc: Exception) -> Response:
    return Response(status_code=400)  # nobody is left to read it


async def _unexpected(request: Request, exc: Exception) -> Response:
    message = _in(api_language(request), N_("internal error ({name}); see the service's log"))
    return _error_json(500, message.format(name=type(exc).__name__))


def make_app(config: ServiceConfig) -> Starlette:
    routes = [
        Route("/", start, methods=["GET"]),
        Route("/analyse", analyse_form, methods=["POST"]),
        Route("/api/analyze", api_analyze, methods=["POST"]),
        Route("/api/compare", api_compare, methods=["POST"]),
        Route("/api/cli/analyze", api_cli, methods=["POST"]),
        Route("/health", health, methods=["GET"]),
        Route("/report/", report, methods=["GET"]),
        Route("/report/{path:path}", report, methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={
            RequestError: _request_error,
            ClientDisconnect: _disconnected,
            Exception: _unexpected,
        },
    )
    app.state.config = config
    return app


def fetch_allow_from_env() -> frozenset[tuple[str, int]]:
    pairs = set()
    for item in os.environ.get(FETCH_ALLOW_ENV, "").split(","):
        host, _, port = item.strip().rpartition(":")
        if host and port.isdigit():
            pairs.add((host, int(port)))
    return frozenset(pairs)
