"""What an alert says: a short Markdown message for chat, and an HTML email with every
source, the evidence and a map link. Rendered at send time, so an alert that waited in the
outbox tells the latest facts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from typing import Any

from monitor.detect.incidents import UNSTATED_DAY
from monitor.store.casebook import corrected, told_facts

MAP_URL = "https://www.openstreetmap.org/?mlat={lat:.4f}&mlon={lon:.4f}#map=10/{lat:.4f}/{lon:.4f}"
EMAIL_SCHEMES = ("mailto", "mailtos")


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    format: str  # "markdown" | "html"


def claim_only(incident: dict[str, Any]) -> bool:
    """Known only from a group's claim: no outlet or official has reported it yet."""
    return bool(incident.get("claimed_by")) and incident.get("confirmed") in (0, False)


def newly_confirmed(incident: dict[str, Any]) -> bool:
    """The last alert sent told a claim; the attack has been reported since."""
    told = told_facts(incident)
    if not told:
        return False
    return not told.get("confirmed") and bool(incident.get("confirmed"))


def _was(incident: dict[str, Any]) -> str | None:
    """What the last alert said of where and when, where it was wrong ("Erbil, 2024-01-09")."""
    told = corrected(incident)
    if told is None:
        return None
    wrong = [told["place_name"]] if told["place_id"] != incident["place_id"] else []
    if told["attack_date"] != incident["attack_date"]:
        wrong.append(told["attack_date"])
    return ", ".join(str(w) for w in wrong)


def news(incident: dict[str, Any]) -> str | None:
    """What an update tells that the last alert sent did not: "injured 5 (was not known);
    intercepted"."""
    told = told_facts(incident)
    if not told:
        return None
    parts = []
    for key in ("killed", "injured"):
        now, before = incident.get(key), told.get(key)
        if now is not None and now != before:
            parts.append(f"{key} {now} (was {'not known' if before is None else before})")
    if incident.get("claimed_by") and incident["claimed_by"] != told.get("claimed_by"):
        before = told.get("claimed_by")
        parts.append(
            f"claimed by {incident['claimed_by']}" + (f" (was {before})" if before else "")
        )
    if incident.get("intercepted") and not told.get("intercepted"):
        parts.append("intercepted")
    if incident.get("official") and not told.get("official"):
        parts.append("confirmed by US or coalition officials")
    return "; ".join(parts) or None


def _facts(incident: dict[str, Any]) -> list[str]:
    facts = []
    if incident.get("day_stated") == 0:  # the attack may be a day older than the reports
        facts.append(f"day: {UNSTATED_DAY}")
    if incident.get("projectiles"):
        facts.append(f"projectiles: {incident['projectiles']}")
    if incident.get("intercepted"):
        facts.append("intercepted")
    if incident.get("killed") is not None:
        facts.append(f"killed: {incident['killed']}")
    if incident.get("injured") is not None:
        facts.append(f"injured: {incident['injured']}")
    if claim_only(incident):
        facts.append(f"claimed by {incident['claimed_by']}, not confirmed")
    elif incident.get("claimed_by"):
        facts.append(f"claimed by: {incident['claimed_by']}")
    if incident.get("official"):
        facts.append("confirmed by US or coalition officials")
    elif incident.get("claimed_by") and incident.get("confirmed"):
        facts.append("confirmed: reported by others than the claimant")
    return facts


def title(incident: dict[str, Any], kind: str = "new") -> str:
    weapons = ", ".join(json.loads(incident["weapons"] or "[]")) or "attack"
    what = f"Claimed {weapons} attack" if claim_only(incident) else f"{weapons.capitalize()} attack"
    text = f"{what} on {incident['place_name']} ({incident['country']}), {incident['attack_date']}"
    if kind != "update":
        return text
    if was := _was(incident):
        return f"Corrected: {text}, not {was} as told before"
    return f"Confirmed: {text}" if newly_confirmed(incident) else f"Update: {text}"


def map_link(incident: dict[str, Any]) -> str:
    return MAP_URL.format(lat=incident["latitude"] or 0, lon=incident["longitude"] or 0)


