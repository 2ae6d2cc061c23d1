"""An attack told by its dead and the region of the forces hit, with no weapon and no base
word (in our own words, after real reports of the drone on Tower 22 in north-eastern Jordan on
28 January 2024, first told as "three US soldiers were killed in the attack on US forces'
positions at the Jordanian-Syrian border")."""

from __future__ import annotations

from datetime import date

from tests.reports import detect as _match
from tests.reports import matcher

TOLD = (
    "نقلت شبكة سي إن إن عن مسؤولين في البنتاغون أن ثلاثة جنود أمريكيين قتلوا وأصيب نحو 24 "
    "آخرين في الهجوم على القوات الأمريكية في شمال شرق الأردن اليوم الأحد."
)


def test_the_dead_of_an_attack_on_us_forces_in_a_region_are_evidence() -> None:
    assert matcher().reader.read(1, TOLD).strength > 0


def test_a_report_told_by_its_dead_and_region_is_taken() -> None:
    text = "\n".join(
        [
            TOLD,
            "وأضاف المسؤولون أنها المرة الأولى التي يقتل فيها جنود أمريكيون منذ بدء حرب غزة.",
            "ولم تعلن أي جهة مسؤوليتها حتى الآن، بحسب المسؤولين أنفسهم.",
            "وتوعد الرئيس الأمريكي بالرد في الوقت والطريقة المناسبين.",
            "وذكرت القيادة المركزية الأمريكية في بيان أن الهجوم نفذ بطائرة مسيرة استهدفت قاعدة في "
            "شمال شرق الأردن.",
        ]
    )
    d = _match("", text, date(2024, 1, 28), language="ar")
    assert d.attack, d.reasons
    assert d.attack_date == date(2024, 1, 28)


def test_a_toll_without_an_attack_on_us_forces_is_none() -> None:
    r = matcher().reader.read(
        1, "Three US soldiers were killed in a road accident in north-eastern Jordan on Sunday."
    )
    assert r.strength == 0
