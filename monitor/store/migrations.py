"""Numbered, transactional migrations of the archive (sqlite-utils `Migrations`).

Never edit a migration that has shipped: add the next number.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("basewatch")


def migration_names() -> list[str]:
    """Every migration this basewatch knows, in order (all are pending on an empty file)."""
    return [m.name for m in migrations.pending(Database(memory=True))]


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    db.table("sources").create(
        {
            "name": str,
            "kind": str,
            "url": str,
            "every_s": float,
            "etag": str,
            "last_modified": str,
            "last_polled": str,
            "last_ok": str,
            "last_status": int,
            "last_error": str,
            "failures": int,
            "next_due": str,
            "articles_seen": int,
            "articles_matched": int,
        },
        pk="name",
        defaults={"failures": 0, "articles_seen": 0, "articles_matched": 0},
        not_null={"kind", "url"},
    )
    db.table("articles").create(
        {
            "id": int,
            "url": str,
            "source": str,
            "title": str,
            "published": str,
            "fetched_at": str,
            "language": str,
            "text": str,
            "content_hash": str,
            "extraction": str,
        },
        pk="id",
        not_null={"url", "fetched_at"},
    )
    db.table("articles").create_index(["url"], unique=True)
    db.table("articles").create_index(["content_hash"])
    db.table("articles").enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61")
    db.table("detections").create(
        {
            "article_id": int,
            "attack": int,
            "confidence": float,
            "bases": str,
            "region": str,
            "attack_date": str,
            "weapons": str,
            "projectiles": int,
            "intercepted": int,
            "killed": int,
            "injured": int,
            "claimed_by": str,
            "evidence": str,
            "matcher_version": str,
            "created_at": str,
        },
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("bases").create(
        {
            "id": str,
            "name": str,
            "country": str,
            "latitude": float,
            "longitude": float,
            "hosted": str,
            "is_region": int,
        },
        pk="id",
    )
    db.table("incidents").create(
        {
            "id": str,
            "place_id": str,
            "place_name": str,
            "country": str,
            "latitude": float,
            "longitude": float,
            "attack_date": str,
            "weapons": str,
            "projectiles": int,
            "intercepted": int,
            "killed": int,
            "injured": int,
            "claimed_by": str,
            "confidence": float,
            "reports": int,
            "first_seen": str,
            "last_seen": str,
        },
        pk="id",
    )
    db.table("incidents").create_index(["place_id", "attack_date"])
    db.table("incidents").create_index(["attack_date"])
    db.table("incident_articles").create(
        {"incident_id": str, "article_id": int, "added_at": str},
        pk=("incident_id", "article_id"),
        foreign_keys=[("incident_id", "incidents", "id"), ("article_id", "articles", "id")],
    )
    db.table("alerts").create(
        {
            "id": int,
            "incident_id": str,
            "channel": str,
            "kind": str,
            "status": str,
            "tries": int,
            "next_try_at": str,
            "last_error": str,
            "created_at": str,
            "sent_at": str,
        },
        pk="id",
        defaults={"status": "pending", "tries": 0},
        not_null={"incident_id", "channel", "kind", "status", "created_at"},
        foreign_keys=[("incident_id", "incidents", "id")],
    )
    db.table("alerts").create_index(["incident_id", "channel", "kind"], unique=True)
    db.table("alerts").create_index(["status", "next_try_at"])


@migrations(name="0002_reports_and_updates")
def reports_and_updates(db: Database) -> None:
    """One row per report of an attack on one place, so incidents can be regrouped from
    whatever arrived; merged incidents point to the one that absorbed them; updates may
    follow a channel's first alert."""
    db.table("reports").create(
        {
            "article_id": int,
            "place_id": str,
            "region": str,
            "is_region": int,
            "attack_date": str,
            "weapons": str,
            "content_hash": str,
            "source": str,
            "confidence": float,
            "incident_id": str,
        },
        pk=("article_id", "place_id"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("reports").create_index(["attack_date"])
    db.table("reports").create_index(["incident_id"])
    db.table("bases").add_column("region", str)
    db.table("incidents").add_column("sources", int)
    db.table("incidents").add_column("merged_into", str)
    db.table("incidents").add_column("alerted_facts", str)
    db.execute("drop index if exists idx_alerts_incident_id_channel_kind")
    db.execute(
        "create unique index idx_alerts_first on alerts (incident_id, channel) where kind = 'new'"
    )
    db.execute(
        "insert or ignore into reports (article_id, place_id, region, is_region, attack_date, "
        "weapons, content_hash, source, confidence, incident_id) "
        "select a.id, i.place_id, null, 0, d.attack_date, d.weapons, a.content_hash, a.source, "
        "d.confidence, i.id from incident_articles ia join incidents i on i.id = ia.incident_id "
        "join articles a on a.id = ia.article_id join detections d on d.article_id = a.id"
    )


@migrations(name="0003_operator_alerts")
def operator_alerts(db: Database) -> None:
    """Operator alerts (a failing source or channel) wait in the same outbox, with no
    incident and their own subject and text; sources remember when news last came."""
    db.table("alerts").transform(not_null={"incident_id": False})
    db.table("alerts").add_column("subject", str)
    db.table("alerts").add_column("body", str)
    db.table("sources").add_column("first_polled", str)
    db.table("sources").add_column("last_new", str)
    db.table("sources").add_column("silence_alerted", str)


@migrations(name="0004_confirmed")
def confirmed(db: Database) -> None:
    """Whether US or coalition officials confirmed the attack, per report and per incident."""
    db.table("detections").add_column("confirmed", int)
    db.table("incidents").add_column("confirmed", int)


@migrations(name="0005_refused_links")
def refused_links(db: Database) -> None:
    """Links of a source that the link policy refused (internal addresses, other schemes):
    how many, and the last one with its reason."""
    db.table("sources").add_column("links_refused", int, not_null_default=0)
    db.table("sources").add_column("last_refused", str)


@migrations(name="0006_upkeep")
def upkeep(db: Database) -> None:
    """Bounded growth and health: articles that matched nothing lose their text after a
    while (`pruned_at` says when; the partial index finds the ones left to prune), and
    `maintenance` remembers the last integrity check, pruning and write probe."""
    db.table("articles").add_column("pruned_at", str)
    db.execute(
        "create index idx_articles_unpruned on articles (fetched_at) where pruned_at is null"
    )
    db.table("maintenance").create({"task": str, "at": str, "result": str}, pk="task")


@migrations(name="0007_channels_claims_and_timing")
def channels_claims_and_timing(db: Database) -> None:
    """Telegram channels remember the newest post read. `confirmed` now says whether anyone
    but the claimant reported the attack (an outlet in its own voice, or officials), and
    `official` whether US or coalition officials confirmed it, as `confirmed` said before;
    reports stored before were all outlets' reports. Incidents keep when their first report
    was published and their first alert sent: the time to alert."""
    db.table("sources").add_column("last_post", int)
    db.table("detections").add_column("official", int)
    db.table("incidents").add_column("official", int)
    db.table("incidents").add_column("first_published", str)
    db.table("incidents").add_column("first_alerted", str)
    db.execute("update detections set official = confirmed")
    db.execute("update detections set confirmed = 1 where attack = 1")
    db.execute("update incidents set official = confirmed, confirmed = 1")
    db.execute(
        "update incidents set alerted_facts = json_set(alerted_facts, '$.official', "
        "json_extract(alerted_facts, '$.confirmed'), '$.confirmed', 1) "
        "where alerted_facts is not null"
    )
    db.execute(
        "update incidents set first_alerted = (select min(sent_at) from alerts a where "
        "a.incident_id = incidents.id and a.kind = 'new' and a.status = 'sent')"
    )


@migrations(name="0008_feed_identity")
def feed_identity(db: Database) -> None:
    """What a source's feed says it is, recorded on its first successful fetch (title,
    language, when, and why it does not match what the source is for); and how many polls
    in a row its server refused (HTTP 401/403), apart from other failures."""
    db.table("sources").add_column("feed_title", str)
    db.table("sources").add_column("feed_language", str)
    db.table("sources").add_column("feed_seen", str)
    db.table("sources").add_column("feed_warning", str)
    db.table("sources").add_column("refused_polls", int, not_null_default=0)


@migrations(name="0009_day_stated")
def day_stated(db: Database) -> None:
    """Whether a report says the attack's day or gives only its publication day: an
    incident's day is the one most reports that say it give."""
    db.table("detections").add_column("day_stated", int)
    db.table("reports").add_column("day_stated", int)


@migrations(name="0010_incident_day_stated")
def incident_day_stated(db: Database) -> None:
    """Whether any report of an incident says the attack's day, or its day is only when the
    first report came out (null in archives from before reports recorded it)."""
    db.table("incidents").add_column("day_stated", int)
    db.execute(
        "update incidents set day_stated = (select max(r.day_stated) from reports r "
        "where r.incident_id = incidents.id)"
    )


@migrations(name="0011_report_earlier")
def report_earlier(db: Database) -> None:
    """Whether a report is a follow-up of an attack some days before, on a day it does not
    give ("last week's drone attack"): it joins that attack when regrouped."""
    db.table("reports").add_column("earlier", int)


@migrations(name="0012_alerted_where_when")
def alerted_where_when(db: Database) -> None:
    """Alerts now remember the place and day they told, so that a later change is sent as a
    correction; for alerts sent before, what the incident says now."""
    db.execute(
        "update incidents set alerted_facts = json_set(alerted_facts, '$.place_id', place_id, "
        "'$.place_name', place_name, '$.attack_date', attack_date) "
        "where alerted_facts is not null"
    )
