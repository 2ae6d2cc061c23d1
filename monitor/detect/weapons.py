"""The weapons a sentence names, and a story's. Most languages have a word for rockets and one
for missiles; some have one word for both (Arabic صواريخ, German Raketen, Russian ракеты),
listed in their term files as `rocket_or_missile`. Iran's forces fire missiles at bases and
the militias it backs fire rockets, so such a word names missiles when Iran itself, or its
Revolutionary Guards, fire them (in the sentence, or as the story's attacker), and rockets
otherwise."""

from __future__ import annotations

import re

from monitor.detect.claims import BACKED, IRGC
from monitor.detect.lexicon import Hit
from monitor.detect.sentence import WEAK, Reading

_GUARDS = f"group:{IRGC}"
# "Iran-backed militias", "الفصائل الموالية لإيران", "milicias respaldadas por Irán": the
# attackers are groups that Iran backs, not Iran
_PROXY_BEFORE = re.compile(
    r"(?:\b(?:pro|backed\sby|supported\sby|allied\s(?:to|with)|aligned\swith|loyal\sto|"
    r"close\sto|allies\sof|respaldad\w*\spor|apoyad\w*\spor|soutenu\w*\spar|proches?\sde|"
    r"sostenut\w*\sda\w*|unterstutzt\w*\svo[mn]|nahestehend\w*|podporovan\w*|wspieran\w*\sprzez|"
    r"gesteund\w*\sdoor|stottet\w*\sav|sprijinit\w*\sde)|"
    r"(?:(?:ال)?(?:مدعوم|موالي|مقرب|تابع)\w*|حلفاء|وكلاء)(?:\s(?:من|ل))?)\s?$"
)
_PROXY_AFTER = re.compile(rf"\s?{BACKED}")
# a rocket system's name: "Katyusha missiles", "katyuşa füzeleri", "misiles Grad" are rockets
_ROCKET_NAME = re.compile(
    r"kaa?t[iyj]?[iy]?o?u+(?:s|ch)|katjoesj|катюш|كاتيوش|کاتیوش|κατιουσ|कत्यूश|카추샤|喀秋莎|"
    r"カチューシャ|grad|град"
)
# outlets call the same projectiles rockets or missiles: the one pair of classes reports swap
CONFUSED = frozenset({"rocket", "missile"})
_WORDS_APART = 3  # words at most between Iran and the weapon it fires


def read_weapons(norm: str, by: dict[str, list[Hit]]) -> tuple[list[str], list[str]]:
    """The weapon classes a sentence names, and the word that names each. A word one for
    rockets and missiles (صواريخ, Raketen, ракеты) names missiles when Iran or its
    Revolutionary Guards fire them, and rockets otherwise: the militias it backs fire
    rockets."""
    shared = by.get("weapon:rocket_or_missile", [])
    state = bool(shared) and (_GUARDS in by or _iran_fires(norm, by, shared))
    named = [r for r in by.get("weapon:rocket", []) if _ROCKET_NAME.match(r.text)]
    missiles = [m for m in by.get("weapon:missile", []) if not any(_near(m, r) for r in named)]
    weapons, shown = [], []
    for cls in ("rocket", "drone", "missile", "mortar"):
        found = missiles if cls == "missile" else by.get(f"weapon:{cls}", [])
        if shared and cls == "rocket":  # another language's rocket word spelt the same
            spans = {(h.start, h.end) for h in shared}
            found = [h for h in found if (h.start, h.end) not in spans]
        if shared and cls == ("missile" if state else "rocket"):
            found = sorted([*found, *shared], key=lambda h: h.start)
        if cls == "rocket":  # "ballistic rockets", "صواريخ بالستية" are missiles
            found = [h for h in found if h in named or not any(_near(h, m) for m in missiles)]
        if found:
            weapons.append(cls)
            shown.append(found[0].text)
    if _GUARDS in by and weapons[:1] == ["rocket"] and "missile" not in weapons:
        weapons[0] = "missile"  # "the Revolutionary Guards fired rockets at the base"
    return weapons, shown


