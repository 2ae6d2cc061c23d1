"""The publication day a story's "today", "yesterday" and weekdays count from: the
region's local date, or the writer's own where an outlet writes far ahead of the region."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

# Iraq, Syria, Jordan, Kuwait, Qatar, Bahrain and Saudi Arabia keep UTC+3 all year.
LOCAL = timezone(timedelta(hours=3))


def local_date(published: datetime | date | None) -> date | None:
    """The publication date in the region's local time."""
    if published is None:
        return None
    if isinstance(published, datetime):
        if published.tzinfo is not None:
            published = published.astimezone(LOCAL)
        return published.date()
    return published


def writer_date(published: datetime | date | None, zone: timezone | None = None) -> date | None:
    """The publication date on the writer's calendar, which a story's "today", "yesterday"
    and weekdays count from: the date in the zone the time is given in ("06:00+11:00" is an
    Australian morning, and its "Monday" is that day). A time in UTC says nothing of the
    writer (feeds and servers use it everywhere), so it counts in the writer's `zone` when
    the outlet's is known, else in the region's time."""
    if isinstance(published, datetime) and published.utcoffset():
        return published.date()
    if isinstance(published, datetime) and published.tzinfo is not None and zone is not None:
        return published.astimezone(zone).date()
    return local_date(published)


# writers four hours or more ahead of the region, whose morning news is of the region's
# evening before: East and South-East Asia and the Pacific, known by the country of an
# outlet's domain, else by the language it writes in
_AHEAD_DOMAINS = {
    "jp": 9, "kr": 9, "cn": 8, "tw": 8, "hk": 8, "mo": 8, "sg": 8, "my": 8, "ph": 8,
    "id": 7, "th": 7, "vn": 7, "kh": 7, "la": 7, "au": 10, "nz": 12,
}  # fmt: skip
_AHEAD_LANGUAGES = {
    "ja": 9, "ko": 9, "zh": 8, "ms": 8, "tl": 8, "id": 7, "th": 7, "vi": 7, "km": 7, "lo": 7,
}  # fmt: skip


def writer_zone(url: str, language: str | None) -> timezone | None:
    """The time zone of an outlet far ahead of the region, from its domain's country or
    its language; None for the rest, whose dates are taken as the region's."""
    host = urlsplit(url).hostname or ""
    hours = _AHEAD_DOMAINS.get(host.rsplit(".", 1)[-1]) or _AHEAD_LANGUAGES.get(language or "")
    return timezone(timedelta(hours=hours)) if hours else None
