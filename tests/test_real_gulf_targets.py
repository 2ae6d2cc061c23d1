"""Iran's strikes on the Gulf bases in 2026, as the world's press told them (in our own words,
after real reports): Israel named beside the US bases as a second target, the Fifth Fleet's
base called "the main US naval base in Bahrain", a Vietnamese "sáng 1/3" (the morning of
1 March), and "the Iranian attacks that hit facilities", which are Iran's, not a US strike."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import fires, look_alike_cases, matcher

MARCH_1 = date(2026, 3, 1)
FEB_28 = date(2026, 2, 28)


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        (
            "Iran's missiles and drones rain on Israel and on American bases",
            "Iranian missiles and drones were fired at Israel and at US bases across the "
            "region overnight, the Revolutionary Guards said on Sunday. The Guards did not list "
            "the bases; regional media said the bases struck included Al Udeid in Qatar and Ali "
            "Al Salem in Kuwait.",
            "en",
        ),
        (
            "Tên lửa Iran nhắm vào các căn cứ của Mỹ và Israel",
            "Iran phóng hàng loạt tên lửa và UAV vào các căn cứ của Mỹ và Israel trong đêm, "
            "Vệ binh Cách mạng cho biết hôm Chủ nhật. Vệ binh không nêu tên các căn cứ; truyền "
            "thông khu vực nói các căn cứ bị tập kích gồm căn cứ không quân Al Udeid ở Qatar và "
            "căn cứ không quân Ali Al Salem ở Kuwait.",
            "vi",
        ),
    ],
)
def test_israel_named_beside_the_us_bases_is_a_second_target_not_instead_of_them(
    title: str, text: str, language: str
) -> None:
    d = _match(title, text, MARCH_1, language=language)
    assert d.attack, d.reasons
    assert {"al-udeid-air-base", "ali-al-salem-air-base"} <= set(_bases(d))


@pytest.mark.parametrize(
    ("sentence", "civilian"),
    [
        ("Iranian missiles were fired at Israel and at US bases across the region.", False),
        ("Iran phóng tên lửa vào các căn cứ của Mỹ và Israel trong đêm.", False),
        ("Iranian missiles were fired at Israel, and US bases were put on high alert.", True),
        ("Iranian missiles were fired at Israel while US bases stayed on high alert.", True),
    ],
)
def test_a_target_joined_to_the_us_bases_by_and_is_attacked_beside_them(
    sentence: str, civilian: bool
) -> None:
    reading = matcher().reader.read(1, sentence)
    assert ("civilian" in reading.flags) is civilian


def test_israel_alone_struck_stays_a_civilian_target() -> None:
    """A guard: US bases only put on alert, apart from what was hit, change nothing."""
    text = (
        "Iranian missiles were fired at Israel overnight, the Revolutionary Guards said on "
        "Sunday; American commanders then placed US bases across the region on high alert."
    )
    d = _match("", text, MARCH_1, language="en")
    assert not d.attack, d.reasons


def test_the_main_us_naval_base_in_bahrain_is_the_fifth_fleets() -> None:
    text = (
        "Selon l'agence Tasnim, la principale base navale des États-Unis à Bahreïn aurait été "
        "touchée samedi par des missiles balistiques tirés par l'Iran. D'épaisses fumées "
        "s'élevaient au-dessus du secteur, selon des images publiées en ligne."
    )
    d = _match("", text, FEB_28, language="fr")
    assert d.attack, d.reasons
    assert _bases(d) == ["nsa-bahrain"]


def test_a_vietnamese_morning_and_day_dates_the_attack() -> None:
    """ "Sáng 1/3 (giờ địa phương)": the morning of 1 March, though an outlet far east of the
    region, giving a date only, would otherwise be dated the region's evening before."""
    text = (
        "Sáng 1/3 (giờ địa phương), Vệ binh Cách mạng Iran cho biết đã phóng tên lửa vào căn "
        "cứ không quân Al Udeid ở Qatar và căn cứ không quân Ali Al Salem ở Kuwait."
    )
    d = _match("", text, MARCH_1, url="https://example.vn/the-gioi/1.html", language="vi")
    assert d.attack, d.reasons
    assert d.attack_date == MARCH_1


