"""Names and words of real reports gathered on 2026-12-02 (in our own words): the Fifth
Fleet's service centre and general command in Arabic, a "US diplomatic facility" in Arabic,
Kabul airport in Bengali, Rumalyn Landing Zone in Japanese, Union III as the "third joint
military base" in Chinese, the US embassy "in Iraq" in Finnish, Malay bases "linked to the
US", a Bosnian base that "was the target", Balad in Greek, Taji in Hungarian, Shuaiba in Thai,
"Tel Baider", Juffair, the German "airport of the Afghan capital"; an encyclopedia's citation
marks; French missiles "destroyed" on Monday date the attack; and Arabic background: "amid a
series of attacks" and "less than a week after" name older attacks, not this one's targets,
and "successive attacks" on a city tell no new one."""

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
        (
            "Ρουκέτες στη βάση Μπάλαντ",
            "Τρεις όλμοι έπεσαν σήμερα μέσα στην αεροπορική βάση Μπάλαντ του Ιράκ, όπου "
            "βρίσκονται Αμερικανοί στρατιωτικοί.",
            datetime(2020, 1, 12, 20, 0, tzinfo=IRAQ),
            "balad-air-base",
        ),
        (
            "Rakéták csapódtak be egy iraki támaszpontra",
            "Két rakéta csapódott be hétfőn a Bagdadtól északra fekvő Tadzsi támaszponton, ahol "
            "amerikai katonák is szolgálnak.",
            datetime(2020, 7, 27, 20, 0, tzinfo=IRAQ),
            "camp-taji",
        ),
        (
            "โดรนโจมตีฐานทัพสหรัฐฯ ในคูเวต",
            "โดรนพุ่งชนศูนย์ปฏิบัติการของกองทัพสหรัฐฯ ที่ท่าเรือพลเรือนชูไอบา ประเทศคูเวต เมื่อเช้าวันอาทิตย์",
            datetime(2026, 3, 1, 20, 0, tzinfo=IRAQ),
            "shuaiba-port",
        ),
        (
            "Drone attack on US troops in Syria",
            "A one-way drone was launched on Sunday at American and coalition forces near their "
            "base in Tel Baider, Syria, a US official said.",
            datetime(2023, 11, 5, 20, 0, tzinfo=IRAQ),
            "tal-baydar",
        ),
        (
            "Irã lança mísseis contra base dos EUA no Bahrein",
            "A Guarda Revolucionária disparou mísseis neste sábado contra a instalação "
            "norte-americana situada em Juffair, na capital do Bahrein.",
            datetime(2026, 3, 7, 20, 0, tzinfo=IRAQ),
            "nsa-bahrain",
        ),
        (
            "Raketen auf Kabul abgefeuert",
            "Fünf Raketen wurden am Montagmorgen auf den Flughafen der afghanischen Hauptstadt "
            "abgefeuert; ein Abwehrsystem fing eine davon ab, teilte das Pentagon mit.",
            datetime(2021, 8, 30, 12, 0, tzinfo=IRAQ),
            "hamid-karzai-airport",
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


def test_french_missiles_destroyed_on_monday_date_the_attack() -> None:
    d = _match(
        "DUBAÏ, 24 janvier - Deux missiles tirés par les Houthis ont été détruits lundi au-dessus "
        "d'Abou Dhabi, selon la défense émiratie.",
        "Le porte-parole des Houthis a affirmé que les missiles visaient la base aérienne d'Al "
        "Dhafra.\n\nDimanche, un missile des Houthis s'était abattu sur le sud de l'Arabie "
        "saoudite, faisant deux blessés.",
        datetime(2022, 1, 24, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-dhafra-air-base"]
    assert d.attack_date == date(2022, 1, 24)


@pytest.mark.parametrize(
    ("title", "text", "when"),
    [
        (
            "US rejects claim of drone attack on Kuwait air base",
            "The US Air Force has rejected a claim by an Iraqi militia that its drones struck Ali "
            "Al Salem Air Base on August 12. There was no such attack, the 386th Air Expeditionary "
            "Wing said.",
            datetime(2022, 8, 21, 12, 0, tzinfo=IRAQ),
        ),
        (
            "",
            "По данным американской газеты, военные США заметили признаки того, что поддерживаемые "
            "Ираном ополченцы готовятся нанести удары по базам США в Ираке.",
            datetime(2025, 6, 23, 12, 0, tzinfo=IRAQ),
        ),
        (
            "قاعدة زيلكان التركية في نينوى تتعرض لهجوم صاروخي",
            "أفاد مصدر أمني مساء السبت بأن قاعدة زيلكان التركية شمال الموصل تعرضت لقصف صاروخي، "
            "من دون معلومات عن إصابات.",
            datetime(2022, 5, 21, 22, 0, tzinfo=IRAQ),
        ),
        (
            "",
            "Kasunod ito ng sunod-sunod na missile attacks sa Baghdad International Airport na "
            "nagpasara sa paliparan. Pinag-iingat ng embahada ang mga Pinoy sa Iraq.",
            datetime(2020, 1, 6, 12, 0, tzinfo=IRAQ),
        ),
        (
            "",
            "On 8 January 2020, in an operation Iran named after Soleimani,[4] the Revolutionary "
            "Guard fired ballistic missiles at Ain al-Asad air base in Anbar and at a base in "
            "Erbil.[11]\n\nIranian officials had promised revenge on US forces.[12] US troops "
            "had sheltered in bunkers after an early warning.[13]",
            None,
        ),
        (
            "",
            "تشهد أربيل هجمات متلاحقة بالطائرات المسيرة والصواريخ تطال قاعدة حرير ومطار أربيل "
            "الدولي منذ بداية الحرب.\n\nوتحتل المدينة الصدارة بين مدن العراق الأكثر استهدافا.",
            datetime(2026, 3, 5, 12, 0, tzinfo=IRAQ),
        ),
        (
            "",
            "DAEŞ, Musul yakınındaki Başika'da Türkiye'nin Peşmerge eğittiği kampı havan "
            "toplarıyla hedef aldı; saldırıda dört asker yaralandı. ABD öncülüğündeki koalisyon "
            "bölgeye hava desteği verdi.",
            datetime(2015, 12, 16, 20, 0, tzinfo=IRAQ),
        ),
        (
            "Musul'da Türk üssüne füze saldırısı",
            "Güvenlik kaynaklarına göre Türk kuvvetlerinin konuşlu olduğu Zelkan Askeri Üssü'ne "
            "dört füze isabet etti; can kaybı bildirilmedi.",
            None,
        ),
    ],
)
def test_stories_that_tell_no_new_attack(title: str, text: str, when: datetime | None) -> None:
    """A rejected claim, a threat, a Turkish base, a string of attacks, an encyclopedia's
    citation marks, a city's successive attacks, Turkey's Bashiqa camp, its Zelkan base where
    Turkish forces are stationed."""
    d = _match(title, text, when)
    assert not d.attack, d.reasons


def test_tal_baydar_in_sorani() -> None:
    d = _match(
        "",
        "حەسەکە - بنکەی ئەمریکیی تەل بیدەر لە باکووری حەسەکە ئەمڕۆ بە درۆنێک هێرشی کرایە سەر "
        "و هێزە ئەمریکییەکان درۆنەکەیان خستە خوارەوە.",
        datetime(2023, 11, 5, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["tal-baydar"]


@pytest.mark.parametrize(
    ("title", "text", "base"),
    [
        (
            "Baregeha Emrîkayê li Sûriyeyê bi roketan hat hedefgirtin",
            "Li Dêrezorê, Tesîsa Xaz a Konîkayê ya ku hêzên Emrîkayê lê ne, bi roketan hat "
            "hedefgirtin; dûman ji herêmê bilind dibe.",
            "conoco-gas-field",
        ),
        (
            "",
            "پنټاګون د کندهار پر هوايي ډګر د طالبانو هاوان برید غندلی دی. په دې برید کې څوک نه "
            "دي وژل شوي.",
            "kandahar-airfield",
        ),
    ],
)
def test_kurmanji_conoco_and_a_pashto_mortar_attack_on_kandahar(
    title: str, text: str, base: str
) -> None:
    d = _match(title, text, None)
    assert d.attack, d.reasons
    assert _bases(d) == [base]
