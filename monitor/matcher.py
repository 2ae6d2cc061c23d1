"""The attack detector: article in, Detection out. Pure: no I/O, no clock.

An article is read sentence by sentence (the title first). A sentence is evidence when it
names a gazetteer base and says it was attacked (with a weapon word: strongest), or says a
weapon attack hit a place hosting US or coalition forces without naming it. Sentences that
recall older attacks, threaten, or have the US as the attacker count for little; the lead
counts most, since a report leads with the new attack and recalls the old ones later.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date

from monitor.dates import local_date, older_month, resolve_date, said_date
from monitor.facts import Facts, extract_facts
from monitor.gazetteer import Entry, Gazetteer
from monitor.models import Article, Detection, Evidence, Place
from monitor.terms import Terms, any_of, phrase_pattern
from monitor.text import normalise, sentences, strip_dateline

LEAD = 3  # sentences of the text, besides the title, that make the lead
LEAD_WORDS = 6  # shorter lines (datelines, bylines, menus) are not counted in the lead
MAX_REPORT_DELAY = 4  # days: a report of a new attack comes out within this
LEAD_BONUS = 1.0  # a report leads with its news: lead evidence outranks the body's
MAX_SENTENCES = 120
_ARABIC_CLITICS = "(?:و|ف)?(?:ب|ل|ك)?"
_FLAGS = (
    "us_attacker",
    "threat",
    "other_sense",
    "recall",
    "denial",
    "civilian",
    "other_attacker",
    "event",
)
_POSITIONAL = frozenset({"us_attacker", "threat", "recall", "other_attacker", "event"})
# flags that make a sentence say little about a new attack on a coalition base
_WEAK = frozenset({"us_attacker", "threat", "recall", "denial", "other_attacker", "event"})
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")
_COUNTER = re.compile(
    r"\bcounter\s(?:rocket|drone|uas|missile)\w*(?:,?\s(?:artillery,?\s)?(?:and\s)?mortars?)?"
    r"(?:\s\(?c\sram\)?)?|\bc\sram\b"
)
_CONTEXT_WINDOW = 40  # characters between a context alias and a base word


@dataclass(frozen=True)
class Reading:
    """What one sentence says, as far as the matcher is concerned."""

    index: int
    text: str
    norm: str
    places: tuple[Entry, ...]
    regions: tuple[Entry, ...]
    weapons: tuple[str, ...]
    attack: bool
    coalition: bool
    base_word: bool
    flags: frozenset[str]
    terms: tuple[str, ...]
    lead: bool = False

    @property
    def strength(self) -> float:
        """0 when the sentence is no evidence; 3 for base + attack + weapon."""
        if self.places and self.attack:
            score = 3.0 if self.weapons else 2.0
        elif self.places and self.weapons and self.base_word:
            score = 1.5
        elif self.weapons and self.attack and self.coalition and (self.base_word or self.regions):
            score = 2.0
        else:
            return 0.0
        if "other_sense" in self.flags:
            return 0.0
        if self.flags & _WEAK:
            score *= 0.3
        if "civilian" in self.flags and not (self.places and self.coalition):
            score *= 0.3
        return score


def _alias_pattern(alias: str) -> str:
    clitics = _ARABIC_CLITICS if re.search(r"[\u0600-\u06ff]", alias) else ""
    return phrase_pattern(alias, clitics)


class Matcher:
    """Compiled gazetteer and terms; `match` is safe to call from many threads."""

    def __init__(self, gazetteer: Gazetteer, terms: Terms) -> None:
        self.gazetteer = gazetteer
        self.terms = terms
        self._alias: dict[str, Entry] = {}
        for entry in gazetteer.bases:
            for alias in entry.aliases:
                self._alias.setdefault(alias, entry)
        self._region_alias = {a: e for e in gazetteer.regions for a in e.aliases}
        self._context_alias = {a: e for e in gazetteer.bases for a in e.context_aliases}
        never = re.compile(r"(?!x)x")
        self._places = any_of([_alias_pattern(a) for a in self._alias]) or never
        self._regions = any_of([_alias_pattern(a) for a in self._region_alias]) or never
        self._context = any_of([_alias_pattern(a) for a in self._context_alias]) or never
        self._any_weapon = any_of([p.pattern for p in terms.weapons.values()]) or never
        locative = terms.categories["locative"].pattern
        self._locative = re.compile(rf"(?:{locative})\s(?:the\s)?$")
        self._locative_after = re.compile(
            r"\s(?:province|governorate|region|city|district|countryside|area|suburbs?)\b"
        )

    def _lookup(self, found: str, table: dict[str, Entry]) -> Entry | None:
        entry = table.get(found)
        if entry is None:  # matched with an Arabic clitic glued on
            for alias, candidate in table.items():
                if found.endswith(alias):
                    return candidate
        return entry

    def _find(self, rx: re.Pattern[str], table: dict[str, Entry], norm: str) -> list[Entry]:
        found: list[Entry] = []
        for m in rx.finditer(norm):
            entry = self._lookup(m.group(0), table)
            if entry is not None and entry not in found:
                found.append(entry)
        return found

    def _targets(self, norm: str) -> list[Entry]:
        """Bases named in the sentence, less those named only to say where another one is
        ("Harir air base, north of Erbil"; "rockets fired from Syria")."""
        mentions: dict[Entry, list[bool]] = {}
        for m in self._places.finditer(norm):
            entry = self._lookup(m.group(0), self._alias)
            if entry is not None:
                located = self._located(norm, m.start(), m.end())
                mentions.setdefault(entry, []).append(located)
        if len(mentions) < 2:
            return list(mentions)
        kept = [e for e, located in mentions.items() if not all(located)]
        return kept or list(mentions)

    def _context_places(self, norm: str, coalition: bool) -> tuple[list[Entry], int | None]:
        """Ambiguous names (a city, a surname) count beside a base word, or where the
        sentence names US or coalition forces. Also returns where the first one ends."""
        found: list[Entry] = []
        first: int | None = None
        words = [m.span() for m in self.terms.categories["base_strict"].finditer(norm)]
        for m in self._context.finditer(norm):
            entry = self._lookup(m.group(0), self._context_alias)
            near = any(
                start - _CONTEXT_WINDOW <= m.end() and m.start() <= end + _CONTEXT_WINDOW
                for start, end in words
            )
            if entry is not None and (near or coalition) and entry not in found:
                found.append(entry)
                first = m.end() if first is None else first
        return found, first

    def _locative_before(self, norm: str, entry: Entry) -> bool:
        """Whether every mention of a context alias of `entry` follows a locative cue."""
        spots = [
            m.span()
            for m in self._context.finditer(norm)
            if self._lookup(m.group(0), self._context_alias) is entry
        ]
        return bool(spots) and all(self._located(norm, s, e) for s, e in spots)

    def _located(self, norm: str, start: int, end: int) -> bool:
        """Whether the name at norm[start:end] only says where something else is."""
        return bool(self._locative.search(norm, 0, start) or self._locative_after.match(norm, end))

    def _flags(self, norm: str, anchor: int | None, year: int | None) -> set[str]:
        """Which cues the sentence holds. Cues about the framing (the US as attacker, a
        threat, a recall, an event) count only before the first base named: "Rockets hit
        Ain al-Asad, the latest in a series of attacks" is still a report of an attack."""
        flags = set()
        for name in _FLAGS:
            m = self.terms.categories[name].search(norm)
            if m is None:
                continue
            if name in _POSITIONAL and anchor is not None and m.start() >= anchor:
                continue
            flags.add(name)
        for m in _YEAR.finditer(norm):
            if (
                year is not None
                and int(m.group(0)) < year
                and (anchor is None or m.start() < anchor)
            ):
                flags.add("recall")  # "the 2020 missile attack on ...", in a later year's story
        return flags

    def read(
        self, index: int, text: str, *, lead: bool = False, year: int | None = None
    ) -> Reading:
        # the counter-rocket, artillery and mortar system defends; it names no weapon fired
        norm = _COUNTER.sub("cram", normalise(strip_dateline(text)))
        cats = self.terms.categories
        coalition = bool(cats["coalition"].search(norm))
        places = self._targets(norm)
        base_word = bool(cats["base_words"].search(norm))
        context, context_end = self._context_places(norm, coalition)
        places += [e for e in context if e not in places and not self._locative_before(norm, e)]
        first = self._places.search(norm)
        ends = [e for e in (first.end() if first else None, context_end) if e is not None]
        anchor = min(ends) if ends else None
        weapons = tuple(c for c, rx in self.terms.weapons.items() if rx.search(norm))
        if (
            "missile" in weapons
            and "rocket" in weapons
            and "rocket" not in _plain(norm, self.terms)
        ):
            weapons = tuple(w for w in weapons if w != "rocket")
        attack_m = cats["attack"].search(norm)
        flags = self._flags(norm, anchor, year)
        terms = [m.group(0) for m in (attack_m,) if m]
        terms += [p.place.name for p in places]
        for cls in weapons:
            if m := self.terms.weapons[cls].search(norm):
                terms.append(m.group(0))
        return Reading(
            index=index,
            text=text,
            norm=norm,
            places=tuple(places),
            regions=tuple(self._find(self._regions, self._region_alias, norm)),
            weapons=weapons,
            attack=attack_m is not None,
            coalition=coalition,
            base_word=base_word,
            flags=frozenset(flags),
            terms=tuple(terms),
            lead=lead,
        )

    def match(self, article: Article) -> Detection:
        """Decide whether `article` reports a new attack on a coalition base, and extract it."""
        title = article.title or ""
        head = normalise(f"{title}\n{article.text[:20000]}")
        if not self._any_weapon.search(head) and not self._places.search(head):
            return Detection(attack=False, confidence=0.0, reasons=("no weapon and no base named",))
        year = local_date(article.published)
        y = year.year if year else None
        readings = [self.read(0, title, lead=True, year=y)] if title.strip() else []
        counted = 0
        for i, text in enumerate(sentences(article.text)[:MAX_SENTENCES], start=1):
            readings.append(self.read(i, text, lead=counted < LEAD, year=y))
            counted += is_prose(text)
        return decide(readings, article, self.terms)


