"""Bases in the scripts of the languages that report them, where only Latin forms were known
(counted base by base, language by language, against the gazetteer): Hebrew "מחנה טאג'י"
and "א-שדאדי", Greek "Τάτζι" and "Μπαγκράμ", Hindi "कोनोको" and "इंसर्लिक", Bengali "আল-তানফ",
Korean "카야라 공군기지", Chinese "盖亚拉空军基地", Japanese "ベスマヤ". A name that is also a
person's or a town's ("קיארה" is the name Chiara) counts only beside a word for a base, as
its Latin form does."""

from __future__ import annotations

from datetime import date

from tests.reports import base_cases, detect, term_cases

test_a_base_named_in_its_own_script = base_cases(
    [
        # Swahili "A'inul-Assad": Ain al-Asad, as Persian outlets' Swahili services spell it
        (
            "sw",
            "",
            "Makombora kadhaa yamerushwa Jumamosi dhidi ya kambi ya A'inul-Assad inayotumiwa "
            "na wanajeshi wa Marekani magharibi mwa Iraq.",
            date(2024, 1, 21),
            "ain-al-asad",
            "2024-01-20",
        ),
        # the Diplomatic Support Center in Chinese, named without Baghdad before it, beside
        # the airport it stands at
        (
            "zh",
            "",
            "美國在巴格達機場旁的外交支援中心週二晚間遭到兩架無人機攻擊，其中一架被防空系統擊落。",
            date(2026, 3, 11),
            "baghdad-diplomatic-support-center",
            "2026-03-10",
        ),
        # the Fifth Fleet for its headquarters in Bahrain, and the one US air base there
        (
            "en",
            "",
            "Bahraini officials said Iranian missiles fired at the 5th Fleet of the United States "
            "Navy on Saturday were all shot down.",
            date(2026, 2, 28),
            "nsa-bahrain",
            "2026-02-28",
        ),
        (
            "en",
            "",
            "Missiles struck the naval base of the US Fifth Fleet in Manama early on Sunday.",
            date(2026, 3, 1),
            "nsa-bahrain",
            "2026-03-01",
        ),
        (
            "en",
            "",
            "An Iranian drone slammed into a hangar at the US air base in Bahrain on Tuesday, "
            "the Revolutionary Guards claimed.",
            date(2026, 3, 3),
            "isa-air-base",
            "2026-03-03",
        ),
        # the port of Shuaiba in Spanish: "puerto" is no word for a base
        (
            "es",
            "",
            "Un dron iraní se estrelló el domingo contra el centro de operaciones que Estados "
            "Unidos tenía en el puerto de Shuaiba, en Kuwait, y mató a seis militares.",
            date(2026, 3, 2),
            "shuaiba-port",
            "2026-03-01",
        ),
        # Kabul's airport in Ukrainian and Slovak
        (
            "uk",
            "",
            "У понеділок по аеропорту Кабула, звідки тривала евакуація, випустили п'ять ракет; "
            "американська протиракетна система їх перехопила.",
            date(2021, 8, 30),
            "hamid-karzai-airport",
            "2021-08-30",
        ),
        (
            "sk",
            "",
            "V pondelok ráno vypálili na letisko v Kábule najmenej päť rakiet, ktoré zachytil "
            "americký systém protivzdušnej obrany.",
            date(2021, 8, 30),
            "hamid-karzai-airport",
            "2021-08-30",
        ),
        # the French spelling of Sheikh Isa, beside a word for a base
        (
            "fr",
            "",
            "Selon leur communiqué, les Gardiens de la révolution ont visé mardi à l'aube avec "
            "des drones la base aérienne de Cheikh Issa, au sud de Manama.",
            date(2026, 3, 3),
            "isa-air-base",
            "2026-03-03",
        ),
        (
            "he",
            "",
            "שלוש רקטות נחתו ביום ראשון בתוך מחנה טאג'י שמצפון לבגדאד, שם שוהים חיילי "
            "הקואליציה, כך מסרו גורמי ביטחון עיראקיים.",
            date(2020, 3, 15),
            "camp-taji",
            "2020-03-15",
        ),
        (
            "he",
            "",
            'כטב"מ נפץ פגע הבוקר בבסיס האמריקני באל-שדאדי שבמזרח סוריה, ללא נפגעים.',
            date(2023, 11, 9),
            "al-shaddadi",
            None,
        ),
        (
            "el",
            "",
            "Ρουκέτες έπεσαν την Τετάρτη στη βάση Τάτζι βόρεια της Βαγδάτης, όπου σταθμεύουν "
            "στρατιώτες του συνασπισμού υπό τις ΗΠΑ.",
            date(2020, 3, 11),
            "camp-taji",
            "2020-03-11",
        ),
        (
            "el",
            "",
            "Δύο ρουκέτες χτύπησαν σήμερα την αμερικανική βάση του Μπαγκράμ στο Αφγανιστάν, "
            "χωρίς να αναφερθούν τραυματίες.",
            date(2019, 12, 11),
            "bagram-air-base",
            None,
        ),
        (
            "hi",
            "",
            "सीरिया में कोनोको गैस क्षेत्र स्थित अमेरिकी सैन्य अड्डे पर शुक्रवार को ड्रोन से हमला "
            "किया गया, अमेरिकी सेना ने बताया।",
            date(2024, 1, 5),
            "conoco-gas-field",
            None,
        ),
        (
            "bn",
            "",
            "সিরিয়ার আল-তানফ ঘাঁটিতে মার্কিন সেনাদের লক্ষ্য করে দুটি ড্রোন হামলা চালানো হয়েছে, জানিয়েছে পেন্টাগন।",
            date(2023, 10, 19),
            "al-tanf",
            None,
        ),
        (
            "ko",
            "",
            "이라크 북부 카야라 공군기지에 로켓 세 발이 떨어졌다고 연합군 대변인이 밝혔다.",
            date(2019, 11, 8),
            "qayyarah-airfield",
            None,
        ),
        (
            "zh",
            "",
            "伊拉克北部驻有美军的盖亚拉空军基地遭到多枚火箭弹袭击,暂无人员伤亡报告。",
            date(2019, 11, 8),
            "qayyarah-airfield",
            None,
        ),
        (
            "ja",
            "",
            "イラクのベスマヤ基地にロケット弾2発が着弾したが、駐留する米軍に被害はなかった。",
            date(2020, 3, 16),
            "besmaya",
            None,
        ),
    ]
)

# read only as a context name, which needs a word for a base beside it
test_a_name_that_is_also_a_person_is_no_base_by_itself = term_cases(
    [
        (
            "הזמרת קיארה הופיעה אמש בתל אביב, ובקהל נורו זיקוקים לכבודה.",
            "קיארה",
            "place:qayyarah-airfield",
        ),
        ("카야라 씨는 서울에서 열린 공연에 참석했다.", "카야라", "place:qayyarah-airfield"),
    ],
    read=False,
)

# a short form a statement uses: "the American al-Salem base in Kuwait"
test_a_short_form_of_a_base_beside_its_base_word = term_cases(
    [
        ("هجماتنا عطلت قاعدة السالم الأمريكية في الكويت بالكامل، قال البيان.", "قاعده السالم",
         "place:ali-al-salem-air-base"),
    ],
    read=True,
)  # fmt: skip


def test_north_eastern_jordan_in_icelandic() -> None:
    d = detect(
        "",
        "Dróni hæfði herstöð Bandaríkjamanna í norðaustanverðri Jórdaníu í nótt og þrír "
        "hermenn féllu.",
        date(2024, 1, 28),
    )
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == "north-east-jordan"
