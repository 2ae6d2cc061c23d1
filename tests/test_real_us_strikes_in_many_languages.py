"""A US strike, told in the words real reports use in eleven languages (fixtures in our own
words): "the United States responds to the shelling of Erbil airport" (Arabic), "Biden ordered
air strikes" (Chinese), "the US military liquidated" a militia leader (Ukrainian), "an
American drone attack" (Slovak), "the USA made a strike" (Finnish), "the US army carried out
attacks" (Swahili), "air attacks were carried out" (Pashto), "large-scale bombing" (Urdu),
"answered that attack" (Sorani Kurdish), "the US has launched" (Indonesian), "US forces
carried out strikes" (Albanian). The attack on a base that the strike answers is told as its
cause: the story is no news of a new attack on one. A story of an attack on a base in the
same language is still one. The group struck is read in the spellings English reports give it
("Kata'ib Hizbollah", "Kataeb Hezbollah"). A name's initials in brackets ("Amerika Serikat
(AS) melakukan serangan") do not part it from its verb, nor do words of saying ("confirmó
que realizó una serie de bombardeos")."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.detect.text import normalise
from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import matcher, term_cases

DAY = date(2024, 2, 8)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "الولايات المتحدة ترد على قصف مطار أربيل",
            "شنت طائرات مسيرة ضربات مساء الثلاثاء على مواقع لفصيل مسلح قرب الحدود السورية.\n\n"
            "واستهدفت الضربات الفصيل الذي يقف وراء الهجوم على مطار أربيل الدولي قبل أيام.",
        ),
        (
            "拜登下令空袭叙利亚东部与伊朗有关的目标",
            "美国总统拜登当地时间周二下令，对叙利亚东部与伊朗有关的设施实施空中打击。"
            "声明说，这是为了保护美军，此前坦夫基地遭到无人机攻击。",
        ),
        # traditional script, "instructed air strikes"
        (
            "拜登指示空襲敘利亞親伊朗民兵組織 回應美軍基地遇襲",
            "美國總統拜登週二指示美軍對敘利亞東部的民兵設施發動空襲。"
            "五角大樓表示，這是對近日美軍基地遭火箭襲擊的回應。",
        ),
        (
            "Військові США ліквідували в Іраку командира угруповання",
            "У середу ввечері в Багдаді Сполучені Штати знищили командира проіранського "
            "угруповання.\n\nЙого вважають причетним до удару дрона по базі Вежа 22 в Йорданії.",
        ),
        (
            "Americká armáda priznala dronový útok v Bagdade",
            "V stredu zasiahol americký dronový útok vozidlo v Bagdade a zabil troch členov "
            "proiránskej milície.\n\nMilícia je podozrivá z útoku na americkú základňu v "
            "Jordánsku.",
        ),
        (
            "USA teki Irakiin iskun raketilla",
            "USA teki Irakiin iskun, jossa kuoli iranilainen kenraali.\n\nPerjantaina aamulla "
            "Bagdadin lentokentälle kohdistuneessa ohjusiskussa kuoli kahdeksan ihmistä.",
        ),
        (
            "Jeshi la Marekani limefanya mashambulizi Syria",
            "Jeshi la Marekani limefanya mashambulizi dhidi ya kambi za wapiganaji wanaoungwa "
            "mkono na Iran mashariki mwa Syria.\n\nMsemaji wa Pentagon amesema mashambulizi "
            "hayo ya ndege za kivita yalijibu roketi zilizorushwa kwenye kambi ya Marekani.",
        ),
        (
            "امریکايي پوځ په سوریه کې هوايي حملې وکړې",
            "امریکايي پوځ په سوریه کې هوايي حملې وکړې او د ایران پلوه ملېشو ۱۴ کسان یې ووژل.\n\n"
            "پنټاګون وړاندې ویلي وو چې بې پیلوټه الوتکو په حسکه کې د ائتلاف پر یوه اډه برید "
            "کړی و.",
        ),
        (
            "عراق اور شام میں بڑی کارروائی",
            "بغداد: امریکی فوج نے عراق اور شام میں ایران نواز جنگجوؤں کے ٹھکانوں پر وسیع پیمانے "
            "پر بمباری کی ہے، جو عین الاسد فضائی اڈے پر راکٹ حملے کا جواب ہے۔",
        ),
        (
            "ئەمەریکا وەڵام دەداتەوە",
            "بەرپرسێکی سەربازیی ئەمەریکا ڕایگەیاند کە بە درۆن وەڵامی ئەو هێرشەیان داوەتەوە کە "
            "بە درۆن کرایە سەر یەکێک لە بنکە سەربازییەکانی ئەمەریکا لە عێراق.",
        ),
        (
            "Militer AS telah melancarkan serangan di Irak",
            "Militer AS telah melancarkan serangan terhadap tiga fasilitas milisi di Irak pada "
            "hari Selasa.\n\nSerangan itu menyusul serangan roket akhir pekan ke pangkalan udara "
            "Ain al-Asad.",
        ),
        (
            "Biden urdhëroi ushtrinë amerikane të bombardonte tri objekte në Irak",
            "Forcat ushtarake amerikane kryen sulme ndaj tri objekteve të milicive në Irak të "
            "martën.\n\nSulmet erdhën pas një sulmi me dron ndaj bazës ajrore të Erbilit, ku u "
            "plagosën tre ushtarë.",
        ),
    ],
)
def test_a_us_strike_told_in_its_own_words_is_no_new_attack(title: str, text: str) -> None:
    d = _match(title, text, DAY)
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("title", "text", "base"),
    [
        (
            "قصف يستهدف مطار أربيل الدولي",
            "استهدفت طائرة مسيرة مساء الثلاثاء مطار أربيل الدولي حيث تتمركز قوات التحالف.",
            "erbil-air-base",
        ),
        (
            "Dronový útok na americkú základňu v Sýrii",
            "Dron zaútočil v utorok na americkú základňu Al-Tanf v Sýrii, zranení nie sú hlásení.",
            "al-tanf",
        ),
    ],
)
def test_an_attack_on_a_base_in_the_same_language_is_still_one(
    title: str, text: str, base: str
) -> None:
    d = _match(title, text, DAY)
    assert d.attack, d.reasons
    assert _bases(d) == [base]


# the group a US strike hits, in the spellings English reports give it
test_the_groups_spellings_are_read = term_cases(
    [
        ("US jets struck five Kata’ib Hizbollah sites.", "hizbollah", "group:Kataib Hezbollah"),
        ("US jets struck five Kataeb Hezbollah sites.", "kataeb", "group:Kataib Hezbollah"),
        ("US jets struck five Kataib Hizbullah sites.", "hizbullah", "group:Kataib Hezbollah"),
    ],
    read=True,
)


def test_a_president_ordering_air_strikes_is_the_us_striking() -> None:
    # "Biden ordered precision airstrikes on facilities ...": the story of the US strike,
    # whose cause, the militias' drone attacks on US sites, is told a line below
    d = _match(
        "Militia facilities hit along the Iraq-Syria border",
        "On Sunday President Biden ordered precision airstrikes on facilities that "
        "Iran-backed militias use along the Iraq-Syria border, the Pentagon said.\n\nAccording "
        "to the Pentagon, the militias had been using the facilities to carry out drone "
        "attacks on American personnel and sites in Iraq.\n\nWeapons stores and operations "
        "sites were hit in two places in Syria and one in Iraq.\n\nThe Pentagon said the "
        "sites hit at the weekend had been used to launch drone attacks on US installations.",
        date(2021, 6, 28),
    )
    assert not d.attack, d.reasons


def test_an_indonesian_us_drone_strike_in_answer_to_the_kabul_bombing() -> None:
    # "a strike using a drone", "retaliation for the bombing at Kabul airport"
    d = _match(
        "AS tewaskan anggota ISIS lewat serangan drone",
        "Amerika Serikat menyatakan telah menewaskan seorang anggota ISIS lewat serangan udara "
        "memakai drone di Afghanistan timur.\n\nSerangan itu merupakan aksi balasan atas "
        "pengeboman di Bandara Kabul yang menewaskan 13 tentara AS.",
        date(2021, 8, 28),
    )
    assert not d.attack, d.reasons


# a president who ordered the strikes, as the press of nine more languages says it
test_a_president_ordering_strikes_is_read_as_the_us_striking = term_cases(
    [
        (
            "Biden a ordonné des frappes contre des milices.",
            "ordonne des frappes",
            "cat:us_attacker",
        ),
        ("Biden ordenó ataques aéreos contra milicias.", "ordeno ataques", "cat:us_attacker"),
        (
            "Biden ha ordinato attacchi aerei contro le milizie.",
            "ordinato attacchi",
            "cat:us_attacker",
        ),
        ("Biden ordenou ataques aéreos contra milícias.", "ordenou ataques", "cat:us_attacker"),
        ("Байден приказал нанести удары по ополченцам.", "приказал нанести", "cat:us_attacker"),
        ("بايدن أمر بشن ضربات على الفصائل.", "بشن", "cat:us_attacker"),
        ("Biden milislere hava saldırısı emri verdi.", "emri verdi", "cat:us_attacker"),
        ("Biden gaf opdracht tot luchtaanvallen op milities.", "opdracht tot", "cat:us_attacker"),
        ("Biden nakazał naloty na bojówki.", "naloty", "cat:us_attacker"),
    ],
    read=True,
)


# verb-final languages put the US strike's verb after its object: "the US army ... struck"
test_a_verb_final_us_strike_is_read = term_cases(
    [
        (
            "ABD ordusu Irak'taki milis mevzilerini vurdu.",
            "abd ordusu irak'taki milis mevzilerini vurdu",
            "cat:us_attacker",
        ),
        (
            "ارتش آمریکا مواضع شبه‌نظامیان را بمباران کرد.",
            "بمباران كرد",
            "cat:us_attacker",
        ),
        ("미군은 이라크 민병대 시설을 공습했다.", "공습했다", "cat:us_attacker"),
    ],
    read=True,
)
# ... but the US base as the object is no US strike: "ABD üssünü vurdu" (hit the US base)
test_a_us_base_hit_is_no_us_strike = term_cases(
    [("Milisler ABD üssünü dronla vurdu.", "vurdu", "cat:us_attacker")],
    read=False,
)


def test_a_french_story_of_self_defence_strikes_and_weeks_of_attacks() -> None:
    # "frappes d'autodéfense" (self-defence strikes) are the US's; "for several weeks militias
    # have targeted US bases" is a run of attacks, not one
    d = _match(
        "",
        "Le Pentagone a fait savoir qu'il avait mené des «frappes d'autodéfense» visant, en "
        "Syrie, des sites des Gardiens de la révolution. Voilà plusieurs semaines que des "
        "milices liées à l'Iran visent les bases américaines en Syrie et en Irak. Entre "
        "Washington et Téhéran, la tension monte.\n\nLe texte précise que l'armée "
        "américaine a visé deux sites dans l'est syrien.\n\nSelon un média libanais, ces "
        "attaques ont notamment visé la base d'Al-Tanf, en Syrie.",
        None,
    )
    assert not d.attack, d.reasons


def test_a_chinese_clause_after_which_the_us_struck() -> None:
    # "确认…基地遭袭之后，美军已对…实施打击": the base attacked is what the US strike came
    # after; the strike is the news, the rockets of the 20th its cause
    d = _match(
        "",
        "五角大楼23日发表声明，确认驻伊拉克美军基地遭袭之后，美军已对伊拉克境内伊朗支持的3个"
        "民兵组织设施实施打击。\n\n在此之前，20日美军驻守的阿萨德空军基地遭到十余枚导弹和火箭弹"
        "袭击，造成4名美军人员脑部受伤。",
        date(2024, 1, 24),
    )
    assert not d.attack, d.reasons


def test_a_chinese_us_strike_with_its_verb_last() -> None:
    # "美国…对…据点进行空袭": the US, then 对 and what it struck, then the strike; the drone
    # on the base in Jordan it answers is its cause
    d = _match(
        "美国开始对伊拉克、叙利亚的亲伊朗武装据点进行空袭",
        "据美国多家媒体周五报道，美国开始对伊拉克、叙利亚的亲伊朗武装据点进行空袭，以回应上周"
        "约旦美军基地遭无人机袭击、三名美军士兵死亡。\n\n上周日凌晨，约旦东北部靠近叙利亚边境的"
        "一处美军基地遭无人机袭击，造成三名美军士兵死亡、四十多人受伤。",
        date(2024, 2, 2),
    )
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "",
            "Tentara Amerika Serikat (AS) melakukan serangan terhadap kelompok milisi Kataib "
            "Hizbullah di Irak.\n\nSerangan itu merupakan balasan setelah pada Senin pangkalan "
            "udara AS di Erbil diserang pesawat nirawak.",
        ),
        (
            "",
            "ABD Merkez Kuvvetler Komutanlığı (CENTCOM) saldırı düzenlediğini açıkladı.\n\n"
            "Saldırı, Pazartesi günü Erbil'deki ABD üssüne yönelik İHA saldırısına yanıt "
            "olarak yapıldı.",
        ),
    ],
)
def test_a_names_initials_in_brackets_do_not_hide_its_verb(title: str, text: str) -> None:
    """ "Amerika Serikat (AS) melakukan serangan" (the United States (US) carried out strikes):
    the initials stand between the name and its verb, which the terms read together."""
    d = _match(title, text, date(2023, 12, 26))
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tentara Amerika Serikat (AS) melakukan", "tentara amerika serikat melakukan"),
        ("US Central Command (CENTCOM) said", "us central command said"),
        # a wire's name after a day written the Japanese way stays: its dateline reads it
        ("アルビル(イラク)、7月4日(AFP)", "アルビル(イラク)、7月4日(afp)"),
        # not a name's initials: a word in brackets, a number
        ("the base (which hosts US troops) was hit", "the base (which hosts us troops) was hit"),
        ("Erbil (Kurdistan 24) reported", "erbil (kurdistan 24) reported"),
    ],
)
def test_a_names_initials_in_brackets_are_dropped(text: str, want: str) -> None:
    assert normalise(text) == want


def test_us_forces_who_said_they_struck_are_the_attacker() -> None:
    """ "El Ejército de EE.UU. confirmó que realizó una serie de bombardeos": US forces are the
    subject of the strike they said they carried out, though words of saying stand between."""
    d = _match(
        "",
        "Este martes, el Ejército de EE.UU. confirmó que realizó una serie de bombardeos en "
        "Siria contra depósitos de armas de milicias respaldadas por Irán.\n\nLa acción "
        "respondió a un reciente ataque con misil contra la base de Shaddadi, en el noreste "
        "de Siria.",
        date(2024, 11, 26),
    )
    assert not d.attack, d.reasons


def test_us_forces_who_said_their_base_was_hit_tell_an_attack() -> None:
    d = _match(
        "",
        "Este martes, el Ejército de EE.UU. confirmó que un misil alcanzó la base de "
        "Shaddadi, en el noreste de Siria, sin causar heridos.",
        date(2024, 11, 26),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["al-shaddadi"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Os ataques ocorreram horas depois dos EUA informarem que milicianos dispararam dois "
        "drones contra a base aérea de al-Asad.",
        "Los ataques se produjeron horas después del lanzamiento de dos drones contra la base "
        "aérea de al-Asad.",
    ],
)
def test_strikes_that_came_hours_after_an_attack_are_not_that_attack(sentence: str) -> None:
    """ "Os ataques ocorreram horas depois dos ..." (the strikes came hours after the ...): the
    plural verb and "depois dos", "después del" (after the) open the clause of what the
    strikes came after, as "ocorreu depois de" did; its base and weapon are not theirs."""
    r = matcher().reader.read(3, sentence)
    assert r.places == ()
    assert r.weapons == ()


def test_whoever_orders_air_strikes_orders_a_us_strike() -> None:
    """ "Biden Orders Airstrikes ... to Respond to Erbil Attack": the president orders them in
    the present tense, and a minister may order them too; militias fire rockets and drones."""
    d = _match(
        "President Orders Airstrikes on Militias Over Erbil Rocket Attack",
        "At the president's direction, US aircraft on Thursday evening struck sites used by "
        "Iran-backed groups in eastern Syria, the Pentagon said.\n\nEarlier this month, "
        "several rockets were fired at Erbil International Airport, where coalition troops "
        "are based, killing a contractor and wounding a US service member.",
        date(2021, 2, 26),
    )
    assert not d.attack, d.reasons


def test_a_spanish_us_strike_in_the_perfect_tense() -> None:
    """ "El Pentágono informó que ha llevado a cabo 'ataques defensivos'": the perfect tense
    of the strike, and the "defensive strikes" the US calls them."""
    d = _match(
        'EE.UU. lanza "ataques defensivos" contra una milicia en Irak y Siria',
        "El Pentágono informó este domingo que ha llevado a cabo ataques defensivos con "
        "misiles contra la milicia Kataib Hezbolá, tras la muerte de un contratista el viernes."
        "\n\nEl Pentágono culpa a la milicia del ataque con más de 30 cohetes contra una base "
        "militar en Kirkuk en el que murió el contratista.",
        date(2019, 12, 29),
    )
    assert not d.attack, d.reasons


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "L'armée américaine a annoncé dimanche avoir frappé cinq bases d'un mouvement "
            "proche de l'Iran en Irak et en Syrie.\n\nLes frappes ont visé des dépôts "
            "d'armes.\n\nLe mouvement a annoncé 19 morts.\n\nLe Pentagone l'accuse d'avoir "
            "tiré vendredi plus de 30 roquettes contre la base K1, près de Kirkouk, tuant un "
            "sous-traitant américain.",
        ),
        (
            "fr",
            "Les États-Unis ont effectué des frappes aériennes en Irak contre des milices "
            "soupçonnées d'avoir tiré vendredi les roquettes qui ont frappé la base K1 près de "
            "Kirkouk.",
        ),
        (
            "id",
            "AS mengumumkan bahwa mereka telah meluncurkan beberapa serangan udara di Irak dan "
            "Suriah, setelah roket menghantam pangkalan K1 dekat Kirkuk pada hari Jumat.",
        ),
        (
            "es",
            "El Pentágono informó este domingo que Estados Unidos lanzó una serie de bombardeos "
            "contra una milicia que Washington considera responsable de la muerte de un "
            "contratista en la base K1 de Kirkuk, alcanzada el viernes por cohetes.",
        ),
    ],
)
def test_us_forces_that_announced_having_struck(language: str, text: str) -> None:
    """ "L'armée américaine a annoncé dimanche avoir frappé", "ont effectué des frappes
    aériennes", "telah meluncurkan beberapa serangan udara", "Estados Unidos lanzó una serie
    de bombardeos": the US strikes of a Sunday, the rockets on K1 two days before their
    cause; no new attack."""
    d = _match("", text, date(2019, 12, 29), language=language)
    assert not d.attack, d.reasons
