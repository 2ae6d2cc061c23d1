"""A story about a drill or a test, told a line or two down (or further down a lead that names
no weapon), and a base described as often attacked ("the embassy has been a frequent target of
rockets"), attacked "lately" or fired at "now and then" (in English and in the other languages
of the press that covers the region): background, not a new attack, as seen on real reports
(in our own words)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import look_alike_cases, term_cases

SATURDAY = datetime(2021, 12, 4, 18, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Sirens wail at the US embassy in Baghdad",
            "Baghdad Today/ Sirens wailed across the Green Zone in central Baghdad.\n\n"
            "A security official said on Saturday that the embassy's guards set off the sirens "
            "in an experimental drill before the coalition ends its combat mission.\n\n"
            "The US embassy in the Green Zone has been a frequent target of rocket attacks.",
        ),
        (
            "Blast heard near Erbil airport",
            "A local channel reported a blast near Erbil airport in northern Iraq. Soon after, "
            "sources said the coalition base at the airport had fired its air defence system "
            "on a test basis on Saturday, which caused the sound.",
        ),
    ],
)
def test_a_drill_told_near_the_top_is_not_an_attack(title: str, text: str) -> None:
    d = _match(title, text, SATURDAY)
    assert not d.attack, d.reasons


test_a_drill_told_further_down_a_lead_that_names_no_weapon_is_not_an_attack = look_alike_cases(
    [
        (
            "en",
            "Why alarms went off at the American embassy in Baghdad",
            "Baghdad\n\n"
            "A security source revealed on Sunday why alarms sounded inside the US embassy in "
            "Baghdad as the air defence system was launched near the Green Zone.\n\n"
            "People in nearby districts heard the noise for about an hour.\n\n"
            "The source said the alarms and the air defence system were switched on as part of "
            "exercises run by the forces that guard the embassy.\n\n"
            "The embassy had told its neighbours that they would hear warning sounds during the "
            "tests.",
        ),
    ],
    "2020-09-27",
)


def test_french_manoeuvres_that_sent_troops_to_shelter_are_a_drill() -> None:
    d = _match(
        "Deux bases américaines du Golfe en alerte pendant les manœuvres militaires iraniennes",
        "Les soldats des bases d'Al Udeid, au Qatar, et d'Al Dhafra, aux Émirats, ont "
        "brièvement gagné les abris mardi lorsque des missiles iraniens sont tombés en mer.\n\n"
        "Ils ont été tirés pendant les manœuvres militaires des Gardiens de la révolution dans "
        "le détroit d'Ormuz.",
        datetime(2020, 7, 28, 20, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Embassy staff in Baghdad told to stay indoors",
            "The US embassy in Baghdad has been a frequent target of rocket attacks, and staff "
            "were told on Saturday to stay in shelters during a holiday weekend.",
        ),
        (
            "L'ambassade américaine à Bagdad renforce sa sécurité",
            "L'ambassade américaine à Bagdad, cible fréquente de tirs de roquettes, a renforcé "
            "samedi ses mesures de sécurité avant la fin de la mission de combat.",
        ),
        (
            "السفارة الأمريكية في بغداد تعزز إجراءاتها",
            "عززت السفارة الأمريكية في بغداد، التي كثيرا ما تتعرض لهجمات صاروخية، إجراءاتها "
            "الأمنية يوم السبت قبل انتهاء المهمة القتالية.",
        ),
        (
            "Iran's Guards claim a deadly strike on what they call an Israeli site in Iraq",
            "Iran's Revolutionary Guards claim a deadly attack on what they call an Israeli site "
            "in Iraq. On Friday night Iran fired missiles at what it called a spy headquarters "
            "near the US consulate in Erbil, the Revolutionary Guards said. Kurdish officials "
            "said the missile strikes near the consulate killed four civilians. The Iraqi "
            "government called the strikes an aggression."
            "\n\nBaghdad recalled its ambassador from Tehran.\n\nIran-backed militias in Iraq "
            "have lately carried out several drone attacks on American military bases in Iraq "
            "and Syria.",
        ),
        (
            "How the US weighs its answer to militia attacks on its troops",
            "WASHINGTON - For years, Iran-backed militants in Iraq and Syria have fought US and "
            "coalition troops, firing now and then at regional bases where those troops are "
            "stationed. Since mid-October they have stepped up their strikes sharply. The "
            "attacks, more than five dozen, have done little damage.",
        ),
    ],
)
def test_a_base_described_as_often_attacked_is_background(title: str, text: str) -> None:
    d = _match(title, text, SATURDAY)
    assert not d.attack, d.reasons


def test_an_old_attack_told_in_two_sentences_is_not_new() -> None:
    # the date is in the sentence just before the one that names the base
    d = _match(
        "New details emerge of Iran's attack on a US base in Iraq",
        "(A Washington paper) On Jan. 8, 2020, Iran fired 16 ballistic missiles at US troops "
        "in Iraq.\n\nEleven struck Ain al-Asad air base, one fell near Erbil and four failed."
        "\n\nMilitias had besieged the US embassy a week before.\n\nThe US answered with a "
        "drone strike in Baghdad that killed an Iranian general, and US troops braced for a "
        "reply.",
        datetime(2021, 1, 14, 12, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


def test_a_new_attack_after_a_recalled_one_keeps_its_own_day() -> None:
    d = _match(
        "Rockets hit Ain al-Asad air base",
        "On Jan. 8, 2020, Iran fired ballistic missiles at US troops in Iraq.\n\nTwo rockets "
        "struck Ain al-Asad air base on Tuesday, officials said, causing no casualties.",
        datetime(2021, 1, 14, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2021, 1, 12)


@pytest.mark.parametrize(
    "text",
    [
        "On the 20th anniversary of the September 11 attacks, drones struck near Erbil "
        "airport, home to US troops, on Saturday night, officials said.",
        "On the second anniversary of Soleimani's killing, the coalition said it shot down "
        "two armed drones approaching Baghdad airport, which hosts US forces, on Saturday.",
        # the French, Spanish and Italian "anniversary of"
        "Un jour après le deuxième anniversaire de l'assassinat de Soleimani, deux roquettes "
        "ont visé samedi le camp des soldats américains près de Deir ez-Zor.",
        "Tras el segundo aniversario del asesinato de Soleimani, dos cohetes cayeron el "
        "sábado sobre una base estadounidense en el este de Siria.",
        "Dopo il secondo anniversario dell'uccisione di Soleimani, sabato due razzi hanno "
        "colpito una base americana nell'est della Siria.",
    ],
)
def test_the_anniversary_of_another_event_is_the_attacks_day(text: str) -> None:
    d = _match("", text, datetime(2021, 9, 12, 9, 0, tzinfo=IRAQ))
    assert d.attack, d.reasons


def test_the_anniversary_of_the_strike_itself_stays_a_recall() -> None:
    for text in (
        "On the fifth anniversary of the Iranian strike, veterans gathered at Ain al-Asad air "
        "base to remember the night.",
        "On the fifth anniversary of the Iranian missile strike on Ain al-Asad, veterans "
        "recalled the night the base was hit.",
    ):
        assert not _match("", text, datetime(2025, 1, 8, 9, 0, tzinfo=IRAQ)).attack, text


def test_the_anniversary_of_an_attack_on_bases_named_only_as_bases_stays_a_recall() -> None:
    # a year-on piece whose anniversary names no base and no weapon, only "two bases": the
    # day it gives is the anniversary's, and the salvo told a line below is history
    d = _match(
        "",
        "January 8 is the anniversary of the night Iran pounded two military bases in Iraq "
        "that housed American soldiers, in revenge for the killing of its top general.\n\n"
        "The Revolutionary Guards fired a barrage of ballistic missiles at Ain al-Asad air "
        "base in Anbar province.",
        datetime(2022, 1, 8, 9, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


def test_a_tally_of_attacks_by_base_does_not_add_the_bases_counted() -> None:
    # a drone at one base, then a monitor's count of all attacks since the war began
    d = _match(
        "Drone downed over US base in Syria",
        "A drone launched from Iraq was shot down on Saturday over the US headquarters at the "
        "Conoco gas field in Deir ez-Zor, a security source said, with no losses.\n\n"
        "The monitor has counted 120 attacks on US positions in Syria since October 2023. "
        "Those include 31 against the Omar oil field base, 14 against the Shaddadi base, "
        "38 against the Conoco base and 15 against the Tanf garrison.",
        datetime(2024, 9, 28, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["conoco-gas-field"]
    assert d.attack_date == date(2024, 9, 28)


def test_rockets_counted_on_two_bases_of_one_attack_stay_its_bases() -> None:
    # a count a base, for two bases: one salvo, not a tally
    d = _match(
        "Rockets hit two bases",
        "Rockets struck two bases hosting US troops in Iraq on Tuesday: 3 at Ain al-Asad and "
        "2 at Balad air base, officials said.",
        datetime(2021, 3, 9, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad", "balad-air-base"]


@pytest.mark.parametrize(
    ("title", "text", "published", "base"),
    [
        # "follows by just days": the barrage near Erbil came days before this one
        (
            "Rockets hit Iraqi air base where US contractors work",
            "At least four rockets struck Balad air base north of Baghdad on Saturday, "
            "wounding a contractor, Iraqi security sources said.\n\n"
            "The base is home to a US firm that services Iraq's F-16 jets.\n\n"
            "The newest strike follows by just days a volley of more than a dozen rockets "
            "fired at coalition troops near Erbil in the Kurdish north.",
            datetime(2021, 2, 20, 22, 0, tzinfo=IRAQ),
            "balad-air-base",
        ),
        # Danish "dengang" (back then): Iran's missiles on Ain al-Asad two years before
        (
            "Droner skudt ned over base med amerikanere",
            "To bevæbnede droner blev mandag skudt ned, da de fløj mod militærbasen ved "
            "Bagdads lufthavn, oplyser koalitionen.\n\n"
            "Ingen kom til skade.\n\n"
            "Dengang gengældte Iran drabet ved at affyre ballistiske missiler mod luftbasen "
            "Ain al-Asad i det vestlige Irak.",
            datetime(2022, 1, 3, 20, 0, tzinfo=IRAQ),
            "victory-base",
        ),
        # Korean "날아들었다" (flew into the base) tells the attack; Erbil is the US answer's
        (
            "이라크 미군 기지에 로켓 10여 발",
            "연합군은 3일 오전 안바르주 아인 알아사드 공군기지로 로켓탄 10여 발이 "
            "날아들었다고 밝혔습니다.\n\n"
            "연합군 대변인은 피해 상황을 확인하고 있다고 말했습니다.\n\n"
            "미국 측은 시리아 내 민병대 시설 공습이 에르빌 미군 기지에 대한 로켓 공격에 "
            "맞선 조치였다고 설명했습니다.",
            datetime(2021, 3, 3, 15, 0, tzinfo=IRAQ),
            "ain-al-asad",
        ),
    ],
)
def test_an_attack_told_beside_an_earlier_one_keeps_its_own_base(
    title: str, text: str, published: datetime, base: str
) -> None:
    d = _match(title, text, published)
    assert d.attack
    assert _bases(d) == [base]


def test_a_past_year_ending_a_sentence_makes_it_history() -> None:
    d = _match(
        "Explosões perto do túmulo de Soleimani matam dezenas no Irã",
        "Duas explosões atingiram nesta quarta-feira uma multidão em Kerman, durante a "
        "cerimônia pelo aniversário da morte do general Qassem Soleimani.\n\n"
        "A morte do general, abatido por drones americanos no aeroporto de Bagdá, e a "
        "retaliação iraniana, que bombardeou duas bases iraquianas com tropas dos EUA, "
        "levaram Washington e Teerã à beira da guerra em 2020.",
        datetime(2024, 1, 3, 18, 0, tzinfo=IRAQ),
    )
    assert not d.attack


def test_a_year_after_since_is_a_span_not_an_old_attack() -> None:
    d = _match(
        "Dron alcanza base de suministro de EE.UU. en Siria",
        "Un dron impactó contra barracones y vehículos en una base de suministro de las "
        "tropas estadounidenses en el noreste de Siria, y las defensas aéreas no lograron "
        "interceptarlo.\n\n"
        "El enclave atacado es uno de los principales puntos de abastecimiento de las tropas "
        "de Estados Unidos que permanecen en el país desde el 2014.",
        datetime(2024, 8, 10, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2024, 8, 10)


def test_what_an_agency_reported_earlier_is_background() -> None:
    """A Russian report of rockets on al-Omar: "Earlier, the agency reported a blast near the
    Harir airfield" is an earlier item, not a second base of this salvo."""
    d = _match(
        "Ракеты выпущены по американской базе в Сирии",
        "Ранним утром 9 ноября по американской военной базе у нефтяного месторождения Эль-Омар "
        "на востоке Сирии было выпущено не менее 15 ракет.\n\n"
        "Ранее ИА Регнум сообщало, что сильный взрыв прогремел у военного аэродрома Аль-Харир "
        "в провинции Эрбиль.",
        date(2023, 11, 9),
        language="ru",
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-omar-oil-field"]


def test_a_story_that_opens_with_an_anniversary_tells_the_attack_as_history() -> None:
    # "today marks a year since the killing of Soleimani" ... "though Iran shelled Ain
    # al-Asad with missiles days later": a year-on story, its attack told as history
    d = _match(
        "",
        "يصادف اليوم مرور عام على اغتيال قاسم سليماني قائد فيلق القدس.\n\n"
        "وأدى اغتياله إلى تصاعد التوتر بين طهران وواشنطن، ورغم أن إيران قصفت بعد أيام "
        "بالصواريخ قاعدة عين الأسد في العراق التي يوجد فيها جنود أمريكيون، يؤكد المسؤولون "
        "الإيرانيون أن الثأر لم يكتمل.",
        datetime(2021, 1, 3, 12, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


# "now and then" in the languages of the press that covers the region: a habit, like "often"
test_now_and_then_is_a_habit = term_cases(
    [
        ("Les milices tirent de temps en temps sur la base.", "de temps en temps", "cat:habitual"),
        (
            "Las milicias disparan de vez en cuando contra la base.",
            "de vez en cuando",
            "cat:habitual",
        ),
        ("Milizen beschießen den Stützpunkt hin und wieder.", "hin und wieder", "cat:habitual"),
        ("Le milizie colpiscono di tanto in tanto la base.", "di tanto in tanto", "cat:habitual"),
        ("As milícias atacam de vez em quando a base.", "de vez em quando", "cat:habitual"),
        ("Боевики время от времени обстреливают базу.", "время от времени", "cat:habitual"),
        ("Milities beschieten de basis af en toe.", "af en toe", "cat:habitual"),
        ("شبه‌نظامیان هر از گاهی پایگاه را هدف قرار می‌دهند.", "هر از گاه", "cat:habitual"),
        ("Milisi sesekali menyerang pangkalan itu.", "sesekali", "cat:habitual"),
        ("该基地不时遭到火箭弹袭击。", "不时遭到", "cat:habitual"),
    ],
    read=True,
)


# "lately" in the languages of the press that covers the region: a run of attacks, not one
test_lately_is_a_run_of_attacks = term_cases(
    [
        (
            "Ces derniers temps, les bases ont été visées par des drones.",
            "ces derniers temps",
            "cat:recall",
        ),
        ("Últimamente las bases han sido blanco de drones.", "ultimamente", "cat:recall"),
        (
            "In letzter Zeit wurden die Stützpunkte von Drohnen angegriffen.",
            "in letzter zeit",
            "cat:recall",
        ),
        ("Ultimamente le basi sono state colpite da droni.", "ultimamente", "cat:recall"),
        ("Ultimamente as bases foram alvo de drones.", "ultimamente", "cat:recall"),
        ("В последнее время базы атакуют беспилотники.", "в последнее время", "cat:recall"),
        (
            "De laatste tijd worden de bases aangevallen met drones.",
            "de laatste tijd",
            "cat:recall",
        ),
        ("Belakangan ini pangkalan-pangkalan itu diserang drone.", "belakangan ini", "cat:recall"),
    ],
    read=True,
)


def test_a_base_that_has_seen_a_surge_of_attacks_is_background() -> None:
    # "has lately seen a surge in attacks" describes the bases' recent weeks, wherever it
    # stands in the sentence, not the salvo the story reports
    d = _match(
        "Iraqi group claims drone strike on US garrison at al-Tanf",
        "An armed group in Iraq said on Friday its drone hit the al-Tanf garrison in "
        "southeastern Syria, the Syrian news agency reported.\n\n"
        "The garrison, like Ain al-Asad air base in Iraq, has seen a surge in attacks by "
        "Iran-backed groups in recent weeks, a Pentagon spokesman said.",
        datetime(2023, 11, 10, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-tanf"]
