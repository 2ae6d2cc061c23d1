"""The link policy in Scrapy's download path (the rules are in `crawler.addresses`).

Two guards, because a name can resolve to an internal address:

- `LinkPolicyMiddleware`, first of the downloader middlewares (before robots.txt, so a
  refused host's robots.txt is not fetched either), judges every request and every redirect
  hop against its source: the scheme, the host in any spelling, and the addresses a name
  resolves to. A refusal raises `RefusedLink` and logs one line.
- `GuardedResolver`, the reactor's name resolver, drops at connection time every internal
  address of a name no source trusts, so a name that resolves differently the second time
  (DNS rebinding) cannot reach one either.

Settings: LINK_POLICY_ALLOW_PRIVATE (bool), LINK_POLICY_TRUSTED_HOSTS (the hosts of every
configured source and every `allowed_hosts`: used for requests with no source, robots.txt).
"""

from __future__ import annotations

import asyncio
import logging
import socket
from typing import Any, Self

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from twisted.internet.interfaces import IHostnameResolver, IResolutionReceiver
from zope.interface import implementer

from crawler.addresses import (
    address_kind,
    check_resolved,
    host_key,
    judge,
    literal_ip,
    trusted_hosts,
)
from crawler.items import Target

logger = logging.getLogger(__name__)
RESOLVE_TIMEOUT = 15.0  # seconds; past it the resolver's own guard still holds


class RefusedLink(IgnoreRequest):
    """A link the policy does not let us fetch."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"link refused: {reason}")


def target_trust(target: Target) -> frozenset[str]:
    """The hosts one source's links may use freely: its own (or its origin's) and those the
    operator allowed."""
    return trusted_hosts([target.origin or target.url], target.allowed_hosts)


class LinkPolicyMiddleware:
    """Downloader middleware: refuse what the link policy refuses, before anything is sent."""

    def __init__(self, allow_private: bool, trusted: frozenset[str]) -> None:
        self.allow_private = allow_private
        self.trusted = trusted

    @classmethod
    def from_crawler(cls, crawler: Any) -> Self:
        settings = crawler.settings
        return cls(
            settings.getbool("LINK_POLICY_ALLOW_PRIVATE"),
            frozenset(settings.getlist("LINK_POLICY_TRUSTED_HOSTS")),
        )

    async def process_request(self, request: Request) -> None:
        target: Target | None = request.meta.get("target")
        trusted = target_trust(target) if target is not None else self.trusted
        verdict = judge(request.url, trusted, self.allow_private)
        reason = verdict.refused
        if reason is None and verdict.resolve is not None:
            reason = await _resolves_inside(verdict.resolve)
        if reason is None:
            return
        logger.warning(
            "link refused source=%s url=%s reason=%r: not fetched (allow it with the "
            "source's allowed_hosts or [crawler] allow_private_links)",
            target.name if target is not None else "-",
            request.url,
            reason,
        )
        raise RefusedLink(request.url, reason)


async def _resolves_inside(host: str) -> str | None:
    """Why `host` is refused (one of its addresses is internal), or None. A name that does
    not resolve is left to fail as the download's own DNS error."""
    loop = asyncio.get_running_loop()
    try:
        found = await asyncio.wait_for(
            loop.getaddrinfo(host, None, type=socket.SOCK_STREAM), RESOLVE_TIMEOUT
        )
    except (OSError, UnicodeError, TimeoutError):
        return None
    return check_resolved(host, (str(info[4][0]) for info in found))


@implementer(IHostnameResolver)
class GuardedResolver:
    """The reactor's name resolver: for a name no source trusts, internal addresses are
    dropped from the answer, so the connection can only go to a public one (none left: the
    download fails as a DNS error, and nothing is fetched)."""

    def __init__(self, inner: Any, trusted: frozenset[str], allow_private: bool) -> None:
        self.inner = inner
        self.trusted = trusted
        self.allow_private = allow_private

    def resolveHostName(  # noqa: N802 (Twisted's interface)
        self,
        resolutionReceiver: Any,  # noqa: N803
        hostName: str,  # noqa: N803
        portNumber: int = 0,  # noqa: N803
        addressTypes: Any = None,  # noqa: N803
        transportSemantics: str = "TCP",  # noqa: N803
    ) -> Any:
        receiver = resolutionReceiver
        if not (self.allow_private or host_key(hostName) in self.trusted):
            receiver = _PublicOnly(resolutionReceiver, hostName)
        return self.inner.resolveHostName(
            receiver, hostName, portNumber, addressTypes, transportSemantics
        )

    @classmethod
    def install(cls, reactor: Any, trusted: frozenset[str], allow_private: bool) -> None:
        """Guard the reactor's resolver; again on every reload (the guard is replaced)."""
        current = reactor.nameResolver
        inner = current.inner if isinstance(current, cls) else current
        reactor.installNameResolver(cls(inner, trusted, allow_private))


@implementer(IResolutionReceiver)
class _PublicOnly:
    """Passes on the public addresses of a name, and logs the internal ones it drops."""

    def __init__(self, receiver: Any, name: str) -> None:
        self.receiver = receiver
        self.name = name
        self.dropped: list[str] = []

    def resolutionBegan(self, resolution: Any) -> None:  # noqa: N802
        self.receiver.resolutionBegan(resolution)

    def addressResolved(self, address: Any) -> None:  # noqa: N802
        ip = literal_ip(address.host)
        kind = address_kind(ip) if ip is not None else "unreadable"
        if kind:
            self.dropped.append(f"{address.host} ({kind})")
            return
        self.receiver.addressResolved(address)

    def resolutionComplete(self) -> None:  # noqa: N802
        if self.dropped:
            logger.warning(
                "link refused host=%s addresses=%s: an internal address, not connected to",
                self.name,
                ",".join(self.dropped),
            )
        self.receiver.resolutionComplete()
