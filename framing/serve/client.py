"""`framing analyze` through a running service: the fast path, tried before the CLI is even imported.

Why here and so small: the typer CLI imports rich, the corpus readers and the statistics modules
(~0.4 s of CPU before anything is analysed), and loading the spaCy model costs seconds more. When a
`framing serve` of the same user answers on the configured port, the command line is sent to it
(files are named by path and read by the service, which runs on the same machine as the same user;
standard input is sent along), and its output is printed here: the same bytes as a local run for
`--json`, the same table for the readable view. Only the standard library is imported on this path.

Anything this path does not handle (other commands, --lexicon, --against, --format, URLs, help...),
or no service answering, returns None: the caller runs the command locally as before.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import shutil
import sys
from collections.abc import Sequence
from typing import Any

from ..i18n import N_, language_from_environment, translations, ui_from_argv
from .config import CLI_PATH, DEFAULT_HOST, SAME_ENV, TOKEN_HEADER, service_enabled, service_port, token_file

CONNECT_TIMEOUT_S = 0.5
NO_SERVICE_FLAG = "--no-service"


def parse_analyze(argv: Sequence[str]) -> dict[str, Any] | None:
    """The request for `analyze` arguments this path can delegate, or None to run locally."""
    if not argv or argv[0] != "analyze":
        return None
    paths: list[str] = []
    request: dict[str, Any] = {"json": False, "use_cache": True, "cache": None}
    args = list(argv[1:])
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            paths.extend(args[i + 1 :])
            break
        if arg == "--json":
            request["json"] = True
        elif arg == "--no-cache":
            request["use_cache"] = False
        elif arg in ("--cache", "--jobs", "-j", "--ui"):
            if i + 1 >= len(args):
                return None
            if arg == "--cache":
                request["cache"] = os.path.abspath(args[i + 1])
            i += 1
        elif arg.startswith("--cache="):
            request["cache"] = os.path.abspath(arg.split("=", 1)[1])
        elif arg.startswith(("--jobs=", "--ui=")):
            pass  # the service analyses in its own process; the language is sent below
        elif arg.startswith("-") and arg != "-":
            return None  # --no-service, --lexicon, --against, --format, --help...: the local command
        else:
            paths.append(arg)
        i += 1
    if not paths or any(p.startswith(("http://", "https://")) for p in paths) or paths.count("-") > 1:
        return None
    request["paths"] = paths
    # The service prints in the language this command would have used (--ui, FRAMING_UI, the locale).
    request["ui"] = ui_from_argv(argv) or language_from_environment()
    return request


def _terminal() -> dict[str, Any]:
    """What decides how the readable view is drawn here: width, terminal or not, colours."""
    is_terminal = sys.stdout.isatty()
    columns = os.environ.get("COLUMNS", "").strip()
    width = int(columns) if columns.isdigit() else (shutil.get_terminal_size().columns if is_terminal else 80)
    colorterm = os.environ.get("COLORTERM", "").lower()
    term = os.environ.get("TERM", "")
    color = "truecolor" if colorterm in ("truecolor", "24bit") else "256" if "256" in term else "standard"
    return {"width": width, "terminal": is_terminal, "color": None if os.environ.get("NO_COLOR") else color}


def _read_token(port: int) -> str | None:
    try:
        with token_file(port).open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return None
    token = data.get("token") if isinstance(data, dict) else None
    return token if isinstance(token, str) and data.get("port") == port else None


def try_service(argv: Sequence[str]) -> int | None:
    """Run `framing analyze ...` on a running service and return its exit code, or None to run locally."""
    if not service_enabled() or NO_SERVICE_FLAG in argv:
        return None
    request = parse_analyze(argv)
    if request is None:
        return None
    port = service_port()
    token = _read_token(port)
    if token is None:
        return None
    if "-" in request["paths"]:
        request["stdin"] = base64.b64encode(sys.stdin.buffer.read()).decode("ascii")
    request.update(cwd=os.getcwd(), env=_client_env(), **_terminal())
    answer = _post(port, token, request)
    if answer is None:
        if "stdin" in request:  # standard input is spent: the local run cannot read it again
            message = _say(N_("the service on port {port} did not answer; run with --no-service"), request)
            sys.stderr.write(_say(N_("error: {message}"), request).format(message=message.format(port=port)) + "\n")
            return 2
        return None
    notice = _say(N_("analysed by the service on {address} (--no-service or FRAMING_SERVICE=off to run here)"), request)
    sys.stderr.write(f"framing: {notice.format(address=f'{DEFAULT_HOST}:{port}')}\n")
    sys.stdout.write(answer.get("stdout", ""))
    sys.stdout.flush()
    sys.stderr.write(answer.get("stderr", ""))
    sys.stderr.flush()
    code = answer.get("exit", 1)
    return code if isinstance(code, int) else 1


def _say(message: str, request: dict[str, Any]) -> str:
    """`message` in the command's language (the catalogue only: nothing heavy is imported here)."""
    return translations(request["ui"]).gettext(message)


def _client_env() -> dict[str, str]:
    """The variables that decide where the cache is and how large a file may be, as this shell has them."""
    names = ("FRAMING_CACHE", "XDG_CACHE_HOME", *SAME_ENV)
    return {name: os.environ[name] for name in names if name in os.environ}


def _post(port: int, token: str, request: dict[str, Any]) -> dict[str, Any] | None:
    """The service's answer, or None when nothing (or not a framing service of ours) answers."""
    body = json.dumps(request).encode("utf-8")
    connection = http.client.HTTPConnection(DEFAULT_HOST, port, timeout=CONNECT_TIMEOUT_S)
    try:
        connection.connect()
        if connection.sock is not None:
            connection.sock.settimeout(None)  # a large corpus takes as long as it takes
        connection.request(
            "POST", CLI_PATH, body=body, headers={"Content-Type": "application/json", TOKEN_HEADER: token}
        )
        response = connection.getresponse()
        data = response.read()
        if response.status != 200:
            return None
        answer = json.loads(data)
    except (OSError, http.client.HTTPException, ValueError):
        return None
    finally:
        connection.close()
    return answer if isinstance(answer, dict) else None
