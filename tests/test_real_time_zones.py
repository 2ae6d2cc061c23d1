"""The day a report counts from is its writer's (in our own words, after real reports). An
Australian or Korean outlet's early-morning report of Tower 22 says "Monday" or "29일" for
what was Sunday night in Jordan; an American evening report's "yesterday" is the day before
its own date, which is already the next day in the region. A feed's time keeps the zone it
is written in, since that tells the writer's day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from crawler.entries import parse_feed
from monitor.detect.zones import writer_zone
from tests.reports import base_cases
from tests.reports import bases as _bases
from tests.reports import detect as _match

TOWER_22_DAY = date(2024, 1, 28)  # a Sunday, local time


def _zone(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Three American soldiers were killed and more than 30 hurt when a drone hit Tower "
            "22, a small US outpost in north-east Jordan, early on Monday, Australian time. No "
            "group has said it carried out the attack.",
            datetime(2024, 1, 29, 6, 0, tzinfo=_zone(11)),
        ),
        (
            "요르단 북동부의 미군 기지 타워22가 29일 새벽 드론 공격을 받아 미군 3명이 숨지고 "
            "30여 명이 다쳤다고 미 중부사령부가 밝혔다.",
            datetime(2024, 1, 29, 5, 30, tzinfo=_zone(9)),
        ),
        (
            "ヨルダン北東部にある米軍の拠点「タワー22」が29日未明、無人機による攻撃を受け、"
            "米兵3人が死亡、30人以上が負傷したと米中央軍が発表した。",
            datetime(2024, 1, 29, 5, 30, tzinfo=_zone(9)),
        ),
        (
            "Three US soldiers were killed yesterday and dozens hurt when a one-way attack drone "
            "struck Tower 22, a logistics outpost in Jordan close to the Syrian border, the "
            "Pentagon said.",
            datetime(2024, 1, 29, 20, 0, tzinfo=_zone(-5)),
        ),
    ],
)
def test_a_day_is_counted_on_the_writers_calendar(text: str, published: datetime) -> None:
    d = _match("", text, published)
    assert d.attack
    assert _bases(d) == ["tower-22"]
    assert d.attack_date == TOWER_22_DAY


def test_an_american_evening_report_of_the_day_keeps_it() -> None:
    """A guard: the writer's "Sunday", published when it is already Monday in the region."""
    text = (
        "Three US soldiers were killed Sunday and dozens hurt when a one-way attack drone "
        "struck Tower 22, a logistics outpost in Jordan close to the Syrian border, the "
        "Pentagon said."
    )
    d = _match("", text, datetime(2024, 1, 28, 20, 0, tzinfo=_zone(-5)))
    assert d.attack_date == TOWER_22_DAY


FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Pacific desk</title>
<item><title>a</title><link>http://127.0.0.1/a</link>
<pubDate>Mon, 29 Jan 2024 06:00:00 +1100</pubDate></item>
<item><title>b</title><link>http://127.0.0.1/b</link>
<pubDate>2024-01-29T05:30:00+09:00</pubDate></item>
<item><title>c</title><link>http://127.0.0.1/c</link>
<pubDate>Sun, 28 Jan 2024 19:00:00 GMT</pubDate></item>
<item><title>d</title><link>http://127.0.0.1/d</link><pubDate>not a date</pubDate></item>
</channel></rss>"""


def test_a_feed_entrys_time_keeps_its_zone() -> None:
    entries = parse_feed(FEED, source="pacific", url="http://127.0.0.1/feed").entries
    published = [e.published for e in entries]
    assert [p.utcoffset() if p else None for p in published] == [
        timedelta(hours=11),
        timedelta(hours=9),
        timedelta(0),
        None,
    ]
    assert published[0] == datetime(2024, 1, 28, 19, 0, tzinfo=UTC)
    assert published[3] is None


TAJI = (
    "Three people were killed and more than ten wounded in a rocket attack on the Taji "
    "military camp north of Baghdad, where coalition forces train Iraqi troops. No Australian "
    "personnel were among those hurt, Defence said in a statement."
)


@pytest.mark.parametrize(
    ("url", "language"),
    [
        ("https://news.example.com.au/world/taji", "en"),
        ("https://www.example.co.nz/world/taji", "en"),
        ("https://www.example.com/world/taji", "ja"),
    ],
)
def test_a_dated_page_from_far_ahead_that_does_not_say_the_day_is_of_the_evening_before(
    url: str, language: str
) -> None:
    """An Australian, New Zealand or Japanese page dated Thursday only, of the Wednesday
    evening attack in Iraq: its Thursday began hours before the region's."""
    d = _match("", TAJI, date(2020, 3, 12), url=url, language=language)
    assert d.attack
    assert _bases(d) == ["camp-taji"]
    assert d.attack_date == date(2020, 3, 11)


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("https://www.example.co.uk/world/taji", TAJI),  # a writer in the region's day
        ("https://news.example.com.au/world/taji", TAJI.replace("camp", "camp on Thursday")),
    ],
)
def test_a_page_of_the_regions_day_or_one_that_says_the_day_keeps_it(url: str, text: str) -> None:
    """Guards: a British page's date is the region's; a day the report says is kept."""
    d = _match("", text, date(2020, 3, 12), url=url, language="en")
    assert d.attack_date == date(2020, 3, 12)