def _plain(norm: str, terms: Terms) -> str:
    """The sentence with missile phrases removed, to tell 'rocket' from 'missile'."""
    return terms.weapons["missile"].sub(" ", norm)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def _score(readings: list[Reading]) -> tuple[float, list[str]]:
    """A logit for "this article reports a new attack", with the reasons behind it."""
    reasons: list[str] = []
    evidence = [r for r in readings if r.strength > 0]
    strong_lead = max((r.strength for r in evidence if r.lead), default=0.0)
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
    if any("us_attacker" in r.flags for r in head):
        z -= 3.0
        reasons.append("the US or the coalition is the attacker in the lead")
    if any("threat" in r.flags for r in head) and strong_lead < 2:
        z -= 1.5
        reasons.append("a threat or warning leads the story")
    if any("other_sense" in r.flags for r in readings if r.lead):
        z -= 3.0
        reasons.append("rocket, drone or base in another sense (space, sport, politics)")
    if any("denial" in r.flags for r in head):
        z -= 3.0
        reasons.append("the lead says the reported attack did not happen")
    if any("other_attacker" in r.flags for r in head):
        z -= 2.0
        reasons.append("Turkey, Israel, Russia or Iran's war on others leads the story")
    title = readings[0] if readings and readings[0].index == 0 else None
    if title is not None and title.strength < 2 and "event" in title.flags:
        z -= 2.0
        reasons.append("the headline is about a visit, ceremony, handover, talks or a court")
    return z, reasons


