"""A region named as where the weapons came from is not where they struck (in our own words,
after real reports of the rockets fired from Zummar in northern Iraq at the coalition's base in
north-eastern Syria on 21 April 2024): "launched out of northern Iraq toward a Syrian base",
"from farmland around Zummar, a town in northern Iraq, in the direction of a US base"."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from monitor.detect.terms import TERMS_DIR
from tests.reports import detect as _match
from tests.reports import local_time

APRIL_22 = local_time("2024-04-22")


def test_a_base_the_story_names_later_is_not_of_the_region_the_rockets_came_from() -> None:
    text = "\n".join(
        [
            "Iraqi security sources said at least five rockets were launched on Sunday evening "
            "out of northern Iraq toward a Syrian military base used by the US-led coalition.",
            "The coalition said one of its aircraft destroyed the launcher in self-defence.",
            "Iraqi forces found the burnt-out truck that carried it near the town of Zummar.",
            "The prime minister had returned from Washington the day before.",
            "Armed groups had paused their attacks since early February.",
            "A war monitor said the rockets were aimed at the Kharab al-Jir base.",
        ]
    )
    d = _match("Rockets launched at coalition base", text, APRIL_22)
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == ["rmelan-landing-zone"]
    assert d.attack_date == date(2024, 4, 21)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Au moins cinq roquettes ont été tirées dimanche soir depuis le nord de l'Irak vers "
            "une base de la coalition dans le nord-est de la Syrie, selon des sources irakiennes.",
        ),
        (
            "ru",
            "В воскресенье вечером из Северного Ирака по базе международной коалиции на "
            "северо-востоке Сирии были выпущены по меньшей мере пять ракет.",
        ),
        (
            # "vom Nordirak aus": from northern Iraq
            "de",
            "Am Sonntagabend wurden vom Nordirak aus mindestens fünf Raketen auf einen "
            "Stützpunkt der US-geführten Koalition im Nordosten Syriens abgefeuert, sagten "
            "irakische Sicherheitskreise.",
        ),
        (
            "es",
            "Al menos cinco cohetes fueron lanzados el domingo por la noche desde el norte de "
            "Irak contra una base de la coalición en el noreste de Siria, según fuentes iraquíes.",
        ),
        (
            "it",
            "Domenica sera almeno cinque razzi sono stati lanciati dal nord dell'Iraq contro una "
            "base della coalizione nel nord-est della Siria, secondo fonti irachene.",
        ),
        (
            "ar",
            "قالت مصادر عراقية إن خمسة صواريخ أطلقت مساء الأحد من شمال العراق باتجاه قاعدة "
            "للتحالف الدولي في شمال شرق سوريا.",
        ),
        (
            "zh",
            "据伊拉克消息人士称，周日晚上至少五枚火箭弹从伊拉克北部射向叙利亚东北部的一处国际联军基地。",
        ),
    ],
)
def test_the_region_struck_is_not_the_one_the_rockets_came_from(language: str, text: str) -> None:
    d = _match("", text, APRIL_22, language=language)
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == ["ne-syria"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Iraqi security sources said five rockets or more were fired on Sunday night from "
            "farmland around Zummar, a town in northern Iraq, in the direction of a US base in "
            "north-eastern Syria.",
        ),
        (
            "it",
            "Fonti irachene hanno detto che domenica sera cinque razzi sono stati lanciati "
            "dall'abitato di Zummar, nel nord dell'Iraq, verso una base americana nel nord-est "
            "della Siria.",
        ),
        (
            "es",
            "Fuentes iraquíes dijeron que cinco cohetes fueron disparados el domingo por la "
            "noche desde las afueras de Zummar, una localidad del norte de Irak, hacia una base "
            "estadounidense en el noreste de Siria.",
        ),
    ],
)
def test_a_region_that_places_the_launch_site_is_not_where_the_rockets_struck(
    language: str, text: str
) -> None:
    # the region comes a few words after the word of origin, in the launch site's apposition
    d = _match("", text, APRIL_22, language=language)
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == ["ne-syria"]


def test_a_region_after_the_attack_that_follows_a_word_of_origin_is_where_it_struck() -> None:
    """A guard: the attack and its base come between "from" and the region."""
    d = _match(
        "",
        "A drone launched from Iraq struck an American outpost in eastern Syria on Sunday.",
        APRIL_22,
    )
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == ["eastern-syria"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Three rockets struck a base hosting US troops 30 km from Baghdad on Sunday."),
        # "from" is a word of origin in Arabic too (من), and closes its distances as well
        (
            "ar",
            "قالت مصادر إن ثلاثة صواريخ سقطت يوم الأحد على قاعدة تستضيف قوات أمريكية "
            "على بعد 30 كم من بغداد.",
        ),
    ],
)
def test_a_base_some_distance_from_a_city_lies_in_its_region(language: str, text: str) -> None:
    """A guard: "30 km from Baghdad" says where the base is."""
    d = _match("", text, APRIL_22, language=language)
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == ["baghdad"]


def test_a_word_of_origin_is_not_a_word_of_place_too() -> None:
    """The term files list the words that say where weapons came from (`origin`) apart from
    those that place something (`locative`): a word in both would be read twice."""
    for path in sorted(TERMS_DIR.glob("*.toml")):
        terms = tomllib.loads(path.read_text(encoding="utf-8")).get("terms", {})
        both = set(terms.get("origin", ())) & set(terms.get("locative", ()))
        assert not both, f"{path.name}: {sorted(both)}"
