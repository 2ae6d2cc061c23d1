"""A follow-up whose evidence gives no day takes the day another sentence gives the attack
it follows ("the troops hurt in Iran's Jan. 8 missile attack on Ain al-Asad"), within
FOLLOW_UP_DAYS, as seen on real reports (in our own words)."""

from __future__ import annotations

from datetime import date, datetime

from tests.reports import LOCAL as IRAQ
from tests.reports import detect as _match


def test_a_follow_up_takes_the_day_of_the_attack_it_follows() -> None:
    d = _match(
        "Pentagon: eleven soldiers treated for concussion at Iraqi base",
        "Eleven American soldiers were treated for concussion symptoms after the missile "
        "attack on Ain al-Asad air base, the Pentagon said.\n\n"
        "Some were flown to Germany for checks.\n\n"
        "Others stayed on duty.\n\nThe US troops were hurt in Iran's Jan. 8 missile strike, "
        "which first reports said had wounded no one.",
        datetime(2020, 1, 17, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2020, 1, 8)


def test_an_attack_dated_beyond_the_follow_up_window_is_old() -> None:
    d = _match(
        "Pentagon: more soldiers treated for concussion at Iraqi base",
        "More American soldiers were treated for concussion symptoms after the missile "
        "attack on Ain al-Asad air base, the Pentagon said.\n\n"
        "Some were flown to Germany for checks.\n\n"
        "Others stayed on duty.\n\nThe US troops were hurt in Iran's Jan. 8 missile strike, "
        "which first reports said had wounded no one.",
        datetime(2020, 2, 10, 12, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


def test_a_count_revision_of_an_attack_named_by_its_month_is_old() -> None:
    # "Iran's January missile strike": the month stands as an adjective, with no cue word
    d = _match(
        "Pentagon: brain injury tally climbs to 109",
        "The number of American service members diagnosed with traumatic brain injuries "
        "after Iran's January missile strike on Ain al-Asad has risen to 109, the Defense "
        "Department said on Tuesday.\n\nThe figure was 64 a week ago.",
        datetime(2020, 2, 20, 12, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


def test_the_romance_attack_of_a_month_is_old() -> None:
    d = _match(
        "Le bilan des blessés s'alourdit",
        "Le nombre de militaires américains soignés pour des commotions après l'attaque de "
        "janvier contre la base d'Ain al-Asad atteint désormais 109, selon le Pentagone.",
        datetime(2020, 2, 21, 12, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


def test_may_before_strike_is_a_verb_not_a_month() -> None:
    d = _match(
        "Rockets hit Ain al-Asad",
        "Three rockets hit Ain al-Asad air base on Tuesday, officials said, and warned that "
        "the militias may strike again.",
        datetime(2020, 2, 19, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2020, 2, 18)


def test_a_statement_day_before_its_verb_is_not_the_attack_day() -> None:
    # "The Pentagon on Monday named ...": the weekday before the verb is the statement's
    d = _match(
        "Pentagon names three soldiers killed in Jordan drone strike",
        "The Pentagon on Monday named the three Army reservists killed when a one-way attack "
        "drone struck their living quarters at Tower 22, a small outpost in north-eastern "
        "Jordan, early on Sunday.\n\nMore than 40 others were injured.",
        datetime(2024, 1, 29, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2024, 1, 28)


def test_a_toll_not_yet_known_makes_no_follow_up() -> None:
    """A lead that says it is not known whether anyone was hurt tells no casualties: an
    older attack on the base a paragraph down, dated in full, is background, and the story
    is of a new attack, dated the day it came out."""
    d = _match(
        "",
        "Two drones attacked the Harir air base in Erbil, where US troops are stationed, a "
        "security source said.\n\nIt is not known whether anyone was hurt in the attack, "
        "the source added.\n\nHostilities between the militias and US forces have grown "
        "since the war in Gaza began.\n\nOn October 19, drones tried to attack the Harir "
        "air base, which the US-led coalition uses.",
        datetime(2023, 11, 2, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2023, 11, 2)


def test_the_date_after_the_attack_word_is_the_attacks_beside_the_day_of_death() -> None:
    # a soldier who died of his wounds days later: "died on March 8 of wounds from an attack
    # on March 1" dates the attack to March 1
    d = _match(
        "Army names soldier who died of wounds from Iranian strike",
        "The Army on Monday named a sergeant, 26, who died on March 8, 2026, of wounds he "
        "received in an enemy attack on March 1, 2026, at Prince Sultan Air Base in Saudi "
        "Arabia.\n\nFirst reports after the strikes had told of no casualties.",
        datetime(2026, 3, 9, 19, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2026, 3, 1)
