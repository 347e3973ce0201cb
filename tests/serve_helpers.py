"""A real `framing serve` in a subprocess, on a free port, with its own cache and token folders."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
START_TIMEOUT_S = 600


@dataclass
class Service:
    process: subprocess.Popen[str]
    port: int
    env: dict[str, str]
    log: list[str] = field(default_factory=list)

    @classmethod
    @contextlib.contextmanager
    def start(cls, folder: Path, *, corpus: bool = True, extra: tuple[str, ...] = ()) -> Iterator[Service]:
        runtime = folder / "run"
        runtime.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
        env.pop("FRAMING_SERVICE", None)
        env["FRAMING_UI"] = "en"  # its log is read below in English, whatever the machine's locale
        framing = str(Path(sys.executable).parent / "framing")
        args = [framing, "serve", "--port", "0", *(["--corpus", str(SEEDS)] if corpus else []), *extra]
        process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        log: list[str] = []
        port = None
        assert process.stderr is not None
        timer = threading.Timer(START_TIMEOUT_S, process.kill)
        timer.start()
        for line in process.stderr:
            log.append(line)
            found = re.search(r"service ready on http://127\.0\.0\.1:(\d+)/", line)
            if found:
                port = int(found.group(1))
                break
        timer.cancel()
        if port is None:
            process.kill()
            raise RuntimeError("framing serve did not start:\n" + "".join(log))
        # Keep reading its log, so that a full pipe never blocks the service.
        threading.Thread(target=lambda: log.extend(process.stderr or []), daemon=True).start()
        service = cls(process, port, {**env, "FRAMING_SERVICE_PORT": str(port)}, log)
        try:
            yield service
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def token_path(self) -> Path:
        return Path(self.env["XDG_RUNTIME_DIR"]) / f"framing-service-{self.port}.json"

    def client_env(self) -> dict[str, str]:
        return dict(self.env)

    def raw(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)
        try:
            if "Content-Length" in headers:
                connection.putrequest(method, path)
                for key, value in headers.items():
                    connection.putheader(key, value)
                # A length that is no number is refused from the headers alone; a body sent after them
                # would lie unread when the server closes, and the kernel's reset can then swallow the
                # answer before it is read (seen in CI), so none is sent.
                connection.endheaders(body if headers["Content-Length"].isdigit() else None)
            else:
                connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8", "replace")
        except (BrokenPipeError, ConnectionResetError):
            # The service refused before reading the whole body; its answer is still there.
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8", "replace")
        finally:
            connection.close()

    def post_json(self, path: str, data: Any) -> tuple[int, Any]:
        status, text = self.raw("POST", path, json.dumps(data).encode(), {"Content-Type": "application/json"})
        return status, json.loads(text)
