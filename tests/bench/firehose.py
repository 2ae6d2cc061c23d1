"""Synthetic news for the matcher benchmark: a seeded, lazy stream of articles.

Mix: 90% unrelated news, 8% near misses (bases named without an attack, US strikes, space
rockets, threats), 2% attack reports. Sentences are assembled from templates and word lists,
so every article differs and none is a copy of another.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from monitor.models import Article

TOPICS = [
    ("parliament", "budget", "vote", "ministers", "session", "coalition government"),
    ("football", "league", "match", "goal", "coach", "season"),
    ("oil prices", "markets", "exports", "barrels", "investors", "central bank"),
    ("elections", "candidates", "turnout", "ballot", "commission", "campaign"),
    ("water", "drought", "river", "farmers", "harvest", "dams"),
    ("health", "hospital", "vaccine", "clinic", "doctors", "outbreak"),
    ("technology", "startup", "phones", "network", "internet", "app"),
    ("weather", "storm", "temperatures", "rain", "heatwave", "flooding"),
]
PLACES = [
    "Baghdad",
    "Basra",
    "Mosul",
    "Amman",
    "Doha",
    "Kuwait City",
    "Damascus",
    "Aleppo",
    "Dubai",
    "Manama",
    "Riyadh",
    "Sulaymaniyah",
    "Kirkuk",
    "Najaf",
    "Homs",
    "Irbid",
]
BASES = [
    "Ain al-Asad air base",
    "Erbil air base",
    "al-Tanf garrison",
    "Harir air base",
    "the Conoco gas field base",
    "Tower 22",
    "Union III in Baghdad",  # bases that hosted coalition forces in 2024
    "Al Udeid Air Base",
    "the Victory base near Baghdad airport",
    "Rmelan landing zone",
    "al-Shaddadi base",
]
WEAPONS = [
    "rockets",
    "Katyusha rockets",
    "drones",
    "one-way attack drones",
    "ballistic missiles",
    "mortar rounds",
]
NUMBERS = ["two", "three", "four", "five", "several", "six"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS = [
    "on Monday",
    "late on Tuesday",
    "early Wednesday",
    "on Thursday night",
    "overnight",
    "on Friday",
    "on Saturday evening",
    "early Sunday",
]


def _unrelated(rng: random.Random) -> tuple[str, str]:
    topic = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    title = f"{topic[0].capitalize()} in {place}: {topic[1]} and {topic[2]} in focus"
    body = []
    for _ in range(rng.randint(6, 14)):
        a, b, c = rng.sample(topic, 3)
        body.append(
            f"Officials in {rng.choice(PLACES)} said the {a} would shape the {b} "
            f"{rng.choice(DAYS)}, while analysts expected the {c} to change little this year."
        )
    return title, " ".join(body)


def _near_miss(rng: random.Random) -> tuple[str, str]:
    base = rng.choice(BASES)
    kind = rng.randrange(4)
    if kind == 0:
        title = f"Defence minister visits {base} as coalition mission winds down"
        first = (
            f"The minister toured {base} {rng.choice(DAYS)} and met coalition advisers "
            "to discuss the transition to a bilateral security relationship."
        )
    elif kind == 1:
        title = "US strikes militia sites in retaliation for attacks on US forces"
        first = (
            f"US warplanes struck weapons depots used by Iran-backed groups {rng.choice(DAYS)}, "
            f"in retaliation for {rng.choice(WEAPONS)} fired at {base}."
        )
    elif kind == 2:
        title = "Rocket lifts weather satellite into orbit"
        first = (
            "The rocket left the launch pad at dawn and placed the satellite in orbit, "
            "the space agency said."
        )
    else:
        title = f"Militia threatens to target {base}"
        first = (
            f"An armed faction warned it would target {base} with {rng.choice(WEAPONS)} "
            "unless US forces leave the country."
        )
    _, filler = _unrelated(rng)
    return title, f"{first} {filler}"


def _attack(rng: random.Random, published: datetime) -> tuple[str, str]:
    """A report published the day of the attack or the day after, as wires are."""
    day = WEEKDAYS[(published - timedelta(days=rng.randrange(2))).weekday()]
    when = rng.choice([f"on {day}", f"late on {day}", f"early {day}", "overnight", "today"])
    base = rng.choice(BASES)
    weapon = rng.choice(WEAPONS)
    n = rng.choice(NUMBERS)
    title = f"{n.capitalize()} {weapon} hit {base}"
    first = (
        f"{n.capitalize()} {weapon} struck {base}, which hosts troops of the US-led "
        f"coalition, {when}, security sources said."
    )
    second = "There was no immediate word on casualties, and no group claimed the attack."
    _, filler = _unrelated(rng)
    return title, f"{first} {second} {filler}"


def firehose(
    count: int, *, seed: int = 7, attack_share: float = 0.02, near_share: float = 0.08
) -> Iterator[Article]:
    """`count` articles, generated one at a time (memory stays flat). Each id says what
    was generated: attack-N, near-N (a near miss) or news-N."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for i in range(count):
        published = start + timedelta(minutes=i)
        roll = rng.random()
        if roll < attack_share:
            kind, (title, text) = "attack", _attack(rng, published)
        elif roll < attack_share + near_share:
            kind, (title, text) = "near", _near_miss(rng)
        else:
            kind, (title, text) = "news", _unrelated(rng)
        yield Article(
            url=f"https://news.example/{i}",
            title=title,
            text=text,
            published=published,
            id=f"{kind}-{i}",
        )
