"""Grouping: reports of the same attack become one incident. Pure functions, no I/O.

Two reports are of the same attack when they name the same place, their attack dates are
within a day of each other (outlets differ on time zones and on "late Saturday" against
"early Sunday"), and their weapons are compatible. A report naming two bases is two attacks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from monitor.models import Detection, Place

MAX_DAYS_APART = 1
# outlets call the same projectiles rockets or missiles; a drone is not a rocket
_CONFUSED = {frozenset({"rocket", "missile"})}


@dataclass(frozen=True)
class Known:
    """An existing incident, as much of it as grouping needs."""

    id: str
    place_id: str
    attack_date: date
    weapons: frozenset[str]


def incident_id(place: Place, attack_date: date) -> str:
    return f"{attack_date.isoformat()}-{place.id}"


def weapons_compatible(a: Iterable[str], b: Iterable[str]) -> bool:
    sa, sb = frozenset(a), frozenset(b)
    if not sa or not sb or sa & sb:
        return True
    return any(frozenset({x, y}) in _CONFUSED for x in sa for y in sb)


def assign(detection: Detection, place: Place, known: Iterable[Known]) -> str:
    """The id of the incident this report of an attack on `place` belongs to: an existing
    one when it matches, else the id of a new one. `known` must hold every incident on that
    place within two days of the report's date."""
    assert detection.attack_date is not None
    best: Known | None = None
    for candidate in known:
        if candidate.place_id != place.id:
            continue
        apart = abs((candidate.attack_date - detection.attack_date).days)
        if apart > MAX_DAYS_APART or not weapons_compatible(candidate.weapons, detection.weapons):
            continue
        if best is None or apart < abs((best.attack_date - detection.attack_date).days):
            best = candidate
    if best is not None:
        return best.id
    # another attack on the same place and day (a drone after a rocket attack) needs its own id
    taken = {k.id for k in known}
    new = base = incident_id(place, detection.attack_date)
    number = 1
    while new in taken:
        number += 1
        new = f"{base}-{number}"
    return new
