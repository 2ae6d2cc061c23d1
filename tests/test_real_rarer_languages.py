"""Reports that a probe of real pages outside the set found missed, for a word or a name
their language lacked (in our own words): Georgian "სარაკეტიო" (of rockets) beside "ტაჯის
სამხედრო ბაზა" (the Taji military base); Hausa "jiragen yaki masu kunar bakin wake" (suicide
aircraft, drones) on the base it spells "Ramiilan"; Swahili verbs in the perfect and the
headline's tense ("maroketi mawili yamepiga", "yapiga": two rockets have hit, hit); the
missiles on Erbil of 13 March 2022, where Bulgarian names the consulate "консулство" (the
Russian spelling has a soft sign) and the target "взели на прицел" (took as their target),
and Polish says the rockets "wylądowały" (landed); Kabul airport as Marathi and Telugu name
it ("काबुल विमानतळ" with the short u, "కాబూల్ ఎయిర్పోర్టు"), on the morning of 30 August
2021, the coalition's last day there."""

from __future__ import annotations

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match
from tests.reports import local_time


@pytest.mark.parametrize(
    ("language", "when", "text", "base"),
    [
        (
            "ka",
            ("2020-03-11", 22),
            "ერაყში ტაჯის სამხედრო ბაზა, სადაც ამერიკელი და ბრიტანელი სამხედროები არიან, "
            "სარაკეტიო თავდასხმის სამიზნე გახდა.",
            "camp-taji",
        ),
        (
            "ha",
            ("2024-08-10", 22),
            "Jiragen yaki masu kunar bakin wake sun fada kan sansanin sojojin Amurka mai suna "
            "Ramiilan a arewa maso gabashin Siriya.",
            "rmelan-landing-zone",
        ),
        (
            "sw",
            ("2021-07-29", 22),
            "Maroketi mawili yamepiga karibu na ubalozi wa Marekani mjini Baghdad katika eneo la "
            "Green Zone.",
            "baghdad-embassy",
        ),
        (
            "bg",
            ("2022-03-13", 9),
            "Дванайсет балистични ракети са изстреляни тази нощ по Ербил и са взели на прицел "
            "американското консулство в града, съобщиха местните власти.",
            "erbil-consulate",
        ),
        (
            "pl",
            ("2022-03-13", 9),
            "Kilka rakiet wylądowało w nocy w pobliżu Konsulatu Generalnego USA w Erbil w Iraku, "
            "poinformował gubernator miasta.",
            "erbil-consulate",
        ),
        (
            "mr",
            ("2021-08-30", 11),
            "आज सकाळी काबुल विमानतळाच्या दिशेने पाच रॉकेट डागण्यात आले, अमेरिकेच्या यंत्रणेने ते हवेतच नष्ट केले.",
            "hamid-karzai-airport",
        ),
        (
            "te",
            ("2021-08-30", 11),
            "సోమవారం ఉదయం కాబూల్ ఎయిర్పోర్టుపై ఐదు రాకెట్లతో దాడి జరిగిందని అమెరికా అధికారి తెలిపారు.",
            "hamid-karzai-airport",
        ),
    ],
)
def test_a_report_in_a_language_that_lacked_its_words(
    language: str, when: tuple[str, int], text: str, base: str
) -> None:
    d = _match("", text, local_time(*when), language=language)
    assert d.attack, d.reasons
    assert _bases(d) == [base]
