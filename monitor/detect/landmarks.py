"""Bases named to say where something is: "Harir air base in Erbil" (Erbil only places
Harir), "a base next to Erbil airport" (an unnamed base beside the airport), "Harir, near
Erbil airport" (the airport a landmark, not a target); a region named as where the weapons
came from ("rockets launched out of northern Iraq toward a Syrian base"); and a base named as
where aircraft took off ("Typhoons flying from RAF Akrotiri shot down drones"); and a city
that says where an unnamed base is ("a US base in Erbil")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from monitor.detect.gazetteer import Entry, Place
from monitor.detect.lexicon import Hit

_PLACES_KM = 150  # how far from a city a base it places may be: Harir is some 70 km from Erbil
_GAP_CHARS = 16  # characters between a base's name and the city that places it
_BESIDE_CHARS = 40  # characters from a base word to the landmark it is beside
# a short word between, after an adjective of the base's ("مطار حرير العسكري في أربيل")
_SHORT_GAP = re.compile(
    r"(?:\s(?:العسكري|الجوي|العسكريه|الجويه))?"
    r",?\s(?:in|at|near|a|au|en|im|in der|bei|di|nei|w|v|u|в|во|под|у|في|قرب|بالقرب من|در|له)\s"
    r"(?:the\s)?"
)
# a city before the name of a base it places, as its owner: "Erbil's US Harir base";
# "埃尔比勒(Erbil)地区的哈里尔空军基地" (the Harir air base of the Erbil region)
_OWNER_GAP = re.compile(
    r"\s(?:(?:us|american)\s)?|(?:\s?\([^()]{1,24}\))?\s?(?:地区|地區|省|市)?\s?的"
)
_OWN_WORD_CHARS = 12  # characters from a city's name to a base word of its own ("Erbil base")
# a list of targets, not a place given: "the Harir and Erbil bases", "حرير وأربيل"
_LISTED = re.compile(
    r"\s(?:and|or|et|ou|y|o|e|und|oder|en|i|и|или|ve|veya|ile|و|او|یا)\s|[、和及与與]"
)
_COMMA = re.compile(r"\s?,\s")  # "Harir, Erbil and Ain al-Asad"
_APART_KM = 20  # a city placing a base lies this far from it at least: bases nearer share a
# compound or a field ("a base inside Baghdad airport, where the US diplomatic centre is")


def where_named(
    norm: str, hit: Hit, mentions: dict[Entry, list[tuple[Hit, bool]]], city: Place
) -> bool:
    """Whether a city's name follows another base's full name with a short word between,
    to say where it is: "Harir air base in Erbil", "на базе Харир в Эрбиле", or comes just
    before it as its owner ("Erbil's US Harir base"); not a base far from it ("de bases van
    Ain al-Assad en Erbil": Dutch "en" is "and")."""
    return any(
        (
            0 < hit.start - other.end <= _GAP_CHARS
            and _SHORT_GAP.fullmatch(norm, other.end, hit.start)
            or 0 < other.start - hit.end <= _GAP_CHARS
            and _OWNER_GAP.fullmatch(norm, hit.end, other.start)
        )
        and entry.place.km_to(city) <= _PLACES_KM
        for entry, found in mentions.items()
        for other, _ in found
    )


def placing_named(
    norm: str,
    hit: Hit,
    city: Place,
    mentions: dict[Entry, list[tuple[Hit, bool]]],
    base_words: list[Hit],
) -> bool:
    """Whether a city's name, further on from another base named nearby, only says where
    that base is: "baza Al-Hariri, udaljena 70 kilometra od Erbila", "Harir base, close to
    the region's capital Erbil". Not with a base word of its own ("and a base in Erbil"), nor
    in a list of targets ("the Harir and Erbil bases")."""
    before = [
        other
        for entry, found in mentions.items()
        for other, _ in found
        if other.end <= hit.start
        and entry.place.id != city.id
        and _APART_KM <= entry.place.km_to(city) <= _PLACES_KM
    ]
    if not before:
        return False
    if any(
        -_OWN_WORD_CHARS <= w.start - hit.end <= _OWN_WORD_CHARS
        or -_OWN_WORD_CHARS <= hit.start - w.end <= _OWN_WORD_CHARS
        for w in base_words
        if not any(o.start <= w.start and w.end <= o.end for o in before)
    ):
        return False
    last = max(before, key=lambda o: o.end)
    # Arabic joins "and" to the name: "حقلي كونيكو والعمر" (the Conoco and Omar fields)
    return not (
        hit.text.startswith("و")
        or _COMMA.fullmatch(norm, last.end, hit.start)
        or _LISTED.search(norm, last.end, hit.start)
    )


def landmarks_dropped(
    mentions: dict[Entry, list[tuple[Hit, bool]]],
) -> dict[Entry, list[tuple[Hit, bool]]]:
    """Without the bases named only to say where another is ("Harir, near Erbil airport"),
    when some other base is named as more than a landmark."""
    if len(mentions) < 2:
        return mentions
    kept = {e: m for e, m in mentions.items() if not all(loc for _, loc in m)}
    return defaultdict(list, kept) if kept else mentions


def unnamed_beside(
    mentions: dict[Entry, list[tuple[Hit, bool]]], words: list[Hit], names: list[Hit]
) -> dict[Entry, list[tuple[Hit, bool]]]:
    """The bases named only as a landmark just after a base word that is no base's name:
    "a base of the occupation next to Erbil airport" is a base near it, unnamed."""

    def beside(h: Hit, w: Hit) -> bool:
        # not "Harir base, near Erbil airport": there the base word is in the base's name
        return 0 < h.start - w.end <= _BESIDE_CHARS and not any(
            n.start <= w.start < n.end or w.end <= n.start < h.start for n in names
        )

    return {
        entry: [(h, False) for h, _ in found]  # a place, not a landmark
        for entry, found in mentions.items()
        if all(located for _, located in found)
        and any(beside(h, w) for h, _ in found for w in words)
    }


# between a word of origin and the region it names: a space and perhaps an article ("from the
# north"), or nothing in a script without spaces ("从伊拉克") and after an elision ("dall'Iraq")
_ORIGIN_GAP = re.compile(r"(?:\s(?:the\s)?)?")
# characters from a word of origin to a region that describes the launch site named after it:
# "from the area around Zummar, a town of northern Iraq, toward a base in Syria's north-east"
ORIGIN_REACH = 60


def origin(
    norm: str,
    hit: Hit,
    origins: Sequence[Hit],
    distances: Sequence[Hit],
    stops: Sequence[Hit],
) -> bool:
    """Whether a region's name says where the weapons came from, not where they struck: it
    follows a word of origin (`origin` in the term files: "rockets launched out of northern
    Iraq toward a Syrian base") that does not close a distance, a word of place around it
    (`locative`: "a base 30 km from Baghdad" places the base). It may follow the launch site
    the word names, within ORIGIN_REACH, when none of `stops` (the sentence's attack verbs,
    base words, US forces and other places) stands between: the weapons' target comes after
    those."""
    return any(
        o.end <= hit.start
        and (
            _ORIGIN_GAP.fullmatch(norm, o.end, hit.start) is not None
            or (
                hit.start - o.end <= ORIGIN_REACH
                and not any(o.end <= x.start < hit.start for x in stops)
            )
        )
        and not any(d.start < o.start and o.end <= d.end for d in distances)
        for o in origins
    )


# a verb of aircraft leaving a base, its preposition and a few words of the base's ("the RAF",
# "the US air base"): "jets flying out of Al Udeid", "des Rafale décollant de la base"
_DEPARTED = re.compile(
    r"\b(?:(?:flying|flown|flew|fly|flies|operating|operate|operates)\s(?:out\sof|from)|"
    r"(?:took|taking|take|takes)\soff\sfrom|sortied\sfrom|"
    r"(?:decollant|decolle|decolles|decollent|operant)\s(?:de|depuis|du|des)|"
    r"(?:despegando|despegaron|despego|operando)\sdesde|"
    r"(?:decollati|decollando|operando)\s(?:da|dalla|dal))"
    r"\s(?:(?:the|a|la|le|el|il|their|its|raf|us|american|british|uk|air|base|la\sbase|"
    r"airbase|aerienne|aerea|de|d|di)\s){0,3}$"
)


def departures_dropped(
    norm: str, mentions: dict[Entry, list[tuple[Hit, bool]]]
) -> dict[Entry, list[tuple[Hit, bool]]]:
    """`mentions` without the bases named only as where aircraft took off: "RAF Typhoons
    flying from Akrotiri shot down the drones" tells what the base's jets did, not an
    attack on it."""
    return defaultdict(
        list,
        {
            entry: found
            for entry, found in mentions.items()
            if not all(_DEPARTED.search(norm, max(0, h.start - 48), h.start) for h, _ in found)
        },
    )


# "a US base in Erbil", "near Iraq's Erbil": the city says where an unnamed base is
_IN_CITY = re.compile(
    r"(?:\b(?:in|near|at|around|outside|close\sto|en|a|in der|bei|в|во)|في|قرب|در)\s"
    r"(?:the\s)?(?:\w+\s)?$"
)
_CITY_AFTER = re.compile(r"\s(?:kenti|sehri)\b")  # Turkish "Erbil kenti", the city of Erbil


def placing_city(norm: str, hit: Hit, by: dict[str, list[Hit]]) -> bool:
    """Whether a city's name says where an unnamed base is: "a US base in Erbil", "the base in
    northern Iraq's Erbil" (a region between), "Erbil kenti"."""
    starts = [hit.start]  # the city's, and a region's right before it
    starts += [
        g.start
        for label, found in by.items()
        if label.startswith("region:")
        for g in found
        if g.end == hit.start - 1
    ]
    return _CITY_AFTER.match(norm, hit.end) is not None or any(
        _IN_CITY.search(norm, max(0, at - 24), at) for at in starts
    )
