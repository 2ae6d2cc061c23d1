"""Alerts: the outbox in the archive is sent through apprise, retried with backoff, and
dead-lettered after `max_tries`. apprise only reports success or failure; the rest is ours.

A send that succeeded but whose record was lost in a crash is sent again on restart: an
alert may arrive twice in that one case, never zero times. A send whose record failed
(disk full) is remembered by the process (`Unrecorded`): it records it again before each
delivery and never sends it again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import apprise

from monitor.alerts.templates import Message, digest, render
from monitor.config import AlertsConfig, ChannelConfig
from monitor.redact import redact
from monitor.store.archive import Archive
from monitor.store.casebook import material
from monitor.store.dbutil import iso

logger = logging.getLogger(__name__)
# apprise logs whole service URLs, tokens included, at DEBUG: never below INFO (the CLI
# may have set it higher, to WARNING)
logging.getLogger("apprise").setLevel(max(logging.INFO, logging.getLogger("apprise").level))


def service_name(url: str) -> str:
    """The scheme of an apprise URL: safe to log, unlike the URL."""
    return url.split("://", 1)[0] if "://" in url else "unknown"


def _client(url: str) -> apprise.Apprise | None:
    """An apprise client for `url`, or None when apprise cannot read it. Asked quietly:
    apprise's own complaint quotes the whole URL, tokens included."""
    client = apprise.Apprise()
    quiet = logging.getLogger("apprise")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL + 1)
    try:
        return client if client.add(url) else None
    finally:
        quiet.setLevel(level)


def masked_url(url: str) -> str:
    """An apprise URL fit to show: the service's own masking of its secrets (tokens in the
    path, passwords), without the query (where custom headers and keys would show, beside
    apprise's defaults), and what `redact` masks besides. A URL apprise cannot read shows
    as its scheme alone."""
    client = _client(url)
    if client is None:
        return f"{service_name(url)}://..."
    return redact(client[0].url(privacy=True).partition("?")[0].rstrip("/"))


def readable_url(url: str) -> bool:
    """Can apprise send to `url` (a known service, its required parts present)?"""
    return _client(url) is not None


def send(url: str, message: Message, *, timeout: float = 30) -> bool:
    """One delivery attempt through apprise; True when the service accepted it."""
    client = _client(url)
    if client is None:
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


Unrecorded = dict[int, tuple[dict[str, Any], dict[str, Any] | None]]
"""Alerts this process sent but could not record as sent: alert id -> (the outbox update,
the facts the alert told). The daemon keeps one for its whole life."""


@dataclass(frozen=True)
class DispatchReport:
    sent: int = 0
    failed: int = 0
    dead: int = 0


DIGEST_PERIOD = {"hourly": timedelta(hours=1), "daily": timedelta(days=1)}


