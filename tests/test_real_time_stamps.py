"""A page's time stamp ("Published: ... at 5:10 AM", "Stand: 22.04.2024 03:21 Uhr") says
when the page was posted, not when the attack was: the story's own "late Monday" gives the
day, as seen on real pages (in our own words)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from monitor.detect.dates import time_stamp
from monitor.detect.text import normalise
from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

TUESDAY = datetime(2021, 2, 16, 14, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: Feb. 16, 2021 at 6:12 AM EST|Updated: 2 hours ago",
        "Stand: 16.02.2021 04:35 Uhr",
        "Date published: 16 February 2021 09:40",
        "2021-02-16 08:05",
    ],
)
def test_a_time_stamp_above_the_story_does_not_date_the_attack(stamp: str) -> None:
    d = _match(
        "US-led coalition: rocket attack in Iraq killed a contractor",
        f"{stamp}\n\nBAGHDAD - Iraqi and coalition officials say a civilian contractor working "
        "for the coalition was killed and several civilians were hurt when rockets struck "
        "near an airport in northern Iraq where US forces are based.\n\nThe rockets landed "
        "between the civilian airport and a nearby base hosting US troops late Monday.",
        TUESDAY,
    )
    assert d.attack
    assert d.attack_date == date(2021, 2, 15)


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Updated: 24 Jun, 2025 12:16 AM", True),
        ("2024-02-05 17:29:41 | 0 comments", True),
        # a sentence of the story that gives a time: not a stamp
        ("At about 10:30 pm on July 6, an explosive-laden drone struck Erbil airport.", False),
    ],
)
def test_time_stamps_are_told_from_sentences_with_a_time(line: str, stamp: bool) -> None:
    assert time_stamp(normalise(line)) is stamp


def test_the_attacks_own_hour_may_be_the_day_after_an_american_date() -> None:
    # a story dated Tuesday in the US: "1:30 a.m. Wednesday in Iraq" is the day after, not
    # the Wednesday of the week before (which made the sentence a recall and lost its bases)
    d = _match(
        "Iran fires missiles at two US bases in Iraq",
        "Iran fired more than a dozen ballistic missiles at two Iraqi bases housing American "
        "troops late Tuesday, the Pentagon said.\n\nThe missiles struck Ain al-Asad air base "
        "and a base in Erbil at about 5:30 p.m. Eastern time, which was 1:30 a.m. Wednesday "
        "in Iraq.",
        date(2020, 1, 7),
    )
    assert d.attack, d.reasons
    assert set(_bases(d)) == {"ain-al-asad", "erbil-air-base"}
    assert d.attack_date == date(2020, 1, 8)


@pytest.mark.parametrize("written", ["Sept.11", "Sep.11", "Sept. 11"])
def test_a_military_time_stamp_with_a_month_and_no_space_dates_the_attack(written: str) -> None:
    # a coalition post quoted in the story: "2343hrs Sept.11", the month's dot straight before
    # the day; the story came out the next day, and the attack is the 11th, not the 12th
    d = _match(
        "Coalition confirms drones struck near Erbil base",
        "The coalition confirmed on its account that its troops at Erbil air base were "
        f"attacked by two drones at about 2343hrs {written}. One of the drones fell inside the "
        "perimeter, the statement added.",
        datetime(2021, 9, 12, 10, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["erbil-air-base"]
    assert d.attack_date == date(2021, 9, 11)
