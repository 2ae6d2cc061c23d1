"""A weekday some words after a verb of saying, with the attack's verb between them, is the
day of what was said, not of the saying (in our own words, after real reports of the drone
brought down near Erbil airport on Monday 14 July 2025): "Kurdish security forces said a
drone loaded with explosives was brought down on Monday close to Erbil airport"."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.detect.days import said_on
from tests.reports import detect as _match
from tests.reports import matcher

JULY_15 = date(2025, 7, 15)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Kurdish security forces said a drone loaded with explosives was brought down on "
            "Monday close to Erbil airport, where US troops are deployed.",
            date(2025, 7, 14),
        ),
        # the saying's own day: nothing of the attack between
        (
            "Kurdish security forces said in a statement released late on Monday that a drone "
            "was brought down close to Erbil airport.",
            None,
        ),
    ],
)
def test_the_weekday_after_the_attacks_verb_is_its_day(sentence: str, day: date | None) -> None:
    assert said_on(matcher().reader.read(1, sentence), JULY_15) == day


def test_a_drone_brought_down_on_a_day_said_is_dated_that_day() -> None:
    text = "\n".join(
        [
            "Kurdish security forces said a drone loaded with explosives was brought down on "
            "Monday close to Erbil airport, where US troops of the coalition are deployed.",
            "No one was hurt, they said.",
            "It was not the first such attempt.",
            "On July 3, a drone was brought down near the airport, and the region's interior "
            "ministry blamed an armed faction for it.",
        ]
    )
    d = _match("Drone downed near Erbil airport", text, JULY_15)
    assert d.attack, d.reasons
    assert d.attack_date == date(2025, 7, 14)
