"""A story's dateline: the place (and day) it was filed from, which is not the place (or day)
it tells of. "ERBIL, Kurdistan Region (Wire) - Rockets ...", "Baghdad, Feb 16 (IANS) A rocket
attack ...", "(Bagdad) Deux roquettes ...": the sentence is read without it."""

from __future__ import annotations

import re

# "ERBIL, Kurdistan Region (Wire) - ": a place in capitals, a dash or colon after it
_CAPITALS = re.compile(
    r"^(?:[A-Z][A-Z'.\-]{2,}(?:[ ,/]+(?:[A-Z][A-Za-z'.\-]+|\d{1,4})){0,5})"
    r"\s*(?:\([^)]{0,40}\))?\s*[-\u2013\u2014:]\s+"
)

# "Erbil (Kurdistan 24) - ...", "أربيل (كوردستان 24)- ...", "Madrid, 4 mar (EFE).- ...",
# "Arbil, Iraq, (UrduPoint News - 15th Apr, 2021 ) :...": a place (and a day) and an agency
# (and a day) in brackets
_AGENCY = re.compile(
    r"^\w+(?:[ ,\u060c]{1,2}\w+){0,4}[.,]?\s*\([^\W\d][^)]{0,59}\)\.?\s*[-\u2013\u2014:]\s*"
)

# "Baghdad, Apr 22 (UNI) A security source said ...": a wire service in brackets and no dash.
# Only a wire service's name: "US Central Command (CENTCOM) said ..." is the sentence itself
_WIRE = re.compile(
    r"^\w+(?:[ ,]{1,2}\w+){0,4}[.,]?\s*\((?:AA|AFP|ANI|ANSA|AP|Antara|BNA|Bernama|CNN|DPA|dpa|"
    r"EFE|IANS|INA|IRNA|KUNA|Kyodo|PTI|QNA|Reuters|SPA|Sputnik|TASS|UNI|UPI|WAM|Xinhua|"
    r"Yonhap)\)\s+"
)

# "(Bagdad) Deux roquettes ...", "بغداد - قالت مصادر ...": a place of one or two words alone
# in brackets, or of one word before a spaced dash (two may be a base's name in a headline:
# "Baghdad airport - drones downed")
_BARE = re.compile(r"^(?:\([^\W\d_]+(?:[ \-][^\W\d_]+)?\)\s+|[^\W\d_]+\s+[-\u2013\u2014]\s+)")

_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ'.-")  # a dateline's second letter, in capitals


def strip_dateline(sentence: str) -> str:
    """ "ERBIL, Kurdistan Region (Wire) - Rockets ..." -> "Rockets ...": the place a story
    was filed from is not the place it is about."""
    # the patterns are tried only where they may match: most sentences start otherwise
    if "A" <= sentence[:1] <= "Z" and sentence[1:2] in _SECOND:
        stripped, found = _CAPITALS.subn("", sentence, count=1)
        if found:
            return stripped
    if "(" in sentence:
        for pattern in (_AGENCY, _WIRE):
            stripped, found = pattern.subn("", sentence, count=1)
            if found:
                return stripped
    bare = _BARE.match(sentence)
    return sentence[bare.end() :] if bare else sentence
