"""Resolve the date of an attack from what a report says ("late on Thursday", "overnight",
"on July 25", "مساء الخميس") against the report's publication time, in local time."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from monitor.terms import Terms

MAX_DAYS_BACK = 4
# "the group said on Monday": the day of a statement, not of the attack
_SAID = re.compile(
    r"(?:said|says|told|announced|reported|added|stated|statement|confirmed|claimed|"
    r"declared|a dit|a declare|dijo|sagte|ha detto|dedi|اعلن|اعلنت|قال|قالت|ذكر|ذكرت|افاد|"
    r"افادت|заявил|заявили|сообщил|сообщили)\s(?:\w+\s)?(?:on\s|le\s|el\s|am\s|il\s|يوم\s)?$"
)
# words before a bare month name that make it a date ("in January"), not a verb ("may")
_MONTH_CUE = re.compile(
    r"(?:\b(?:in|since|last|the|early|late|mid|of|during|until|by|en|im|in)|في|منذ)\s$"
)
# Iraq, Syria, Jordan, Kuwait, Qatar, Bahrain and Saudi Arabia keep UTC+3 all year.
LOCAL = timezone(timedelta(hours=3))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")
_ISO_SPACED = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d) (?P<month>[01]\d) (?P<day>[0-3]\d)(?!\d)")
_DMY = re.compile(r"(?<!\d)(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)")


def local_date(published: datetime | date | None) -> date | None:
    """The publication date in the region's local time."""
    if published is None:
        return None
    if isinstance(published, datetime):
        if published.tzinfo is not None:
            published = published.astimezone(LOCAL)
        return published.date()
    return published


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric(sentence: str) -> date | None:
    """2024-07-25 or 25/07/2024: in prose these are mostly page furniture, so they come last."""
    for rx in (_ISO, _ISO_SPACED, _DMY):
        if m := rx.search(sentence):
            found = _valid(int(m["year"]), int(m["month"]), int(m["day"]))
            if found:
                return found
    return None


def _in_year_before(pub: date | None, month: int, day: int) -> date | None:
    """The date with this month and day on or just after `pub`, else a year earlier."""
    if pub is None:
        return None
    found = _valid(pub.year, month, day)
    if found and found > pub + timedelta(days=1):
        found = _valid(pub.year - 1, month, day)
    return found


def _explicit(sentence: str, terms: Terms, pub: date | None) -> date | None:
    for rx, month, day in terms.holidays:
        if rx.search(sentence):
            return _in_year_before(pub, month, day)
    for month_index, month_rx in enumerate(terms.months):
        for m in month_rx.finditer(sentence):
            after = sentence[m.end() : m.end() + 12]
            before = sentence[max(0, m.start() - 6) : m.start()]
            day_m = re.match(rf"\.?\s{_DAY}(?!\d)(?:,?\s{_YEAR})?", after)
            if not day_m:
                day_m = re.search(rf"(?<!\d){_DAY}\s$", before)
                year_m = re.match(rf"\s{_YEAR}", after)
                year = int(year_m["year"]) if year_m else None
            else:
                year = int(day_m["year"]) if day_m["year"] else None
            if not day_m:
                continue
            day = int(day_m["day"])
            if year is None:
                found = _in_year_before(pub, month_index + 1, day)
            else:
                found = _valid(year, month_index + 1, day)
            if found:
                return found
    return None


def _relative(sentence: str, terms: Terms, pub: date) -> date | None:
    """The first weekday the sentence names (not the day something was said), or
    "yesterday" / "today"."""
    days = [
        (m.start(), index)
        for index, rx in enumerate(terms.weekdays)
        for m in rx.finditer(sentence)
        if not _SAID.search(sentence, max(0, m.start() - 25), m.start())
    ]
    if days:
        index = min(days)[1]
        return pub - timedelta(days=(pub.weekday() - index) % 7)
    if terms.date_words["yesterday"].search(sentence):
        return pub - timedelta(days=1)
    if terms.date_words["today"].search(sentence):
        return pub
    return None


def older_month(sentence: str, terms: Terms, pub: date) -> bool:
    """Whether the sentence names a month (without a day) that is not the publication's
    month or, early in a month, the one before: "the January missile strike", said in March."""
    allowed = {pub.month - 1}
    if pub.day <= MAX_DAYS_BACK:
        allowed.add((pub.month - 2) % 12)
    for index, month_rx in enumerate(terms.months):
        if index in allowed:
            continue
        for m in month_rx.finditer(sentence):
            around = sentence[m.end() : m.end() + 4]
            before = sentence[max(0, m.start() - 8) : m.start()]
            if not re.match(r"\.?\s\d", around) and _MONTH_CUE.search(before):
                return True
    return False


def said_date(sentence: str, terms: Terms, pub: date | None) -> date | None:
    """The date one normalised sentence gives, or None when it gives none."""
    if len(sentence.split()) < 5:  # a dateline or a time stamp, not a sentence
        return None
    found = _explicit(sentence, terms, pub)
    if found is None and pub is not None:
        found = _relative(sentence, terms, pub)
    return found if found is not None else _numeric(sentence)


def resolve_date(
    sentences: list[str], terms: Terms, published: datetime | date | None
) -> date | None:
    """The attack date said in the first of `sentences` that says one (they are normalised,
    most telling first); the local publication date when none does."""
    pub = local_date(published)
    for sentence in sentences:
        found = said_date(sentence, terms, pub)
        if found is not None and (pub is None or found <= pub + timedelta(days=1)):
            return found
    return pub
