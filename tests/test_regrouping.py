"""Regrouping in the archive keeps whole incidents: a report stored days later regroups only
the reports around its own day, and an incident the window's edge cuts must keep its day,
its reports and its articles; and a channel is not told twice of one base and day when
grouping makes a second incident of it."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from monitor.config import AlertsConfig, ChannelConfig
from monitor.detect.gazetteer import load_gazetteer
from monitor.models import Article, Detection, Place
from monitor.query.status import outbox_counts
from monitor.store.archive import Archive
from monitor.store.casebook import material
from tests.conftest import basewatch

NOW = datetime(2020, 1, 10, 8, 0, tzinfo=UTC)
K1 = Place("k1-air-base", "K-1 Air Base", "Iraq", 35.52, 44.28)
ASAD = Place("ain-al-asad", "Ain al-Asad Air Base", "Iraq", 33.78, 42.44)
CHAT = ChannelConfig(name="chat", url="json://127.0.0.1:9/x")


def _store(
    archive: Archive, url: str, detection: Detection, channels: tuple[ChannelConfig, ...] = ()
) -> None:
    article = Article(url=url, title=f"title {url}", text=f"text of {url}", source=url[8:20])
    archive.store_report(
        article,
        detection,
        now=NOW,
        channels=list(channels),
        alerts=AlertsConfig(max_age_days=0),
        min_confidence=0.5,
    )


def _attack(day: date, place: Place = K1, weapon: str = "rocket", stated: bool = True):
    return Detection(
        attack=True,
        confidence=0.9,
        bases=(place,),
        attack_date=day,
        weapons=(weapon,),
        day_stated=stated,
    )


def _live(archive: Archive) -> list[tuple[str, str, int]]:
    return archive.db.execute(
        "select place_id, attack_date, reports from incidents where merged_into is null "
        "order by place_id, attack_date"
    ).fetchall()


def test_a_later_attack_does_not_cut_an_incident_down_to_its_last_report(tmp_path: Path) -> None:
    # four outlets say the rockets hit K-1 on 27 December; a fifth gives only the morning after
    archive = Archive(tmp_path / "a.db")
    for n in range(4):
        _store(archive, f"https://outlet{n}.example/k1", _attack(date(2019, 12, 27)))
    _store(archive, "https://late.example/k1", _attack(date(2019, 12, 28), stated=False))
    assert _live(archive) == [("k1-air-base", "2019-12-27", 5)]
    # three days later drones hit the same base: a new attack, regrouped around 31 December,
    # whose window reaches the morning-after report but not the four that say the 27th
    _store(archive, "https://next.example/k1", _attack(date(2019, 12, 31), weapon="drone"))
    assert _live(archive) == [("k1-air-base", "2019-12-27", 5), ("k1-air-base", "2019-12-31", 1)]
    linked = archive.db.execute(
        "select count(*) from incident_articles where incident_id = '2019-12-27-k1-air-base'"
    ).fetchone()
    assert linked == (5,)
    archive.close()


def _consistent(archive: Archive) -> None:
    """Every live incident says what its reports say; no report is left in a merged one."""
    db = archive.db
    stray = db.execute(
        "select count(*) from reports r join incidents i on i.id = r.incident_id "
        "where i.merged_into is not null"
    ).fetchone()
    assert stray == (0,)
    for incident, place, reports in db.execute(
        "select id, place_id, reports from incidents where merged_into is null"
    ).fetchall():
        rows = db.execute(
            "select article_id, place_id from reports where incident_id = ?", [incident]
        ).fetchall()
        articles = {article for article, _ in rows}
        places = {place_id for _, place_id in rows}
        linked = {
            r[0]
            for r in db.execute(
                "select article_id from incident_articles where incident_id = ?", [incident]
            )
        }
        assert reports == len(articles), incident
        assert linked == articles, incident
        assert places == {place}, incident


def test_incidents_stay_whole_whatever_order_a_busy_month_arrives_in(tmp_path: Path) -> None:
    # attacks every few days on two bases, each told by several outlets on the day or the day
    # after, some giving only their publication day; stored in shuffled orders
    start = date(2024, 1, 1)
    reports = []
    for place in (K1, ASAD):
        for k in range(0, 30, 3):
            day = start + timedelta(days=k + (place is ASAD))
            weapon = ("rocket", "drone")[k % 2]
            for n in range(3):
                late = n == 2
                detection = _attack(day + timedelta(days=late), place, weapon, stated=not late)
                reports.append((f"https://o{n}.example/{place.id}/{k}", detection))
    for seed in range(4):
        order = reports[:]
        random.Random(seed).shuffle(order)
        archive = Archive(tmp_path / f"{seed}.db")
        for url, detection in order:
            _store(archive, url, detection)
        _consistent(archive)
        assert len(_live(archive)) == 20
        assert {(p, d, n) for p, d, n in _live(archive)} == {
            (place.id, (start + timedelta(days=k + (place is ASAD))).isoformat(), 3)
            for place in (K1, ASAD)
            for k in range(0, 30, 3)
        }
        archive.close()


def test_a_split_group_does_not_save_two_attacks_into_one_incident(tmp_path: Path) -> None:
    # three reports a day apart each: grouping joins a report to a group within a day of its
    # first, so which reports go together depends on where regrouping starts
    archive = Archive(tmp_path / "a.db")
    for n, day in enumerate((3, 4, 5, 6)):
        _store(archive, f"https://o{n}.example/asad", _attack(date(2024, 2, day), ASAD))
    _consistent(archive)
    later = replace(_attack(date(2024, 2, 9), ASAD), weapons=("drone",))
    _store(archive, "https://o9.example/asad", later)
    _consistent(archive)
    archive.close()


def test_an_incident_merged_before_its_alert_went_out_is_not_alerted_twice(
    tmp_path: Path,
) -> None:
    # a burst of reports in one poll: the first puts the attack on the 10th, the next on the
    # 8th (two incidents, a first alert queued for each); then outlets that say the 9th make
    # them one attack. The channel is told of it once.
    archive = Archive(tmp_path / "a.db")
    reports = [(date(2020, 1, 10), "a"), (date(2020, 1, 8), "b")]
    reports += [(date(2020, 1, 9), f"c{n}") for n in range(4)]
    for day, name in reports:
        _store(archive, f"https://{name}.example/asad", _attack(day, ASAD), (CHAT,))
    assert _live(archive) == [("ain-al-asad", "2020-01-09", 6)]
    due = archive.outbox.due_alerts(NOW)
    assert [(a["channel"], a["kind"]) for a in due] == [("chat", "new")]
    (merged,) = archive.db.execute(
        "select a.status, i.merged_into from alerts a join incidents i on i.id = a.incident_id "
        "where a.id != ?",
        [due[0]["id"]],
    ).fetchall()
    assert merged == ("merged", due[0]["incident_id"])
    counts = outbox_counts(archive.db)
    assert (counts["pending"], counts["merged"], counts["waiting"]) == (1, 1, 1)
    archive.close()
    path = str(tmp_path / "a.db")
    listed = basewatch("alerts", "--archive", path, "--status", "merged", "--format", "jsonl")
    assert [json.loads(line)["status"] for line in listed.stdout.splitlines()] == ["merged"]
    (alert_id,) = {json.loads(line)["id"] for line in listed.stdout.splitlines()}
    retried = basewatch("alerts", "--archive", path, "--retry", str(alert_id))
    assert retried.returncode == 2
    assert "its incident merged into one already alerted" in retried.stderr
    shown = basewatch("status", "--archive", path, "--config", str(tmp_path / "none.toml"))
    assert "1 waiting (1 pending, 0 failed)" in shown.stdout
    assert "1 not sent, their incidents merged into others alerted" in shown.stdout


def _ids(archive: Archive) -> list[tuple[str, str, str, int]]:
    return archive.db.execute(
        "select id, place_id, attack_date, reports from incidents where merged_into is null "
        "order by id"
    ).fetchall()


def test_reports_of_a_region_moving_to_another_base_leave_the_incident_to_its_base(
    tmp_path: Path,
) -> None:
    # reports naming only the Gulf join the attack on NSA Bahrain; then one names Al Dhafra,
    # which sorts first, and they join its attack instead: the NSA Bahrain incident stays
    # NSA Bahrain's, with its id and alerts, and Al Dhafra's is a new one
    archive = Archive(tmp_path / "a.db")
    gazetteer = load_gazetteer()
    archive.sync_bases(gazetteer)
    places = gazetteer.by_id()
    bahrain, dhafra = places["nsa-bahrain"].place, places["al-dhafra-air-base"].place
    gulf = places["gulf"].place
    day = date(2026, 2, 28)
    for n in range(3):
        _store(archive, f"https://b{n}.example/bahrain", _attack(day, bahrain))
    for n in range(2):
        _store(archive, f"https://g{n}.example/gulf", _attack(day, gulf))
    assert _ids(archive) == [("2026-02-28-nsa-bahrain", "nsa-bahrain", "2026-02-28", 5)]
    _store(archive, "https://d.example/dhafra", _attack(day, dhafra))
    assert _ids(archive) == [
        ("2026-02-28-al-dhafra-air-base", "al-dhafra-air-base", "2026-02-28", 3),
        ("2026-02-28-nsa-bahrain", "nsa-bahrain", "2026-02-28", 3),
    ]
    archive.close()


def test_an_incident_split_in_two_stays_with_most_of_its_reports(tmp_path: Path) -> None:
    # an early report on the 22nd and the attack's reports of the 23rd are one incident; a
    # report of the 21st then pulls the 22nd's away: the incident, its id and what its alert
    # told, stays with the 23rd's reports
    archive = Archive(tmp_path / "a.db")
    _store(archive, "https://early.example/asad", _attack(date(2025, 6, 22), ASAD))
    for n in range(3):
        _store(archive, f"https://o{n}.example/asad", _attack(date(2025, 6, 23), ASAD))
    assert _ids(archive) == [("2025-06-22-ain-al-asad", "ain-al-asad", "2025-06-23", 4)]
    _store(archive, "https://earlier.example/asad", _attack(date(2025, 6, 21), ASAD))
    assert _ids(archive) == [
        ("2025-06-21-ain-al-asad", "ain-al-asad", "2025-06-21", 2),
        ("2025-06-22-ain-al-asad", "ain-al-asad", "2025-06-23", 3),
    ]
    archive.close()


def _send(archive: Archive) -> list[tuple[str, str]]:
    """Mark every due alert sent, with the facts it told (as the dispatcher records them);
    the (incident, kind) of each."""
    sent = []
    for alert in archive.outbox.due_alerts(NOW):
        incident = archive.incident(alert["incident_id"])
        assert incident is not None
        archive.outbox.mark_alert(alert["id"], {"status": "sent"}, sent_facts=material(incident))
        sent.append((alert["incident_id"], alert["kind"]))
    return sent


def test_an_attack_grouped_apart_again_after_a_merge_is_not_alerted_twice(
    tmp_path: Path,
) -> None:
    # two outlets each say the 4th and the 5th: two attacks, two alerts. Three more say the
    # 4th, and the 5th's two become strays of the 4th's attack (its incident merges in). Three
    # more say the 5th: two attacks again, the 5th's a new incident, as its id was taken. The
    # channel was told of the 5th already, and is not told of it again.
    archive = Archive(tmp_path / "a.db")
    fourth, fifth = date(2024, 2, 4), date(2024, 2, 5)
    for name, day in (("a", fourth), ("b", fourth), ("c", fifth), ("d", fifth)):
        _store(archive, f"https://{name}.example/asad", _attack(day, ASAD), (CHAT,))
    assert _send(archive) == [
        ("2024-02-04-ain-al-asad", "new"),
        ("2024-02-05-ain-al-asad", "new"),
    ]
    for n in range(3):
        _store(archive, f"https://e{n}.example/asad", _attack(fourth, ASAD), (CHAT,))
    assert _live(archive) == [("ain-al-asad", "2024-02-04", 7)]
    _send(archive)
    for n in range(3):
        _store(archive, f"https://f{n}.example/asad", _attack(fifth, ASAD), (CHAT,))
    assert _ids(archive) == [
        ("2024-02-04-ain-al-asad", "ain-al-asad", "2024-02-04", 5),
        ("2024-02-05-ain-al-asad-2", "ain-al-asad", "2024-02-05", 5),
    ]
    assert _send(archive) == []  # nothing new for the channel: it knows both days
    firsts = archive.db.execute("select incident_id from alerts where kind = 'new' order by id")
    assert [i for (i,) in firsts.fetchall()] == ["2024-02-04-ain-al-asad", "2024-02-05-ain-al-asad"]
    archive.close()


def test_a_day_an_alert_told_before_the_incident_moved_is_not_told_again(
    tmp_path: Path,
) -> None:
    # one outlet says the 19th (told); two more say the 18th, and the incident moves to the
    # 18th (its correction not sent yet); two more say the 19th, which is now a second
    # incident: the channel was told the 19th, and its first alert of it is not sent again
    archive = Archive(tmp_path / "a.db")
    eighteenth, nineteenth = date(2021, 12, 18), date(2021, 12, 19)
    _store(archive, "https://a.example/asad", _attack(nineteenth, ASAD), (CHAT,))
    assert _send(archive) == [("2021-12-19-ain-al-asad", "new")]
    for name, day in (("b", eighteenth), ("c", eighteenth), ("d", nineteenth), ("e", nineteenth)):
        _store(archive, f"https://{name}.example/asad", _attack(day, ASAD), (CHAT,))
    assert _ids(archive) == [
        ("2021-12-19-ain-al-asad", "ain-al-asad", "2021-12-18", 2),
        ("2021-12-19-ain-al-asad-2", "ain-al-asad", "2021-12-19", 3),
    ]
    assert _send(archive) == [("2021-12-19-ain-al-asad", "update")]
    archive.close()
