"""`basewatch sources`: the sources an archive holds, with their fetch state, beside the
configured ones.

Every source the archive has polled is listed, configured or not (an archive copied from
elsewhere, a source since removed); when the archive is the configuration's own, so are the
configured sources it has not polled yet. `configured` says which are in the configuration
(null when the archive is not the configuration's), `enabled` whether the daemon polls it
(and `disabled_reason` why not); `feed_*` what its feed says it is, recorded on its first
fetch. Keys in URLs and errors are masked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from monitor.config import SourceConfig
from monitor.query.formats import Column, Listing, iso_seconds, short_time
from monitor.redact import redact

FIELDS = (
    "name",
    "kind",
    "url",
    "configured",
    "enabled",
    "disabled_reason",
    "last_polled",
    "last_ok",
    "last_status",
    "last_error",
    "failures",
    "next_due",
    "articles_seen",
    "articles_matched",
    "links_refused",
    "last_refused",
    "refused_polls",
    "feed_title",
    "feed_language",
    "feed_warning",
)
_COUNTS = ("failures", "articles_seen", "articles_matched", "links_refused", "refused_polls")


def _name(row: dict[str, Any]) -> str:
    """The name, and why the daemon does not poll it, if it does not."""
    if row["configured"] is False:
        return f"{row['name']} (not configured)"
    return row["name"] if row["enabled"] is not False else f"{row['name']} (off)"


def _feed(row: dict[str, Any]) -> str | None:
    """What the feed says it is: "Gulf Wire - World News [en-gb]"."""
    if not row["feed_title"] and not row["feed_language"]:
        return None
    return f"{row['feed_title'] or '(no title)'} [{row['feed_language'] or '-'}]"


COLUMNS = (
    Column("label", "source", 44),
    Column("kind", "kind"),
    Column("last_ok", "last ok", 16, lambda v: short_time(v) or "never"),
    Column("failures", "fails"),
    Column("next_due", "next poll", 16, lambda v: short_time(v) or "-"),
    Column("articles_seen", "seen"),
    Column("articles_matched", "hits"),
    Column("links_refused", "refused"),
)


def source_record(
    state: dict[str, Any], configured: SourceConfig | None, known: bool
) -> dict[str, Any]:
    """One source: what the configuration says of it (when `known`: the archive is the
    configuration's) and its state in the archive."""
    url = configured.url if configured else state.get("url")
    record = {
        "name": configured.name if configured else state["name"],
        "kind": configured.kind if configured else state.get("kind"),
        "url": redact(url) if url else None,
        "configured": (configured is not None) if known else None,
        "enabled": configured.enabled if configured else None,
        "disabled_reason": configured.disabled_reason if configured else None,
        "last_polled": iso_seconds(state.get("last_polled")),
        "last_ok": iso_seconds(state.get("last_ok")),
        "last_status": state.get("last_status"),
        "last_error": redact(state["last_error"]) if state.get("last_error") else None,
        "next_due": iso_seconds(state.get("next_due")),
        "last_refused": redact(state["last_refused"]) if state.get("last_refused") else None,
        "feed_title": state.get("feed_title"),
        "feed_language": state.get("feed_language"),
        "feed_warning": state.get("feed_warning"),
    }
    record.update({key: state.get(key) or 0 for key in _COUNTS})
    return {key: record[key] for key in FIELDS}


def source_listing(
    states: Sequence[dict[str, Any]], configured: Sequence[SourceConfig] | None
) -> Listing:
    """The archive's sources (`states`, its `sources` rows) beside the `configured` ones
    (None: the archive is not the configuration's, whose sources are not shown)."""
    by_name = {s["name"]: s for s in states}
    config = {s.name: s for s in configured or ()}
    names = list(config) + sorted(n for n in by_name if n not in config)
    records = [
        source_record(by_name.get(n, {"name": n}), config.get(n), configured is not None)
        for n in names
    ]
    rows = [
        {
            **r,
            "label": _name(r),
            "off": r["disabled_reason"] if r["enabled"] is False else None,
            "feed": _feed(r),
            # an error is shown while the source is failing
            "last_error": r["last_error"] if r["failures"] else None,
        }
        for r in records
    ]
    empty = "No source: the configuration lists none and the archive has polled none."
    return Listing(
        "sources",
        records,
        COLUMNS,
        rows=rows,
        empty=empty,
        below=(
            ("off", "off"),
            ("feed", "feed"),
            ("feed_warning", "does not match the source"),
            ("last_error", "last error"),
            ("last_refused", "last refused link"),
        ),
        fields=FIELDS,
    )
