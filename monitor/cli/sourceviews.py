"""What `sources add` and `sources test` print: what was found behind a URL, and what a
source polled once would bring (as a table for people, or as JSON)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from monitor.query.views import detection_json


def _utc(when: datetime | None) -> str | None:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M") if when else None


def poll_json(poll: Any) -> dict[str, Any]:
    """What one fetch of a source answered, in the JSON of `sources check`, `sources add`
    and `sources test`."""
    return {
        "status": poll.status,
        "error": poll.error,
        "items": poll.entries,
        "newest": poll.newest.isoformat() if poll.newest else None,
        "title": poll.title,
        "language": poll.language,
    }


def found_json(t: Any) -> dict[str, Any]:
    """One candidate tried behind a URL, and what it answered."""
    found = {"kind": t.candidate.kind, "url": t.candidate.url, "why": t.candidate.why}
    found.update(poll_json(t.poll))
    if t.refused:
        found["error"] = f"link refused: {t.refused}"
    return found


def found_line(t: Any) -> str:
    j = found_json(t)
    if j["error"]:
        return f"  {j['kind']:<8} {j['url']}: {j['error']}"
    newest = f", newest {_utc(t.poll.newest)} UTC" if t.poll.newest else ""
    title = f", {j['title']!r}" if j["title"] else ""
    return f"  {j['kind']:<8} {j['url']}: HTTP {j['status']}, {j['items']} items{newest}{title}"


def _incident(checked: Any, minimum: float) -> bool:
    """Would this article make or join an incident (an attack at the archive's threshold)?"""
    return bool(checked.detection.attack and checked.detection.confidence >= minimum)


def trial_json(tried: Any, minimum: float) -> dict[str, Any]:
    """A source polled once, as `sources test --format json` prints it."""
    poll, source = tried.poll, tried.source
    answer = poll_json(poll) if poll else {"status": None, "error": "no answer", "items": 0}
    return {
        "source": {"name": source.name, "kind": source.kind, "url": source.url},
        **answer,
        "known": tried.known,
        "fetched": len(tried.checked),
        "refused": [{"url": r.url, "reason": r.reason} for r in tried.refused],
        "articles": [
            {
                "url": c.article.url,
                "title": c.article.title,
                "published": c.article.published.isoformat() if c.article.published else None,
                "extraction": c.extraction,
                "error": c.error,
                "incident": _incident(c, minimum),
                "detection": detection_json(c.article.url, c.detection),
            }
            for c in tried.checked
        ],
    }


def _article_lines(c: Any, minimum: float) -> list[str]:
    d = c.detection
    when = _utc(c.article.published) or "no date"
    if d.attack:
        weapons = ", ".join(d.weapons) or "attack"
        places = "; ".join(f"{p.name} ({p.country})" for p in d.bases) or (
            d.region.name if d.region else "a place not named"
        )
        day = f", {d.attack_date}" if d.attack_date else ""
        verdict = f"ATTACK {d.confidence:.2f}: {weapons} on {places}{day}"
        if not _incident(c, minimum):
            verdict += f" (below min_confidence {minimum:g}: no incident)"
    else:
        verdict = f"no attack ({d.confidence:.2f})"
    lines = [f"- {when}  {verdict}", f"  {c.article.title or '(no title)'}", f"  {c.article.url}"]
    if c.extraction != "page":
        lines.append(f"  matched on the feed's summary: the page could not be had ({c.error})")
    return lines


def trial_table(tried: Any, minimum: float) -> str:
    """A source polled once: its answer, then each new article and the matcher's verdict,
    then what would be stored."""
    poll, source = tried.poll, tried.source
    lines = [f"{source.name} ({source.kind}) {source.url}"]
    if poll is None or poll.error:
        lines.append(f"  no answer: {poll.error if poll else 'the crawl ended first'}")
        return "\n".join(lines)
    newest = f"; newest {_utc(poll.newest)} UTC" if poll.newest else ""
    title = f"; {poll.title!r}" if poll.title else ""
    lines.append(
        f"  HTTP {poll.status}: {poll.entries} items, {tried.known} already in the archive, "
        f"{len(tried.checked)} fetched{newest}{title}"
    )
    lines += [f"  link refused: {r.url} ({r.reason})" for r in tried.refused]
    lines.append("")
    for checked in tried.checked:
        lines += _article_lines(checked, minimum)
    incidents = sum(_incident(c, minimum) for c in tried.checked)
    lines.append(
        f"\n{len(tried.checked)} article(s) would be stored, {incidents} of them reporting an "
        "attack (an incident); nothing was stored"
    )
    return "\n".join(lines)
