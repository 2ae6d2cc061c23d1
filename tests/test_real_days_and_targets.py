"""More failure classes seen on real reports, in our own words: the day a statement was
given as the attack's day, a weekday closing an attribution, a strike cue aimed at US forces,
and the one US base of a Gulf state named without its name."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match


def test_the_day_officials_spoke_beats_an_older_attack_further_down() -> None:
    d = _match(
        "Drones target Ain al-Asad, no damage reported",
        "Menu\n\nShare this story on social media please.\n\nRead more of our coverage here.\n\n"
        "Two explosive drones targeted Ain al-Asad air base in Anbar, which hosts US "
        "troops, two security officials told a news agency on Tuesday.\n\n"
        "Neither caused casualties, they said.\n\n"
        "On Monday, three rockets were launched at Ain al-Asad air base from the desert to the "
        "south, in an attack another group took responsibility for.",
        datetime(2023, 11, 1, 8, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2023, 10, 31)  # the Tuesday, not the Monday's rockets


def test_a_weekday_closing_an_attribution_is_not_the_attack_day() -> None:
    d = _match(
        "Rockets fall near US embassy in Baghdad",
        "According to a statement from the security media cell on Sunday, two rockets fired "
        "late Saturday landed near the US embassy in Baghdad, one shot down by its defences.",
        datetime(2021, 12, 20, 10, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["baghdad-embassy"]
    assert d.attack_date == date(2021, 12, 18)


@pytest.mark.parametrize(
    ("title", "base"),
    [
        ("Iran launched strikes on a US naval base in Bahrain at dawn", "nsa-bahrain"),
        (
            "Tehran carried out strikes against the US air base in Qatar overnight",
            "al-udeid-air-base",
        ),
    ],
)
def test_a_strike_cue_aimed_at_a_us_base_makes_the_us_the_target(title: str, base: str) -> None:
    d = _match(
        title,
        "Ballistic missiles were fired from several provinces, state television said. Air "
        "defences engaged most of them over the sea.",
        datetime(2026, 3, 1, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == [base]


def test_us_strikes_on_militia_sites_stay_the_us_as_attacker() -> None:
    d = _match(
        "US forces launched strikes on militia depots near al-Qaim",
        "American aircraft carried out strikes on weapons stores of an armed group in western "
        "Iraq, the Pentagon said, days after a drone attack on its troops.",
        datetime(2024, 2, 3, 9, 0, tzinfo=IRAQ),
    )
    assert not d.attack


def test_the_earlier_attack_on_the_same_base_is_a_recall() -> None:
    d = _match(
        "Second barrage in a week strikes Camp Taji",
        "More than twenty rockets struck Camp Taji north of the capital on Saturday morning, "
        "Iraqi officials said, wounding several coalition soldiers.\n\n"
        "The earlier rocket attack against Camp Taji on Wednesday killed two of them.",
        datetime(2020, 3, 14, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["camp-taji"]
    assert d.attack_date == date(2020, 3, 14)


def test_a_night_written_as_two_weekdays_with_a_dash_is_the_later_day() -> None:
    d = _match(
        "هجوم صاروخي على قاعدة حقل العمر",
        "قالت مصادر محلية إن عشرة صواريخ سقطت على قاعدة حقل العمر التي تضم قوات أمريكية "
        "بعد منتصف ليل “الجمعة – السبت” دون أن تسفر عن إصابات.",
        datetime(2024, 7, 27, 15, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["al-omar-oil-field"]
    assert d.attack_date == date(2024, 7, 27)


@pytest.mark.parametrize(
    ("published", "day"),
    [
        # a story of the Sunday: the night it tells began that day, not a week before
        (datetime(2026, 3, 1, 23, 30, tzinfo=IRAQ), date(2026, 3, 1)),
        # a story of the Monday: the night ended that day
        (datetime(2026, 3, 2, 9, 0, tzinfo=IRAQ), date(2026, 3, 2)),
    ],
)
def test_a_night_that_began_on_the_storys_day_is_that_day(published: datetime, day: date) -> None:
    d = _match(
        "مسيرتان تستهدفان بغداد",
        "أفاد مصدر أمني، ليل الأحد- الاثنين، بأن طائرتين مسيرتين استهدفتا قاعدة فكتوريا قرب "
        "مطار بغداد الدولي، حيث تتمركز قوات أمريكية.",
        published,
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["victory-base"]
    assert d.attack_date == day


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Iran attacks American bases in Iraq and the Gulf",
            "Tehran hit back on Monday night: sirens sounded over several bases hosting US "
            "troops in the region, and state television said the operation had succeeded.",
        ),
        (
            "Militar americano morre após ataque do Irã a uma base dos EUA no Kuwait",
            "O Pentágono informou que outros cinco militares ficaram feridos no ataque.",
        ),
    ],
)
def test_iran_attacking_us_bases_is_an_attack_without_a_weapon_word(title: str, text: str) -> None:
    assert _match(title, text, datetime(2026, 3, 2, 9, 0, tzinfo=IRAQ)).attack


@pytest.mark.parametrize(
    "title",
    [
        "Gulf states urge Iran not to attack US bases on their soil",
        "US pulls staff from Baghdad embassy as Iran warns it could hit American bases",
    ],
)
def test_iran_named_in_a_warning_or_an_appeal_is_not_an_attack(title: str) -> None:
    d = _match(
        title,
        "Diplomats from four countries held calls with both capitals to lower the tension.",
        datetime(2025, 6, 12, 9, 0, tzinfo=IRAQ),
    )
    assert not d.attack


def test_a_latin_base_name_glued_to_chinese_is_read() -> None:
    d = _match(
        "叙利亚美军基地遭无人机袭击",
        "美国官员周四表示,两架无人机周三袭击了驻扎在Al-Tanf基地的美军,造成轻伤。",
        datetime(2023, 10, 19, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["al-tanf"]


@pytest.mark.parametrize(
    "title",
    [
        "Iran greift US-Stützpunkte an",
        "Iran valt Amerikaanse bases aan in Irak en Qatar",
        "Rockets hammer Camp Taji again, more US troops wounded",
    ],
)
def test_verbs_split_around_their_object_and_hammered_are_attacks(title: str) -> None:
    d = _match(title, "", datetime(2020, 3, 14, 22, 0, tzinfo=IRAQ))
    assert d.attack


def test_korean_days_are_read() -> None:
    d = _match(
        "이란, 카타르 미군 기지에 미사일 공격",
        "이란이 현지시간 23일 오후 카타르의 알우데이드 공군기지를 향해 미사일 14발을 발사했다고 "
        "카타르 국방부가 밝혔다.",
        date(2025, 6, 24),
    )
    assert d.attack
    assert _bases(d) == ["al-udeid-air-base"]
    assert d.attack_date == date(2025, 6, 23)


@pytest.mark.parametrize(
    "text",
    [
        "A drone loaded with explosives came down and blew up at Harir air base in Erbil.",
        "Беспилотник со взрывчаткой упал и взорвался на базе Харир в Эрбиле.",
    ],
)
def test_a_city_saying_where_a_named_base_is_is_not_a_second_base(text: str) -> None:
    d = _match("", text, date(2023, 11, 9))
    assert d.attack
    assert _bases(d) == ["harir-air-base"]


def test_attacks_several_times_before_are_a_recall() -> None:
    d = _match(
        "Blast heard at Harir base",
        "An explosion was heard tonight at the Harir base near Erbil, home to US troops.\n\n"
        "Bases of the coalition in the region have been attacked by rockets and drones "
        "several times before, notably Erbil airport.",
        date(2024, 2, 3),
    )
    assert d.attack
    assert _bases(d) == ["harir-air-base"]


def test_us_strikes_that_followed_an_attack_are_not_that_attack() -> None:
    d = _match(
        "US forces strike nine targets in Syria",
        "American aircraft hit weapons depots of Iran-aligned groups in eastern Syria, the "
        "command said.\n\n"
        "The strikes followed an attack on a US outpost in the al-Omar oil field in which no "
        "one was hurt.",
        date(2024, 11, 11),
    )
    assert not d.attack


@pytest.mark.parametrize(
    ("title", "base"),
    [
        ("Iran iskee ohjuksilla USA:n tukikohtiin Persianlahdella", None),
        ("طائرات مسيرة تقصف قاعدة أميركية في شرق سوريا", None),
        ("アルアサード空軍基地がロケット弾に襲われた、連合軍が発表", "ain-al-asad"),
    ],
)
def test_verb_forms_and_spellings_seen_in_finnish_arabic_and_japanese(
    title: str, base: str | None
) -> None:
    d = _match(title, "", date(2026, 3, 1) if base is None else date(2021, 3, 3))
    assert d.attack
    if base:
        assert _bases(d) == [base]


def test_a_lead_region_drawn_loosely_takes_the_base_named_further_down() -> None:
    d = _match(
        "US base in northeast Syria targeted by rockets",
        "One of the coalition's bases in northeast Syria was targeted by three rockets on "
        "Sunday evening, the command said; none struck.\n\n"
        "Nobody was hurt.\n\n"
        "The rockets were aimed at the Green Village base, one of the military said.",
        date(2022, 9, 19),
    )
    assert d.attack
    assert _bases(d) == ["green-village"]


def test_an_older_attacks_base_is_not_the_unnamed_leads() -> None:
    """A follow-up sentence names the base of its own older attack ("on March 3, a contractor
    was killed in an attack on another air base, Ain al-Asad"): when the lead gives its own
    day, the base named further down for that day is the lead's."""
    d = _match(
        "Rocket attack on a US base in Iraq",
        "Seven rockets targeted an air base north of Baghdad where US soldiers are stationed "
        "on Monday evening, a security source said.\n\nNo one was hurt.\n\nThe launchers "
        "were found in a nearby village, the police said.\n\nThe base lies some 80 "
        "kilometres north of the capital.\n\nOn March 3, a US contractor was killed in an "
        "attack on another air base, Ain al-Asad, in the western desert.\n\nMonday evening's "
        "attack caused no damage inside the base at Balad, a security official said.",
        datetime(2021, 3, 15, 23, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["balad-air-base"]
    assert d.attack_date == date(2021, 3, 15)


@pytest.mark.parametrize(
    ("title", "base"),
    [
        ("US forces shoot down a drone approaching Tel Baydar base", "tal-baydar"),
        ("イラン、アサド米空軍基地に数十発のミサイルが着弾", "ain-al-asad"),
    ],
)
def test_more_spellings_of_bases(title: str, base: str) -> None:
    d = _match(title, "", date(2023, 11, 6) if base == "tal-baydar" else date(2020, 1, 8))
    assert _bases(d) == [base]


def test_many_in_arabic_is_not_al_udeid() -> None:
    d = _match(
        "هجوم مزدوج على قاعدة حقل كونيكو",
        "تعرضت القاعدة الأميركية في حقل غاز كونيكو لهجوم بطائرة مسيرة مساء الجمعة، واستهدفت "
        "العديد من الصواريخ القاعدة وسقط بعضها في محيطها.",
        date(2024, 10, 5),
    )
    assert d.attack
    assert _bases(d) == ["conoco-gas-field"]


def test_a_dateline_with_an_agency_in_brackets_is_not_the_target() -> None:
    d = _match(
        "",
        "أربيل (كوردستان 24)- أسقطت الدفاعات الجوية للقوات الأميركية في قاعدة الشدادي بريف "
        "الحسكة، الجمعة، طائرة مسيرة قبل أن تصل إلى القاعدة.",
        date(2024, 1, 6),
    )
    assert d.attack
    assert _bases(d) == ["al-shaddadi"]


def test_a_wire_dateline_with_its_day_does_not_date_the_attack() -> None:
    d = _match(
        "Catar informa de un ataque contra la base de Al Udeid",
        "Redacción Internacional, 4 mar (EFE).- El Gobierno de Catar informó de un ataque con "
        "misiles en la madrugada de este martes contra la base aérea de Al Udeid, sin víctimas.",
        date(2026, 3, 4),
    )
    assert d.attack
    assert d.attack_date == date(2026, 3, 3)


@pytest.mark.parametrize(
    "title",
    [
        "Atentados suicidas en el aeropuerto de Kabul dejan decenas de muertos",
        "Attentat suicide à l'aéroport de Kaboul: des dizaines de morts",
        "هجوم انتحاري قرب مطار كابل يوقع عشرات القتلى",
    ],
)
def test_suicide_bombings_are_not_the_attacks_watched_for(title: str) -> None:
    assert not _match(title, "", date(2021, 8, 27)).attack


def test_a_russian_it_was_reported_earlier_is_a_recall() -> None:
    d = _match(
        "Пентагон: США нанесли удары по объектам группировки в Ираке",
        "Ранее сообщалось, что несколько человек пострадали в результате атаки дрона на "
        "американскую военную базу на территории аэропорта Эрбиля.",
        date(2023, 12, 26),
    )
    assert not d.attack


@pytest.mark.parametrize("filler", [1990, 2600])
def test_an_article_that_names_its_weapon_and_base_late_is_still_read(filler: int) -> None:
    # past the head the quick test reads on, the name cut by the head's end (1990) or not
    words = "The minister spoke about the budget and the harvest at length. "
    pad = (words * (filler // len(words) + 1))[:filler]
    d = _match(
        "Minister speaks",
        pad + " Rockets hit Ain al-Asad air base, which hosts US troops, on Monday night.",
        date(2021, 7, 6),
    )
    assert d.reasons[0].startswith("lead evidence")  # read, not turned away unread
    assert "body evidence 0.0" not in d.reasons[0]


@pytest.mark.parametrize(
    ("text", "published", "killed", "injured"),
    [
        (
            "About eighteen rockets slammed into Camp Taji, killing three coalition personnel "
            "and wounding 12 others, the coalition said.",
            date(2020, 3, 12),
            3,
            12,
        ),
        (
            "At least three American soldiers were killed and several injured when a drone hit "
            "the Tower 22 outpost.",
            date(2024, 1, 29),
            3,
            3,  # "several" is read as three
        ),
        (
            "Three rockets landed on Ain al-Asad air base on Monday, a coalition spokesman said."
            "\n\nThe attack caused no casualties, a spokesman added.",
            date(2021, 7, 6),
            0,
            0,
        ),
    ],
)
def test_the_toll_is_read_near_the_word_and_further_down(
    text: str, published: date, killed: int | None, injured: int | None
) -> None:
    d = _match("Base attacked", text, published)
    assert d.attack
    assert (d.killed, d.injured) == (killed, injured)


def test_the_iraqi_islamic_resistance_in_its_adjective_form_is_the_claimant() -> None:
    d = _match(
        "",
        "أعلنت المقاومة الإسلامية العراقية أن مجاهديها استهدفوا بطائرة مسيرة قاعدة حرير "
        "التي تضم قوات أميركية شمال العراق.",
        date(2023, 12, 26),
    )
    assert d.attack
    assert d.claimed_by == "Islamic Resistance in Iraq"


def test_an_older_attack_told_for_its_toll_is_not_the_unnamed_base() -> None:
    d = _match(
        "Three US soldiers killed in drone attack on base in Jordan",
        "A one-way attack drone struck a base in the Middle East near the Syrian border on "
        "Sunday, killing three US soldiers and injuring 34, officials said.\n\n"
        "Eight of the wounded were flown out for further care, the command said.\n\n"
        "The president promised a response at a time and place of his choosing.\n\n"
        "It was the first time American troops had been killed in the region in years.\n\n"
        "On January 20, militants attacked the al-Asad air base in western Iraq, causing "
        "brain injuries to several US troops.",
        date(2024, 1, 29),
    )
    assert d.attack
    assert "ain-al-asad" not in _bases(d)


def test_literal_terms_close_a_word_and_stems_take_endings() -> None:
    from monitor.detect.lexicon import Lexicon

    lex = Lexicon()
    for label, term in (("a", "hit"), ("b", "attack*"), ("c", "base"), ("d", "基地")):
        lex.add(label, term)
    lex.build()
    found = [(h.label, h.text) for h in lex.scan("white hits hit attacked bases 美军基地 base")]
    assert found == [("a", "hit"), ("b", "attacked"), ("d", "基地"), ("c", "base")]


@pytest.mark.parametrize(
    ("title", "base"),
    [
        ("Irã lança mísseis contra base aérea americana no Catar", "al-udeid-air-base"),
        ("Irańskie drony zaatakowały amerykańską bazę w Katarze", "al-udeid-air-base"),
        ("Mísseis atingem base naval americana no Bahrein", "nsa-bahrain"),
    ],
)
def test_the_us_base_of_a_gulf_state_in_more_languages(title: str, base: str) -> None:
    d = _match(title, "", date(2026, 3, 1))
    assert d.attack
    assert _bases(d) == [base]


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("A rocket attack on Balad air base", "Three rockets hit Balad air base on Saturday.", 3),
        ("A rocket attack on Balad air base", "Rockets hit Balad air base on Saturday.", 1),
    ],
)
def test_a_rocket_attack_is_one_rocket_only_when_no_count_is_given(
    title: str, text: str, count: int
) -> None:
    d = _match(title, text, date(2021, 2, 21))
    assert d.attack
    assert d.projectiles == count


def test_a_statement_day_gives_way_to_the_earlier_day_another_sentence_gives() -> None:
    d = _match(
        "Two rockets land near the US embassy in Baghdad",
        "Two rockets were fired near the US embassy in Baghdad, the security media cell said on "
        "Monday.\n\nThe embassy's air defences brought one of the rockets down on Sunday "
        "night, and the other fell in an empty lot.",
        datetime(2022, 3, 15, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["baghdad-embassy"]
    assert d.attack_date == date(2022, 3, 13)  # the Sunday, not the Monday of the statement


def test_a_day_another_attack_gives_does_not_replace_the_statement_day() -> None:
    d = _match(
        "Drones target Harir air base",
        "Two drones targeted Harir air base north of Erbil, a security official said on "
        "Wednesday.\n\nBoth were shot down before they reached the base.\n\n"
        "On Tuesday, three rockets were fired at Ain al-Asad air base in Anbar.",
        datetime(2023, 11, 9, 10, 0, tzinfo=IRAQ),
    )
    assert _bases(d) == ["harir-air-base"]
    assert d.attack_date == date(2023, 11, 8)  # the Wednesday: Tuesday is Ain al-Asad's


def test_the_weekday_of_today_yields_to_the_day_the_sentence_tells_of() -> None:
    d = _match(
        "البنتاغون يكشف تفاصيل الهجوم على قاعدة الشعيبة",
        "كشف البنتاغون اليوم (الثلاثاء) أن طائرة مسيرة إيرانية ضربت مقرا للقوات الأمريكية في "
        "ميناء الشعيبة في الكويت صباح يوم الأحد، ما أدى إلى مقتل جنود.",
        datetime(2026, 3, 3, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["shuaiba-port"]
    assert d.attack_date == date(2026, 3, 1)


def test_a_full_date_opening_a_sentence_is_its_dateline() -> None:
    d = _match(
        "Missiles hit Al-Asad air base",
        "Tampa, March 4, 2024, Gulf Wire Daily: the command said ballistic missiles struck "
        "Al-Asad air base in Iraq on Saturday, with most brought down by its defences.",
        datetime(2024, 3, 4, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2024, 3, 2)


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it() -> None:
    from monitor.detect.text import sentences

    assert sentences("Dois foguetes caíram.No Iraque, a base foi atingida. U.S. forces said.") == [
        "Dois foguetes caíram.",
        "No Iraque, a base foi atingida.",
        "U.S. forces said.",
    ]
    # Korean: a full stop glued to the next sentence, in Hangul or Latin
    glued = "이란은 기지를 공격했다.AP 통신에 따르면 피해는 없었다.바레인도 확인했다."
    assert sentences(glued) == [
        "이란은 기지를 공격했다.",
        "AP 통신에 따르면 피해는 없었다.",
        "바레인도 확인했다.",
    ]


def test_a_french_confirmation_day_is_the_statement_not_the_attack() -> None:
    d = _match(
        "Des missiles tirés sur la base d'Aïn al-Assad",
        "Le commandement américain a confirmé dimanche que des missiles balistiques et des "
        "roquettes ont été tirés samedi soir sur la base d'Aïn al-Assad, dans l'ouest de l'Irak.",
        datetime(2024, 1, 21, 10, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2024, 1, 20)


def test_a_salvo_on_four_bases_names_all_four() -> None:
    d = _match(
        "Iranian missiles target four US bases in the Gulf",
        "Iranian missiles were fired at Al Udeid air base, Ali Al Salem air base, Al Dhafra air "
        "base and the US Navy base in Bahrain on Saturday, state television said.",
        datetime(2026, 3, 1, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert sorted(_bases(d)) == [
        "al-dhafra-air-base",
        "al-udeid-air-base",
        "ali-al-salem-air-base",
        "nsa-bahrain",
    ]


def test_a_us_consulate_named_apart_from_its_city_is_the_consulate() -> None:
    d = _match(
        "Missiles fired at US consulate in Iraq",
        "Several ballistic missiles were fired before dawn on Sunday towards the US consulate "
        "in the capital of Iraq's Kurdistan region, Erbil, officials said.",
        datetime(2022, 3, 13, 10, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["erbil-consulate"]


def test_another_country_consulate_in_erbil_is_not_the_us_one() -> None:
    d = _match(
        "Drones target Erbil airport",
        "Two drones flew at the Emirati consulate in Erbil on Tuesday while a third was aimed "
        "at Erbil airport, where US forces have a base, the counter-terrorism service said.",
        datetime(2022, 3, 15, 10, 0, tzinfo=IRAQ),
    )
    assert "erbil-consulate" not in _bases(d)


def test_a_locative_word_earlier_in_the_sentence_does_not_hide_a_base() -> None:
    d = _match(
        "Rockets hit two bases",
        "Rockets hit Ain al-Asad air base, some 160 km west of the capital, and Erbil air "
        "base on Wednesday, officials said, and US forces were on alert.",
        datetime(2020, 1, 8, 10, 0, tzinfo=IRAQ),
    )
    assert sorted(_bases(d)) == ["ain-al-asad", "erbil-air-base"]


def test_a_lead_of_new_casualties_makes_the_dated_attack_below_a_follow_up() -> None:
    d = _match(
        "More troops treated for brain injuries",
        "Eleven more service members have been treated for concussion symptoms, the command "
        "said on Thursday.\n\nSome were flown to a hospital in Germany for further checks.\n\n"
        "On January 8, Iranian ballistic missiles struck Ain al-Asad air base in western Iraq.",
        datetime(2020, 1, 17, 10, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2020, 1, 8)


def test_a_term_file_may_name_the_area_a_base_lies_in() -> None:
    d = _match(
        "Raketten op Groene Zone in Bagdad",
        "Twee raketten zijn zondagavond ingeslagen in de Groene Zone van Bagdad, waar ook "
        "Amerikaanse militairen en diplomaten verblijven, meldt het Iraakse leger.",
        datetime(2020, 1, 27, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["baghdad-embassy"]
    assert d.attack_date == date(2020, 1, 26)


def test_a_warning_at_the_end_of_a_verb_final_sentence_is_still_a_warning() -> None:
    d = _match(
        "هشدار کنسولگری آمریکا در اربیل",
        "کنسولگری آمریکا در اربیل درباره احتمال حمله موشکی به کنسولگری خود در اربیل هشدار داد.",
        datetime(2021, 7, 6, 10, 0, tzinfo=IRAQ),
    )
    assert not d.attack


def test_only_verb_final_languages_give_cues_that_count_anywhere() -> None:
    from monitor.detect.terms import load_terms

    late = {term for label, term, _ in load_terms().entries if label == "cat:threat@anywhere"}
    assert "هشدار داد*" in late  # Persian: "... warned"
    assert "warned" not in late  # English says who warned first


def test_a_chinese_month_and_day_with_a_slash_dates_an_older_attack() -> None:
    from monitor.detect.dates import said_date
    from monitor.detect.text import normalise

    pub = date(2024, 2, 3)
    assert said_date(
        normalise("约旦东北部的美军基地，1/28遭无人机袭击，三名美军死亡。"), [], pub
    ) == date(2024, 1, 28)
    assert (
        said_date(normalise("美军基地遭袭，共有1/28名士兵受伤，当局称情况稳定。"), [], pub) is None
    )


def test_a_us_civilian_contractor_is_on_the_coalition_side() -> None:
    d = _match(
        "American contractor dies in Iraq",
        "A US civilian contractor died when rockets hit an Iraqi military base in the north "
        "of the country on Friday evening, officials said.",
        datetime(2019, 12, 28, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.weapons == ("rocket",)
    assert d.killed == 1


def test_a_drone_that_crashed_near_a_base_is_an_attack_and_the_fifth_fleet_hq_is_nsa_bahrain() -> (
    None
):
    d = _match(
        "Armed drone crashes near Harir air base",
        "A drone packed with explosives crashed near Harir air base north of Erbil on "
        "Wednesday, the counter-terrorism service said.",
        datetime(2023, 10, 18, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["harir-air-base"]
    d = _match(
        "Bahrain says missile aimed at US Navy headquarters",
        "Bahrain's government said on Saturday that a missile attack was aimed at the "
        "headquarters of the US Navy's 5th Fleet on the island.",
        datetime(2026, 2, 28, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["nsa-bahrain"]


def test_us_forces_as_the_subject_of_a_strike_are_the_attacker() -> None:
    d = _match(
        "Retaliation in eastern Syria",
        "US forces have carried out airstrikes on militia sites in eastern Syria after a drone "
        "attack on a base hosting American troops, the command said on Friday.\n\n"
        "The strikes hit two weapons depots used by the group, it said.",
        datetime(2023, 10, 27, 9, 0, tzinfo=IRAQ),
    )
    assert not d.attack


def test_a_day_and_month_with_a_slash_in_indonesian_and_vietnamese() -> None:
    from monitor.detect.dates import said_date
    from monitor.detect.text import normalise

    pub = date(2024, 4, 22)
    said = said_date(
        normalise("Roket ditembakkan ke pangkalan AS pada Minggu (21/4) malam."), [], pub
    )
    assert said == date(2024, 4, 21)
    said = said_date(normalise("Căn cứ Mỹ bị tấn công bằng rocket vào ngày 20/4 vừa qua."), [], pub)
    assert said == date(2024, 4, 20)
    assert said_date(normalise("The channel gives 24/7 coverage of the war."), [], pub) is None


def test_agencies_in_a_dateline_are_no_photo_credit() -> None:
    d = _match(
        "",
        "MANAMA (AFP/Reuters) - Missiles struck the US naval base in Bahrain on Saturday "
        "morning, the interior ministry said.",
        datetime(2026, 2, 28, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["nsa-bahrain"]


def test_incoming_missiles_intercepted_over_a_base_are_an_attack() -> None:
    d = _match(
        "US and UAE intercept missiles over Abu Dhabi",
        "US Patriot batteries met two incoming ballistic missiles at Al Dhafra "
        "air base on Monday, the command said.",
        datetime(2022, 1, 24, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["al-dhafra-air-base"]
    assert d.weapons == ("missile",)


def test_shrapnel_falling_on_a_base_and_a_base_in_jordan_near_the_syrian_border() -> None:
    d = _match(
        "Three soldiers hurt at Kuwaiti air base",
        "Kuwait's defence ministry said on Saturday that three soldiers were hurt by shrapnel "
        "at Ali Al Salem air base as air defences met missiles and drones.",
        datetime(2026, 2, 28, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["ali-al-salem-air-base"]
    d = _match(
        "Families mourn soldiers",
        "Three soldiers died in a weekend drone strike on a US base in Jordan near the Syrian "
        "border, which also wounded dozens of others.",
        datetime(2024, 1, 29, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.region is not None
    assert d.region.id == "north-east-jordan"


def test_readings_and_english_names_in_brackets_inside_chinese_words() -> None:
    from monitor.detect.text import normalise

    assert normalise("沙達(dá)迪基地遭到火箭彈襲擊") == normalise("沙達迪基地遭到火箭彈襲擊")
    assert "(" not in normalise("沙達(dá)迪基地")
    assert normalise("巴格达(Baghdad)国际机场") == "巴格达国际机场 baghdad"
    d = _match(
        "",
        "伊朗革命卫队称,已用无人机袭击巴林希克伊沙（Sheikh Isa）空军基地的美军。",
        datetime(2026, 3, 3, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["isa-air-base"]


def test_the_night_between_two_days_is_the_second() -> None:
    d = _match(
        "Drone colpisce base Usa in Giordania",
        "Nella notte tra sabato e domenica un drone ha colpito la base americana Torre 22 in "
        "Giordania, uccidendo tre soldati.",
        datetime(2024, 1, 29, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2024, 1, 28)


def test_sentence_ends_and_digits_of_more_scripts() -> None:
    from monitor.detect.text import normalise, sentences

    # a day written with a dot before its month is no sentence end; before a capital it is
    assert sentences("Rünnak toimus 23. oktoobril. Keegi ei saanud viga.") == [
        "Rünnak toimus 23. oktoobril.",
        "Keegi ei saanud viga.",
    ]
    assert sentences("Three were killed on the 3. Two more died later.") == [
        "Three were killed on the 3.",
        "Two more died later.",
    ]
    # Arabic full stop glued to the next word, Armenian, Khmer and Burmese full stops
    assert sentences("قصف القاعدة.وقال المتحدث") == ["قصف القاعدة.", "وقال المتحدث"]
    assert sentences("Հարձակում։Երկրորդ։") == ["Հարձակում։", "Երկրորդ։"]
    assert sentences("ក។ខ។ က။ခ။") == ["ក។", "ខ។", "က။", "ခ။"]
    # Devanagari, Thai, Myanmar and Khmer digits read as ASCII ones
    assert normalise("२३ ๒๕ ၂၄ ២៤") == "23 25 24 24"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The international coalition said today that a US base in Iraqi Kurdistan had been "
            'attacked by a drone, without casualties.\n\n"Yesterday morning a drone struck a '
            'coalition base in Kurdistan, with no casualties and no damage," said the '
            "coalition's spokesman.\n\nLocal Kurdish media said the target was the Harir base.",
        ),
        (
            # "the coalition announced today (saopštila je danas) that ..."
            "sr",
            "Međunarodna koalicija saopštila je danas da je u iračkom Kurdistanu američka vojna "
            "baza napadnuta dronom, bez žrtava.\n\n„Juče ujutro dron je udario u koalicionu bazu "
            "u Kurdistanu, bez žrtava i bez štete“, izjavio je portparol koalicije.\n\nKako "
            "navode kurdski mediji, meta napada bila je baza Al-Hariri.",
        ),
    ],
)
def test_today_that_officials_spoke_is_not_the_attacks_day(language: str, text: str) -> None:
    # "said today that a base had been attacked": today is the statement's; the spokesman's
    # "yesterday morning" is the attack's
    d = _match("", text, datetime(2021, 7, 24, 12, 0, tzinfo=IRAQ), language=language)
    assert d.attack, d.reasons
    assert d.attack_date == date(2021, 7, 23)


def test_the_day_a_soldier_died_of_wounds_is_not_the_attacks() -> None:
    """A death told a week on: the weekday the soldier died is not the attack's day; the date
    of the wounding, a line below, is."""
    d = _match(
        "Another US soldier dies of wounds",
        "A US soldier died late on Saturday, a week after he was badly wounded when Iranian "
        "drones slammed into a US compound in Kuwait, Central Command said.\n\n"
        "He was among the American troops wounded when drones hit that Kuwait compound on "
        "March 1, the command added.",
        date(2026, 3, 8),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2026, 3, 1)
    # killed outright that day, with others wounded: the day of the death is the attack's
    d = _match(
        "",
        "Two US soldiers died on Saturday and five were wounded when rockets hit Ain al-Asad "
        "air base.",
        date(2026, 3, 8),
    )
    assert d.attack_date == date(2026, 3, 7)
