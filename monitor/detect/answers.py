"""What an attack on US forces answers, told with US-attacker words: "In retaliation for the
killing of Soleimani in a US drone strike, Iran fired missiles at Ain al-Asad", "Iran
retaliates for Soleimani killing with missiles on US base", "the retaliatory strike over the
Suleimani killing". The US struck first; the attack told is on its forces, so those words do
not make the US the attacker.
"""

from __future__ import annotations

import re
from itertools import islice

from monitor.detect.lexicon import Hit

# a clause that opens the sentence with the cause ("In retaliation for ...", "En représailles
# à ...", "ردا على ..."), up to the comma or dash that closes it; German closes it with the
# verb, before its subject: "Als Vergeltung für ... hat der Iran Raketen abgefeuert"
_OPENING_REACH = 4
_OPENING_COMMAS = 3
_INSIDE_REACH = 60  # characters into an opening clause a cause may start
_CLAUSE_CLOSE = re.compile(
    r"[,;:،]|\s[-–—]\s|\s(?:hat|haben|hatte|hatten|feuerte|feuerten|griff|griffen|beschoss|"
    r"beschossen|schoss|schossen)\s(?=(?:der|die|das|iran|irans|milizen)\b)"
)
# the US killing of Soleimani (and of al-Muhandis with him): what "retaliation" for it names
_SOLEIMANI = re.compile(
    r"\b(?:soleimani|suleimani|sulaimani|soleimany|suleimany|muhandis|سليماني|سلیمانی)"
)
_SOLEIMANI_REACH = 50
# the attacker named right before the retaliation: "Iran retaliates", "Iran's retaliatory
# strike", "the Iranian retaliation", "Iran launches retaliatory strikes"
_OWNER_GAP = re.compile(
    r"(?:'s|s)?\s?(?:(?:launch|launches|launched|fires|fired|carries\sout|carried\sout|"
    r"conducts|conducted|mounts|mounted|begins|began|unleashes|unleashed)\s)?"
    r"(?:(?:a|its|new|wave\sof|waves\sof)\s)*"
)
_OTHER_SIDE = ("cat:state_attacker", "group:")
_SUBJECT_GAP = re.compile(r",?\s(?:(?:in|در)\s)?")  # "The US army, in response to"
_SUBJECT_REACH = 30  # characters into the sentence (past an outlet's name) it may start
_RETALIATION = ("retaliat", "in retaliation")
# the labels of a base's names, and of what an attack is told against: a base, US forces or
# a base word (the cleaning of cues uses both too)
BASE_NAMES = ("place:", "context:", "area:")
TARGETS = (*BASE_NAMES, "cat:coalition", "cat:base_words")


def answered(norm: str, hits: list[Hit]) -> list[Hit]:
    """The hits without those that tell what an attack on US forces answers: the whole of
    an opening cause clause with a US-attacker cue, when the sentence goes on to tell an
    attack on a target and no US strike; and a retaliation owned by Iran or a group, or for
    Soleimani's killing."""
    us = [h for h in hits if h.label == "cat:us_attacker"]
    if not us:
        return hits
    cause = next((h for h in hits if h.label == "cat:cause"), None)
    # not when US forces open the sentence as the subject right before the clause: "The US
    # army, in response to attacks by the militias, struck three of their headquarters" is
    # the US's strike ("CENTCOM said that in retaliation for ..." is not)
    if (
        cause is not None
        and not any(
            h.label == "cat:coalition"
            and h.start <= _SUBJECT_REACH
            and _SUBJECT_GAP.fullmatch(norm, h.end, cause.start)
            for h in hits
        )
        and (
            cause.start <= _OPENING_REACH
            # or inside it: "With tension rising after the US struck Iran's nuclear sites, ..."
            or (
                cause.start <= _INSIDE_REACH
                and (first := _CLAUSE_CLOSE.search(norm)) is not None
                and cause.end <= first.start()
            )
        )
    ):
        # the clause may run on past a comma: "..., killed by a US drone, Iran fired ..."
        for close in islice(_CLAUSE_CLOSE.finditer(norm, cause.end), _OPENING_COMMAS):
            after = [h for h in hits if h.start >= close.end()]
            if any(h.label == "cat:us_attacker" for h in after):
                continue
            if any(h.label == "cat:attack" or h.label.startswith("weapon:") for h in after) and any(
                h.label.startswith(TARGETS) for h in after
            ):
                return after  # the clause tells the strike answered: its weapon, its dead
            break
    drop = []
    for h in us:
        if not h.text.startswith(_RETALIATION):
            continue
        owned = any(
            o.label.startswith(_OTHER_SIDE) and _OWNER_GAP.fullmatch(norm, o.end, h.start)
            for o in hits
            if o.end <= h.start
        )
        window = norm[h.end : h.end + _SOLEIMANI_REACH]
        for_soleimani = _SOLEIMANI.search(window.split(",")[0]) is not None
        if owned or for_soleimani:
            drop.append(h)
    return [h for h in hits if h not in drop] if drop else hits