def _near(a: Hit, b: Hit) -> bool:
    """Whether two terms overlap or stand side by side ("ballistic rockets")."""
    return a.start - 2 <= b.end and b.start - 2 <= a.end


def _iran_fires(norm: str, by: dict[str, list[Hit]], weapons: list[Hit]) -> bool:
    """Whether Iran itself fires the `weapons`: named a few words from them ("Iran fired six
    rockets", "صواريخ إيرانية"), and not as the backer of a group."""
    return any(
        not _PROXY_BEFORE.search(norm, max(0, h.start - 30), h.start)
        and not _PROXY_AFTER.match(norm, h.end)
        and any(
            len(norm[min(h.end, w.end) : max(h.start, w.start)].split()) <= _WORDS_APART
            for w in weapons
        )
        for h in by.get("cat:state_attacker", ())
    )


def story_weapons(
    main: list[Reading], support: list[Reading], readings: list[Reading]
) -> tuple[str, ...]:
    """The weapons of the best sentence and the headline, and of the story's first sentence
    when the headline is the best (it spells out what a headline shortens: "Drones hit US
    outpost", "drones and rockets struck ..."); else of any agreeing sentence; else of the
    first sentence of the story that tells of an attack with them ("the base was hit on
    Sunday", then "two drones were shot down")."""
    found: list[str] = []
    body = [
        r for r in main if r.index != 0 and (r is main[0] or main[0].index == 0 and r.index == 1)
    ]
    said = {w for r in body for w in r.weapons}
    for r in main:
        if r in body or r.index == 0:
            # a headline's "missiles" for the rockets its story tells of, or the reverse
            found += [
                w
                for w in r.weapons
                if w not in found
                and not (r.index == 0 and w in CONFUSED and (CONFUSED - {w}) & said)
            ]
    for pool in (main, support):
        if found:
            break
        for r in pool:
            found += [w for w in r.weapons if w not in found]
    told = (r.weapons for r in readings if r.attack and r.weapons and not r.flags & WEAK)
    return _shared_as_missiles(tuple(found), main, readings) or next(told, ())


def _shared_as_missiles(
    found: tuple[str, ...], main: list[Reading], readings: list[Reading]
) -> tuple[str, ...]:
    """The weapons, with the rockets of a word for both ("Raketten", "صواريخ") read as the
    missiles the lead names: "Iran fired ballistic missiles at two bases" ... "the rockets
    struck Ain al-Asad". Not when the lead names rockets in so many words."""
    if "rocket" not in found or "missile" in found:
        return found
    if any(h.label == "weapon:rocket" for r in main for h in r.hits if "rocket" in r.weapons):
        return found
    lead = [r for r in readings if r.lead and not r.flags & WEAK]
    if not any("missile" in r.weapons for r in lead) or any(
        h.label == "weapon:rocket" for r in lead for h in r.hits
    ):
        return found
    return _as_missiles(found)


def fired_by_iran(weapons: tuple[str, ...], readings: list[Reading]) -> tuple[str, ...]:
    """In a story of Iran's attack, the rockets of a word for both ("Raketen", "صواريخ")
    are missiles, unless a sentence names rockets in so many words ("Katyusha", "rockets")."""
    if "rocket" not in weapons or "missile" in weapons:
        return weapons
    for r in readings:
        shared = {(h.start, h.end) for h in r.hits if h.label == "weapon:rocket_or_missile"}
        if any(h.label == "weapon:rocket" and (h.start, h.end) not in shared for h in r.hits):
            return weapons
    return _as_missiles(weapons)


def _as_missiles(weapons: tuple[str, ...]) -> tuple[str, ...]:
    """The weapons with the rockets read as missiles."""
    return tuple(dict.fromkeys("missile" if w == "rocket" else w for w in weapons))
