"""The failure classes seen on real reports, each in our own words: a base named after an
unnamed lead, a misread day, late follow-ups, armed groups' claims, anniversaries and drills,
the Gulf's ports and host governments, and page furniture."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from monitor.detect.dates import said_date, statement_date
from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import matcher, term_cases

# --- the base is named after an unnamed lead -------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "published", "base", "day"),
    [
        (
            "Rockets strike base hosting coalition troops in northern Iraq",
            "Several rockets slammed into a military base in northern Iraq that hosts troops of "
            "the US-led coalition on Tuesday evening, security officials said.\n\n"
            "There was no word on casualties. Iraqi forces sealed off the roads around the "
            "site.\n\n"
            "Two of the projectiles came down inside Qayyarah West airfield, a coalition "
            "spokesman said later.",
            datetime(2019, 11, 6, 9, 0, tzinfo=IRAQ),
            "qayyarah-airfield",
            date(2019, 11, 5),
        ),
        # the lead says whose forces and which weapon, not where; a later paragraph says where
        (
            "",
            "Ballistic missiles were fired at American forces in Iraq on Saturday evening, a "
            "spokesman for the Pentagon said.\n\n"
            "US Central Command blamed militias backed by Iran for the salvo.\n\n"
            "Tehran has not commented. Oil prices rose in Asian trading on Monday morning.\n\n"
            "According to two officials, the missiles were aimed at Ain al-Asad air base in "
            "Anbar province.",
            datetime(2024, 1, 21, 9, 0, tzinfo=IRAQ),
            "ain-al-asad",
            date(2024, 1, 20),
        ),
        # the wording of outlets close to Damascus: "US-occupied" says whose forces are there
        (
            "Drone strike on Syrian oil field",
            "A drone attack on a US-occupied oil field in eastern Syria left several people dead "
            "on Sunday night, local media reported.\n\n"
            "The al-Omar oil field lies in Deir ez-Zor province.",
            datetime(2024, 2, 5, 9, 0, tzinfo=IRAQ),
            "al-omar-oil-field",
            date(2024, 2, 4),
        ),
    ],
)
def test_base_named_paragraphs_after_an_unnamed_lead(
    title: str, text: str, published: datetime, base: str, day: date
) -> None:
    d = _match(title, text, published)
    assert d.attack, d.reasons
    assert _bases(d) == [base]
    assert d.attack_date == day


def test_a_base_placed_only_by_its_region_in_a_story_about_us_troops() -> None:
    # the sentence with the weapon names no one's forces; the story says whose base it was
    d = _match(
        "Rockets hit base near Syrian border",
        "A salvo of rockets struck a base in northeastern Syria overnight, local monitors "
        "said.\n\nCoalition forces in the area raised their alert level. No one was hurt, the "
        "coalition said.",
        datetime(2024, 1, 28, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert (_bases(d), d.region and d.region.id) == ([], "ne-syria")
    d = _match(
        "Ürdün'deki ABD üssüne saldırı: üç asker hayatını kaybetti",
        "Ürdün'de Suriye sınırına yakın bir bölgedeki üsse gece saatlerinde İHA ile saldırı "
        "düzenlendi. Saldırıda üç ABD askeri hayatını kaybetti, en az 30 asker yaralandı.",
        datetime(2024, 1, 28, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert (d.region and d.region.id, d.weapons) == ("north-east-jordan", ("drone",))


@pytest.mark.parametrize(
    ("text", "base"),
    [
        # the name in quotation marks after "base": "قاعدة “العديد”" is Al Udeid, not "many"
        ("تعرضت قاعدة “العديد” الجوية في قطر لهجوم إيراني مساء الاثنين.", "al-udeid-air-base"),
        # Tower 22 spelled with the letter T ("تي")
        ("قتل ثلاثة جنود أميركيين في هجوم بطائرة مسيرة على البرج تي 22 في الأردن.", "tower-22"),
        # the coalition's outpost by the city of Hasakah, told by where it stands
        (
            "A drone of Iranian make struck a base near Hasakah on Thursday, killing a US "
            "contractor, the Pentagon said.",
            "hasakah-coalition-base",
        ),
        (
            "Eine Drohne traf am Donnerstag eine Militärbasis nahe der Stadt Al-Hassaka, in der "
            "US-Soldaten stationiert sind.",
            "hasakah-coalition-base",
        ),
        (
            "Беспилотник атаковал американскую базу в зоне высадки Румалин в Сирии.",
            "rmelan-landing-zone",
        ),
        ("چند راکت کاتیوشا به پایگاه هوایی البلد در عراق اصابت کرد.", "balad-air-base"),
        ("イラクのアルアサド航空基地が14日、自爆型ドローンの攻撃を受けた。", "ain-al-asad"),
        # traditional characters, as Taiwan and Hong Kong print them: read as the simplified
        ("伊拉克聯合行動指揮部說,10枚火箭彈晚間擊中塔季軍事基地。", "camp-taji"),
        # Persian as Kurdistan's sites write it, with the Kurdish ae for the final heh
        ("دو پهپاد بمب‌گذاری‌شده شنبه‌شب به فرودگاە بین المللی اربیل حملە کردند.", "erbil-air-base"),
        (
            "Two drones were shot down over the Assad Air Force Base in Anbar on Monday.",
            "ain-al-asad",
        ),
        # a Turkish wire's "Tanif", as machine translation keeps it
        (
            "Coalition forces said drones attacked the military base in the Al-Tanif region of "
            "eastern Syria on Monday.",
            "al-tanf",
        ),
        # Ukrainian, the town's name in the locative case
        (
            "Невелику військову базу США в Аль-Танфі на сході Сирії атакували дрони.",
            "al-tanf",
        ),
        # Sorani, with the Kurdish ae: "the base of Ain Asad was hit by missiles on Saturday"
        ("رۆژی شەممە بنکەی سەربازی عەین ئەسەد بە چەند مووشەکێک کرایە ئامانج.", "ain-al-asad"),
    ],
)
def test_base_spellings_from_real_reports(text: str, base: str) -> None:
    # a day each base was hosting coalition forces (Balad's and Taji's ended by 2021)
    day = (
        datetime(2020, 3, 11, 22, 0, tzinfo=IRAQ)
        if base in ("balad-air-base", "camp-taji")
        else None
    )
    d = _match("", text, day or datetime(2024, 1, 15, 22, 0, tzinfo=IRAQ))
    assert d.attack
    assert _bases(d) == [base]


def test_two_us_soldiers_wounded_at_their_base_in_a_region() -> None:
    # Arabic dual: "two American soldiers" (جنديان أميركيان) say whose the base is
    d = _match(
        "",
        "أصيب جنديان أميركيان يوم السبت بعدما تعرضت قاعدتهما الجوية غربي العراق لقصف صاروخي، "
        "وقال مسؤول إن عدة صواريخ سقطت داخل القاعدة.",
        datetime(2024, 1, 21, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert (d.region and d.region.id, d.attack_date) == ("western-iraq", date(2024, 1, 20))


def test_a_word_of_an_operation_name_is_not_a_base() -> None:
    # "Victory" stands for Camp Victory only as a place, not in "Blessing of Victory"
    d = _match(
        "Iran fires missiles at US bases in Qatar",
        "Iran fired missiles at American bases in Qatar on Monday evening in an operation it "
        "called the Blessing of Victory.\n\nQatar said its air defences intercepted the missile "
        "attack on Al Udeid Air Base, and no one was hurt.",
        datetime(2025, 6, 23, 22, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["al-udeid-air-base"]


def test_base_named_only_in_a_quote_further_down() -> None:
    d = _match(
        "Iraqi base housing US troops hit by rockets",
        "A volley of rockets hit an Iraqi base where American and coalition soldiers are "
        "stationed on Wednesday, a US official said.\n\n"
        "Damage was still being assessed.\n\n"
        '"We are following closely what happened at Camp Taji tonight," the official added.',
        datetime(2020, 3, 11, 23, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["camp-taji"]


def test_base_named_after_at_in_a_sentence_about_its_defenders() -> None:
    d = _match(
        "Drones shot down over Saudi desert",
        "Air defences at Prince Sultan Air Base engaged two drones early on Monday and brought "
        "both down before they reached the base, where US aircraft are stationed.",
        datetime(2026, 3, 2, 10, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["prince-sultan-air-base"]
    assert d.weapons == ("drone",)


def test_a_city_named_to_place_an_unnamed_base_gives_way_to_the_named_one() -> None:
    d = _match(
        "Drone attack on US base in Iraq's Erbil",
        "A drone targeted Harir air base, where American troops are deployed, late on Thursday, "
        "Kurdish security officials said. Nobody was hurt.",
        datetime(2023, 10, 20, 8, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["harir-air-base"]


# --- the day ------------------------------------------------------------------------------


def test_a_caption_with_an_old_date_does_not_make_a_fresh_report_old() -> None:
    d = _match(
        "Rockets strike Iraqi air base hosting US contractors",
        "Security personnel walk near a hangar at Balad Air Base, March 3, 2017. "
        "(Air Force photo/Staff Sgt. A. Person)\n\n"
        "Three rockets struck Balad Air Base, which hosts US contractors, on Monday evening, "
        "the Iraqi military said. No one was hurt.",
        datetime(2021, 3, 16, 7, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["balad-air-base"]
    assert d.attack_date == date(2021, 3, 15)


def test_a_two_digit_year_dateline_does_not_turn_a_report_into_a_recall() -> None:
    d = _match(
        "Drone downed near Ain al-Asad",
        "Tuesday 14 March 23\n\n"
        "A drone was shot down as it approached Ain al-Asad air base, home to US troops, in the "
        "early hours, two security sources said.",
        datetime(2023, 3, 14, 9, 30, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2023, 3, 14)


def test_a_date_far_down_in_a_recall_leaves_the_publication_day() -> None:
    d = _match(
        "Drone hits US position at Conoco field",
        "A drone struck the US position at the Conoco gas field in eastern Syria, a monitor "
        "said, without casualties.\n\n"
        "Since October 19, 2023, the monitor has counted more than 130 attacks on the bases.",
        datetime(2024, 9, 28, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.attack_date == date(2024, 9, 28)


def test_a_story_that_gives_its_old_date_in_full_is_still_a_recall() -> None:
    d = _match(
        "What happened at Ain al-Asad",
        "On Jan. 8, 2020, Iran fired more than a dozen ballistic missiles at Ain al-Asad air "
        "base, which houses US troops. Eleven of them struck the base.",
        datetime(2021, 1, 14, 9, 0, tzinfo=IRAQ),
    )
    assert not d.attack


def test_damage_revealed_weeks_later_is_not_a_new_attack() -> None:
    # the lead tells the attack without a day; the body gives its date, weeks before
    title = "Satellite pictures show what the missiles hit"
    text = (
        "An Iranian missile strike on a US air base in Qatar wrecked a radar dome, according "
        "to satellite pictures studied by analysts.\n\n"
        "The missiles struck Al Udeid Air Base on June 23, hours after US bombers hit nuclear "
        "sites in Iran."
    )
    assert not _match(title, text, datetime(2025, 7, 12, 9, 0, tzinfo=IRAQ)).attack
    # the same story two days on is news of the attack
    d = _match(title, text, datetime(2025, 6, 25, 9, 0, tzinfo=IRAQ))
    assert d.attack
    assert d.attack_date == date(2025, 6, 23)


def test_an_old_date_given_with_another_base_is_background() -> None:
    # "on 21 April the Rumaly base was attacked, and a day later Al-Asad too": the date is of
    # an earlier pair of attacks, not of the drones the lead tells of
    d = _match(
        "Drones sobrevoam base aérea de Al-Asad, no Iraque",
        "Dois drones sobrevoaram a base aérea de Al-Asad, no oeste do Iraque, e os militares "
        "norte-americanos derrubaram um deles, disse o Pentágono.\n\n"
        "Em 21 de abril, a base Rumaly, na Síria, foi atacada e um dia depois ocorreu o mesmo "
        "na base aérea de Al-Asad.",
        datetime(2024, 7, 17, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]


def test_a_casualty_follow_up_keeps_the_day_of_the_attack() -> None:
    d = _match(
        "Eleven treated for concussions after Harir strike",
        "Eleven service members were treated for concussions after the Jan. 5 drone strike on "
        "Harir air base, officials disclosed on Monday. All have returned to duty.",
        datetime(2024, 1, 15, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["harir-air-base"]
    assert d.attack_date == date(2024, 1, 5)
    assert d.injured == 11


def test_the_strikes_that_answered_an_attack_days_before_are_no_follow_up_of_it() -> None:
    # the toll of Sunday's attack is told, but the story's news is Friday's raids by others
    answered = _match(
        "Bombers hit militia depots in Iraq and Syria",
        "On Friday, bombers struck depots of militias in Iraq and Syria, officials said.\n\n"
        "The raids answer Sunday's drone attack on Tower 22 in Jordan, in which three soldiers "
        "died and dozens were hurt.",
        datetime(2024, 2, 2, 22, 0, tzinfo=IRAQ),
    )
    assert not answered.attack, answered.reasons
    # with no newer event told, the same toll is a follow-up of Sunday's attack
    toll = _match(
        "Toll of Tower 22 attack rises",
        "The toll of Sunday's drone attack on Tower 22 in Jordan rose on Friday: three soldiers "
        "died and dozens were hurt, officials said.",
        datetime(2024, 2, 2, 22, 0, tzinfo=IRAQ),
    )
    assert toll.attack, toll.reasons
    assert toll.attack_date == date(2024, 1, 28)


# --- claims by armed groups --------------------------------------------------------------


def test_a_group_that_says_it_struck_targets_claims_the_attack_not_a_us_strike() -> None:
    d = _match(
        "Seven soldiers hurt in Sunday's drone strike on a US outpost near the Syrian border "
        "were flown out of Jordan for treatment, Central Command said",
        "The Islamic Resistance in Iraq announced on Sunday that it had struck several targets "
        "on the border between Jordan and Syria that same day, among them a camp near the US "
        "base known as Tower 22.",
        datetime(2024, 1, 29, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["tower-22"]
    assert d.attack_date == date(2024, 1, 28)


def test_an_armed_group_statement_is_a_claim_not_the_us_as_attacker() -> None:
    d = _match(
        "Iraqi faction says it struck US base in Kurdistan",
        "The Islamic Resistance in Iraq said on Sunday that its fighters targeted the "
        "occupation base at Harir with drones, in response to US support for the war on Gaza.",
        datetime(2024, 2, 4, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["harir-air-base"]
    assert d.claimed_by is not None
    assert "islamic resistance" in d.claimed_by.casefold()
    assert not d.confirmed


def test_a_page_without_headline_that_opens_on_the_us_strike_is_about_the_strike() -> None:
    """With no headline, the first sentence is the story's headline: the US strike it tells
    is the news, and the rocket attack it answers, retold in full two sentences on, was
    reported the day before."""
    d = _match(
        "",
        "US warplanes on Thursday bombed five arms depots used by an Iran-backed militia in "
        "Iraq, the Pentagon said.\n\n"
        "A defence spokesman said the raids would weaken the group's ability to strike again.\n\n"
        "On Wednesday evening some fifteen rockets slammed into Camp Taji north of Baghdad, "
        "killing two American soldiers and a British medic.",
        datetime(2020, 3, 13, 10, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons
    # the same story with the attack as its opening sentence is the attack's report
    d = _match(
        "",
        "Some fifteen rockets slammed into Camp Taji north of Baghdad on Wednesday evening, "
        "killing two American soldiers and a British medic.\n\n"
        "US warplanes bombed five arms depots used by an Iran-backed militia in Iraq hours "
        "later, the Pentagon said.",
        datetime(2020, 3, 12, 10, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["camp-taji"]


@pytest.mark.parametrize(
    "sentence",
    [
        "El ejército de Estados Unidos lanzó el viernes una ola de bombardeos sobre más de "
        "ochenta objetivos de milicias proiraníes en Irak y Siria, como respuesta al ataque con "
        "dron que mató a tres militares estadounidenses en una base de Jordania.",
        "Las fuerzas armadas de Estados Unidos llevaron a cabo ataques aéreos sobre depósitos de "
        "milicias en Irak y Siria, tras los ataques con drones contra sus tropas.",
    ],
)
def test_spanish_us_forces_carrying_out_strikes_are_the_attacker(sentence: str) -> None:
    """ "A wave of bombings", "carried out air strikes": US forces, named just before, strike."""
    assert "us_attacker" in matcher().reader.read(1, sentence).flags
    # the opening sentence of a page with no headline: the story is the US strike
    assert not _match("", sentence, datetime(2024, 2, 3, 9, 0, tzinfo=IRAQ)).attack


def test_a_korean_claim_of_precision_strikes_on_a_us_base_is_an_attack() -> None:
    """In Korean the target comes first, marked by a particle ("기지에 대해"), and the strike
    after it: the Revolutionary Guards' "precision strike" is on the base, not by the US."""
    sentence = "혁명수비대는 미 해군 5함대 기지에 대해 \u201c정밀 타격\u201d을 가했다고 주장했다."
    assert "us_attacker" not in matcher().reader.read(1, sentence).flags
    # and the strike the US makes is still the US's: "미군이 정밀 타격을 가했다"
    sentence = "미군이 시리아의 민병대 기지에 정밀 타격을 가했다고 국방부가 밝혔다."
    assert "us_attacker" in matcher().reader.read(1, sentence).flags
    d = _match(
        "",
        "이란 혁명수비대는 바레인의 미 해군 5함대 기지에 대해 \u201c정밀 타격\u201d을 가했다고 "
        "12일 주장했다.\n\n"
        "혁명수비대는 성명에서 해군 부대가 이날 새벽 미사일과 드론으로 5함대 기지를 두 차례 "
        "공격했다고 밝혔다.",
        datetime(2026, 3, 12, 15, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["nsa-bahrain"]


# --- anniversaries, histories, drills -----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Five years on: the night rockets rained on Camp Taji",
            "Five years ago today, rockets rained on Camp Taji, killing two Americans and a "
            "British soldier. Veterans gathered to remember them.",
        ),
        (
            "A year on",
            "Exactly one year ago today, Iranian missiles rained on Ain al-Asad air base, where "
            "American troops had taken to the bunkers.",
        ),
        (
            "On this day in history",
            "On this day in history, Iranian missiles struck Ain al-Asad air base, which houses "
            "American forces, in retaliation for a drone strike in Baghdad.",
        ),
        (
            "Embassy tests its defences",
            "The US embassy in Baghdad will sound its sirens and test its C-RAM rocket defence "
            "system on Wednesday afternoon as a drill, the embassy said. Residents should not be "
            "alarmed by the noise.",
        ),
        (
            "Coalition troops hold live-fire exercise at al-Omar",
            "Coalition forces at the al-Omar oil field base held a live fire exercise with "
            "rockets and mortars on Thursday, and explosions were heard in nearby villages.",
        ),
        (
            "Coalition to leave Ain al-Asad next week",
            "The US-led coalition is preparing to pull out of Ain al-Asad Air Base next week, "
            "after years in which the base was repeatedly hit by rockets and drones.",
        ),
        (
            "Drones over bases: the count",
            "Since the start of the year, the military has logged more than 300 incidents in "
            "which drones flew over or attacked US bases and outposts across the region.",
        ),
        (
            "Militia announces suspension of military actions against US forces",
            "The militia said on Tuesday it was suspending its military actions against US "
            "forces, two days after a drone attack on a base near the Syrian border killed three "
            "American soldiers.",
        ),
        (
            "Blasts heard at Ain al-Asad were a weapons drill, security source says",
            "Explosions heard at Ain al-Asad air base on Monday came from American troops "
            "training with their weapons, and the base was not shelled, an Iraqi security source "
            "said. The US-led coalition had confirmed on Saturday that rockets struck Ain al-Asad "
            "air base, where its troops are stationed.",
        ),
        (
            "Militia halts its campaign",
            "The militia announced the suspension of all its military operations against US "
            "troops on Monday, two days after a drone attack killed three American soldiers.",
        ),
        (
            "Iraqi militia pauses its campaign against US troops",
            "In a statement, the militia said it was halting every military operation it runs "
            "against US troops across the region after the drone strike that killed three "
            "American soldiers. A government adviser said the move followed days of mediation."
            " The Pentagon said it would judge the group by its actions.",
        ),
    ],
)
def test_anniversaries_histories_drills_and_pauses_are_not_attacks(title: str, text: str) -> None:
    assert not _match(title, text, datetime(2025, 3, 11, 12, 0, tzinfo=IRAQ)).attack


