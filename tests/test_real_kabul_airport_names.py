"""Kabul airport as Marathi and Telugu reports name it (in our own words): "काबुल विमानतळ"
(with the short u), "కాబూల్ ఎయిర్పోర్టు" (the English word, in Telugu letters); the rockets
fired at it on the morning of 30 August 2021, the coalition's last day there."""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time

MONDAY = local_time("2021-08-30", 11)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("mr", "आज सकाळी काबुल विमानतळाच्या दिशेने पाच रॉकेट डागण्यात आले, अमेरिकेच्या यंत्रणेने ते हवेतच नष्ट केले."),
        ("te", "సోమవారం ఉదయం కాబూల్ ఎయిర్పోర్టుపై ఐదు రాకెట్లతో దాడి జరిగిందని అమెరికా అధికారి తెలిపారు."),
    ],
)
def test_rockets_at_kabul_airport(language: str, text: str) -> None:
    d = _match("", text, MONDAY, language=language)
    assert d.attack, d.reasons
    assert _bases(d) == ["hamid-karzai-airport"]
