"""Numbers and details of an attack: projectiles, casualties, interception, claims.

Works on normalised sentences that the matcher chose as describing the new attack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.terms import Terms

_NUMBER = re.compile(r"^\d{1,4}$")


@dataclass(frozen=True)
class Facts:
    projectiles: int | None = None
    intercepted: bool | None = None
    killed: int | None = None
    injured: int | None = None
    claimed_by: str | None = None


def _number(word: str, terms: Terms) -> int | None:
    word = word.strip(",.;:()\"'")
    if _NUMBER.match(word):
        return int(word)
    return terms.numbers.get(word)


def _count_before(sentence: str, start: int, terms: Terms, window: int = 3) -> int | None:
    """A number among the `window` words before position `start`."""
    for word in reversed(sentence[:start].split()[-window:]):
        value = _number(word, terms)
        if value is not None:
            return value
    return None


def _count_after(sentence: str, end: int, terms: Terms, window: int = 2) -> int | None:
    for word in sentence[end:].split()[:window]:
        value = _number(word, terms)
        if value is not None:
            return value
    return None


def _projectiles(sentences: list[str], terms: Terms) -> int | None:
    for sentence in sentences:
        for rx in terms.weapons.values():
            for m in rx.finditer(sentence):
                value = _count_before(sentence, m.start(), terms)
                if value is not None and 0 < value < 200:
                    return value
    return None


def _casualties(sentences: list[str], terms: Terms, category: str) -> int | None:
    rx = terms.categories[category]
    for sentence in sentences:
        for m in rx.finditer(sentence):
            value = _count_before(sentence, m.start(), terms, window=5)
            if value is None:
                value = _count_after(sentence, m.end(), terms)
            if value is not None and value < 1000:
                return value
    return None


def _claim(sentences: list[str], terms: Terms) -> str | None:
    claim = terms.categories["claim"]
    for sentence in sentences:
        if not claim.search(sentence):
            continue
        for name, rx in terms.groups.items():
            if rx.search(sentence):
                return name
    return None


def extract_facts(sentences: list[str], terms: Terms) -> Facts:
    """The facts said in `sentences`; None where they say nothing."""
    none_hurt = any(terms.categories["no_casualties"].search(s) for s in sentences)
    killed = _casualties(sentences, terms, "killed")
    injured = _casualties(sentences, terms, "injured")
    if none_hurt:
        killed = killed if killed else 0
        injured = injured if injured else 0
    intercepted = any(terms.categories["intercepted"].search(s) for s in sentences)
    return Facts(
        projectiles=_projectiles(sentences, terms),
        intercepted=intercepted,
        killed=killed,
        injured=injured,
        claimed_by=_claim(sentences, terms),
    )
