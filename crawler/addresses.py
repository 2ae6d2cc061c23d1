"""Which links the crawler may follow. Pure: a URL and what the operator trusts in, a
verdict out; the download path (`crawler.linkguard`) applies it to every request and hop.

A host is read the way the C library and browsers read it, so that every spelling of an
internal address is caught: `[::1]`, `::ffff:127.0.0.1`, `2130706433`, `0x7f000001`,
`0177.0.0.1` and `127.1` are all loopback.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
SCHEMES = ("http", "https")
# IPv6 prefixes that carry an IPv4 address in their low 32 bits (NAT64, IPv4-compatible)
_EMBEDDING = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("::/96"))


def _ipv4_number(label: str) -> int | None:
    """One label of an IPv4 host in any base inet_aton accepts: 0x7f, 0177, 127."""
    try:
        if label[:2].lower() == "0x":
            return int(label[2:] or "0", 16)
        if len(label) > 1 and label.startswith("0"):
            return int(label[1:], 8)
        return int(label, 10) if label.isdigit() else None
    except ValueError:
        return None


def _ipv4(host: str) -> ipaddress.IPv4Address | None:
    """An IPv4 address written with 1 to 4 numbers in any base (127.1 is 127.0.0.1)."""
    labels = host.split(".")
    if labels and labels[-1] == "":  # a trailing dot
        labels.pop()
    if not 1 <= len(labels) <= 4 or "" in labels:
        return None
    numbers = [_ipv4_number(label) for label in labels]
    if any(n is None for n in numbers):
        return None
    *head, last = [n for n in numbers if n is not None]
    if any(n > 255 for n in head) or last >= 256 ** (4 - len(head)):
        return None
    value = last
    for i, n in enumerate(head):
        value += n << (24 - 8 * i)
    return ipaddress.IPv4Address(value)


def literal_ip(host: str) -> IPAddress | None:
    """The address `host` spells, or None when it is a name to be resolved."""
    bare = host.strip().strip("[]")
    try:
        return ipaddress.ip_address(bare)
    except ValueError:
        pass
    return None if ":" in bare else _ipv4(bare)


def host_key(host: str) -> str:
    """A host as compared by the policy: lower case, no trailing dot, an address in its
    one canonical spelling (an IPv4-mapped IPv6 address as IPv4)."""
    ip = literal_ip(host)
    if ip is None:
        return host.strip().strip("[]").rstrip(".").lower()
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return str(ip)


def _embedded(ip: IPAddress) -> list[IPAddress]:
    """The addresses to judge `ip` by: an IPv4-mapped address is its IPv4 address; other
    IPv6 addresses that carry one (6to4, Teredo, NAT64, IPv4-compatible) are judged by both."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return [ip]
    if ip.scope_id:
        ip = ipaddress.IPv6Address(str(ip).split("%", 1)[0])
    if ip.ipv4_mapped is not None:
        return [ip.ipv4_mapped]
    found: list[IPAddress] = [a for a in (ip.sixtofour,) if a is not None]
    if ip.teredo is not None:
        found += list(ip.teredo)
    if any(ip in net for net in _EMBEDDING) and int(ip) > 1:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return [*found, ip]


def address_kind(ip: IPAddress) -> str | None:
    """What makes `ip` internal ("loopback", "private", ...), or None for a public address."""
    for address in _embedded(ip):
        for kind in ("loopback", "unspecified", "link_local", "multicast", "private", "reserved"):
            if getattr(address, f"is_{kind}"):
                return kind.replace("_", "-")
        if not address.is_global:
            return "non-public"
    return None


@dataclass(frozen=True)
class Verdict:
    """A link's verdict: `refused` says why it may not be fetched; `resolve` names a host
    whose addresses must be checked before it is."""

    refused: str | None = None
    resolve: str | None = None


def trusted_hosts(urls: Iterable[str], hosts: Iterable[str] = ()) -> frozenset[str]:
    """The keys of the hosts of `urls` (configured sources) and of `hosts` (allowed)."""
    keys = {host_key(urlsplit(url).hostname or "") for url in urls}
    keys.update(host_key(h) for h in hosts)
    keys.discard("")
    return frozenset(keys)


def judge(url: str, trusted: frozenset[str], allow_private: bool) -> Verdict:
    """May `url` be fetched? Only http(s); a trusted host (the source's own, or one the
    operator allowed) may be anything; otherwise no internal address in any spelling."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        return Verdict(refused=f"unreadable URL ({exc})")
    if parts.scheme.lower() not in SCHEMES:
        return Verdict(refused=f"scheme '{parts.scheme}:' (only http and https are followed)")
    if not host:
        return Verdict(refused="no host in the URL")
    if allow_private or host_key(host) in trusted:
        return Verdict()
    ip = literal_ip(host)
    if ip is None:
        return Verdict(resolve=host)
    kind = address_kind(ip)
    return Verdict(refused=f"{host} is a {kind} address ({ip})") if kind else Verdict()


def check_resolved(host: str, addresses: Iterable[str]) -> str | None:
    """Why a name is refused (it resolves to an internal address), or None."""
    for text in addresses:
        ip = literal_ip(text)
        kind = address_kind(ip) if ip is not None else None
        if kind:
            return f"{host} resolves to {ip}, a {kind} address"
    return None
