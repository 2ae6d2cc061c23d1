"""Reading one sentence: which bases, weapons, attack words and framing cues it holds.

Every term and base name is found in one pass (monitor.detect.lexicon); the rules here decide which
names are targets ("Harir air base, north of Erbil": Harir is, Erbil is not) and which cues
frame the sentence (a cue before the first base named frames it; one after is a remark).
"""

from __future__ import annotations

import re
from collections import defaultdict

from monitor.detect.cues import cleaned, counter_system, credit, news_of_last_week
from monitor.detect.datelines import strip_dateline
from monitor.detect.gazetteer import Entry, Gazetteer
from monitor.detect.landmarks import (
    departures_dropped,
    landmarks_dropped,
    origin,
    placing_city,
    placing_named,
    unnamed_beside,
    where_named,
)
from monitor.detect.lexicon import Hit, Lexicon, inside, outermost
from monitor.detect.missions import NEAR, NEAR_GAP, NEAR_NAME, us_missions
from monitor.detect.openings import opening
from monitor.detect.sentence import FLAGS, POSITIONAL, Reading
from monitor.detect.stretches import SINCE
from monitor.detect.subjects import against_group, us_subject
from monitor.detect.tallies import tallied
from monitor.detect.terms import Terms
from monitor.detect.text import YEAR, normalise
from monitor.detect.weapons import read_weapons
from monitor.errors import ConfigError

ARABIC_CLITICS = "(?:و|ف)?(?:ب|ل|ك)?"
# a headline's cues of a ceremony, an anniversary or an older attack count wherever they
# stand in it ("Dover base ceremony for the six killed in Kuwait")
_TITLE_ANYWHERE = frozenset({"event", "anniversary", "recall"})
_IN_YEAR = re.compile(r"[.!?\"]?$")  # a past year ending its sentence: "open war in 2020."
# "US troops have stayed in Syria since 2014": a span of time, not an old attack's year
_SINCE_YEAR = re.compile(rf"(?:\b(?:{SINCE})|منذ)\s(?:\w+\s)?$")
_CITY_OF = (" in the city of ", " in the town of ")
_LOCATIVE_AFTER = re.compile(
    r"\s(?:province|governorate|region|city|district|countryside|area|suburbs?)\b|"
    # Turkish puts "near" after the place: "Erbil Havalimanı'nın yakınında" (near Erbil airport)
    r"(?:'n?[iu]n)?\s(?:yakininda|yakinindaki|yakinlarinda|civarinda|civarindaki)\b"
)
_CONTEXT_WINDOW = 40  # characters between an ambiguous name and a base word
_NAMES = ("place:", "context:", "area:", "mission:")  # the labels of a place's names
# the labels that end the account of a launch site: the attack, its target, another place
_STOPS = ("cat:attack", "cat:base_words", "cat:coalition", "cat:heading", "place:", "region:")
_LOCATIVE_GAP = re.compile(r"\s(?:the\s)?")


def _intercepted_that_day(
    by: dict[str, list[Hit]], places: list[Entry], weapons: list[str]
) -> bool:
    """A weapon stopped at a named base on a day the sentence gives ("on Tuesday, air
    defences stopped a drone nearing Victoria Base"): an attack, though no attack word tells
    it. Undated, "air defences" and a weapon are what a base has, not what befell it."""
    return bool(
        places
        and weapons
        and "cat:intercepted" in by
        and any(label.startswith(("weekday:", "date:", "month:")) for label in by)
    )


def _alias_clitics(alias: str) -> str:
    return ARABIC_CLITICS if re.search(r"[\u0600-\u06ff]", alias) else ""


