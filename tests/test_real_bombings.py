"""A bombing beside a base is not a rocket, drone or missile attack, even told a few lines
down its lead; and a bombing told between a verb of saying and a weekday is dated by that
weekday, which is then no day the story was told on."""

from __future__ import annotations

from tests.reports import local_time, look_alike_cases, report_cases

test_a_bombing_near_a_base_without_rockets = look_alike_cases(
    [
        (
            "en",
            "Bomber hits clinic being built outside Bagram Air Base",
            "Kabul, Dec. 11\n\n"
            "Afghan officials gave few details on Wednesday.\n\n"
            "US forces said a car bomb on Wednesday blew up at a clinic under construction "
            "beside Bagram Air Base, the biggest US base in Afghanistan, and that the "
            "base itself was secure.\n\n"
            "Local doctors said several Afghan labourers were hurt.",
        ),
    ],
    "2019-12-11",
)

test_a_bombing_between_the_saying_and_the_weekday = report_cases(
    [
        (
            "en",
            "Airport defences stop rockets as the Kabul airlift ends",
            "On Monday the airport's defences stopped several rockets aimed at Kabul airport "
            "stopped them before they landed.\n\n"
            "The US military said a car bomb plot on Sunday had been stopped by a drone strike.\n\n"
            "Afghan media said the rockets came from a launcher fitted to a car.",
            local_time("2021-08-30", 12),
            "hamid-karzai-airport",
            "2021-08-30",
            "rocket",
        ),
    ]
)
