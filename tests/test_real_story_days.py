"""Days seen wrong on real reports, in our own words: the night a weekday opens in Arabic and
Persian, a story whose own "today" is the day before it was published, and a base counted
only until the day the coalition left it."""

from __future__ import annotations

from datetime import date

from monitor.detect.gazetteer import hosted_in
from tests.reports import detect, local_time, report_cases

test_the_night_of_a_weekday = report_cases(
    [
        # "the night of Thursday" is the night before Thursday: Wednesday evening
        (
            "ar",
            "هجوم بطائرة مسيرة على قاعدة فيكتوريا",
            "استهدفت طائرة مسيرة مفخخة قاعدة فيكتوريا التي تضم جنودا أمريكيين قرب مطار بغداد "
            "ليلة الخميس، ولم تقع إصابات بحسب مصدر أمني.",
            local_time("2021-06-10", 2),
            "victory-base",
            "2021-06-09",
            "drone",
        ),
        # "Thursday night", without the eve's form, is the Thursday itself
        (
            "ar",
            "صواريخ على قاعدة فيكتوريا",
            "سقطت ثلاثة صواريخ ليل الخميس على قاعدة فيكتوريا التي تضم جنودا أمريكيين قرب مطار "
            "بغداد، ولم تقع إصابات بحسب مصدر أمني.",
            local_time("2021-06-11"),
            "victory-base",
            "2021-06-10",
            "rocket",
        ),
        (
            "fa",
            "حمله پهپادی به پایگاه آمریکا در التنف",
            "منابع محلی گفتند پایگاه آمریکا در التنف شب پنجشنبه هدف حمله پهپادی قرار گرفت و "
            "خسارتی گزارش نشد.",
            local_time("2021-10-21"),
            "al-tanf",
            "2021-10-20",
            "drone",
        ),
    ]
)

test_the_story_today_is_the_day_its_lead_was_told = report_cases(
    [
        # published on Friday, the lead told on Thursday: "during the night" is Thursday's
        (
            "en",
            "Militias target US base in Syria with drones: Reports",
            "Armed factions in eastern Syria tried to strike a base used by American troops, "
            "reports said Thursday.\n\n"
            "Residents said that during the night explosive drones were sent towards the US "
            "base at the Conoco gas field, and its air defences brought them down.",
            local_time("2024-08-30", 8),
            "conoco-gas-field",
            "2024-08-29",
            "drone",
        ),
        # without a statement day in the lead, the night is the publication's
        (
            "en",
            "Militias target US base in Syria with drones: Reports",
            "Armed factions in eastern Syria tried to strike a base used by American troops.\n\n"
            "Residents said that during the night explosive drones were sent towards the US "
            "base at the Conoco gas field, and its air defences brought them down.",
            local_time("2024-08-30", 8),
            "conoco-gas-field",
            "2024-08-30",
            "drone",
        ),
    ]
)


def test_a_base_the_coalition_left_that_year_counts_only_until_the_day_it_left() -> None:
    assert hosted_in("2001-2021-05-13", date(2021, 5, 13))
    assert not hosted_in("2001-2021-05-13", date(2021, 8, 1))
    assert hosted_in("2001-2021-05-13", 2021)  # a year overlaps the span
    assert hosted_in("2003-2011, 2016-", date(2024, 1, 1))
    assert not hosted_in("2003-2011, 2016-", date(2013, 6, 1))
    rockets = (
        "Three rockets hit Kandahar airfield overnight, two of them striking the runway, "
        "and flights were suspended, the airport's director said."
    )
    # Afghan forces held it after the coalition left in May 2021
    left = detect("Rockets hit Kandahar airport runway", rockets, local_time("2021-08-01"))
    assert not left.attack
    assert any("hosted no coalition forces" in reason for reason in left.reasons)
    held = detect("Rockets hit Kandahar airport runway", rockets, local_time("2020-08-01"))
    assert held.attack


test_soldiers_hurt_in_a_drone_attack_were_at_a_base = report_cases(
    [
        # no base named in the lead: the toll says US forces were hit, the body names the base
        (
            "en",
            "Three US soldiers killed in drone attack near Syrian border",
            "Three American soldiers were killed and more than thirty wounded when an explosive "
            "drone struck their living quarters early on Sunday, officials said.\n\n"
            "The troops were posted at a logistics support base at Tower 22 in Jordan, which "
            "came under attack.",
            local_time("2024-01-29"),
            "tower-22",
            "2024-01-28",
            "drone",
        ),
        # a one-way uncrewed aerial system is a drone
        (
            "en",
            "Uncrewed aerial system strikes Harir air base",
            "A one-way uncrewed aerial system struck Harir air base, which hosts US troops, on "
            "Tuesday, injuring two service members.",
            local_time("2024-01-17"),
            "harir-air-base",
            "2024-01-16",
            "drone",
        ),
    ]
)


def test_charges_over_a_deadly_drone_strike_are_no_new_attack() -> None:
    d = detect(
        "Two men charged in connection to drone strike that killed US soldiers in Jordan",
        "Prosecutors said on Monday that two men were indicted for supplying parts used in a "
        "drone attack earlier this year that killed three US soldiers at a base in Jordan.",
        local_time("2024-12-17"),
    )
    assert not d.attack, d.reasons
