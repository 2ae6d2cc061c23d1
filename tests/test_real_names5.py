"""Base names and datelines as real reports wrote them (in our own words, after real reports
of 2020-2026): Turkish "Tenef", Kurmanji "Bingeha Vîktorya", Japanese "タジの軍基地", Hindi
"the US airbase in Qatar" and its missiles "released" (छोड़ीं), Serbian "Aš-Šadadi",
Ukrainian "Румалін", Urdu "ال طنف گیریژن", Hebrew "the American consulate in Erbil",
explosives "dropped" by a drone, a dateline that gives its agency and day in brackets or a
wire's name with no dash after it, and a base hit "during the past week", which is
background, not the same salvo."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.detect.datelines import strip_dateline
from tests.reports import base_cases, matcher
from tests.reports import bases as _bases
from tests.reports import detect as _match

test_a_base_named_as_the_local_press_spells_it = base_cases(
    [
        (
            "tr",
            "",
            "Suriye'nin Humus ilinde ABD güçlerinin bulunduğu Tenef bölgesindeki askeri üs, "
            "gece yarısından sonra kamikaze bir İHA ile hedef alındı.",
            date(2024, 4, 7),
            "al-tanf",
            None,
        ),
        (
            "ku",
            "",
            "Îro sibê Bingeha Vîktorya, li nêzî firokxaneya Bexdayê, bû hedefa êrîşeke bi "
            "dronan; hêzên Amerîkî li wir in.",
            date(2026, 3, 4),
            "victory-base",
            None,
        ),
        (
            "hi",
            "",
            "ईरान ने सोमवार रात कतर में अमेरिकी एयरबेस पर छोड़ीं 6 मिसाइलें, कतर ने ज़्यादातर "
            "को रोकने का दावा किया।",
            date(2025, 6, 23),
            "al-udeid-air-base",
            None,
        ),
        (
            "ja",
            "",
            "イラク・タジの軍基地が14日、ロケット弾で攻撃され、有志連合の要員3人が負傷した。",
            date(2020, 3, 14),
            "camp-taji",
            None,
        ),
        (
            "sr",
            "",
            "Sinoć su dve rakete pale blizu američke patrolne baze na severoistoku Sirije, bez "
            "povređenih, saopštila je američka vojska.\n\nBaza se nalazi u gradu Aš-Šadadi.",
            date(2022, 11, 25),
            "al-shaddadi",
            None,
        ),
        (
            "bg",
            "",
            "Иракски въоръжени групи поеха отговорност за нападение с дрон срещу базата "
            "Ал-Шадади в Сирия, където има американски войници.",
            date(2024, 1, 3),
            "al-shaddadi",
            None,
        ),
        (
            "uk",
            "",
            "У неділю з півночі Іраку по американській базі в Румаліні на північному сході Сирії "
            "випустили п'ять ракет.",
            date(2024, 4, 22),
            "rmelan-landing-zone",
            None,
        ),
        (
            "ur",
            "",
            "امریکی فوج کے بیان کے مطابق ال طنف گیریژن پر کئی ڈرونز سے حملہ کیا گیا، تاہم کوئی "
            "جانی نقصان نہیں ہوا۔",
            date(2022, 8, 15),
            "al-tanf",
            None,
        ),
    ]
)


def test_a_dateline_with_its_agency_and_day_in_brackets_is_stripped() -> None:
    sentence = (
        "Arbil, Iraq, (Wire Point News - 15th Apr, 2021 ) :A drone packed with explosives hit "
        "the airport, officials said Thursday."
    )
    assert strip_dateline(sentence).startswith("A drone packed")


def test_the_day_a_dateline_gives_is_not_the_attacks() -> None:
    text = (
        "Arbil, Iraq, (Wire Point News - 15th Apr, 2021 ) :A drone packed with explosives "
        "crashed into a base of the US-led coalition at Arbil airport, officials said "
        "Thursday. Nobody was hurt in the strike late Wednesday, though a hangar was damaged."
    )
    d = _match("", text, date(2021, 4, 15))
    assert d.attack, d.reasons
    assert d.attack_date == date(2021, 4, 14)


def test_a_wire_dateline_without_a_dash_is_stripped() -> None:
    """Some wires write no dash after their name: "Baghdad, Feb 16 (IANS) A rocket ..."."""
    sentence = "Baghdad, Feb 16 (IANS) A rocket attack on Erbil airport hurt two contractors."
    assert strip_dateline(sentence).startswith("A rocket attack")
    assert strip_dateline("ERBIL, Iraq (Reuters) On Saturday rockets fell.").startswith("On")


@pytest.mark.parametrize(
    "sentence",
    [
        "US Central Command (CENTCOM) said a drone hit the base.",
        "The Islamic Revolutionary Guard Corps (IRGC) said it fired the missiles.",
        "Unmanned aerial vehicles (UAVs) were used in the attack.",
    ],
)
def test_a_name_with_its_initials_in_brackets_is_no_dateline(sentence: str) -> None:
    assert strip_dateline(sentence) == sentence


def test_the_day_of_a_wire_dateline_without_a_dash_is_not_the_attacks() -> None:
    text = (
        "Baghdad, Feb 16 (IANS) A rocket attack on Erbil airport, where troops of the US-led "
        "coalition are based, killed a civilian contractor on Monday night, officials said."
    )
    d = _match("", text, date(2021, 2, 16))
    assert d.attack, d.reasons
    assert d.attack_date == date(2021, 2, 15)
    assert _bases(d) == ["erbil-air-base"]


def test_a_base_hit_during_the_past_week_is_not_of_the_same_salvo() -> None:
    text = (
        "A drone attack struck Camp Victory at Baghdad airport early on Monday, where US "
        "forces are based. Separately, Balad Air Base came under rocket fire during the past "
        "week, security sources said."
    )
    d = _match("", text, date(2021, 6, 14))
    assert d.attack, d.reasons
    assert _bases(d) == ["victory-base"]


def test_a_city_after_dutch_en_is_a_second_base_not_where_the_first_is() -> None:
    """Dutch "en" is "and": "de luchtmachtbases van Ain al-Assad en Erbil" names two bases;
    Spanish or French "en" places a base in a city near it ("la base de Harir en Erbil")."""
    text = (
        "Iran heeft in de nacht tientallen raketten afgevuurd; volgens het Pentagon waren de "
        "luchtmachtbases van Ain al-Assad en Erbil het doelwit van de aanval."
    )
    d = _match("", text, date(2020, 1, 8), language="nl")
    assert d.attack, d.reasons
    assert _bases(d) == ["ain-al-asad", "erbil-air-base"]
    placed = (
        "Varios drones atacaron anoche la base aérea de Harir en Erbil, donde hay tropas de EEUU."
    )
    d = _match("", placed, date(2023, 11, 17), language="es")
    assert _bases(d) == ["harir-air-base"]


def test_a_similar_attack_on_another_base_is_of_the_same_salvo() -> None:
    title = "هجوم بطائرات مسيرة على قاعدتين للقوات الأمريكية في دير الزور وحمص"
    text = (
        "قالت مصادر محلية إن قاعدة حقل العمر النفطي في دير الزور استُهدفت مساء الأحد بطائرات "
        "مسيرة انتحارية. وبعد ذلك قصفت القوات الأمريكية بالمدافع قرى قريبة من قاعدتها في حقل "
        "العمر. ومن جهة ثانية، تعرضت القاعدة الأمريكية في منطقة التنف التابعة لحمص لهجوم مماثل "
        "بطائرات مسيّرة."
    )
    d = _match(title, text, date(2024, 10, 27), language="ar")
    assert d.attack, d.reasons
    assert _bases(d) == ["al-omar-oil-field", "al-tanf"]


def test_the_us_consulate_in_erbil_in_hebrew_on_the_night_into_sunday() -> None:
    """A Hebrew report: explosions "tonight (between Saturday and Sunday)" in Erbil, and
    twelve missiles fired from Iran at the American consulate there."""
    d = _match(
        "פיצוצים בארביל",
        "הלילה (בין שבת לראשון) נשמעו פיצוצים בארביל שבעיראק.\n\n"
        "לדברי גורם אמריקני, 12 טילים נורו מכיוון איראן אל עבר הקונסוליה האמריקנית בארביל, "
        "ולא היו נפגעים.",
        date(2022, 3, 13),
        language="he",
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-consulate"]
    assert d.attack_date == date(2022, 3, 13)


def test_explosives_dropped_by_a_drone_on_an_airport_with_a_coalition_sector() -> None:
    d = _match(
        "Drone attack on Iraqi airport",
        "A hostile drone dropped explosives on the grounds of Erbil International Airport in "
        "northern Iraq. The target was the military part of the airport, where troops of the "
        "US-led coalition are based, the interior ministry said.",
        date(2021, 4, 15),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]
    leaflets = _match("", "A drone dropped leaflets over Ain al-Asad air base.", date(2021, 4, 15))
    assert not leaflets.attack, leaflets.reasons


def test_rishon_lezion_is_no_sunday() -> None:
    """Hebrew "לראשון" is "to the first" too, as in "to Rishon LeZion": only "שבת לראשון"
    (Saturday into Sunday) makes it the day."""
    reading = matcher().reader.read(1, "טילים נורו לעבר ראשון לציון ולראשון לציון נשלחו צוותים.")
    assert not [h for h in reading.hits if h.label.startswith("weekday:")]
