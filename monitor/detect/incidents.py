"""Grouping: reports of the same attack become one incident. Pure functions, no I/O.

Two reports are of the same attack when they name the same place (or one names no base and
the other's base lies in the region it names), their attack dates are within a day of each
other (outlets differ on time zones and on "late Saturday" against "early Sunday"), and, a
day apart, their weapons are compatible. But two days running that several outlets each
give, in like numbers, are two attacks: busy weeks see a base hit night after night. A
group's day is the one most of its reports give;
a report joins within a day of it, and a group spans two days only when the reports of one
end are a few strays beside those of its day. A report naming two bases is two attacks. A
follow-up of an attack some days back that does not give its day ("last week") joins the
attack on its base in the EARLIER_DAYS before it that most outlets told (the latest of equals).

`group` depends only on the set of reports it is given, never on their order: the archive
can regroup whatever arrived, in whatever order it arrived.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from monitor.detect.weapons import CONFUSED

MAX_DAYS_APART = 1
STRAYS = 4  # a day's reports are strays of the next day's attack when it has this many times more
# two days running are two attacks when each is given by this many independent reports, the
# fewer at least TWO_NIGHTS_SHARE of the more: one outlet's time zone is a stray, two
# outlets that agree against two others a night later tell of a second attack
TWO_NIGHTS_REPORTS = 2
TWO_NIGHTS_SHARE = 0.5
EARLIER_DAYS = 14  # how far back a follow-up of "last week's attack" looks for it
# what listings and alerts say of an incident's day when no report says it
UNSTATED_DAY = "no report says it; the day the first report came out"


@dataclass(frozen=True)
class Report:
    """One report of an attack on one place, as much of it as grouping needs."""

    key: str  # unique per report: the article id and place
    place_id: str
    attack_date: date
    weapons: frozenset[str] = frozenset()
    region: str | None = None  # the region the place lies in, or the region itself
    is_region: bool = False  # the report names no base, only a region
    content: str = ""  # text fingerprint: syndicated copies share it
    source: str = ""
    day_stated: bool = True  # False: the report gives only its publication day
    # a follow-up of an attack some days before its own day ("last week"), which it does not
    # give: it joins the latest attack on its place in the EARLIER_DAYS before
    earlier: bool = False

    def sort_key(self) -> tuple[bool, str, date, str]:
        return (self.is_region, self.place_id, self.attack_date, self.key)


@dataclass(frozen=True)
class Group:
    """The reports of one attack."""

    place_id: str
    attack_date: date  # the date most reports that say one give (the earliest among ties)
    reports: tuple[Report, ...]

    @property
    def weapons(self) -> frozenset[str]:
        return frozenset().union(*(r.weapons for r in self.reports))

    @property
    def day_stated(self) -> bool:
        """Whether any report says the attack's day; else the day is when the first came out."""
        return any(r.day_stated for r in self.reports)

    @property
    def independent(self) -> int:
        """Reports that count as separate sources (`independent`)."""
        return independent(self.reports)


def independent(reports: Sequence[Report]) -> int:
    """How many of `reports` count as separate sources: syndicated copies of one text count
    once, and so do several stories from one outlet."""
    # reports sharing a text or an outlet are one source: count the connected sets
    parent = {r.key: r.key for r in reports}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    first: dict[str, str] = {}
    for r in reports:
        for mark in (
            f"text:{r.content}" if r.content else "",
            f"outlet:{r.source}" if r.source else "",
        ):
            if mark:
                if mark in first:
                    parent[root(r.key)] = root(first[mark])
                else:
                    first[mark] = r.key
    return len({root(r.key) for r in reports})


def weapons_compatible(a: Iterable[str], b: Iterable[str]) -> bool:
    sa, sb = frozenset(a), frozenset(b)
    if not sa or not sb or sa & sb:
        return True
    return any(frozenset({x, y}) == CONFUSED for x in sa for y in sb)


def _told_by(reports: set[Report]) -> dict[tuple[str, date], int]:
    """For each named base and day, how many independent reports say that day (not the day
    they came out, not a follow-up), counted as an incident's sources are (`independent`):
    syndicated copies of one text, or several stories of one outlet, count once."""
    sources: dict[tuple[str, date], list[Report]] = defaultdict(list)
    for r in reports:
        if r.day_stated and not r.earlier and not r.is_region:
            sources[(r.place_id, r.attack_date)].append(r)
    return {key: independent(found) for key, found in sources.items()}


