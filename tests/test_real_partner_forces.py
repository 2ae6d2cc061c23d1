"""The SDF's own posts are a partner force's, not the coalition's (in our own words, after a
real report of ISIS cells striking SDF headquarters in eastern Deir ez-Zor, the coalition's
aircraft flying over and its convoys leaving the al-Omar field base): an attack on them is no
attack on a coalition base, though the story names the coalition and its base."""

from __future__ import annotations

from tests.reports import look_alike_cases

test_an_attack_on_the_sdfs_posts_is_no_attack_on_the_coalition = look_alike_cases(
    [
        (
            "ar",
            "أعنف هجوم منذ سنوات: داعش يضرب قسد في ريف دير الزور الشرقي",
            'قال موقع محلي إن عناصر التنظيم استهدفوا مساء الاثنين مقرا لـ "قسد" قرب السوق في '
            "ذيبان بقذيفة صاروخية، ثم اندلعت اشتباكات.\n\n"
            "ورفعت قسد جاهزية عناصرها، فيما حلق طيران التحالف الدولي بكثافة وخرجت أرتال من "
            "قاعدة حقل العمر.",
        ),
        (
            "en",
            "ISIS cells strike SDF positions in Deir ez-Zor",
            "Islamic State cells attacked SDF positions in three towns of eastern Deir ez-Zor on "
            "Monday evening.\n\n"
            "Local sources said the attackers hit an SDF post in Thiban with a rocket-propelled "
            "shell.\n\n"
            "Coalition aircraft flew over the area, and convoys left the al-Omar field base.",
        ),
    ],
    day="2024-03-04",
)
