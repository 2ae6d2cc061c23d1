"""Which bases a report says were attacked: the ones its chosen evidence names, a base the
story names further down when the lead names only a region, a base named in full rather
than by its city, the smaller facility inside a larger one, and another base the story says
was also hit in the same salvo, names beside the attacked one in an account of the attack,
or lists after a colon.
"""

from __future__ import annotations

from datetime import date

from monitor.detect.before import background, the_day_before
from monitor.detect.days import said_on, said_or_stated
from monitor.detect.gazetteer import Entry
from monitor.detect.sentence import WEAK, Reading
from monitor.detect.stretches import says_since
from monitor.detect.text import word_count
from monitor.models import Place

MAX_BASES = 5  # a salvo on every US base of the Gulf names four; more is a list of bases
# sentences that say nothing of which bases this attack hit: background, a caption,
# another sense of the words, what became known since
_NOT_TOLD = WEAK | {"caption", "other_sense", "follow_up"}


def targets(
    chosen: list[Reading], readings: list[Reading], published: date | None = None
) -> tuple[tuple[Place, ...], Place | None]:
    """The bases the chosen evidence says were attacked, or the region when it names none."""
    bases, region = _named(chosen, readings, published)
    return _innermost(bases, readings), region


def _named(
    chosen: list[Reading], readings: list[Reading], published: date | None
) -> tuple[tuple[Place, ...], Place | None]:
    entries: list[Entry] = []
    for r in chosen:
        told = [e for e in r.places if _before_recall(r, e.place)] or r.places
        entries += [e for e in told if e not in entries]
    entries = _specific(entries, chosen, readings)
    if entries:
        return tuple(e.place for e in entries[:MAX_BASES]), None
    lead_region = next((r.regions[0] for r in chosen if r.regions), None)
    named = _named_later(chosen, readings, lead_region, published)
    if named:
        return named, None
    # failing the lead's, any region the story names, but not where US forces struck ("the
    # general a US drone killed in Baghdad"): that is not where this attack was
    region = lead_region or next(
        (r.regions[0] for r in readings if r.regions and "us_attacker" not in r.flags), None
    )
    return (), region.place if region else None


def _specific(entries: list[Entry], chosen: list[Reading], readings: list[Reading]) -> list[Entry]:
    """A base named only by its city ("a US base in Erbil") gives way to a base of the same
    region the story names in full ("Harir air base", "the US consulate in Erbil")."""
    city = {pid for r in chosen for pid in r.by_city}
    city -= {e.place.id for r in chosen for e in r.places if e.place.id not in r.by_city}
    if not city:
        return entries
    named = [
        e
        for r in readings
        if not r.flags & (WEAK | {"caption"})
        for e in r.places
        if e.place.id not in r.by_city
    ]
    out = []
    for e in entries:
        rivals = _of_its_region(e, named)
        if e.place.id in city and rivals:
            out += [n for n in rivals[:1] if n not in out and n not in entries]
        elif e not in out:
            out.append(e)
    return out


def _of_its_region(entry: Entry, named: list[Entry]) -> list[Entry]:
    """The other bases of `entry`'s region among `named`: a base named only by its city
    gives way to them."""
    return [n for n in named if n != entry and n.region and n.region == entry.region]


