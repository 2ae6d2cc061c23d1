from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from monitor.incidents import Known, assign, weapons_compatible
from monitor.models import Detection, Place

ASAD = Place("ain-al-asad", "Ain al-Asad Air Base", "Iraq", 33.78, 42.44)
DAY = date(2024, 7, 25)


def _d(day: date, *weapons: str) -> Detection:
    return Detection(attack=True, confidence=0.9, bases=(ASAD,), attack_date=day, weapons=weapons)


def test_within_a_day_joins_the_incident() -> None:
    known = [Known("2024-07-25-ain-al-asad", "ain-al-asad", DAY, frozenset({"rocket"}))]
    assert assign(_d(DAY + timedelta(days=1), "rocket"), ASAD, known) == known[0].id
    assert assign(_d(DAY - timedelta(days=1)), ASAD, known) == known[0].id


def test_two_days_apart_is_a_new_incident() -> None:
    known = [Known("2024-07-25-ain-al-asad", "ain-al-asad", DAY, frozenset({"rocket"}))]
    assert assign(_d(DAY + timedelta(days=2), "rocket"), ASAD, known) == "2024-07-27-ain-al-asad"


def test_a_drone_is_not_the_rocket_attack() -> None:
    known = [Known("2024-07-25-ain-al-asad", "ain-al-asad", DAY, frozenset({"rocket"}))]
    assert assign(_d(DAY, "drone"), ASAD, known) == "2024-07-25-ain-al-asad-2"


def test_weapon_compatibility() -> None:
    assert weapons_compatible({"rocket"}, {"missile"})
    assert weapons_compatible(set(), {"drone"})
    assert not weapons_compatible({"drone"}, {"mortar"})


@given(st.lists(st.integers(min_value=-1, max_value=1), min_size=2, max_size=8))
def test_reports_a_day_apart_around_one_day_end_in_one_incident(offsets: list[int]) -> None:
    """Reports within a day of the first one join it, whatever their order."""
    known: list[Known] = []
    ids = set()
    anchor = _d(DAY, "rocket")
    first = assign(anchor, ASAD, known)
    known.append(Known(first, ASAD.id, DAY, frozenset({"rocket"})))
    for offset in offsets:
        ids.add(assign(_d(DAY + timedelta(days=offset), "rocket"), ASAD, known))
    assert ids == {first}