def test_a_time_in_utc_counts_on_the_calendar_of_an_outlet_far_ahead() -> None:
    """A Korean outlet's feed stamps its times in UTC: 16:00 is one in the morning of the
    29th in Seoul, where "yesterday" is the 28th, and still the 28th in Jordan."""
    text = (
        "Three US soldiers were killed and more than thirty wounded yesterday when a drone "
        "struck Tower 22, a US outpost in north-east Jordan, US Central Command said."
    )
    published = datetime(2024, 1, 28, 16, 0, tzinfo=UTC)
    d = _match("", text, published, url="https://www.example.co.kr/world/1", language="en")
    assert _bases(d) == ["tower-22"]
    assert d.attack_date == TOWER_22_DAY


@pytest.mark.parametrize(
    ("url", "language", "hours"),
    [
        ("https://www.example.com.au/a", "en", 10),
        ("https://example.co.jp/a", None, 9),
        ("https://example.com/a", "zh", 8),
        ("https://example.id/a", "en", 7),
        ("https://example.com/a", "en", None),
        ("https://example.de/a", "de", None),
        ("not a url", None, None),
    ],
)
def test_an_outlets_zone_is_known_only_when_far_ahead(
    url: str, language: str | None, hours: int | None
) -> None:
    zone = writer_zone(url, language)
    assert (zone.utcoffset(None) if zone else None) == (
        timedelta(hours=hours) if hours is not None else None
    )


# a TV clip's headline ends with its own date in brackets, "(2021年2月16日)", where the story
# tells the rockets "on the night of the 15th" (15日夜); Serbian "od petka" and Greek "από την
# Τετάρτη" (since Friday, since Wednesday) start a count of attacks, and the story's own
# attack, on a page that names no other day, is of the page's day
test_a_stamp_or_a_since_is_no_attack_day = base_cases(
    [
        (
            "ja",
            "イラク・アルビルにロケット弾攻撃 米軍基地を狙ったか(2021年2月16日)",
            "地元メディアによると、15日夜、複数のロケット弾がイラク北部アルビルの国際空港の周辺に"
            "落ちました。米軍が駐留する基地が標的になったとみられます。",
            date(2021, 2, 16),
            "erbil-air-base",
            "2021-02-15",
        ),
        (
            "sr",
            "U napadu dronom na vojnu bazu u Jordanu poginula trojica američkih vojnika",
            "Trojica američkih vojnika poginula su, a više od 20 ranjeno u napadu dronom na "
            "američku vojnu bazu u Jordanu, izjavili su zvaničnici. Ističe se da je od petka "
            "zabeleženo 158 napada na američke snage u Iraku i Siriji.",
            date(2024, 1, 28),
            [],
            "2024-01-28",
        ),
        (
            "el",
            "Πέμπτη επίθεση σε αεροπορική βάση που φιλοξενεί αμερικανικά στρατεύματα",
            "Ένα drone καμικάζι έπεσε μέσα στη βάση Ain al-Assad στο δυτικό Ιράκ, χωρίς θύματα. "
            "Από την Τετάρτη, τρεις βάσεις που χρησιμοποιεί ο συνασπισμός έχουν δεχθεί επιθέσεις.",
            date(2023, 10, 21),
            "ain-al-asad",
            "2023-10-21",
        ),
    ]
)