class Reader:
    """The compiled lexicon of terms and base names, and the rules that read a sentence."""

    def __init__(self, gazetteer: Gazetteer, terms: Terms) -> None:
        self.entries = gazetteer.by_id()
        lexicon = Lexicon()
        # weapons, names, states that fire missiles and US or coalition forces only: the quick
        # test for unrelated news ("five Americans hurt as a base in western Iraq was
        # attacked" names no weapon)
        trigger = Lexicon()
        for label, term, clitics in terms.entries:
            lexicon.add(label, term, clitics)
            if label.startswith("weapon:") or label in ("cat:state_attacker", "cat:coalition"):
                trigger.add(label, term, clitics)
        for kind, entries in (("place", gazetteer.bases), ("region", gazetteer.regions)):
            for entry in entries:
                for alias in entry.aliases:
                    clitics = _alias_clitics(alias)
                    lexicon.add(f"{kind}:{entry.place.id}", alias, clitics)
                    if kind == "place":  # a region alone never makes a report relevant
                        trigger.add(f"{kind}:{entry.place.id}", alias, clitics)
        for entry in gazetteer.bases:
            for kind, words in (("mission", entry.mission_words), ("city", entry.city_words)):
                for word in words:
                    lexicon.add(f"{kind}:{entry.place.id}", word, _alias_clitics(word))
            for alias in entry.context_aliases:
                lexicon.add(f"context:{entry.place.id}", alias, _alias_clitics(alias))
            for alias in entry.area_aliases:
                lexicon.add(f"area:{entry.place.id}", alias, _alias_clitics(alias))
        self._add_language_places(terms, lexicon, trigger)
        self.lexicon = lexicon.build()
        self.trigger = trigger.build()
        # the US by name, read only beside a mission's name: "US consulate", "القنصلية الأمريكية"
        self.us_names = Lexicon()
        for name, clitics in terms.us_names:
            self.us_names.add("us", name, clitics)
        self.us_names.build()

    def _add_language_places(self, terms: Terms, lexicon: Lexicon, trigger: Lexicon) -> None:
        """Place names spelled in a language's own term file ([places], [context_places],
        [area_places])."""
        unknown = sorted({pid for _, pid, _, _ in terms.places if pid not in self.entries})
        if unknown:
            raise ConfigError(
                [f"term files: [places] name ids not in the gazetteer: {', '.join(unknown)}"]
            )
        for kind, place_id, alias, clitics in terms.places:
            entry = self.entries[place_id]
            if kind == "place":
                kind = "region" if entry.place.is_region else "place"
            lexicon.add(f"{kind}:{place_id}", alias, clitics or _alias_clitics(alias))
            if kind == "place":
                trigger.add(f"place:{place_id}", alias, clitics or _alias_clitics(alias))

    def relevant(self, norm: str) -> bool:
        """Whether a text names any weapon, base, missile-firing state or US forces at all."""
        return self.trigger.found(norm)

    def _located(
        self, norm: str, hit: Hit, locatives: list[Hit], names: tuple[Hit, ...] = ()
    ) -> bool:
        """Whether the name only says where something else is: "north of Erbil",
        "rockets fired from Syria", "in Erbil province"; or, after one of `names` (the bases
        named in full), "Harir Air Base, close to Erbil airport"."""
        for loc in locatives:
            if loc.end <= hit.start and (
                _LOCATIVE_GAP.fullmatch(norm, loc.end, hit.start)
                or (loc.end == hit.start and norm[loc.end - 1] == "'")  # "au nord d'Erbil"
            ):
                return True
        # "Harir Air Base, close to Erbil International Airport": right after a base's name,
        # "near" says where that base is ("the base, situated near Tell Beydar" names it)
        near = NEAR.search(norm, max(0, hit.start - NEAR_GAP), hit.start)
        if near and any(0 <= near.start() - n.end <= 1 for n in names):
            return True
        # ... and with no comma: "the US Harir base close to Erbil airport"
        if len(names) > 1 and (
            (near := NEAR_NAME.search(norm, max(0, hit.start - NEAR_GAP), hit.start))
            and any(n.end == near.start() and n.start != hit.start for n in names)
        ):
            return True
        return bool(_LOCATIVE_AFTER.match(norm, hit.end))

    def _targets(
        self,
        norm: str,
        by: dict[str, list[Hit]],
        story_coalition: bool = False,
        attacked: frozenset[str] = frozenset(),
        story_cities: frozenset[str] = frozenset(),
    ) -> tuple[list[Entry], int | None, frozenset[str]]:
        """Bases named in the sentence as possible targets, where the first one ends, and the
        ids of those named only as the city an unnamed base is in ("a US base in Erbil").
        `attacked`: the US missions the story tells an attack on, whose city ("missiles hit
        sites in the city of Erbil") is then theirs."""
        if not any(label.startswith(_NAMES) for label in by):  # most sentences name none
            return [], None, frozenset()
        # a word of place, or of where the weapons came from ("fired from Syria")
        locatives = [*by.get("cat:locative", ()), *by.get("cat:origin", ())]
        mentions: dict[Entry, list[tuple[Hit, bool]]] = defaultdict(list)
        in_full = tuple(h for label, hits in by.items() if label.startswith("place:") for h in hits)
        for label, hits in by.items():
            if label.startswith("place:"):
                entry = self.entries[label[6:]]
                mentions[entry] += [
                    (h, self._located(norm, h, locatives, in_full)) for h in outermost(hits)
                ]
        # a city's name in a base's, even one named only as a landmark ("near Erbil airport")
        full_names = [h for found in mentions.values() for h, _ in found]
        # "a base next to Erbil airport": where an unnamed base is, as "a base in Erbil" is
        landmark = unnamed_beside(mentions, by.get("cat:base_strict", []), full_names)
        mentions = landmarks_dropped(mentions)
        mentions.update(landmark)
        mentions = departures_dropped(norm, mentions)
        coalition = "cat:coalition" in by
        in_city: set[str] = set()
        # a base word, or another base's name: "Ain al-Asad and Erbil"
        named_spans = [h for found in mentions.values() for h, _ in found]
        strict = by.get("cat:base_strict", []) + named_spans
        # "the Erbil and Al Asad bases": a plural base word right after a city's name
        if words := by.get("cat:base_words"):
            cities = {
                h.end for label, found in by.items() if label.startswith("context:") for h in found
            }
            strict += [w for w in words if w.start - 1 in cities]
        base_words = by.get("cat:base_strict", []) + by.get("cat:base_words", [])
        for label, hits in by.items():
            kind, _, place_id = label.partition(":")
            if kind not in ("context", "area") and not (kind == "city" and place_id in attacked):
                continue
            entry = self.entries[place_id]
            # a city's name near a base word or with US forces named; an area's name (the
            # Green Zone) also when the story names them anywhere, or the sentence its foreign
            # embassies and no base ("a rocket fell in the Green Zone, home to embassies")
            named = (
                coalition
                or (kind == "area" and (story_coalition or ("cat:embassies" in by and not in_full)))
                or place_id in attacked
            )
            for h in hits:
                if any(p.start <= h.start and h.end <= p.end for p in full_names):
                    continue  # the city in a base's full name: "the US consulate in Erbil"
                # "the airport in the city of Irbil" places the airport; "the operation
                # Blessing of Victory": a name's word, not a place
                city_of = norm.endswith(_CITY_OF, 0, h.start)
                if norm.endswith(" of ", 0, h.start) and not city_of:
                    continue
                near = any(
                    w.start - _CONTEXT_WINDOW <= h.end and h.start <= w.end + _CONTEXT_WINDOW
                    for w in strict
                )
                if (
                    (near or named)
                    and (city_of or place_id in attacked or not self._located(norm, h, locatives))
                    and not where_named(norm, h, mentions, entry.place)
                    and (
                        kind != "context"
                        or not placing_named(norm, h, entry.place, mentions, base_words)
                    )
                ):
                    mentions[entry].append((h, False))
                    if city_of or placing_city(norm, h, by):
                        in_city.add(entry.place.id)
        us_missions(norm, by, mentions, self.entries, self.us_names, story_cities)
        # again, with the bases named by a city near a base word: "the Harir base, near Erbil
        # airport"
        mentions = landmarks_dropped(mentions)
        ends = [h.end for found in mentions.values() for h, _ in found]
        ordered = sorted(mentions, key=lambda e: min(h.start for h, _ in mentions[e]))
        full = {label[6:] for label in by if label.startswith("place:")}
        return (
            ordered,
            (min(ends) if ends else None),
            frozenset((in_city - full) | {e.place.id for e in landmark}),
        )

    def _flags(
        self,
        norm: str,
        by: dict[str, list[Hit]],
        anchor: int | None,
        named: bool,
        anywhere: set[str],
        opening: int = 0,
    ) -> set[str]:
        """The cues of the sentence; a positional cue counts only before the first base named
        (for an unnamed base, before "US base": but a recall counts anywhere then), unless a
        verb-final language gave it (`anywhere`), or the base is named in an opening clause
        that ends at `opening` ("Two days after rockets hit K1, the US struck ..."). A threat
        counts anywhere when the only attack told is the one threatened ("they will strike")."""
        flags = set()
        attacks = by.get("cat:attack", [])
        for name in FLAGS:
            hits = by.get(f"cat:{name}")
            if not hits:
                continue
            remark = (
                anchor is not None
                and hits[0].start >= anchor
                and name not in anywhere
                and not (opening and anchor <= opening <= hits[0].start)
                and not (name == "threat" and attacks and all(inside(a, hits) for a in attacks))
            )
            # for an unnamed target, US forces may be the subject: "US forces carried out";
            # or the target is an armed group by name: "bombings ... against Kataib Hezbollah"
            subject = (
                not named
                and name == "us_attacker"
                and (us_subject(norm, by, hits[0]) or against_group(by, hits))
            )
            if name in POSITIONAL and remark and (named or name != "recall") and not subject:
                continue
            flags.add(name)
        return flags

    def read(
        self,
        index: int,
        text: str,
        *,
        lead: bool = False,
        year: int | None = None,
        story_coalition: bool = False,
        attacked: frozenset[str] = frozenset(),
        story_cities: frozenset[str] = frozenset(),
        headline: bool = False,
    ) -> Reading:
        """What one sentence says. `story_coalition`: the story names US or coalition forces
        elsewhere, so an ambiguous name ("the Green Zone") may be their base. `story_cities`: the
        US missions whose city the story's lead names, so that "the US embassy" a line below
        "rockets hit central Baghdad" is Baghdad's. `headline`: the sentence is the story's
        headline though not its title (index 0), as a title's cues count anywhere in it."""
        body = strip_dateline(text)
        norm = counter_system(normalise(body))
        hits, anywhere, coalition = cleaned(norm, self.lexicon.scan(norm))
        if not hits:  # most sentences of a story: nothing to read in them
            plain = frozenset({"caption"}) if credit(body) else frozenset()
            return Reading(index, text, norm, (), (), (), False, False, False, plain, (), lead)
        by: dict[str, list[Hit]] = defaultdict(list)
        for hit in hits:
            by[hit.label].append(hit)
        places, anchor, by_city = self._targets(norm, by, story_coalition, attacked, story_cities)
        named = anchor is not None
        if not named:  # an unnamed target: "a US base in Bahrain came under fire"
            # not US forces who speak ("According to the Pentagon, the US struck ...")
            speakers = {(h.start, h.end) for h in by.get("cat:official", ())}
            unnamed = [
                h.end
                for h in (*by.get("cat:coalition", ()), *by.get("cat:base_words", ()))
                if (h.start, h.end) not in speakers
            ]
            anchor = min(unnamed, default=None)
        flags = self._flags(
            norm,
            by,
            anchor,
            named,
            anywhere | _TITLE_ANYWHERE if headline or index == 0 else anywhere,
            opening(norm, by, headline=headline or index == 0),
        )
        if index <= 1 and "recall" in flags and news_of_last_week(norm, by):
            flags.discard("recall")  # a story opening "last week's drone attack hurt three"
        if credit(body):
            flags.add("caption")
        tally = tallied(norm, by, len(places))
        if "cat:habitual" in by or tally:  # "a frequent target"; a tally: background
            flags.add("recall")
        for m in YEAR.finditer(norm):
            if (
                year is not None
                and int(m.group(0)) < year
                and (anchor is None or m.start() < anchor or _IN_YEAR.match(norm, m.end()))
                and not _SINCE_YEAR.search(norm, max(0, m.start() - 20), m.start())
            ):
                # "the 2020 missile attack on ...", in a later year's story
                flags.update(("recall", "dated_old"))
        weapons, shown = read_weapons(norm, by)
        attack = by.get("cat:attack", [])
        terms = [attack[0].text] if attack else []
        terms += [e.place.name for e in places]
        terms += shown
        origins, distances = by.get("cat:origin", []), by.get("cat:locative", [])
        stops = [h for k, hs in by.items() if k.startswith(_STOPS) for h in hs] if origins else []
        regions = [
            self.entries[label[7:]]
            for label, found in by.items()
            if label.startswith("region:")
            and not all(origin(norm, h, origins, distances, stops) for h in found)
        ]
        return Reading(
            index=index,
            text=text,
            norm=norm,
            places=tuple(places),
            regions=tuple(regions),
            weapons=tuple(weapons),
            attack=bool(attack) or _intercepted_that_day(by, places, weapons),
            coalition=coalition,
            base_word="cat:base_words" in by,
            flags=frozenset(flags),
            terms=tuple(terms),
            lead=lead,
            hits=tuple(hits),
            by_city=by_city,
            state="cat:state_attacker" in by and "cat:threat" not in by,
            toll=("cat:killed" in by or "cat:injured" in by) and "cat:event" not in by,
        )
