"""Corrections: when more reports move an alerted incident to another day or name its base,
the channels told are told again at once, with what the last alert said."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from monitor.alerts import templates
from monitor.alerts.dispatch import dispatch
from monitor.config import AlertsConfig, ChannelConfig
from monitor.demo.server import WebhookReceiver
from monitor.detect.gazetteer import load_gazetteer
from monitor.models import Article, Detection, Place
from monitor.store.archive import Archive
from monitor.store.casebook import material
from monitor.store.migrations import migrations

NOW = datetime(2024, 7, 26, 8, 0, tzinfo=UTC)
GAZETTEER = load_gazetteer()
ASAD = GAZETTEER.by_id()["ain-al-asad"].place
WEST = GAZETTEER.by_id()["western-iraq"].place  # the region it lies in
CHAT = ChannelConfig(name="chat", url="json://127.0.0.1:9/x")
# an hour between updates: a correction does not wait for it
ALERTS = AlertsConfig(max_age_days=0, update_interval=3600)


def _archive(path: Path) -> Archive:
    archive = Archive(path)
    archive.sync_bases(GAZETTEER)  # names of places and the regions bases lie in
    return archive


def _store(
    archive: Archive, url: str, day: date, place: Place = ASAD, *, confidence: float = 0.9
) -> None:
    detection = Detection(
        attack=True, confidence=confidence, bases=(place,), attack_date=day, weapons=("rocket",)
    )
    archive.store_report(
        Article(url=url, title=f"title {url}", text=f"text of {url} about rockets", source=url),
        detection,
        now=NOW,
        channels=[CHAT],
        alerts=ALERTS,
        min_confidence=0.5,
    )


def _send_all(archive: Archive) -> None:
    """What the dispatcher records of each alert it sent: the facts it told."""
    for alert in archive.outbox.due_alerts(NOW + timedelta(minutes=1)):
        incident = archive.incident(alert["incident_id"])
        archive.outbox.mark_alert(
            alert["id"], {"status": "sent", "sent_at": NOW.isoformat()}, material(incident)
        )


def _alerts(archive: Archive) -> list[tuple[str, str, str]]:
    rows = archive.db.execute("select incident_id, kind, status from alerts order by id")
    return [tuple(r) for r in rows.fetchall()]


def _live(archive: Archive) -> list[tuple[str, str, str]]:
    rows = archive.db.execute(
        "select id, place_id, attack_date from incidents where merged_into is null"
    )
    return [tuple(r) for r in rows.fetchall()]


def test_a_corrected_day_is_sent_at_once_and_says_what_was_told(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a.db")
    _store(archive, "https://a.example/1", date(2024, 7, 25))
    _send_all(archive)
    # two against one: the incident's day is the 24th, but one report more is no news yet
    _store(archive, "https://b.example/2", date(2024, 7, 24))
    _store(archive, "https://c.example/3", date(2024, 7, 24))
    assert _live(archive) == [("2024-07-25-ain-al-asad", "ain-al-asad", "2024-07-24")]
    assert [kind for _, kind, _ in _alerts(archive)] == ["new"]
    # three against one: the channel is told, without waiting for the update interval
    _store(archive, "https://d.example/4", date(2024, 7, 24))
    assert _alerts(archive) == [
        ("2024-07-25-ain-al-asad", "new", "sent"),
        ("2024-07-25-ain-al-asad", "update", "pending"),
    ]
    incident = archive.incident("2024-07-25-ain-al-asad")
    head = templates.title(incident, "update")
    assert head == (
        "Corrected: Rocket attack on Ain al-Asad Air Base (Iraq), 2024-07-24, "
        "not 2024-07-25 as told before"
    )
    assert templates.chat(incident, [], "update").title == head
    assert templates.email(incident, [], "update").title == head
    # a channel told nothing before is told the attack, not a correction
    assert templates.title(incident) == "Rocket attack on Ain al-Asad Air Base (Iraq), 2024-07-24"
    archive.close()


def test_a_correction_waits_for_no_update_interval(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a.db")
    _store(archive, "https://a.example/1", date(2024, 7, 25))
    _send_all(archive)
    hurt = Detection(
        attack=True, confidence=0.9, bases=(ASAD,), attack_date=date(2024, 7, 25), injured=2
    )
    archive.store_report(
        Article(url="https://b.example/2", title="t", text="two hurt", source="b"),
        hurt,
        now=NOW,
        channels=[CHAT],
        alerts=ALERTS,
        min_confidence=0.5,
    )
    _send_all(archive)  # an update a moment ago: the next of its kind waits an hour
    for n in range(4):
        _store(archive, f"https://c.example/{n}", date(2024, 7, 24))
    kinds = [(kind, status) for _, kind, status in _alerts(archive)]
    assert kinds == [("new", "sent"), ("update", "sent"), ("update", "pending")]
    archive.close()


def test_no_correction_when_the_day_told_stays(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a.db")
    _store(archive, "https://a.example/1", date(2024, 7, 25))
    _store(archive, "https://b.example/2", date(2024, 7, 25))
    _send_all(archive)
    _store(archive, "https://c.example/3", date(2024, 7, 24))  # two against one: the 25th stays
    assert _live(archive) == [("2024-07-25-ain-al-asad", "ain-al-asad", "2024-07-25")]
    assert [kind for _, kind, _ in _alerts(archive)] == ["new"]
    archive.close()


def test_the_base_named_after_an_alert_of_the_region_is_a_correction(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a.db")
    _store(archive, "https://a.example/1", date(2024, 7, 25), WEST)
    _send_all(archive)
    _store(archive, "https://b.example/2", date(2024, 7, 25), ASAD)
    assert _live(archive) == [("2024-07-25-western-iraq", "ain-al-asad", "2024-07-25")]
    assert [kind for _, kind, _ in _alerts(archive)] == ["new", "update"]
    incident = archive.incident("2024-07-25-western-iraq")
    assert templates.title(incident, "update") == (
        "Corrected: Rocket attack on Ain al-Asad Air Base (Iraq), 2024-07-25, "
        "not western Iraq (Anbar) as told before"
    )
    archive.close()


def test_an_alerted_incident_merged_into_another_hands_on_what_it_told(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a.db")
    # seen first, below the channel's threshold: no alert
    _store(archive, "https://a.example/1", date(2024, 7, 23), confidence=0.5)
    archive.db.execute("update alerts set status = 'sent'")  # nothing to send
    _store(archive, "https://b.example/2", date(2024, 7, 25))
    _send_all(archive)
    told = [r for r in _alerts(archive) if r[1] == "new"]
    assert told == [("2024-07-25-ain-al-asad", "new", "sent")]
    # four reports of the 24th: one attack whose first reports were a day early and late
    for n in range(4):
        _store(archive, f"https://c.example/{n}", date(2024, 7, 24))
    assert _live(archive) == [("2024-07-23-ain-al-asad", "ain-al-asad", "2024-07-24")]
    incident = archive.incident("2024-07-23-ain-al-asad")
    assert json.loads(incident["alerted_facts"])["attack_date"] == "2024-07-25"
    # the first alert of the 23rd's incident, queued when the first reports of the 24th came,
    # was not sent: the channel knows the attack from the 25th's, and is told the correction
    assert _alerts(archive) == [
        ("2024-07-23-ain-al-asad", "new", "sent"),
        ("2024-07-25-ain-al-asad", "new", "merged"),
        ("2024-07-23-ain-al-asad", "update", "pending"),
    ]
    assert templates.title(incident, "update").endswith("2024-07-24, not 2024-07-25 as told before")
    archive.close()


def test_alerts_sent_before_the_upgrade_are_not_corrections(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a.db")
    _store(archive, "https://a.example/1", date(2024, 7, 25))
    _send_all(archive)
    # what an archive of the last release holds: facts told without the place and day
    told = json.loads(archive.incident("2024-07-25-ain-al-asad")["alerted_facts"])
    older = {k: v for k, v in told.items() if k not in ("place_id", "place_name", "attack_date")}
    archive.db.execute("update incidents set alerted_facts = ?", [json.dumps(older)])
    archive.db.execute("delete from _sqlite_migrations where name = '0012_alerted_where_when'")
    migrations.apply(archive.db)
    assert json.loads(archive.incident("2024-07-25-ain-al-asad")["alerted_facts"]) == told
    _store(archive, "https://b.example/2", date(2024, 7, 25))
    assert [kind for _, kind, _ in _alerts(archive)] == ["new"]
    archive.close()


def test_a_digest_tells_a_correction_as_a_correction(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a.db")
    with WebhookReceiver() as receiver:
        daily = ChannelConfig(name="daily", url=receiver.url("daily"), digest="daily")
        for n, day in enumerate((25, 24, 24, 24)):
            if n == 1:  # the first report's digest goes out a day before the others come
                dispatch(archive, [daily], ALERTS, NOW)
            archive.store_report(
                Article(
                    url=f"https://o{n}.example/1", title="t", text=f"report {n}", source=f"o{n}"
                ),
                Detection(
                    attack=True,
                    confidence=0.9,
                    bases=(ASAD,),
                    attack_date=date(2024, 7, day),
                    weapons=("rocket",),
                ),
                now=NOW,
                channels=[daily],
                alerts=ALERTS,
                min_confidence=0.5,
            )
        dispatch(archive, [daily], ALERTS, NOW + timedelta(days=1, minutes=1))
        first, second = receiver.wait_for(2)
    assert "- Rocket attack on Ain al-Asad Air Base (Iraq), 2024-07-25:" in first["message"]
    assert (
        "- Corrected: Rocket attack on Ain al-Asad Air Base (Iraq), 2024-07-24, not 2024-07-25 "
        "as told before: 4 report(s)" in second["message"]
    )
    archive.close()
