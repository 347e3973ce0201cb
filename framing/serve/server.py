"""Start the service: bind the port, load the pipelines and the corpus, write the token file, serve.

The port is bound before anything is loaded, so a port in use is one clear line at once; the token
file (framing.serve.config) is written once the service can answer and removed when it stops.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import secrets
import signal
import socket
import sys
from collections.abc import Sequence

from ..errors import FramingError
from ..i18n import SOURCE_LANGUAGE, _, format_integer, ngettext
from .config import token_file


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on (host, port), or a FramingError saying why not."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        reason = (
            _("the port is in use (another framing serve?); choose another with --port")
            if exc.errno == 98
            else exc.strerror
        )
        raise FramingError(
            _("cannot listen on {address}: {reason}").format(address=f"{host}:{port}", reason=reason)
        ) from None
    sock.listen(128)
    return sock


def run_service(
    *,
    host: str,
    port: int,
    corpus: Sequence[str],
    lexicon_paths: Sequence[str],
    fetch: bool,
    max_body_mb: float,
    use_cache: bool,
    ui: str | None = None,
    language: str = SOURCE_LANGUAGE,
) -> None:
    import uvicorn

    from .app import ServiceConfig, fetch_allow_from_env, make_app
    from .engine import Engine

    sock = bind(host, port)
    port = sock.getsockname()[1]
    say = lambda message: print(f"framing: {message}", file=sys.stderr, flush=True)  # noqa: E731
    engine = Engine(lexicon_paths, use_cache=use_cache)
    say(_("loading the pipelines..."))
    engine.warm_up()
    if corpus:
        say(_("analysing the corpus {paths}...").format(paths=", ".join(corpus)))
        engine.load_corpus(corpus)
        for problem in engine.corpus_problems:
            say(problem)
        count = len(engine.corpus)
        say(ngettext("corpus: {count} article", "corpus: {count} articles", count).format(count=format_integer(count)))
    config = ServiceConfig(
        engine=engine,
        token=secrets.token_urlsafe(32),
        max_body_bytes=int(max_body_mb * 1_000_000),
        fetch=fetch,
        fetch_allow=fetch_allow_from_env(),
        ui=ui,
        language=language,
    )
    app = make_app(config)
    path = token_file(port) if is_loopback(host) else None
    if path is not None:
        _write_token(path, port, config.token)
    shown = f"[{host}]" if ":" in host else host
    say(_("service ready on {address} (Ctrl-C stops it)").format(address=f"http://{shown}:{port}/"))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=3))
    # uvicorn re-raises the signal that stopped it once it has shut down: a SIGTERM then exits through
    # the `finally` below (which removes the token file) instead of killing the process outright.
    signal.signal(signal.SIGTERM, _exit_quietly)
    try:
        server.run(sockets=[sock])
    finally:
        if path is not None:
            with contextlib.suppress(OSError):
                path.unlink()
        sock.close()


def _exit_quietly(signum: int, frame: object) -> None:
    raise SystemExit(0)


def _write_token(path: os.PathLike[str], port: int, token: str) -> None:
    """The token file, readable by this user only (created 0600 before anything is written in it)."""
    from pathlib import Path

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({"port": port, "pid": os.getpid(), "token": token}, handle)
    os.replace(tmp, target)
