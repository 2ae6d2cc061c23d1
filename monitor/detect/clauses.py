"""Clauses of a sentence, cut away when they tell of another event: a clause ends at a
semicolon, a colon, a bracket or a dash, not at a comma ("the death of Soleimani, who was
killed in a US drone strike"); and the anniversary of an event that is not an attack on a base
("on the anniversary of Soleimani's killing, drones struck Erbil airport", "peu après
l'anniversaire de l'assassinat de Soleimani") dates the attack, it recalls nothing."""

from __future__ import annotations

import re

from monitor.detect.answers import BASE_NAMES as _NAMES
from monitor.detect.lexicon import Hit

_CLAUSE_END = re.compile(r"[;:()]|\s[-–—]\s")
# the event an anniversary is of ends with its phrase
_PHRASE_END = re.compile(r"[,.;:]")
# "the anniversary of", "l'anniversaire du", "el aniversario de la", "l'anniversario dell'"
_ANNIVERSARIES = frozenset({"anniversary", "anniversaire", "aniversario", "anniversario"})
_OF = re.compile(r"\s(?:of|du|de|des|del|della|dello|dei|dell|da|do|dos|das)\b")


def clause_end(norm: str, start: Hit, ends: re.Pattern[str] = _CLAUSE_END) -> int:
    """Where the clause `start` opens ends: at the first of `ends` after it."""
    close = ends.search(norm, start.end)
    return close.start() if close else len(norm)


def cut(norm: str, hits: list[Hit], start: Hit, end: int | None = None) -> list[Hit]:
    """The hits without those of the clause `start` opens, up to `end` (its clause's end)."""
    end = clause_end(norm, start) if end is None else end
    return [h for h in hits if h.end <= start.start or h.start >= end]


def without_other_anniversary(norm: str, hits: list[Hit]) -> list[Hit]:
    """Without the anniversary of an event that names no base, no weapon and no base word,
    and without that event's words ("on the 20th anniversary of the September 11 attacks,
    drones struck Erbil airport", "on the anniversary of Soleimani's killing"): the day is
    the attack's, not a recall. The anniversary of "the missile strike on Ain al-Asad" or of
    "the night Iran fired on two bases" stays one."""
    for h in hits:
        if h.label != "cat:anniversary" or not (
            h.text in _ANNIVERSARIES and _OF.match(norm, h.end)
        ):
            continue
        end = clause_end(norm, h, _PHRASE_END)
        inside = [x.label for x in hits if h.end <= x.start and x.end <= end]
        if not any(
            label.startswith((*_NAMES, "weapon:")) or label == "cat:base_words" for label in inside
        ):
            return cut(norm, hits, h, end)
    return hits