class _Dispatcher:
    """One pass over the outbox: each due alert is sent once and its outcome recorded
    before the next send."""

    def __init__(
        self,
        archive: Archive,
        channels: list[ChannelConfig],
        cfg: AlertsConfig,
        now: datetime,
        unrecorded: Unrecorded,
    ) -> None:
        self.archive = archive
        self.unrecorded = unrecorded
        self.channels = {c.name: c for c in channels}
        self.all_channels = channels
        self.cfg = cfg
        self.now = now
        self.sent = self.failed = self.dead = 0

    def run(self) -> DispatchReport:
        """Record what was sent but not recorded, then send what is due. An archive that
        cannot be written ends the pass (ArchiveError) with every send remembered."""
        for alert_id in list(self.unrecorded):
            self._record(alert_id)
        digests: dict[str, list[dict[str, Any]]] = {}
        for alert in self.archive.outbox.due_alerts(self.now):
            if alert["id"] in self.unrecorded:
                continue  # sent already
            channel = self.channels.get(alert["channel"])
            if channel and channel.digest and alert["kind"] != "ops":
                digests.setdefault(channel.name, []).append(alert)
                continue
            self._one(alert, channel)
        for name, alerts in digests.items():
            self._digest(self.channels[name], alerts)
        return DispatchReport(sent=self.sent, failed=self.failed, dead=self.dead)

    def _message(self, alert: dict[str, Any], url: str) -> tuple[Message, dict[str, Any] | None]:
        if alert["kind"] == "ops":
            return Message(title=alert["subject"], body=alert["body"], format="markdown"), None
        incident = self.archive.incident(alert["incident_id"])
        assert incident is not None
        sources = self.archive.incident_sources(alert["incident_id"])
        return render(service_name(url), incident, sources, alert["kind"]), incident

    def _one(self, alert: dict[str, Any], channel: ChannelConfig | None) -> None:
        url = channel.resolve_url() if channel else None
        if not url:
            error = "channel no longer configured" if channel is None else "channel URL not set"
            self._failed([alert], error)
            return
        message, incident = self._message(alert, url)
        if send(url, message):
            self._sent([alert], incident)
        else:
            self._failed([alert], "the service did not accept the notification (see the log)")

    def _digest(self, channel: ChannelConfig, alerts: list[dict[str, Any]]) -> None:
        """One summary of the channel's waiting alerts, once its period has passed."""
        last = self.archive.outbox.last_digest(channel.name)
        assert channel.digest is not None
        if last and datetime.fromisoformat(last) + DIGEST_PERIOD[channel.digest] > self.now:
            return
        url = channel.resolve_url()
        if not url:
            self._failed(alerts, "channel URL not set")
            return
        incidents = {a["incident_id"]: self.archive.incident(a["incident_id"]) for a in alerts}
        found = [i for i in incidents.values() if i is not None]
        # an incident whose first alert this digest does not carry was told of before
        first = {a["incident_id"] for a in alerts if a["kind"] == "new"}
        message = digest(
            channel.digest,
            found,
            {i["id"]: self.archive.incident_sources(i["id"]) for i in found},
            frozenset(i["id"] for i in found) - first,
        )
        if send(url, message):
            for alert in alerts:
                self._sent([alert], incidents.get(alert["incident_id"]))
        else:
            self._failed(alerts, "the service did not accept the digest (see the log)")

    def _record(self, alert_id: int) -> None:
        update, facts = self.unrecorded[alert_id]
        self.archive.outbox.mark_alert(alert_id, update, sent_facts=facts)
        del self.unrecorded[alert_id]

    def _sent(self, alerts: list[dict[str, Any]], incident: dict[str, Any] | None) -> None:
        """Remember every alert of the send first, then record each: a record that fails
        leaves the rest remembered, and none is sent again."""
        for alert in alerts:
            self.unrecorded[alert["id"]] = (
                {"status": "sent", "tries": alert["tries"] + 1, "sent_at": iso(self.now)},
                material(incident) if incident else None,
            )
            self.sent += 1
            logger.info(
                "alert sent id=%s kind=%s incident=%s channel=%s",
                alert["id"],
                alert["kind"],
                alert["incident_id"],
                alert["channel"],
            )
        for alert in alerts:
            self._record(alert["id"])

    def _failed(self, alerts: list[dict[str, Any]], error: str) -> None:
        for alert in alerts:
            tries = alert["tries"] + 1
            status = "dead" if tries >= self.cfg.max_tries else "failed"
            delay = timedelta(seconds=self.cfg.retry_base * 2 ** (tries - 1))
            self.archive.outbox.mark_alert(
                alert["id"],
                {
                    "status": status,
                    "tries": tries,
                    "last_error": error,
                    "next_try_at": iso(self.now + delay),
                },
            )
            logger.warning(
                "alert failed id=%s channel=%s tries=%d status=%s error=%r",
                alert["id"],
                alert["channel"],
                tries,
                status,
                error,
            )
            if status == "dead":
                self.dead += 1
                self.archive.outbox.queue_ops(
                    f"basewatch: channel {alert['channel']} is failing",
                    f"Alert {alert['id']} could not be delivered to channel "
                    f"'{alert['channel']}' after {tries} tries ({error}). Check the channel "
                    "with `basewatch test-alert`, then `basewatch alerts --retry-all`.",
                    self.all_channels,
                    self.cfg,
                    self.now,
                    exclude=alert["channel"],
                )
            else:
                self.failed += 1


def dispatch(
    archive: Archive,
    channels: list[ChannelConfig],
    cfg: AlertsConfig,
    now: datetime,
    unrecorded: Unrecorded | None = None,
) -> DispatchReport:
    """Send every due alert once (digest channels: a summary once their period passed).
    `unrecorded` is the caller's memory of sends not yet recorded."""
    memory: Unrecorded = {} if unrecorded is None else unrecorded
    return _Dispatcher(archive, channels, cfg, now, memory).run()


def notify_operators(channels: list[ChannelConfig], cfg: AlertsConfig, message: Message) -> int:
    """An operator alert sent straight through apprise to every channel with the ops tag,
    not through the outbox (for when the archive itself is what failed); returns how many
    channels took it."""
    targets = [c for c in channels if cfg.ops_tag in c.tags]
    if not targets:
        logger.warning("operator alert with no channel tagged %r: %s", cfg.ops_tag, message.title)
    taken = 0
    for channel in targets:
        url = channel.resolve_url()
        if url and send(url, message):
            taken += 1
        else:
            logger.error("operator alert not delivered channel=%s", channel.name)
    return taken
