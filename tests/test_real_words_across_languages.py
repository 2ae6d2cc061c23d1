"""Every language's terms are matched together, so a word of one language must not misread
another's: Tagalog "nasa" (in, at) is no space agency, nor "isa" (one) Bahrain's Isa air base.
Verbs the Slovenian press uses for missiles that hit or fell near a base. And two look-alikes:
Turkish "whether the missile targeted Kürecik" is not known, a Turkish soldier killed is no
coalition casualty, nor is an Iranian Kurdish party's base near Erbil a coalition base; a
roadside bomb on a convoy in Persian and an Arabic cargo plane landing at a base are not the
attacks watched for. A Slovenian dual ("na oporišči Al Asad in Erbil") names two bases; Persian
"last week" and Azerbaijani "a similar attack" tell an earlier salvo, not this one. In our own
words, after real reports of 2020-2026."""

from __future__ import annotations

from datetime import date

from tests.reports import base_cases, fires, look_alike_cases
from tests.reports import detect as _match


def test_tagalog_nasa_is_a_preposition_not_the_space_agency() -> None:
    sentence = "Tumama ang mga rocket ng Iran sa isang army base ng Amerika na nasa Iraq."
    assert not fires(sentence, "nasa", "cat:other_sense")
    assert fires("NASA launched a rocket to the space station.", "nasa", "cat:other_sense")


def test_a_tagalog_report_of_rockets_at_a_us_army_base() -> None:
    d = _match(
        "",
        "MANILA – Nakahinga nang maluwag ang mga Pinoy sa Iraq matapos hindi tumama ang mga "
        "rocket na pinakawalan ng Iran patungo sa ilang army base ng Amerika na nasa Iraq "
        "kaninang madaling araw.",
        date(2020, 1, 8),
        language="tl",
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2020, 1, 8)


def test_slovenian_missiles_that_hit_or_fell_near_a_base() -> None:
    assert fires("Sedemnajst raket je zadelo oporišče Ain al Asad.", "zadelo", "cat:attack")
    assert fires("Pet raket je padlo v bližini letališča Erbil.", "padlo v blizini", "cat:attack")


LOOK_ALIKES = [
    (
        "fa",
        "انفجار در مسیر کاروان ائتلاف",
        "بعدازظهر امروز (سه شنبه) بمبی کنار جاده در استان بابل در جنوب عراق در مسیر یک کاروان "
        "ائتلاف آمریکایی منفجر شد و به یک کامیون خسارت زد.",
        date(2021, 6, 1),
    ),
    (
        "ar",
        "التحالف يدخل معدات إلى خراب الجير",
        "أدخلت قوات التحالف الدولي اليوم الجمعة معدات عسكرية عبر طائرة شحن هبطت في قاعدة خراب "
        "الجير بريف رميلان، مع تحليق لمروحيات التحالف وطائراته المسيرة في أجواء المنطقة.",
        date(2024, 10, 4),
    ),
    (
        "ko",
        "이란 혁명수비대, 이라크 북부 쿠르드 단체 공격",
        "혁명수비대가 이날 이라크 북부 에르빌과 술레이마니야 부근의 반이란 단체 "
        "이란쿠르드민주당(KDPI) 기지를 미사일과 무인기로 타격했다고 국영 통신이 전했다.",
        date(2022, 9, 28),
    ),
    (
        "tr",
        "Malatya'daki radar üssü hedef miydi?",
        "Milli Savunma Bakanlığı, İran'dan atılan ve Türkiye'ye doğru ilerleyen bir balistik "
        "füzenin NATO hava savunması tarafından Doğu Akdeniz'de düşürüldüğünü açıkladı.\n\n"
        "Füzenin Kürecik Radar Üssü'nü hedef alıp almadığı konusunda resmi bir açıklama "
        "yapılmadı.",
        date(2026, 3, 4),
    ),
    (
        "en",
        "Rocket fire in Iraq kills Turkish soldier",
        "A news agency reported, citing the Turkish Defense Ministry, that a Turkish soldier "
        "was killed on Wednesday in a rocket attack on a base in northern Iraq.\n\n"
        "Turkey has kept troops around Bashiqa, near Mosul, for years.\n\n"
        "US-led coalition troops are stationed at the airport of Arbil, some 80 km away.",
        date(2021, 4, 14),
    ),
]


def test_rockets_on_a_cargo_plane_at_a_base_are_an_attack() -> None:
    """Only a cargo plane that landed is a supply run: one hit by rockets is an attack."""
    d = _match(
        "",
        "سقطت ثلاثة صواريخ على طائرة شحن في مطار أربيل الدولي الذي يضم قوات التحالف.",
        date(2024, 1, 1),
        language="ar",
    )
    assert d.attack, d.reasons


# whether a missile aimed at the Kürecik radar is not known; a Turkish soldier killed at a
# Turkish base is no coalition casualty
test_no_attack_on_a_coalition_base = look_alike_cases(LOOK_ALIKES)


# a Slovenian dual names two bases; Persian "last week" and Azerbaijani "a similar attack"
# tell an earlier salvo, whose base is not this one's
test_the_bases_of_this_salvo_only = base_cases(
    [
        (
            "sl",
            "Iran z raketami napadel ameriška oporišča v Iraku",
            "Ameriško obrambno ministrstvo je potrdilo, da so na oporišči Al Asad in Erbil v noči "
            "na sredo izstrelili najmanj dvanajst raket.",
            date(2020, 1, 8),
            ["ain-al-asad", "erbil-air-base"],
            None,
        ),
        (
            "fa",
            "حمله پهپادی به پایگاه ویکتوری در بغداد",
            "رسانه‌های عراقی گزارش دادند که افرادی ناشناس با پهپاد به پایگاه ویکتوری، محل حضور "
            "نظامیان آمریکایی، حمله کرده‌اند.\n\nهفته گذشته نیز این پایگاه همزمان با پایگاه "
            "عین الاسد هدف حمله راکتی قرار گرفته بود.",
            date(2022, 1, 4),
            "victory-base",
            None,
        ),
        (
            "az",
            "Silahlı qruplar Həsəkə əyalətindəki ABŞ-ın “Əl-Şaddadi” hərbi bazasına bir neçə raket "
            "zərbəsi endiriblər.",
            "Oktyabrın 1-də bənzər hücum Deyr ez-Zor əyalətində Konoko qaz sahəsinin "
            "yaxınlığındakı Amerika bazasına da edilib.",
            date(2022, 10, 10),
            "al-shaddadi",
            None,
        ),
    ]
)


def test_tagalog_isa_is_one_not_the_bahrain_air_base() -> None:
    sentence = "Ayon sa Pentagon, may isa pang US contractor na nasugatan sa pag-atake."
    assert not fires(sentence, "isa", "context:isa-air-base")
    d = _match(
        "",
        "Ayon sa Pentagon, namatay ang isang US contractor nang bumagsak ang isang drone sa "
        "loob ng isang coalition base sa northeast Syria. May isa pang US contractor na "
        "nasugatan sa pag-atake.",
        date(2023, 3, 24),
    )
    assert d.attack, d.reasons
    assert "isa-air-base" not in [p.id for p in d.bases]
