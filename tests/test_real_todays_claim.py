"""A claim the evidence says was made on the publication's day ("militias said on Tuesday",
"today, Tuesday") is of that day, though a line below tells of another group's statement of
the day before: the story's today is the one its evidence names, not the earliest."""

from __future__ import annotations

from tests.reports import base_cases, local_time

test_a_claim_of_today_beside_statements_of_the_day_before = base_cases(
    [
        (
            "ar",
            "فصائل عراقية تعلن ضرب قاعدتين أمريكيتين في سوريا",
            "قالت فصائل عراقية مسلحة اليوم الثلاثاء إن طائراتها المسيرة ضربت قاعدتي حقل العمر "
            "والشدادي شرقي سوريا. وكانت جماعة أخرى قد ذكرت أمس الاثنين أنها هاجمت قاعدتين "
            "للقوات الأمريكية.",
            local_time("2023-10-24", 14),
            ["al-omar-oil-field", "al-shaddadi"],
            "2023-10-24",
        ),
        (
            "en",
            "Iraqi militias say they struck two US bases in Syria",
            "A coalition of Iraqi militias said on Tuesday that its drones struck the US bases at "
            "the al-Omar oil field and al-Shaddadi in eastern Syria. Another armed group said on "
            "Monday that it attacked two American bases.",
            local_time("2023-10-24", 14),
            ["al-omar-oil-field", "al-shaddadi"],
            "2023-10-24",
        ),
    ]
)
