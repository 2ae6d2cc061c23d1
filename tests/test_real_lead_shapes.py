"""Leads of real reports (in our own words) that were missed or misread: a photo of a drill
at the base, captioned twice above a story of troops hurt when "a base came under attack"; a
wire photo's caption of an older attack, three sentences long; a headline that closes with its
photo's credit, and one that opens as a file photo's caption;
"in apparent revenge for" last week's strike; rockets that "fall on" a base in Portuguese;
Icelandic and Japanese leads; a Persian count, in February, of those hurt by "the January
attack"; and US strikes told as "attacked by the US Army" or "US forces
attacked", whose attack on a base is last weekend's."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.reports import LOCAL as IRAQ
from tests.reports import bases as _bases
from tests.reports import detect as _match


def test_a_drill_photo_captioned_twice_does_not_hide_the_attack() -> None:
    caption = (
        "A Paladin howitzer is fired by Brig. Gen. Ann Soto during a live-fire drill at Al "
        "Asad air base in Iraq on Dec. 12, 2023."
    )
    d = _match(
        "",
        f"Subscribe\n{caption}\n\n{caption} (Jo Reyes/U.S. Army)\n\n"
        "Four US troops were treated for brain injuries after an air base in western Iraq "
        "came under attack on Saturday, the Pentagon said.\n\n"
        "Militants backed by Iran fired rockets and ballistic missiles at Al Asad air base, "
        "officials said.",
        datetime(2024, 1, 22, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["ain-al-asad"]
    assert d.attack_date == date(2024, 1, 20)


def test_a_drill_photo_alone_is_still_no_attack() -> None:
    # the same page without the story: only the drill, with its photographer's credit
    d = _match(
        "",
        "A Paladin howitzer is fired by Brig. Gen. Ann Soto during a live-fire drill at Al "
        "Asad air base in Iraq on Dec. 12, 2023. (Jo Reyes/U.S. Army)\n\n"
        "The drill tested the base's artillery crews.",
        datetime(2023, 12, 13, 18, 0, tzinfo=IRAQ),
    )
    assert not d.attack


@pytest.mark.parametrize(
    ("text", "published", "base", "day"),
    [
        (
            "Irán lanzó más de una docena de misiles contra dos bases iraquíes con tropas de "
            "Estados Unidos, en aparente venganza por el bombardeo que mató a un general iraní "
            "la semana pasada, según el Pentágono.",
            datetime(2020, 1, 8, 9, 0, tzinfo=IRAQ),
            None,
            date(2020, 1, 8),
        ),
        (
            "Segundo a imprensa, oito foguetes caem sobre uma base com militares americanos no "
            "Iraque e matam dois deles. Eles estavam no Camp Taji, base do exército iraquiano.",
            datetime(2020, 3, 12, 9, 0, tzinfo=IRAQ),
            "camp-taji",
            date(2020, 3, 12),
        ),
        (
            "Í gær beindust þrír sprengjudrónar að herstöð sem Bandaríkjaher notar í "
            "Anbar-héraði. Loftvarnir grönduðu einum drónanum en hinir sprungu á herstöðinni.",
            datetime(2024, 7, 17, 9, 0, tzinfo=IRAQ),
            None,
            date(2024, 7, 16),
        ),
        (
            "14日、バグダッド北方のタージで米軍などが駐留する基地がロケット弾による攻撃を受けた。",
            datetime(2020, 3, 14, 20, 0, tzinfo=IRAQ),
            "camp-taji",
            date(2020, 3, 14),
        ),
        (
            "Según el ejército iraní, decenas de drones han golpeado bases militares "
            "estadounidenses en Kuwait en las últimas horas.",
            datetime(2026, 3, 6, 9, 0, tzinfo=IRAQ),
            None,
            date(2026, 3, 6),
        ),
    ],
)
def test_leads_in_more_words(text: str, published: datetime, base: str | None, day: date) -> None:
    d = _match("", text, published)
    assert d.attack
    assert _bases(d) == ([base] if base else [])
    assert d.attack_date == day


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        (
            "Stützpunkte der Kataib Hisbollah in Syrien von US-Armee angegriffen",
            "Nachdem ein US-Auftragnehmer bei einem Raketenangriff auf eine Basis im Irak "
            "getötet worden war, hat die US-Armee Stellungen der Miliz aus der Luft "
            "angegriffen.\n\nEine Militärbasis bei Kirkuk war am Freitag von 20 Raketen "
            "getroffen worden.",
            datetime(2019, 12, 30, 9, 0, tzinfo=IRAQ),
        ),
        (
            "",
            "Американские силы атаковали два объекта в Ираке, которые использует «Катаиб "
            "Хезболла».\n\nПо словам министра обороны, удары стали ответом на нападения на "
            "американских военных.\n\nПрезидент США сам отдал приказ о нанесении ударов.\n\n"
            "«Мы будем и дальше защищать наших людей», — сказал министр.\n\n"
            "На прошлых выходных несколько военнослужащих США были "
            "ранены, когда по авиабазе Айн аль-Асад был нанесен ракетный удар.\n\n"
            "По авиабазе Айн аль-Асад выпустили более десяти ракет.",
            datetime(2024, 1, 24, 9, 0, tzinfo=IRAQ),
        ),
        (
            "",
            "El Pentágono informó el domingo de que militares de Estados Unidos bombardearon "
            "instalaciones de milicias en Irak y Siria, como réplica a los ataques con drones "
            "contra sus tropas.\n\nWashington culpa a Irán de los drones y cohetes lanzados "
            "contra instalaciones estadounidenses.",
            datetime(2021, 6, 28, 9, 0, tzinfo=IRAQ),
        ),
    ],
)
def test_us_strikes_in_more_words_are_not_attacks_on_bases(
    title: str, text: str, published: datetime
) -> None:
    assert not _match(title, text, published).attack


def test_a_persian_count_of_januarys_attack_in_february_is_no_new_attack() -> None:
    d = _match(
        "پنتاگون: حمله ایران به «عین‌الاسد» به مغز ۱۰۹ نظامی آمریکایی آسیب زد",
        "به گفته وزارت دفاع آمریکا، ۱۰۹ نظامی آمریکایی در حمله‌ای که ایران ماه ژانویه با "
        "موشک به پایگاه عین‌الاسد در عراق انجام داد، دچار آسیب مغزی شده‌اند.",
        datetime(2020, 2, 11, 9, 0, tzinfo=IRAQ),
    )
    assert not d.attack


def test_the_persian_al_khadra_village_is_green_village() -> None:
    d = _match(
        "پایگاه آمریکا در سوریه هدف حمله قرار گرفت",
        "خبرنگار محلی گفت موشک‌ها به روستای الخضراء، محل اقامت نظامیان آمریکایی در شرق "
        "سوریه، اصابت کرد و دود از پایگاه برخاست.",
        datetime(2024, 1, 30, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["green-village"]


def test_an_icelandic_base_evacuated_before_the_attack_is_no_space_story() -> None:
    # Swedish "rymd" (space) reads like Icelandic "rýmd" (evacuated) once accents go
    d = _match(
        "",
        "Stjórnvöld í Katar segjast mega svara árás Írana á herstöð Bandaríkjamanna.\n\n"
        "Herstöðin var rýmd áður en árásin skall á.\n\n"
        "Árás Íranshers beindist einkum að herstöðinni al-Údeid í Katar.",
        datetime(2025, 6, 23, 23, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["al-udeid-air-base"]


def test_a_photo_caption_above_the_story_is_not_one_of_its_lead_sentences() -> None:
    # a scene-setting line and a captioned photo sit between the opening and the news: the
    # caption, which its credit marks, does not use up the lead, so the news still leads
    d = _match(
        "",
        "Militias in Iraq have hinted for weeks that they could strike Western forces over "
        "the war in Gaza.\n\n"
        "A view over the southern outskirts of Baghdad, the Iraqi capital, at dawn.\n\n"
        "A US drone strike on militants near Baghdad in 2020 (Getty Images)\n\n"
        "Two drones launched at a US base in western Iraq were shot down on Wednesday, US "
        "media reported.\n\n"
        "The drones were thought to have been fired by militias backed by Iran.",
        datetime(2023, 10, 19, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert d.region is not None
    assert d.region.id == "western-iraq"
    assert d.attack_date == date(2023, 10, 18)


def test_the_headline_repeated_in_the_page_furniture_is_not_one_of_the_lead_sentences() -> None:
    # a date line, the breadcrumb glued to the headline, the headline again: read once as the
    # title, the headline does not push the news out of the lead
    title = "Deadly drone strike on US soldiers reaches towns at home"
    d = _match(
        title,
        f"Thursday, February 1, 2024\nHomeWorld{title}\n{title}\n"
        "Every day the specialist called her family in Savannah from a desert outpost far "
        "from home.\n"
        "She hardly ever missed a day, her mother said in an interview at the family home.\n"
        "Three US soldiers died early on Sunday when a drone struck Tower 22, the US outpost "
        "in Jordan.",
        datetime(2024, 1, 29, 18, 0, tzinfo=IRAQ),
    )
    assert d.attack
    assert _bases(d) == ["tower-22"]
    assert d.attack_date == date(2024, 1, 28)


def test_a_caption_from_its_opening_to_its_credit_is_the_pictures_not_the_story() -> None:
    # a wire photo's caption tells an older attack over three sentences, from "(FILES)" to
    # the photographer's credit: all three are the picture's, and the news below leads
    d = _match(
        "",
        "(FILES) File picture taken on June 3, 2017 of coalition soldiers on patrol at Camp "
        "Taji, some 30 km from the Iraqi capital. - On February 2, 2020 Iraqi officials reported "
        "a pair of Katyushas fired toward an air base hosting coalition troops near the capital. "
        "The rockets that hit Camp Taji caused no casualties, they said. "
        "(Photo by A. NAME / AFP)\n\n"
        "Two Americans and a Briton were killed when more than a dozen rockets slammed into "
        "Camp Taji on Wednesday evening, coalition officials said.",
        datetime(2020, 3, 11, 23, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert _bases(d) == ["camp-taji"]
    assert d.attack_date == date(2020, 3, 11)


def test_a_headline_that_closes_with_its_photos_credit_is_the_storys_lead() -> None:
    # the page prints its lead picture's caption, credit and all, as its title; the body
    # goes on with reactions and never tells the attack again
    d = _match(
        "Drone strike at night on a US outpost in Jordan, by the frontier with Syria, leaves "
        "three American soldiers dead and 24 or more hurt (Photo: Reuters)",
        "US troops have not been killed in the region before this since the war in Gaza "
        "started.\n\n"
        "Officials were still piecing together what had happened, the White House said.\n\n"
        "A senator asked for strikes on Iran in answer to the killing of the soldiers in "
        "Jordan.",
        datetime(2024, 1, 29, 9, 0, tzinfo=IRAQ),
    )
    assert d.attack, d.reasons
    assert d.region is not None
    assert d.region.id == "north-east-jordan"


def test_a_headline_that_opens_as_a_file_photos_caption_stays_the_pictures() -> None:
    # the title is the caption of an old picture, from "File photo" on: the body's drill
    # is all the news, and there is no attack
    d = _match(
        "File photo: smoke rises over Al Asad air base after Iranian missiles hit it in "
        "January 2020 (Photo: Reuters)",
        "Coalition troops at the base tested their counter-drone guns on Tuesday in a "
        "planned drill, a spokesman said.\n\n"
        "The drill had been announced a week before.",
        datetime(2024, 3, 5, 9, 0, tzinfo=IRAQ),
    )
    assert not d.attack, d.reasons