def _evidence(sources: list[dict[str, Any]]) -> list[str]:
    return json.loads(sources[0]["evidence"] or "[]") if sources else []


def chat(incident: dict[str, Any], sources: list[dict[str, Any]], kind: str = "new") -> Message:
    """Short Markdown: what, where, when, facts, the lead evidence, sources, map."""
    head = title(incident, kind)
    lines = [
        f"**{head}**",
        f"Confidence {incident['confidence']:.2f}, {incident['reports']} report(s) from "
        f"{incident.get('sources') or incident['reports']} independent source(s).",
    ]
    if kind == "update" and (new := news(incident)):
        lines.append(f"New since the last alert: {new}.")
    if facts := "; ".join(_facts(incident)):
        lines.append(facts[0].upper() + facts[1:])
    if evidence := _evidence(sources):
        lines.append(f"> {evidence[0]}")
    lines += [f"- [{s['title'] or s['url']}]({s['url']}) ({s['source']})" for s in sources[:10]]
    if len(sources) > 10:
        lines.append(f"- and {len(sources) - 10} more")
    lines.append(f"Map: {map_link(incident)}")
    return Message(title=head, body="\n".join(lines), format="markdown")


def email(incident: dict[str, Any], sources: list[dict[str, Any]], kind: str = "new") -> Message:
    """HTML with every source and its evidence, the facts, and a map link."""
    head = title(incident, kind)
    facts = "".join(f"<li>{escape(f)}</li>" for f in _facts(incident))
    rows = []
    for s in sources:
        quotes = "".join(
            f"<blockquote>{escape(e)}</blockquote>" for e in json.loads(s["evidence"] or "[]")[:2]
        )
        rows.append(
            f'<li><a href="{escape(s["url"])}">{escape(s["title"] or s["url"])}</a> '
            f"({escape(s['source'] or '')}, {escape(s['published'] or 'undated')}){quotes}</li>"
        )
    new = news(incident) if kind == "update" else None
    body = (
        f"<h2>{escape(head)}</h2>"
        f"{f'<p>New since the last alert: {escape(new)}.</p>' if new else ''}"
        f"<p>Base: {escape(incident['place_name'])}, {escape(incident['country'] or '')} "
        f'(<a href="{escape(map_link(incident))}">map</a>). Attack date: '
        f"{escape(incident['attack_date'])}. Confidence {incident['confidence']:.2f} from "
        f"{incident['reports']} report(s).</p>"
        f"{f'<ul>{facts}</ul>' if facts else ''}"
        f"<h3>Sources</h3><ol>{''.join(rows)}</ol>"
        f"<p>Incident {escape(incident['id'])} in the basewatch archive.</p>"
    )
    return Message(title=head, body=body, format="html")


def render(
    scheme: str, incident: dict[str, Any], sources: list[dict[str, Any]], kind: str = "new"
) -> Message:
    """The message for a channel: email for mail services, chat for everything else."""
    if scheme in EMAIL_SCHEMES:
        return email(incident, sources, kind)
    return chat(incident, sources, kind)


def digest(
    period: str,
    incidents: list[dict[str, Any]],
    sources: dict[str, list[dict[str, Any]]],
    updated: frozenset[str] = frozenset(),
) -> Message:
    """An hourly or daily summary: one line per incident, with its first source and map; an
    incident the channel was told of before (`updated`, by id) is titled as its update is
    ("Update: ...", "Corrected: ..., not ... as told before")."""
    lines = [f"**basewatch {period} digest: {len(incidents)} attack(s)**"]
    for incident in sorted(incidents, key=lambda i: i["attack_date"]):
        first = sources.get(incident["id"], [])
        link = f" [{first[0]['source']}]({first[0]['url']})" if first else ""
        kind = "update" if incident["id"] in updated else "new"
        lines.append(
            f"- {title(incident, kind)}: {incident['reports']} report(s), confidence "
            f"{incident['confidence']:.2f}.{link} Map: {map_link(incident)}"
        )
    return Message(
        title=f"basewatch {period} digest: {len(incidents)} attack(s)",
        body="\n".join(lines),
        format="markdown",
    )
