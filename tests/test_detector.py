"""The detector: its scores on the labelled corpus, and the rules behind them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from pathlib import Path

import pytest

from monitor.detect.dates import resolve_date
from monitor.detect.evaluation import evaluate_corpus
from monitor.detect.gazetteer import load_gazetteer
from monitor.detect.lexicon import Lexicon
from monitor.detect.matcher import Matcher
from monitor.detect.terms import load_terms
from monitor.detect.text import normalise
from monitor.models import Article

CORPUS = Path(__file__).parent / "data" / "corpus"
IRAQ = timezone(timedelta(hours=3))


@cache
def matcher() -> Matcher:
    return Matcher(load_gazetteer(), load_terms())


def test_development_corpus_scores() -> None:
    report = evaluate_corpus(CORPUS, matcher())
    assert report.tp + report.fn >= 90
    assert report.fp + report.tn >= 70
    assert report.precision >= 0.97
    assert report.recall >= 0.97
    assert report.base_ok / report.tp >= 0.95
    assert report.date_ok / report.tp >= 0.95


def _match(title: str, text: str, published: datetime | date | None) -> object:
    return matcher().match(Article(url="u", title=title, text=text, published=published))


def _date(sentence: str, published: datetime) -> date | None:
    reading = matcher().reader.read(1, sentence)
    return resolve_date([reading.sentence], published)


FRIDAY_MORNING = datetime(2024, 7, 26, 8, 0, tzinfo=IRAQ)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Four rockets were fired at the base late on Thursday, officials said.", "2024-07-25"),
        ("Rockets hit the base late on Thursday, the group said on Friday.", "2024-07-25"),
        ("Rockets hit the base overnight, two security officials told reporters.", "2024-07-26"),
        ("Rockets hit the base on July 24, according to the statement issued.", "2024-07-24"),
        ("The attack came in the night of Wednesday to Thursday, sources said.", "2024-07-25"),
        ("أطلقت أربعة صواريخ على القاعدة مساء الخميس بحسب مصادر أمنية", "2024-07-25"),
        ("Quatre roquettes ont visé la base jeudi soir, selon des sources.", "2024-07-25"),
        # a weekday that starts a stretch of time is not the day of the attack
        (
            "A drone hit the base, one of many strikes since the militias began their campaign "
            "on Tuesday.",
            "2024-07-26",
        ),
        ("Es war der erste Raketenangriff auf die Basis seit Dienstag.", "2024-07-26"),
    ],
)
def test_attack_dates_are_resolved_against_publication(sentence: str, expected: str) -> None:
    assert str(_date(sentence, FRIDAY_MORNING)) == expected


def test_publication_time_is_read_in_local_time() -> None:
    # 22:30 UTC on Thursday is already Friday in Baghdad: "on Thursday" is yesterday
    late = datetime(2024, 7, 25, 22, 30, tzinfo=UTC_TZ)
    assert (
        str(_date("Rockets hit the base on Thursday evening, officials said.", late))
        == "2024-07-25"
    )


UTC_TZ = UTC


def test_lexicon_words_stems_and_clitics() -> None:
    lex = Lexicon()
    lex.add("weapon", "rocket*")
    lex.add("place", "عين الأسد", clitics="(?:و|ف)?(?:ب|ل|ك)?")
    lex.add("cat", "more than * attacks")
    lex.build()
    labels = [(h.label, h.text) for h in lex.scan("rockets and pocketrocket near بعين الاسد")]
    assert ("weapon", "rockets") in labels
    assert ("weapon", "pocketrocket") not in labels  # whole words only
    assert ("place", "بعين الاسد") in labels
    assert [h.text for h in lex.scan("there were more than 170 attacks")] == [
        "more than 170 attacks"
    ]


def test_lexicon_terms_ending_on_an_elision_run_into_the_next_word() -> None:
    lex = Lexicon()
    lex.add("loc", "au nord d'")
    lex.add("loc", "pres d'")
    lex.add("base", "base")
    lex.build()
    text = "la base au nord d'erbil, pres d'harir, pas dans basement"
    assert [(h.label, h.text) for h in lex.scan(text)] == [
        ("base", "base"),
        ("loc", "au nord d'"),
        ("loc", "pres d'"),
    ]


def test_lexicon_stems_sharing_a_start_try_the_word_after_them_in_order() -> None:
    # many terms share one stem and differ in the word after it: each must still match
    # its own next word, in the order the terms were given, and the stem's own terms too
    lex = Lexicon()
    lex.add("troops", "americk* vojsk*")
    lex.add("base", "americk* zakladn*")
    lex.add("base2", "americk* zakladna")
    lex.add("army", "americk* armad*")
    lex.add("any", "americk* * zakladn*")
    lex.add("us", "americk*")
    lex.build()

    def scan(text: str) -> list[tuple[str, str]]:
        return [(h.label, h.text) for h in lex.scan(text)]

    assert scan("americke zakladny a americka armada") == [
        ("base", "americke zakladny"),
        ("us", "americke"),
        ("army", "americka armada"),
        ("us", "americka"),
    ]
    assert scan("americka zakladna") == [
        ("base", "americka zakladna"),
        ("base2", "americka zakladna"),
        ("us", "americka"),
    ]
    assert scan("americke, vojsko") == [("us", "americke")]
    assert scan("americka nova zakladna") == [("any", "americka nova zakladna"), ("us", "americka")]


def test_lexicon_a_term_given_twice_is_one_rule() -> None:
    # two language files share a word ("simulacro"), a base lists its city under two
    # entries, Arabic and Persian spell a name alike with other clitics: each mention is
    # one hit, whatever counts the hits. Under another label it is another rule
    lex = Lexicon()
    lex.add("drill", "simulacro")
    lex.add("drill", "simulacro")
    lex.add("context:erbil", "أربيل")
    lex.add("context:erbil", "أربيل", clitics="ب?")
    lex.add("context:erbil", "أربيل", clitics="و?")
    lex.add("city:erbil", "أربيل", clitics="ب?")
    lex.build()
    assert [h.label for h in lex.scan("un simulacro en la base")] == ["drill"]
    text = normalise("قرب أربيل وأربيل بأربيل لأربيل")
    assert [(h.label, h.text) for h in lex.scan(text)] == [
        ("context:erbil", "اربيل"),
        ("city:erbil", "اربيل"),
        ("context:erbil", "واربيل"),
        ("context:erbil", "باربيل"),
        ("city:erbil", "باربيل"),
    ]


def test_a_city_named_to_locate_another_base_is_not_a_target() -> None:
    d = _match(
        "Drone hits Harir air base",
        "An explosive-laden drone hit Harir air base, north-east of Erbil, on Thursday "
        "evening, officials said.",
        FRIDAY_MORNING,
    )
    assert [p.id for p in d.bases] == ["harir-air-base"]  # type: ignore[attr-defined]


def test_the_dateline_city_is_not_the_target() -> None:
    d = _match(
        "Rockets fired at Turkish base",
        "ERBIL, Kurdistan Region - Two rockets were fired at the Zilkan base hosting Turkish "
        "troops in Nineveh province on Friday afternoon.",
        FRIDAY_MORNING,
    )
    assert not d.attack  # type: ignore[attr-defined]


def test_a_new_attack_leads_and_recalled_ones_do_not_count() -> None:
    d = _match(
        "Drone hits al-Tanf garrison",
        "A drone struck the al-Tanf garrison, which hosts US forces, on Thursday, officials "
        "said. In January 2020, Iranian missiles hit Ain al-Asad air base. On December 8, "
        "rockets were fired at the US embassy in Baghdad.",
        FRIDAY_MORNING,
    )
    assert [p.id for p in d.bases] == ["al-tanf"]  # type: ignore[attr-defined]
    assert d.weapons == ("drone",)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "US strikes militia depots in Syria",
            "US warplanes struck depots near Albu Kamal on Thursday in retaliation for the "
            "drone attack on the al-Tanf garrison.",
        ),
        (
            "Iraqi commander denies reports of rocket attack on Ain al-Asad",
            "Ain al-Asad air base was not targeted by any rocket, the commander said.",
        ),
        (
            "Purple Hearts for troops hurt at Al Asad",
            "Soldiers hurt in the 2020 Iranian missile attack on Al Asad Air Base will receive "
            "the Purple Heart, the Army said.",
        ),
        (
            "Security alert: test of the embassy's defences",
            "The U.S. Embassy in Baghdad will conduct a test of its Counter-Rocket, Artillery "
            "and Mortar (C-RAM) system on Tuesday.",
        ),
    ],
)
def test_look_alikes_are_not_taken(title: str, text: str) -> None:
    assert not _match(title, text, FRIDAY_MORNING).attack  # type: ignore[attr-defined]


def test_a_missile_defence_names_no_missile_fired() -> None:
    """The embassy's C-RAM "missile defense system" shoots rockets down; it fires no missile
    at anyone, so a sentence about it names no weapon of an attack."""
    reader = matcher().reader
    reading = reader.read(
        1, "Sirens sounded as the embassy switched on its C-RAM missile defense system."
    )
    assert reading.weapons == ()
    assert reader.read(1, "Its anti-missile defences were on alert all night.").weapons == ()
    # missiles fired at the defence are still missiles
    reading = reader.read(1, "Two missiles were fired at the base's rocket defence battery.")
    assert reading.weapons == ("missile",)


@pytest.mark.parametrize(
    ("sentence", "weapons"),
    [
        # Arabic, German and Russian have one word for rockets and missiles: Iran's
        # Revolutionary Guards fire missiles at bases, the militias it backs fire rockets
        ("قال الحرس الثوري إنه أطلق صواريخ على قاعدة عين الأسد فجر الأربعاء.", ("missile",)),
        ("سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر الأربعاء.", ("rocket",)),
        ("Die Revolutionsgarde feuerte Raketen auf den Stützpunkt Ain al-Asad.", ("missile",)),
        ("КСИР выпустил ракеты по базе Айн-эль-Асад.", ("missile",)),
        ("Боевики выпустили ракеты по базе Айн-эль-Асад.", ("rocket",)),
        # Iran itself fires missiles; the groups it backs fire rockets
        ("Der Iran feuerte Raketen auf den Stützpunkt Ain al-Asad.", ("missile",)),
        ("Vom Iran unterstützte Milizen feuerten Raketen auf Ain al-Asad.", ("rocket",)),
        ("أطلقت إيران صواريخ على قاعدة العديد في قطر.", ("missile",)),
        ("أطلقت فصائل موالية لإيران صواريخ على قاعدة عين الأسد.", ("rocket",)),
        ("Iran skjøt seks raketter mot den amerikanske basen i Qatar.", ("missile",)),
        ("Bojówki wspierane przez Iran wystrzeliły rakiety na bazę Ain al-Asad.", ("rocket",)),
        # English has a word for each: rockets stay rockets, whoever fires them
        ("Iran fired rockets at Ain al-Asad.", ("rocket",)),
    ],
)
def test_iran_and_its_guards_fire_missiles(sentence: str, weapons: tuple[str]) -> None:
    assert matcher().reader.read(1, sentence).weapons == weapons


def test_traditional_chinese_reads_as_simplified() -> None:
    # a term written only in simplified characters still matches a Taiwan or Hong Kong page
    assert normalise("美軍基地遭飛彈襲擊") == normalise("美军基地遭飞弹袭击")
    assert normalise("塔季軍事基地") == "塔季军事基地"
