"""Stories that say the attack reported did not happen (in our own words, after real reports
of 2023): "the Harir base was not subjected to any attack", the blast heard was a planned
procedure. A report that says another site was not attacked stays a report of the one hit."""

from __future__ import annotations

from datetime import date

from tests.reports import base_cases, look_alike_cases

test_a_denied_attack_is_no_report = look_alike_cases(
    [
        (
            "ar",
            "",
            "قاعدة حرير لم تتعرض لأي هجوم، وفق جهاز مكافحة الإرهاب في الإقليم. وكانت القاعدة "
            "قد استهدفت بطائرات مسيرة مفخخة الشهر الماضي.",
        ),
        (
            "en",
            "",
            "Harir air base was not attacked by drones on Sunday, the Kurdistan "
            "counter-terrorism service said; the blast heard there came from a planned "
            "procedure.",
        ),
        (
            "fr",
            "",
            "La base aérienne de Harir n'a pas été attaquée par des drones dimanche, a assuré "
            "le service antiterroriste du Kurdistan.",
        ),
        (
            "es",
            "",
            "La base aérea de Harir no fue atacada con drones el domingo, aseguró el servicio "
            "antiterrorista del Kurdistán.",
        ),
    ],
    day="2023-11-27",
)

test_another_site_not_attacked_leaves_the_one_hit = base_cases(
    [
        (
            "en",
            "",
            "Three rockets struck Victory base near Baghdad airport on Monday; the US embassy "
            "was not attacked, officials said.",
            date(2023, 11, 27),
            "victory-base",
            "2023-11-27",
        ),
    ]
)
