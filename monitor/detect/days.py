"""The day of the attack a story tells of: what its sentences say against the publication
day, which sentences tell of an older attack (recalls) and which of what became known of a
recent one since (follow-ups).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from monitor.detect.dates import (
    named_today,
    older_month,
    said_date,
    statement_date,
)
from monitor.detect.following import after_weekday
from monitor.detect.sentence import WEAK, Reading
from monitor.detect.stretches import since_date
from monitor.detect.text import word_count
from monitor.detect.written import cjk, dispatch_date, numeric
from monitor.models import Place

LEAD_WORDS = 6  # shorter lines (datelines, bylines, menus) are not counted in the lead
MAX_REPORT_DELAY = 4  # days: a report of a new attack comes out within this
FOLLOW_UP_DAYS = 14  # days: casualties or a claim made known this late still join the attack
TOLL_DAYS = 62  # days: a toll's lead dating its attack "last month" reaches this far back
STATED_BACK = 2  # days: an attack told on a statement's day may be this much older
EARLIER_BACK = 6  # days: or this much, when the statement says "earlier this week"
# bases this close share an attack's day: a city's air base, its consulate, the embassy and
# the compounds by it; so do bases the press mixes up (Harir, 47 km off, placed "near Erbil
# airport": the gazetteer's `mixed_up_with`). Camp Taji, 26 km from Baghdad airport, does not.
NEAR_KM = 25


def said_on(r: Reading, published: date | None) -> date | None:
    """The day sentence `r` gives (`dates.said_date`), worked out once per publication day."""
    if published not in r.days:
        r.days[published] = said_date(r.norm, r.hits, published)
    return r.days[published]


def told_this_week(head: list[Reading], published: date | None) -> bool:
    """Whether the head tells of an attack on a day of the past few ("two rockets hit a base
    on Wednesday"): an anniversary beside it is another event's ("as Iran marked the third
    anniversary of the general's killing")."""
    if published is None:
        return False
    for r in head:
        if r.strength >= 2 and not r.flags & WEAK:
            said = said_on(r, published)
            if said is not None and 0 <= (published - said).days <= MAX_REPORT_DELAY:
                return True
    return False


def said_or_stated(r: Reading, published: date | None) -> date | None:
    """The day a sentence says, or the day its news was given."""
    return said_on(r, published) or statement_date(r.norm, r.hits, published)


_FOLLOW_UP = frozenset({"cat:killed", "cat:injured", "cat:claim"})
# a toll not known yet: "it was not immediately clear whether anyone was hurt", "não se sabe
# se alguém ficou ferido"
_UNKNOWN = re.compile(
    r"\b(?:not known|unclear|not immediately clear|nao se sabe|no se sabe|non si sa|"
    r"on ne sait pas|unklar|nicht bekannt)\b"
)
_OTHERS = frozenset({"us_attacker", "other_attacker"})


def _news(r: Reading) -> bool:
    """Whether a sentence tells of casualties or a claim; not of a toll not known yet."""
    labels = {h.label for h in r.hits}
    return bool(_FOLLOW_UP & labels) and ("cat:claim" in labels or _UNKNOWN.search(r.norm) is None)


def dated(readings: list[Reading], published: date | None) -> list[Reading]:
    """Evidence sentences that give a date days before publication recall an older attack,
    unless they tell what became known of it since (casualties, a claim) of a day they name
    within FOLLOW_UP_DAYS: "eleven were treated for concussions after the Jan. 5 strike"."""
    if published is None:
        return readings
    # "eleven more troops were treated for concussions": a lead that tells of casualties or a
    # claim makes a dated account of the attack further down its follow-up, not a recall
    lead_news = any(_news(r) for r in readings if r.lead)
    out = []
    for r in readings:
        if r.strength > 0 and "recall" not in r.flags:
            said = said_on(r, published)
            age = (published - said).days if said is not None else 0
            if age > MAX_REPORT_DELAY:
                labels = {h.label for h in r.hits}
                dated = any(label.startswith(("month:", "holiday:")) for label in labels) or (
                    numeric(r.norm, published) is not None  # "the 15th of this month"
                )
                # "the toll of last Friday's drone attack has risen to eight": a weekday
                # reaches a week back at most, so the news must be in its own sentence
                late = age <= FOLLOW_UP_DAYS and (
                    (dated and lead_news) or bool(_FOLLOW_UP & labels and (dated or age <= 7))
                )
                r = replace(r, flags=r.flags | ({"follow_up"} if late else {"recall", "dated_old"}))
            elif older_month(r.norm, r.hits, published):
                r = replace(r, flags=r.flags | {"recall"})
        out.append(r)
    return out


def _attack_date(
    main: list[Reading], told: list[Reading], sources: list[Reading], published: date | None
) -> tuple[date | None, bool]:
    """The first date the sources say that is at most MAX_REPORT_DELAY days before
    publication; an older date only when the evidence itself says it, or another sentence
    that tells of the attack gives it in full, with its year ("On Jan. 8, 2020, Iran
    launched ..."): a weekday, a bare "October 19" further down or a date in a sentence
    about something else is more often a recall; the publication date when none says. With
    it, whether the report says the day (False for the publication date)."""
    stated: date | None = None
    back = timedelta(days=STATED_BACK)  # how much older than the statement the attack may be
    bases = [e.place for m in main for e in m.places]
    for r in sources:
        if r not in main and after_weekday(r.norm, r.hits):
            continue  # "the attack comes after the US strike on Thursday"
        if r not in main and elsewhere(r, bases):
            continue  # "on Sunday, five rockets hit Balad air base": another base's attack
        found = said_on(r, published)
        if stated is not None:
            if found is not None and (
                (_same_attack(r, main) and timedelta(0) <= stated - found <= back)
                # "eleven troops were treated, the military said on Thursday" ... "the Jan 8
                # attack on Al Asad": a follow-up's statement day is not the attack's
                or ("follow_up" in r.flags and _same_attack(r, main, follow_up=True))
                # "images published on Friday show the strike hit a dome" ... "Iran's June 23
                # attack": news given on a weekday of an attack whose day, in full, is weeks back
                or (
                    _about(r)
                    and (stated - found).days > MAX_REPORT_DELAY
                    and _in_full(r, published)
                    and _same_attack(r, main, follow_up=True)
                )
            ):
                return found, True
            continue
        if found is None and (r in main or r.lead or r in told) and published is not None:
            # the day the news was given, in the evidence itself: the attack's at the latest
            stated = statement_date(r.norm, r.hits, published)
            # from the sentence that gives the statement's day only: "said in a statement
            # on Friday that it hit the base earlier this week"
            earlier = any(h.label == "cat:earlier" for h in r.hits)
            back = timedelta(days=EARLIER_BACK if earlier else STATED_BACK)
            continue
        if found is None or published is None:
            if found is not None:
                return found, True
            continue
        if found > published + timedelta(days=1):
            continue
        if (published - found).days <= MAX_REPORT_DELAY or r in main:
            return found, True
        if "follow_up" in r.flags and _same_attack(r, main):
            return found, True  # "the troops hurt in the Jan. 8 attack", a week later
        if r in told and str(found.year) in r.norm:
            return found, True
    if stated is not None:
        return stated, True
    return published, False


def _in_full(r: Reading, published: date | None) -> bool:
    """Whether the sentence gives a day in full: a month named, or a day the Chinese,
    Japanese or Korean way ("1月8日", "先月24日")."""
    return any(h.label.startswith("month:") for h in r.hits) or (
        published is not None and cjk(r.norm, published) is not None
    )


def _about(r: Reading) -> bool:
    """Whether a sentence tells of an attack or its weapons, framed as nothing else (a US
    strike, a threat, a recall...)."""
    return (r.attack or bool(r.weapons)) and not r.flags & WEAK


def elsewhere(r: Reading, bases: Sequence[Place]) -> bool:
    """Whether a sentence names bases, all away from each of `bases` (not the consulate in
    the same city as the air base), or only regions of another country; False when `bases`
    holds none."""
    named = [e for e in r.places if not e.place.is_region]
    near = [b for b in bases if not b.is_region]
    if not near:
        return False
    if named:
        return all(
            e.place.km_to(b) > NEAR_KM and b.id not in e.mixed_up_with for e in named for b in near
        )
    # only regions, of another country: "a day earlier, drones struck two bases in western
    # and northern Iraq", in a story of the Syrian bases
    countries = {b.country for b in near} | {"multiple"}  # "the Gulf" may be anywhere
    return bool(r.regions) and all(e.place.country not in countries for e in r.regions)


def _same_attack(r: Reading, main: list[Reading], *, follow_up: bool = False) -> bool:
    """Whether a sentence may tell of the main evidence's attack: no other base, and no
    other weapon ("on Monday, four rockets hit the base" is another attack than the drones').
    Any base will do when the evidence names none ("troops at two bases came under fire",
    then "a further attack hit Ain al-Asad on Thursday"); for a `follow_up` ("the Jan 8
    attack on Al Asad and Erbil"), one of its bases, or one near them."""
    places = {e for m in main for e in m.places}
    weapons = {w for m in main for w in m.weapons}
    if weapons and set(r.weapons) - weapons:
        return False
    return (
        not places
        or set(r.places) <= places
        or (follow_up and not elsewhere(r, [e.place for e in places]))
    )


def attack_day(
    readings: list[Reading], chosen: list[Reading], support: list[Reading], published: date | None
) -> tuple[date | None, bool]:
    """The attack's day: from the evidence about its base in story order, then any sentence
    that tells of an attack, the lead, any other about the attack ("the strike came late
    Monday"), and last the lead's background sentences; and whether the report says it, or
    it is only the publication day."""
    told = [r for r in readings if r.attack and not r.flags and word_count(r.norm) >= LEAD_WORDS]
    in_order = sorted(support, key=lambda r: r.index)
    lead = [r for r in readings if r.lead and not r.flags & WEAK]
    # not another side's strike: "a direct response to the US strikes at dawn on Sunday"
    background = [r for r in readings if r.lead and r.flags & WEAK and not r.flags & _OTHERS]
    about = [r for r in readings if _about(r)]
    sources = list(dict.fromkeys((*in_order, *told, *lead, *about, *background)))
    if published is not None:
        # "reports said Thursday", published on Friday: the story's today is Thursday
        # (a sentence about the attack: not one of the page's other news in the lead)
        # "this evening, Wednesday", on a page of Thursday morning: the story's today too
        stated = {
            r: statement_date(r.norm, r.hits, published) or named_today(r.norm, r.hits, published)
            for r in lead
            if r.attack or r.weapons
        }
        # the evidence's own first: "militias said on Tuesday they struck two bases", over
        # "another group said on Monday it hit two bases" further down the lead
        own = [d for r, d in stated.items() if d is not None and r in chosen]
        now = min(own or (d for d in stated.values() if d is not None), default=published)
        if now < published and published - now <= timedelta(days=STATED_BACK):
            day, _ = _attack_date(chosen, [*in_order, *told], sources, now)
            return day, True  # the lead says when it was told
    return _attack_date(chosen, [*in_order, *told], sources, published)


def told_old(
    readings: list[Reading], where: set[str], published: date, chosen: list[Reading]
) -> date | None:
    """For a story that gives no day of its own: the old day another sentence gives the
    attack on its base by date ("the strike on Al Udeid on June 23"), in a story that comes
    out weeks later (satellite images, an inquiry). `where`: the ids of the bases the story
    names, or of its region when it names none. None when no sentence does."""
    before = {c.index - 1 for c in chosen}  # "On Jan. 8, 2020, Iran fired 16 missiles." "Eleven
    # struck Ain al-Asad.": the sentence just before the evidence tells its attack
    # in a story of casualties, "the troops hurt in Iran's Jan. 8 strike" dates its attack
    toll = any(_FOLLOW_UP & {h.label for h in c.hits} for c in chosen)
    # "US troops hurt in rocket attack on Syria base" over "the bases came under rocket fire
    # on March 24": a toll's lead dates its attack, even as a recall ("last month")
    harmed = toll and not any("cat:no_casualties" in {h.label for h in c.hits} for c in chosen)
    for r in readings:
        if not (r.attack or r.weapons):
            continue
        hurt = toll and bool(_FOLLOW_UP & {h.label for h in r.hits})
        # not a line about another war just before: "after Israel began its attacks on Gaza
        # on 7 October, attacks on the bases go on"
        beside = r.index in before and "civilian" not in r.flags
        dated = "dated_old" in r.flags and bool(r.places or beside or hurt)
        lead = not dated and harmed and r.lead and bool(r.weapons) and "recall" in r.flags
        # not where a stretch of time starts: "75 attacks since October 19, 2023"
        if not (dated or lead) or since_date(r.norm, r.hits):
            continue
        if not all(e.place.id in where or e.region in where for e in r.places):
            continue
        said = said_on(r, published)
        explicit = _in_full(r, published)
        age = (published - said).days if said is not None else 0
        if explicit and age > FOLLOW_UP_DAYS and (dated or age <= TOLL_DAYS):
            return said
    return None


def told_earlier(chosen: list[Reading], published: date | None) -> bool:
    """Whether the story's attack is some days back, by a word that gives no day ("the
    drone attack on Harir last week", "days ago"), in its best evidence or the one beside
    it (a headline's, told in full a line below), and no evidence sentence gives a day of its
    own: a follow-up, of an attack its archive may hold."""
    told = any(h.label == "cat:earlier" for r in chosen[:2] for h in r.hits)
    return told and all(said_on(r, published) is None for r in chosen)


REPUBLISHED_DAYS = 366  # how much later than its dispatch a page may be dated


def dispatch_day(readings: list[Reading], published: date | None) -> date | None:
    """The day of the wire dispatch the story's lead gives in its dateline
    ("新华社大马士革8月14日电"), when the page is dated later (a copy posted again): the
    story's own day, by which "13日晚间" (the evening of the 13th) is read. None otherwise."""
    if published is None:
        return None
    for r in readings:
        if r.lead and (day := dispatch_date(r.norm, published)) is not None:
            return day if 1 < (published - day).days <= REPUBLISHED_DAYS else None
    return None
