"""Bases said to be the Americans' in words the term files lacked (in our own words, after
real reports): Arabic "a base that houses Americans" (قاعدة تضم أميركيين), and Camp Victory
written out in Arabic (كامب فيكتوري); Czech "an air base the Americans use" (kterou Američané
využívají)."""

from __future__ import annotations

from datetime import date

from tests.reports import detect as _match
from tests.reports import term_cases

test_words_for_a_base_of_the_americans = term_cases(
    [
        ("هجوم صاروخي على قاعدة تضم أميركيين قرب العاصمة", "تضم اميركيين", "cat:coalition"),
        (
            "Drony zaútočily na leteckou základnu, kterou Američané využívají v Kuvajtu.",
            "kterou americane vyuzivaji",
            "cat:coalition",
        ),
    ],
    read=True,
)


def test_rockets_near_camp_victory_written_in_arabic_are_an_attack_on_it() -> None:
    d = _match(
        "صواريخ على مطار بغداد",
        "سقطت عدة صواريخ فجر اليوم الجمعة بالقرب من قاعدة “كامب فيكتوري” الجوية الأمريكية "
        "قرب المطار.\n\n"
        "ولم تعلن أي جهة مسؤوليتها.",
        date(2022, 1, 28),
        language="ar",
    )
    assert d.attack, d.reasons
    assert [p.id for p in d.places] == ["victory-base"]
