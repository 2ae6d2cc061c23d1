"""A farm of feeds on many loopback addresses (127.0.0.2, 127.0.0.3, ...), as on the web
where feeds live on many hosts: per-host politeness does not serialise the benchmark.

Each feed answers with an ETag and 304 to a matching If-None-Match; `publish` adds an item
to a feed, so its next poll gets a 200 and one new article page.
"""

from __future__ import annotations

import hashlib
import threading
from contextlib import ExitStack
from http.server import BaseHTTPRequestHandler
from typing import Any

from monitor.demo.server import LoopbackServer, serving

PORT = 18_765
PAGE = (
    "<html><head><title>Report {n}</title></head><body><article><h1>Report {n}</h1>"
    "<p>Officials in the capital said on Monday that the budget talks would resume next "
    "week, after ministers failed to agree on spending for water and power projects.</p>"
    "<p>Analysts expect little change before the summer, when the new session opens.</p>"
    "</article></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        farm: FeedFarm = self.server.farm  # type: ignore[attr-defined]
        host = self.server.server_address[0]  # type: ignore[index]
        if self.path == "/robots.txt":
            self._send(404, b"")
            return
        if self.path.startswith("/a/"):
            self._send(200, PAGE.format(n=self.path[3:]).encode(), "text/html; charset=utf-8")
            return
        body = farm.feed(f"{host}{self.path}")
        if body is None:
            self._send(404, b"")
            return
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self._send(304, b"", etag=etag)
        else:
            self._send(200, body, "application/rss+xml", etag=etag)

    def _send(self, status: int, body: bytes, ctype: str = "text/plain", etag: str = "") -> None:
        self.send_response(status)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class FeedFarm:
    def __init__(self, feeds: int, per_host: int = 4) -> None:
        self.hosts = [
            f"127.0.{2 + i // 250}.{2 + i % 250}" for i in range((feeds + per_host - 1) // per_host)
        ]
        self.urls = [
            f"http://{self.hosts[i // per_host]}:{PORT}/feed-{i}.xml" for i in range(feeds)
        ]
        self.items: dict[str, list[str]] = {
            u.split("//", 1)[1].replace(f":{PORT}", ""): [] for u in self.urls
        }
        self.lock = threading.Lock()
        self.servers: list[LoopbackServer] = []
        self._serving = ExitStack()

    def feed(self, key: str) -> bytes | None:
        with self.lock:
            items = self.items.get(key)
            if items is None:
                return None
            host = key.split("/", 1)[0]
            body = "".join(
                f"<item><title>Report {n}</title><link>http://{host}:{PORT}/a/{n}</link>"
                f"<guid>{n}</guid></item>"
                for n in items
            )
        return (
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{key}</title>{body}</channel></rss>"
        ).encode()

    def publish(self, url: str, item: str) -> str:
        """Add an item to a feed; returns its article URL."""
        key = url.split("//", 1)[1].replace(f":{PORT}", "")
        with self.lock:
            self.items[key].append(item)
        return f"http://{key.split('/', 1)[0]}:{PORT}/a/{item}"

    def __enter__(self) -> FeedFarm:
        for host in self.hosts:
            server = LoopbackServer((host, PORT), _Handler)
            server.farm = self  # type: ignore[attr-defined]
            self.servers.append(server)
        self._serving.enter_context(serving(self.servers))
        return self

    def __exit__(self, *exc: object) -> None:
        self._serving.close()
