"""A strike cue aimed at US forces or a base makes them the target, not the attacker: "Iran
launched strikes on a US naval base", "Iran's Revolutionary Guards launched more than a dozen
ballistic missiles at Ain al-Asad", and before it in Korean and Japanese ("미 해군 5함대 기지에
대해 정밀 타격을 가했다")."""

from __future__ import annotations

import re

from monitor.detect.lexicon import Hit

ATTACKERS = ("cat:us_attacker", "cat:other_attacker")
_NAMES_US = re.compile(r"\b(?:us|american|coalition|pentagon|americain\w*|estadounidense\w*)\b")
_ANSWERS = ("in response", "in retaliation")  # a strike answering attacks on US forces

# "Iran launched strikes on a US naval base": a strike cue that does not name the US, aimed
# at US forces or a base, makes the US the target, not the attacker
_AIMED_AT = re.compile(
    r"\s(?:(?:on|at|against|targeting|toward|towards|sur|contre|contra|auf|gegen|su|contro)\s)?"
    r"(?:(?:a|an|the|une?|la|le|les|el|los|las|die|den|der|una?|il|lo)\s)?|\s(?:علي|ضد)\s"
)
# or past the weapons fired, with nothing between but their words: "Iran's Revolutionary
# Guards launched more than a dozen ballistic missiles at Ain al-Asad"
_AIM_REACH = 70
_AIMED_PAST_WEAPONS = re.compile(
    r"\s[^.,;:]{0,60}?\s(?:on|at|against|toward|towards|targeting|sur|contre|contra|auf|gegen|"
    r"su|contro)\s(?:(?:a|an|the|une?|la|le|les|el|los|las|die|den|der|una?|il|lo)\s)?"
)
# the same in Korean and Japanese, where the target comes first and a particle marks it:
# "미 해군 5함대 기지에 대해 "정밀 타격"을 가했다", "米軍基地に対し精密攻撃を行った"
_AIMED_BEFORE = re.compile(
    r"(?:\s?기지)?(?:에\s?대해|에\s?대한|을|를|에)\s?[\"“]?|(?:基地)?(?:に対して|に対し|を|に)[\"「“]?"
)


def aimed_at_us(norm: str, hits: list[Hit]) -> list[Hit]:
    """The hits without an attacker cue aimed at US forces or a base: "Iran launched strikes
    on a US naval base" (a cue that names the US itself, "US strikes on", stays)."""
    if not any(h.label in ATTACKERS for h in hits):
        return hits
    targets = [h for h in hits if h.label == "cat:coalition" or h.label.startswith("place:")]
    weapons = [h for h in hits if h.label.startswith("weapon:")]

    def aimed(hit: Hit) -> bool:
        if hit.label == "cat:us_attacker" and (
            _NAMES_US.search(norm, hit.start, hit.end) or hit.text.startswith(_ANSWERS)
        ):
            return False  # "US strikes on", "in response to attacks on US troops"
        return hit.label in ATTACKERS and any(
            (0 <= t.start - hit.end <= 16 and _AIMED_AT.fullmatch(norm, hit.end, t.start))
            or (0 < hit.start - t.end <= 12 and _AIMED_BEFORE.fullmatch(norm, t.end, hit.start))
            or (
                0 <= t.start - hit.end <= _AIM_REACH
                and any(hit.end <= w.start < t.start for w in weapons)
                and _AIMED_PAST_WEAPONS.fullmatch(norm, hit.end, t.start) is not None
            )
            for t in targets
        )

    return [hit for hit in hits if not aimed(hit)]
