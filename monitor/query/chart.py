"""Incidents over time: how many attacks each week, by the country of the base, as counts
(pure) and as a self-contained SVG bar chart (no script, no font or file from elsewhere)
that the web view shows beside the map."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from sqlite_utils import Database

# colours told apart by most readers, colour-blind ones included (Okabe and Ito)
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442")
OTHER_COLOUR = "#999999"
WIDTH, HEIGHT = 900, 260
LEFT, RIGHT, TOP, BOTTOM = 40, 10, 10, 36  # room for the axes' labels; the legend below
SQL = (
    "select attack_date, coalesce(country, 'unknown') as country, count(*) as n "
    "from incidents where merged_into is null and attack_date is not null group by 1, 2"
)


@dataclass(frozen=True)
class Weekly:
    """Incidents per week (Monday) and country; `countries` by total, most first, the
    least frequent folded into "other" past the palette's size."""

    weeks: tuple[date, ...]  # every week from the first to the last, empty ones too
    countries: tuple[str, ...]
    counts: dict[tuple[date, str], int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly(rows: Iterable[tuple[str, str, int]]) -> Weekly:
    """Fold (attack date, country, incidents) rows into weeks."""
    counts: Counter[tuple[date, str]] = Counter()
    for attack_date, country, n in rows:
        try:
            counts[(monday(date.fromisoformat(attack_date[:10])), country)] += n
        except ValueError:  # not a date: not on a time axis
            continue
    totals: Counter[str] = Counter()
    for (_, country), n in counts.items():
        totals[country] += n
    ranked = [c for c, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    if len(ranked) > len(PALETTE):
        kept = set(ranked[: len(PALETTE) - 1])
        folded: Counter[tuple[date, str]] = Counter()
        for (week, country), n in counts.items():
            folded[(week, country if country in kept else "other")] += n
        counts, ranked = folded, [*ranked[: len(PALETTE) - 1], "other"]
    if not counts:
        return Weekly((), (), {})
    first, last = min(w for w, _ in counts), max(w for w, _ in counts)
    weeks = tuple(first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1))
    return Weekly(weeks, tuple(ranked), dict(counts))


def weekly_from(db: Database | sqlite3.Connection) -> Weekly:
    """The archive's live incidents, per week and country (through sqlite-utils or a bare
    connection, as Datasette's are)."""
    return weekly(db.execute(SQL).fetchall())


def colour(countries: tuple[str, ...], country: str) -> str:
    return OTHER_COLOUR if country == "other" else PALETTE[countries.index(country)]


def _ticks(peak: int) -> list[int]:
    step = max(1, -(-peak // 4))
    return list(range(0, peak + 1, step))


def _axes(data: Weekly, peak: int, slot: float) -> list[str]:
    """Grid lines with counts on the left; the first week of each labelled month below."""
    plot_h = HEIGHT - TOP - BOTTOM
    out = []
    for tick in _ticks(peak):
        y = TOP + plot_h - plot_h * tick / peak
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#dddddd"/><text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
            f"{tick}</text>"
        )
    months = [i for i, w in enumerate(data.weeks) if i == 0 or w.month != data.weeks[i - 1].month]
    every = max(1, -(-len(months) // 12))  # at most about 12 labels
    shown_year = None
    for i in months[::every]:
        x, week = LEFT + slot * i, data.weeks[i]
        out.append(f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 14}">{week:%b}</text>')
        if week.year != shown_year:  # the year under its first month shown
            out.append(f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 28}">{week:%Y}</text>')
            shown_year = week.year
    return out


def _bars(data: Weekly, peak: int, slot: float) -> list[str]:
    plot_h = HEIGHT - TOP - BOTTOM
    out = []
    for i, week in enumerate(data.weeks):
        base = float(TOP + plot_h)
        for country in data.countries:
            n = data.counts.get((week, country), 0)
            if not n:
                continue
            h = plot_h * n / peak
            base -= h
            out.append(
                f'<rect class="bar" x="{LEFT + slot * i + slot * 0.1:.1f}" y="{base:.1f}" '
                f'width="{max(slot * 0.8, 1):.1f}" height="{h:.1f}" '
                f'fill="{colour(data.countries, country)}" data-week="{week}" '
                f'data-country="{escape(country)}" data-count="{n}">'
                f"<title>week of {week}: {escape(country)} {n}</title></rect>"
            )
    return out


def _legend(data: Weekly) -> list[str]:
    out, x = [], LEFT
    for country in data.countries:
        n = sum(v for (_, c), v in data.counts.items() if c == country)
        label = f"{country} ({n})"
        out.append(
            f'<g class="legend"><rect x="{x}" y="{HEIGHT + 2}" width="10" height="10" '
            f'fill="{colour(data.countries, country)}"/>'
            f'<text x="{x + 14}" y="{HEIGHT + 11}">{escape(label)}</text></g>'
        )
        x += 24 + 7 * len(label)
    return out


def svg(data: Weekly) -> str:
    """The chart: a stacked bar a week, one colour a country, a legend with the totals;
    each bar says its week, country and count in a tooltip."""
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" id="incidents-per-week-chart" '
        f'viewBox="0 0 {WIDTH} {HEIGHT + 16}" width="100%" role="img" '
        f'font-family="sans-serif" font-size="11" fill="#333333">'
        f"<title>Incidents per week, by country: {data.total} incidents</title>"
    )
    if not data.weeks:
        return head + f'<text x="{LEFT}" y="{TOP + 20}">No incidents yet.</text></svg>'
    peak = max(sum(data.counts.get((w, c), 0) for c in data.countries) for w in data.weeks)
    slot = (WIDTH - LEFT - RIGHT) / len(data.weeks)
    parts = [*_axes(data, peak, slot), *_bars(data, peak, slot), *_legend(data)]
    return head + "".join(parts) + "</svg>"
