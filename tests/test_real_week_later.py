"""Structures of real reports a few days after an attack, and of the Gulf strikes of 2026 (in
our own words): a toll raised "last Friday" or a culprit named for "last week's attack", a
headline that shortens the weapons its first sentence lists, Katyushas called missiles, the
Fifth Fleet's "service centre", a US "outpost", and satellite images dated by the day they
were taken."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

WEDNESDAY = datetime(2024, 8, 14, 12, 0, tzinfo=IRAQ)
TUESDAY = datetime(2021, 10, 26, 12, 0, tzinfo=IRAQ)


def test_a_toll_raised_for_last_fridays_attack_is_a_follow_up_of_that_day() -> None:
    d = _match(
        "Eight troops now treated after Syria drone strike",
        "The number of US troops hurt in last Friday's drone attack on Rumalyn Landing Zone "
        "has risen to eight, a Pentagon spokesman said on Tuesday.",
        WEDNESDAY,
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["rmelan-landing-zone"]
    assert d.attack_date == date(2024, 8, 9)


def test_an_attack_a_weekday_dates_five_days_back_is_old_without_news_of_it() -> None:
    d = _match(
        "",
        "Last Friday a drone attack targeted Rumalyn Landing Zone in north-eastern Syria.",
        WEDNESDAY,
    )
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    "text",
    [
        "US officials said on Monday that Iran was behind last week's drone attack on the "
        "al-Tanf garrison in southern Syria.",
        "Two more soldiers were treated for concussion after last week's drone attack on the "
        "al-Tanf garrison, officials said.",
    ],
)
def test_news_of_last_weeks_attack_opening_a_story_is_a_follow_up(text: str) -> None:
    d = _match("", text, TUESDAY)
    assert d.attack, d.reasons
    assert _bases(d) == ["al-tanf"]
    assert d.earlier  # the archive joins it to the attack, with no day of its own


def test_last_weeks_attack_told_below_a_new_one_is_still_background() -> None:
    d = _match(
        "Rockets hit Erbil air base",
        "Two rockets hit Erbil air base on Tuesday, officials said.\n\n"
        "Last week's rocket attack on Ain al-Asad wounded five Americans.",
        TUESDAY,
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]
    assert not d.earlier


def test_a_headline_weapon_does_not_hide_the_other_weapons_of_the_first_sentence() -> None:
    d = _match(
        "Drones hit US base",
        "Drones and rockets struck a US base in southern Syria on Monday, officials said.",
        TUESDAY,
    )
    assert d.attack, d.reasons
    assert set(d.weapons) == {"drone", "rocket"}
    assert d.region is not None
    assert d.region.id == "southern-syria"


@pytest.mark.parametrize(
    "text",
    [
        "Two Katyusha missiles were fired at Victory base near Baghdad airport on Tuesday.",
        "Three Grad missiles struck Victory base near Baghdad airport on Tuesday.",
        "Dos misiles Katyusha alcanzaron el martes la base Victoria, junto al aeropuerto de "
        "Bagdad.",
        "Dix missiles Katioucha ont frappé mardi la base Victory, près de l'aéroport de Bagdad.",
        "Salı günü Bağdat Havalimanı yakınındaki Victory üssüne katyuşa füzeleri atıldı.",
    ],
)
def test_katyushas_called_missiles_are_rockets(text: str) -> None:
    d = _match("", text, TUESDAY)
    assert d.attack, d.reasons
    assert d.weapons == ("rocket",)


def test_ballistic_missiles_are_still_missiles() -> None:
    d = _match("", "Two ballistic missiles struck Victory base on Tuesday.", TUESDAY)
    assert d.weapons == ("missile",)


SATURDAY = datetime(2026, 2, 28, 18, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    "text",
    [
        "The state news agency said a service centre of the US Fifth Fleet was hit by a "
        "missile around midday.",
        "A missile hit the Fifth Fleet service centre in Manama on Saturday.",
    ],
)
def test_the_fifth_fleets_service_centre_is_nsa_bahrain(text: str) -> None:
    d = _match("", text, SATURDAY)
    assert d.attack, d.reasons
    assert _bases(d) == ["nsa-bahrain"]


def test_satellite_images_are_dated_by_the_day_they_were_taken_not_the_attack() -> None:
    d = _match(
        "Images show damage at Fifth Fleet base",
        "Satellite images taken on Sunday show smoke rising from a damaged building at the "
        "Fifth Fleet base in Bahrain after Iranian strikes.\n\n"
        "The Revolutionary Guards said they had fired missiles at the Fifth Fleet "
        "headquarters on Saturday.",
        datetime(2026, 3, 2, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2026, 2, 28)


@pytest.mark.parametrize("target", ["a US outpost", "a US garrison", "an American outpost"])
def test_a_us_outpost_is_a_coalition_target(target: str) -> None:
    d = _match("", f"Drones and rockets struck {target} in southern Syria, officials said", TUESDAY)
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == "southern-syria"


FRIDAY = datetime(2026, 3, 13, 12, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    "text",
    [
        "A ballistic missile flying towards Incirlik air base was destroyed by NATO air "
        "defences early on Friday.",
        "Un missile balistique se dirigeant vers la base d'Incirlik a été détruit vendredi matin.",
        "Ein ballistischer Flugkörper im Anflug auf den Stützpunkt Incirlik wurde am Freitag "
        "zerstört.",
        # "directed toward", and French "en direction des" (de + les)
        "Turkish defences on Friday destroyed a ballistic missile directed toward Incirlik "
        "air base.",
        "L'Iran a lancé vendredi un missile en direction des installations de la base d'Incirlik.",
    ],
)
def test_a_weapon_heading_for_a_base_tells_an_attack(text: str) -> None:
    d = _match("", text, FRIDAY)
    assert d.attack, d.reasons
    assert _bases(d) == ["incirlik-air-base"]
    assert d.weapons == ("missile",)


def test_troops_heading_for_a_base_tell_no_attack() -> None:
    d = _match(
        "", "A convoy of US troops heading for Incirlik air base left Adana on Friday.", FRIDAY
    )
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Missiles hit Iraqi base hosting US forces", ("rocket",)),
        ("Rockets hit Iraqi base hosting US forces", ("rocket",)),
        ("Drones hit Iraqi base hosting US forces", ("drone", "rocket")),
    ],
)
def test_the_headlines_missiles_are_the_rockets_its_story_tells_of(
    title: str, want: tuple[str, ...]
) -> None:
    d = _match(
        title,
        "More than 30 rockets struck the K1 military base near Kirkuk on Friday evening, "
        "killing a US civilian contractor.",
        datetime(2019, 12, 28, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert set(d.weapons) == set(want)


def test_the_largest_us_base_in_syria_is_al_omar() -> None:
    d = _match(
        "",
        "A drone attack on the largest US base in Syria killed six Kurdish fighters on Sunday.",
        datetime(2024, 2, 5, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-omar-oil-field"]


def test_a_us_drone_strike_on_the_man_blamed_for_last_weeks_attack_is_no_attack() -> None:
    d = _match(
        "US drone strike kills militia commander in Baghdad",
        "A US drone strike on a car in east Baghdad on Wednesday killed a militia commander "
        "blamed for last week's attack on US troops in Jordan.",
        datetime(2024, 2, 7, 23, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


def test_intelligence_that_iran_prepares_attacks_is_a_threat() -> None:
    d = _match(
        "US says Iran preparing options to attack bases",
        "US intelligence shows Iran is preparing options to attack American bases in the "
        "region, the State Department said.",
        datetime(2023, 11, 9, 12, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


SUNDAY = datetime(2024, 1, 28, 20, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    "text",
    [
        "قُتل ثلاثة جنود أمريكيين في ه.ج.و.م بطائرة م.س.ي.ر.ة استهدف البرج 22 في شمال شرق الأردن.",
        "Three U.S. soldiers were k.i.l.l.e.d in a drone a-t-t-a-c-k on Tower 22 in Jordan.",
    ],
)
def test_words_spelt_out_letter_by_letter_are_read(text: str) -> None:
    d = _match("", text, SUNDAY)
    assert d.attack, d.reasons
    assert _bases(d) == ["tower-22"]
    assert d.weapons == ("drone",)
    assert d.killed == 3


def test_a_drone_that_got_past_the_defences_and_wounded_american_service_members() -> None:
    d = _match(
        "",
        "On Monday an explosive drone got past the defences at a base in Iraq, wounding three "
        "American service members.",
        datetime(2023, 12, 26, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.weapons == ("drone",)
    assert d.attack_date == date(2023, 12, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Three US service members were killed in a drone attack on a US base in Jordan.",
        "A one-way attack drone struck US troops stationed in Jordan, killing three.",
        "Tres soldados estadounidenses murieron en un ataque con dron contra una base en Jordania.",
        "قُتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على قاعدة أمريكية في الأردن.",
    ],
)
def test_a_base_in_jordan_is_the_north_east_where_us_forces_hold_outposts(text: str) -> None:
    d = _match("", text, SUNDAY)
    assert d.attack, d.reasons
    assert d.bases == ()
    assert d.region is not None
    assert d.region.id == "north-east-jordan"


def test_jordan_downing_drones_bound_for_israel_is_no_attack_on_us_forces() -> None:
    d = _match(
        "Jordan downs Iranian drones",
        "Jordanian jets shot down dozens of Iranian drones heading for Israel over Jordan "
        "overnight, officials said.",
        datetime(2024, 4, 14, 9, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


def test_soldiers_killed_at_a_base_by_a_drone_is_an_attack_with_no_attack_word() -> None:
    d = _match(
        "Three US soldiers killed at base in northern Kuwait",
        "Three US soldiers were killed and five badly wounded at a US base in northern Kuwait "
        "by a suspected Iranian drone, officials said.",
        datetime(2026, 3, 1, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == "kuwait"
    assert d.killed == 3


@pytest.mark.parametrize("verb", ["called for", "demanded", "condemned", "urged"])
def test_a_weekday_before_a_leaders_reaction_is_the_reactions_day(verb: str) -> None:
    d = _match(
        "",
        f"Secretary of State Antony Blinken on Tuesday {verb} an inquiry into Monday's rocket "
        "attack on the US base at Erbil airport.",
        datetime(2021, 2, 16, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2021, 2, 15)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Iran behind drone attack on al-Tanf",
            "US officials said on Monday that Iran was behind last week's drone attack on the "
            "al-Tanf garrison in southern Syria.",
        ),
        (
            "L'Iran derrière l'attaque de drones contre al-Tanf",
            "Selon des responsables américains, l'Iran est derrière l'attaque de drones de la "
            "semaine dernière contre la garnison d'al-Tanf.",
        ),
    ],
)
def test_a_headline_naming_the_base_keeps_the_follow_up_of_the_line_below(
    title: str, text: str
) -> None:
    d = _match(title, text, TUESDAY)
    assert d.attack, d.reasons
    assert _bases(d) == ["al-tanf"]
    assert d.earlier
