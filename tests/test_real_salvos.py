"""One salvo, several bases: a report that adds further down that another base "was also
targeted" on the same day names every base hit, as seen on real reports (in our own words);
a base recalled from another day, or from a run of attacks, is not added. Elided and
suffixed forms of "another base" count: Italian "un'altra base", Persian "دومین پایگاهی"."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from monitor.detect.text import normalise
from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import term_cases

TUESDAY = datetime(2023, 12, 12, 18, 0, tzinfo=IRAQ)
LEAD = (
    "Mortars hit the US embassy in Baghdad",
    "Five mortar rounds struck the US embassy compound in Baghdad early on Tuesday, a US "
    "military official said, causing light damage and no injuries.\n\n"
    "Sirens sounded across the Green Zone for several minutes.\n\n",
)


@pytest.mark.parametrize(
    "later",
    [
        "The official said Ain al-Asad air base in western Iraq was also targeted with two "
        "rockets, which landed outside its perimeter.",
        "Additionally, three drones attacked the coalition base at Harir in the north; two were "
        "shot down.",
        "On the same day, a rocket landed inside Victory Base near Baghdad airport.",
    ],
)
def test_a_base_also_hit_in_the_same_salvo_is_named(later: str) -> None:
    d = _match(LEAD[0], LEAD[1] + later, TUESDAY)
    assert d.attack
    assert len(_bases(d)) == 2
    assert _bases(d)[0] == "baghdad-embassy"
    assert d.attack_date == date(2023, 12, 12)


@pytest.mark.parametrize(
    ("title", "text", "also"),
    [
        (
            "Des drones visent la base de Harir",
            "Trois drones ont visé mardi la base aérienne de Harir, qui abrite "
            "des soldats américains, selon un responsable militaire.\n\n"
            "La base d'Aïn al-Assad, dans l'ouest de l'Irak, a également été visée par deux "
            "roquettes, a-t-il ajouté.",
            "ain-al-asad",
        ),
        (
            "Drones target Harir base",
            "Tres drones atacaron el martes la base aérea de Harir, que alberga tropas "
            "estadounidenses, según un funcionario militar.\n\n"
            "Asimismo, dos cohetes cayeron dentro de la base de Ain al Asad, en el oeste de Irak.",
            "ain-al-asad",
        ),
    ],
)
def test_other_languages_say_also(title: str, text: str, also: str) -> None:
    d = _match(title, text, TUESDAY)
    assert d.attack
    assert _bases(d) == ["harir-air-base", also]


# Three quiet paragraphs stand between the lead and the second base, so that only a word
# saying "the same day" or "also" joins it to the salvo.
QUIET = {
    "uk": "За його словами, постраждалих немає, а пошкодження незначні.\n\nВідповідальність "
    "ніхто поки що не взяв.",
    "pl": "Nikt nie został ranny, a szkody są niewielkie.\n\nŻadna grupa nie przyznała się "
    "dotąd do ataku.",
    "ro": "Nu au existat victime, iar pagubele sunt minore.\n\nNicio grupare nu a revendicat "
    "deocamdată atacul.",
    "ko": "부상자는 없으며 피해는 경미하다고 그는 덧붙였다.\n\n아직 배후를 자처한 단체는 없다.",
    "fa": "به گفته یک مقام نظامی، کسی زخمی نشده و خسارت اندک است.\n\nهنوز هیچ گروهی مسئولیت "
    "این حمله را نپذیرفته است.",
}


@pytest.mark.parametrize(
    ("language", "title", "lead", "later"),
    [
        (
            "uk",
            "Дрони атакували базу Айн аль-Асад",
            "Три дрони у вівторок атакували авіабазу Айн аль-Асад на заході Іраку, де "
            "перебувають американські військові, повідомив представник армії.",
            "Того ж дня дві ракети впали на територію бази Харир на півночі країни.",
        ),
        (
            "pl",
            "Drony zaatakowały bazę Ain al-Asad",
            "Trzy drony zaatakowały we wtorek bazę lotniczą Ain al-Asad w zachodnim Iraku, "
            "gdzie stacjonują żołnierze amerykańscy, podał przedstawiciel wojska.",
            "Tego samego dnia dwie rakiety spadły na bazę Harir na północy kraju.",
        ),
        (
            "ro",
            "Drone au atacat baza Ain al-Asad",
            "Trei drone au atacat marţi baza aeriană Ain al-Asad din vestul Irakului, unde "
            "sunt staţionaţi militari americani, a declarat un oficial militar.",
            "În aceeaşi zi, două rachete au căzut pe baza Harir din nordul ţării.",
        ),
        (
            "ko",
            "드론, 아인 알아사드 기지 공격",
            "드론 세 대가 화요일 미군이 주둔한 이라크 서부 아인 알아사드 공군기지를 "
            "공격했다고 군 관계자가 밝혔다.",
            "같은 날 로켓 두 발이 북부 하리르 기지에 떨어졌다.",
        ),
        (
            "fa",
            "پهپادها به پایگاه عین الاسد حمله کردند",
            "سه پهپاد روز سه‌شنبه به پایگاه هوایی عین الاسد در غرب عراق که نظامیان آمریکایی "
            "در آن مستقرند حمله کردند.",
            "در همان روز دو موشک به پایگاه حریر در شمال این کشور اصابت کرد.",
        ),
    ],
)
def test_the_same_day_adds_a_base_far_below_the_lead(
    language: str, title: str, lead: str, later: str
) -> None:
    d = _match(title, f"{lead}\n\n{QUIET[language]}\n\n{later}", TUESDAY)
    assert d.attack
    assert _bases(d) == ["ain-al-asad", "harir-air-base"]
    assert d.attack_date == date(2023, 12, 12)


ALSO_WORDS = [
    ("Základna Harir byla rovněž zasažena raketami.", "rovněž"),
    ("Rakety zasiahli tiež základňu Harir.", "tiež"),
    ("Raketter slog också ned på basen Harir.", "också"),
    ("Raketter ramte også basen Harir.", "også"),
    ("Myös Haririn tukikohtaan osui raketteja.", "myös"),
    ("Ракети също така удариха базата Харир.", "също"),
    ("Οι ρουκέτες έπληξαν επίσης τη βάση Χαρίρ.", "επίσης"),
    ("A Harir bázist szintén rakéták érték.", "szintén"),
    ("Rakete su također pogodile bazu Harir.", "takođe"),
    ("באותו יום ספג בסיס חריר רקטות.", "באותו יום"),
    ("उसी दिन हरीर बेस पर रॉकेट दागे गए।", "उसी दिन"),
    ("اسی دن حریر اڈے پر راکٹ داغے گئے۔", "اسی دن"),
    ("ハリール基地も攻撃を受けた。", "も攻撃"),
    ("ในวันเดียวกัน จรวดตกที่ฐานทัพฮารีร์", "ในวันเดียวกัน"),
    ("Căn cứ Harir cũng bị trúng rocket.", "cũng bị"),
    ("Roket juga jatuh serentak di pangkalan Harir.", "serentak"),
    ("Siku hiyo hiyo roketi ilianguka kwenye kambi ya Harir.", "siku hiyo hiyo"),
    ("هەروەها موشەکێک کەوتە سەر بنکەی حەریر.", "هەروەها"),
    ("Herwiha roket li bingeha Harîrê ketin.", "herwiha"),
]
test_more_languages_say_also = term_cases(
    [(sentence, normalise(word), "cat:also") for sentence, word in ALSO_WORDS], read=True
)

# a common word of one language is not another one's "also"
NOT_ALSO = [
    ("Ari Fleischer said the rockets hit the base.", "ari"),  # Latvian "arī" is "also"
    ("Il est resté à mes côtés quand les roquettes sont tombées.", "a mes"),  # Catalan
    ("गोले गिरने की आवाज़ भी सुनी गई।", "भी"),  # a particle, everywhere in Hindi
]
test_a_common_word_of_one_language_is_not_another_ones_also = term_cases(
    [(sentence, normalise(word), "cat:also") for sentence, word in NOT_ALSO], read=False
)


@pytest.mark.parametrize(
    "later",
    [
        # background: another day, another month, a run of attacks since some event
        "On Monday, Ain al-Asad air base was also targeted with two rockets, officials said.",
        "Ain al-Asad air base was also struck by rockets in early November, officials said.",
        "Ain al-Asad air base has also been hit by rockets and drones since the war in Gaza began.",
        "Ain al-Asad air base was also targeted by drones last week.",
    ],
)
def test_a_base_also_hit_on_another_day_is_not_added(later: str) -> None:
    d = _match(LEAD[0], LEAD[1] + later, TUESDAY)
    assert d.attack
    assert _bases(d) == ["baghdad-embassy"]
    assert d.attack_date == date(2023, 12, 12)


def test_a_base_also_hit_in_another_month_is_not_added() -> None:
    d = _match(
        "Des roquettes visent la base K-1",
        "Plusieurs roquettes sont tombées vendredi sur la base militaire K-1, qui abrite des "
        "forces américaines près de Kirkouk.\n\nIl n'y a pas eu de victimes, selon la police.\n\n"
        "Les forces de sécurité ont bouclé le secteur.\n\nDébut novembre, c'est la base "
        "d'Aïn al-Assad, qui abrite également des soldats américains, qui a été la cible de "
        "dix-sept roquettes.",
        datetime(2019, 12, 27, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["k1-air-base"]
    assert d.attack_date == date(2019, 12, 27)


# A later sentence that names the lead's base with another, in one account of the attack:
# "the missiles struck Ain al-Asad and Erbil"
CONCUSSIONS = (
    "US troops treated for concussions after Iran's strike",
    "Eleven American soldiers were treated for concussion symptoms after Iran's January 8 "
    "missile attack on Ain al-Asad air base, the US military said on Thursday.\n\n"
    "Some were flown to Germany for further checks, a spokesman said.\n\n"
    "Others went back to duty within days.\n\n"
    "The president had said at first that no American was harmed.\n\n",
)


@pytest.mark.parametrize(
    ("later", "want"),
    [
        (
            "That night, Tehran fired ballistic missiles at the bases of Ain al-Asad in the "
            "west and Erbil in the north, where coalition troops are stationed.",
            ["ain-al-asad", "erbil-air-base"],
        ),
        # background: other weapons than the attack told
        (
            "Ain al-Asad and Erbil air base have been hit by rockets, mortars and drones "
            "from militias.",
            ["ain-al-asad"],
        ),
    ],
)
def test_a_base_named_beside_the_attacked_one_in_the_same_account_is_added(
    later: str, want: list[str]
) -> None:
    d = _match(CONCUSSIONS[0], CONCUSSIONS[1] + later, datetime(2020, 1, 16, 20, 0, tzinfo=IRAQ))
    assert d.attack
    assert _bases(d) == want
    assert d.attack_date == date(2020, 1, 8)


def test_turkish_recently_is_background() -> None:
    d = _match(
        "Şeddadi Üssü'ne İHA saldırısı",
        "Haseke'nin güneyinde ABD askerlerinin konuşlandığı Şeddadi Üssü'ne akşam saatlerinde "
        "kamikaze İHA ile saldırı düzenlendi.\n\nSaldırıda can kaybı olup olmadığı bilinmiyor."
        "\n\nSuriye'de son dönemde Malikiyye ve Şeddadi'deki ABD üsleri İHA'larla sık sık hedef "
        "alındı.",
        datetime(2024, 2, 6, 22, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["al-shaddadi"]


# A lead that places the attack only in a region, and a base of that region named in the
# story's background: the reader takes it for the base attacked.
@pytest.mark.parametrize(
    ("background", "want"),
    [
        (
            "It was the first time the base, known as Tower 22, had been targeted since the "
            "attacks on US forces began in October.",
            ["tower-22"],
        ),
        # a base elsewhere in the country, recalled: not the one attacked
        (
            "Since October, drones have also been fired at Muwaffaq Salti air base near Azraq.",
            [],
        ),
    ],
)
def test_a_base_of_the_leads_region_named_in_the_background(
    background: str, want: list[str]
) -> None:
    d = _match(
        "Drone kills US troops at a base in northeast Jordan",
        "A one-way drone struck a small US base in northeast Jordan near the Syrian border "
        "early on Sunday, killing three soldiers, US Central Command said.\n\n"
        "Dozens more were wounded.\n\n" + background,
        datetime(2024, 1, 28, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == want


def test_a_base_named_to_say_where_another_is_is_not_attacked() -> None:
    # "drones attacked the American Harir base, which lies near Erbil airport"
    d = _match(
        "هجوم بطائرات مسيرة على قاعدة حرير",
        'أعلنت فصائل مسلحة أنها هاجمت قاعدة "حرير" الأميركية الواقعة قرب مطار أربيل '
        "بطائرتين مسيرتين مساء الاثنين.\n\nولم ترد أنباء عن إصابات.",
        datetime(2023, 12, 25, 22, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["harir-air-base"]


def test_a_base_placed_by_an_elided_french_locative_is_a_landmark() -> None:
    d = _match(
        "Irak : un drone vise une base abritant des Américains au Kurdistan",
        "Un drone a visé vendredi matin une base abritant des soldats américains au Kurdistan "
        "irakien, sans faire de victimes, selon la coalition.\n\nD'après la presse kurde, "
        "l'attaque a visé la base d'Al-Harir, à 70 km au nord-est d'Erbil.",
        datetime(2021, 7, 23, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["harir-air-base"]


@pytest.mark.parametrize(
    ("intro", "want"),
    [
        (
            "The Revolutionary Guards said they had fired missiles at three US air bases in the "
            "region:",
            ["al-udeid-air-base", "ali-al-salem-air-base", "al-dhafra-air-base"],
        ),
        # a list that is not about the attack: the bases are not added
        ("US forces in the Gulf are spread over several sites:", ["al-udeid-air-base"]),
    ],
)
def test_the_bases_of_a_list_after_a_colon_that_tells_the_attack(
    intro: str, want: list[str]
) -> None:
    d = _match(
        "Iran fires missiles at US bases in the Gulf",
        "Iranian missiles were fired at Al Udeid air base in Qatar on Saturday, Qatar's "
        f"defence ministry said.\n\n{intro}\n\nAl Udeid air base in Qatar.\n\n"
        "Ali Al Salem air base in Kuwait.\n\nAl Dhafra air base in the Emirates.",
        datetime(2026, 2, 28, 22, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == want


@pytest.mark.parametrize(
    ("language", "intro"),
    [
        ("en", "At the same time, three other US sites in the Gulf were attacked:"),
        ("hr", "U isto vrijeme napadnute su i tri druge američke vojne lokacije:"),
    ],
)
def test_a_list_of_other_bases_hit_at_the_same_time_is_of_the_salvo(
    language: str, intro: str
) -> None:
    """The list need not hold the attack's own base when its colon's sentence says its bases
    were hit too."""
    d = _match(
        "",
        "A ballistic missile struck the headquarters of the US Fifth Fleet in Bahrain this "
        f"morning.\n\n{intro}\n\n- Al Udeid, an air base in Qatar,\n\n- Ali Al Salem, a base "
        "in Kuwait,\n\n- Al Dhafra, an air base in the Emirates.",
        datetime(2026, 2, 28, 14, 0, tzinfo=IRAQ),
        language=language,
    )
    assert d.attack, d.reasons
    assert _bases(d) == [
        "nsa-bahrain",
        "al-udeid-air-base",
        "ali-al-salem-air-base",
        "al-dhafra-air-base",
    ]


def test_cities_listed_before_a_plural_base_word_are_bases() -> None:
    # "the Erbil and Al Asad bases": the plural base word stands right after the last name
    d = _match(
        "Revolutionary Guards say they struck two bases",
        "The Revolutionary Guards confirmed they launched the attack targeting the Erbil and "
        "Al Asad bases in retaliation for the killing of their commander.",
        datetime(2020, 1, 8, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert set(_bases(d)) == {"erbil-air-base", "ain-al-asad"}


def test_a_plural_base_word_after_us_leaves_the_city_a_city() -> None:
    d = _match(
        "Drones downed near Erbil",
        "Kurdish forces shot down two drones over a village west of Erbil on Tuesday, near "
        "where US bases in Erbil province stand, officials said.",
        TUESDAY,
    )
    assert "erbil-air-base" not in _bases(d)


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck Tower 22 in Jordan on Sunday, killing three soldiers, about 20 "
        "kilometres from the Al-Tanf garrison in Syria.",
        "Eine Drohne traf am Sonntag den Stützpunkt Tower 22 in Jordanien, nur wenige "
        "Kilometer vom Al-Tanf-Stützpunkt in Syrien entfernt; drei Soldaten starben.",
    ],
)
def test_a_base_named_for_its_distance_is_a_landmark(text: str) -> None:
    # the short form inside the name ("Tanf" in "al-Tanf garrison") stands where it stands
    d = _match("", text, datetime(2024, 1, 28, 18, 0, tzinfo=IRAQ))
    assert d.attack, d.reasons
    assert _bases(d) == ["tower-22"]


@pytest.mark.parametrize(
    "recall",
    [
        # a story's history: the old attack given its year, then a base "also" hit in it
        "In January 2020, Iran fired ballistic missiles at Ain al-Asad air base.\n\n"
        "A base in Erbil was also shelled.",
        # a run of attacks, then the places it "also" hit
        "The attack is part of a run of some 20 rockets fired at American troops since "
        "October.\n\nTheir targets have included bases across Iraq and also the US embassy in "
        "Baghdad.",
    ],
)
def test_a_base_also_hit_in_the_attack_recalled_just_before_is_not_added(recall: str) -> None:
    d = _match(
        "Rockets hit Ain al-Asad",
        "Two rockets landed inside Ain al-Asad air base in western Iraq on Tuesday evening, "
        "Iraqi security sources said.\n\nThere were no casualties.\n\nThe base hosts US "
        "troops.\n\nNo group has claimed the attack so far.\n\n" + recall,
        datetime(2022, 1, 4, 22, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2022, 1, 4)


def test_a_fresh_weapon_attack_also_told_after_a_run_of_attacks_is_added() -> None:
    """A guard: "also" with a weapon of its own after a tally is another base of the day."""
    d = _match(
        "Drone hits al-Omar base",
        "A drone struck the US base at the al-Omar oil field in eastern Syria on Friday, local "
        "sources said.\n\nThere were no casualties.\n\nThe base hosts US troops.\n\n"
        "It was the nineteenth attack on the base since October 19.\n\n"
        "The al-Shaddadi base in the south of Hasakah was also targeted by a drone.",
        datetime(2024, 1, 5, 22, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-omar-oil-field", "al-shaddadi"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            # "from time to time, bases in Syria ... among them al-Tanf, Malikiyah and
            # al-Shaddadi, come under attack"
            "ar",
            "قالت مصادر محلية إن طائرة مسيرة هاجمت مساء الثلاثاء القاعدة الأمريكية في التنف.\n\n"
            "ولم ترد أنباء عن إصابات.\n\nوتوجد في القاعدة قوات أمريكية.\n\n"
            "وتتعرض من وقت لآخر قواعد للجيش الأمريكي في سوريا، منها التنف والمالكية "
            "والشدادي، لهجمات بالطائرات المسيرة.",
        ),
        (
            # the same, "from time to time" said with another word for time
            "ar",
            "قالت مصادر محلية إن طائرة مسيرة هاجمت مساء الثلاثاء القاعدة الأمريكية في التنف.\n\n"
            "ولم ترد أنباء عن إصابات.\n\nوتوجد في القاعدة قوات أمريكية.\n\n"
            "ومن حين لآخر، تتعرض قواعد للجيش الأمريكي في سوريا، منها التنف والمالكية "
            "والشدادي، لهجمات بالطائرات المسيرة.",
        ),
        (
            # "lately, the bases of the US army in Tanf, Malikiyah and Shaddadi have been
            # targeted by drones"
            "tr",
            "Yerel kaynaklara göre salı akşamı Tenef'teki ABD üssüne bir İHA saldırdı.\n\n"
            "Can kaybı bildirilmedi.\n\nÜste ABD askerleri bulunuyor.\n\n"
            "Son zamanlarda Tenef, Malikiyye ve Şeddadi'deki ABD üsleri İHA'larla hedef alındı.",
        ),
    ],
)
def test_bases_attacked_from_time_to_time_or_lately_are_not_this_salvo(
    language: str, text: str
) -> None:
    d = _match("", text, datetime(2021, 12, 14, 23, 0, tzinfo=IRAQ), language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["al-tanf"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "A drone struck the coalition base at Erbil airport in northern Iraq, Kurdish "
            "officials said.\n\nRockets had hit Erbil airport and Harir air base on Friday "
            "night.\n\nThe attack caused no damage or casualties.",
        ),
        (
            "ar",
            "قال مسؤولون أكراد إن طائرة مسيرة استهدفت قاعدة التحالف الدولي في مطار أربيل شمال "
            "العراق.\n\nوكانت صواريخ قد استهدفت مطار أربيل وقاعدة حرير ليل الجمعة.\n\n"
            "ولم يخلف الهجوم أضرارا أو إصابات.",
        ),
    ],
)
def test_an_earlier_attack_told_in_the_past_perfect_gives_the_salvo_no_base(
    language: str, text: str
) -> None:
    # the lead's attack gives no day; the line below, in the past perfect, tells an earlier
    # salvo on the same base and another: its day is not the story's, nor its other base
    d = _match("", text, datetime(2021, 9, 12, 12, 0, tzinfo=IRAQ), language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]


def test_places_chinese_says_are_often_attacked_are_not_this_salvo() -> None:
    # "the Green Zone and Baghdad airport are often attacked with home-made rockets"
    d = _match(
        "",
        "当地时间周日凌晨，位于巴格达的美国大使馆遭到火箭弹袭击，无人受伤。\n\n"
        "防空系统拦截了火箭弹。\n\n大使馆周围的街道已被封锁。\n\n"
        "绿区和紧邻军用机场的巴格达国际机场常常遭到当地武装组织用火箭弹袭击。",
        datetime(2020, 7, 5, 12, 0, tzinfo=IRAQ),
        language="zh",
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["baghdad-embassy"]


@pytest.mark.parametrize(
    ("language", "title", "text", "published", "want"),
    [
        (
            # Italian elides "un'altra base" (another base): the term is written so
            "it",
            "Razzi contro basi Usa in Siria",
            "Due razzi hanno colpito la base di Conoco, nell'est della Siria, nella notte di "
            "martedì.\n\nNessun ferito, secondo la coalizione.\n\nLa base si trova nel "
            "deserto.\n\nI militari vi addestrano le forze locali.\n\nPoco dopo è stata "
            "colpita un'altra base Usa, quella del giacimento petrolifero di al-Omar.",
            datetime(2023, 11, 14, 9, 0, tzinfo=IRAQ),
            ["conoco-gas-field", "al-omar-oil-field"],
        ),
        (
            # Persian "دومین پایگاهی که" (the second base that) glues a suffix to the word
            "fa",
            "حمله موشکی به پایگاه عین الاسد",
            "سپاه پاسداران بامداد امروز با موشک به پایگاه عین الاسد در غرب عراق حمله کرد.\n\n"
            "هنوز از تلفات خبری نیست.\n\nاین پایگاه در صحرای استان انبار است.\n\n"
            "نیروهای ائتلاف سال‌هاست در آنجا حضور دارند.\n\n"
            "بنا بر گزارش‌ها، دومین پایگاهی که مورد حمله بود، در نزدیکی فرودگاه اربیل قرار دارد.",
            datetime(2020, 1, 8, 9, 0, tzinfo=IRAQ),
            ["ain-al-asad", "erbil-air-base"],
        ),
    ],
)
def test_another_base_in_its_elided_or_suffixed_form_joins_the_salvo(
    language: str, title: str, text: str, published: datetime, want: list[str]
) -> None:
    d = _match(title, text, published, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == want


def test_a_german_the_targets_were_names_the_salvos_bases() -> None:
    """ "Ziel waren die Luftwaffenbasis ... sowie eine weitere Basis bei Erbil" (the targets
    were ...): no verb of attack, but the target of the attack the lead tells."""
    d = _match(
        "",
        "Die Revolutionsgarden feuerten am frühen Mittwochmorgen Raketen auf den Irak ab.\n\n"
        "Ziel waren die Luftwaffenbasis Ain al-Assad in der Provinz Anbar sowie eine weitere "
        "Basis bei Erbil, wo US-Truppen stationiert sind.",
        datetime(2020, 1, 8, 9, 0, tzinfo=IRAQ),
        language="de",
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad", "erbil-air-base"]


def test_a_german_aim_is_no_target() -> None:
    d = _match(
        "",
        "Ziel war es, die Soldaten auf der Luftwaffenbasis Ain al-Assad besser zu schützen, "
        "sagte ein Sprecher der Bundeswehr.",
        datetime(2020, 1, 20, 9, 0, tzinfo=IRAQ),
        language="de",
    )
    assert not d.attack, d.reasons
