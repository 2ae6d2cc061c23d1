"""Delayed follow-ups that give no day, as seen on real reports (in our own words): "eleven
troops were treated for concussions after last week's missile attack on Al-Asad", dated the
day the Pentagon spoke. The report is marked as telling of an earlier attack, and the
archive joins it to the latest attack on that base in the fortnight before: an update, not a
new alert dated the day officials spoke."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from monitor.config import AlertsConfig, ChannelConfig
from monitor.models import Article, Detection
from monitor.store.archive import Archive
from monitor.store.casebook import material
from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

THURSDAY = datetime(2020, 1, 16, 18, 0, tzinfo=IRAQ)
FOLLOW_UP = (
    "Eleven US troops were treated after the Iranian missile strike",
    "Eleven US service members were treated for concussion symptoms after Iran's ballistic "
    "missile attack on Al-Asad air base in western Iraq last week, Central Command said on "
    "Thursday.\n\nOfficials had first said no one was hurt in the strike.",
)


def test_a_follow_up_of_last_weeks_attack_is_marked_and_its_day_not_claimed() -> None:
    d = _match(*FOLLOW_UP, THURSDAY)
    assert d.attack
    assert _bases(d) == ["ain-al-asad"]
    assert d.earlier
    assert not d.day_stated  # the day officials spoke is not the attack's


def test_a_new_attack_that_recalls_last_weeks_is_not_a_follow_up() -> None:
    d = _match(
        "Rockets hit Al-Asad air base",
        "Three rockets struck Al-Asad air base in western Iraq on Thursday, days after last "
        "week's drone attack on the base, a coalition spokesman said.",
        THURSDAY,
    )
    assert d.attack
    assert not d.earlier
    assert d.day_stated
    assert d.attack_date == date(2020, 1, 16)


def test_a_report_without_such_a_word_is_not_a_follow_up() -> None:
    d = _match(
        "Rockets hit Al-Asad air base",
        "Three rockets struck Al-Asad air base in western Iraq, which hosts US troops, a "
        "coalition spokesman said.",
        THURSDAY,
    )
    assert d.attack
    assert not d.earlier


def _store(archive: Archive, url: str, detection: Detection, chat: ChannelConfig) -> None:
    archive.store_report(
        Article(url=url, title=url, text=f"text of {url}"),
        detection,
        now=datetime(2020, 1, 16, 20, 0, tzinfo=UTC),
        channels=[chat],
        alerts=AlertsConfig(max_age_days=0),
        min_confidence=0.5,
    )


def test_the_archive_joins_the_follow_up_to_the_attack_it_follows(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    chat = ChannelConfig(name="chat", url="json://127.0.0.1:9/x")
    attack = _match(
        "Iranian missiles hit Al-Asad air base",
        "Iran fired more than a dozen ballistic missiles at Al-Asad air base in western Iraq, "
        "which hosts US troops, early on Wednesday, officials said.",
        datetime(2020, 1, 8, 9, 0, tzinfo=IRAQ),
    )
    assert attack.attack_date == date(2020, 1, 8)
    _store(archive, "https://a.example/strike", attack, chat)
    (alert_id,) = archive.db.execute("select id from alerts").fetchone()
    incident = archive.incident("2020-01-08-ain-al-asad")
    archive.outbox.mark_alert(alert_id, {"status": "sent"}, sent_facts=material(incident))
    follow_up = _match(*FOLLOW_UP, THURSDAY)
    _store(archive, "https://b.example/concussions", follow_up, chat)
    incidents = archive.db.execute(
        "select id, reports from incidents where merged_into is null"
    ).fetchall()
    assert incidents == [("2020-01-08-ain-al-asad", 2)]
    kinds = [r[0] for r in archive.db.execute("select kind from alerts order by id")]
    assert kinds == ["new", "update"]  # eleven injured: news of the attack, not a new one
    archive.close()


def test_a_vow_to_respond_to_the_attack_is_no_threat_of_one() -> None:
    # "vowed a response to" the attack: the attack happened; the threat is of the answer
    d = _match(
        "Biden vows to respond",
        "President Biden vowed a response to the drone strike on Tower 22 in Jordan, where "
        "three soldiers were killed on Sunday.",
        datetime(2024, 1, 29, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["tower-22"]
    assert d.attack_date == date(2024, 1, 28)


def test_a_vow_to_retaliate_against_bases_stays_a_threat() -> None:
    d = _match(
        "Iran vows revenge on US bases",
        "Iran vowed to retaliate against US bases in the region after the killing of its "
        "general, and a militia warned Iraqi troops to keep away from Ain al-Asad air base.",
        datetime(2020, 1, 5, 9, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons
