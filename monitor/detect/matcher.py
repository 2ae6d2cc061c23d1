"""The attack detector: article in, Detection out. Pure: no I/O, no clock.

An article is read sentence by sentence (the title first). A sentence is evidence when it
names a gazetteer base and says it was attacked (with a weapon word: strongest), or says a
weapon attack hit a place hosting US or coalition forces without naming it. Sentences that
recall older attacks, threaten, or have the US as the attacker count for little; the lead
counts most, since a report leads with the new attack and recalls the old ones later.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from monitor.detect.before import background, the_day_before, told_before
from monitor.detect.calibration import calibrated
from monitor.detect.captions import captions_marked, headline_of
from monitor.detect.claims import IRGC, confirmation
from monitor.detect.days import (
    FOLLOW_UP_DAYS,
    LEAD_WORDS,
    MAX_REPORT_DELAY,
    attack_day,
    dated,
    dispatch_day,
    elsewhere,
    said_on,
    said_or_stated,
    told_earlier,
    told_old,
)
from monitor.detect.facts import story_facts
from monitor.detect.gazetteer import Gazetteer, hosted_in
from monitor.detect.reading import Reader
from monitor.detect.scoring import score, story_headline
from monitor.detect.sentence import WEAK, Reading
from monitor.detect.targets import also_hit, listed, recalled_also, targets
from monitor.detect.terms import Terms
from monitor.detect.text import normalise, said_once, sentences, word_count
from monitor.detect.weapons import fired_by_iran, story_weapons
from monitor.detect.zones import local_date, writer_date, writer_zone
from monitor.models import Article, Detection, Evidence

LEAD = 3  # sentences of the text, besides the title, that make the lead
LEAD_BONUS = 1.0  # a report leads with its news: lead evidence outranks the body's
MAX_SENTENCES = 120
QUICK_CHARS = 20000  # the quick test for unrelated news reads this much of an article
QUICK_HEAD = 2000  # and this much first
QUICK_OVERLAP = 200  # the rest starts this far into the head: longer than any name
# an encyclopedia's infobox: map coordinates in degrees and minutes, or its field lines
_REFERENCE_MARKS = ("°", "Partof", "Map Type", "time-begin")  # looked for first: far faster
_REFERENCE = re.compile(r"\d{1,3}°\s?\d{1,2}′|^- (?:Partof|Map Type):|time-begin =", re.MULTILINE)
# an encyclopedia's citation marks, "...in a United States drone strike.[19]": news has none
_CITATION = re.compile(r"\[\d{1,3}\]")
_CITATIONS = 3


class Matcher:
    """The compiled gazetteer and terms; `match` is safe to call from many threads."""

    def __init__(self, gazetteer: Gazetteer, terms: Terms) -> None:
        self.gazetteer = gazetteer
        self.terms = terms
        self.reader = Reader(gazetteer, terms)
        self.hosted = {e.place.id: e.hosted for e in gazetteer.bases}

    def match(self, article: Article) -> Detection:
        """Decide whether `article` reports a new attack on a coalition base, and extract it."""
        title, body = said_once(article.title or "", article.text)
        if not self._relevant(title, body):
            reason = "no weapon, base or US forces named"
            return Detection(attack=False, confidence=0.0, reasons=(reason,))
        head = body[:QUICK_HEAD]
        if any(mark in head for mark in _REFERENCE_MARKS) and _REFERENCE.search(head):
            reason = "an encyclopedia entry (an infobox), not news"
            return Detection(attack=False, confidence=0.0, reasons=(reason,))
        if "[" in head and len(_CITATION.findall(head)) >= _CITATIONS:
            reason = "an encyclopedia entry (citation marks), not news"
            return Detection(attack=False, confidence=0.0, reasons=(reason,))
        published = local_date(article.published)
        year = published.year if published else None
        readings = (
            [headline_of(self.reader.read(0, title, lead=True, year=year))] if title.strip() else []
        )
        counted = 0
        head = " ".join(title.split()).casefold()
        for i, text in enumerate(sentences(body)[:MAX_SENTENCES], start=1):
            if (
                counted < LEAD
                and len(head) >= 20
                and " ".join(text.split()).casefold().endswith(head)
            ):
                continue
            reading = self.reader.read(i, text, lead=counted < LEAD, year=year)
            readings.append(reading)
            # past the lead, no need to ask; a photo's caption is not the story's lead
            counted += counted < LEAD and "caption" not in reading.flags and is_prose(text)
        top = _headline_line(readings)  # read as a title is: its cues count anywhere in it
        if top is not None:
            readings = [
                self.reader.read(r.index, r.text, lead=r.lead, year=year, headline=True)
                if r.index == top
                else r
                for r in readings
            ]
        readings = _this_base(readings)
        if any(r.coalition for r in readings):  # ambiguous names may be their bases
            # an unnamed target is theirs when the story names a base attacked further on, or
            # in its lead ("the coalition handed Besmaya base over" ... "the base was hit"), or
            # the sentence places it in a region ("a base in northeastern Syria")
            named = any(r.places and (r.attack or r.lead) and not r.flags & WEAK for r in readings)
            readings = [
                self.reader.read(
                    r.index,
                    r.text,
                    lead=r.lead,
                    year=year,
                    story_coalition=True,
                    headline=r.index == top,
                )
                if not r.places and any(h.label.startswith("area:") for h in r.hits)
                else replace(r, story_coalition=True)
                if (named or r.regions)
                and r.weapons
                and r.attack
                and r.base_word
                and not r.coalition
                else r
                for r in readings
            ]

        def again(
            r: Reading,
            attacked: frozenset[str] = frozenset(),
            story_cities: frozenset[str] = frozenset(),
        ) -> Reading:
            """`r` read again with what the rest of the story tells."""
            fresh = self.reader.read(
                r.index,
                r.text,
                lead=r.lead,
                year=year,
                attacked=attacked,
                story_cities=story_cities,
                headline=r.index == top,
            )
            return replace(fresh, story_coalition=r.story_coalition)

        # a lead of an attack on a city ("missiles hit sites in Erbil") whose US mission the
        # story tells attacked in another sentence ("aimed at the US consulate"); not the air
        # base a city names too: Iran's missiles on Erbil's houses are told beside the airport's
        attacked = frozenset(
            e.place.id for r in readings if r.attack and r.weapons for e in r.places if e.city_words
        )
        if attacked:
            readings = [
                again(r, attacked=attacked)
                if r.lead and not r.places and r.attack and _city_of(r, attacked)
                else r
                for r in readings
            ]
        # a US mission named without its city, below a lead that names the city: "rockets hit
        # central Baghdad" ... "two landed inside the US embassy compound"; only in a story
        # that names no base: beside one, the mission is mostly told as a landmark or a voice
        # ("the US embassy condemned the attack on Victory base")
        cities = frozenset(
            h.label[5:] for r in readings if r.lead for h in r.hits if h.label.startswith("city:")
        )
        if cities and not any(r.places for r in readings):
            readings = [
                again(r, story_cities=cities)
                if any(h.label.startswith("mission:") for h in r.hits)
                else r
                for r in readings
            ]
        return decide(captions_marked(readings), article, self.terms, self.hosted)

    def _relevant(self, title: str, text: str) -> bool:
        """Whether the article names any weapon, base or US or coalition forces in its first
        QUICK_CHARS characters: the title first (a report's headline names them; it is short
        to read), then the head, then the rest, overlapping the head so that no name is cut
        in two."""
        if title and self.reader.relevant(normalise(title)):
            return True
        if self.reader.relevant(normalise(text[:QUICK_HEAD])):
            return True
        rest = text[QUICK_HEAD - QUICK_OVERLAP : QUICK_CHARS]
        return len(text) > QUICK_HEAD and self.reader.relevant(normalise(rest))


def _newer_strike(
    readings: list[Reading], attack_date: date | None, published: date | None
) -> bool:
    """Whether the story tells a newer strike, days after the attack, on no base and not on
    US forces: "On Friday, bombers struck depots of militias", then "the raids answer
    Sunday's drone attack ..., in which three soldiers died". Its toll is then background."""
    if published is None or attack_date is None:
        return False
    for r in readings:
        if r.attack and not r.places and not r.coalition:
            day = said_on(r, published)
            if day is not None and attack_date < day and (published - day).days <= MAX_REPORT_DELAY:
                return True
    return False


