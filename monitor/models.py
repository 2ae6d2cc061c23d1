"""What moves between the stages: frozen dataclasses. Plain dicts appear only at the edges."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Article:
    """One news article, as fetched and extracted."""

    url: str
    title: str
    text: str
    published: datetime | date | None = None
    source: str = ""
    id: str = ""
    language: str | None = None


@dataclass(frozen=True)
class Place:
    """A facility from the gazetteer, or a region when the report names no base."""

    id: str
    name: str
    country: str
    lat: float
    lon: float
    is_region: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "country": self.country}

    def km_to(self, other: Place) -> float:
        """Great-circle distance in kilometres."""
        la1, la2 = math.radians(self.lat), math.radians(other.lat)
        dla, dlo = la2 - la1, math.radians(other.lon - self.lon)
        h = math.sin(dla / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dlo / 2) ** 2
        return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


@dataclass(frozen=True)
class Evidence:
    """A sentence that supports a detection, with the terms matched in it."""

    sentence: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Detection:
    """What the matcher found in one article. `attack` False means: not an attack report."""

    attack: bool
    confidence: float
    bases: tuple[Place, ...] = ()
    region: Place | None = None
    attack_date: date | None = None
    # the report says the day ("on Sunday", "yesterday"); False when it is the day the
    # report was published, for want of one
    day_stated: bool = False
    # a follow-up of an attack some days before ("the drone attack on Harir last week"), on a
    # day it does not give: it joins that attack rather than dating a new one
    earlier: bool = False
    weapons: tuple[str, ...] = ()
    projectiles: int | None = None
    intercepted: bool | None = None
    killed: int | None = None
    injured: int | None = None
    claimed_by: str | None = None
    # told by more than the claimant's word (an outlet in its own voice, or officials);
    # False for a group's claim of the attack and for a relay of one
    confirmed: bool | None = None
    official: bool | None = None  # US or coalition officials confirmed it
    evidence: tuple[Evidence, ...] = ()
    reasons: tuple[str, ...] = field(default=(), compare=False)

    @property
    def places(self) -> tuple[Place, ...]:
        """The bases, or the region when no base is named."""
        if self.bases:
            return self.bases
        return (self.region,) if self.region else ()
