"""An attack told "over the weekend" in a report of the week after is dated the Sunday, a day
from an attack on either night of the weekend; a weekend that a strike answers or follows
(the US bombing Iran "at the weekend") is that other event's, and the attack keeps its day."""

from __future__ import annotations

from tests.reports import local_time, report_cases

test_an_attack_over_the_weekend = report_cases(
    [
        (
            "en",
            "Three US soldiers named after drone attack in Jordan",
            "The Pentagon has named the three Army reservists who lost their lives when a one-way "
            "drone struck Tower 22, a small logistics post in north-eastern Jordan, over the "
            "weekend.",
            local_time("2024-01-29", 15),
            "tower-22",
            "2024-01-28",
            "drone",
        ),
        (
            "en",
            "Why the Jordan outpost's defences missed the drone",
            "The weekend drone strike on Tower 22 came as a US drone was returning to the post, "
            "officials said, and more than 40 troops were hurt.",
            local_time("2024-01-30", 10),
            "tower-22",
            "2024-01-28",
            "drone",
        ),
    ]
)

test_a_weekend_the_attack_answers_or_follows = report_cases(
    [
        (
            "en",
            "Iran fires missiles at US air base in Qatar",
            "In retaliation for US bombs dropped on Fordow and Natanz at "
            "the weekend, Iran launched a salvo of ballistic missiles at Al Udeid Air Base in "
            "Qatar.",
            local_time("2025-06-23", 20),
            "al-udeid-air-base",
            "2025-06-23",
            "missile",
        ),
        (
            "en",
            "Two rockets land inside Ain al-Asad",
            "Two rockets landed inside Ain al-Asad air base, which houses US troops. "
            "The rocket attacks on the base follow word from Washington that it struck militia "
            "depots in Syria over the weekend.",
            local_time("2024-02-05", 18),
            "ain-al-asad",
            "2024-02-05",
            "rocket",
        ),
    ]
)