HEADLINE_LINES = 3  # a headline under page furniture stands within the first lines
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f\u061f\u06d4][\"'\u201d\u2019\u00bb)\]]*\s*$")


def _headline_line(readings: list[Reading]) -> int | None:
    """The line that is the story's headline though not its title: under a title that names
    nothing (page furniture: "Middle East"; or none), the first line that names something,
    near the top and not ended as a sentence is ("Airport attack: three men given life
    sentences"). None when the title names something, or no such line stands first."""
    top = story_headline(readings)
    if top is None or not 0 < top.index <= HEADLINE_LINES or _SENTENCE_END.search(top.text):
        return None
    return top.index


def _this_base(readings: list[Reading]) -> list[Reading]:
    """An attack on "this base" is on the one base the sentence before names: "The kingdom
    hosts a large naval base, the Fifth Fleet's headquarters." "It was this base that a
    missile hit on Saturday"."""
    out = list(readings)
    for i in range(1, len(out)):
        r, before = out[i], out[i - 1]
        if (
            r.attack
            and not r.places
            and len(before.places) == 1
            and any(h.label == "cat:this_base" for h in r.hits)
        ):
            out[i] = replace(r, places=before.places)
    return out


def _city_of(r: Reading, attacked: frozenset[str]) -> bool:
    """Whether a sentence names the city of one of the `attacked` missions."""
    return any(
        h.label.startswith("city:") and h.label.partition(":")[2] in attacked for h in r.hits
    )


