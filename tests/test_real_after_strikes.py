"""A group's attack told as its first since US strikes (in our own words, after real reports
of the Islamic Resistance in Iraq's drone on Harir on Saturday 3 February 2024, a day after
the US struck its positions on the Iraq-Syria border): "after the American raids", opening the
sentence, is what the attack follows, not the sentence's attacker."""

from __future__ import annotations

from datetime import date

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import matcher

FIRST_SINCE = (
    "في أول عملية لها بعد الغارات الأميركية التي طالت مواقعها على الحدود بين العراق وسوريا، "
    "أعلنت المقاومة الإسلامية في العراق اليوم السبت أنها ضربت قاعدة حرير بطائرة مسيرة."
)


def test_the_us_strikes_an_attack_follows_are_not_its_attacker() -> None:
    assert "us_attacker" not in matcher().reader.read(1, FIRST_SINCE).flags


def test_a_groups_first_attack_since_us_strikes_is_taken() -> None:
    d = _match("", FIRST_SINCE, date(2024, 2, 3), language="ar")
    assert d.attack, d.reasons
    assert _bases(d) == ["harir-air-base"]
    assert d.attack_date == date(2024, 2, 3)


def test_a_us_strike_after_an_attack_stays_the_us_strike() -> None:
    r = matcher().reader.read(
        1, "شنت الطائرات الحربية الأمريكية غارات على مواقع الفصائل بعد الهجوم على قاعدة حرير."
    )
    assert "us_attacker" in r.flags
