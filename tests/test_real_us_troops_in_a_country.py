"""Korean headlines name US troops by the country they serve in ("이라크 내 미군", US troops
in Iraq; "시리아 내 미군", in Syria), then say they "came under attack": those are the
coalition's forces, as "시리아 주둔 미군" (US troops stationed in Syria) is. In our own
words, after a real headline of 2024."""

from __future__ import annotations

from tests.reports import local_time, report_cases, term_cases

test_us_troops_in_a_country_are_the_coalitions = term_cases(
    [
        ("시리아 내 미군, 드론 공격받아…여러 명 부상", "시리아 내 미군", "cat:coalition"),
        ("요르단 내 미군 기지 인근에 드론 추락", "요르단 내 미군", "cat:coalition"),
    ],
    read=True,
)

test_a_headline_of_us_troops_in_iraq_attacked = report_cases(
    [
        (
            "ko",
            "이라크 내 미군, 로켓 공격받아…2명 부상",
            "이라크 서부의 한 기지에 로켓 여러 발이 떨어져 장병 2명이 다쳤다고 미 당국자가 밝혔다.",
            local_time("2024-08-10"),
            "western-iraq",
            "2024-08-10",
            "rocket",
        ),
    ]
)
