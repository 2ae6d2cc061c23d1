"""How real reports say nobody was hurt, in phrasings the term files lacked (in our own
words): the toll is then zero, not unknown."""

from __future__ import annotations

import pytest

from tests.reports import detect as _match
from tests.reports import local_time, term_cases

MORNING = local_time("2021-03-03")

test_the_phrase_says_no_casualties = term_cases(
    [
        (
            "Two rockets landed near the base without causing casualties.",
            "without causing",
            "cat:no_casualties",
        ),
        (
            "The strike caused no reported deaths or injuries.",
            "no reported deaths",
            "cat:no_casualties",
        ),
        (
            "No Americans were hurt, the official said.",
            "no americans were hurt",
            "cat:no_casualties",
        ),
        ("L'attaque n'a fait ni victime ni dégât.", "n'a fait ni victime", "cat:no_casualties"),
        (
            "La base è stata colpita, ma non ci sono stati né vittime né feriti.",
            "ne vittime ne feriti",
            "cat:no_casualties",
        ),
        ("Personelden yaralanan olmadığını söyledi.", "yaralanan olmadigini", "cat:no_casualties"),
        ("سقط صاروخ قرب القاعدة دون أن يوقع إصابات.", "دون ان يوقع", "cat:no_casualties"),
        (
            "Военнослужащие не погибли и не получили ранений.",
            "не получили ранени",
            "cat:no_casualties",
        ),
        ("死者もけが人も出ず、被害もなかった。", "死者もけが人も出ず", "cat:no_casualties"),
        (
            "سقطت القذيفة قرب القاعدة ولم يخلف إصابات أو أضرارا.",
            "لم يخلف اصابات",
            "cat:no_casualties",
        ),
        ("ミサイルは撃ち落とされ、負傷者は出なかった。", "者は出なかった", "cat:no_casualties"),
        (
            "Tidak ada yang jadi korban dalam serangan itu.",
            "tidak ada yang jadi korban",
            "cat:no_casualties",
        ),
        ("基地遭火箭弹袭击,幸好没有人员死伤。", "没有人员死伤", "cat:no_casualties"),
    ],
    read=True,
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two rockets struck Ain al-Asad air base on Wednesday without causing casualties."),
        ("ar", "سقط صاروخان على قاعدة عين الأسد الجوية صباح اليوم، من دون أن يوقعا إصابات."),
    ],
)
def test_the_toll_is_zero(language: str, text: str) -> None:
    d = _match("", text, MORNING, language=language)
    assert d.attack, d.reasons
    assert (d.killed, d.injured) == (0, 0)


def test_the_toll_is_the_largest_the_story_gives() -> None:
    # a story updates its toll as it goes: the latest official figure is the largest
    d = _match(
        "Rockets hit Ain al-Asad",
        "Two rockets hit Ain al-Asad air base on Wednesday, wounding five US personnel, "
        "officials said. One American was badly hurt. In all, seven troops were injured, a "
        "defense official said later.",
        MORNING,
    )
    assert d.attack, d.reasons
    assert d.injured == 7
