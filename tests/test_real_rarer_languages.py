"""Reports in Georgian, Hausa and Swahili that a probe of real pages found missed (in our own
words): Georgian "სარაკეტიო" (of rockets) beside "ტაჯის სამხედრო ბაზა" (the Taji military
base); Hausa "jiragen yaki masu kunar bakin wake" (suicide aircraft, drones) on the base it
spells "Ramiilan"; Swahili verbs in the perfect and the headline's tense ("maroketi mawili
yamepiga", "yapiga": two rockets have hit, hit)."""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time


@pytest.mark.parametrize(
    ("language", "day", "text", "base"),
    [
        (
            "ka",
            "2020-03-11",
            "ერაყში ტაჯის სამხედრო ბაზა, სადაც ამერიკელი და ბრიტანელი სამხედროები არიან, "
            "სარაკეტიო თავდასხმის სამიზნე გახდა.",
            "camp-taji",
        ),
        (
            "ha",
            "2024-08-10",
            "Jiragen yaki masu kunar bakin wake sun fada kan sansanin sojojin Amurka mai suna "
            "Ramiilan a arewa maso gabashin Siriya.",
            "rmelan-landing-zone",
        ),
        (
            "sw",
            "2021-07-29",
            "Maroketi mawili yamepiga karibu na ubalozi wa Marekani mjini Baghdad katika eneo la "
            "Green Zone.",
            "baghdad-embassy",
        ),
    ],
)
def test_a_report_in_a_rarer_language(language: str, day: str, text: str, base: str) -> None:
    d = _match("", text, local_time(day, 22), language=language)
    assert d.attack
    assert _bases(d) == [base]
