"""The weapons a sentence names. Most languages have a word for rockets and one for missiles;
some have one word for both (Arabic صواريخ, German Raketen, Russian ракеты), listed in their
term files as `rocket_or_missile`. Iran's forces fire missiles at bases and the militias it
backs fire rockets, so such a word names missiles when Iran itself, or its Revolutionary
Guards, fire them, and rockets otherwise."""

from __future__ import annotations

import re

from monitor.detect.lexicon import Hit

_GUARDS = "group:Islamic Revolutionary Guard Corps"
# "Iran-backed militias", "الفصائل الموالية لإيران", "milicias respaldadas por Irán": the
# attackers are groups that Iran backs, not Iran
_PROXY_BEFORE = re.compile(
    r"(?:\b(?:pro|backed\sby|supported\sby|allied\s(?:to|with)|aligned\swith|loyal\sto|"
    r"close\sto|allies\sof|respaldad\w*\spor|apoyad\w*\spor|soutenu\w*\spar|proches?\sde|"
    r"sostenut\w*\sda\w*|unterstutzt\w*\svo[mn]|nahestehend\w*|podporovan\w*|wspieran\w*\sprzez|"
    r"gesteund\w*\sdoor|stottet\w*\sav|sprijinit\w*\sde)|"
    r"(?:(?:ال)?(?:مدعوم|موالي|مقرب|تابع)\w*|حلفاء|وكلاء)(?:\s(?:من|ل))?)\s?$"
)
_PROXY_AFTER = re.compile(
    r"\s?(?:backed|aligned|allied|linked|affiliated|sponsored|supported|proxies|proxy|nahe|"
    r"treue|unterstutzt\w*|gestutzt\w*|gesteunde|stottede|podporovan\w*|toetatud)\b"
)
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
