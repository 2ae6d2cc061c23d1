"""Polish, Czech, Russian and Turkish wordings of attack reports that the term files lacked
(in our own words): tolls ("the drone killed three soldiers", "nobody suffered injuries",
"no one lost his life"), claims with the object first ("responsibility was taken by ..."),
the coalition's partners (French, British, Italian troops), native spellings of bases
(Tauer-22, Asz-Szaddadi, Ömer petrol sahası, Bağdat'taki ABD Büyükelçiliği, "Пятый флот
Военно-морских сил США"), Russian "целью Тегерана была" (Tehran's target was), the Turkish
"night of Saturday into Sunday", and stories that are no new attack: US strikes in
reprisal, calls not to attack, signs of preparations, trends, and recalled attacks."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import detect, look_alike_cases, term_cases

MONDAY = datetime(2024, 1, 29, 10, 0, tzinfo=IRAQ)

test_the_word_is_read = term_cases(
    [
        # tolls
        ("Dron usmrtil tři americké vojáky.", "usmrtil", "cat:killed"),
        ("Útok si vyžádal životy dvou vojáků.", "si vyzadal zivoty", "cat:killed"),
        ("Dwudziestu żołnierzy odniosło rany.", "odniosło rany", "cat:injured"),
        ("Pięciu żołnierzy doznało obrażeń.", "doznało obrazen", "cat:injured"),
        ("Şehrin dışındaki üste iki asker yara aldı.", "yara aldi", "cat:injured"),
        ("Saldırıda bir asker yaşamını yitirdi.", "yasamini yitirdi", "cat:killed"),
        ("Nikt nie odniósł obrażeń.", "nikt nie odniosł obrazen", "cat:no_casualties"),
        ("Nikdo neutrpěl zranění.", "nikdo neutrpel zraneni", "cat:no_casualties"),
        ("Военные не пострадали.", "не пострадали", "cat:no_casualties"),
        ("Atakta kimse hayatını kaybetmedi.", "kimse hayatini kaybetmedi", "cat:no_deaths"),
        ("Atak nie przyniósł ofiar śmiertelnych.", "nie przyniosł", "cat:no_deaths"),
        # claims with the object first
        ("Ответственность взяла на себя группировка.", "ответственность взяла", "cat:claim"),
        ("Skupina se přihlásila k útoku.", "se prihlasila", "cat:claim"),
        ("Odpowiedzialność wzięła na siebie grupa.", "wzieła na siebie", "cat:claim"),
        # the coalition's partners
        ("Na bazie stacjonują francuscy żołnierze.", "francuscy", "cat:coalition"),
        ("На базе находятся итальянские военные.", "итальянские военные", "cat:coalition"),
        ("Üste İngiliz askerleri de bulunuyor.", "ingiliz askerleri", "cat:coalition"),
        ("Na základně jsou i italští vojáci.", "italsti vojaci", "cat:coalition"),
        # no new attack
        ("Šlo o odvetu za útok na základnu.", "odvetu za", "cat:cause"),
        ("Milislerin üsse saldırıda bulunmaması gerekir.", "saldirida bulunmamasi", "cat:threat"),
        ("Есть признаки подготовки к атакам.", "признаки подготовки", "cat:threat"),
        ("Jak przypomina agencja, baza była ostrzelana.", "jak przypomina", "cat:recall"),
        ("Hatırlanacağı üzere üs daha önce vurulmuştu.", "hatirlanacagi uzere", "cat:recall"),
        ("Удары по базам участились.", "участились", "cat:recall"),
    ],
    read=True,
)


@pytest.mark.parametrize(
    ("title", "text", "killed", "injured"),
    [
        (
            "Dron usmrtil tři vojáky",
            "Útok dronu na americkou základnu v Jordánsku usmrtil tři americké vojáky a "
            "dalších 34 zranil.",
            3,
            34,
        ),
        (
            "Atak na bazę Harir",
            "Baza Harir w irackim Kurdystanie, w której stacjonują amerykańscy żołnierze, "
            "została zaatakowana dronem. Nikt nie odniósł obrażeń.",
            0,
            0,
        ),
        (
            "Atak na Ain al-Asad",
            "Na bazę Ajn al-Asad, gdzie stacjonują żołnierze USA, spadły rakiety. Śmierć "
            "poniosło dwóch żołnierzy, a kilkunastu odniosło rany.",
            2,
            12,
        ),
        (
            "Útok na základnu Harír",
            "Základna Harír, kde jsou rozmístěni američtí vojáci, se stala terčem útoku dronu. "
            "Nikdo neutrpěl zranění.",
            0,
            0,
        ),
        (
            "Удар по базе Айн аль-Асад",
            "Ракеты упали на базу Айн аль-Асад, где находятся американские военные. Погибших "
            "и раненых среди американских военнослужащих нет.",
            0,
            0,
        ),
        (
            "Ayn el-Esed'e roket",
            "ABD askerlerinin bulunduğu Ayn el-Esed Üssü'ne roketler düştü. Saldırıda "
            "hayatını kaybeden ya da yara alan bulunmadığı bildirildi.",
            0,
            0,
        ),
    ],
)
def test_the_toll_is_read(title: str, text: str, killed: int, injured: int) -> None:
    d = detect(title, text, MONDAY)
    assert d.attack, d.reasons
    assert (d.killed, d.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Атака",
            "Беспилотник атаковал американскую базу Тауэр-22 в Иордании.",
            "tower-22",
        ),
        (
            "Атака",
            "Ракеты упали на базу Эйн аль-Асад в провинции Анбар.",
            "ain-al-asad",
        ),
        (
            "Atak",
            "Drony zaatakowały bazę Asz-Szaddadi w Syrii, gdzie stacjonują żołnierze USA.",
            "al-shaddadi",
        ),
        (
            "Atak",
            "Drony zaatakowały bazę Rumajlan w Syrii, gdzie stacjonują żołnierze USA.",
            "rmelan-landing-zone",
        ),
        (
            "Útok",
            "Drony zaútočily na základnu u ropného pole Al-Umar v Sýrii, kde jsou američtí vojáci.",
            "al-omar-oil-field",
        ),
        (
            "Útok na Al-Udajd",
            "Írán vypálil střely na základnu Al-Udajd v Kataru.",
            "al-udeid-air-base",
        ),
        (
            "Saldırı",
            "İHA'lar Suriye'deki Ömer petrol sahasındaki ABD üssüne saldırdı.",
            "al-omar-oil-field",
        ),
        (
            "Büyükelçiliğe İHA",
            "Dün akşam iki İHA, Bağdat'taki ABD Büyükelçiliği'ni hedef aldı.",
            "baghdad-embassy",
        ),
        (
            "Kuveyt'teki üsse füze",
            "İran'ın balistik füzeleri, ABD güçlerinin bulunduğu Kuveyt'teki Ali el-Salim "
            "Hava Üssü'nü vurdu.",
            "ali-al-salem-air-base",
        ),
        (
            # "the target was" with the one who aimed between, and the Fifth Fleet named by
            # its service, not "США" (US)
            "Удар по Бахрейну",
            "Целью Тегерана была военная база, на которой расположен Пятый флот "
            "Военно-морских сил США; в неё попала баллистическая ракета.",
            "nsa-bahrain",
        ),
    ],
)
def test_the_native_spelling_names_the_base(title: str, text: str, place: str) -> None:
    d = detect(title, text, MONDAY)
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == [place]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Erbil'de üsse İHA saldırısı",
            "Cumartesiyi pazara bağlayan gece Erbil Havalimanı'ndaki koalisyon üssüne "
            "İHA'larla saldırı düzenlendi.",
        ),
        (
            "Atak na bazę",
            "Zeszłej nocy rakiety spadły na bazę Ajn al-Asad, gdzie stacjonują amerykańscy "
            "żołnierze.",
        ),
    ],
)
def test_the_night_before_is_sunday(title: str, text: str) -> None:
    d = detect(title, text, MONDAY)
    assert d.attack, d.reasons
    assert d.attack_date == date(2024, 1, 28)


test_no_new_attack_is_taken = look_alike_cases(
    [
        (
            "cs",
            "Americké letectvo udeřilo v Iráku",
            "Americká letadla v noci provedla nálety na sklady zbraní proíránských milic v "
            "Iráku. Šlo o odvetu za útok dronu na základnu v Jordánsku.",
        ),
        (
            "tr",
            "İncirlik uyarısı",
            "Eski bakan, İran'ın İncirlik Üssü'ne hiçbir saldırıda bulunmaması gerektiğini "
            "söyledi.",
        ),
        (
            "ru",
            "Иран усилил удары",
            "В Иракском Курдистане участились иранские удары по объектам США.",
        ),
        # what Iran would do if attacked: a threat
        (
            "ru",
            "Тегеран ударит по американским базам в случае нападения США",
            "Глава МИД Ирана сказал, что Иран нанесет удар по базам США в странах Персидского "
            "залива, если Вашингтон нападет на Иран.",
        ),
        (
            "pl",
            "Esper ostrzega milicje",
            "Milicje, które w minionych dniach zaatakowały ambasadę USA w Bagdadzie, uderzą "
            "jeszcze raz i pożałują tego, ocenił minister.",
        ),
        (
            "tr",
            "ABD 85 hedefi vurdu",
            "ABD, Ürdün'deki Kule 22 üssüne yapılan saldırıya karşılık olarak Irak ve "
            "Suriye'de 85 hedefi vurdu.",
        ),
        (
            "cs",
            "USA zasáhly 85 cílů",
            "V reakci na útok na základnu Tower 22 zasáhly Spojené státy 85 cílů v Iráku a Sýrii.",
        ),
        (
            "pl",
            "Cztery lata od ataku",
            "Mijają cztery lata od irańskiego ataku rakietowego na bazę Ajn al-Asad.",
        ),
        (
            "cs",
            "Čtyři roky od útoku",
            "Uplynuly čtyři roky od íránského raketového útoku na základnu Ajn al-Asad.",
        ),
        (
            "ru",
            "Четыре года с удара",
            "Исполнилось четыре года с момента иранского ракетного удара по базе Айн аль-Асад.",
        ),
        (
            "pl",
            "Wyrok w sprawie ataku",
            "Federalny sąd w Waszyngtonie orzekł, że Iran odpowiada za atak rakietowy na bazę "
            "Ajn al-Asad.",
        ),
        (
            "ru",
            "Обстрел базы Башика",
            "Министерство сообщило, что при ракетном обстреле военной базы Башика на севере "
            "Ирака, где находятся военные коалиции, погиб солдат.",
        ),
    ],
    day="2024-01-29",
)


@pytest.mark.parametrize(
    "text",
    [
        "Amerykańscy urzędnicy poinformowali w poniedziałek, że w niedzielę rakiety uderzyły w "
        "bazę Al-Tanf w Syrii.",
        "Američtí představitelé v pondělí uvedli, že v neděli rakety zasáhly základnu At-Tanf v "
        "Sýrii.",
    ],
)
def test_the_day_officials_spoke_is_not_the_attacks(text: str) -> None:
    # Monday is when the officials spoke; the rockets hit on Sunday
    d = detect("", text, MONDAY)
    assert d.attack, d.reasons
    assert d.attack_date == date(2024, 1, 28)


@pytest.mark.parametrize(
    "text",
    [
        "Dron zaatakował w niedzielę bazę Ain al-Asad w zachodnim Iraku. Odpowiedzialność wziął "
        "na siebie Islamski Ruch Oporu w Iraku.",
        "Pazar günü Irak'ın batısındaki Ayn el-Esed Üssü'ne İHA saldırısı düzenlendi. Saldırıyı "
        "Irak'taki İslami Direniş üstlendi.",
        "В воскресенье беспилотник атаковал базу Айн-эль-Асад на западе Ирака. Ответственность "
        "взяло на себя Исламское сопротивление Ирака.",
    ],
)
def test_the_islamic_resistance_in_iraq_by_its_name_in_the_language(text: str) -> None:
    d = detect("", text, MONDAY)
    assert d.attack, d.reasons
    assert d.claimed_by == "Islamic Resistance in Iraq"


def test_turkish_bases_hit_in_recent_days_are_a_run_of_attacks_not_this_one() -> None:
    # "in recent days" (son günlerde): the bases a story lists as hit lately are background
    d = detect(
        "Tenef'teki ABD üssüne İHA saldırısı",
        "İnsansız hava araçları salı günü Humus'un çölündeki Tenef'te ABD güçlerinin "
        "kullandığı üssü hedef aldı, yerel kaynaklar bildirdi.\n\nSaldırıda kayıp olmadı.\n\n"
        "Üste ABD askerleri bulunuyor.\n\nSon günlerde Suriye'de ABD askerlerinin bulunduğu "
        "üsler, yani Tenef, Malikiyye ve Şeddadi, İHA'larla hedef alındı.",
        datetime(2023, 10, 24, 22, 0, tzinfo=IRAQ),
        language="tr",
    )
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == ["al-tanf"]
