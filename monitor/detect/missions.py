"""US missions (embassies, consulates) named by what they are and where, apart: "the US
consulate complex in the northern Iraqi city of Erbil", not the Emirates' consulate there."""

from __future__ import annotations

import re

from monitor.detect.gazetteer import Entry
from monitor.detect.lexicon import Hit, Lexicon

_MISSION_GAP = 20  # characters between the US and the mission's name
# after the name, as Persian and Arabic put it: "کنسولگری تازه و نیمه‌کاره امریکا"
_MISSION_GAP_AFTER = 30
_THEIR = (" their ", " its ", " ihrer ")  # a mission said to be the US's own, after the US
_THEIR_GAP = 50
# a place named only to say where something else is: "the airport, located near the
# consulate", "Harir Air Base, close to Erbil airport" (not rockets that "fell near the
# embassy": that is where they struck)
_NEAR_WORDS = (
    r"(?:near|close to|next to|not far from|a short distance from|in the vicinity of|"
    r"pres d\w*|proche d\w*|a proximite d\w*|non loin d\w*|"
    r"cerca de\w*|junto a\w*|en las inmediaciones d\w*|a poca distancia d\w*|perto d\w*|"
    r"nas imediacoes d\w*|vicino a\w*|nei pressi d\w*|a poca distanza d\w*|nahe\w*|"
    r"neben|рядом с|возле|недалеко от|yakinind\w*|κοντα)\W+(?:\w+\W+){0,3}$"
)
NEAR = re.compile(
    rf"(?:,|\b(?:located|situated|lying|situee?s?|situad[oa]s?|localizad[oa]s?|βρισκεται))\s{_NEAR_WORDS}"
)
# right after a base's name, with no comma: "the US Harir base close to Erbil airport"
NEAR_NAME = re.compile(rf"\s{_NEAR_WORDS}")
NEAR_GAP = 40


def _within(hits: list[Hit], start: int, end: int) -> bool:
    """Whether one of `hits` lies between `start` and `end`."""
    return any(start <= h.start and h.end <= end for h in hits)


def us_missions(
    norm: str,
    by: dict[str, list[Hit]],
    mentions: dict[Entry, list[tuple[Hit, bool]]],
    entries: dict[str, Entry],
    us_names: Lexicon,
    story_cities: frozenset[str] = frozenset(),
) -> None:
    """Adds to `mentions` each US mission the sentence names by what it is (`by`'s
    "mission:" hits) and where ("city:"), beside the US by name (`us_names`); "the airport,
    near the consulate of the United States in the city" names it only as a landmark. Its
    city may be the one the story's lead names (`story_cities`), when it is that one alone:
    "Two of them landed inside the US embassy compound", below "rockets hit Baghdad"."""
    here = [label[8:] for label in by if label.startswith("mission:")]
    lead_city = [m for m in here if m in story_cities]
    names: list[Hit] | None = None  # the US named in the sentence, found once
    for label, hits in by.items():
        kind, _, place_id = label.partition(":")
        if kind != "mission" or (f"city:{place_id}" not in by and lead_city != [place_id]):
            continue
        entry = entries[place_id]
        if names is None:
            names = us_names.scan(norm)
        us = [
            h
            for h in hits
            if _within(names, h.start - _MISSION_GAP, h.end + _MISSION_GAP_AFTER)
            # "US forces downed a drone above their embassy in Baghdad"
            or (norm.endswith(_THEIR, 0, h.start) and _within(names, h.start - _THEIR_GAP, h.start))
        ]
        if us and entry not in mentions:
            near = NEAR.search(norm, max(0, us[0].start - NEAR_GAP), us[0].start)
            mentions[entry].append((us[0], near is not None))
