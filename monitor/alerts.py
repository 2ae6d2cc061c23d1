"""Alerts: the outbox in the archive is sent through apprise, retried with backoff, and
dead-lettered after `max_tries`. apprise only reports success or failure; the rest is ours.

A send that succeeded but whose record was lost in a crash is sent again on restart: an
alert may arrive twice in that one case, never zero times.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import apprise

from monitor.archive import Archive, iso
from monitor.casebook import material
from monitor.config import AlertsConfig, ChannelConfig
from monitor.templates import Message, render

logger = logging.getLogger(__name__)
# apprise logs whole service URLs, tokens included, at DEBUG
logging.getLogger("apprise").setLevel(logging.INFO)


def service_name(url: str) -> str:
    """The scheme of an apprise URL: safe to log, unlike the URL."""
    return url.split("://", 1)[0] if "://" in url else "unknown"


def send(url: str, message: Message, *, timeout: float = 30) -> bool:
    """One delivery attempt through apprise; True when the service accepted it."""
    client = apprise.Apprise()
    if not client.add(url):
        logger.error(
            "alert channel url not understood service=%s: check the apprise URL syntax",
            service_name(url),
        )
        return False
    body_format = (
        apprise.NotifyFormat.HTML if message.format == "html" else apprise.NotifyFormat.MARKDOWN
    )
    return bool(
        client.notify(
            body=message.body, title=message.title, body_format=body_format, timeout=timeout
        )
    )


@dataclass(frozen=True)
class DispatchReport:
    sent: int = 0
    failed: int = 0
    dead: int = 0


def dispatch(
    archive: Archive, channels: list[ChannelConfig], cfg: AlertsConfig, now: datetime
) -> DispatchReport:
    """Send every due alert once; record each outcome before the next send."""
    by_name = {c.name: c for c in channels}
    sent = failed = dead = 0
    for alert in archive.due_alerts(now):
        channel = by_name.get(alert["channel"])
        url = channel.resolve_url() if channel else None
        incident = archive.incident(alert["incident_id"])
        if incident is None:
            continue
        ok = False
        error = "channel no longer configured" if channel is None else "channel URL not set"
        if url:
            sources = archive.incident_sources(alert["incident_id"])
            message = render(service_name(url), incident, sources, alert["kind"])
            ok = send(url, message)
            error = "the service did not accept the notification (see the log above)"
        tries = alert["tries"] + 1
        if ok:
            archive.mark_alert(
                alert["id"],
                {"status": "sent", "tries": tries, "sent_at": iso(now)},
                sent_facts=material(incident),
            )
            sent += 1
            logger.info(
                "alert sent id=%s incident=%s channel=%s",
                alert["id"],
                alert["incident_id"],
                alert["channel"],
            )
            continue
        status = "dead" if tries >= cfg.max_tries else "failed"
        delay = timedelta(seconds=cfg.retry_base * 2 ** (tries - 1))
        archive.mark_alert(
            alert["id"],
            {
                "status": status,
                "tries": tries,
                "last_error": error,
                "next_try_at": iso(now + delay),
            },
        )
        dead += status == "dead"
        failed += status == "failed"
        logger.warning(
            "alert failed id=%s channel=%s tries=%d status=%s error=%s",
            alert["id"],
            alert["channel"],
            tries,
            status,
            error,
        )
    return DispatchReport(sent=sent, failed=failed, dead=dead)
