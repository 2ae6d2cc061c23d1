"""Grouping reports into incidents: a pure function whose result does not depend on order."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import example, given
from hypothesis import strategies as st

from monitor.detect.incidents import (
    EARLIER_DAYS,
    Report,
    group,
    incident_id,
    weapons_compatible,
)

DAY = date(2024, 7, 25)


def _r(key: str, place: str = "ain-al-asad", day: int = 0, *weapons: str, **kw: object) -> Report:
    return Report(
        key=key,
        place_id=place,
        attack_date=DAY + timedelta(days=day),
        weapons=frozenset(weapons or ("rocket",)),
        region=kw.pop("region", "western-iraq"),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def _shape(groups: list) -> set[frozenset[str]]:
    return {frozenset(r.key for r in g.reports) for g in groups}


def test_reports_a_day_apart_are_one_attack() -> None:
    groups = group([_r("a", day=0), _r("b", day=1), _r("c", day=0)])
    assert _shape(groups) == {frozenset({"a", "b", "c"})}
    assert groups[0].attack_date == DAY  # the date most reports give


def test_the_day_reports_say_outweighs_the_day_they_were_published() -> None:
    groups = group(
        [_r("a", day=1, day_stated=False), _r("b", day=1, day_stated=False), _r("c", day=0)]
    )
    assert groups[0].attack_date == DAY  # "on Sunday", against two "published Monday"
    assert (
        group([_r("a", day=1, day_stated=False), _r("b", day=0, day_stated=False)])[0].attack_date
        == DAY
    )  # none says a day: the earliest of the most given


def test_two_days_apart_are_two_attacks() -> None:
    assert _shape(group([_r("a", day=0), _r("b", day=2)])) == {frozenset("a"), frozenset("b")}


def test_a_few_reports_a_day_early_do_not_split_an_attack() -> None:
    # three outlets put the drone strike on Tower 22 on the Saturday (a US time zone), forty on
    # the Sunday, a dozen the morning after: one attack, on the Sunday
    early = [_r(f"e{n}", "tower-22", -1, "drone") for n in range(3)]
    most = [_r(f"m{n}", "tower-22", 0, "drone") for n in range(40)]
    late = [_r(f"l{n}", "tower-22", 1, "drone", day_stated=n % 2 == 0) for n in range(12)]
    groups = group(early + most + late)
    assert len(groups) == 1
    assert groups[0].attack_date == DAY


def test_attacks_three_days_running_are_not_one_group() -> None:
    # several outlets give each day: three attacks
    reports = [_r(f"{d}{n}", day=d) for d in (0, 1, 2) for n in range(3 + d)]
    groups = group(reports)
    assert sorted(len(g.reports) for g in groups) == [3, 4, 5]
    # a stray between them: a group spans two days at most, however its day moves as
    # reports come in
    reports = [_r(f"{d}{n}", day=d) for d, many in ((0, 3), (1, 1), (2, 5)) for n in range(many)]
    groups = group(reports)
    assert len(groups) == 2
    for g in groups:
        days = {r.attack_date for r in g.reports}
        assert (max(days) - min(days)).days <= 1


def test_two_nights_each_told_by_several_outlets_are_two_attacks() -> None:
    # Erbil hit night after night: two outlets give the Monday, two others the Tuesday
    erbil = {"region": "northern-iraq"}
    monday = [_r(f"m{n}", "erbil-air-base", 0, "drone", source=f"m{n}", **erbil) for n in (1, 2)]
    tuesday = [_r(f"t{n}", "erbil-air-base", 1, "drone", source=f"t{n}", **erbil) for n in (1, 2)]
    groups = group(monday + tuesday)
    assert _shape(groups) == {frozenset({"m1", "m2"}), frozenset({"t1", "t2"})}
    assert {g.attack_date for g in groups} == {DAY, DAY + timedelta(days=1)}
    # a report that gives no day (the day it came out) joins as before, and does not count
    late = _r("late", "erbil-air-base", 1, "drone", source="x", day_stated=False, **erbil)
    assert len(group([*monday, *tuesday[:1], late])) == 1


def test_a_day_off_told_by_one_outlet_or_by_few_does_not_split_an_attack() -> None:
    # two stories of one outlet a day off are one source: the attack stays one
    most = [_r(f"m{n}", day=0, source=f"m{n}") for n in range(3)]
    same_outlet = [_r(f"o{n}", day=1, source="one outlet") for n in range(2)]
    assert len(group(most + same_outlet)) == 1
    # one wire story that two sites carry a day off is one source too
    wire = [_r(f"w{n}", day=1, source=f"site {n}", content="one wire text") for n in range(2)]
    assert len(group(most + wire)) == 1
    # two outlets a day off against five: strays of a time zone, not a second attack
    most = [_r(f"m{n}", day=0, source=f"m{n}") for n in range(5)]
    few = [_r(f"f{n}", day=1, source=f"f{n}") for n in range(2)]
    assert len(group(most + few)) == 1
    # as many a day off: two attacks
    assert len(group(most + [_r(f"f{n}", day=1, source=f"f{n}") for n in range(3)])) == 2


def test_a_follow_up_of_last_weeks_attack_joins_the_latest_attack_on_its_base() -> None:
    # "eleven were treated for concussions after last week's attack on Ain al-Asad",
    # dated the day it came out: it joins the attack of day 3, not day 0 nor a new one
    groups = group(
        [
            _r("first", day=0),
            _r("second", day=3),
            _r("update", day=10, day_stated=False, earlier=True),
            _r("elsewhere", "erbil-air-base", day=9),
        ]
    )
    assert _shape(groups) == {
        frozenset({"first"}),
        frozenset({"second", "update"}),
        frozenset({"elsewhere"}),
    }
    assert next(g for g in groups if len(g.reports) == 2).attack_date == DAY + timedelta(days=3)


def test_a_follow_up_joins_the_attack_most_outlets_told_not_a_lone_report_since() -> None:
    # the big strike of day 0, told by three outlets, and one outlet's report dated day 5: the
    # concussions disclosed on day 9 "after last week's strike" are the big strike's
    groups = group(
        [
            *(_r(f"strike{n}", day=0, source=f"s{n}") for n in range(3)),
            _r("lone", day=5, source="s9"),
            _r("update", day=9, day_stated=False, earlier=True, source="s4"),
        ]
    )
    assert _shape(groups) == {
        frozenset({"strike0", "strike1", "strike2", "update"}),
        frozenset({"lone"}),
    }


def test_a_follow_up_with_no_attack_on_its_base_in_the_fortnight_before_stands_alone() -> None:
    too_old = group([_r("attack", day=0), _r("update", day=EARLIER_DAYS + 1, earlier=True)])
    assert _shape(too_old) == {frozenset({"attack"}), frozenset({"update"})}
    other_base = group([_r("attack", day=0), _r("update", "erbil-air-base", day=5, earlier=True)])
    assert len(other_base) == 2
    same_day = group([_r("attack", day=5), _r("update", day=5, earlier=True)])
    assert _shape(same_day) == {frozenset({"attack", "update"})}  # no earlier one: as before


def test_a_group_keeps_its_attacks_day_whatever_its_follow_ups_say() -> None:
    # a follow-up that joined the attack of day 0 does not move the group to its own day,
    # so a second follow-up beyond the fortnight after the attack does not join it
    groups = group(
        [
            _r("attack", day=0, day_stated=False),
            _r("update", day=3, day_stated=True, earlier=True),
            _r("late", day=EARLIER_DAYS + 3, earlier=True),
        ]
    )
    assert _shape(groups) == {frozenset({"attack", "update"}), frozenset({"late"})}
    assert next(g for g in groups if len(g.reports) == 2).attack_date == DAY


def test_two_bases_the_same_night_are_two_attacks() -> None:
    groups = group([_r("a"), _r("b", "erbil-air-base", region="northern-iraq")])
    assert len(groups) == 2


def test_the_same_day_is_one_attack_whatever_the_weapons_a_day_apart_they_must_agree() -> None:
    # real outlets call one salvo rockets, drones or missiles: the same base and day is one attack
    assert (
        len(group([_r("a", "ain-al-asad", 0, "rocket"), _r("b", "ain-al-asad", 0, "drone")])) == 1
    )
    # a day apart, a drone is not the rocket attack, but a missile may be
    assert (
        len(group([_r("a", "ain-al-asad", 0, "rocket"), _r("b", "ain-al-asad", 1, "drone")])) == 2
    )
    assert (
        len(group([_r("a", "ain-al-asad", 0, "rocket"), _r("b", "ain-al-asad", 1, "missile")])) == 1
    )


def test_an_unnamed_base_joins_the_named_attack_in_its_region() -> None:
    unnamed = _r("u", "western-iraq", 0, is_region=True)
    elsewhere = _r("x", "ne-syria", 0, region="ne-syria", is_region=True)
    groups = group([_r("a"), unnamed, elsewhere])
    assert _shape(groups) == {frozenset({"a", "u"}), frozenset({"x"})}


def test_syndicated_copies_and_one_outlet_count_once() -> None:
    groups = group(
        [
            _r("a", content="same text", source="wire"),
            _r("b", content="same text", source="daily"),
            _r("c", content="other text", source="wire"),
            _r("d", content="third text", source="tv"),
        ]
    )
    assert groups[0].independent == 2


def test_incident_ids_are_unique() -> None:
    assert incident_id("ain-al-asad", DAY) == "2024-07-25-ain-al-asad"
    taken = {"2024-07-25-ain-al-asad", "2024-07-25-ain-al-asad-2"}
    assert incident_id("ain-al-asad", DAY, taken) == "2024-07-25-ain-al-asad-3"


def test_weapon_compatibility() -> None:
    assert weapons_compatible({"rocket"}, {"missile"})
    assert weapons_compatible(set(), {"drone"})
    assert not weapons_compatible({"drone"}, {"mortar"})


reports = st.builds(
    Report,
    key=st.text("abcdefgh", min_size=1, max_size=4),
    place_id=st.sampled_from(["ain-al-asad", "erbil-air-base", "western-iraq"]),
    attack_date=st.integers(0, 20).map(lambda d: DAY + timedelta(days=d)),
    weapons=st.frozensets(st.sampled_from(["rocket", "drone", "missile", "mortar"]), max_size=2),
    region=st.sampled_from(["western-iraq", "northern-iraq"]),
    is_region=st.booleans(),
    day_stated=st.booleans(),
    earlier=st.booleans(),
)


@given(st.lists(reports, max_size=12, unique_by=lambda r: r.key), st.randoms())
def test_order_does_not_matter(items: list[Report], rnd: object) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _shape(group(items)) == _shape(group(shuffled))


def _later(key: str, place: str, days: int, *, is_region: bool = False) -> Report:
    """A follow-up ("earlier") report of `place`, `days` after DAY, that names no weapon."""
    when = DAY + timedelta(days=days)
    return Report(
        key,
        place,
        when,
        frozenset(),
        "western-iraq",
        is_region=is_region,
        day_stated=False,
        earlier=True,
    )


# follow-ups alone, a day apart each: they once chained into a group four days wide
CHAINED = [
    _later("a", "ain-al-asad", 4),
    _later("b", "western-iraq", 2, is_region=True),
    _later("c", "ain-al-asad", 3, is_region=True),
    _later("d", "ain-al-asad", 5),
]


@given(st.lists(reports, max_size=12, unique_by=lambda r: r.key))
@example(CHAINED)
def test_every_report_is_in_exactly_one_group_of_compatible_reports(items: list[Report]) -> None:
    groups = group(items)
    keys = [r.key for g in groups for r in g.reports]
    assert sorted(keys) == sorted(r.key for r in items)
    for g in groups:
        # a follow-up of an earlier attack joins it from up to EARLIER_DAYS later (a group's
        # reports lie within two days of each other)
        dates = [r.attack_date for r in g.reports if not r.earlier] or [
            r.attack_date for r in g.reports
        ]
        assert (max(dates) - min(dates)).days <= 2 * 1
        assert all(
            -2 <= (r.attack_date - min(dates)).days <= EARLIER_DAYS + 2
            for r in g.reports
            if r.earlier
        )
        named = {r.place_id for r in g.reports if not r.is_region}
        assert len(named) <= 1


def test_reports_of_the_groups_own_day_join_it_whatever_days_it_spans() -> None:
    # Tower 22's reports span the Saturday (a US time zone), the Sunday and the Monday (some
    # dated the day they came out); reports of its region on the Sunday join it, as
    # reports of the base on the Sunday do: the days it spans are not widened by them
    jordan = {"region": "north-east-jordan"}
    base = [_r(f"s{n}", "tower-22", -1, "drone", **jordan) for n in range(2)]
    base += [_r(f"m{n}", "tower-22", 0, "drone", **jordan) for n in range(10)]
    base += [_r(f"l{n}", "tower-22", 1, "drone", **jordan) for n in range(3)]
    region = [
        _r(f"r{n}", "north-east-jordan", 0, "drone", is_region=True, **jordan) for n in range(4)
    ]
    groups = group(base + region)
    assert len(groups) == 1
    assert groups[0].place_id == "tower-22"
    assert groups[0].attack_date == DAY
