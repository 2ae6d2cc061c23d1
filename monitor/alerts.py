"""Alerts: the outbox in the archive is sent through apprise, retried with backoff, and
dead-lettered after `max_tries`. apprise only reports success or failure; the rest is ours.

A send that succeeded but whose record was lost in a crash is sent again on restart: an
alert may arrive twice in that one case, never zero times.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import apprise

from monitor.archive import Archive, iso
from monitor.casebook import material
from monitor.config import AlertsConfig, ChannelConfig

logger = logging.getLogger(__name__)
# apprise logs whole service URLs, tokens included, at DEBUG
logging.getLogger("apprise").setLevel(logging.INFO)

MAP_URL = "https://www.openstreetmap.org/?mlat={lat:.4f}&mlon={lon:.4f}#map=10/{lat:.4f}/{lon:.4f}"


@dataclass(frozen=True)
class Message:
    title: str
    body: str


def service_name(url: str) -> str:
    """The scheme of an apprise URL: safe to log, unlike the URL."""
    return url.split("://", 1)[0] if "://" in url else "unknown"


def _fact_line(incident: dict[str, Any]) -> str:
    facts = []
    if incident["projectiles"]:
        facts.append(f"projectiles: {incident['projectiles']}")
    if incident["intercepted"]:
        facts.append("intercepted")
    if incident["killed"] is not None:
        facts.append(f"killed: {incident['killed']}")
    if incident["injured"] is not None:
        facts.append(f"injured: {incident['injured']}")
    if incident["claimed_by"]:
        facts.append(f"claimed by: {incident['claimed_by']}")
    return "; ".join(facts)


def render(incident: dict[str, Any], sources: list[dict[str, Any]]) -> Message:
    """A short Markdown message: what, where, when, facts, evidence, sources, map."""
    weapons = ", ".join(json.loads(incident["weapons"])) or "attack"
    title = (
        f"{weapons.capitalize()} attack on {incident['place_name']} ({incident['country']}), "
        f"{incident['attack_date']}"
    )
    lines = [
        f"**{title}**",
        f"Confidence {incident['confidence']:.2f}, {incident['reports']} report(s).",
    ]
    if facts := _fact_line(incident):
        lines.append(facts[0].upper() + facts[1:])
    evidence = json.loads(sources[0]["evidence"] or "[]") if sources else []
    if evidence:
        lines.append(f"> {evidence[0]}")
    lines += [f"- [{s['title'] or s['url']}]({s['url']}) ({s['source']})" for s in sources[:10]]
    lines.append(
        "Map: " + MAP_URL.format(lat=incident["latitude"] or 0, lon=incident["longitude"] or 0)
    )
    return Message(title=title, body="\n".join(lines))


def send(url: str, message: Message, *, timeout: float = 30) -> bool:
    """One delivery attempt through apprise; True when the service accepted it."""
    client = apprise.Apprise()
    if not client.add(url):
        logger.error(
            "alert channel url not understood service=%s: check the apprise URL syntax",
            service_name(url),
        )
        return False
    return bool(
        client.notify(
            body=message.body,
            title=message.title,
            body_format=apprise.NotifyFormat.MARKDOWN,
            timeout=timeout,
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
            message = render(incident, archive.incident_sources(alert["incident_id"]))
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
