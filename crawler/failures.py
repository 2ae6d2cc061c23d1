"""Network failures: which exceptions are the web being the web (a name that does not
resolve, a refused or reset connection, a timeout, a TLS handshake that fails), and how to
say one in a single line. Such a failure is an outcome of a poll, never a traceback; a
server that asks us to wait says how long in Retry-After."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
from twisted.internet import defer
from twisted.internet import error as tx_error
from twisted.web.client import ResponseFailed

NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    ResponseDataLossError,
    IgnoreRequest,
    ResponseFailed,
    tx_error.ConnectError,  # DNS lookup, refused, TCP timeout, no route
    tx_error.ConnectionLost,
    tx_error.ConnectionDone,
    tx_error.TimeoutError,
    defer.CancelledError,
    asyncio.CancelledError,
    TimeoutError,
    ConnectionError,
)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def is_network_failure(exc: BaseException) -> bool:
    """True when `exc`, or an exception it was raised from, is an expected network failure
    (also a TLS error: pyOpenSSL's errors are recognised by their module)."""
    return any(isinstance(e, NETWORK_ERRORS) or _is_tls(e) for e in _chain(exc))


def _is_tls(exc: BaseException) -> bool:
    return type(exc).__module__.startswith("OpenSSL") or "SSL" in type(exc).__name__


def _reasons(exc: BaseException) -> list[BaseException]:
    """What a Twisted ResponseFailed wraps (its `reasons` are Failures), anywhere in the
    chain; empty when nothing is wrapped."""
    for link in _chain(exc):
        reasons = getattr(link, "reasons", None)
        if isinstance(link, ResponseFailed) and reasons:
            return [getattr(r, "value", r) for r in reasons]
    return []


def _tls_text(exc: BaseException) -> str:
    """pyOpenSSL puts [(library, function, reason), ...] in args[0]: the reasons say it."""
    parts = exc.args[0] if exc.args and isinstance(exc.args[0], list) else []
    reasons = [str(p[-1]) for p in parts if isinstance(p, tuple) and p and p[-1]]
    return "TLS error: " + ("; ".join(reasons) or str(exc) or type(exc).__name__)


def describe(exc: BaseException) -> str:
    """One line for a failure: "DownloadTimeoutError: Getting ... took longer than 3.0
    seconds.", "TLS error: wrong version number", "HTTP 404"."""
    response = getattr(exc, "response", None)
    if response is not None and getattr(response, "status", None) is not None:
        return f"HTTP {response.status}"
    for inner in _reasons(exc):
        if _is_tls(inner):
            return _tls_text(inner)
    if _is_tls(exc):
        return _tls_text(exc)
    wrapped = _reasons(exc)
    if wrapped:
        return f"{type(exc).__name__}: " + "; ".join(describe(w) for w in wrapped)
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