def test_a_suicide_bombing_at_a_base_is_not_a_rocket_drone_or_missile_attack() -> None:
    d = _match(
        "Suicide bombing at Kabul airport gate",
        "A suicide bomber struck a crowd at a gate of Kabul airport on Thursday evening.\n\n"
        "Two explosions at Kabul airport killed at least 60 people, among them 13 US troops, "
        "officials said.",
        datetime(2021, 8, 26, 22, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons
    # the attack on the airport told twice, with US troops among the dead: still no weapon
    # of the kind watched for anywhere in the story
    d = _match(
        "US service members among dead in suicide attacks at Kabul airport",
        "Thirteen American service members were among the dozens killed in two attacks at "
        "Kabul airport on Thursday, officials in Washington said.\n\n"
        "A Central Command spokesman said one of the wounded had died of the attack on Abbey "
        "Gate overnight.\n\n"
        "The evacuation flights resumed in the morning. Thousands still wait outside the "
        "walls.\n\n"
        "Officials said the attack at Kabul airport was the deadliest for US forces in the "
        "country in a decade.",
        datetime(2021, 8, 27, 8, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


def test_a_denial_of_involvement_is_not_a_new_attack_but_a_report_may_mention_one() -> None:
    denial = _match(
        "Iran denies involvement in drone attack on US base in Jordan",
        "Tehran's mission to the United Nations said on Monday that Iran had no role in the "
        "drone attack that killed three American soldiers at a base in northeastern Jordan.",
        datetime(2024, 1, 29, 12, 0, tzinfo=IRAQ),
    )
    assert not denial.attack, denial.reasons
    report = _match(
        "Drone kills three US soldiers at base in Jordan",
        "A one-way drone struck a base in northeastern Jordan overnight, killing three US "
        "soldiers and wounding dozens, US Central Command said on Sunday.\n\n"
        "Iran denied any involvement later in the day.",
        datetime(2024, 1, 28, 18, 0, tzinfo=IRAQ),
    )
    assert report.attack, report.reasons


def test_a_denial_with_its_day_between_the_words_is_a_denial() -> None:
    # "denied on Monday any involvement", "denies role": the day splits the phrase
    d = _match(
        "Iran denies role in Jordan attack",
        "Iran denied on Monday any involvement in the drone attack that killed three US "
        "soldiers at a base in Jordan, saying the groups decide for themselves.",
        datetime(2024, 1, 29, 12, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Iran rejects any role in drone attack on US base in Jordan",
            "Iran's foreign ministry on Monday dismissed allegations that Tehran played a part in "
            "the drone strike that killed three US soldiers at a base in northeastern Jordan.",
        ),
        (
            "Tehran rejects role in deadly drone attack on US base",
            "Officials in Tehran on Monday rejected any part in the drone assault that hit a US "
            "base in Jordan at the weekend, killing three soldiers.",
        ),
        # "played no role", "has no links", "did not target": who says it had no hand in it
        (
            "Armed group says it played 'no role' in the latest rocket fire",
            "A spokesman for the armed group said on Tuesday it played no role in last night's "
            "rockets on Baghdad.\n\n"
            '"Our fighters did not target the embassy," he added.\n\n'
            "On Monday night three rockets came down in the Green Zone, where the US embassy "
            "stands.",
        ),
        (
            "Iran says it has no links to the attacks on US troops",
            "Tehran's envoy to the United Nations said on Monday that his country has no links "
            "to the drone attacks on US forces at bases in Iraq and Syria.",
        ),
        (
            "伊朗称未曾参与对美军基地的袭击",
            "伊朗常驻联合国代表周一表示，伊朗未曾参与近期针对伊拉克和叙利亚美军基地的无人机袭击。",
        ),
    ],
)
def test_a_party_rejecting_any_role_or_part_is_a_denial(title: str, text: str) -> None:
    d = _match(title, text, datetime(2024, 1, 29, 12, 0, tzinfo=IRAQ))
    assert not d.attack, d.reasons


test_a_denial_of_involvement_is_read_as_a_denial_in_each_language = term_cases(
    [
        (
            "L'Iran dément toute implication dans l'attaque.",
            "dement toute implication",
            "cat:denial",
        ),
        ("Irán niega estar detrás del ataque con dron.", "niega estar detras", "cat:denial"),
        (
            "Iran bestreitet jede Beteiligung an dem Angriff.",
            "bestreitet jede beteiligung",
            "cat:denial",
        ),
        ("L'Iran nega ogni coinvolgimento nell'attacco.", "nega ogni coinvolgimento", "cat:denial"),
        ("O Irã nega qualquer envolvimento no ataque.", "nega qualquer envolvimento", "cat:denial"),
        ("Иран отрицает причастность к атаке.", "отрицает причастность", "cat:denial"),
        ("İran saldırıya karıştığını reddetti.", "karistigini reddetti", "cat:denial"),
        ("إيران تنفي تورطها في الهجوم على القاعدة.", "تنفي تورطها", "cat:denial"),
        ("أكدت السلطات أن القاعدة لم تشهد أي اعتداء.", "لم تشهد اي اعتداء", "cat:denial"),
        ("Iran membantah terlibat dalam serangan itu.", "membantah terlibat", "cat:denial"),
        ("Tehran denied launching the missile at the base.", "denied launching", "cat:denial"),
    ],
    read=True,
)


# --- the Gulf ----------------------------------------------------------------------------


def test_us_bases_in_a_gulf_state_named_only_by_the_country() -> None:
    d = _match(
        "Iran fires missiles at US bases in Qatar",
        "Iran fired six missiles at US military bases in Qatar on Monday evening, state "
        "television said, in retaliation for American strikes on its nuclear sites.",
        datetime(2025, 6, 23, 22, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert (_bases(d), d.region and d.region.id) == ([], "gulf")


def test_kuwait_port_hosting_us_forces() -> None:
    d = _match(
        "Drone strikes US operations centre at Kuwaiti port",
        "An Iranian drone struck a US Army operations centre at Shuaiba port on Sunday "
        "morning, killing six American soldiers, the Pentagon said.",
        datetime(2026, 3, 2, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["shuaiba-port"]
    assert d.killed == 6


def test_fifth_fleet_headquarters_is_nsa_bahrain() -> None:
    d = _match(
        "Missile hits site in Bahrain",
        "A missile struck near the headquarters of the US Navy's Fifth Fleet in Manama on "
        "Saturday, Bahraini authorities said.",
        datetime(2026, 2, 28, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["nsa-bahrain"]


def test_the_american_air_base_in_the_sheikh_isa_region() -> None:
    # the Guards name the unnamed "American air base" by the area it stands in
    d = _match(
        "Guards say they hit Bahrain air base",
        "The Revolutionary Guards said their navy struck the American air base in the Sheikh "
        "Isa region of Bahrain at dawn with twenty drones and three missiles.",
        datetime(2026, 3, 3, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["isa-air-base"]


def test_drones_on_a_civilian_airports_fuel_tanks_in_a_host_country() -> None:
    # the story's bases are listed as what the country hosts: neither is the target
    d = _match(
        "Drones hit Kuwait airport fuel tanks",
        "Iranian drones struck fuel tanks at Kuwait International Airport on Sunday, the "
        "army said.\n\nKuwait hosts thousands of US troops at Camp Arifjan and Ali Al Salem "
        "air base.",
        datetime(2026, 3, 8, 18, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


def test_a_list_of_a_countrys_bases_does_not_name_the_one_attacked() -> None:
    d = _match(
        "Drone strikes US base in Kuwait",
        "A drone struck a base hosting US troops in Kuwait on Sunday, the army said.\n\n"
        "Kuwait hosts thousands of US troops at Camp Arifjan and Ali Al Salem air base.",
        datetime(2026, 3, 8, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == []
    assert d.region is not None
    assert d.region.id == "kuwait"


def test_home_of_the_fifth_fleet_is_no_civilian_home() -> None:
    # "home of" says what the district hosts; "home" alone is a civilian target
    d = _match(
        "Smoke rises over Fifth Fleet district",
        "Thick smoke rose on Sunday from facilities in the Jufair district of Manama, home of "
        "the US Fifth Fleet headquarters, after Iranian missiles struck.",
        datetime(2026, 3, 1, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["nsa-bahrain"]


def test_the_airport_in_the_city_of_irbil_places_the_base() -> None:
    # wire copy: the title names the weapon, the body the base only by its city
    d = _match(
        "US-led coalition: rocket attack in Iraq killed contractor",
        "Officials say a coalition contractor was killed and other civilians were wounded "
        "when more than a dozen rockets struck outside an airport near where US forces are "
        "based in northern Iraq.\n\nThe projectiles hit areas between the civilian "
        "international airport in the city of Irbil and the nearby base hosting US troops "
        "late Monday.",
        datetime(2021, 2, 16, 12, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]
    assert d.attack_date == date(2021, 2, 15)


def test_only_the_host_government_speaks() -> None:
    d = _match(
        "Kuwait says air defences downed drones",
        "Kuwait's defence ministry said its air defences downed three drones heading for a "
        "facility used by American forces in the north of the country on Sunday.",
        datetime(2026, 3, 1, 15, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.places
    assert d.places[0].country == "Kuwait"
    assert d.intercepted


# --- scripts without spaces, Indic vowel signs -------------------------------------------


def test_chinese_and_japanese_days_are_read() -> None:
    from monitor.detect.dates import said_date
    from monitor.detect.text import normalise

    reading = matcher().reader.read(1, "伊朗革命卫队于6月23日晚向美军基地发射导弹。")
    assert said_date(reading.norm, reading.hits, date(2025, 6, 24)) == date(2025, 6, 23)
    assert normalise("イスタンブール") != normalise("イスタンフール")  # voiced kana stay voiced
    # "the coalition confirmed on Sunday that on Saturday night rockets hit ...": the verb of
    # saying follows the day in Chinese, and the attack's day is the other one
    reading = matcher().reader.read(1, "联军周日确认,当地时间周六晚有火箭弹袭击了巴拉德空军基地。")
    assert said_date(reading.norm, reading.hits, date(2020, 1, 5)) == date(2020, 1, 4)
    # a dispatch's date and the day a network reported it, before the day of the attack
    for text, published, attack in [
        (
            "新华社华盛顿8月10日电 电视台10日援引官员的话报道说,一个美军基地9日遭无人机袭击。",
            date(2024, 8, 12),
            date(2024, 8, 9),
        ),
        (
            "据通讯社7日报道,当地时间周二,一架无人机袭击了埃尔比勒机场的美军基地。",
            date(2021, 7, 7),
            date(2021, 7, 6),
        ),
        (
            "通讯社周二(12月14日)最新报道,美军基地当地时间周一晚上遭到火箭弹袭击。",
            date(2021, 12, 14),
            date(2021, 12, 13),
        ),
    ]:
        reading = matcher().reader.read(1, text)
        assert said_date(reading.norm, reading.hits, published) == attack, text


def test_hindi_stems_match_across_vowel_signs() -> None:
    hits = matcher().reader.lexicon.scan(matcher().reader.read(1, "मिसाइलों से हमला").norm)
    assert any(h.label == "weapon:missile" for h in hits)


def test_a_calm_that_a_new_attack_ends_is_no_denial_and_a_base_of_the_us_is_theirs() -> None:
    d = _match(
        "Five rockets fired from Iraq at a military base of the U.S. in Syria's northeast",
        "Troops there had not been attacked since early February, when the groups backed by "
        "Iran said they would stop.\n\n"
        "Two security sources said the rockets were launched from a truck on Sunday.",
        datetime(2024, 4, 21, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == "ne-syria"
    assert d.attack_date == date(2024, 4, 21)
    # a denial that is one stays one
    denied = _match(
        "Rockets said to hit a military base of the U.S. in Syria's northeast",
        "The Pentagon said on Sunday that the base had not been attacked and that no rockets "
        "had landed.",
        datetime(2024, 4, 21, 20, 0, tzinfo=IRAQ),
    )
    assert not denied.attack, denied.reasons


# whose a site is, said after it: "an oil field occupied by the US", "the base where US
# troops are housed"; and the Erbil airport as "the airport of Irbil"
test_whose_a_site_is_said_after_it = term_cases(
    [
        (
            "a drone hit an oil field in Syria occupied by the US",
            "occupied by the us",
            "cat:coalition",
        ),
        (
            "rockets fell near the base where US troops are housed",
            "where us troops are",
            "cat:coalition",
        ),
        (
            "a base used by American forces came under fire",
            "used by american forces",
            "cat:coalition",
        ),
        (
            "rockets landed near the international airport of Irbil",
            "airport of irbil",
            "place:erbil-air-base",
        ),
    ],
    read=True,
)


# the US as the one striking, in the plain past and as an answer to attacks; in Arabic and
# Persian too
test_the_us_striking_is_read = term_cases(
    [
        ("The US struck Iranian forces in Syria on Friday", "us struck", "cat:us_attacker"),
        ("the United States hit militia depots in Iraq", "us hit", "cat:us_attacker"),
        ("strikes as payback for a drone attack", "as payback for", "cat:us_attacker"),
        ("In reply to attacks on its bases, Washington", "in reply to attacks", "cat:us_attacker"),
        # Arabic and Persian: "carried out a retaliatory air strike", "targeted from the air"
        ("نفذت الولايات المتحدة ضربة ردا على الهجوم", "نفذت الولايات المتحده", "cat:us_attacker"),
        ("شنت الطائرات ضربات جوية انتقامية ليلا", "ضربات جويه انتقاميه", "cat:us_attacker"),
        ("آمریکا مواضع گروه را از هوا هدف گرفت", "از هوا هدف گرفت", "cat:us_attacker"),
    ],
    read=True,
)


def test_a_base_the_story_says_was_also_struck_joins_the_salvo_with_no_weapon_named() -> None:
    d = _match(
        "Drones strike US base in Syria, Iraqi group says",
        "The Islamic Resistance in Iraq said on Thursday that its drones had struck the US base "
        "at al-Shaddadi.\n\n"
        "It called the attack a reply to Washington's support for Israel.\n\n"
        "No group has yet said anything of casualties, and the Pentagon did not comment.\n\n"
        "In the early hours of Thursday, its fighters also hit an American base at the Conoco "
        "gas field, the statement said.",
        datetime(2023, 12, 14, 21, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-shaddadi", "conoco-gas-field"]


def test_the_first_on_a_page_dated_the_last_of_the_month_is_the_next_day() -> None:
    # a writer some hours ahead of the page's date: "the 1st (local time)" on 30 September
    d = _match(
        "이라크 미군기지 노린 로켓, 방공망이 요격",
        "이라크 군 당국자들은 1일(현지시간) 바그다드 국제공항 인근 미군 기지를 향해 로켓 두 "
        "발이 발사됐으나 방공망이 모두 요격했다고 밝혔다.",
        date(2024, 9, 30),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2024, 10, 1)


def test_a_headline_of_an_attack_on_a_base_with_allied_troops_names_no_weapon() -> None:
    # the headline names no weapon and no base; the weapon and base come further down
    d = _match(
        "Base where Canadian troops are stationed comes under attack",
        "OTTAWA — Canada's soldiers in Iraq are caught between Washington and Tehran.\n\n"
        "Their number there has not been made public.\n\n"
        "The government said on Thursday it was following events closely.\n\n"
        "Officials said rockets launched on Wednesday at the coalition base beside Irbil's main "
        "airport landed inside it.",
        datetime(2020, 10, 1, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]


def test_attacks_told_as_how_many_times_they_came_are_a_tally() -> None:
    for sentence in (
        "Between October 17th and 24th, one-way drones and rockets targeted US and coalition "
        "troops on no fewer than ten occasions in Iraq and three in Syria, he said.",
        "Rockets and drones were fired at American forces in Iraq and Syria on 13 separate "
        "occasions in the past week.",
    ):
        assert "recall" in matcher().reader.read(2, sentence).flags, sentence
    # a count under ten is news of the day
    told = matcher().reader.read(2, "Drones struck the US base at Tanf two times on Monday.")
    assert "recall" not in told.flags


def test_a_base_and_day_told_after_a_lead_that_names_neither_date_the_attack() -> None:
    # the lead gives the day it was told (Friday), the base's own sentence the attack's
    d = _match(
        "Rockets target US troops at two Iraqi bases",
        "Security officials said Friday that American forces at two bases in Iraq had come "
        "under rocket fire, with nobody hurt.\n\n"
        "The war in Gaza has set off a string of such attacks.\n\n"
        "Armed groups close to Tehran have vowed to make Washington pay for backing Israel.\n\n"
        "Three rockets landed on Thursday night near the coalition base beside Baghdad "
        "airport, one official said.\n\n"
        "A second source said a further rocket attack hit Ain al-Asad air base in western Iraq "
        "on Thursday evening.",
        date(2023, 10, 20),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2023, 10, 19)
    assert _bases(d) == ["victory-base", "ain-al-asad"]


def test_a_weekday_that_names_a_statement_is_the_day_it_was_told() -> None:
    # "a Thursday statement", "Thursday's briefing": the day of the telling, not the attack's
    for sentence in (
        "In a Thursday statement, Iraq's joint command said three drones had struck the base "
        "beside Baghdad airport.",
        "At Thursday's briefing, a spokesman said drones had struck the base beside Baghdad "
        "airport.",
    ):
        r = matcher().reader.read(1, sentence)
        assert said_date(r.norm, r.hits, date(2021, 6, 10)) is None, sentence
        assert statement_date(r.norm, r.hits, date(2021, 6, 10)) == date(2021, 6, 10)
    # the day of an attack named by it is the attack's
    r = matcher().reader.read(1, "Thursday's drone attack on the base beside Baghdad airport.")
    assert said_date(r.norm, r.hits, date(2021, 6, 10)) == date(2021, 6, 10)


def test_the_other_base_of_a_salvo_joins_it() -> None:
    # "one ... the other", told below a lead about the wounded: Dutch, in our words
    d = _match(
        "Toch gewonden bij Iraanse raketaanval op Amerikaanse bases",
        "Het Amerikaanse leger meldde donderdag dat elf militairen zijn behandeld voor "
        "hersenletsel.\n\n"
        "Ze zijn voor herstel overgebracht naar ziekenhuizen in Duitsland en Koeweit.\n\n"
        "Eerder had Washington gezegd dat bij de aanval niemand gewond was geraakt.\n\n"
        "Iran vuurde vorige week woensdag raketten af op twee bases met Amerikaanse "
        "militairen.\n\n"
        "Eén aanval gold een basis bij Erbil, waar ook Nederlandse militairen zitten.\n\n"
        "De andere trof de luchtmachtbasis Ain al-Asad.",
        date(2020, 1, 17),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base", "ain-al-asad"]


# words that say a sentence tells one more attack of the salvo, the "one ... the other" of it
test_another_attack_of_the_salvo_is_said_so = term_cases(
    [
        ("A further rocket attack hit the base that evening.", "a further", "cat:also"),
        ("Une autre attaque a visé la base d'al-Tanf.", "une autre attaque", "cat:also"),
        ("Un altro attacco ha colpito la base di al-Tanf.", "un altro attacco", "cat:also"),
        ("Ocorreu outro ataque contra a base de al-Tanf.", "outro ataque", "cat:also"),
        ("В субботу было еще одно нападение на базу.", "еще одно нападение", "cat:also"),
        ("Ein weiterer Angriff galt dem Stützpunkt al-Tanf.", "ein weiterer angriff", "cat:also"),
        ("Dinsdag volgde de tweede, de andere trof de basis.", "de andere", "cat:also"),
        ("گزارش شده دومین پایگاه نزدیک فرودگاه اربیل است", "دومين پايگاه", "cat:also"),
    ],
    read=True,
)


def test_attacks_said_to_come_often_are_background() -> None:
    for sentence in (
        "Rocket attacks often target bases housing US troops, as well as the US embassy in "
        "Baghdad.",
        "Les bases qui abritent des soldats américains et l'ambassade à Bagdad sont souvent "
        "visées par des roquettes.",
        "Las milicias disparan a menudo cohetes contra la embajada de Estados Unidos en Bagdad.",
        "Milizen beschießen die US-Botschaft in Bagdad häufig mit Raketen.",
    ):
        assert "recall" in matcher().reader.read(5, sentence).flags, sentence


def test_an_english_word_spelled_like_one_of_another_language_is_not_read_in_it() -> None:
    # French "court" (short), Italian "sale" (rises), Spanish "a cargo de" (in charge of),
    # and the wounded "taken to hospital": no court case, sale, cargo ship or civilian target
    for sentence in (
        "Un court communiqué dit que dix roquettes ont été lancées sur la base d'Ain al-Asad.",
        "La tensione sale dopo che droni hanno colpito la base di al-Tanf.",
        "El general a cargo de la base de al-Tanf dijo que dos drones fueron derribados.",
        "Two soldiers were taken to hospital after rockets hit Ain al-Asad air base.",
    ):
        r = matcher().reader.read(1, sentence)
        assert r.attack, sentence
        assert r.places, sentence
        assert not r.flags, (sentence, r.flags)


# the US striking back, as the French, German, Italian, Chinese and Norwegian press put it
test_the_us_striking_back_is_read_in_more_phrasings = term_cases(
    [
        (
            "Samedi, Washington a lancé des raids aériens en Syrie.",
            "a lance des raids",
            "cat:us_attacker",
        ),
        (
            "Ces frappes répondent à une attaque de drones.",
            "ces frappes repondent",
            "cat:us_attacker",
        ),
        ("Das Militär hat Vergeltung geübt.", "vergeltung geubt", "cat:us_attacker"),
        (
            "Depositi delle milizie colpiti dagli Stati Uniti.",
            "colpiti dagli stati uniti",
            "cat:us_attacker",
        ),
        ("美军已对三处设施实施打击", "美军已对", "cat:us_attacker"),
        ("Angrepet kommer som svar på et droneangrep.", "kommer som svar pa", "cat:us_attacker"),
    ],
    read=True,
)


def test_the_cause_and_the_habit_of_attacks_in_more_languages() -> None:
    # an opening clause giving what the attack answers: the militias' attack, not a US one
    for sentence in (
        "W odwecie za amerykańskie naloty, milicje ostrzelały rakietami amerykańskich żołnierzy "
        "w Syrii.",
        "Σε αντίποινα για αμερικανικές αεροπορικές επιδρομές, οι πολιτοφυλακές εκτόξευσαν "
        "ρουκέτες κατά αμερικανών στρατιωτών.",
    ):
        r = matcher().reader.read(2, sentence)
        assert r.attack, sentence
        assert "us_attacker" not in r.flags, sentence
    # a base attacked often: background
    for sentence in ("该基地经常遭到火箭弹袭击。", "Baza jest regularnie atakowana rakietami."):
        assert "recall" in matcher().reader.read(5, sentence).flags, sentence


# warnings of attacks to come: French "a prévenu qu'il allait s'en prendre", Korean "refrain"
test_warnings_of_attacks_to_come_are_threats = term_cases(
    [
        ("Le groupe a prévenu qu'il frapperait les bases.", "a prevenu", "cat:threat"),
        ("Il allait s'en prendre aux bases américaines.", "allait s'en prendre", "cat:threat"),
        ("이들은 미군 기지 공격 자제 요구를 전달했다.", "자제", "cat:threat"),
    ],
    read=True,
)


@pytest.mark.parametrize(
    ("title", "text", "published", "place"),
    [
        # Italian: the embassy as "the diplomatic seat of the United States"
        (
            "",
            "Baghdad, 13 gen.\n\n"
            "(Agenzia) – Almeno tre razzi sono stati lanciati contro la sede diplomatica degli "
            "Stati Uniti nella Zona verde di Baghdad, hanno detto fonti della sicurezza.",
            date(2022, 1, 13),
            "baghdad-embassy",
        ),
        # German: a separable verb whose particle closes the sentence ("gingen ... nieder")
        (
            "",
            "Nach Angaben aus US-Militärkreisen gingen in der Nacht zu Sonntag nahe der "
            "US-Botschaft in Bagdad mehrere Raketen nieder.\n\n"
            "Wie viele es waren, blieb unklar.",
            date(2020, 2, 16),
            "baghdad-embassy",
        ),
        # Turkish: the coalition with a case ending ("koalisyonun")
        (
            "",
            "ABD liderliğindeki uluslararası koalisyonun Haseke bölgesindeki askeri üssü, "
            "İHA'larla düzenlenen bir saldırının hedefi oldu.\n\n"
            "Üsten şiddetli patlama sesleri yükseldi.",
            date(2023, 11, 2),
            "ne-syria",
        ),
    ],
)
def test_a_short_report_in_a_language_s_own_grammar_is_read(
    title: str, text: str, published: date, place: str
) -> None:
    d = _match(title, text, published)
    assert d.attack, d.reasons
    named = [p.id for p in d.bases] or [d.region.id if d.region else None]
    assert named == [place]


def test_arabic_present_tense_attacks_indefinite_us_bases_and_the_dead_with_their_suffix() -> None:
    # "an American air base in Syria comes under shells": present tense, an adjective between
    r = matcher().reader.read(1, "قاعدة جوية أميركية في سوريا تتعرض لقذائف أخطأت هدفها")
    assert r.attack
    assert r.coalition
    assert r.strength >= 2
    # "three American soldiers met their death (مصرعهم) and 24 were wounded (وجرح)"
    r = matcher().reader.read(
        1, "ثلاثة جنود أمريكيين لقوا مصرعهم وجرح 24 آخرون في هجوم بطائرة مسيرة"
    )
    assert r.toll
    assert {"cat:killed", "cat:injured"} <= {h.label for h in r.hits}


# Arabic verbs in the present tense: "falls", "confronts" (intercepts), "claims"
test_arabic_verbs_in_the_present_tense = term_cases(
    [
        ("صاروخان يسقطان قرب قاعدة عين الأسد", "يسقطان", "cat:attack"),
        ("الدفاعات الجوية تتصدى لطائرة مسيرة فوق القاعدة", "تتصدي", "cat:intercepted"),
        ("فصيل مسلح يتبنى الهجوم على قاعدة حرير", "يتبني", "cat:claim"),
    ],
    read=True,
)


# anniversaries in languages that had no word for them
test_anniversaries_in_more_languages = term_cases(
    [
        ("Zum Jahrestag des Angriffs auf die Basis", "jahrestag", "cat:anniversary"),
        ("سالگرد حمله موشکی به پایگاه عین الاسد", "سالگرد", "cat:anniversary"),
        ("В годовщину удара по базе Айн-эль-Асад", "годовщину", "cat:anniversary"),
        ("艾因阿萨德基地遇袭五周年", "周年", "cat:anniversary"),
        ("Saldırının yıl dönümünde üsse ziyaret", "yil donumunde", "cat:anniversary"),
        ("Ya es un año desde el funeral del general", "un ano desde", "cat:anniversary"),
    ],
    read=True,
)


# drills and "last week" in languages that had no word for them
test_drills_and_last_week_in_more_languages = term_cases(
    [
        ("Las sirenas sonaron durante un simulacro en la embajada.", "simulacro", "cat:drill"),
        ("Sirenentest an der US-Botschaft in Bagdad", "sirenentest", "cat:drill"),
        ("Üste hava savunma tatbikatı yapıldı", "tatbikati", "cat:drill"),
        ("基地举行防空演习", "演习", "cat:drill"),
        ("上周无人机袭击了该基地", "上周", "cat:earlier"),
    ],
    read=True,
)


def test_bases_that_the_us_has_in_iraq_are_theirs_in_german() -> None:
    d = _match(
        "",
        "In der Nacht zum Mittwoch feuerte der Iran Raketen auf mindestens zwei "
        "Militärstützpunkte ab, die die USA im Irak unterhalten.\n\n"
        "Verletzte gab es nach ersten Angaben nicht.",
        date(2020, 1, 8),
    )
    assert d.attack, d.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        # the city as the base's owner, before its name
        "A drone struck Erbil's U.S. Harir base in northern Iraq on Sunday.",
        # an adjective between the name and "in Erbil"
        "انفجارات عنيفة بعد هجوم بطائرة مسيرة على مطار حرير العسكري في أربيل",
        # "in the district belonging to Erbil": where Harir lies
        "هجوم بطائرة مسيرة على مطار حرير العسكري في الناحية التابعة لأربيل",
    ],
)
def test_the_city_that_places_harir_is_no_second_base(sentence: str) -> None:
    r = matcher().reader.read(1, sentence)
    assert [e.place.id for e in r.places] == ["harir-air-base"], sentence


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Russian: "the US diplomatic mission in Iraq"
        (
            "По дипмиссии США в Ираке в ночь на воскресенье ударили ракетами «Катюша».",
            "baghdad-embassy",
        ),
        # Slovak: the Green Zone, in a story that names the US embassy
        (
            "V nedeľu dopadla raketa do takzvanej Zelenej zóny v Bagdade, kde sídli aj "
            "veľvyslanectvo USA.",
            "baghdad-embassy",
        ),
        # the Green Zone as the home of foreign embassies, in a story that names no US forces
        (
            "On Sunday a Katyusha rocket came down inside the Green Zone, where foreign "
            "embassies stand, without hurting anyone, the security media cell said.",
            "baghdad-embassy",
        ),
        (
            "سقط صاروخ كاتيوشا يوم الأحد داخل المنطقة الخضراء التي تضم مقار السفارات الأجنبية، "
            "من دون أن يسفر عن إصابات.",
            "baghdad-embassy",
        ),
        # ... not where the sentence names the base it hit: the Zone is where that base is
        (
            "On Sunday three Katyusha rockets fell inside the Green Zone, the walled district "
            "that holds the coalition's Union III headquarters along with ministries, other "
            "embassies and UN offices, without hurting anyone.",
            "union-iii",
        ),
    ],
)
def test_the_embassy_in_more_words(text: str, place: str) -> None:
    d = _match("", text, date(2019, 5, 19))
    assert d.attack, d.reasons
    assert _bases(d) == [place]


def test_a_us_base_with_two_words_before_it_in_azerbaijani() -> None:
    r = matcher().reader.read(
        1, "ABŞ-nin İordaniyadakı hərbi bazasına pilotsuz uçuş aparatı ilə hücum edilib."
    )
    assert r.coalition
    assert r.strength >= 2


# --- a weapon stopped at a base, on a day, is an attack -------------------------------


def test_a_drone_stopped_at_a_base_on_a_given_day_is_an_attack() -> None:
    # no attack word: the defences "stopped" it; the day makes it an event at the base
    d = _match(
        "",
        "On Tuesday Iraqi air defences stopped a drone as it neared Victoria Base at Baghdad "
        "International Airport, a security source told local media.\n\n"
        "It was turned away before reaching the site, and no one was hurt.",
        datetime(2026, 3, 3, 21, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["victory-base"]
    assert d.attack_date == date(2026, 3, 3)


def test_air_defences_a_base_has_are_no_attack() -> None:
    # undated, "air defences" and a missile are what a base has, not what befell it
    d = _match(
        "",
        "Washington should harden the big Gulf bases that host its forces, upgrading missile "
        "and air defences at Al Udeid Air Base in Qatar, the analysts argue.\n\n"
        "Spreading aircraft across more airfields would also help, they write.",
        datetime(2024, 9, 12, 10, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons


# "srušen" (brought down): the Serbian, Croatian and Bosnian word for a drone shot down
test_brought_down_in_serbo_croatian = term_cases(
    [
        ("Jutros su iznad aerodroma Erbil srušene dve bespilotne letelice.", "srusene",
         "cat:intercepted"),
        ("Рано јутрос срушена су два дрона изнад аеродрома Ербил.", "срушена",
         "cat:intercepted"),
    ],
    read=True,
)  # fmt: skip


# --- a day the attack's region has begun; a day the news was given by ------------------


def test_the_early_hours_of_the_next_day_there_in_a_story_dated_the_day_before() -> None:
    # a US page dated Tuesday: "the early hours of Wednesday, local time" is the next day
    d = _match(
        "Iran fires missiles at bases hosting US troops",
        "Missiles struck two Iraqi bases where US troops are stationed.\n\n"
        "An Iraqi security source said Iraqis at Ain al-Asad airbase were among the casualties "
        "of the attack in the early hours of Wednesday, local time.",
        date(2020, 1, 7),
    )
    assert d.attack, d.reasons
    assert d.attack_date == date(2020, 1, 8)


@pytest.mark.parametrize(
    "text",
    [
        "米当局者が16日までに明らかにしたところでは、米軍が駐留するイラクのアルアサド空軍基地を"
        "14日、複数の無人機が襲った。",
        "미 당국자들은 16일까지 미군이 주둔하는 이라크 아인 알아사드 공군기지를 14일 무인기 "
        "여러 대가 공격했다고 밝혔다.",
    ],
)
def test_a_day_the_news_was_given_by_is_not_the_attacks(text: str) -> None:
    # "16日までに...明らかにした", "16일까지 ... 밝혔다": officials had told it by the 16th;
    # the drones came on the 14th
    d = _match("", text, date(2023, 12, 16))
    assert d.attack, d.reasons
    assert d.attack_date == date(2023, 12, 14)