# the banner above every page of a US government site (defense.gov's briefings among them),
# and notices about the reader's browser ("This browser cannot play the video")
# (on case-folded text: a pattern that ignores case is far slower)
_BANNER = re.compile(
    r"\.gov\b|official website of the united states government|"
    r"official,? secure websites|secure,? official websites|"
    r"\bbrowser|navigateur|navegador|เบราว์เซอร์|브라우저|ブラウザ|浏览器|瀏覽器"
)


def is_prose(text: str) -> bool:
    """A sentence of the story, not a menu, byline, dateline, list of links, a US
    government site's banner ("Official websites use .gov") or a notice about the browser."""
    words = text.split()
    if word_count(text) < LEAD_WORDS or text.count("|") >= 2 or _BANNER.search(text.casefold()):
        return False
    latin = [w for w in words if w[:1].isalpha() and w[:1].isascii()]
    capitalised = sum(1 for w in latin if w[:1].isupper())
    return not (len(latin) >= 5 and capitalised > 0.7 * len(latin))


def _chosen(
    readings: list[Reading], published: date | None = None
) -> tuple[list[Reading], list[Reading]]:
    """The evidence that describes the new attack: the best sentence and the lead evidence
    that agrees with it, not on another day (`main`, for bases and weapons); and with them
    the other sentences about the same base (`support`, for the date and the facts)."""
    evidence = sorted(
        (r for r in readings if r.strength > 0),
        key=lambda r: (-(r.strength + LEAD_BONUS * r.lead), r.index),
    )
    if not evidence:
        return [], []
    best = evidence[0]
    bar = best.strength * 0.6
    said = {r: said_or_stated(r, published) for r in evidence if r is best or r.lead}  # read once
    # the day of the best sentence, or of the first lead evidence about its base that does
    # not tell an earlier attack ("rockets had hit the airport on Friday")
    same_base = [
        r for r in said if r is best or (set(best.places) & set(r.places) and not told_before(r))
    ]
    day = next((said[r] for r in same_base if said[r] is not None), None)
    main = [best] + [
        r
        for r in evidence[1:]
        if r.lead
        and r.strength >= bar
        and (day is None or said[r] in (None, day))
        and not the_day_before(r, day)
        and not recalled_also(r)
        # "the attack came a day after rockets hit Balad": another base's earlier attack
        and not (background(r, day, said[r]) and not set(r.places) <= set(best.places))
    ]
    same = set(best.places)
    support = main + [
        r
        for r in readings
        if r not in main and same & set(r.places) and not r.flags & WEAK and r.attack
    ]
    return main, support


