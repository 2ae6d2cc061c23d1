"""Canonical article URLs: tracking parameters and fragments dropped, so one article is
stored once however it was linked."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "ga_")
_TRACKING = {"fbclid", "gclid", "dclid", "msclkid", "igshid", "ref", "ref_src", "cmpid", "ocid"}


def canonical_url(url: str) -> str:
    """`url` without tracking parameters or fragment, with a lower-case scheme and host."""
    parts = urlsplit(url.strip())
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING and not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), "")
    )
