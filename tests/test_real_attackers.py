"""Who strikes whom, as real reports put it (in our own words): a militia's drones against
"a US base in Syria in retaliation for" a US strike is an attack on the base; US forces
that strike "in retaliation for" an attack are the attacker, whether the cue comes after
them or starts with them. A "paramilitary group" that claims the drones is the attacker; a
paramilitary base is a target that is not ours."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import detect as _match
from tests.reports import term_cases

WEDNESDAY = datetime(2024, 2, 7, 22, 0, tzinfo=IRAQ)


def test_a_base_before_a_retaliation_cue_is_the_target() -> None:
    d = _match(
        "Militias send a drone swarm against a US base in Syria",
        "HASAKAH (local agency) - Militias backed by Iran sent a swarm of explosive drones on "
        "Wednesday against a U.S. base in Syria in retaliation for the Baghdad airstrike, local "
        "sources said.\n\nExplosions were heard around the base for half an hour.",
        WEDNESDAY,
    )
    assert d.attack, d.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "US strikes militia sites",
            "U.S. forces struck three militia sites near al-Qaim on Wednesday in retaliation "
            "for the drone attack that wounded troops at a base in Syria.",
        ),
        (
            "Nach Raketenhagel auf US-Basis: US-Militär reagiert mit Gegenschlag im Irak",
            "Kampfflugzeuge der US-Streitkräfte griffen am Mittwoch drei Stellungen einer Miliz "
            "im Irak an.\n\nNach einem Angriff auf einen US-Luftwaffenstützpunkt bei Bagdad am "
            "Wochenende, bei dem mehrere US-Soldaten verletzt wurden, griff das US-Militär an.\n\n"
            "Am Samstag war der Stützpunkt Al Asad von mehreren Raketen getroffen worden.",
        ),
    ],
)
def test_us_forces_before_or_at_the_start_of_a_strike_cue_are_the_attacker(
    title: str, text: str
) -> None:
    d = _match(title, text, WEDNESDAY)
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("title", "text", "claim"),
    [
        (
            "Paramilitary group claims drone attack on US base",
            "BAGHDAD - A Shiite paramilitary group in Iraq said on Tuesday that its fighters had "
            "launched two drones at Ain al-Asad air base in Anbar.\n\nThe Pentagon did not "
            "comment.",
            "paramilitary group in iraq said",
        ),
        (
            "Un grupo paramilitar reivindica un ataque con drones contra una base de EEUU",
            "Un grupo paramilitar chií de Irak reivindicó el martes el lanzamiento de dos drones "
            "contra la base aérea de Ain al Asad, en Anbar.\n\nEl Pentágono no hizo "
            "comentarios.",
            "grupo paramilitar",
        ),
    ],
)
def test_a_paramilitary_group_claiming_the_drones_is_the_attacker(
    title: str, text: str, claim: str
) -> None:
    d = _match(title, text, WEDNESDAY)
    assert d.attack, d.reasons
    assert [b.id for b in d.bases] == ["ain-al-asad"]
    said = " ".join(e.sentence.lower() for e in d.evidence)
    assert claim in said, d.evidence


def test_drones_on_a_paramilitary_base_are_not_an_attack_on_us() -> None:
    d = _match(
        "Drone strikes paramilitary base north of Baghdad",
        "An unidentified drone struck a paramilitary base near Balad on Tuesday night, setting "
        "off a fire in an ammunition store, security sources said.\n\nNo group claimed it.",
        WEDNESDAY,
    )
    assert not d.attack, d.reasons


def test_the_war_on_the_islamic_state_is_the_mission_not_a_strike() -> None:
    # the coalition's campaign against the Islamic State is why the troops are there, told in
    # most reports of attacks on them: an attack word before that group's name is the
    # mission, not the US striking back, and the report stays an attack on the base
    d = _match(
        "",
        "Drones struck a base in southern Syria on Wednesday where American troops train local "
        "forces in their long campaign against the Islamic State group, two US officials "
        "said.\n\n"
        "One drone was shot down and the other caused light injuries, one official said.",
        WEDNESDAY,
    )
    assert d.attack, d.reasons


def test_a_strike_aimed_at_a_militia_by_name_is_the_us_striking() -> None:
    # the attack word may carry its preposition ("aimed at", "raids on"): the militia named
    # after it is the target, and the story is the US strike, not the rockets it avenged
    d = _match(
        "",
        "Over the weekend F-15 jets of the US Air Force flew a series of bombing runs in Iraq "
        "and Syria aimed at Kataib Hezbollah, a militia close to Iran.\n\n"
        "The defence secretary said the runs avenged a rocket strike on a base that hosts "
        "American troops in Kirkuk. Katyusha rockets hit that base, K1, on Friday, killing a "
        "US contractor and wounding four service members.",
        datetime(2019, 12, 30, 10, 0, tzinfo=IRAQ),  # K1 hosted US forces then
    )
    assert not d.attack, d.reasons


# the US striking, as Vietnamese, Indonesian, Polish and French put it; and the cause that
# follows in Vietnamese and Indonesian ("để đáp trả", "menanggapi")
test_the_us_striking_in_more_languages = term_cases(
    [
        ("Mỹ hạ lệnh tấn công các nhóm vũ trang thân Iran ở Syria.", "my ha lenh tan cong",
         "cat:us_attacker"),
        ("Militer Amerika Serikat menggelar serangan udara di Suriah timur.",
         "menggelar serangan udara", "cat:us_attacker"),
        ("Wojsko USA podało, że w piątek uderzyło na obiekty milicji we wschodniej Syrii.",
         "uderzyło na obiekty", "cat:us_attacker"),
        ("Vendredi soir, Washington a lancé une riposte contre des dépôts d'armes en Irak.",
         "washington a lance une riposte", "cat:us_attacker"),
        ("Đây là động thái để đáp trả loạt vụ tấn công nhằm vào lính Mỹ.", "đe đap tra",
         "cat:cause"),
        ("Menanggapi serangan roket ke pangkalan itu, militer AS membalas.", "menanggapi",
         "cat:cause"),
    ],
    read=True,
)  # fmt: skip


# whose base it is, said after it: a militia's, the paramilitary forces', the Peshmerga's
test_a_base_of_a_militia_or_the_peshmerga_is_not_ours = term_cases(
    [
        ("A drone dropped explosives on a base of paramilitary forces close to Iran.",
         "base of paramilitary", "cat:civilian"),
        ("Two fighters died when a drone hit the base of a militia east of Baghdad.",
         "base of a militia", "cat:civilian"),
        ("Rockets fell on a Peshmerga base between Kirkuk and Erbil.", "peshmerga base",
         "cat:civilian"),
        ("چند موشک به یکی از پایگاه‌های پیشمرگه میان کرکوک و اربیل اصابت کرد.",
         "پايگاه هاي پيشمرگه", "cat:civilian"),
    ],
    read=True,
)  # fmt: skip


SUNDAY = datetime(2019, 12, 29, 22, 0, tzinfo=IRAQ)


def test_a_us_strike_headline_tells_an_attack_of_days_before_as_its_cause() -> None:
    # the headline is the US strike; the rocket attack it answers, two days before, is its
    # cause however fully the lead tells it
    d = _match(
        "After rocket attack, US strikes militia targets in Iraq and Syria",
        "After a rocket attack on Friday against the K1 base in Iraq killed a US contractor "
        "and wounded several service members, American forces launched air strikes on five "
        "locations of the group in Syria and Iraq.\n\nOn Sunday evening five of the group's "
        "facilities were hit in what the Pentagon called precision defensive strikes.\n\nThe "
        "targets included weapons stores and command posts, a Pentagon statement said.\n\n"
        "Friday's attack by the group involved a barrage of more than 30 rockets against the "
        "K1 base near Kirkuk, killing an American and wounding four US troops.",
        SUNDAY,
    )
    assert not d.attack, d.reasons


def test_a_us_strike_headline_over_the_days_attack_keeps_it() -> None:
    # the attack of the day, with a strike in answer possibly under way: still the news
    d = _match(
        "Rockets kill American and British troops in Iraq, retaliatory strikes possibly under way",
        "Information is still coming in, but reports say at least two American troops and a "
        "British soldier were killed on Sunday when rockets hit Camp Taji, north of Baghdad."
        "\n\nReports suggest the US may already have struck back in Syria.\n\nSeveral more "
        "people are said to have been hurt, and no group has yet said it fired the rockets."
        "\n\nAt Taji, some 25 km north-west of Baghdad, the attack came on Sunday evening "
        "between 7.30 and 8 pm local time.",
        SUNDAY,
    )
    assert d.attack, d.reasons
    assert [b.id for b in d.bases] == ["camp-taji"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "Menurut Pentagon, pada hari Selasa Amerika Serikat menggempur tiga fasilitas di Irak "
            "yang terkait faksi dukungan Iran, menyusul serangan akhir pekan terhadap sebuah "
            "pangkalan udara.\n\nHari Sabtu, empat tentara Amerika cedera ketika pangkalan udara "
            "Ain al-Asad di Irak dihantam sejumlah rudal dan roket.",
        ),
        (
            "",
            "According to the Pentagon, on Tuesday the United States hit three facilities in Iraq "
            "tied to Iran-backed factions, after a weekend attack on an air base.\n\nOn "
            "Saturday, four American personnel suffered brain injuries when Ain al-Asad air base "
            "in Iraq was struck by ballistic missiles and rockets.",
        ),
    ],
)
def test_us_forces_who_speak_are_no_target_before_the_us_strike(title: str, text: str) -> None:
    # "According to the Pentagon, the United States struck ...": the Pentagon speaks, it is
    # not the unnamed target the strike words would follow
    d = _match(title, text, datetime(2024, 1, 24, 12, 0, tzinfo=IRAQ))
    assert not d.attack, d.reasons