def decide(
    readings: list[Reading], article: Article, terms: Terms, hosted: dict[str, str] | None = None
) -> Detection:
    """The detection for an article's readings. `hosted`: each base's hosting years."""
    hosted = hosted or {}
    zone = writer_zone(article.url, article.language)
    published = writer_date(article.published, zone)
    readings = [r for r in readings if "caption" not in r.flags]
    # a wire copy posted again months on: its dispatch's day is the story's
    published = dispatch_day(readings, published) or published
    readings = dated(readings, published)
    z, reasons = score(readings, published)
    confidence = calibrated(z)
    chosen, support = _chosen(readings, published)
    if z < -1e-9 or not chosen:  # a score of 0 (sums of tenths) is taken, rounding aside
        reasons.append("not taken: no convincing report of a new attack")
        return Detection(attack=False, confidence=confidence, reasons=tuple(reasons))
    bases, region = targets(chosen, readings, published)
    weapons = story_weapons(chosen, support, readings)
    # a sentence of the evidence about a distant base ("on Sunday, rockets struck Balad")
    # tells another attack's day
    own = [r for r in chosen if not elsewhere(r, bases)] or chosen
    attack_date, day_stated = attack_day(readings, own, support, published)
    if bases:
        bases = listed(also_hit(bases, chosen, readings, published, attack_date), readings)
    earlier = told_earlier(chosen, published)
    day_stated = day_stated and not earlier
    if not day_stated and published is not None:
        where = {b.id for b in bases} or ({region.id} if region else set())
        old = told_old(readings, where, published, chosen)
        if old is not None:
            attack_date = old
        elif zone is not None and not isinstance(article.published, datetime):
            # a page dated only, by a writer hours ahead: a report that does not say the
            # day is mostly of the region's evening before, the writer's night
            attack_date = published - timedelta(days=1)
    # an attack comes before its report: a writer ahead of the region (an Asian or Pacific
    # outlet's early morning) names a day that has not begun there, the region's day before
    if attack_date and isinstance(article.published, datetime):
        attack_date = min(attack_date, local_date(article.published) or attack_date)
    age = (published - attack_date).days if attack_date and published else 0
    # a follow-up: what became known since of the attack a sentence of the story dates
    late = age <= FOLLOW_UP_DAYS and any("follow_up" in r.flags for r in readings)
    if late and age > MAX_REPORT_DELAY and _newer_strike(readings, attack_date, published):
        late = False  # the story's news is the newer strike, not what became known since
    if age > MAX_REPORT_DELAY and not late:
        reasons.append(f"not taken: the attack it describes is of {attack_date}, not new")
        return Detection(attack=False, confidence=min(confidence, 0.3), reasons=tuple(reasons))
    if bases and attack_date:
        # the day may be one late (a story dated by its publication, or written ahead of the
        # region): rockets at Kabul airport on the coalition's last day, reported the next
        hosting = tuple(b for b in bases if hosted_in(hosted.get(b.id, ""), attack_date, 1))
        if not hosting:
            names = ", ".join(b.name for b in bases)
            reasons.append(f"not taken: {names} hosted no coalition forces on {attack_date}")
            return Detection(attack=False, confidence=min(confidence, 0.3), reasons=tuple(reasons))
        bases = hosting
    facts = story_facts(readings, support, terms.numbers, terms.vague)
    if facts.claimed_by in ("Iran", IRGC):
        weapons = fired_by_iran(weapons, readings)
    official = any(
        "cat:official" in {h.label for h in r.hits} and r.attack and not r.flags & WEAK
        for r in readings
    )
    return Detection(
        attack=True,
        confidence=confidence,
        bases=bases,
        region=region,
        attack_date=attack_date,
        day_stated=day_stated,
        earlier=earlier,
        weapons=weapons,
        projectiles=facts.projectiles,
        intercepted=facts.intercepted,
        killed=facts.killed,
        injured=facts.injured,
        claimed_by=facts.claimed_by,
        confirmed=confirmation([r.sentence for r in chosen], facts.claimed_by, official),
        official=official,
        evidence=tuple({r.text: Evidence(r.text, r.terms) for r in chosen}.values())[:3],
        reasons=(*reasons, "taken: evidence " + "; ".join(f"#{r.index}" for r in chosen)),
    )
