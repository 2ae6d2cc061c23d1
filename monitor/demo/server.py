"""Local HTTP servers on 127.0.0.1 for the demo and the tests: a site of sample outlets
(feeds and article pages, with ETag / Last-Modified and 304s like a real web server), and a
webhook receiver that collects apprise `json://` alerts."""

from __future__ import annotations

import hashlib
import json
import logging
import selectors
import socket
import socketserver
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

logger = logging.getLogger(__name__)

SITE = Path(__file__).resolve().parent / "site"
_TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
# one fixed Last-Modified for the whole site: its files do not change while it runs
_LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)

Route = Callable[[BaseHTTPRequestHandler], bool]


def respond(
    handler: BaseHTTPRequestHandler,
    body: bytes,
    *,
    status: int = 200,
    ctype: str = "text/xml",
    headers: dict[str, str] | None = None,
) -> bool:
    """Write a whole response; returns True, as a route that handled the request does."""
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)
    return True


class LoopbackServer(ThreadingHTTPServer):
    """A threading HTTP server that never asks DNS for its own name.

    `HTTPServer.server_bind` calls `socket.getfqdn(host)`, a reverse look-up: for a
    loopback address outside /etc/hosts (127.1.2.3) it goes to the resolver, and on a
    machine whose resolver does not answer each bind waits out its timeout (5 s and more):
    a bench binding a thousand outlets would take hours to start."""

    daemon_threads = True
    allow_reuse_address = True

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up before its answer was written (it gave up waiting, or was
        stopped) is no fault of the server: one line at debug level, not a traceback on
        standard error for each of them, as a bench of thousands of outlets on a loaded
        machine once printed."""
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
            logger.debug("client %s hung up before its answer: %r", client_address, error)
            return
        super().handle_error(request, client_address)


@contextmanager
def serving(servers: Sequence[socketserver.TCPServer]) -> Iterator[None]:
    """Serve every one of `servers` from a single thread while the block runs, then close
    them. Each server's own `serve_forever` thread wakes twice a second to look for a
    shutdown: a bench with one loopback server per outlet (3,446) had as many threads
    polling, which kept both cores of a small machine busy beside the daemon it measured,
    and stopping them all at once took most of an hour. One selector wakes only for a
    request; each request still gets its own thread (ThreadingHTTPServer)."""
    stop = threading.Event()
    selector = selectors.DefaultSelector()
    for server in servers:
        server.timeout = 0  # handle_request takes the connection the selector saw, or none
        selector.register(server, selectors.EVENT_READ, server)

    def loop() -> None:
        while not stop.is_set():
            for key, _ in selector.select(timeout=0.2):
                key.data.handle_request()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        selector.close()
        for server in servers:
            server.server_close()


class _Server6(LoopbackServer):
    address_family = socket.AF_INET6


class LocalServer:
    """A ThreadingHTTPServer on 127.0.0.1 (or another loopback address, IPv6 included),
    port chosen by the OS, run in a thread."""

    def __init__(self, handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1") -> None:
        self.httpd = (_Server6 if ":" in host else LoopbackServer)((host, 0), handler)
        self.httpd.owner = self  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://[{host!s}]:{port}" if ":" in str(host) else f"http://{host!s}:{port}"

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        release = getattr(self, "release", None)
        if release is not None:
            release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


class SiteHandler(BaseHTTPRequestHandler):
    """Serves files under `site`, with `{{BASE}}` replaced by the server's own address.
    `routes` (path -> callable) let a test make a path misbehave: it writes the response
    itself and returns True."""

    server_version = "basewatch-demo/1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        owner = self.server.owner  # type: ignore[attr-defined]
        owner.requests.append((self.command, self.path, int(getattr(code, "value", code))))

    def do_GET(self) -> None:  # noqa: N802
        owner: SiteServer = self.server.owner  # type: ignore[attr-defined]
        path = self.path.split("?", 1)[0]
        route = owner.routes.get(path)
        if route is not None and route(self):
            return
        file = (owner.site / path.lstrip("/")).resolve()
        if not file.is_relative_to(owner.site) or not file.is_file():
            self.send_error(404, "not found")
            return
        body = file.read_bytes().replace(b"{{BASE}}", owner.base.encode())
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag or (
            not self.headers.get("If-None-Match")
            and self.headers.get("If-Modified-Since") == _LAST_MODIFIED
        ):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", _TYPES.get(file.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", _LAST_MODIFIED)
        self.end_headers()
        self.wfile.write(body)


class SiteServer(LocalServer):
    def __init__(self, site: Path = SITE, host: str = "127.0.0.1") -> None:
        self.site = site.resolve()
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str, int]] = []
        super().__init__(SiteHandler, host)


class ReceiverHandler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_POST(self) -> None:  # noqa: N802
        owner: WebhookReceiver = self.server.owner  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        if owner.holding.is_set():  # a channel that hangs: the request is never answered
            owner.held.set()
            owner.release.wait(120)
            return
        if owner.gate.is_set():  # a slow channel: the request waits, then is taken
            owner.at_gate.set()
            owner.release.wait(120)
        if owner.failing.is_set():
            with owner.changed:
                owner.refused += 1
                owner.changed.notify_all()
            self.send_response(503)
            self.end_headers()
            return
        try:
            payload = json.loads(raw or b"{}")
        except ValueError:
            payload = {"raw": raw.decode("utf-8", "replace")}
        with owner.changed:
            owner.received.append({"path": self.path, **payload})
            owner.changed.notify_all()
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()


class WebhookReceiver(LocalServer):
    """Collects what apprise posts to `json://127.0.0.1:PORT/PATH`."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.changed = threading.Condition()
        self.failing = threading.Event()  # answer 503
        self.refused = 0  # requests answered 503
        self.holding = threading.Event()  # hang until `release`, recording nothing
        self.held = threading.Event()  # a request arrived while holding
        self.gate = threading.Event()  # requests wait for `release`, then are taken
        self.at_gate = threading.Event()  # a request is waiting at the gate
        self.release = threading.Event()
        super().__init__(ReceiverHandler)

    def url(self, path: str = "alerts") -> str:
        host, port = self.httpd.server_address[:2]
        return f"json://{host!s}:{port}/{path}"

    def wait_for(self, count: int, timeout: float = 30) -> list[dict[str, Any]]:
        """Block until `count` alerts have arrived (or the timeout passes); return them."""
        with self.changed:
            self.changed.wait_for(lambda: len(self.received) >= count, timeout)
            return list(self.received)
