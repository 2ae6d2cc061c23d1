"""Days seen wrong on real reports, in our own words: the night a weekday opens in Arabic and
Persian, and a story whose own "today" is the day before it was published."""

from __future__ import annotations

from tests.reports import local_time, report_cases

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
