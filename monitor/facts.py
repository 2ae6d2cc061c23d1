"""Numbers and details of an attack: projectiles, casualties, interception, claims.

Works on the sentences the matcher chose as describing the new attack: their normalised
text and their lexicon hits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.lexicon import Hit

_NUMBER = re.compile(r"^\d{1,4}$")


@dataclass(frozen=True)
class Facts:
    projectiles: int | None = None
    intercepted: bool | None = None
    killed: int | None = None
    injured: int | None = None
    claimed_by: str | None = None


def _number(word: str, numbers: dict[str, int]) -> int | None:
    word = word.strip(",.;:()\"'")
    if _NUMBER.match(word):
        return int(word)
    return numbers.get(word)


def _count_before(norm: str, start: int, numbers: dict[str, int], window: int = 3) -> int | None:
    """A number among the `window` words before position `start`."""
    for word in reversed(norm[:start].split()[-window:]):
        value = _number(word, numbers)
        if value is not None:
            return value
    return None


def _count_after(norm: str, end: int, numbers: dict[str, int], window: int = 2) -> int | None:
    for word in norm[end:].split()[:window]:
        value = _number(word, numbers)
        if value is not None:
            return value
    return None


Sentence = tuple[str, Sequence[Hit]]


def _projectiles(sentences: Sequence[Sentence], numbers: dict[str, int]) -> int | None:
    for norm, hits in sentences:
        for hit in hits:
            if hit.label.startswith("weapon:"):
                value = _count_before(norm, hit.start, numbers)
                if value is not None and 0 < value < 200:
                    return value
    return None


def _casualties(sentences: Sequence[Sentence], numbers: dict[str, int], label: str) -> int | None:
    for norm, hits in sentences:
        for hit in hits:
            if hit.label != label:
                continue
            value = _count_before(norm, hit.start, numbers, window=5)
            if value is None:
                value = _count_after(norm, hit.end, numbers)
            if value is not None and value < 1000:
                return value
    return None


def claim(sentences: Sequence[Sentence]) -> str | None:
    """The group a sentence says claimed the attack."""
    for _, hits in sentences:
        labels = [h.label for h in hits]
        if "cat:claim" in labels:
            for label in labels:
                if label.startswith("group:"):
                    return label[6:]
    return None


def extract_facts(sentences: Sequence[Sentence], numbers: dict[str, int]) -> Facts:
    """The facts said in `sentences`; None where they say nothing."""
    labels = {h.label for _, hits in sentences for h in hits}
    killed = _casualties(sentences, numbers, "cat:killed")
    injured = _casualties(sentences, numbers, "cat:injured")
    if "cat:no_casualties" in labels:
        killed = killed or 0
        injured = injured or 0
    return Facts(
        projectiles=_projectiles(sentences, numbers),
        intercepted="cat:intercepted" in labels,
        killed=killed,
        injured=injured,
        claimed_by=claim(sentences),
    )
