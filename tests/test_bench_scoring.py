"""How the end-to-end benchmark counts attacks: an attack labelled only by its region on a day
a base of that region is labelled attacked is that base's attack, counted once."""

from __future__ import annotations

from typing import Any

from tests.bench.bench_real_alerts import _attacks, _matching


def _row(incident: str, day: str, bases: list[str], region: str | None = None) -> dict[str, Any]:
    return {
        "label": {
            "attack": True,
            "incident": incident,
            "attack_date": day,
            "bases": bases,
            "region": region,
        }
    }


def test_a_region_on_the_day_of_one_of_its_bases_is_that_bases_attack() -> None:
    attacks = _attacks(
        [
            _row("2023-03-23-hasakah", "2023-03-23", ["hasakah-coalition-base"]),
            _row("2023-03-23-ne-syria", "2023-03-23", [], "ne-syria"),
        ]
    )
    assert list(attacks) == ["2023-03-23-hasakah"]
    # an alert on the base, or one on the region, is that attack's
    assert _matching(attacks, "hasakah-coalition-base", "2023-03-23") == ["2023-03-23-hasakah"]
    assert _matching(attacks, "ne-syria", "2023-03-23") == ["2023-03-23-hasakah"]


def test_a_region_on_another_day_or_of_another_regions_base_stays_an_attack() -> None:
    attacks = _attacks(
        [
            _row("2023-03-23-hasakah", "2023-03-23", ["hasakah-coalition-base"]),
            _row("2023-03-24-ne-syria", "2023-03-24", [], "ne-syria"),
            _row("2023-03-23-northern-iraq", "2023-03-23", [], "northern-iraq"),
        ]
    )
    assert sorted(attacks) == [
        "2023-03-23-hasakah",
        "2023-03-23-northern-iraq",
        "2023-03-24-ne-syria",
    ]
    assert attacks["2023-03-23-hasakah"]["places"] == {"hasakah-coalition-base"}
    assert _matching(attacks, "ne-syria", "2023-03-23") == []
