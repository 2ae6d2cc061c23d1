"""The gazetteer: bases that host or hosted coalition forces, and regions for unnamed ones.

Loaded from `seeds/bases.toml`. Aliases are matched case-insensitively as whole words on
normalised text; `context_aliases` (ambiguous short forms) count only next to a base word;
a diplomatic mission's `mission_words` and `city_words` name it together anywhere in a
sentence that names US forces or the US.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from monitor.config import read_toml
from monitor.detect.text import normalise
from monitor.errors import ConfigError
from monitor.models import Place

DEFAULT_GAZETTEER = Path(__file__).resolve().parents[2] / "seeds" / "bases.toml"


@dataclass(frozen=True)
class Entry:
    place: Place
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...] = ()
    area_aliases: tuple[str, ...] = ()
    hosted: str = ""
    region: str | None = None
    inside: str | None = None  # the id of a larger facility this one lies within
    # a diplomatic mission named by what it is and its city apart: "the US consulate in the
    # Kurdish region's capital, Erbil"
    mission_words: tuple[str, ...] = ()
    city_words: tuple[str, ...] = ()
    # bases the press names in this one's place ("Harir, near Erbil airport"), both ways: a
    # sentence on one may tell the other's attack
    mixed_up_with: tuple[str, ...] = ()


def hosted_in(hosted: str, when: date | int, late: int = 0) -> bool:
    """Whether `when` (a day, or a year) falls in a "2003-2011, 2014-" span list, where a
    span may end on the day the coalition left ("2001-2021-05-13"), or up to `late` days
    after a span (for a day that may be late); an empty list means unknown, which counts as
    yes."""
    spans = [s.strip() for s in hosted.split(",") if s.strip()]
    if not spans:
        return True
    for span in spans:
        start, _, end = span.partition("-")
        try:
            first = date(int(start), 1, 1)
            end = end.strip()
            last = date.fromisoformat(end) if len(end) > 4 else date(int(end or 9999), 12, 31)
        except ValueError:
            return True
        if isinstance(when, date) and first <= when and when - timedelta(days=late) <= last:
            return True
        if isinstance(when, int) and first.year <= when <= last.year:
            return True
    return False


@dataclass(frozen=True)
class Gazetteer:
    bases: tuple[Entry, ...]
    regions: tuple[Entry, ...]

    def by_id(self) -> dict[str, Entry]:
        return {e.place.id: e for e in (*self.bases, *self.regions)}


def _entry(raw: dict[str, object], *, is_region: bool) -> Entry:
    place = Place(
        id=str(raw["id"]),
        name=str(raw["name"]),
        country=str(raw["country"]),
        lat=float(raw["lat"]),  # type: ignore[arg-type]
        lon=float(raw["lon"]),  # type: ignore[arg-type]
        is_region=is_region,
    )
    aliases = [place.name, *raw.get("aliases", [])]  # type: ignore[misc]
    return Entry(
        place=place,
        aliases=tuple(dict.fromkeys(normalise(str(a)) for a in aliases)),
        context_aliases=tuple(normalise(str(a)) for a in raw.get("context_aliases", [])),  # type: ignore[attr-defined]
        area_aliases=tuple(normalise(str(a)) for a in raw.get("area_aliases", [])),  # type: ignore[attr-defined]
        hosted=str(raw.get("hosted", "")),
        region=str(raw["region"]) if raw.get("region") else None,
        inside=str(raw["inside"]) if raw.get("inside") else None,
        mission_words=tuple(normalise(str(a)) for a in raw.get("mission_words", [])),  # type: ignore[attr-defined]
        city_words=tuple(normalise(str(a)) for a in raw.get("city_words", [])),  # type: ignore[attr-defined]
        mixed_up_with=tuple(str(a) for a in raw.get("mixed_up_with", [])),  # type: ignore[attr-defined]
    )


def _both_ways(entries: list[Entry]) -> list[Entry]:
    """Each entry's `mixed_up_with` with the bases that name it in theirs."""
    mixed = {e.place.id: set(e.mixed_up_with) for e in entries}
    for e in entries:
        for other in e.mixed_up_with:
            mixed.setdefault(other, set()).add(e.place.id)
    return [replace(e, mixed_up_with=tuple(sorted(mixed[e.place.id]))) for e in entries]


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Read the gazetteer TOML; raise ConfigError naming the entry that is wrong."""
    path = path or DEFAULT_GAZETTEER
    data = read_toml(path, "gazetteer not found; set [matcher] gazetteer to seeds/bases.toml")
    problems: list[str] = []
    tables: dict[str, list[Entry]] = {"bases": [], "regions": []}
    for table, entries in tables.items():
        for i, raw in enumerate(data.get(table, [])):
            try:
                entries.append(_entry(raw, is_region=table == "regions"))
            except (KeyError, TypeError, ValueError) as exc:
                problems.append(f"{path}: at '{table}[{i}]': missing or bad field {exc}")
    ids = {e.place.id for e in tables["bases"]}
    for i, e in enumerate(tables["bases"]):
        for other in e.mixed_up_with:
            if other not in ids:
                problems.append(
                    f"{path}: at 'bases[{i}].mixed_up_with': no base has the id {other!r}; "
                    "give the id of a [[bases]] entry"
                )
    if not tables["bases"] and not problems:
        problems.append(
            f"{path}: at 'bases': no bases; the gazetteer needs [[bases]] entries with id, "
            "name, country, lat and lon (seeds/bases.toml has them)"
        )
    if problems:
        raise ConfigError(problems)
    return Gazetteer(bases=tuple(_both_ways(tables["bases"])), regions=tuple(tables["regions"]))