def _two_nights(report: Report, day: date, told: dict[tuple[str, date], int]) -> bool:
    """Whether `report`'s day, a day off the group's `day`, is another attack on its base:
    each day is given by TWO_NIGHTS_REPORTS independent reports at least, in like numbers."""
    if report.is_region or report.attack_date == day:
        return False
    own = told.get((report.place_id, report.attack_date), 0)
    other = told.get((report.place_id, day), 0)
    return min(own, other) >= TWO_NIGHTS_REPORTS and min(own, other) >= TWO_NIGHTS_SHARE * max(
        own, other
    )


def _fits(report: Report, members: list[Report], told: dict[tuple[str, date], int]) -> bool:
    """Within a day of the group's day, and not another attack by `told` (`_two_nights`).
    Measured from its first report instead, a few outlets a day early (a US time zone, "late
    Saturday") started a group that the next day's reports of the same attack could not
    join. Those few may make a group span two days; reports of attacks on three days running
    stay apart. The same day: the same attack, whatever weapons each outlet names (real
    reports call one salvo rockets, drones or "projectiles"); a day apart, only with
    compatible weapons."""
    day = _date_of(members)
    if _two_nights(report, day, told):
        return False
    apart = abs((report.attack_date - day).days)
    # a group of follow-ups alone spans their own days, as its date counts them
    days = [m.attack_date for m in ([m for m in members if not m.earlier] or members)]
    span = (max(*days, report.attack_date) - min(*days, report.attack_date)).days
    if apart > MAX_DAYS_APART or span > 2 * MAX_DAYS_APART:
        return False
    # the far day's reports must be a few strays, not an attack: asked of a report that
    # widens the group, not of one within the days its reports already span
    widens = not min(days) <= report.attack_date <= max(days)
    if span > MAX_DAYS_APART and widens:
        far = min(days) if report.attack_date > day else max(days)
        if days.count(far) * STRAYS > days.count(day):
            return False
    return apart == 0 or weapons_compatible(
        report.weapons, frozenset().union(*(m.weapons for m in members))
    )


def _date_of(members: list[Report]) -> date:
    """The day most reports that say one give (the earliest among ties): a report published
    the morning after that names no day would otherwise outvote those that say "Sunday".
    Follow-ups that joined later count only in a group of follow-ups alone."""
    own = [m for m in members if not m.earlier] or members
    dates = [m.attack_date for m in own if m.day_stated] or [m.attack_date for m in own]
    return max(sorted(set(dates)), key=dates.count)


def _earlier(report: Report, clusters: list[tuple[str, list[Report]]]) -> list[Report] | None:
    """For a follow-up of an earlier attack, the group of its base dated 1 to EARLIER_DAYS
    days before it that the most outlets told, the latest of equals (reports are grouped in
    date order: those are all formed). A lone report of a day in between is less likely its
    attack than the one the press covered: "the 11 troops treated for concussions after last
    week's strike" are of the strike every outlet reported."""
    if not report.earlier or report.is_region:
        return None
    before = [
        members
        for place, members in clusters
        if place == report.place_id
        and not members[0].is_region
        and not all(m.earlier for m in members)  # the attack's own reports, not follow-ups
        and 1 <= (report.attack_date - _date_of(members)).days <= EARLIER_DAYS
    ]
    return max(before, key=lambda m: (_sources(m), _date_of(m)), default=None)


def _sources(members: list[Report]) -> int:
    """How many independent sources told the attack itself, follow-ups aside."""
    return independent([m for m in members if not m.earlier])


def group(reports: Iterable[Report]) -> list[Group]:
    """Group reports into attacks. Named bases first, each report joining the first group of
    its place it fits; then reports naming only a region join a group of a base in that
    region, or group among themselves."""
    clusters: list[tuple[str, list[Report]]] = []
    unique = set(reports)
    told = _told_by(unique)
    for report in sorted(unique, key=Report.sort_key):
        before = _earlier(report, clusters)
        if before is not None:
            before.append(report)
            continue
        candidates = [
            members
            for place, members in clusters
            if (
                place == report.place_id
                or (
                    report.is_region
                    and not members[0].is_region
                    and members[0].region == report.place_id
                )
            )
            and _fits(report, members, told)
        ]
        if candidates:
            candidates[0].append(report)
        else:
            clusters.append((report.place_id, [report]))
    return [
        Group(place_id=place, attack_date=_date_of(members), reports=tuple(members))
        for place, members in clusters
    ]


def incident_id(place_id: str, attack_date: date, taken: Iterable[str] = ()) -> str:
    """ "2024-07-25-ain-al-asad"; "-2" and on when another attack has that id already."""
    base = f"{attack_date.isoformat()}-{place_id}"
    taken = set(taken)
    new, number = base, 1
    while new in taken:
        number += 1
        new = f"{base}-{number}"
    return new
