"""Dates that start a stretch of time rather than tell an attack's day: "the first attack
since Sunday", "158 attacks since October 17", "dall'avvio, il 17 ottobre,", Turkish "7
Ekim'den beri" (since 7 October)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from monitor.detect.lexicon import Hit

# "attacks since the US began striking Iran early Saturday", "the first since Sunday": the
# weekday starts a stretch of time, it is not the day of the attack told
SINCE = "since|desde|depuis|seit|sejak|sinds"  # and Arabic منذ, which takes no word boundary
# and Slavic "since" is "from" right before the day: "od petka" (since Friday), "с пятницы",
# as the Greek is, before a day told with its article: "από την Τετάρτη" (since Wednesday)
_SINCE = re.compile(
    rf"(?:\b(?:{SINCE})|منذ)\s(?:[^,.;:]{{0,30}},\s)?[^,.;:]{{0,60}}$|"
    r"(?<!\w)(?:od|с|від|ot|απο)\s$|"
    # Italian "dall'inizio, il 17 ottobre," (since the start, on 17 October): "da" is "by" and
    # "from" too, so only with the start it names set off by commas
    r"\bdall'\w+,\s[^,.;:]{0,20}$"
)


# a word after a date that makes it where a stretch of time starts (`since_after` in the term
# files, of languages that put "since" after its date: Turkish "7 Ekim'den beri")
_SINCE_AFTER_CHARS = 40
_CLAUSE_END = re.compile(r"[.;:!?]")


def starts_stretch(norm: str, hit: Hit, words: Sequence[Hit]) -> bool:
    """Whether the date at `hit` starts a stretch of time: "since October 17", "7 Ekim'den
    beri"; `words`: the sentence's hits."""
    if _SINCE.search(norm, max(0, hit.start - 70), hit.start) is not None:
        return True
    return any(
        w.label == "cat:since_after"
        and 0 <= w.start - hit.end <= _SINCE_AFTER_CHARS
        and not _CLAUSE_END.search(norm, hit.end, w.start)
        for w in words
    )


def since_date(norm: str, hits: Sequence[Hit]) -> bool:
    """Whether a sentence's date starts a stretch of time ("since October 17, 2023")."""
    return any(
        starts_stretch(norm, h, hits) for h in hits if h.label.startswith(("month:", "date:"))
    )


_SINCE_WORD = re.compile(rf"\b(?:{SINCE})\b|منذ")


def says_since(norm: str, hits: Sequence[Hit]) -> bool:
    """Whether the sentence counts from a time ("attacks since October", "7 Ekim'den beri"):
    a word for "since" before it, or one a term file lists as coming after it."""
    return _SINCE_WORD.search(norm) is not None or any(h.label == "cat:since_after" for h in hits)
