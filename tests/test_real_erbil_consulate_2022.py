"""The Iranian missiles on Erbil of 13 March 2022 as Bulgarian and Polish reports tell them
(in our own words): Bulgarian names the consulate "консулство" (the Russian spelling has a
soft sign) and the target "взели на прицел" (took as their target); Polish says the rockets
"wylądowały" (landed) near the consulate."""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

SUNDAY = local_time("2022-03-13", 9)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "bg",
            "Дванайсет балистични ракети са изстреляни тази нощ по Ербил и са взели на прицел "
            "американското консулство в града, съобщиха местните власти.",
        ),
        (
            "pl",
            "Kilka rakiet wylądowało w nocy w pobliżu Konsulatu Generalnego USA w Erbil w Iraku, "
            "poinformował gubernator miasta.",
        ),
    ],
)
def test_missiles_at_the_us_consulate_in_erbil(language: str, text: str) -> None:
    d = _match("", text, SUNDAY, language=language)
    assert d.attack
    assert _bases(d) == ["erbil-consulate"]
