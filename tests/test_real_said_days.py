"""Days a real report gives beside what was said of them (in our own words): "on Sunday
morning the army admitted that its base had been hit on Saturday evening" dates the attack
Saturday; an opening "Coming after a string of similar incidents, ..." leaves the day that
follows it ("the attack late on Feb. 15") to the attack; a follow-up that says when its
news was given ("the military said on Thursday") dates the attack by the day it names
further on ("the Jan. 8 attack on Al Asad", "الـ15 من الشهر الجاري"); "After a drone attack
on Friday, Aug. 9, eight troops are treated" dates the attack Friday; a statement of Friday
that the base was hit "earlier this week" leaves the day to the quote ("On March 3, our
fighters ..."); Korean "punishment for the US bombing on the 21st" gives the strike's day."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

SUNDAY = datetime(2024, 1, 21, 10, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    "text",
    [
        "Dimanche matin, le commandement américain a admis que la base aérienne d'Ain al-Asad "
        "avait été touchée, samedi en soirée, par des roquettes et des missiles balistiques "
        "tirés depuis l'Irak.",
        "On Sunday morning the US command admitted that Ain al-Asad air base had been struck "
        "on Saturday evening by rockets and ballistic missiles fired from inside Iraq.",
        "Am Sonntagmorgen räumte das US-Kommando ein, dass der Stützpunkt Ain al-Asad am "
        "Samstagabend von Raketen getroffen worden war, die aus dem Irak abgefeuert wurden.",
    ],
)
def test_a_weekday_after_what_was_said_is_the_attacks(text: str) -> None:
    d = _match("", text, SUNDAY)
    assert d.attack
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2024, 1, 20)


def test_a_weekday_before_a_plain_statement_is_still_the_statements() -> None:
    # one weekday only: the day the command spoke is the latest the attack can be
    d = _match(
        "",
        "On Sunday morning the US command admitted that Ain al-Asad air base had been struck "
        "by rockets and ballistic missiles fired from inside Iraq.",
        datetime(2024, 1, 22, 10, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2024, 1, 21)


def test_an_opening_clause_of_what_came_before_leaves_the_day_to_the_attack() -> None:
    d = _match(
        "Contractor killed as rockets strike Iraqi Kurdish airbase",
        "Rockets fired at an airbase in Iraq's Kurdistan region killed a foreign contractor "
        "and wounded five people, the coalition said.\n\n"
        "Coming after a string of similar incidents, the attack late on Feb. 15 was the first "
        "in almost two months on Western military or diplomatic sites.\n\n"
        "Most coalition troops are housed at the Erbil airport military complex.",
        datetime(2021, 2, 16, 14, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2021, 2, 15)


def test_a_figure_released_on_a_weekday_does_not_date_the_attack() -> None:
    d = _match(
        "Brain injuries from Iraq base attack climb",
        "At least four US troops have brain injuries after a base in western Iraq came under "
        "attack on Saturday, a Pentagon spokesman said on Tuesday.\n\n"
        "The count doubles the one officials released Monday, after militants backed by Iran "
        "struck Ain al-Asad air base with rockets and ballistic missiles.",
        datetime(2024, 1, 23, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2024, 1, 20)


@pytest.mark.parametrize(
    ("title", "text", "published", "day"),
    [
        (
            "Iran strike: 11 US troops treated for concussion, military now says",
            "Eleven US soldiers were treated for concussion symptoms after an Iranian missile "
            "attack on an Iraqi base hosting American troops, the US military said on "
            "Thursday.\n\nIt had first said that nobody was hurt.\n\n"
            '"No US troops died in the Jan. 8 Iranian attack on Al Asad air base, but several '
            'were treated for concussion symptoms," a Central Command spokesman said.',
            datetime(2020, 1, 16, 20, 0, tzinfo=IRAQ),
            date(2020, 1, 8),
        ),
        (
            "",
            "أعلنت دائرة صحة أربيل، الاثنين، وفاة أحد جرحى القصف الصاروخي على قاعدة حرير "
            "العسكرية في كردستان العراق.\n\nوأضافت أن المتوفى كان قد أصيب بشظايا.\n\n"
            "وكان مطار أربيل، القريب من قاعدة حرير التي تستخدمها القوات الأمريكية، قد استهدف في "
            "الـ15 من الشهر الجاري برشقة صواريخ.",
            datetime(2021, 2, 22, 14, 0, tzinfo=IRAQ),
            date(2021, 2, 15),
        ),
    ],
)
def test_a_follow_up_dates_its_attack_by_the_day_it_gives_not_the_statements(
    title: str, text: str, published: datetime, day: date
) -> None:
    d = _match(title, text, published)
    assert d.attack
    assert d.attack_date == day


def test_last_night_after_a_dateline_is_the_night_before_the_datelines_day() -> None:
    # a wire copy the site republished the next morning: its dateline says when it was told
    d = _match(
        "Rockets strike US base at Conoco field",
        "(Regional Wire Service) DAMASCUS, Aug 14 (STATE AGENCY) - Rocket fire hit the US "
        "military base at the Conoco gas field in Deir ez-Zor last night, state television "
        "reported.\n\nSirens sounded across the base as it was struck, a monitor said.",
        datetime(2024, 8, 15, 7, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["conoco-gas-field"]
    assert d.attack_date == date(2024, 8, 13)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # another base's attack, some days before, is not this one's day
        (
            "Three Katyusha rockets came down on the southern side of Baghdad airport, "
            "security sources told the channel.\n\n"
            "One of them landed close to Victory Base, the US military compound, they said.\n\n"
            "No one was reported hurt; the rockets were fired from a nearby district.\n\n"
            "On Sunday, five rockets had struck Balad air base north of the capital, where US "
            "contractors work, wounding five people.",
            datetime(2021, 4, 22, 12, 0, tzinfo=IRAQ),
            date(2021, 4, 22),
        ),
        # regions of another country: Iraq's attack of the day before, in a story of Syria's
        (
            "Three drones flew at the Conoco gas field base and three more at al-Tanf, where two "
            "were shot down and one struck, a US official said.\n\n"
            "No casualties were reported at either base.\n\n"
            "A day earlier, suicide drones hit two air bases in western and northern Iraq where "
            "US troops are stationed.",
            datetime(2023, 10, 19, 21, 0, tzinfo=IRAQ),
            date(2023, 10, 19),
        ),
        # a place in the same city tells the same attack: the consulate beside the air base
        (
            "Missiles fell near the US consulate in Erbil late on Monday, killing four "
            "civilians.\n\n"
            "Coalition troops at Erbil air base were unharmed, and air defences over the "
            "airport intercepted several missiles, a US official said.",
            datetime(2024, 1, 16, 9, 0, tzinfo=IRAQ),
            date(2024, 1, 15),
        ),
    ],
)
def test_a_day_given_for_a_distant_base_is_anothers_attack(
    text: str, published: datetime, day: date
) -> None:
    d = _match("", text, published)
    assert d.attack
    assert d.attack_date == day


def test_the_day_of_the_us_strike_an_attack_answers_is_not_the_attacks() -> None:
    # a report out the evening of the attack, its only weekday the US raid's
    d = _match(
        "صواريخ إيرانية على قاعدة العديد في قطر",
        "أطلقت إيران صواريخ قصيرة ومتوسطة المدى على قاعدة العديد الجوية في قطر، وفق مسؤول "
        "في وزارة الدفاع الأمريكية.\n\n"
        "وقالت الدوحة إن دفاعاتها الجوية اعترضت الصواريخ ولم تقع إصابات.\n\n"
        "وقدمت طهران الهجوم ردا على الغارات الجوية التي نفذتها الولايات المتحدة فجر الأحد "
        "واستهدفت منشآت نووية إيرانية.",
        datetime(2025, 6, 23, 22, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2025, 6, 23)


def test_an_opening_after_clause_tells_the_attack_whose_toll_the_sentence_gives() -> None:
    d = _match(
        "Drone attack on Syrian base leaves eight US troops hurt",
        "Navigation\n"
        "Get the key news first on our newly launched Telegram channel!\n"
        "US troops in Syria, Oct. 27, 2020.\n"
        "(US Army photo by Spc. Dana Reyes)\n"
        "August 14, 2024\n"
        "After a drone attack in northeastern Syria on Friday, Aug. 9, eight American troops "
        "are being treated for brain injuries and smoke inhalation.\n"
        "The attackers aimed at the Rumalyn landing zone, which hosts US and coalition forces.\n"
        '"After the attack, eight service members were moved to another site to be evaluated," '
        "a Pentagon spokesman said Tuesday.",
        datetime(2024, 8, 14, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["rmelan-landing-zone"]
    assert d.attack_date == date(2024, 8, 9)


def test_a_statement_of_friday_on_a_strike_earlier_this_week_leaves_the_day_to_the_quote() -> None:
    d = _match(
        "Iraqi group says it fired rockets at Victoria base",
        "An armed faction in Iraq said it fired rockets at the US-run Victoria base beside "
        "Baghdad International Airport.\n"
        "The group said in a statement issued Friday that its fighters had struck the Victoria "
        "base earlier this week.\n"
        '"On March 3, our fighters launched rockets at the American Victoria base at the '
        'Baghdad airport," the statement said.',
        datetime(2026, 3, 7, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["victory-base"]
    assert d.attack_date == date(2026, 3, 3)


def test_a_korean_punishment_for_the_us_bombing_on_the_21st_does_not_date_the_missiles() -> None:
    d = _match(
        "이란, 카타르 미군기지에 미사일",
        "이란이 카타르 알우데이드 공군기지를 향해 미사일을 발사했다.\n"
        "카타르 정부는 이번 일로 다친 사람이 한 명도 없다고 밝혔다.\n"
        "도하 시내에서는 밤하늘에 큰 소리가 울렸다고 현지 주민들이 전했다.\n"
        "카타르 당국은 안전을 위해 자국 영공을 몇 시간 동안 닫았다.\n"
        "도하로 향하던 항공편 일부는 인근 다른 나라 공항으로 방향을 돌렸다.\n"
        "미국이 21일(현지시간) 저녁 이란 핵시설 3곳을 폭격한 데 대한 "
        "응징이라고 이란은 밝혔다.",
        datetime(2025, 6, 23, 22, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-udeid-air-base"]
    assert d.attack_date == date(2025, 6, 23)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the Department of Defense released the names of three Army reservists "
        "killed on Sunday when a drone struck Tower 22, a US outpost in Jordan.",
        "Early on Monday, Iraqi officials said they were searching for the men who fired "
        "five rockets at Tower 22, the US outpost in Jordan, late on Sunday.",
        "Lundi, le Pentagone a annoncé les noms des trois réservistes tués dimanche par un "
        "drone sur l'avant-poste américain Tower 22, en Jordanie.",
        "Am Montag teilte das Pentagon die Namen der drei Reservisten mit, die am Sonntag bei "
        "einem Drohnenangriff auf den US-Stützpunkt Tower 22 in Jordanien getötet wurden.",
    ],
)
def test_a_weekday_opening_a_statement_leaves_the_attack_its_own_day(text: str) -> None:
    # the opening weekday dates what was said or released; the attack's comes after it
    d = _match("", text, datetime(2024, 1, 29, 18, 0, tzinfo=IRAQ))
    assert d.attack
    assert _bases(d) == ["tower-22"]
    assert d.attack_date == date(2024, 1, 28)


def test_a_weekday_opening_the_attack_itself_stays_its_day() -> None:
    # the attack opens the sentence; the statement of the next day comes after it
    d = _match(
        "",
        "On Sunday rockets hit Ain al-Asad air base, and on Monday the Pentagon said the US "
        "had struck back.",
        datetime(2024, 1, 29, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2024, 1, 28)


FRIDAY_JULY = datetime(2025, 7, 11, 20, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    "text",
    [
        "Satellite images published on Friday suggest that an Iranian missile strike on Al "
        "Udeid air base in Qatar destroyed a dome holding US military communications gear.\n\n"
        "Iran's June 23 attack answered the American bombing of three nuclear sites.",
        "On Friday, the Associated Press analysed satellite images and confirmed that an "
        "Iranian missile hit a dome at Al Udeid air base, which hosts US forces.\n\n"
        "Iran fired the missiles on 23 June, a day after the US bombed its nuclear sites.",
    ],
)
def test_a_study_of_an_old_strike_told_on_a_weekday_is_no_new_attack(text: str) -> None:
    # the weekday is the day the images were published or studied; the strike's own day,
    # given in full a line below, is weeks back
    d = _match("Images show Iranian missile hit dome at Al Udeid", text, FRIDAY_JULY)
    assert not d.attack


def test_a_statement_of_a_weekday_on_a_fresh_strike_stays_its_day() -> None:
    # the old date is another base's attack: the statement's day stands
    d = _match(
        "Rockets hit Ain al-Asad",
        "The Pentagon said on Friday that two rockets hit Ain al-Asad air base, which hosts US "
        "troops.\n\nOn June 23, Iranian missiles had struck Al Udeid air base in Qatar.",
        FRIDAY_JULY,
    )
    assert d.attack
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2025, 7, 11)


@pytest.mark.parametrize(
    "text",
    [
        "米国防総省が23日、今月20日にバグダッドの米大使館近くで起きたロケット弾攻撃について、"
        "親イラン民兵の仕業だとの見方を示した。",
        "미 국방부가 23일, 20일 바그다드 주재 미국 대사관을 겨냥한 로켓 공격에 대해 친이란 "
        "민병대의 소행이라는 판단을 내놓았다.",
    ],
)
def test_who_spoke_on_the_23rd_of_an_attack_on_the_20th_dates_it_the_20th(text: str) -> None:
    # the subject, its day and a pause: the day it spoke; the attack has a day of its own
    d = _match("", text, datetime(2020, 12, 24, 9, 0, tzinfo=IRAQ))
    assert d.attack, d.reasons
    assert _bases(d) == ["baghdad-embassy"]
    assert d.attack_date == date(2020, 12, 20)
