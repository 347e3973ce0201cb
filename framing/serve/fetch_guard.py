"""URL fetching for the service: public addresses only, checked at every hop.

A page the service fetches for a visitor must never reach into the machine or its network (the
service itself, a router's admin page, a cloud metadata endpoint). So every connection, the first
and each redirect's, resolves the host, refuses it unless every address is public (no loopback,
private, link-local, shared, multicast or reserved range), and connects to the very address it
checked, so a name that resolves differently on the second lookup cannot slip through. Proxies from
the environment are not used (they would hide the real destination).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import urllib.request
from typing import Any


class BlockedAddress(OSError):
    """A destination the service refuses to connect to."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "blocked address"


def public_address(host: str, port: int, allow: frozenset[tuple[str, int]] = frozenset()) -> tuple[Any, ...]:
    """The first address of `host` to connect to, after checking every address it resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise BlockedAddress(f"host {host!r} not found") from exc
    if not infos:
        raise BlockedAddress(f"host {host!r} not found")
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
        if (str(address), port) in allow:
            continue
        if not address.is_global or address.is_multicast:
            raise BlockedAddress(f"refusing to fetch from {host} ({address} is not a public address)")
    return infos[0]


def _connect(host: str, port: int, timeout: Any, allow: frozenset[tuple[str, int]]) -> socket.socket:
    family, kind, proto, _, sockaddr = public_address(host, port, allow)
    sock = socket.socket(family, kind, proto)
    try:
        if timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:  # type: ignore[attr-defined]
            sock.settimeout(timeout)
        sock.connect(sockaddr)
    except BaseException:
        sock.close()
        raise
    return sock


def opener(allow: frozenset[tuple[str, int]] = frozenset()) -> urllib.request.OpenerDirector:
    """A urllib opener whose every connection (redirects included) goes to a checked public address.

    `allow`: (address, port) pairs let through anyway; only tests use it, to serve a first hop locally.
    """

    class CheckedHTTPConnection(http.client.HTTPConnection):
        def connect(self) -> None:
            self.sock = _connect(self.host, self.port, self.timeout, allow)

    class CheckedHTTPSConnection(http.client.HTTPSConnection):
        def connect(self) -> None:
            sock = _connect(self.host, self.port, self.timeout, allow)
            self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(CheckedHTTPConnection, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(CheckedHTTPSConnection, req)

    return urllib.request.build_opener(urllib.request.ProxyHandler({}), HTTPHandler(), HTTPSHandler())
