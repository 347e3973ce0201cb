"""Fetch one web page and extract its article (for `framing analyze URL`): the only network use.

Everything else in framing works offline; this is opt-in, bounded by a timeout and a size limit,
and a network failure becomes one clear line (an InputError) instead of a traceback.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

from .corpus.options import CorpusOptions, default_options
from .corpus.readers import read_html
from .corpus.records import Issue, Record
from .errors import InputError, ProblemLog
from .i18n import _, format_general
from .types import Article

DEFAULT_TIMEOUT_S = 20.0
USER_AGENT = "framing/0.1 (news framing analyser; +https://pypi.org/project/framing)"


def is_url(value: str) -> bool:
    return urlparse(value).scheme in ("http", "https")


def fetch_html(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    options: CorpusOptions | None = None,
    opener: urllib.request.OpenerDirector | None = None,
) -> bytes:
    """The page's bytes; raises InputError with a one-line reason (offline, timeout, HTTP status...).

    `opener`: how to open it (the service's checks every hop's address, framing.serve.fetch_guard)."""
    options = options or default_options()
    if not is_url(url):
        raise InputError(url, _("not an http(s) URL"))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with (opener.open if opener is not None else urllib.request.urlopen)(request, timeout=timeout) as response:
            data = response.read(options.max_file_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise InputError(url, _("cannot fetch: {reason}").format(reason=f"HTTP {exc.code} {exc.reason}")) from None
    except urllib.error.URLError as exc:
        raise InputError(url, _("cannot fetch: {reason}").format(reason=_network_reason(exc.reason))) from None
    except TimeoutError:
        raise InputError(
            url, _("cannot fetch: no answer within {seconds} s").format(seconds=format_general(timeout))
        ) from None
    except OSError as exc:
        raise InputError(url, _("cannot fetch: {reason}").format(reason=_network_reason(exc))) from None
    if len(data) > options.max_file_bytes:
        raise InputError(
            url,
            _("page is larger than the {limit} MB limit (see --max-file-mb)").format(
                limit=format_general(options.max_file_mb)
            ),
        )
    return data


def _network_reason(reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        return _("host not found (offline?); save the page and pass the .html file instead")
    if isinstance(reason, TimeoutError | socket.timeout):
        return _("timed out")
    if isinstance(reason, ConnectionRefusedError):
        return _("connection refused")
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason)


def read_url(
    url: str, defaults: dict[str, Any], options: CorpusOptions, timeout: float = DEFAULT_TIMEOUT_S
) -> Iterator[Record | Issue]:
    """The corpus reader for a URL argument: one Record, or one Issue saying why not."""
    try:
        data = fetch_html(url, timeout=timeout, options=options)
    except InputError as exc:
        yield Issue(url, exc.message)
        return
    for item in read_html(data, url, _url_stem(url), defaults):
        if isinstance(item, Record):
            item.fields.setdefault("url", url)
            item.meta["fetched_from"] = url
        yield item


def _url_stem(url: str) -> str:
    parsed = urlparse(url)
    last = parsed.path.rstrip("/").rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[0] if last else parsed.netloc


def fetch_article(url: str, problems: ProblemLog | None = None, *, timeout: float = DEFAULT_TIMEOUT_S) -> Article:
    """Fetch `url` and return its article, checked like any corpus article (language, text...).

    Raises InputError with the one-line reason when it cannot be fetched or analysed.
    """
    from .corpus import load_corpus

    problems = problems if problems is not None else ProblemLog()
    before = len(problems.skipped)
    articles = list(load_corpus([url], problems, url_timeout=timeout))
    if not articles:
        failure = problems.skipped[before] if len(problems.skipped) > before else None
        raise InputError(url, failure.message if failure else _("no article found"))
    return articles[0]
