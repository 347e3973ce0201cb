"""Where the client finds the service: its port, and the token file that proves it is the user's own.

The service writes `service-<port>.json` (its port, process id and a random token; readable by the user
only) in the user's runtime folder ($XDG_RUNTIME_DIR, else the framing cache folder). The client sends
the token with every command it delegates: only the user who started the service can ask it to read
files by path, never a web page or another user of the machine.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_PORT = 8765
DEFAULT_HOST = "127.0.0.1"
PORT_ENV = "FRAMING_SERVICE_PORT"
# FRAMING_SERVICE=off (or 0/no/false) makes `framing analyze` never use a running service.
SERVICE_ENV = "FRAMING_SERVICE"
TOKEN_HEADER = "X-Framing-Token"
CLI_PATH = "/api/cli/analyze"
# Variables that change an analysis or what is read: a command is delegated only when the client's and the
# service's agree (otherwise the service answers 409 and the client runs the command itself).
SAME_ENV: tuple[str, ...] = ("FRAMING_MAX_FILE_MB", "FRAMING_EN_MODEL", "FRAMING_LEXICON_DIR")


def service_port() -> int:
    """$FRAMING_SERVICE_PORT, else 8765."""
    raw = os.environ.get(PORT_ENV, "").strip()
    try:
        port = int(raw) if raw else DEFAULT_PORT
    except ValueError:
        return DEFAULT_PORT
    return port if 0 < port < 65536 else DEFAULT_PORT


def service_enabled() -> bool:
    return os.environ.get(SERVICE_ENV, "").strip().lower() not in ("off", "0", "no", "false")


def token_file(port: int) -> Path:
    """The file a service on `port` writes its token in (see the module docstring)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "").strip()
    if runtime and Path(runtime).is_dir():
        return Path(runtime) / f"framing-service-{port}.json"
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base).expanduser() if base else Path.home() / ".cache"
    return root / "framing" / f"service-{port}.json"
