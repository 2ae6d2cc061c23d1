"""Days seen wrong on real reports, in our own words: the night a weekday opens in Arabic and
Persian, a story whose own "today" is the day before it was published, and a base counted
only until the day the coalition left it."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.detect.gazetteer import hosted_in
from monitor.detect.text import normalise
from tests.reports import detect, fires, local_time, look_alike_cases, report_cases

test_the_night_of_a_weekday = report_cases(
    [
        # "the night of Thursday" is the night before Thursday: Wednesday evening
        (
            "ar",
            "هجوم بطائرة مسيرة على قاعدة فيكتوريا",
            "استهدفت طائرة مسيرة مفخخة قاعدة فيكتوريا التي تضم جنودا أمريكيين قرب مطار بغداد "
            "ليلة الخميس، ولم تقع إصابات بحسب مصدر أمني.",
            local_time("2021-06-10", 2),
            "victory-base",
            "2021-06-09",
            "drone",
        ),
        # "Thursday night", without the eve's form, is the Thursday itself
        (
            "ar",
            "صواريخ على قاعدة فيكتوريا",
            "سقطت ثلاثة صواريخ ليل الخميس على قاعدة فيكتوريا التي تضم جنودا أمريكيين قرب مطار "
            "بغداد، ولم تقع إصابات بحسب مصدر أمني.",
            local_time("2021-06-11"),
            "victory-base",
            "2021-06-10",
            "rocket",
        ),
        (
            "fa",
            "حمله پهپادی به پایگاه آمریکا در التنف",
            "منابع محلی گفتند پایگاه آمریکا در التنف شب پنجشنبه هدف حمله پهپادی قرار گرفت و "
            "خسارتی گزارش نشد.",
            local_time("2021-10-21"),
            "al-tanf",
            "2021-10-20",
            "drone",
        ),
    ]
)

test_the_story_today_is_the_day_its_lead_was_told = report_cases(
    [
        # published on Friday, the lead told on Thursday: "during the night" is Thursday's
        (
            "en",
            "Militias target US base in Syria with drones: Reports",
            "Armed factions in eastern Syria tried to strike a base used by American troops, "
            "reports said Thursday.\n\n"
            "Residents said that during the night explosive drones were sent towards the US "
            "base at the Conoco gas field, and its air defences brought them down.",
            local_time("2024-08-30", 8),
            "conoco-gas-field",
            "2024-08-29",
            "drone",
        ),
        # without a statement day in the lead, the night is the publication's
        (
            "en",
            "Militias target US base in Syria with drones: Reports",
            "Armed factions in eastern Syria tried to strike a base used by American troops.\n\n"
            "Residents said that during the night explosive drones were sent towards the US "
            "base at the Conoco gas field, and its air defences brought them down.",
            local_time("2024-08-30", 8),
            "conoco-gas-field",
            "2024-08-30",
            "drone",
        ),
    ]
)


def test_a_base_the_coalition_left_that_year_counts_only_until_the_day_it_left() -> None:
    assert hosted_in("2001-2021-05-13", date(2021, 5, 13))
    assert not hosted_in("2001-2021-05-13", date(2021, 8, 1))
    assert hosted_in("2001-2021-05-13", 2021)  # a year overlaps the span
    assert hosted_in("2001-2021-05-13", date(2021, 5, 14), 1)  # a day that may be late
    assert not hosted_in("2001-2021-05-13", date(2021, 5, 15), 1)
    assert hosted_in("2003-2011, 2016-", date(2024, 1, 1))
    assert not hosted_in("2003-2011, 2016-", date(2013, 6, 1))
    rockets = (
        "Three rockets hit Kandahar airfield overnight, two of them striking the runway, "
        "and flights were suspended, the airport's director said."
    )
    # Afghan forces held it after the coalition left in May 2021
    left = detect("Rockets hit Kandahar airport runway", rockets, local_time("2021-08-01"))
    assert not left.attack
    assert any("hosted no coalition forces" in reason for reason in left.reasons)
    held = detect("Rockets hit Kandahar airport runway", rockets, local_time("2020-08-01"))
    assert held.attack


def test_the_day_after_the_coalition_left_may_be_its_last_days_report() -> None:
    # rockets at Kabul airport on the last day of the withdrawal, told the next morning with
    # no day of their own: dated by the publication, a day late, they are still an attack on
    # the base, not on an airport the coalition had left
    rockets = (
        "Several rockets were fired at Kabul airport, where the last US troops were completing "
        "their withdrawal; the airport's missile defence intercepted them, a US official said."
    )
    d = detect("Rockets fired at Kabul airport", rockets, local_time("2021-08-31"))
    assert d.attack, d.reasons
    assert [p.id for p in d.bases] == ["hamid-karzai-airport"]
    # a week after, the airport is no longer the coalition's
    later = detect("Rockets fired at Kabul airport", rockets, local_time("2021-09-07"))
    assert not later.attack


test_soldiers_hurt_in_a_drone_attack_were_at_a_base = report_cases(
    [
        # no base named in the lead: the toll says US forces were hit, the body names the base
        (
            "en",
            "Three US soldiers killed in drone attack near Syrian border",
            "Three American soldiers were killed and more than thirty wounded when an explosive "
            "drone struck their living quarters early on Sunday, officials said.\n\n"
            "The troops were posted at a logistics support base at Tower 22 in Jordan, which "
            "came under attack.",
            local_time("2024-01-29"),
            "tower-22",
            "2024-01-28",
            "drone",
        ),
        # a one-way uncrewed aerial system is a drone
        (
            "en",
            "Uncrewed aerial system strikes Harir air base",
            "A one-way uncrewed aerial system struck Harir air base, which hosts US troops, on "
            "Tuesday, injuring two service members.",
            local_time("2024-01-17"),
            "harir-air-base",
            "2024-01-16",
            "drone",
        ),
    ]
)


def test_charges_over_a_deadly_drone_strike_are_no_new_attack() -> None:
    d = detect(
        "Two men charged in connection to drone strike that killed US soldiers in Jordan",
        "Prosecutors said on Monday that two men were indicted for supplying parts used in a "
        "drone attack earlier this year that killed three US soldiers at a base in Jordan.",
        local_time("2024-12-17"),
    )
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Two Iranian men face charges over drone attack that killed three US soldiers in Jordan",
        "Two Iranians charged with supplying parts for drone attack on US troops in Jordan",
    ],
)
def test_men_facing_charges_over_a_drone_strike_are_no_new_attack(title: str) -> None:
    d = detect(
        title,
        "The Justice Department said on Monday that two men had been charged over a drone "
        "attack on US troops in Jordan that killed three soldiers.",
        local_time("2024-12-17"),
    )
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Pair of Iranians charged in deadly drone strike on US troops in Jordan",
            "Two Iranian nationals now face federal charges tied to the drone whose blast left "
            "three American soldiers dead at a desert outpost. One of them is said to have sent "
            "US parts to Iran. The other ran the firm that made the drone's navigation system.\n\n"
            "A drone struck Tower 22, a logistics base in the Jordanian desert, in January, "
            "killing three soldiers and wounding dozens.",
        ),
        (
            "Two Iranians charged over drone strike on US troops in Jordan",
            "Two Iranian nationals now face federal charges tied to the drone whose blast left "
            "three American soldiers dead at a desert outpost. One of them is said to have sent "
            "US parts to Iran. The other ran the firm that made the drone's navigation system.",
        ),
    ],
)
def test_a_court_case_on_a_page_with_no_date_is_no_new_attack(title: str, text: str) -> None:
    # with no publication day to say the attack is old, the headline's court case says it
    d = detect(title, text, None)
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Four men sentenced to life over missile attack on Baghdad airport",
            "An Iraqi criminal court on Sunday sentenced four men to life in prison for firing "
            "missiles at Baghdad International Airport, where US troops are based, in January.",
        ),
        (
            "أربعة أدينوا بقصف مطار بغداد الدولي ينالون المؤبد",
            "قضى القضاء العراقي اليوم الأحد على أربعة متهمين بالحبس مدى الحياة "
            "لإطلاقهم صواريخ على مطار بغداد الدولي الذي يضم قوات أمريكية في كانون الثاني الماضي.",
        ),
    ],
)
def test_a_sentence_passed_for_an_old_attack_is_no_new_attack(title: str, text: str) -> None:
    d = detect(title, text, local_time("2022-08-07"))
    assert not d.attack, d.reasons


test_bases_named_by_their_city_or_a_short_word = report_cases(
    [
        # "a base in Kirkuk" hosting US troops is K-1
        (
            "ar",
            "هجوم صاروخي على قاعدة في كركوك",
            "تعرضت قاعدة عسكرية يتمركز فيها جنود أمريكيون في كركوك لهجوم بصاروخ كاتيوشا يوم "
            "الخميس، بحسب مصادر أمنية.",
            local_time("2020-02-13", 20),
            "k1-air-base",
            "2020-02-13",
            "rocket",
        ),
        # Mosul lies in northern Iraq; the base there is not named
        (
            "en",
            "Rocket lands near base hosting US troops in Mosul",
            "A rocket landed near a military base hosting American forces in Mosul late on "
            "Tuesday, causing no casualties, the army said.",
            local_time("2019-06-19"),
            "northern-iraq",
            "2019-06-18",
            "rocket",
        ),
        # the embassy of the United States in Baghdad, in Ukrainian
        (
            "uk",
            "Посольство США в Іраку обстріляли ракетами",
            "Посольство США у столиці Іраку Багдаді в суботу ввечері зазнало ракетного обстрілу, "
            "постраждалих немає.",
            local_time("2026-03-08"),
            "baghdad-embassy",
            "2026-03-07",
            "rocket",
        ),
        # Persian "Harir airfield in Erbil": Erbil only says where Harir is
        (
            "fa",
            "حمله پهپادی به فرودگاه نظامی حریر",
            "منابع محلی گفتند یک پهپاد به فرودگاه نظامی حریر در اربیل که نیروهای آمریکایی در آن "
            "مستقرند حمله کرد.",
            local_time("2023-10-18", 20),
            "harir-air-base",
            "2023-10-18",
            "drone",
        ),
        # an attack some hours earlier on another base is background
        (
            "ar",
            "صاروخان على قاعدة كونيكو",
            "سقط صاروخان على قاعدة حقل كونيكو التي تضم قوات أمريكية في ريف دير الزور.\n\n"
            "ويأتي هذا الهجوم بعد ساعات من تعرض قاعدة عين الأسد في الأنبار لهجوم بطائرة مسيرة.",
            local_time("2023-12-06", 20),
            "conoco-gas-field",
            "2023-12-06",
            "rocket",
        ),
    ]
)

test_strikes_answering_an_attack_days_ago_are_no_new_attack = look_alike_cases(
    [
        (
            "fr",
            "Les Etats-Unis frappent des milices en Irak et en Syrie",
            "L'armée américaine a annoncé dimanche avoir frappé cinq sites d'une milice.\n\n"
            "Deux jours après la mort d'un Américain dans une attaque à la roquette contre une "
            "base militaire à Kirkouk, ces frappes répondent aux attaques répétées du groupe.",
        ),
        (
            "en",
            "US conducts strikes on militia behind rocket attack that killed American",
            "The Pentagon said the strikes hit five sites of the group in both countries.\n\n"
            "Weapons depots and command posts were among the targets, a spokesman said.\n\n"
            "Iraq's government said it had not been told of the strikes in advance.\n\n"
            "The group was behind attacks on coalition forces, including one on Friday in which "
            "rockets were fired at a base in Kirkuk hosting US forces, killing a contractor.",
        ),
    ],
    "2019-12-30",
)


test_more_reports_seen_missed = report_cases(
    [
        # an anniversary of another event beside an attack told of this week
        (
            "fr",
            "Des roquettes frappent une base américaine dans l'est de la Syrie",
            "Deux roquettes ont frappé mercredi une base abritant des troupes américaines dans "
            "l'est de la Syrie, sans faire de victimes, a indiqué l'armée américaine.\n\n"
            "L'attaque du matin contre le site de soutien de la mission Conoco est survenue "
            "alors que l'Iran marquait le troisième anniversaire de la mort d'un de ses généraux.",
            local_time("2023-01-04", 20),
            "conoco-gas-field",
            "2023-01-04",
            "rocket",
        ),
        # Hindi: a "training base" of American soldiers
        (
            "hi",
            "इराक में अमेरिकी सैनिको के ट्रेनिंग बेस पर मिसाइल हमला",
            "आज सुबह ईरान ने अल असद सैन्य बेस पर एक दर्जन से ज्यादा मिसाइलें दागीं।",
            local_time("2020-01-08"),
            "ain-al-asad",
            "2020-01-08",
            "missile",
        ),
        (
            "en",
            "Rockets fired at Kabul airport intercepted",
            "A US defence system intercepted five rockets launched at the airport in Kabul on "
            "Monday morning, officials said.",
            local_time("2021-08-30", 14),
            "hamid-karzai-airport",
            "2021-08-30",
            "rocket",
        ),
    ]
)


test_us_strikes_and_plans_are_no_new_attack = look_alike_cases(
    [
        (
            "en",
            "US hits militia sites in Iraq after drone attack on troops",
            "US forces have carried out airstrikes on three sites of an armed group in Iraq.\n\n"
            "The strikes came in response to multiple attacks against US troops, including a "
            "drone strike earlier on Monday at Erbil Air Base, officials said.",
        ),
        (
            "en",
            "Pentagon strikes weapons depots of Iraqi militia",
            "The US has conducted airstrikes against five weapons depots of an armed group.\n\n"
            "They were carried out in retaliation to an attack against Camp Taji that killed two "
            "American soldiers, the defence secretary said.",
        ),
        (
            "en",
            "Militias plan attacks on US bases in Iraq and Syria, officials warn",
            "Armed groups are preparing to launch attacks on American bases, officials said.\n\n"
            "They may target bases like Ain al-Asad in Iraq or al-Tanf in Syria with drones and "
            "rockets.",
        ),
    ],
    "2023-12-26",
)


test_encyclopedia_entries_are_no_news = look_alike_cases(
    [
        (
            "en",
            "Harir drone strike",
            "Harir drone strike\nPart of the attacks on US forces in Iraq\nLocation\n"
            "36°32′N 44°21′E\nTarget: Harir air base\nDate: 9 November 2023\n\n"
            "On 9 November 2023 two explosive drones struck Harir air base, which hosts US "
            "troops, without causing casualties.",
        ),
        (
            "en",
            "= Ain al-Asad rocket attack =",
            "- Partof: attacks on US bases in Iraq\n- Map Type: Iraq\n- Target: Ain al-Asad\n\n"
            "Rockets struck Ain al-Asad air base, which hosts US forces, injuring two.",
        ),
    ],
    "2024-06-01",
)


test_a_strike_on_militias_days_after_a_base_was_hit = look_alike_cases(
    [
        (
            "ar",
            "مقتل خمسة عناصر من فصيل مسلح بغارة مسيرة قرب البوكمال",
            "قتل خمسة عناصر من فصيل موال لإيران بضربة طائرة مسيرة مجهولة استهدفت سيارتهم قرب "
            "البوكمال.\n\n"
            "وتأتي الضربة بعد أقل من 48 ساعة على استهداف قاعدة خراب الجير الأمريكية في ريف "
            "الحسكة بطائرة مسيرة.",
        ),
    ],
    "2024-08-11",
)


test_arabic_threats_and_sentences_are_no_new_attack = look_alike_cases(
    [
        (
            "ar",
            "فصيل مسلح يهدد بأسلحة جديدة ضد القواعد الأمريكية في العراق",
            "قال قيادي في الفصيل إن مقاتليه قد يستخدمون أسلحة جديدة ضد القواعد الأمريكية.\n\n"
            "وجاء ذلك بعد ساعات فقط من إعلان الفصيل ضرب قاعدة للجيش الأمريكي في مطار أربيل "
            "بطائرة مسيرة.",
        ),
        (
            "ar",
            "حكم بالسجن المؤبد بحق ثلاثة مدانين بقصف مطار بغداد الدولي",
            "أصدرت محكمة عراقية اليوم حكما بالسجن المؤبد بحق ثلاثة أشخاص أطلقوا صواريخ على مطار "
            "بغداد الدولي الذي يضم قوات أمريكية.",
        ),
    ],
    "2022-08-07",
)


def test_a_danda_closes_a_word_as_a_full_stop_does() -> None:
    assert normalise("सैनिक मारे गए।") == "सैनिक मारे गए."
    assert fires("हमले में तीन अमेरिकी सैनिक मारे गए।", "मारे", "cat:killed")


test_a_ceremony_named_after_the_base_in_a_headline = look_alike_cases(
    [
        (
            "en",
            "Troops at Ain al-Asad hold memorial for contractor killed in rocket attack",
            "Soldiers and civilians gathered on the base on Friday to remember the contractor, "
            "who died of his wounds after the attack last month.",
        ),
    ],
    "2021-04-09",
)


def test_a_drone_that_came_down_on_a_base_struck_it() -> None:
    sentence = "An explosive drone came down on a maintenance building at Green Village."
    assert fires(sentence, "came down on", "cat:attack")


test_missiles_that_hurt_people_at_a_named_base = report_cases(
    [
        (
            "en",
            "US personnel hurt at Iraqi air base",
            "Ballistic missiles reached Ain al-Asad airbase in western Iraq on Saturday, "
            "injuring several US personnel, according to a military statement.",
            local_time("2024-01-21"),
            "ain-al-asad",
            "2024-01-20",
            "missile",
        ),
    ]
)


test_malikiyah_named_by_its_town = report_cases(
    [
        (
            "tr",
            "Haseke'de ABD üssüne saldırı",
            "Haseke'nin Malikiyye ilçesinde ABD güçlerinin bulunduğu askeri üsse bugün roketli "
            "saldırı düzenlendi.",
            local_time("2023-10-27"),
            "al-malikiyah",
            "2023-10-27",
            "rocket",
        ),
    ]
)


test_a_headline_of_us_strikes_after_an_attack = look_alike_cases(
    [
        (
            "en",
            "US launches airstrikes in Iraq after Christmas Day drone attack",
            "US forces struck three sites used by an armed group in Iraq on Monday night.\n\n"
            "The strikes followed a drone attack on Erbil air base, which hosts US troops, that "
            "injured three American service members earlier on Monday.",
        ),
        (
            "en",
            "US retaliates for American deaths",
            "The Pentagon began its retaliation for the drone attack that killed three US troops "
            "at Tower 22 in Jordan, with airstrikes on dozens of targets.",
        ),
    ],
    "2023-12-26",
)


test_strikes_on_what_iran_calls_israeli_sites_and_german_charges = look_alike_cases(
    [
        (
            "en",
            "Guards claim deadly strike on what they call an Israeli facility in Iraq",
            "Late on Monday Iran launched missiles at what it called Israeli spy headquarters "
            "near the US consulate in Erbil.",
        ),
        (
            "de",
            "Zwei Männer wegen Drohnenangriff angeklagt, bei dem drei US-Soldaten starben",
            "Sie sollen Teile für die Drohne geliefert haben, die drei US-Soldaten auf dem "
            "Stützpunkt Tower 22 tötete.",
        ),
    ],
    "2024-01-16",
)


test_a_lead_that_says_a_day_after_another_event = report_cases(
    [
        (
            "en",
            "US forces in Syria come under rocket fire",
            "US troops in eastern Syria came under rocket fire on Monday evening, a day after "
            "American jets struck armed groups near the border, the coalition said.\n\n"
            "The rockets were fired at a position housing US forces in Deir ez-Zor province, "
            "a spokesman said.\n\n"
            "On Sunday, F-15E jets struck weapons depots used by the groups.",
            local_time("2021-06-28", 23),
            "eastern-syria",
            "2021-06-28",
            "rocket",
        ),
    ]
)


test_other_news_in_the_lead_does_not_set_the_story_day = report_cases(
    [
        (
            "en",
            "Four drones hit Union III in Baghdad",
            "Four drones struck Union III in Baghdad, which hosts coalition troops, early Sunday, "
            "security sources said. No group claimed the attack. Officials in Kirkuk said the "
            "vote count would be announced on Saturday evening.",
            local_time("2024-01-01", 6),
            "union-iii",
            "2023-12-31",
            "drone",
        ),
    ]
)


test_today_named_beside_an_earlier_past_weekday = report_cases(
    [
        # "today, Sunday" is the attack's day; "last Thursday" is the earlier rocket's
        (
            "ar",
            "قصف صاروخي على قاعدة بلد الجوية",
            "تعرضت قاعدة بلد الجوية شمال بغداد اليوم الأحد لقصف بصواريخ الكاتيوشا أدى إلى إصابة "
            "أربعة عسكريين، وهو القصف الثاني بعد سقوط صاروخ قرب القاعدة يوم الخميس الماضي.",
            local_time("2020-01-12", 20),
            "balad-air-base",
            "2020-01-12",
            "rocket",
        ),
    ]
)


def test_a_weekday_given_with_a_time_zone_is_not_the_local_day() -> None:
    d = detect(
        "Iranian missiles target bases hosting US troops in Iraq",
        "Iran fired more than a dozen ballistic missiles at Ain al-Asad air base, which hosts "
        "US troops, at about 1:30 a.m. (2230 GMT on Tuesday), the US military said.",
        local_time("2020-01-08", 9),
    )
    assert d.attack
    assert d.attack_date == date(2020, 1, 8)  # Wednesday in Iraq, whatever GMT says


def test_the_last_attack_on_the_base_recalled_by_its_date_does_not_date_a_new_one() -> None:
    d = detect(
        "Drones strike the coalition garrison at al-Tanf",
        "Unidentified drones struck the garrison at al-Tanf in southern Syria, where US troops "
        "train local fighters, a television channel reported.\n\n"
        "The strike hit a camp of the allied Syrian brigade.\n\n"
        "The last attack on al-Tanf, by three drones on August 15, caused only material damage.",
        local_time("2023-01-20", 12),
    )
    assert d.attack
    assert d.attack_date == date(2023, 1, 20)  # not the August attack, months before