def _named_later(
    chosen: list[Reading], readings: list[Reading], region: Entry | None, published: date | None
) -> tuple[Place, ...]:
    """A lead that names no base ("rockets hit a base in northern Iraq") is about the base
    the story names further down as attacked or hit ("two landed inside Qayyarah airfield"),
    when it lies in the lead's region and the weapons agree; failing that, a base of the
    lead's own region named in the story's background ("Tower 22 had not been targeted
    before"), as a reader would take it."""
    weapons = {w for r in chosen for w in r.weapons}
    named = sorted((r for r in readings if r.places), key=lambda r: r.index)
    # a follow-up's account of the attack it dates names its base: "no troops were killed
    # in the Jan. 8 attack on Al Asad air base" under "11 treated after the strike"
    # ... but not an older attack's, when the evidence gives its own day: "a base north of
    # Baghdad was hit on Monday evening" over "on March 3, a contractor was killed in an
    # attack on another base, Ain al-Asad"
    days = {said_on(r, published) for r in chosen} - {None}
    usable = [
        r
        for r in named
        if not r.flags & (_NOT_TOLD - {"follow_up"})
        and not ("follow_up" in r.flags and days and said_on(r, published) not in days)
    ]

    def loose(e: Entry) -> bool:
        return _within(e, region)

    def own(e: Entry) -> bool:
        return region is not None and e.region == region.place.id

    # a base said to be attacked or hit first; else one named at all ("the situation at Camp
    # Taji", a spokesman said); else, for a lead that gives a region, one of that very
    # region named in the story's background ("Tower 22 had never been targeted before")
    passes = [(True, usable, loose), (False, usable, loose)]
    if region is not None:
        background = [r for r in named if not r.flags & (_NOT_TOLD - {"recall"})]
        passes.append((False, background, own))
    for told, pool, fits in passes:
        for r in pool:
            if told and not (r.attack or r.weapons):
                continue
            if told and weapons and r.weapons and not weapons & set(r.weapons):
                continue
            entries = [e for e in r.places if fits(e)]
            if not told:  # "the base lies in the al-Omar field, in Green Village": the inner one
                entries = [e for e in entries if not any(x.inside == e.place.id for x in entries)]
            places = [e.place for e in entries]
            if not told and len(places) > 1:
                continue  # "Kuwait hosts US troops at Camp Arifjan and Ali Al Salem": which?
            if places:
                return tuple(places[:MAX_BASES])
    return ()


def _within(entry: Entry, region: Entry | None) -> bool:
    """Whether a base may be the one a lead places in `region`: the press draws regions
    loosely ("northeast Syria" takes in Deir ez-Zor's fields), so any region of its country."""
    if region is None or entry.region in (None, region.place.id):
        return True
    return entry.place.country == region.place.country != "multiple"


def _innermost(bases: tuple[Place, ...], readings: list[Reading]) -> tuple[Place, ...]:
    """A report that names a facility and the smaller one inside it (the Diplomatic Support
    Center at Baghdad airport) is about the smaller one."""
    named = {e for r in readings for e in r.places}
    out: list[Place] = []
    for place in bases:
        inner = [e.place for e in named if e.inside == place.id]
        for p in inner[:1] or [place]:
            if p not in out:
                out.append(p)
    return tuple(out)


def recalled_also(r: Reading) -> bool:
    """A base that "was also targeted last week", or "has also been hit since the war
    began" (or, in Turkish, "savaş başladığından bu yana", since after what it counts from):
    the story's background, wherever the time words stand."""
    labels = {h.label for h in r.hits}
    return "cat:also" in labels and ("cat:recall" in labels or says_since(r.norm, r.hits))


def also_hit(
    bases: tuple[Place, ...],
    chosen: list[Reading],
    readings: list[Reading],
    published: date | None,
    day: date | None,
) -> tuple[Place, ...]:
    """The bases of the same salvo the story adds further down, with a word that says so
    ("Ain al-Asad was also targeted", "additionally, three drones attacked al-Tanf", "on the
    same day"), beside a base already named ("missiles struck Ain al-Asad and Erbil"), or on
    `day` said in so many words ("on Tuesday, a drone hit Green Village"), with no other
    weapon than the evidence's: a weapon attack, not a recollection, on no other day than
    `day`."""
    out = list(bases)
    weapons = {w for c in chosen for w in c.weapons}
    for r in readings:
        if len(out) >= MAX_BASES:
            break
        if r in chosen or not r.places or not r.attack or r.flags & _NOT_TOLD:
            continue
        labels = {h.label for h in r.hits}
        if not r.weapons and "cat:also" not in labels:
            continue  # "the fighters also struck a base at Conoco": the salvo's, said so
        alike = not (weapons and set(r.weapons) - weapons)  # no other weapon than the salvo's
        together = len(r.places) > 1 and any(e.place in out for e in r.places) and alike
        said = said_or_stated(r, published)
        # "On Tuesday, drones also hit Green Village", in the story of a Tuesday: the day
        # said, not a pluperfect's ("on Sunday two rockets had been aimed at the airport")
        same_day = day is not None and said == day and alike and "cat:before" not in labels
        if not (together or same_day or "cat:also" in labels) or recalled_also(r):
            continue
        if "cat:also" in labels and _recall_goes_on(r, readings):
            continue
        if the_day_before(r, day):
            continue
        months = {int(x[6:]) for x in labels if x.startswith("month:")}
        if (
            said not in (None, day)
            or background(r, day, said)
            or (day is not None and months - {day.month - 1})
        ):
            continue
        # a base named by its city beside one of its region named in full is where that one
        # is ("Harir air base, near the city of Erbil"), not a second base
        full = [e for e in r.places if e.place.id not in r.by_city]
        added = [
            e.place
            for e in r.places
            if e.place not in out
            and _before_recall(r, e.place)
            and not (e.place.id in r.by_city and _of_its_region(e, full))
        ]
        out += added[: MAX_BASES - len(out)]
    return tuple(out)


