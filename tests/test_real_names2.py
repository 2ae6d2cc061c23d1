"""Names and words of real reports gathered on 2026-12-02 (in our own words): the Fifth
Fleet's service centre and general command in Arabic, a "US diplomatic facility" in Arabic,
Kabul airport in Bengali, Rumalyn Landing Zone in Japanese, Union III as the "third joint
military base" in Chinese, the US embassy "in Iraq" in Finnish, Malay bases "linked to the
US", a Bosnian base that "was the target"; and Arabic background: "amid a series of attacks"
and "less than a week after" name older attacks, not this one's targets."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

GULF_DAY = datetime(2026, 2, 28, 20, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    ("title", "text", "when", "base"),  # published `when`, on the day of the attack
    [
        (
            "",
            "أعلنت السلطات في المنامة مساء السبت أن صاروخا أصاب مركز خدمات الأسطول الخامس "
            "الأمريكي.\n\nولم تذكر السلطات حصيلة للإصابات.",
            GULF_DAY,
            "nsa-bahrain",
        ),
        (
            "",
            "قال مسؤول أمني إن طائرة مسيرة ضربت منشأة دبلوماسية أمريكية قرب مطار بغداد يوم "
            "الثلاثاء، وإن الدفاعات أسقطت خمس طائرات أخرى.\n\nوأصابت المسيرة برج مراقبة في "
            "مركز الدعم الدبلوماسي.",
            datetime(2026, 3, 10, 21, 0, tzinfo=IRAQ),
            "baghdad-diplomatic-support-center",
        ),
        (
            "কাবুল বিমানবন্দর লক্ষ্য করে রকেট হামলা",
            "সোমবার সকালে একটি গাড়ি থেকে কাবুল আন্তর্জাতিক বিমানবন্দর লক্ষ্য করে পাঁচটি রকেট "
            "ছোড়া হয়। মার্কিন প্রতিরক্ষা ব্যবস্থা সেগুলো আকাশে ধ্বংস করে।",
            datetime(2021, 8, 30, 12, 0, tzinfo=IRAQ),
            "hamid-karzai-airport",
        ),
        (
            "シリアの米軍拠点に無人機攻撃",
            "米軍が駐留するルマリン着陸地帯で9日、無人機による攻撃があり、米兵数人が負傷した。",
            datetime(2024, 8, 9, 23, 0, tzinfo=IRAQ),
            "rmelan-landing-zone",
        ),
        (
            "Raketti-isku Bagdadissa",
            "Raketti ammuttiin Yhdysvaltain Irakin-suurlähetystön läheisyyteen tiistaiaamuna, "
            "kertoivat turvallisuuslähteet. Kukaan ei haavoittunut.",
            datetime(2020, 5, 19, 9, 0, tzinfo=IRAQ),
            "baghdad-embassy",
        ),
        (
            "Iranske rakete na Bahrein",
            "U Bahreinu je meta bila baza Juffar, u kojoj je smještena američka Peta flota.\n\n"
            "Eksplozije su se čule i iznad Kuvajta.",
            GULF_DAY,
            "nsa-bahrain",
        ),
    ],
)
def test_names_and_words_of_real_reports(title: str, text: str, when: datetime, base: str) -> None:
    d = _match(title, text, when)
    assert d.attack, d.reasons
    assert base in _bases(d)
    assert d.attack_date == when.date()


def test_union_iii_as_the_third_joint_military_base() -> None:
    d = _match(
        "",
        "7月6日凌晨,巴格达国际区内的第三联合军事基地遭无人机袭击,基地防空系统进行了拦截。",
        datetime(2021, 7, 6, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert "union-iii" in _bases(d)


def test_malay_bases_linked_to_the_us_are_the_target() -> None:
    d = _match(
        "Letupan di ibu kota Teluk apabila Iran serang pangkalan berkait AS",
        "Iran menyerang negara-negara Teluk yang menempatkan pangkalan tentera AS untuk hari "
        "ketiga berturut-turut, dengan letupan di Doha dan Manama.",
        datetime(2026, 3, 2, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons


@pytest.mark.parametrize(
    ("text", "older"),
    [
        (
            "أعلنت فصائل عراقية صباح اليوم الجمعة أنها هاجمت قاعدة حرير التي تستضيف قوات "
            "أمريكية بطائرة مسيرة.\n\nويأتي الهجوم بعد مرور أقل من أسبوع على إعلان الفصائل قصف "
            "قاعدة عين الأسد.",
            "ain-al-asad",
        ),
        (
            "أعلنت فصائل عراقية صباح اليوم الجمعة أنها هاجمت قاعدة حرير التي تستضيف قوات "
            "أمريكية بطائرة مسيرة.\n\nويعد هذا أول هجوم بمسيرة على القوات الأمريكية في حرير، "
            "في خضم سلسلة من الهجمات الصاروخية على السفارة الأمريكية في بغداد.",
            "baghdad-embassy",
        ),
    ],
)
def test_arabic_background_attacks_are_not_this_ones_targets(text: str, older: str) -> None:
    d = _match("", text, datetime(2023, 11, 17, 12, 0, tzinfo=IRAQ))
    assert d.attack, d.reasons
    assert _bases(d) == ["harir-air-base"]
    assert older not in _bases(d)
    assert d.attack_date == date(2023, 11, 17)
