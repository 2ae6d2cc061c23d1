"""The evidence weighed: a logit for "this article reports a new attack" from its readings
(the lead's strongest evidence counts most, the body's less), lowered by what frames the
lead as something else (a US strike, a threat, a drill, a denial, an anniversary)."""

from __future__ import annotations

from datetime import date

from monitor.detect.days import said_on, told_this_week
from monitor.detect.sentence import WEAK, Reading

DRILL_SENTENCES = 3  # a drill said this near the top makes the story about it


THREAT_NEWS_DAYS = 1  # a threat's story tells an attack this recent as its own news


def told_lately(evidence: list[Reading], published: date | None) -> bool:
    """Whether the lead's strong evidence tells of an attack of the publication day or the
    day before, or gives no day: a story that opens with a threat and adds "on Sunday, a
    drone killed three soldiers" three days on tells the attack as the threat's cause."""
    if published is None:
        return True
    return any(
        r.lead and r.strength >= 2 and not r.flags & WEAK and _fresh(r, published) for r in evidence
    )


def _fresh(r: Reading, published: date) -> bool:
    """Whether a sentence tells of the publication day or the day before, or gives no day."""
    said = said_on(r, published)
    return said is None or (published - said).days <= THREAT_NEWS_DAYS


# "Two ballistic missiles fired at Abu Dhabi were intercepted", and nine lines below "the
# missiles were aimed at Al Dhafra, which hosts US troops": where only the host government
# speaks, the lead tells the attack on the state, and the base is named further on
_GULF_HOSTS = frozenset(
    {"Qatar", "United Arab Emirates", "Saudi Arabia", "Kuwait", "Bahrain", "Oman"}
)
_HOST_STATE_LEAD = 1.5
_NOT_NEWS = WEAK | {"civilian", "other_sense", "other_weapon"}


def _host_state_told(
    readings: list[Reading], evidence: list[Reading], published: date | None
) -> bool:
    """Whether the lead tells an attack with no base or US forces in it ("Iran attacks:
    Kenyans in Doha told to stay calm"), and the body a weapon attack on a base in a Gulf
    state, of the publication day or the day before (or with no day), neither framed as
    anything else."""
    return any(r.lead and r.attack and not r.flags & _NOT_NEWS for r in readings) and any(
        not r.lead
        and r.strength >= 3
        and not r.flags & _NOT_NEWS
        and any(e.place.country in _GULF_HOSTS for e in r.places)
        and (published is None or _fresh(r, published))
        for r in evidence
    )


def story_headline(readings: list[Reading]) -> Reading | None:
    """The story's headline: its title (read first), or, when the title names nothing (page
    furniture above the story: "The Presidential Daily Brief", a photo's file name) or there
    is none, the first line that names something."""
    return next((r for r in readings if r.hits), None)


def score(readings: list[Reading], published: date | None = None) -> tuple[float, list[str]]:
    """A logit for "this article reports a new attack", with the reasons behind it."""
    reasons: list[str] = []
    evidence = [r for r in readings if r.strength > 0]
    strong_lead = max((r.strength for r in evidence if r.lead), default=0.0)
    if not strong_lead and _host_state_told(readings, evidence, published):
        strong_lead = _HOST_STATE_LEAD
        reasons.append("the lead tells an attack on a Gulf state; the story names the base it hit")
    strong_body = max((r.strength for r in evidence if not r.lead), default=0.0)
    z = -3.0 + 1.6 * strong_lead + 0.6 * strong_body
    reasons.append(f"lead evidence {strong_lead:.1f}, body evidence {strong_body:.1f}")
    if sum(1 for r in evidence if r.strength >= 2) >= 2:
        z += 0.6
        reasons.append("two or more strong evidence sentences")
    if any(r.coalition for r in readings):
        z += 0.6
        reasons.append("US or coalition forces mentioned")
    head = [r for r in readings if r.index < 2]
    title = readings[0] if readings and readings[0].index == 0 else None
    headline = story_headline(readings)
    if headline is not None and headline not in head:
        head.append(headline)
    if any("us_attacker" in r.flags for r in head):
        # "the drone attack on Ain al-Asad followed US strikes in Syria": a lead that also
        # tells of a weapon attack on a named base is about that attack, unless the headline
        # is the US strike ("US launches airstrikes after drone attack on base")
        told = any(r.strength >= 3 for r in evidence if r.lead and not r.flags & WEAK)
        # the headline itself tells the US strike
        headed = (
            headline is not None
            and "us_attacker" in headline.flags
            and "recall" not in headline.flags
        )
        z -= 4.0 if headed else 1.0 if told else 3.0
        reasons.append("the US or the coalition is the attacker in the lead")
        if headed and not told_lately(evidence, published):
            # "US hits militia targets after rocket attack", the attack two days before: its
            # cause, told as such
            z -= 3.0
            reasons.append("the headline is a US strike, and the attack it tells is days old")
    if any("threat" in r.flags for r in head) and strong_lead < 2:
        z -= 1.5
        reasons.append("a threat or warning leads the story")
    elif any("threat" in r.flags for r in head) and not told_lately(evidence, published):
        z -= 3.0
        reasons.append("a threat leads the story, and the attack it tells is days old")
    if any("other_sense" in r.flags for r in readings if r.lead):
        z -= 3.0
        reasons.append("rocket, drone or base in another sense (space, sport, politics)")
    # a bare date above the story ("Tuesday, 02 January 2024 12:17 GMT") is the page's, not
    # the attack's
    anniversary = any("anniversary" in r.flags for r in head) and not told_this_week(
        head, published
    )
    if anniversary or any(
        "dated_old" in r.flags and (r.attack or r.weapons or r.places) for r in head
    ):
        z -= 3.0 if anniversary else 2.0
        reasons.append("the lead recalls an older attack: an anniversary or its old date")
    lead_armed = any(r.weapons for r in readings if r.lead)  # the lead names a weapon
    # a bombing further down the lead of a story that names no rocket, drone or missile
    # anywhere (a car bomb at a clinic being built by a base's fence)
    bombing = any("other_weapon" in r.flags for r in head) or (
        any("other_weapon" in r.flags for r in readings if r.lead)
        and not any(r.weapons for r in readings)
    )
    if bombing and not lead_armed:
        z -= 2.0 if any(r.weapons for r in evidence) else 3.5
        reasons.append("a bombing or gunmen lead the story, and no rocket, drone or missile")
    top = headline.index if headline is not None else 0
    # a drill near the top, or anywhere in a lead that names no weapon (sirens and the
    # embassy's air defence switched on; lines below, the guards' exercise that set them off)
    if any("drill" in r.flags for r in readings if r.index < top + DRILL_SENTENCES) or (
        any("drill" in r.flags for r in readings if r.lead) and not lead_armed
    ):
        # a headline that says the blasts were a drill leaves the rest as background; a
        # drill is often told a line below ("Sirens sounded at the embassy." "Officers
        # triggered them in a drill.")
        z -= 4.0 if title is not None and "drill" in title.flags else 2.0
        reasons.append("the lead is about a drill or a test")
    if any("denial" in r.flags for r in head):
        z -= 3.0
        reasons.append("the lead says the reported attack did not happen")
    if any("other_attacker" in r.flags for r in head):
        z -= 2.0
        reasons.append("Turkey, Israel, Russia or Iran's war on others leads the story")
    if headline is not None and headline.strength < 2 and "event" in headline.flags:
        z -= 2.0
        reasons.append("the headline is about a visit, ceremony, handover, talks or a court")
    return z, reasons
