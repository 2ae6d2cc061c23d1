"""The log: one line per event on stderr, `event key=value ...`, for people (`text`) or for
machines (`json`, one object a line with the key=value fields as keys).

Under systemd (stderr is the journal stream named by $JOURNAL_STREAM) lines carry no time
of their own, the journal adds it, and text lines start with a syslog priority (`<4>`) so
the journal keeps each line's level. Expected network failures that Scrapy logs with a
traceback (a robots.txt that cannot be fetched, a cancelled download) are dropped: the
poll's own line names the source and the error. With -v they are one DEBUG line each.
"""

from __future__ import annotations

import ast
import json
import logging
import os
import re
import sys
from datetime import datetime
from typing import IO, Any

from monitor.redact import RedactingFilter

LEVELS = {"quiet": logging.WARNING, "normal": logging.INFO, "verbose": logging.DEBUG}
# syslog priorities, read by journald at the start of a line
_PRIORITY = {
    logging.CRITICAL: 2,
    logging.ERROR: 3,
    logging.WARNING: 4,
    logging.INFO: 6,
    logging.DEBUG: 7,
}
# key=value, the value quoted ('...' or "...") or up to the next space; a colon that ends
# the value ends the fields ("jobs=40: cancelling them")
_FIELD = re.compile(
    r"""(?<!\S)([a-z_][a-z0-9_]*)=('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\S*?)(?=:?(?:\s|$))"""
)
_RESERVED = {"time", "level", "logger", "event", "message", "traceback"}
_OURS = ("monitor", "crawler")


def under_journal(stream: IO[str]) -> bool:
    """True when `stream` is the journal stream systemd gave this service: $JOURNAL_STREAM
    names its device and inode (a process that inherited the variable but writes elsewhere
    keeps its timestamps)."""
    value = os.environ.get("JOURNAL_STREAM", "")
    try:
        stat = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return value == f"{stat.st_dev}:{stat.st_ino}"


def fields(message: str) -> tuple[str, dict[str, Any]]:
    """Split "poll source=a status=200 error='x y'" into the event ("poll") and its fields
    ({"source": "a", "status": 200, "error": "x y"}); text after the fields stays in the
    message."""
    found: dict[str, Any] = {}
    first = None
    for match in _FIELD.finditer(message):
        key, raw = match.group(1), match.group(2)
        first = match.start() if first is None else first
        if key not in _RESERVED:
            found[key] = _value(raw)
    event = message[:first].strip() if first is not None else message.strip()
    return event.rstrip(":"), found


def _value(raw: str) -> Any:
    if raw == "-":  # "status=-": there is none
        return None
    if raw[:1] in "'\"":
        try:
            return ast.literal_eval(raw)
        except (ValueError, SyntaxError):
            return raw.strip("'\"")
    if re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if re.fullmatch(r"-?\d+\.\d+", raw):
        return float(raw)
    return raw


def _one_line(message: str) -> str:
    """A message that spans lines (Scrapy prints settings as a dict) as one line."""
    return re.sub(r"\s*\n\s*", " ", message) if "\n" in message else message


class TextFormatter(logging.Formatter):
    """`2026-11-30 04:00:53 INFO poll source=a ...`; without the time, and with a syslog
    priority instead, under the journal. Other libraries' lines name their logger."""

    def __init__(self, journal: bool) -> None:
        super().__init__(datefmt="%Y-%m-%d %H:%M:%S")
        self.journal = journal

    def format(self, record: logging.LogRecord) -> str:
        line = f"{record.levelname} {_one_line(record.getMessage())}"
        if not record.name.startswith(_OURS):
            line += f" logger={record.name}"
        if self.journal:
            line = f"<{_PRIORITY.get(record.levelno, 6)}>{line}"
        else:
            line = f"{self.formatTime(record, self.datefmt)} {line}"
        if record.exc_info:
            line += "\n" + (record.exc_text or self.formatException(record.exc_info))
        return line


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (not under the journal), level, logger, event,
    message, each key=value field, and a traceback when there is one."""

    def __init__(self, journal: bool) -> None:
        super().__init__()
        self.journal = journal

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        event, found = fields(message)
        out: dict[str, Any] = {}
        if not self.journal:
            out["time"] = datetime.fromtimestamp(record.created).astimezone().isoformat()
        out |= {"level": record.levelname.lower(), "logger": record.name, "event": event}
        out |= found
        out["message"] = message
        if record.exc_info:
            out["traceback"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


# Scrapy's warnings of a body over DOWNLOAD_MAXSIZE: the poll's or the article's own line
# says the same, with the source
_SAID_AGAIN = re.compile(r"larger than download max size|exceeded DOWNLOAD_MAXSIZE")


class CrawlNoise(logging.Filter):
    """Drops what Scrapy and Twisted log, traceback and all, about an expected network
    failure; with `keep` (-v) each becomes one DEBUG line instead."""

    def __init__(self, keep: bool) -> None:
        super().__init__()
        self.keep = keep

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith(_OURS) or not _expected(record):
            return True
        if not self.keep:
            return False
        message = record.getMessage().split("\n", 1)[0]
        if record.exc_info and record.exc_info[1] is not None:
            from crawler.failures import describe

            message += f" error={describe(record.exc_info[1])!r}"
        record.msg, record.args = message, None
        record.exc_info, record.exc_text = None, None
        record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


def _expected(record: logging.LogRecord) -> bool:
    """A record about an expected failure: a network failure, or a body over the size
    limit (whose poll or article line says the same)."""
    exc = record.exc_info[1] if record.exc_info else None
    if exc is None:
        return bool(_SAID_AGAIN.search(record.getMessage()))
    from crawler.failures import is_network_failure

    return is_network_failure(exc)


def setup_logging(verbosity: str = "normal", log_format: str = "text") -> None:
    """Configure the root logger once, for every command: level, format, and the levels of
    the chatty libraries (Scrapy, APScheduler's per-job lines, apprise's per-send lines)."""
    level = LEVELS[verbosity]
    stream = sys.stderr
    journal = under_journal(stream)
    handler = logging.StreamHandler(stream)
    formatter = JsonFormatter if log_format == "json" else TextFormatter
    handler.setFormatter(formatter(journal))
    handler.addFilter(CrawlNoise(keep=level <= logging.DEBUG))
    handler.addFilter(RedactingFilter())  # keys in URLs masked in every line, whoever logs it
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    chatty = logging.INFO if level <= logging.DEBUG else logging.WARNING
    # apprise logs whole service URLs, secrets included, at DEBUG: never lower than INFO
    for name in ("scrapy", "apscheduler", "apprise"):
        logging.getLogger(name).setLevel(chatty)
    for noisy in ("trafilatura", "htmldate", "filelock", "asyncio", "py.warnings"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
