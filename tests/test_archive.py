from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from monitor.alerts import templates
from monitor.config import AlertsConfig, ChannelConfig
from monitor.models import Article, Detection, Place
from monitor.store.archive import Archive
from monitor.store.casebook import material
from tests.conftest import basewatch

NOW = datetime(2024, 7, 26, 8, 0, tzinfo=UTC)
ASAD = Place("ain-al-asad", "Ain al-Asad Air Base", "Iraq", 33.78, 42.44)
ERBIL = Place("erbil-air-base", "Erbil Air Base", "Iraq", 36.23, 43.96)


def _detection(day: date, *places: Place, weapons: tuple[str, ...] = ("rocket",)) -> Detection:
    return Detection(attack=True, confidence=0.9, bases=places, attack_date=day, weapons=weapons)


def _store(archive: Archive, url: str, detection: Detection, channels=()) -> object:
    article = Article(url=url, title=f"title {url}", text=f"text of {url} about rockets")
    return archive.store_report(
        article,
        detection,
        now=NOW,
        channels=list(channels),
        alerts=AlertsConfig(max_age_days=0),
        min_confidence=0.5,
    )


def test_archive_is_wal_and_migrated(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    assert archive.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in archive.db.execute("select name from _sqlite_migrations")]
    assert names == [
        "0001_initial",
        "0002_reports_and_updates",
        "0003_operator_alerts",
        "0004_confirmed",
        "0005_refused_links",
        "0006_upkeep",
        "0007_channels_claims_and_timing",
        "0008_feed_identity",
        "0009_day_stated",
        "0010_incident_day_stated",
        "0011_report_earlier",
        "0012_alerted_where_when",
    ]
    archive.close()
    Archive(tmp_path / "a.db").close()  # opening again applies nothing twice


