"""A short report of a US base attacked that names neither the weapon nor the base ("an
attack on a base of the Americans in western Iraq injured at least five") is read in full:
US forces named are enough for the quick test for unrelated news to let it through."""

from __future__ import annotations

from tests.reports import local_time, report_cases

test_an_attack_on_us_forces_that_names_no_weapon = report_cases(
    [
        (
            "nl",
            "Aanval op Amerikaanse basis in Irak: vijf militairen gewond",
            "Bij een aanval op een basis van het Amerikaanse leger in het westen van Irak zijn "
            "zeker vijf Amerikaanse militairen gewond geraakt.",
            local_time("2024-08-05", 23),
            "western-iraq",
            "2024-08-05",
            (),
        ),
        (
            "en",
            "Five Americans hurt in attack on base in western Iraq",
            "At least five Americans were wounded when a base housing US troops in western Iraq "
            "came under attack, officials said.",
            local_time("2024-08-05", 23),
            "western-iraq",
            "2024-08-05",
            (),
        ),
    ]
)
