"""Arabic adverbs written with tanwin ("أيضاً", "غالباً ما"), whose alif the text's
normalisation drops, are matched as the term files give them; and a Spanish "hace ya un año
que ..." is a habit, not this salvo (in our own words)."""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

MORNING = local_time("2023-10-26")

AR_LEAD = (
    "استهدفت طائرتان مسيرتان فجر اليوم قاعدة التنف في جنوب سوريا، وفق ما أعلنت وزارة "
    "الدفاع الأمريكية.\n\nولم تسجل أي إصابات بحسب المسؤولين.\n\nوتقع القاعدة في منطقة "
    "صحراوية بعيدة عن المدن.\n\nوتدرب قوات التحالف فيها القوات المحلية منذ سنوات.\n\n"
)


def test_also_written_with_tanwin_names_the_second_base() -> None:
    text = AR_LEAD + "واستهدفت طائرة مسيرة قاعدة عين الأسد غربي العراق أيضاً."
    d = _match("مسيرات تستهدف قاعدة التنف", text, MORNING, language="ar")
    assert d.attack, d.reasons
    assert _bases(d) == ["al-tanf", "ain-al-asad"]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "ar",
            "مسيرات تستهدف قاعدة التنف",
            AR_LEAD
            + "وغالباً ما تطال الهجمات الصاروخية القواعد الأمريكية، وكذلك السفارة الأمريكية في "
            "بغداد.",
        ),
        (
            "es",
            "Nuevo ataque contra una base en Siria",
            "Según la coalición, el ataque de esta madrugada no dejó víctimas, aunque dañó un "
            "hangar en Al Tanf, base situada en el sur de Siria.\n\n"
            "Hace ya un año y medio que las milicias lanzan andanadas de cohetes tanto contra "
            "la embajada estadounidense en Bagdad como contra las bases de la coalición.",
        ),
    ],
)
def test_a_habit_adds_no_base_to_the_salvo(language: str, title: str, text: str) -> None:
    d = _match(title, text, MORNING, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["al-tanf"]
