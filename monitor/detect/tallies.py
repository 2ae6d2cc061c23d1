"""Counts of attacks, which tell how often, not that an attack happened now: "38 drone and
rocket attacks" since the war began, or "36 against the Omar oil field base, 16 against the
Shaddadi base, 40 against ..."."""

from __future__ import annotations

import re

from monitor.detect.lexicon import Hit
from monitor.detect.text import YEAR, normalise

# a number a few words before a name: "36 against the Omar oil field base"
_COUNT_BEFORE = re.compile(r"(?<![\d.,:])\d+(?:\s+\S+){0,3}\s+$")
TALLY_ATTACKS = 10  # attacks counted: a tally, not news
_COUNT = re.compile(r"(?<![\d.,:])(?P<n>\d+)(?:\s+\S+){0,4}\s+$")
# the attack nouns a count goes with ("38 attacks"), not verbs ("10 rockets struck")
_ATTACKS_COUNTED = frozenset(
    normalise(
        "attacks ataques attaques attacchi angriffe aanvallen ataki ataków атак атаки атаках "
        "saldırı saldırıya هجمات هجوما هجوم حملات حمله"
    ).split()
)
_COUNT_JOINS = frozenset(
    {"and", "or", "y", "o", "et", "ou", "und", "oder", "e", "i", "و", "ve", "и"}
)
TALLY_PLACES = 3  # places each after its count: a tally of attacks by base
_ONE_NIGHT = ("date:today", "date:yesterday", "date:overnight")
_NIGHT_NEAR = 30  # characters between a count of attacks and the night it tells


# "on no fewer than 13 occasions", "à 13 reprises": how many times, ten or more
_TENS = (
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty "
    "dozens dozen"
)
_UNITS = (
    "occasions",
    "incidents",
    "times",
    "reprises",
    "ocasiones",
    "ocasioes",
    "occasioni",
    "mal",
)
_OCCASIONS = re.compile(
    rf"(?<![\d.,:])(?P<n>\d+|\b(?:{'|'.join(_TENS.split())}))\s(?:separate\s|different\s)?"
    rf"(?:{'|'.join(_UNITS)})\b"
)


def tallied(norm: str, by: dict[str, list[Hit]], place_count: int) -> bool:
    """Whether the sentence counts attacks, in all or base by base, rather than telling one."""
    return (
        (place_count >= TALLY_PLACES and _tally(norm, by))
        or _counted(norm, by)
        or _occasions(norm, by)
    )


def _occasions(norm: str, by: dict[str, list[Hit]]) -> bool:
    """Attacks told as how many times they came: "drones and rockets were used against US
    forces on no fewer than 13 occasions"."""
    if "cat:attack" not in by or not any(unit in norm for unit in _UNITS):
        return False  # most sentences: asked cheaply (a substring) before the pattern is
    return any(
        not m["n"].isdigit() or (int(m["n"]) >= TALLY_ATTACKS and YEAR.fullmatch(m["n"]) is None)
        for m in _OCCASIONS.finditer(norm)
    )


def _counted(norm: str, by: dict[str, list[Hit]]) -> bool:
    """A count of attacks: "38 drone and rocket attacks", "38 ataques": ten or more, right
    before the attack word or its weapons; not a night's ("17 drone attacks last night")."""
    nights = [h.start for label in _ONE_NIGHT for h in by.get(label, ())]
    for attack in by.get("cat:attack", ()):
        if attack.text not in _ATTACKS_COUNTED:
            continue
        m = _COUNT.search(norm, max(0, attack.start - 40), attack.start)
        if m is None or int(m["n"]) < TALLY_ATTACKS or YEAR.fullmatch(m["n"]) is not None:
            continue
        if any(m.start() - _NIGHT_NEAR <= n <= attack.end + _NIGHT_NEAR for n in nights):
            continue  # "17 drone attacks last night", "الليلة الماضية بـ17 هجوما": news
        gap = norm[m.end("n") : attack.start]
        for label, found in by.items():
            if label.startswith("weapon:"):
                for w in found:
                    if m.end("n") <= w.start and w.end <= attack.start:
                        gap = gap.replace(w.text, " ", 1)
        if set(gap.split()) <= _COUNT_JOINS:
            return True
    return False


def _tally(norm: str, by: dict[str, list[Hit]]) -> bool:
    """A count of attacks by base ("36 against the Omar oil field base, 16 against the
    Shaddadi base, 40 against ..."): TALLY_PLACES places or more, each a few words after a
    number. It tells how often they were attacked, not that they were now."""
    counted = [
        label
        for label, found in by.items()
        if label.startswith("place:")
        and any(_COUNT_BEFORE.search(norm, max(0, h.start - 40), h.start) for h in found)
    ]
    return len(counted) >= TALLY_PLACES
