"""A link to another story ("ЧИТАЙТЕ ЩЕ: ...", "اقرأ أيضاً: ...", "Read also: ...") is page
furniture: its headline of an older attack is not the page's news, as seen on real reports
(in our own words).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import detect as _match

SATURDAY = date(2024, 4, 20)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "На іракській військовій базі Кальсу на південь від Багдада стався потужний вибух, "
            "є загиблий і поранені.\n\nЧИТАЙТЕ ЩЕ: Дрон атакував американську військову базу в "
            "Йорданії, загинули троє військових США\n\nПричини вибуху з'ясовують.",
        ),
        (
            "ar",
            "وقع انفجار قوي في قاعدة كالسو العسكرية العراقية جنوب بغداد، ما أدى إلى مقتل شخص "
            "وإصابة آخرين.\n\nاقرأ أيضاً: طائرة مسيرة تضرب قاعدة أمريكية في الأردن وتقتل ثلاثة "
            "جنود أمريكيين\n\nولم تعرف أسباب الانفجار بعد.",
        ),
        (
            "en",
            "A powerful blast shook the Iraqi army's Kalsu base south of Baghdad, killing one "
            "person and wounding eight.\n\nRead also: Drone strikes US base in Jordan, killing "
            "three American troops\n\nThe cause of the blast is not yet known.",
        ),
    ],
)
def test_a_link_to_an_older_attack_is_no_attack(language: str, text: str) -> None:
    d = _match("", text, SATURDAY, language=language)
    assert not d.attack, d.reasons
