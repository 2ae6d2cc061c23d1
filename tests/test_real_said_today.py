"""The story's own today, and places told around a city, as real reports of 2020-2024 gave
them (in our own words): an Arabic statement "on Tuesday" about an attack "yesterday
evening", "this evening, Wednesday" on a page dated the morning after, Urdu "سنیچر"
(Saturday), "the International Coalition Against ISIS", which strikes nobody by its name, a
base "around Erbil" or near "Erbil kenti" (the city of Erbil) that is no air base of Erbil's,
Baghdad's airport in Ukrainian, and the airport where a US drone killed Soleimani, which was
not attacked that day."""

from __future__ import annotations

from datetime import date

from tests.reports import bases as _bases
from tests.reports import detect as _match


def test_an_arabic_statement_day_with_yawm_is_not_the_attacks() -> None:
    d = _match(
        "",
        "أكّد مدير مطار أربيل الدولي يوم الثلاثاء أن متعاقداً مدنياً يعمل مع قوات التحالف "
        "قُتل في هجوم صاروخي استهدف القاعدة الجوية الأمريكية مساء أمس.",
        date(2021, 2, 16),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]
    assert d.attack_date == date(2021, 2, 15)


def test_this_evening_wednesday_on_a_page_of_thursday_morning_is_wednesday() -> None:
    d = _match(
        "",
        "أفادت وسائل إعلام أمريكية بسقوط قتلى وجرحى بين الجنود الأمريكيين جراء قصف بصواريخ "
        "كاتيوشا استهدف معسكر التاجي مساء اليوم.\n\nوأفادت وسائل إعلام أمريكية بسقوط قتلى "
        "وجرحى بين الجنود الأمريكيين جراء قصف بصواريخ كاتيوشا استهدف معسكر التاجي مساء "
        "اليوم الأربعاء.",
        date(2020, 3, 12),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["camp-taji"]
    assert d.attack_date == date(2020, 3, 11)


def test_last_saturday_in_urdu_as_sanichar() -> None:
    d = _match(
        "پنٹاگون: ڈرون حملے میں آٹھ امریکی فوجی زخمی",
        "پنٹاگون کے ترجمان نے بتایا کہ گزشتہ سنیچر کی صبح شمال مشرقی شام میں رومالین کے "
        "اڈے کو نشانہ بنانے والے ڈرون حملے میں آٹھ امریکی فوجیوں کو دماغی چوٹیں آئیں۔",
        date(2024, 8, 14),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["rmelan-landing-zone"]
    assert d.attack_date == date(2024, 8, 10)


def test_the_coalition_against_isis_strikes_nobody_by_its_name() -> None:
    d = _match(
        "Drone attack on coalition base near Erbil thwarted",
        "The International Coalition Against ISIS said it had stopped a drone attack on "
        "Harir base close to Erbil, capital of the Kurdistan Region.\n\nA coalition source "
        "said radars had picked up several drones flying toward the coalition base around "
        "Erbil on Sunday evening, and that they were destroyed.",
        date(2024, 1, 8),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["harir-air-base"]


def test_baghdad_airport_in_ukrainian() -> None:
    d = _match(
        "Американську базу в Іраку атакували ракетами",
        "Щонайменше двома ракетами «Катюша» атакували військову базу США поблизу "
        "міжнародного аеропорту іракського Багдада, повідомили у вівторок.",
        date(2024, 10, 1),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["victory-base"]


def test_the_city_of_erbil_in_turkish_places_harir() -> None:
    d = _match(
        "Kuzey Irak'taki ABD üssüne SİHA saldırısı",
        "Erbil kenti yakınında bulunan ve ABD öncülüğündeki koalisyon güçlerinin konuşlandığı "
        "Harir Askeri Hava Üssü'ne bugün silahlı insansız hava aracıyla saldırı yapıldı.",
        date(2023, 11, 22),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["harir-air-base"]


def test_where_the_us_killed_soleimani_is_no_base_attacked() -> None:
    d = _match(
        "Kuus Eesti kaitseväelast paiknevad Al-Asadi õhuväebaasis, mille pihta oli suunatud "
        "suurem osa öise rünnaku rakettidest.",
        "Rünnakuga maksti kätte kindral Qassim Suleimani tapmise eest, kes hukkus eelmisel "
        "reedel Bagdadi lennujaamas USA vägede droonirünnakus.",
        date(2020, 1, 8),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]


def test_a_base_hit_where_the_us_once_killed_someone_is_still_hit() -> None:
    d = _match(
        "",
        "Three rockets struck Baghdad airport on Wednesday, where Qassem Soleimani was killed "
        "in a US drone strike two years ago.",
        date(2022, 1, 5),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["victory-base"]
