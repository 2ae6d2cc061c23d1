"""A base named only to say where another is (in our own words). Arabic statements place
the base they struck by its neighbour: "a base next to Erbil airport" is a base near the
airport, and when the story names it further on ("Harir base"), that base was hit, not
Erbil's; in a list of bases struck, the one beside the airport is the airport's base. A base
named in full in the lead keeps its name when a later sentence uses it as a landmark
("the southern side of the airport, close to Victory Base")."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match

FRIDAY_NIGHT = datetime(2024, 1, 5, 23, 0, tzinfo=IRAQ)


def test_the_base_beside_the_airport_is_the_one_named_further_on() -> None:
    d = _match(
        "المقاومة الإسلامية تعلن استهداف قاعدة بجوار مطار أربيل بطائرة مسيرة",
        "أعلنت فصائل المقاومة الإسلامية في العراق مساء الجمعة أنها استهدفت بطائرة مسيرة "
        "قاعدة أمريكية بجوار مطار أربيل.\n\n"
        "وأكد جهاز مكافحة الإرهاب في الإقليم أن مسيرة مفخخة سقطت داخل قاعدة حرير الجوية "
        "التي تضم قوات أمريكية، من دون وقوع إصابات.\n\n"
        "وتقع ناحية حرير على بعد نحو سبعين كيلومترا من مدينة أربيل.",
        FRIDAY_NIGHT,
    )
    assert d.attack
    assert _bases(d) == ["harir-air-base"]


def test_the_base_beside_the_airport_in_a_list_of_bases_struck_is_the_airports() -> None:
    d = _match(
        "فصائل عراقية تقول إنها ضربت خمس قواعد بالمسيرات",
        "قالت المقاومة الإسلامية في العراق يوم الأحد إنها هاجمت بالطائرات المسيرة ثلاث "
        "قواعد أمريكية في سوريا هي الشدادي والتنف والركبان، وإن الرابعة كانت قاعدة "
        "للقوات الأمريكية بجوار مطار أربيل.",
        datetime(2024, 1, 28, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert {"al-shaddadi", "al-tanf", "erbil-air-base"} <= set(_bases(d))


def test_a_base_named_in_full_keeps_its_name_when_used_as_a_landmark() -> None:
    d = _match(
        "",
        "سقطت ثلاثة صواريخ كاتيوشا على مطار بغداد الدولي مساء الخميس.\n\n"
        "وقالت مصادر أمنية إن الصواريخ سقطت في الجانب الجنوبي للمطار على مقربة من قاعدة "
        "فكتوريا حيث توجد قوات أمريكية.\n\n"
        "ويضم القسم العسكري من المطار قوات أجنبية بينها أمريكية.",
        datetime(2021, 4, 22, 23, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["victory-base"]


def test_a_base_named_after_words_of_earlier_strikes_is_not_the_salvos() -> None:
    d = _match(
        "هجوم بطائرة مسيرة مفخخة على القوات الأمريكية في مطار أربيل",
        "ألقت طائرة مسيرة متفجرات قرب القوات الأمريكية في مطار أربيل مساء الأربعاء، من دون "
        "إصابات.\n\n"
        "وعادت الهجمات هذه المرة بطائرة مسيرة بدلا من الصواريخ التي اعتادت ضرب القواعد.\n\n"
        "ويعد الهجوم أول هجوم بمسيرة على القوات الأمريكية في أربيل، في ظل سلسلة متواصلة من "
        "الضربات الصاروخية على القواعد التي تستضيف الأمريكيين والسفارة في بغداد.",
        datetime(2021, 4, 14, 23, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["erbil-air-base"]


def test_a_city_after_in_places_the_named_base_in_persian() -> None:
    d = _match(
        "مقاومت اسلامی عراق: پایگاه حریر را با پهپاد هدف گرفتیم",
        "مقاومت اسلامی عراق در بیانیه‌ای اعلام کرد که رزمندگانش روز شنبه با یک پهپاد، "
        "پایگاه نیروهای آمریکایی «حریر» در اربیل در شمال عراق را هدف گرفتند.",
        datetime(2024, 2, 3, 20, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["harir-air-base"]


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, air defences at Harir Air Base, close to Erbil International Airport in the "
        "Kurdistan Region, brought down several drones, a local source said.",
        # with no comma, as a group's statement puts it
        'The group said on Sunday: "A drone struck the American Harir base close to Erbil '
        'airport in northern Iraq."',
        # Turkish puts "near" after the place: "near Erbil airport, Harir air base"
        "Pazar günü Erbil Havalimanı'nın yakınında yer alan Harir Hava Üssü, insansız hava "
        "araçlarıyla vuruldu.",
    ],
)
def test_a_base_close_to_another_after_its_name_is_where_it_is(text: str) -> None:
    # right after a base's name, "close to" places that base; the airport is no second target
    d = _match("", text, datetime(2026, 3, 1, 18, 0, tzinfo=IRAQ))
    assert d.attack, d.reasons
    assert _bases(d) == ["harir-air-base"]


def test_an_unnamed_base_near_the_airport_is_the_airports() -> None:
    d = _match(
        "",
        "On Sunday a drone struck a base near Erbil airport in northern Iraq, a local source said.",
        datetime(2026, 3, 1, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Late on Tuesday, drones loaded with explosives struck Erbil International Airport, "
            "not far from the US consulate, local officials said.",
        ),
        (
            "es",
            "El martes por la noche, drones cargados de explosivos golpearon el aeropuerto de "
            "Erbil, situado en las inmediaciones del consulado de Estados Unidos.",
        ),
        (
            "it",
            "Martedì sera due droni esplosivi hanno colpito l'aeroporto di Erbil, nel nord "
            "dell'Iraq, a poca distanza dal consolato degli Stati Uniti.",
        ),
    ],
)
def test_a_us_mission_the_struck_airport_is_near_is_no_second_target(
    language: str, text: str
) -> None:
    d = _match("", text, datetime(2021, 7, 7, 9, 0, tzinfo=IRAQ), language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["erbil-air-base"]


def test_rockets_falling_near_the_embassy_still_tell_an_attack_on_it() -> None:
    """A guard: without the comma of an aside, "near" is where the rockets fell."""
    text = "Two rockets fell near the US embassy in Baghdad's Green Zone late on Tuesday."
    d = _match("", text, datetime(2021, 7, 7, 9, 0, tzinfo=IRAQ))
    assert d.attack, d.reasons
    assert _bases(d) == ["baghdad-embassy"]