def is_prose(text: str) -> bool:
    """A sentence of the story, not a menu, byline, dateline or list of links."""
    words = text.split()
    if len(words) < LEAD_WORDS or text.count("|") >= 2:
        return False
    latin = [w for w in words if w[:1].isalpha() and w[:1].isascii()]
    capitalised = sum(1 for w in latin if w[:1].isupper())
    return not (len(latin) >= 5 and capitalised > 0.7 * len(latin))


def _chosen(readings: list[Reading]) -> tuple[list[Reading], list[Reading]]:
    """The evidence that describes the new attack: the best sentence and the lead evidence
    that agrees with it (`main`, for bases and weapons); and with them the other sentences
    about the same base (`support`, for the date and the facts)."""
    evidence = sorted(
        (r for r in readings if r.strength > 0),
        key=lambda r: (-(r.strength + LEAD_BONUS * r.lead), r.index),
    )
    if not evidence:
        return [], []
    best = evidence[0]
    bar = best.strength * 0.6
    main = [best] + [r for r in evidence[1:] if r.lead and r.strength >= bar]
    same = set(best.places)
    support = main + [
        r
        for r in readings
        if r not in main and same & set(r.places) and not r.flags & _WEAK and r.attack
    ]
    return main, support


def _weapons(main: list[Reading], support: list[Reading]) -> tuple[str, ...]:
    """The weapons of the best sentence and the headline; else of any agreeing sentence."""
    found: list[str] = []
    for r in main:
        if r is main[0] or r.index == 0:
            found += [w for w in r.weapons if w not in found]
    for pool in (main, support):
        if found:
            break
        for r in pool:
            found += [w for w in r.weapons if w not in found]
    return tuple(found)


