"""The chart of incidents per week by country: weeks counted from Monday with the empty
ones kept, countries past the palette folded into "other", and an SVG that carries each
bar's week, country and count."""

from __future__ import annotations

import re
from datetime import date

from monitor.query.chart import OTHER_COLOUR, PALETTE, svg, weekly


def test_weeks_start_on_monday_and_empty_weeks_stay_on_the_axis() -> None:
    data = weekly(
        [
            ("2024-07-25", "Iraq", 1),  # a Thursday
            ("2024-07-22", "Iraq", 2),  # the Monday of the same week
            ("2024-08-05", "Syria", 1),
            ("not a date", "Iraq", 5),
        ]
    )
    assert data.weeks == (date(2024, 7, 22), date(2024, 7, 29), date(2024, 8, 5))
    assert data.counts == {(date(2024, 7, 22), "Iraq"): 3, (date(2024, 8, 5), "Syria"): 1}
    assert data.countries == ("Iraq", "Syria")  # most incidents first
    assert data.total == 4


def test_countries_past_the_palette_are_folded_into_other() -> None:
    names = [f"Country {i:02d}" for i in range(len(PALETTE) + 3)]
    data = weekly([("2024-01-01", name, 10 - i) for i, name in enumerate(names)])
    assert len(data.countries) == len(PALETTE)
    assert data.countries[-1] == "other"
    assert data.countries[:-1] == tuple(names[: len(PALETTE) - 1])
    assert data.total == sum(10 - i for i in range(len(names)))
    drawn = svg(data)
    assert f'fill="{OTHER_COLOUR}"' in drawn


def test_the_svg_has_a_bar_per_week_and_country_with_its_count() -> None:
    drawn = svg(weekly([("2024-07-25", "Iraq", 2), ("2024-07-26", "Syria <&>", 1)]))
    bars = re.findall(r'data-week="([\d-]+)" data-country="([^"]+)" data-count="(\d+)"', drawn)
    assert bars == [("2024-07-22", "Iraq", "2"), ("2024-07-22", "Syria &lt;&amp;&gt;", "1")]
    assert "<title>week of 2024-07-22: Iraq 2</title>" in drawn
    assert "Syria <&>" not in drawn  # names are escaped
    assert "http://" not in drawn.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_an_empty_archive_says_so() -> None:
    drawn = svg(weekly([]))
    assert "No incidents yet." in drawn
    assert "<rect" not in drawn
