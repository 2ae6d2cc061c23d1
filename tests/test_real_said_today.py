"""The story's own today, and places told around a city, as real reports of 2020-2024 gave
them (in our own words): an Arabic statement "on Tuesday" about an attack "yesterday
evening", "this evening, Wednesday" on a page dated the morning after, Urdu "سنیچر"
(Saturday), "the International Coalition Against ISIS", which strikes nobody by its name, a
base "around Erbil" or near "Erbil kenti" (the city of Erbil) that is no air base of Erbil's,
Baghdad's airport in Ukrainian, and the airport where a US drone killed Soleimani, which was
not attacked that day."""

from __future__ import annotations

from datetime import date

from tests.reports import base_cases

test_the_day_and_base_real_reports_give = base_cases(
    [
        # an Arabic statement's day ("يوم الثلاثاء") is not the attack's, "yesterday evening" is
        (
            "ar",
            "",
            "أكّد مدير مطار أربيل الدولي يوم الثلاثاء أن متعاقداً مدنياً يعمل مع قوات التحالف "
            "قُتل في هجوم صاروخي استهدف القاعدة الجوية الأمريكية مساء أمس.",
            date(2021, 2, 16),
            "erbil-air-base",
            "2021-02-15",
        ),
        # "this evening, Wednesday" on a page of Thursday morning is Wednesday
        (
            "ar",
            "",
            "أفادت وسائل إعلام أمريكية بسقوط قتلى وجرحى بين الجنود الأمريكيين جراء قصف بصواريخ "
            "كاتيوشا استهدف معسكر التاجي مساء اليوم.\n\nوأفادت وسائل إعلام أمريكية بسقوط قتلى "
            "وجرحى بين الجنود الأمريكيين جراء قصف بصواريخ كاتيوشا استهدف معسكر التاجي مساء "
            "اليوم الأربعاء.",
            date(2020, 3, 12),
            "camp-taji",
            "2020-03-11",
        ),
        # last Saturday in Urdu, as "سنیچر"
        (
            "ur",
            "پنٹاگون: ڈرون حملے میں آٹھ امریکی فوجی زخمی",
            "پنٹاگون کے ترجمان نے بتایا کہ گزشتہ سنیچر کی صبح شمال مشرقی شام میں رومالین کے "
            "اڈے کو نشانہ بنانے والے ڈرون حملے میں آٹھ امریکی فوجیوں کو دماغی چوٹیں آئیں۔",
            date(2024, 8, 14),
            "rmelan-landing-zone",
            "2024-08-10",
        ),
        # the Coalition Against ISIS strikes nobody by its name; Harir is "around Erbil"
        (
            "en",
            "Drone attack on coalition base near Erbil thwarted",
            "The International Coalition Against ISIS said it had stopped a drone attack on "
            "Harir base close to Erbil, capital of the Kurdistan Region.\n\nA coalition source "
            "said radars had picked up several drones flying toward the coalition base around "
            "Erbil on Sunday evening, and that they were destroyed.",
            date(2024, 1, 8),
            "harir-air-base",
            None,
        ),
        # Baghdad's airport in Ukrainian
        (
            "uk",
            "Американську базу в Іраку атакували ракетами",
            "Щонайменше двома ракетами «Катюша» атакували військову базу США поблизу "
            "міжнародного аеропорту іракського Багдада, повідомили у вівторок.",
            date(2024, 10, 1),
            "victory-base",
            None,
        ),
        # "Erbil kenti" (the city of Erbil) places Harir
        (
            "tr",
            "Kuzey Irak'taki ABD üssüne SİHA saldırısı",
            "Erbil kenti yakınında bulunan ve ABD öncülüğündeki koalisyon güçlerinin konuşlandığı "
            "Harir Askeri Hava Üssü'ne bugün silahlı insansız hava aracıyla saldırı yapıldı.",
            date(2023, 11, 22),
            "harir-air-base",
            None,
        ),
        # where the US killed Soleimani is no base attacked
        (
            "et",
            "Kuus Eesti kaitseväelast paiknevad Al-Asadi õhuväebaasis, mille pihta oli suunatud "
            "suurem osa öise rünnaku rakettidest.",
            "Rünnakuga maksti kätte kindral Qassim Suleimani tapmise eest, kes hukkus eelmisel "
            "reedel Bagdadi lennujaamas USA vägede droonirünnakus.",
            date(2020, 1, 8),
            "ain-al-asad",
            None,
        ),
        # a base hit where the US once killed someone is still hit
        (
            "en",
            "",
            "Three rockets struck Baghdad airport on Wednesday, where Qassem Soleimani was killed "
            "in a US drone strike two years ago.",
            date(2022, 1, 5),
            "victory-base",
            None,
        ),
    ]
)
