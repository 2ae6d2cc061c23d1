"""Secrets out of what we print: the values of query keys such as `apikey` or `token` and
the password of `user:password@` in any URL of a text, and a logging filter that does the
same to every log line (Scrapy's and the libraries' included) before it is written.
"""

from __future__ import annotations

import logging
import re

SECRET_KEYS = (
    "apikey",
    "api_key",
    "api-key",
    "token",
    "access_token",
    "auth_token",
    "key",
    "secret",
    "client_secret",
    "password",
    "passwd",
    "sig",
    "signature",
    "auth",
)
MASK = "***"
_QUERY = re.compile(
    r"(?P<head>[?&;](?:" + "|".join(re.escape(k) for k in SECRET_KEYS) + r")=)[^&#\s'\"<>]+",
    re.IGNORECASE,
)
_USERINFO = re.compile(r"(?P<head>\b[a-z][a-z0-9+.-]*://[^/\s:@]*:)[^@\s/]+(?=@)", re.IGNORECASE)


def redact(text: str) -> str:
    """`text` with every secret in its URLs replaced by ***."""
    if "=" not in text and "@" not in text:
        return text
    text = _QUERY.sub(lambda m: m.group("head") + MASK, text)
    return _USERINFO.sub(lambda m: m.group("head") + MASK, text)


class RedactingFilter(logging.Filter):
    """A handler filter: the record's message, traceback and stack, with secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = redact(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
