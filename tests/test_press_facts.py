"""Facts as the press words them: a report that says nobody was hurt gives none killed and
none injured, one that says the toll is not yet known gives nothing; a group "claimed to
have targeted" the base, or "stated that its forces had hit" it, claims the attack; a
weapon shot down a paragraph on is an interception, unless the sentence may deny it (own
words, after the phrasings of real reports)."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import detect as _match

LEAD = "Two rockets struck Ain al-Asad air base in western Iraq on Tuesday night, officials said. "
TUESDAY = datetime(2021, 3, 2, 23, 0, tzinfo=IRAQ)


EN = "Rockets hit Ain al-Asad"
AR = (
    "صاروخان على قاعدة عين الأسد",
    "سقط صاروخان مساء الثلاثاء على قاعدة عين الأسد الجوية غربي العراق التي تستضيف قوات أمريكية. ",
)
TOLLS = [
    # nobody hurt: none killed and none injured
    *(
        (EN, LEAD + said, (0, 0))
        for said in (
            "Nobody was hurt, a spokesman said.",
            "A coalition spokesman said nobody was killed or hurt in the attack.",
            "First reports showed no American casualties, though the count was still going on.",
            "Iraqi officials said there was no damage or injuries.",
            "There were no reports of anyone hurt.",
            "The barrage did little damage and hurt nobody, a US official said.",
            "The rockets fell in open ground without injuring anyone.",
            "The command said the strike caused neither casualties nor damage to the base.",
            "No US or coalition personnel were hurt, the command added.",
            "They landed at 12:15 p.m. local time (0915 GMT), killing or injuring no one.",
            "The Pentagon said none of the American troops were killed or hurt.",
            "US and coalition personnel were not hurt, the statement said.",
            "No losses or casualties resulted from the attack, the coalition said.",
            "There was neither damage nor injury, according to the US statement.",
            "The second rocket hit the base without anyone being hurt.",
        )
    ),
    # a toll not yet known: nothing
    *(
        (EN, LEAD + said, (None, None))
        for said in (
            "It was not immediately clear whether anyone was killed or injured.",
            "Officials did not say if the strike hurt anyone.",
        )
    ),
    # nobody killed: nothing said of the injured
    *(
        (EN, LEAD + said, (0, None))
        for said in (
            "Nobody was killed, the ministry said.",
            "The army said the strike killed no one.",
        )
    ),
    # Arabic "any injuries" after a negation
    *(
        (AR[0], AR[1] + said, (0, 0))
        for said in (
            "وقالت مصادر أمنية إن الهجوم لم يخلّف أي إصابات في صفوف القوات.",
            "وسقط الصاروخان في أرض خالية من غير أن يخلّفا ضحايا.",
        )
    ),
    (
        "حمله راکتی به پایگاه عین الاسد",
        "دو راکت شامگاه سه‌شنبه به پایگاه هوایی عین الاسد در غرب عراق که میزبان نیروهای "
        "آمریکایی است اصابت کرد. ارتش عراق گفت این حمله هیچ کشته یا زخمی بر جا نگذاشت.",
        (0, 0),
    ),
    (
        "Cohetes contra la base de Ain al Asad",
        "Dos cohetes cayeron el martes por la noche en la base aérea de Ain al Asad, en el "
        "oeste de Irak, donde hay tropas estadounidenses, sin dejar heridos.",
        (0, 0),
    ),
    (
        "Raketen auf Ain al-Asad",
        "Zwei Raketen schlugen am Dienstagabend auf dem Stützpunkt Ain al-Asad im Westen des "
        "Irak ein, wo US-Soldaten stationiert sind; verletzt wurde dabei niemand.",
        (0, 0),
    ),
    (
        "アインアルアサド基地にロケット弾",
        "イラク西部の米軍が駐留するアインアルアサド空軍基地に2日夜、ロケット弾2発が"
        "撃ち込まれた。けが人は出ていないという。",
        (0, 0),
    ),
]


@pytest.mark.parametrize(("title", "text", "toll"), TOLLS)
def test_the_toll_as_the_press_words_it(
    title: str, text: str, toll: tuple[int | None, int | None]
) -> None:
    d = _match(title, text, TUESDAY)
    assert d.attack, d.reasons
    assert (d.killed, d.injured) == toll


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Two drones struck Harir air base, north of Erbil, on Tuesday night. A group calling "
            "itself the Islamic Resistance in Iraq claimed to have targeted the base.",
            "Islamic Resistance in Iraq",
        ),
        (
            "Iran's Revolutionary Guard stated that its naval forces had hit the US air base at "
            "Sheikh Isa in Bahrain with missiles on Tuesday.",
            "Islamic Revolutionary Guard Corps",
        ),
    ],
)
def test_the_claimant_as_the_press_words_the_claim(text: str, group: str) -> None:
    d = _match("Base attacked", text, TUESDAY)
    assert d.attack, d.reasons
    assert d.claimed_by == group


STORY = (
    "Rockets were fired at Erbil airport, which hosts US-led coalition troops, on Tuesday "
    "night, Kurdish officials said.\n\nFlights were suspended for two hours.\n\n"
    "The airport has been targeted before.\n\n"
)


@pytest.mark.parametrize(
    ("said", "intercepted"),
    [
        (
            "The coalition's counter-rocket system shot down two of the rockets, a spokesman said.",
            True,
        ),
        ("It was not clear why the air defences did not intercept the rockets.", False),
        ("The coalition has strengthened its air defences at the airport.", False),
    ],
)
def test_an_interception_a_paragraph_on(said: str, intercepted: bool) -> None:
    d = _match("Rockets fired at Erbil airport", STORY + said, TUESDAY)
    assert d.attack, d.reasons
    assert d.intercepted is intercepted


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("سقط صاروخان مساء الثلاثاء على قاعدة عين الأسد التي تستضيف قوات أمريكية.", 2),
        ("استهدفت قاعدة عين الأسد التي تستضيف قوات أمريكية بثلاثة صواريخ مساء الثلاثاء.", 3),
        (
            "استهدفت طائرتان مسيرتان مساء الثلاثاء قاعدة عين الأسد التي تستضيف قوات أمريكية "
            "وأصابتا أهدافهما إصابة مباشرة.",
            2,
        ),
    ],
)
def test_arabic_counts_in_the_weapon_word_or_after_a_preposition(text: str, count: int) -> None:
    # the dual is one word for two; "بثلاثة" is "with three"; "إصابة مباشرة" is a direct hit,
    # which hurts no one by itself
    d = _match("", text, TUESDAY)
    assert d.attack, d.reasons
    assert d.projectiles == count
    assert d.injured is None


def test_a_number_in_the_bases_name_is_no_toll() -> None:
    # "Tower 22" lies within the words before "getötet": its number counts no dead
    d = _match(
        "Drohnenangriff in Jordanien",
        "Am Sonntag wurden US-Soldaten bei einem Drohnenangriff auf den Stützpunkt Tower 22 "
        "in Jordanien getötet.",
        datetime(2024, 1, 29, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.killed is None


MONDAY = datetime(2024, 1, 29, 21, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        # Iran itself, told as the attacker in the evidence: it is who attacked
        (
            "Iran fired six ballistic missiles at Al Udeid air base in Qatar on Monday "
            "evening, and Qatar said its air defences intercepted them.",
            "Iran",
        ),
        ("أطلقت إيران صواريخ باليستية على قاعدة العديد في قطر مساء الاثنين.", "Iran"),
        # a group's own claim comes first
        (
            "Iran launched ballistic missiles at Ain al-Asad air base in western Iraq on "
            "Monday. The Islamic Revolutionary Guard Corps said in a statement that its forces "
            "had carried out the attack.",
            "Islamic Revolutionary Guard Corps",
        ),
        # the militias Iran backs, not Iran
        (
            "Iran-backed militias fired rockets at Ain al-Asad air base in western Iraq on Monday.",
            None,
        ),
        (
            "Milícias apoiadas pelo Irã lançaram drones contra a base de Ain al-Asad, no oeste "
            "do Iraque, nesta segunda-feira.",
            None,
        ),
        ("أطلقت الفصائل الموالية لإيران صواريخ على قاعدة عين الأسد غربي العراق يوم الاثنين.", None),
        # Iran in another clause, not doing the attack
        (
            "As US-Iran tensions climb, at least ten rockets were fired at Ain al-Asad air base "
            "in western Iraq on Monday.",
            None,
        ),
    ],
)
def test_iran_told_as_the_attacker_is_who_attacked(text: str, attacker: str | None) -> None:
    d = _match("Base attacked", text, MONDAY)
    assert d.attack, d.reasons
    assert d.claimed_by == attacker


SUNDAY_ATTACK = "Drones attacked Ain al-Asad air base in western Iraq on Sunday. "


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # the claim first, then who made it: "claimed by", "revendiquée par", "diklaim oleh"
        (
            SUNDAY_ATTACK + "The attack was claimed by the group known as the Islamic "
            "Resistance in Iraq.",
            "Islamic Resistance in Iraq",
        ),
        (
            "Des drones ont frappé dimanche la base aérienne d'Ain al-Asad, dans l'ouest de "
            "l'Irak. L'attaque a été revendiquée par la Résistance islamique en Irak.",
            "Islamic Resistance in Iraq",
        ),
        (
            "Drones atacaron el domingo la base aérea de Ain al Asad, en el oeste de Irak. El "
            "ataque fue reivindicado por la Resistencia Islámica en Irak.",
            "Islamic Resistance in Iraq",
        ),
        (
            "Drone menyerang pangkalan udara Ain al-Asad di Irak barat pada hari Minggu. "
            "Serangan itu diklaim oleh kelompok Perlawanan Islam di Irak.",
            "Islamic Resistance in Iraq",
        ),
        # the group by its name in Korean, Japanese, Hindi, Urdu and Bengali
        (
            "일요일 이라크 서부 아인 알아사드 공군기지가 드론 공격을 받았다. 이라크 이슬람 "
            "저항군은 자신들이 공격했다고 주장했다.",
            "Islamic Resistance in Iraq",
        ),
        (
            "イラク西部のアインアルアサド空軍基地が日曜日、ドローン攻撃を受けた。イラクのイスラム"
            "抵抗は、基地を無人機で攻撃したと主張した。",
            "Islamic Resistance in Iraq",
        ),
        (
            "रविवार को पश्चिमी इराक में ऐन अल-असद हवाई अड्डे पर ड्रोन से हमला हुआ। इराक में "
            "इस्लामिक प्रतिरोध ने हमले की जिम्मेदारी ली।",
            "Islamic Resistance in Iraq",
        ),
        (
            "اتوار کو مغربی عراق میں عین الاسد ہوائی اڈے پر ڈرون حملہ ہوا۔ عراق میں اسلامی مزاحمت "
            "نے حملے کی ذمہ داری قبول کی۔",
            "Islamic Resistance in Iraq",
        ),
        (
            "রবিবার পশ্চিম ইরাকের আইন আল-আসাদ বিমান ঘাঁটিতে ড্রোন হামলা হয়েছে। ইরাকের ইসলামিক "
            "প্রতিরোধ এই হামলার দায় স্বীকার করেছে।",
            "Islamic Resistance in Iraq",
        ),
        # an older attack's claim is not this one's
        (
            "Des drones ont frappé dimanche la base aérienne d'Ain al-Asad, dans l'ouest de "
            "l'Irak. En avril, une attaque du même type avait été revendiquée par le groupe État "
            "islamique.",
            None,
        ),
    ],
)
def test_the_claim_and_who_made_it_in_any_order(text: str, group: str | None) -> None:
    d = _match("Base attacked", text, MONDAY)
    assert d.attack, d.reasons
    assert d.claimed_by == group


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        (
            "en",
            "Several rockets struck Ain al-Asad air base on Tuesday night. Security sources "
            "said seven rockets landed inside the base.",
            7,
        ),
        (
            "fr",
            "Plusieurs roquettes ont frappé mardi soir la base aérienne d'Ain al-Asad. Selon "
            "des sources de sécurité, cinq roquettes sont tombées dans l'enceinte.",
            5,
        ),
        ("en", "Several rockets struck Ain al-Asad air base on Tuesday night.", 3),
    ],
)
def test_a_rough_count_gives_way_to_an_exact_one(language: str, text: str, count: int) -> None:
    """ "Several rockets" in the lead and "seven rockets" a line down: seven. Alone, several
    stands for its guess."""
    d = _match("", text, TUESDAY, language=language)
    assert d.attack, d.reasons
    assert d.projectiles == count


@pytest.mark.parametrize(
    ("follows", "count"),
    [
        ("Security officials said three rockets landed inside the base.", 3),
        # an older attack's count, or another base's, is not this one's
        ("The base had been hit by four rockets on Sunday.", None),
        ("Two rockets also struck near Erbil airport the same night, officials said.", None),
    ],
)
def test_a_count_a_paragraph_on(follows: str, count: int | None) -> None:
    """The lead gives no number ("rocket fire hit Ain al-Asad"); a sentence a paragraph on
    that tells of the attack does."""
    text = (
        "Rocket fire hit Ain al-Asad air base in western Iraq on Tuesday night.\n\n"
        "No one was hurt, the coalition said in a brief statement.\n\n"
        "The base in Anbar province hosts American and other coalition troops.\n\n"
        "Iraqi forces were searching the desert west of the base for the launchers.\n\n"
        f"{follows}"
    )
    d = _match("", text, TUESDAY)
    assert d.attack, d.reasons
    assert d.projectiles == count


@pytest.mark.parametrize(
    ("said", "toll"),
    [
        ("The attack killed no fewer than three American soldiers, the Pentagon said.", (3, None)),
        ("The strike wounded at least four service members, officials said.", (None, 4)),
    ],
)
def test_a_floor_before_the_count(said: str, toll: tuple[int | None, int | None]) -> None:
    """ "Killed no fewer than three": the count after its floor, not "no" read as none."""
    d = _match(EN, "A drone struck Ain al-Asad air base on Tuesday night. " + said, TUESDAY)
    assert d.attack, d.reasons
    assert (d.killed, d.injured) == toll


@pytest.mark.parametrize(
    "said",
    [
        "The military said in a tweet that nobody was killed or hurt.",
        "Initial reports said the 17 rockets caused no casualties among the troops.",
    ],
)
def test_a_number_near_a_denied_toll_counts_nobody(said: str) -> None:
    """ "In a tweet that nobody was killed": the article before the denial counts no dead,
    nor the rockets beside "no casualties" any wounded."""
    d = _match(EN, LEAD + said, TUESDAY)
    assert d.attack, d.reasons
    assert (d.killed, d.injured) == (0, 0)


@pytest.mark.parametrize(
    ("text", "intercepted"),
    [
        (
            "A drone got through air defences and hit a bunker at Ain al-Asad air base on "
            "Tuesday night.",
            False,
        ),
        (
            "A drone struck Ain al-Asad air base on Tuesday night after air defenses failed to "
            "stop it.",
            False,
        ),
        (
            "The US is boosting air defenses at Ain al-Asad air base, where a drone struck on "
            "Tuesday night.",
            False,
        ),
        ("Air defences shot down a drone over Ain al-Asad air base on Tuesday night.", True),
    ],
)
def test_a_weapon_that_got_past_the_defences_was_not_intercepted(
    text: str, intercepted: bool
) -> None:
    d = _match("", text, TUESDAY)
    assert d.attack, d.reasons
    assert d.intercepted is intercepted


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Tuesday 2 March, rockets struck Ain al-Asad air base in western Iraq."),
        ("es", "El martes 2 de marzo, cohetes impactaron en la base aérea de Ain al Asad."),
        (
            "fa",
            "بامداد سه‌شنبه ۱۲ اسفند، راکت‌ها به پایگاه هوایی عین الاسد در غرب عراق اصابت کرد.",
        ),
    ],
)
def test_a_day_of_the_month_counts_no_rockets(language: str, text: str) -> None:
    """ "2 March, rockets": the 2 is the day's, not a count of rockets."""
    d = _match("", text, TUESDAY, language=language)
    assert d.attack, d.reasons
    assert d.projectiles is None


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A drone strike on a small US outpost at Tower 22, Jordan, killed three US soldiers "
            "on Tuesday night.",
            3,
        ),
        (
            "A British medic aged 26 was killed when missiles hit Ain al-Asad air base on "
            "Tuesday night.",
            None,
        ),
        # one death, not 23 ("a drone" gives the one)
        ("Specialist Breonna Moffett (23) died when a drone hit Tower 22 on Tuesday night.", 1),
    ],
)
def test_a_base_number_or_an_age_is_no_toll(text: str, killed: int | None) -> None:
    """ "Tower 22," (its comma aside) is a base's name, "aged 26" and "(23)" ages."""
    d = _match("", text, TUESDAY)
    assert d.attack, d.reasons
    assert d.killed == killed


def test_a_word_that_starts_like_a_month_is_no_date() -> None:
    """ "Two marines": "marines" is no March, so the two are counted."""
    d = _match(
        "",
        "Two marines were killed when rockets hit Ain al-Asad air base on Tuesday night.",
        TUESDAY,
    )
    assert d.attack, d.reasons
    assert d.killed == 2