def _places(
    chosen: list[Reading], readings: list[Reading]
) -> tuple[tuple[Place, ...], Place | None]:
    bases: list[Place] = []
    for r in chosen:
        for entry in r.places:
            if entry.place not in bases:
                bases.append(entry.place)
    if bases:
        return tuple(bases[:3]), None
    for r in [*chosen, *readings]:
        if r.regions:
            return (), r.regions[0].place
    return (), None


def _dated(readings: list[Reading], terms: Terms, published: date | None) -> list[Reading]:
    """Evidence sentences that give a date days before publication recall an older attack."""
    if published is None:
        return readings
    out = []
    for r in readings:
        if r.strength > 0 and "recall" not in r.flags:
            said = said_date(r.norm, terms, published)
            old = said is not None and (published - said).days > MAX_REPORT_DELAY
            if old or older_month(r.norm, terms, published):
                r = replace(r, flags=r.flags | {"recall"})
        out.append(r)
    return out


def decide(readings: list[Reading], article: Article, terms: Terms) -> Detection:
    readings = _dated(readings, terms, local_date(article.published))
    z, reasons = _score(readings)
    confidence = round(_sigmoid(z), 3)
    chosen, support = _chosen(readings)
    if confidence < 0.5 or not chosen:
        reasons.append("not taken: no convincing report of a new attack")
        return Detection(attack=False, confidence=confidence, reasons=tuple(reasons))
    bases, region = _places(chosen, readings)
    weapons = _weapons(chosen, support)
    told = [r for r in readings if r.attack and not r.flags and len(r.norm.split()) >= LEAD_WORDS]
    in_order = sorted(support, key=lambda r: r.index)
    date_sources = [r.norm for r in (*in_order, *told, *(r for r in readings if r.lead))]
    attack_date = resolve_date(date_sources, terms, article.published)
    published = local_date(article.published)
    if attack_date and published and (published - attack_date).days > MAX_REPORT_DELAY:
        reasons.append(f"not taken: the attack it describes is of {attack_date}, not new")
        return Detection(attack=False, confidence=min(confidence, 0.3), reasons=tuple(reasons))
    lead_and_chosen = list(dict.fromkeys([*support, *(r for r in readings if r.lead)]))
    facts: Facts = extract_facts(
        [r.norm for r in lead_and_chosen if "recall" not in r.flags], terms
    )
    return Detection(
        attack=True,
        confidence=confidence,
        bases=bases,
        region=region,
        attack_date=attack_date,
        weapons=weapons,
        projectiles=facts.projectiles,
        intercepted=facts.intercepted,
        killed=facts.killed,
        injured=facts.injured,
        claimed_by=facts.claimed_by,
        evidence=tuple(Evidence(r.text, r.terms) for r in chosen[:3]),
        reasons=(*reasons, "taken: evidence " + "; ".join(f"#{r.index}" for r in chosen)),
    )