def _recall_goes_on(r: Reading, readings: list[Reading]) -> bool:
    """Whether `r`, a sentence that says "also" and names no weapon, goes on with the older
    attack the story told just before it: "In January 2020 Iran attacked Al-Asad." "A base in
    Erbil was also shelled." (the last attack told above it is a recollection)."""
    if r.weapons:
        return False
    told = [x for x in readings if x.index < r.index and x.attack]
    return bool(told) and "recall" in told[-1].flags  # an old date ("dated_old") is one too


def _before_recall(r: Reading, place: Place) -> bool:
    """Whether the sentence names the place before any word of an older attack: "the first
    drone attack on US forces in Erbil, amid a series of rocket strikes on the embassy in
    Baghdad" adds Erbil's salvo nothing."""
    recall = min((h.start for h in r.hits if h.label == "cat:recall"), default=len(r.norm))
    names = [h.start for h in r.hits if h.label.partition(":")[2] == place.id]
    return not names or min(names) < recall


LIST_ITEM_WORDS = 40  # a list's item is short: "Kuwait - explosions near Ali Al Salem air base."


def listed(bases: tuple[Place, ...], readings: list[Reading]) -> tuple[Place, ...]:
    """The bases of a list the story gives after a colon, when the attack's base is among
    them: "Iran said it targeted four US air bases in the region:", then "Al Udeid air base
    in Qatar.", "Ali Al Salem air base in Kuwait." ...; or when the colon's sentence says they
    were hit too ("three other US sites were attacked at the same time:"); and the bases one
    sentence lists right after an attack on bases it left unnamed (`_names_the_bases`)."""
    by_index = {r.index: r for r in readings}
    out = list(bases)
    for intro in readings:
        if not intro.text.rstrip().endswith(":") or not (intro.attack or intro.weapons):
            continue
        if intro.flags & _NOT_TOLD:
            continue
        items: list[Place] = []
        at = intro.index + 1
        while (item := by_index.get(at)) is not None and item.places:
            if item.flags & _NOT_TOLD or word_count(item.norm) > LIST_ITEM_WORDS:
                break
            items += [e.place for e in item.places[:1] if e.place not in items]
            at += 1
        # a list of "three other US sites attacked at the same time": no attacked base in it
        also = any(h.label == "cat:also" for h in intro.hits)
        if len(items) > 1 and (set(items) & set(out) or also):
            out += [p for p in items if p not in out]
    for named in readings:
        if len(named.places) < LISTED_BASES:
            continue  # most sentences: not a list of bases
        # "the Diplomatic Support Center, at Baghdad airport": one facility, the inner one
        listing = list(_innermost(tuple(e.place for e in named.places), [named]))
        if _names_the_bases(named, listing, readings) and set(listing) & set(out):
            out += [p for p in listing if p not in out]
    return tuple(out[:MAX_BASES])


LISTED_BASES = 3  # "the bases are Al Udeid, Ali Al Salem, Al Dhafra and the Fifth Fleet's"
_LIST_AFTER = 2  # sentences from the attack on "four US bases" to the one that names them
_ON_BASES = 1.5  # the strength of "missiles at four US bases": an attack on bases unnamed


def _names_the_bases(named: Reading, listing: list[Place], readings: list[Reading]) -> bool:
    """Whether a sentence that tells no attack names (`listing`) the bases an attack on bases
    left unnamed just before it: "Iran fired missiles at four US bases in the region." "They
    are Al Udeid, Ali Al Salem, Al Dhafra and the Fifth Fleet's headquarters." """
    if not LISTED_BASES <= len(listing) <= MAX_BASES:
        return False  # not a list, or every base of a country ("all the US bases in Syria")
    if named.attack or named.flags & _NOT_TOLD:
        return False
    return any(
        0 < named.index - r.index <= _LIST_AFTER
        and r.attack
        and r.base_word
        and not r.places
        and r.strength >= _ON_BASES
        and not r.flags & _NOT_TOLD
        for r in readings
    )
