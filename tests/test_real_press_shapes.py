"""Shapes of real reports (in our own words) that read a US strike, a pause, a denial, a
convoy or a guide as an attack, or missed the attack: the strike told "two days after" the
attack it answers, "the announcement follows the drone strike", a photo caption that leads a
Polish story, the year's "r." that cut its date from its sentence, a rocket that "came down
close to" the airport or a drone "brought down" near it, a Kurmanji base "made a target",
"was last hit" in August, a headline under page furniture, a paragraph hard-wrapped into
lines, a briefing under a US government site's banner, a Thai story under a notice about
the reader's browser."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from monitor.detect.text import normalise, sentences
from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        (
            "",
            "WASHINGTON, Dec. 30 -- Two days after rockets hit an Iraqi base near Kirkuk and "
            "killed an American contractor, the Pentagon said on Sunday that the US military had "
            "struck five sites of an Iran-backed group in Iraq and Syria.",
            datetime(2019, 12, 30, 9, 0, tzinfo=IRAQ),
        ),
        (
            "",
            "On Friday morning, the Pentagon said, American fighter jets bombed two depots in "
            "eastern Syria used by Iran's Revolutionary Guards, answering a wave of drone and "
            "rocket attacks on US bases in the region.",
            datetime(2023, 10, 27, 15, 0, tzinfo=IRAQ),
        ),
        (
            "US hits Iran-linked sites in Syria as its bases come under fire",
            "Two rounds of US strikes hit what the Pentagon called weapons stores of groups tied "
            "to Iran, in reply to attacks on US troops in Iraq and Syria.",
            datetime(2023, 11, 13, 15, 0, tzinfo=IRAQ),
        ),
        (
            "",
            "Estados Unidos efectuó bombardeos aéreos el domingo por la noche contra tres "
            "instalaciones en la frontera entre Irak y Siria que, según el Pentágono, las "
            "milicias usan para atacar con drones al personal estadounidense.",
            datetime(2021, 6, 28, 9, 0, tzinfo=IRAQ),
        ),
        (
            "",
            "Ürdün'de üç ABD askerinin öldüğü saldırının ardından İran destekli grupları hedef "
            "almaya başlayan Washington yönetimi, dün gece Bağdat'ta bir İHA saldırısı "
            "gerçekleştirdi.",
            datetime(2024, 2, 8, 9, 0, tzinfo=IRAQ),
        ),
        (
            "Salve de missiles américains sur l'Irak et la Syrie après la mort de trois soldats",
            "L'armée américaine dit avoir frappé 85 cibles sur sept sites, une semaine après "
            "l'attaque de drone qui a tué trois soldats en Jordanie.",
            datetime(2024, 2, 3, 9, 0, tzinfo=IRAQ),
        ),
        (
            "",
            "Serangan drone itu merupakan aksi pembalasan atas pengeboman di Bandara Kabul yang "
            "menewaskan 13 tentara AS pekan lalu.",
            datetime(2021, 8, 28, 12, 0, tzinfo=IRAQ),
        ),
        # beside an attack: a convoy hit near a base, a court's sentence, militias readying
        (
            "",
            "Vicino alla base di Taji, a nord di Baghdad, miliziani hanno preso di mira una "
            "colonna militare della coalizione; un ordigno ha incendiato un container.",
            datetime(2020, 5, 26, 12, 0, tzinfo=IRAQ),
        ),
        (
            "العراق: السجن مدى الحياة لأربعة دينوا بقصف مطار بغداد الدولي",
            "أصدرت محكمة عراقية اليوم الأحد حكما بسجن أربعة مدانين بإطلاق صواريخ على المطار.",
            datetime(2022, 8, 7, 12, 0, tzinfo=IRAQ),
        ),
        (
            "US intelligence: Iran-backed militias readying strikes on American bases",
            "Officials say militias backed by Iran are getting ready to hit US bases in Iraq, "
            "among them Ain al-Asad air base, with drones and rockets.",
            datetime(2025, 6, 23, 12, 0, tzinfo=IRAQ),
        ),
    ],
)
def test_a_us_strike_or_other_news_beside_an_attack_is_no_new_attack(
    title: str, text: str, published: datetime
) -> None:
    d = _match(title, text, published)
    assert not d.attack, d.reasons


def test_a_pause_announced_after_an_attack_is_no_new_attack() -> None:
    d = _match(
        "Kataib Hezbollah halts its attacks on US forces",
        "The group said on Wednesday it was suspending operations against American troops. "
        "The announcement follows closely on the drone strike in Jordan that killed three US "
        "soldiers and that Washington blamed on the group.",
        datetime(2024, 1, 31, 12, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


def test_an_attack_that_followed_another_event_is_still_the_attack() -> None:
    d = _match(
        "Rockets hit Ain al-Asad",
        "Three rockets struck Ain al-Asad air base on Tuesday; the attack followed US strikes "
        "on militia sites in Syria.",
        datetime(2021, 7, 6, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]


def test_a_polish_photo_caption_and_the_years_abbreviation_keep_the_attack_and_its_day() -> None:
    d = _match(
        "",
        "Zdjęcie: Planet Labs PBC / AP\n"
        "Na tym zdjęciu satelitarnym z 12 października 2023 r. widać bazę nazywaną Wieża 22 "
        "w północno-wschodniej Jordanii.\n"
        "Jak podał prezydent Joe Biden, w niedzielę 28 stycznia 2024 r. atak dronów na bazę "
        "w Jordanii zabił trzech amerykańskich żołnierzy.",
        datetime(2024, 1, 30, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2024, 1, 28)


def test_rockets_that_came_down_close_to_the_airport_are_an_attack() -> None:
    d = _match(
        "",
        "On Monday evening three rockets came down close to Erbil international airport, where "
        "US troops are based, a security source told local television.",
        datetime(2021, 2, 15, 23, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "Kurdish counter-terrorism officials said an explosive-laden drone was brought down "
            "close to Erbil International Airport early on Monday.\n\nThe drone was downed at "
            "2:20 a.m. local time, their statement said. No group has claimed the attack.",
        ),
        (
            "",
            "Eine mit Sprengstoff beladene Drohne wurde am Montag über dem Flughafen Erbil, wo "
            "US-Soldaten stationiert sind, abgewehrt, teilten die kurdischen Behörden mit.",
        ),
    ],
)
def test_a_drone_brought_down_or_an_attack_fended_off_near_the_airport_is_an_attack(
    title: str, text: str
) -> None:
    d = _match(title, text, datetime(2025, 7, 14, 9, 0, tzinfo=IRAQ))
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]
    assert d.attack_date == date(2025, 7, 14)


def test_a_kurmanji_claim_that_a_base_was_made_a_target_is_an_attack() -> None:
    d = _match(
        "",
        "Berxwedana Îslamî ya Iraqê daxuyaniyek weşand. Li gorî daxuyaniyê, wan baregeha "
        "Şeddadiyê ya Amerîkayê bi dronan kiriye hedef.",
        datetime(2024, 1, 2, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-shaddadi"]


def test_the_day_a_base_was_last_hit_does_not_date_the_new_attack() -> None:
    d = _match(
        "Drones strike US base in Syria",
        "Unidentified drones attacked the coalition base at al-Tanf, a Syrian border town. "
        "Before this, al-Tanf was last hit on August 15, by several drones.",
        datetime(2023, 1, 20, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2023, 1, 20)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "After reports that NATO defences downed a ballistic missile over the eastern "
            "Mediterranean, Iran's army issued an official denial that it had fired any missile "
            "at Turkey or at Incirlik air base.",
        ),
        (
            "Al Dhafra: a guide to the US base in the UAE",
            "Should Iran choose to answer the bombing of its nuclear sites, American bases "
            "across the region, Al Dhafra air base among them, could find themselves under fire "
            "from its missiles.",
        ),
        (
            "",
            "A drone strike wrecked the US-run Sarsang oil field in the Kurdistan Region on "
            "Tuesday, halting output, the operator HKN Energy said.",
        ),
    ],
)
def test_a_denial_a_guide_and_an_oil_company_field_are_no_attack_on_a_base(
    title: str, text: str
) -> None:
    d = _match(title, text, datetime(2026, 3, 5, 12, 0, tzinfo=IRAQ))
    assert not d.attack, d.reasons


def test_a_weekday_after_said_that_is_the_attacks_and_western_anbar_is_ain_al_asad() -> None:
    d = _match(
        "Coalition: two armed drones foiled in Iraq",
        "A coalition official said that on Tuesday two explosive-laden drones had been pointed "
        "at the Iraqi army base in the west of Anbar province which houses US troops.",
        datetime(2022, 1, 5, 10, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2022, 1, 4)


def test_the_day_a_french_statement_was_made_known_does_not_date_the_attack() -> None:
    d = _match(
        "",
        "Le Pentagone a fait savoir ce dimanche que des roquettes avaient frappé samedi soir la "
        "base aérienne d'Aïn al-Assad.",
        datetime(2024, 1, 22, 10, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2024, 1, 20)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "US officials say Iran supplied the drones used last week against the base at "
            "al-Tanf in southern Syria where American troops are stationed.",
            datetime(2021, 10, 26, 10, 0, tzinfo=IRAQ),
        ),
        (
            "Beim iranischen Raketenangriff auf den Stützpunkt Ain al-Asad vor gut einer Woche "
            "wurden nach Angaben des Pentagons elf US-Soldaten verletzt.",
            datetime(2020, 1, 17, 10, 0, tzinfo=IRAQ),
        ),
    ],
)
def test_who_supplied_last_weeks_drones_and_a_good_week_ago_make_a_follow_up(
    text: str, published: datetime
) -> None:
    d = _match("", text, published)
    assert d.attack, d.reasons
    assert d.earlier  # joined to the attack, with no day of its own


@pytest.mark.parametrize(
    ("text", "base", "published"),
    [
        # rockets that "fell on" the camp, "landed on" and "hit" the air base
        (
            "ذكرت وسائل إعلام عراقية أن صواريخ وقعت على معسكر التاجي الذي تتمركز فيه قوات أميركية.",
            "camp-taji",
            datetime(2020, 3, 14, 18, 0, tzinfo=IRAQ),
        ),
        (
            "أفاد مصدر أمني اليوم السبت بأن ثلاثة صواريخ هبطت على قاعدة بلد الجوية.",
            "balad-air-base",
            datetime(2021, 2, 20, 18, 0, tzinfo=IRAQ),
        ),
        (
            "قال المصدر إن قاعدة بلد الجوية أصابتها من الداخل ثلاثة صواريخ.",
            "balad-air-base",
            datetime(2021, 2, 20, 18, 0, tzinfo=IRAQ),
        ),
        # US troops "downed a drone that broke into" the base's airspace
        (
            "ذكرت القيادة المركزية الأمريكية أن عناصرها أسقطوا مسيرة اخترقت أجواء قاعدة التنف.",
            "al-tanf",
            datetime(2021, 12, 15, 18, 0, tzinfo=IRAQ),
        ),
        (
            "当地时间23日，美军在叙利亚南部的坦夫军事基地遭两架无人机闯入。",
            "al-tanf",
            datetime(2023, 10, 23, 18, 0, tzinfo=IRAQ),
        ),
    ],
)
def test_arabic_and_chinese_verbs_of_rockets_falling_on_and_drones_breaking_into_a_base(
    text: str, base: str, published: datetime
) -> None:
    d = _match("", text, published)
    assert d.attack, d.reasons
    assert _bases(d) == [base]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Американские военные атаковали объекты «Катаиб Хезболлы» в Ираке",
            "По словам Пентагона, удар нанесён в ответ на атаку дрона на американскую базу в "
            "аэропорту Эрбиля.",
        ),
        (
            "Irak et Syrie : des milices pro-iraniennes visées par les États-Unis",
            "Deux jours après la mort d'un Américain dans une attaque à la roquette contre une "
            "base près de Kirkouk, l'armée américaine a frappé cinq sites.",
        ),
        (
            "",
            "Fuerzas militares estadounidenses golpearon este martes posiciones de milicias en "
            "Irak, como respuesta al ataque con drones del sábado contra la base de Ain al Asad.",
        ),
        (
            "Na droneaanval op legerbasis: VS bestoken doelen in Syrië",
            "Het Pentagon noemt het vergelding voor de droneaanval van gisteren op een basis in "
            "het noordoosten van Syrië waar Amerikanen gelegerd zijn.",
        ),
        (
            "",
            "Tehran played no part in the drone attack that killed three US service members at a "
            "base in north-eastern Jordan, Iran's mission to the UN said.",
        ),
        (
            "",
            "Kataib Hezbollah has declared a halt to its military operations against US troops, "
            "days after the drone strike on a US base in Jordan.",
        ),
        (
            "",
            "Oggi l'ambasciata degli Stati Uniti a Baghdad ha messo in funzione, a scopo di prova, "
            "i suoi sistemi di difesa contro razzi e mortai.",
        ),
        (
            "",
            "قال الجيش الأمريكي إن قاعدة علي السالم الجوية كانت هدفا لهجوم للدعاية شنته جماعة "
            "غير معروفة ادعت أنها استخدمت طائرة مسيرة.",
        ),
    ],
)
def test_us_strikes_denials_halts_tests_and_propaganda_in_other_languages_are_no_attack(
    title: str, text: str
) -> None:
    d = _match(title, text, datetime(2024, 1, 31, 12, 0, tzinfo=IRAQ))
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "По словам источника в армии, целью ракет стала база Аль-Асад в провинции Анбар, где "
            "находятся военнослужащие США.",
            datetime(2024, 8, 5, 23, 0, tzinfo=IRAQ),
        ),
        (
            "Rakete so ob 7.20 po lokalnem času dosegle oporišče Ain al Asad, kjer so nastanjeni "
            "koalicijski vojaki.",
            datetime(2021, 3, 3, 12, 0, tzinfo=IRAQ),
        ),
        (
            "Την Κυριακή ρίχτηκαν πέντε ρουκέτες από το Ιράκ προς την αμερικανική βάση "
            "Άιν αλ Άσαντ.",
            datetime(2024, 4, 21, 23, 0, tzinfo=IRAQ),
        ),
        (
            "بامداد روز یکشنبه حمله‌ای موشکی نواحی پیرامون کنسولگری تازه و نیمه‌کاره امریکا در "
            "اربیل را نشانه گرفت.",
            datetime(2022, 3, 13, 12, 0, tzinfo=IRAQ),
        ),
    ],
)
def test_rockets_that_made_a_base_their_target_reached_it_or_were_fired_at_it(
    text: str, published: datetime
) -> None:
    d = _match("", text, published)
    assert d.attack, d.reasons


def test_a_similar_incident_weeks_ago_does_not_make_the_new_attack_old() -> None:
    d = _match(
        "Katyusha rockets target US embassy in Baghdad",
        "At least four Katyusha rockets were fired at the US embassy in Baghdad's Green Zone, "
        "media reports said. On July 5, a rocket hit a house near the Green Zone in a similar "
        "incident that wounded a child.",
        datetime(2020, 8, 16, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["baghdad-embassy"]
    assert d.attack_date == date(2020, 8, 16)


def test_the_word_for_both_reads_as_the_missiles_the_lead_names() -> None:
    d = _match(
        "",
        "في الساعات الأولى من صباح اليوم الأربعاء أطلقت إيران صواريخ باليستية على قاعدتين "
        "تنتشر فيهما قوات أمريكية في العراق.\n"
        "وسقطت الصواريخ التي انطلقت من الأراضي الإيرانية على قاعدة عين الأسد الجوية.",
        datetime(2020, 1, 8, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.weapons == ("missile",)


def test_the_word_for_both_stays_rockets_when_the_lead_names_rockets() -> None:
    d = _match(
        "",
        "سقطت صواريخ كاتيوشا على قاعدة عين الأسد الجوية مساء اليوم.\n"
        "وطالت الصواريخ مدرج القاعدة بعد أيام من اعتراض صاروخ باليستي.",
        datetime(2021, 7, 7, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.weapons == ("rocket",)


@pytest.mark.parametrize(
    ("title", "text", "published", "base"),
    [
        (
            "",
            "به گفته دیده‌بان، پهپادی ناشناس پایگاه ائتلاف به رهبری امریکا را در ناحیه "
            "«کیلومتر 55» مورد اصابت قرار داده است.",
            datetime(2023, 1, 20, 18, 0, tzinfo=IRAQ),
            "al-tanf",
        ),
        (
            "Qatar downs Iranian missiles fired at Al Udeid air base",
            "Smoke rose over Doha as air defences intercepted a second wave.",
            datetime(2026, 3, 1, 18, 0, tzinfo=IRAQ),
            "al-udeid-air-base",
        ),
    ],
)
def test_the_55_km_zone_is_al_tanf_and_a_state_that_downs_missiles_tells_an_attack(
    title: str, text: str, published: datetime, base: str
) -> None:
    d = _match(title, text, published)
    assert d.attack, d.reasons
    assert _bases(d) == [base]


@pytest.mark.parametrize(
    ("title", "text", "published", "where"),
    [
        (
            "قاعدة عراقية يتمركز فيها جنود أمريكيون بالموصل تتعرض لهجوم صاروخي",
            "قالت مصادر أمنية إن القاعدة تلقت صاروخين من نوع كاتيوشا مساء اليوم.",
            datetime(2019, 6, 18, 22, 0, tzinfo=IRAQ),
            "R:northern-iraq",
        ),
        (
            "",
            "Several rockets were said to have come down close to the US base at Baghdad "
            "international airport, home to coalition forces.",
            datetime(2021, 4, 22, 23, 0, tzinfo=IRAQ),
            "victory-base",
        ),
    ],
)
def test_a_base_that_received_rockets_or_rockets_that_came_down_near_it(
    title: str, text: str, published: datetime, where: str
) -> None:
    d = _match(title, text, published)
    assert d.attack, d.reasons
    assert (_bases(d) or [f"R:{d.region.id}" if d.region else ""]) == [where]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "The Morning Briefing\n"
            "2. stockphoto 4417203\n"
            "After deadly rocket attack in Iraq, US hits back\n"
            "A day after rockets struck an Iraqi base near Baghdad and killed two American troops, "
            "US forces reported air raids on militia sites across the country.",
            datetime(2020, 3, 13, 12, 0, tzinfo=IRAQ),
        ),
        (
            "smiling face\n"
            "markets live\n"
            "Memorial Day service held in Baghdad for the three soldiers killed in Jordan\n"
            "Three US soldiers lost their lives in the drone attack on Tower 22, a small US "
            "outpost in north-eastern Jordan, in January.",
            datetime(2024, 5, 27, 12, 0, tzinfo=IRAQ),
        ),
        (
            "منبر إخباري مستقل\n"
            "مصدر يوضح أسباب دوي صافرات الإنذار في السفارة الأمريكية ببغداد\n"
            "كشف مصدر أمني اليوم الأحد أن تفعيل منظومة الدفاع الجوي وصافرات الإنذار في السفارة "
            "الأمريكية جاء ضمن تمارين تنفذها القوات المسؤولة عن حمايتها.",
            datetime(2020, 9, 27, 12, 0, tzinfo=IRAQ),
        ),
    ],
)
def test_a_headline_below_page_furniture_frames_the_story_as_a_headline_does(
    text: str, published: datetime
) -> None:
    d = _match("", text, published)
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Roquettes sur une base en Irak",
            "Au moins dix roquettes ont été tirées mercredi matin contre la base\naérienne "
            "d'Aïn al-Asad, dans l'ouest de l'Irak, où sont\nstationnés des soldats de la "
            "coalition menée par les\nÉtats-Unis, a indiqué la coalition dans un communiqué.",
        ),
        (
            "",
            "Zehn Raketen schlugen am Mittwochmorgen auf dem Luftwaffen-\nstützpunkt Ain al-Asad "
            "im Westen des Irak ein, wo\nUS-Soldaten stationiert sind, teilte die Koalition mit.",
        ),
    ],
)
def test_a_paragraph_hard_wrapped_into_lines_is_read_as_one(title: str, text: str) -> None:
    d = _match(title, text, datetime(2021, 3, 3, 20, 0, tzinfo=IRAQ))
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2021, 3, 3)


def test_a_headline_and_the_page_furniture_under_it_stay_apart() -> None:
    assert sentences(
        "US Base in Iraq's Kurdistan Hit in Drone Attack\nschedule 13 hours ago\n"
        "A drone struck the base\nnorth of Erbil, officials said."
    ) == [
        "US Base in Iraq's Kurdistan Hit in Drone Attack",
        "schedule 13 hours ago",
        "A drone struck the base north of Erbil, officials said.",
    ]


def test_a_briefing_under_a_us_government_sites_banner_keeps_its_lead() -> None:
    d = _match(
        "Deputy Pentagon Press Secretary Holds a Press Briefing",
        "An official website of the United States government\n"
        "Here is how to tell\n"
        "Sites of official bodies end in .gov\n"
        "A website whose address ends in .gov belongs to a government body in the United "
        "States.\n"
        "Secure .gov websites are served over HTTPS\n"
        "A padlock or https:// in the address bar shows you reached the .gov website safely.\n"
        "Give sensitive information only to official, secure websites.\n"
        "Press briefing by the deputy Pentagon press secretary, as delivered\n"
        "Good afternoon, everyone.\n"
        "I have a few items to start with, and then I will be glad to take your questions.\n"
        "As you know, yesterday a one-way attack drone struck a US facility in northeastern "
        "Jordan near the Syrian border, killing three US service members.",
        datetime(2024, 1, 29, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == ["north-east-jordan"]
    assert d.attack_date == date(2024, 1, 28)


def test_a_notice_about_the_readers_browser_is_not_the_lead() -> None:
    d = _match(
        "",
        "กรุณาอัปเดตเบราว์เซอร์ของคุณ\n"
        "เบราว์เซอร์ที่คุณใช้อยู่เก่าเกินไปจนไม่รองรับบริการของเรา "
        "โปรดติดตั้งรุ่นใหม่เพื่อการใช้งานที่ดีที่สุด\n"
        "ข่าวต่างประเทศ\n"
        "ตะวันออกกลางเดือดพล่าน!\n"
        "อิหร่านตอบโต้ ถล่มฐานทัพสหรัฐใน 'กาตาร์ คูเวต บาห์เรน'\n"
        "มติชนออนไลน์\n"
        "กองกำลังพิทักษ์การปฏิวัติอิสลามระบุว่า ขีปนาวุธถูกยิงไปยังฐานทัพสหรัฐฯ ไม่น้อยกว่า 5 แห่ง "
        "ได้แก่ ฐานทัพอากาศอัล อูเดด ในกาตาร์",
        datetime(2026, 2, 28, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-udeid-air-base"]
    assert d.attack_date == date(2026, 2, 28)


@pytest.mark.parametrize(
    ("text", "split"),
    [
        (
            "A rocket hit near Ain al-Asad air base at 1:35 p.m. Attacks on US sites have been "
            "frequent since January.",
            True,
        ),
        ("The rocket hit at 1:35 p.m. Monday, a spokesman said.", False),
        ("The rocket hit at 9 a.m. Baghdad time, a spokesman said.", False),
        ("The rocket hit at 9 a.m. and nobody was hurt.", False),
        ("Two rockets landed at 10:30 p.m. Iraqi time near Ain al-Asad air base.", False),
        ("The rocket hit at 10 p.m. Sept. 3 near the base.", False),
    ],
)
def test_a_clock_time_ends_a_sentence_only_before_a_new_one(text: str, split: bool) -> None:
    assert (len(sentences(text)) == 2) is split


def test_attacks_that_have_been_frequent_are_background() -> None:
    """A run-on wire copy: the rocket at Ain al-Asad, then the attacks "frequent since" the
    strike on Soleimani outside Baghdad airport, which name no base of this attack."""
    d = _match(
        "Rocket hits near Iraqi base hosting US troops",
        "BAGHDAD - A spokesman for the coalition said a rocket hit near Ain al-Asad air base "
        "at 1:35 p.m. Attacks on US sites have been frequent since a US strike killed Qassem "
        "Soleimani outside Baghdad airport last year. Nobody was hurt.",
        datetime(2021, 5, 24, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]


def test_indirect_fire_is_the_militarys_word_for_rockets() -> None:
    """A hometown follow-up: the Pentagon named two soldiers killed by "enemy indirect fire"
    at Camp Taji on Wednesday."""
    d = _match(
        "Pentagon names soldiers killed at Iraqi base",
        "The Defense Department on Friday named the two US service members who died on "
        "Wednesday when enemy indirect fire struck Camp Taji, north of Baghdad. A British "
        "soldier was also killed and 14 people were wounded.",
        datetime(2020, 3, 13, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["camp-taji"]
    assert d.weapons == ("rocket",)
    assert d.attack_date == date(2020, 3, 11)


@pytest.mark.parametrize(
    "text",
    [
        "El lunes EE.UU. bombardeó depósitos de milicias en el este de Siria.",
        "El lunes EE. UU. bombardeó depósitos de milicias en el este de Siria.",
    ],
)
def test_the_spanish_abbreviation_of_the_us_ends_no_sentence(text: str) -> None:
    """ "EE.UU." is the United States, as "U.S." is: its full stops close no sentence, so the
    words told of it stay with it ("EE.UU. bombardeó" is the US striking)."""
    assert sentences(text) == [text]


def test_arabic_accusative_ending_reads_as_the_bare_word() -> None:
    """The tanwin fath and the alif that carries it ("هجوماً دعائياً", a propaganda attack)
    end no word of the terms: the word is read bare, as pages without the mark are not."""
    assert normalise("تواجه هجوماً دعائياً") == normalise("تواجه هجوم دعائي")
    assert normalise("جنوداً أمريكيين") == normalise("جنود أمريكيين")
    assert normalise("هجوما") == "هجوما"  # unmarked, the alif may be the word's own


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a German date's day ends with a full stop, and its month goes on with a capital
        ("Die USA flogen am 29. Dezember fünf Luftangriffe gegen eine Miliz im Irak.", 1),
        ("Am 8. Januar feuerte der Iran Raketen auf zwei Stützpunkte. Niemand starb.", 2),
        # a day's number and a month's name without a date between them still part
        ("Es war der Angriff vom 29. Im Dezember folgten weitere.", 2),
    ],
)
def test_a_german_dates_day_ends_no_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count
