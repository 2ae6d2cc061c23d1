"""The alert outbox: alerts are queued in the transaction that changed their incident, and
sent, retried and dead-lettered by the dispatcher (monitor.alerts.dispatch)."""

from __future__ import annotations

import json
import logging
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from monitor.config import AlertsConfig, ChannelConfig
from monitor.store.casebook import MATERIAL, told_facts, told_wrong
from monitor.store.dbutil import iso, locked, writing

logger = logging.getLogger(__name__)
# days an alerted incident's day may have moved from the day its last alert told: its day is
# the one most of its reports give, and they lie a day or two apart; two weeks is ample
MOVED_DAYS = 14


class Outbox:
    """The `alerts` table, held by the Archive: it shares the archive's connection and lock,
    so that alerts are queued in the transaction that changed their incident."""

    def __init__(self, db: Database, lock: Any, path: Path) -> None:
        self.db = db
        self.lock = lock
        self.path = path

    def queue_alerts(
        self, incident: str, channels: list[ChannelConfig], cfg: AlertsConfig, now: datetime
    ) -> int:
        """A first alert for each channel the incident now passes; an update where a channel
        was told already and a material fact changed, at most one per `update_interval`,
        except news that goes out at once: a claimed attack is confirmed, or the place or day
        told was wrong."""
        row = next(self.db.table("incidents").rows_where("id = ?", [incident]))
        if row["merged_into"]:
            return 0
        oldest = now.date() - timedelta(days=cfg.max_age_days)
        if cfg.max_age_days and date.fromisoformat(row["attack_date"]) < oldest:
            return 0
        # `alerted_facts` is what the last alert sent said: a pending alert will say the rest
        told = told_facts(row)
        wrong = told is not None and told_wrong(self.db, row)
        changed = told is not None and (any(told.get(k) != row[k] for k in MATERIAL) or wrong)
        confirmed_now = told is not None and not told.get("confirmed") and row["confirmed"]
        urgent = confirmed_now or wrong
        since = iso(now - timedelta(seconds=cfg.update_interval))
        told_of = self._told_of(row)
        queued = 0
        for channel in channels:
            if channel.tags == [cfg.ops_tag] or not channel_accepts(channel, row):
                continue  # a channel only for operators gets no attack alerts
            if channel.name in told_of:
                continue  # its base and day were told: the same attack, grouped apart
            first = self.db.execute(
                "insert or ignore into alerts (incident_id, channel, kind, status, tries, "
                "next_try_at, created_at) values (?, ?, 'new', 'pending', 0, ?, ?)",
                [incident, channel.name, iso(now), iso(now)],
            ).rowcount
            waiting, recent = self.db.execute(
                "select count(*) filter (where status != 'sent'), "
                "count(*) filter (where created_at > ?) from alerts "
                "where incident_id = ? and channel = ? and kind = 'update'",
                [since, incident, channel.name],
            ).fetchone()
            if not first and changed and not waiting and (not recent or urgent):
                self.db.execute(
                    "insert into alerts (incident_id, channel, kind, status, tries, "
                    "next_try_at, created_at) values (?, ?, 'update', 'pending', 0, ?, ?)",
                    [incident, channel.name, iso(now), iso(now)],
                )
                queued += 1
            queued += first
        return queued

    def _told_of(self, row: dict[str, Any]) -> set[str]:
        """The channels told of this incident's base and day by another incident: one whose
        first alert is sent or on its way and that is on that base and day, or whose last
        alert sent said so (it moved since), or that took in an incident alerted so. Grouping
        can flip as reports arrive ("the 4th and the 5th are one attack", then "two"), and
        make a second incident of an attack a channel was told of: it is not told again.
        Channels this incident has a first alert for already are not among them."""
        day = date.fromisoformat(row["attack_date"])
        span = [(day + timedelta(days=d)).isoformat() for d in (-MOVED_DAYS, MOVED_DAYS)]
        where = [row["place_id"], row["attack_date"]]
        rows = self.db.execute(
            "select distinct channel from alerts where kind = 'new' "
            "and status in ('sent', 'pending', 'failed') and channel not in ("
            "select channel from alerts where incident_id = ? and kind = 'new') "
            "and incident_id in ("
            "select id from incidents where id != ? and ((place_id = ? and attack_date = ?) "
            "or (attack_date between ? and ? and json_extract(alerted_facts, '$.place_id') = ? "
            "and json_extract(alerted_facts, '$.attack_date') = ?)) "
            "union select merged_into from incidents where place_id = ? and attack_date = ? "
            "and merged_into != ? and first_alerted is not null)",
            [row["id"], row["id"], *where, *span, *where, *where, row["id"]],
        )
        return {channel for (channel,) in rows.fetchall()}

    # --- reading --------------------------------------------------------------------

    @locked
    def due_alerts(self, now: datetime) -> list[dict[str, Any]]:
        return list(
            self.db.table("alerts").rows_where(
                "status in ('pending', 'failed') and next_try_at <= ?", [iso(now)], order_by="id"
            )
        )

    @locked
    def mark_alert(
        self, alert_id: int, update: dict[str, Any], sent_facts: dict[str, Any] | None = None
    ) -> None:
        """Record a try; `sent_facts` are the material facts the sent alert told. The first
        alert sent for an incident marks when it was first told (its time to alert)."""
        with writing(self.db):
            self.db.table("alerts").update(alert_id, update)
            alert = self.db.table("alerts").get(alert_id)
            incident = alert["incident_id"]
            if sent_facts is not None and incident is not None:
                facts = json.dumps(sent_facts, sort_keys=True)
                self.db.table("incidents").update(incident, {"alerted_facts": facts})
            if incident is not None and alert["kind"] == "new" and alert["status"] == "sent":
                self.db.execute(
                    "update incidents set first_alerted = ? where id = ? and "
                    "(first_alerted is null or first_alerted > ?)",
                    [alert["sent_at"], incident, alert["sent_at"]],
                )

    @locked
    def queue_ops(
        self,
        subject: str,
        body: str,
        channels: list[ChannelConfig],
        cfg: AlertsConfig,
        now: datetime,
        *,
        exclude: str | None = None,
    ) -> int:
        """An operator alert to every channel with the ops tag (but `exclude`)."""
        targets = [c for c in channels if cfg.ops_tag in c.tags and c.name != exclude]
        with writing(self.db):
            for channel in targets:
                self.db.table("alerts").insert(
                    {
                        "incident_id": None,
                        "channel": channel.name,
                        "kind": "ops",
                        "status": "pending",
                        "tries": 0,
                        "next_try_at": iso(now),
                        "created_at": iso(now),
                        "subject": subject,
                        "body": body,
                    }
                )
        if not targets:
            logger.warning("operator alert with no channel tagged %r: %s", cfg.ops_tag, subject)
        return len(targets)

    @locked
    def last_digest(self, channel: str) -> str | None:
        row = self.db.execute(
            "select max(sent_at) from alerts where channel = ? and kind != 'ops'", [channel]
        ).fetchone()
        return row[0] if row else None

    @locked
    def recent(self, status: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Alerts, newest first, with their incident's title facts."""
        where = "where a.status = ?" if status else ""
        cursor = self.db.execute(
            "select a.id, a.status, a.kind, a.channel, a.incident_id, a.tries, a.created_at, "
            "a.sent_at, a.next_try_at, a.last_error, coalesce(i.place_name, a.subject) "
            "as place_name, coalesce(i.attack_date, '') as attack_date "
            f"from alerts a left join incidents i on i.id = a.incident_id {where} "
            "order by a.id desc limit ?",
            [status, limit] if status else [limit],
        )
        cols = [c[0] for c in cursor.description]
        return [dict(zip(cols, r, strict=True)) for r in cursor.fetchall()]

    @locked
    def retry(self, ids: list[int], now: datetime) -> int:
        """Make failed or dead alerts due again (all of them when `ids` is empty)."""
        where = "status in ('failed', 'dead')"
        params: list[Any] = [iso(now)]
        if ids:
            where += f" and id in ({','.join('?' * len(ids))})"
            params += ids
        with writing(self.db):
            cursor = self.db.execute(
                f"update alerts set status = 'pending', next_try_at = ? where {where}", params
            )
        return cursor.rowcount


def channel_accepts(channel: ChannelConfig, incident: dict[str, Any]) -> bool:
    """Whether an incident passes a channel's filters and confidence threshold."""
    if incident["confidence"] < channel.min_confidence:
        return False
    if not channel.claims and not incident.get("confirmed"):
        return False  # known only from a group's claim, and this channel waits for more
    if channel.countries and incident["country"] not in channel.countries:
        return False
    if channel.bases and incident["place_id"] not in channel.bases:
        return False
    weapons = set(json.loads(incident["weapons"]))
    return not (channel.weapons and not weapons & set(channel.weapons))
