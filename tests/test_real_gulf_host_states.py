"""Where only a Gulf state speaks (in our own words, after real reports): "two ballistic
missiles fired at Abu Dhabi were intercepted", and lines below, "the missiles were aimed at
Al Dhafra air base, which hosts US troops"; "Iran attacks: citizens in Doha told to keep
calm", and lines below, missiles "struck the US naval base" in Bahrain. The lead tells the
attack on the state, the body names the base it was aimed at: the report is of an attack on
that base. Not when the base's
attack the story names is a week or more old (an analysis of drone swarms that recalls
"on March 1, a drone hit a post near Camp Arifjan"), nor when the base is in Iraq, where the
lead names the base or the region itself."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports import bases as _bases
from tests.reports import detect as _match


@pytest.mark.parametrize(
    ("title", "text", "published", "base", "day"),
    [
        (
            "UAE intercepts two ballistic missiles over Abu Dhabi",
            "Two ballistic missiles fired at Abu Dhabi were intercepted early on Monday, the "
            "Emirati government said in a statement. The state news agency blamed the Houthi "
            "movement in Yemen for the launch. Nobody was hurt, though debris fell in several "
            "districts of the city, the government added.\n\nFlights at the airport went on as "
            "usual by midday.\n\nA monitoring account wrote that both missiles had been aimed "
            "at Al Dhafra air base, which hosts some 2,000 US troops.",
            date(2022, 1, 24),
            "al-dhafra-air-base",
            date(2022, 1, 24),
        ),
        (
            "Saudi air defences down 16 drones heading for an oil field",
            "Saudi air defences shot down 16 drones on Saturday as they flew toward the Shaybah "
            "oil field, the defence ministry said. Ten of them were brought down over the Empty "
            "Quarter in two waves, its spokesman said. Six more were destroyed in a third "
            "attempt later in the day.\n\nThe spokesman added that a ballistic missile fired "
            "at Prince Sultan Air Base was also intercepted and destroyed.",
            date(2026, 3, 7),
            "prince-sultan-air-base",
            date(2026, 3, 7),
        ),
        (
            "Iran attacks: citizens in Doha and across the Gulf told to keep calm",
            "The embassy in Doha says it is following events in Qatar and the wider region "
            "closely. Airspace over Qatar has been shut. Citizens were told to stay indoors "
            "and to register with the embassy.\n\nAirlines cancelled dozens of flights.\n\n"
            "Bahrain's state news agency said missiles had struck the US naval base that hosts "
            "the Fifth Fleet's headquarters.",
            date(2026, 2, 28),
            "nsa-bahrain",
            date(2026, 2, 28),
        ),
    ],
)
def test_a_host_states_lead_and_the_base_named_below_make_the_report(
    title: str, text: str, published: date, base: str, day: date
) -> None:
    d = _match(title, text, published)
    assert d.attack, d.reasons
    assert _bases(d) == [base]
    assert d.attack_date == day


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        (
            "Drone swarms expose the limits of air defences in the Gulf",
            "Waves of cheap drones are forcing a rethink of how American troops in the Gulf are "
            "protected, officials say. The issue came to a head this week when the Emirates "
            "said they had intercepted 35 drones and nine missiles fired by Iran. Interceptors "
            "cost far more than the drones they stop, analysts note.\n\nOfficials call it a "
            "problem of arithmetic.\n\nOn March 1, an operations post near Camp Arifjan in "
            "Kuwait was hit by an Iranian drone, killing six American soldiers.",
            date(2026, 3, 12),
        ),
    ],
)
def test_not_when_the_bases_attack_is_old(title: str, text: str, published: date) -> None:
    d = _match(title, text, published)
    assert not d.attack, d.reasons


def test_not_for_a_base_outside_the_gulf() -> None:
    # taken or not by its own evidence, never by the host state's reading
    d = _match(
        "Rockets fired at Erbil, officials say",
        "Several rockets were fired at Erbil late on Monday, Kurdish officials said. No "
        "group claimed the launch. The officials gave no word of casualties.\n\nThe "
        "governor asked residents to stay calm.\n\nIn a separate incident, rockets hit "
        "Erbil air base, where coalition troops are stationed, a security source said.",
        date(2024, 1, 16),
    )
    assert not any("Gulf state" in r for r in d.reasons), d.reasons