def test_reports_group_by_base_and_day_and_alert_once(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    chat = ChannelConfig(name="chat", url="json://127.0.0.1:9/x")
    first = _store(archive, "https://a.example/1", _detection(date(2024, 7, 25), ASAD), [chat])
    second = _store(archive, "https://b.example/2", _detection(date(2024, 7, 26), ASAD), [chat])
    other_base = _store(
        archive, "https://c.example/3", _detection(date(2024, 7, 25), ERBIL), [chat]
    )
    other_day = _store(archive, "https://d.example/4", _detection(date(2024, 7, 20), ASAD), [chat])
    again = _store(archive, "https://a.example/1", _detection(date(2024, 7, 25), ASAD), [chat])
    assert first.incidents == second.incidents == ("2024-07-25-ain-al-asad",)
    assert other_base.incidents == ("2024-07-25-erbil-air-base",)
    assert other_day.incidents == ("2024-07-20-ain-al-asad",)
    assert again.new is False
    assert archive.counts()["incidents"] == 3
    assert archive.incident("2024-07-25-ain-al-asad")["reports"] == 2
    assert archive.counts()["alerts"] == 3  # one per incident, none for the second report
    archive.close()


def test_an_incident_takes_the_day_reports_say_over_their_publication_day(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    published = replace(_detection(date(2024, 1, 29), ASAD), day_stated=False)
    said = replace(_detection(date(2024, 1, 28), ASAD), day_stated=True)
    _store(archive, "https://a.example/1", published)
    _store(archive, "https://b.example/2", published)
    _store(archive, "https://c.example/3", said)
    days = archive.db.execute(
        "select attack_date, reports from incidents where merged_into is null"
    ).fetchall()
    assert days == [("2024-01-28", 3)]  # two outlets gave only the morning after
    row = archive.db.execute("select day_stated from reports where article_id = 3").fetchone()
    assert row == (1,)
    archive.close()


def test_an_incident_whose_reports_give_no_day_says_so(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    archive = Archive(path)
    published = replace(_detection(date(2024, 1, 29), ASAD), day_stated=False)
    _store(archive, "https://a.example/1", published)
    _store(archive, "https://b.example/2", published)
    row = next(archive.db.table("incidents").rows)
    assert (row["attack_date"], row["day_stated"]) == ("2024-01-29", 0)
    chat = templates.chat(row, []).body
    assert "Day: no report says it; the day the first report came out" in chat
    archive.close()

    table = basewatch("incidents", "--archive", str(path)).stdout.splitlines()
    assert table[2].startswith("2024-01-29")
    assert table[3] == "    day: no report says it; the day the first report came out"
    listed = basewatch("incidents", "--archive", str(path), "--format", "jsonl").stdout
    assert '"day_stated": false' in listed
    shown = basewatch("show", "--archive", str(path), row["id"]).stdout
    assert "on 2024-01-29 (no report says it; the day the first report came out)" in shown

    archive = Archive(path)  # a third outlet says the day: the incident says it too
    said = replace(_detection(date(2024, 1, 29), ASAD), day_stated=True)
    _store(archive, "https://c.example/3", said)
    row = next(archive.db.table("incidents").rows)
    assert (row["attack_date"], row["day_stated"]) == ("2024-01-29", 1)
    assert "Day:" not in templates.chat(row, []).body
    archive.close()
    table = basewatch("incidents", "--archive", str(path)).stdout
    assert "no report says it" not in table
    exported = basewatch("export", "--archive", str(path), "--format", "csv").stdout
    assert exported.splitlines()[0].startswith("id,attack_date,day_stated,")
    assert exported.splitlines()[1].split(",")[1:3] == ["2024-01-29", "true"]


def test_two_bases_in_one_report_are_two_incidents(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    stored = _store(archive, "https://a.example/1", _detection(date(2020, 1, 8), ASAD, ERBIL))
    assert stored.incidents == ("2020-01-08-ain-al-asad", "2020-01-08-erbil-air-base")
    archive.close()


def test_full_text_search(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    _store(archive, "https://a.example/katyusha", Detection(attack=False, confidence=0.1))
    hits = list(archive.db.table("articles").search("katyusha"))
    assert [h["url"] for h in hits] == ["https://a.example/katyusha"]
    archive.close()


def test_old_attacks_are_archived_not_alerted(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    chat = ChannelConfig(name="chat", url="json://127.0.0.1:9/x")
    stored = archive.store_report(
        Article(url="https://a.example/old", title="t", text="x"),
        _detection(date(2024, 7, 1), ASAD),
        now=NOW,
        channels=[chat],
        alerts=AlertsConfig(max_age_days=3),
        min_confidence=0.5,
    )
    assert stored.incidents == ("2024-07-01-ain-al-asad",)
    assert stored.alerts == 0
    archive.close()


def test_reports_in_any_order_make_the_same_incidents(tmp_path: Path) -> None:
    reports = [
        ("https://a.example/1", _detection(date(2024, 7, 25), ASAD)),
        ("https://b.example/2", _detection(date(2024, 7, 26), ASAD)),
        ("https://c.example/3", _detection(date(2024, 7, 24), ASAD, weapons=("drone",))),
        ("https://d.example/4", _detection(date(2024, 7, 25), ERBIL)),
    ]
    shapes = []
    for name, order in (("fwd", reports), ("rev", reports[::-1])):
        archive = Archive(tmp_path / f"{name}.db")
        for url, detection in order:
            _store(archive, url, detection)
        rows = archive.db.execute(
            "select group_concat(a.url) from incident_articles ia join articles a "
            "on a.id = ia.article_id join incidents i on i.id = ia.incident_id "
            "where i.merged_into is null group by ia.incident_id"
        ).fetchall()
        shapes.append(sorted(",".join(sorted(r[0].split(","))) for r in rows))
        archive.close()
    assert shapes[0] == shapes[1]
    assert len(shapes[0]) == 3  # Ain al-Asad rockets, Ain al-Asad drone, Erbil


def test_an_update_alert_when_casualties_become_known(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    chat = ChannelConfig(name="chat", url="json://127.0.0.1:9/x")
    first = _detection(date(2024, 7, 25), ASAD)
    _store(archive, "https://a.example/1", first, [chat])
    _store(archive, "https://b.example/2", first, [chat])  # nothing new: no alert
    (alert_id,) = archive.db.execute("select id from alerts").fetchone()
    incident = archive.incident("2024-07-25-ain-al-asad")
    archive.outbox.mark_alert(alert_id, {"status": "sent"}, sent_facts=material(incident))
    hurt = Detection(
        attack=True,
        confidence=0.9,
        bases=(ASAD,),
        attack_date=date(2024, 7, 25),
        weapons=("rocket",),
        injured=5,
    )
    _store(archive, "https://c.example/3", hurt, [chat])
    kinds = [r[0] for r in archive.db.execute("select kind from alerts order by id")]
    assert kinds == ["new", "update"]
    # the update says what is new since the first alert, in chat and by email
    incident = archive.incident("2024-07-25-ain-al-asad")
    said = "New since the last alert: injured 5 (was not known)."
    assert said in templates.chat(incident, [], "update").body
    assert said in templates.email(incident, [], "update").body
    assert said not in templates.chat(incident, []).body  # a first alert tells it all as new
    archive.close()


def test_syndicated_copies_count_once(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    lead = "Four rockets hit the Ain al-Asad air base late on Thursday, officials said. " * 3
    for url, source, ending in (
        ("https://wire.example/1", "wire", "Read more on our site."),
        ("https://daily.example/1", "daily", "Subscribe to our newsletter."),
        ("https://tv.example/9", "tv", ""),
    ):
        text = (lead + ending) if source != "tv" else "Rockets struck Ain al-Asad overnight."
        archive.store_report(
            Article(url=url, title="t", text=text, source=source),
            _detection(date(2024, 7, 25), ASAD),
            now=NOW,
            channels=[],
            alerts=AlertsConfig(max_age_days=0),
            min_confidence=0.5,
        )
    incident = archive.incident("2024-07-25-ain-al-asad")
    assert incident["reports"] == 3
    assert incident["sources"] == 2  # the wire story and its copy count once
    archive.close()