def test_a_states_own_attacks_on_facilities_are_no_us_strike() -> None:
    """ "The Iranian attacks that hit vital facilities": a strike on facilities is mostly the
    US's on the militias, but not when a state's adjective owns it."""
    sentence = (
        "أدانت الكويت الهجمات الإيرانية التي طالت منشآت حيوية كويتية فجر اليوم بالصواريخ "
        "الباليستية."
    )
    assert not fires(sentence, "الهجمات", "cat:us_attacker")
    assert fires("شن الطيران هجمات طالت منشآت للفصائل قرب الحدود.", "هجمات", "cat:us_attacker")


def test_weapons_that_hit_sites_are_no_us_strike() -> None:
    """ "Drones that hit civilian sites": the weapon right before the verb is what struck."""
    sentence = "تواصلت الضربات الإيرانية لليوم الثامن بصواريخ وطائرات مسيرة طالت مواقع مدنية."
    assert not fires(sentence, "طالت", "cat:us_attacker")
    # the US's own: "American missile strikes on militia depots"
    strikes = "American missile strikes on militia weapons depots near Albu Kamal killed four."
    assert fires(strikes, "strikes", "cat:us_attacker")


def test_missiles_intercepted_on_their_way_to_a_saudi_base() -> None:
    """A Gulf roundup: Iran's strikes go on, and the Saudi ministry intercepted two ballistic
    missiles on their way to Prince Sultan Air Base the day before."""
    d = _match(
        "",
        "تواصلت الضربات الإيرانية على دول الخليج لليوم الثامن بصواريخ وطائرات مسيرة طالت "
        "مواقع مدنية ومنشآت.\n\n"
        "وقالت وزارة الدفاع السعودية أمس إنها اعترضت ودمرت صاروخين باليستيين كانا في "
        "طريقهما إلى قاعدة الأمير سلطان الجوية.\n\n"
        "وفي البحرين اندلع حريق في مبنى سكني بعد سقوط شظايا.",
        date(2026, 3, 8),
        language="ar",
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["prince-sultan-air-base"]
    assert d.attack_date == date(2026, 3, 7)


def test_a_stale_date_above_the_headline_is_the_pages() -> None:
    """A copy whose page still shows an old date and time above the story: the date says
    nothing of the attack told below it."""
    d = _match(
        "Friday, 05 January 2024 09:40 GMT",
        "Qatar condemns the attack on Al Udeid Air Base\n\n"
        "Doha: Qatar's foreign ministry condemned the attack on Al Udeid Air Base by the "
        "Revolutionary Guards, saying that nobody was hurt and that the base had been "
        "evacuated beforehand.",
        date(2025, 6, 23),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-udeid-air-base"]


@pytest.mark.parametrize(
    ("sentence", "coalition"),
    [
        ("Three Americans were wounded when Iranian drones struck a port in Kuwait.", True),
        ("An Iranian drone strike on Sunday left two Americans injured in Kuwait.", True),
        ("Americans living in Kuwait were told to stay indoors during the drone raids.", False),
        # a base told by the Americans it holds
        ("Two drones fell short of a camp near Baghdad where Americans are stationed.", True),
        ("Rockets fell near an Iraqi airfield hosting Americans and Italians.", True),
    ],
)
def test_americans_hurt_in_an_attack_are_us_forces(sentence: str, coalition: bool) -> None:
    """A toll of Americans an Iranian strike hurt or killed: in the war's stories, US troops
    (a service member's death announced days on, the wounded Americans of the drone raid on
    Kuwait told below it); Americans told to shelter are not."""
    assert matcher().reader.read(1, sentence).coalition is coalition


def test_an_american_death_days_after_a_drone_attack_on_kuwait() -> None:
    """A death announced two days on: the attack is Iran's drones over Kuwait, where the
    wounded Americans were."""
    d = _match(
        "A fifth US service member dies of wounds",
        "Central Command announced on Monday that a soldier listed as critically hurt had died.\n\n"
        "Two Americans were injured when Iranian drones hit a site in Kuwait over the weekend.",
        date(2026, 3, 2),
    )
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == "kuwait"


# the Gulf's civilian airports host no coalition forces: drones that hit one are an attack on
# the state, not on a base (the US bases there are air bases of their own)
test_drones_on_a_gulf_states_civilian_airport = look_alike_cases(
    [
        (
            "en",
            "Hostile drones hit Kuwait International Airport, ministry says",
            "Kuwait's defence ministry said three hostile drones struck Kuwait International "
            "Airport on Saturday, damaging a radar; eleven more were brought down. Iran has "
            "said that American forces in the Gulf are its quarrel, not its neighbours.",
        ),
        (
            "ar",
            "مسيرات تستهدف مطار الكويت",
            "قالت وزارة الدفاع الكويتية إن ثلاث طائرات مسيرة معادية أصابت مطار الكويت الدولي "
            "يوم السبت وألحقت أضرارا بأحد أجهزة الرادار، فيما أسقطت الدفاعات الجوية إحدى عشرة "
            "أخرى. وتقول طهران إن خصمها هو القوات الأمريكية في الخليج لا جيرانها.",
        ),
    ],
    day="2026-03-14",
)


def test_a_base_placed_by_the_civilian_airport_beside_it_is_still_hit() -> None:
    d = _match(
        "",
        "Two drones struck Ali Al Salem Air Base, west of Kuwait International Airport, on "
        "Saturday, the Kuwaiti army said.",
        date(2026, 3, 14),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ali-al-salem-air-base"]


def test_saudi_arabia_is_a_gulf_host_of_us_forces() -> None:
    """Saudi Arabia hosts US forces at Prince Sultan Air Base: the kingdom's US troops struck
    is the Gulf's attack, even when the site goes unnamed (a soldier's death told a week on,
    of wounds from a strike on the American troops in the kingdom)."""
    d = _match(
        "",
        "Several US troops were wounded on Sunday when Iranian missiles slammed into their "
        "positions in Saudi Arabia, the Pentagon said.",
        MARCH_1,
    )
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == "gulf"
    assert d.attack_date == MARCH_1


def test_drones_on_saudi_oil_plants_are_no_attack_on_us_forces() -> None:
    d = _match(
        "Drones set Saudi oil plants ablaze",
        "En Arabia Saudita, varios drones golpearon el sábado dos instalaciones petroleras y "
        "provocaron incendios. Las tropas estadounidenses desplegadas en el reino no sufrieron "
        "daños.",
        date(2019, 9, 14),
        language="es",
    )
    assert not d.attack, d.reasons


def test_the_bases_named_after_an_attack_on_unnamed_bases() -> None:
    """An attack on "four US bases" told first, the four named in the next sentence with no
    word of attack, as Korean reports of the first night did ("해당 기지는 ...")."""
    d = _match(
        "Four US bases in Iran's sights",
        "The Revolutionary Guards fired missiles at four US bases across the Gulf on Saturday.\n\n"
        "The four are Al Udeid in Qatar, Ali Al Salem in Kuwait, Al Dhafra in the United Arab "
        "Emirates and the Fifth Fleet headquarters in Bahrain.\n\n"
        "A US official confirmed a hit on the Fifth Fleet headquarters.",
        FEB_28,
    )
    assert d.attack, d.reasons
    assert sorted(_bases(d)) == [
        "al-dhafra-air-base",
        "al-udeid-air-base",
        "ali-al-salem-air-base",
        "nsa-bahrain",
    ]


def test_every_base_of_a_country_named_after_an_attack_is_no_list_of_the_hit() -> None:
    d = _match(
        "",
        "Rockets struck a US base in eastern Syria on Tuesday evening, local sources said.\n\n"
        "The US army keeps bases at al-Tanf, Conoco, al-Omar, al-Shaddadi, Rmelan and "
        "al-Malikiyah.\n\n"
        "The rockets landed within the al-Omar oil field base, the sources added.",
        date(2024, 11, 19),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-omar-oil-field"]


def test_one_facility_described_by_the_base_it_stands_in_is_no_list() -> None:
    """ "The Diplomatic Support Center, at Baghdad airport, which the US embassy runs" names
    one facility three ways, not three bases hit."""
    d = _match(
        "",
        "Two explosive drones aimed at a US base were shot down at dawn on Monday, officials "
        "said.\n\n"
        "The Diplomatic Support Center, at Baghdad airport, is run by the US embassy in "
        "Baghdad.\n\n"
        "The drones had been flying toward the Diplomatic Support Center, the officials added.",
        date(2022, 1, 3),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["baghdad-diplomatic-support-center"]
