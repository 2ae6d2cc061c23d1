"""The US embassy in Riyadh hosts no coalition forces (in our own words): Iranian drones that
hit it on 3 March 2026 are no attack on a coalition base, in whatever language the report
is written ("az amerikai nagykövetséget a szaúdi fővárosban", "リヤドの米国大使館",
"السفارة الأمريكية في الرياض"). A Saudi report of missiles at Prince Sultan Air Base that
also names Riyadh, as where drones were downed, is still one."""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

TUESDAY = local_time("2026-03-03", 12)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "hu",
            "Iráni drónok támadták meg kedd hajnalban az amerikai nagykövetséget a szaúdi "
            "fővárosban. Senki sem sérült meg.",
        ),
        (
            "ja",
            "3日未明、サウジアラビアの首都リヤドにある米国大使館がイランの無人機2機による攻撃を受けた。",
        ),
        (
            "ar",
            "استهدفت طائرتان مسيرتان فجر الثلاثاء السفارة الأمريكية في الرياض، ما أدى إلى حريق "
            "محدود من دون إصابات.",
        ),
    ],
)
def test_drones_on_the_us_embassy_in_riyadh_are_no_base_attack(language: str, text: str) -> None:
    d = _match("", text, TUESDAY, language=language)
    assert not d.attack, d.reasons


def test_prince_sultan_named_before_riyadh_is_still_attacked() -> None:
    d = _match(
        "",
        "قال المتحدث باسم وزارة الدفاع السعودية إن 3 صواريخ باليستية أطلقت نحو قاعدة الأمير "
        "سلطان الجوية تصدت لها الدفاعات الجوية، فضلاً عن إسقاط مسيرتين شرق مدينة الرياض.",
        local_time("2026-03-07", 12),
        language="ar",
    )
    assert d.attack
    assert _bases(d) == ["prince-sultan-air-base"]
