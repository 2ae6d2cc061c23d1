"""Where a sentence's opening clause of what came before ends: the framing words after it
count, though a base is named in it ("Two days after rockets hit K1, the US struck ...",
"确认基地遭袭之后，美军已对…实施打击")."""

from __future__ import annotations

import re

from monitor.detect.lexicon import Hit

_OPENING_CHARS = 30  # a clause this near the start (past a dateline) opens the sentence
_OPENING_END = re.compile(r"[,:]")
_AFTER_ZH = re.compile(r"(?:之后|以后)(?=[,，])")
_AFTER_ZH_CHARS = 60  # characters into a sentence that clause may close
_KICKER_SHARE = 0.6  # a headline's colon this far in ends a kicker, not a quote's speaker


def opening(norm: str, by: dict[str, list[Hit]], headline: bool = False) -> int:
    """Where an opening clause of what came before ends ("Two days after rockets hit an Iraqi
    base, ...", "Na droneaanval op legerbasis: ..."): at its comma or colon; for a headline,
    where its kicker ends at its colon ("Rocket barrage on US base: American military
    strikes back in Iraq" tells the strike after what it answers); 0 when there is none."""
    cause = by.get("cat:cause")
    if cause and cause[0].start <= _OPENING_CHARS:
        close = _OPENING_END.search(norm, cause[0].end)
        if close:
            return close.start()
    # Chinese closes a clause of what came before with "之后" (after) and a comma:
    # "确认驻伊拉克基地遭袭之后,美军已对…实施打击" (after confirming the base was attacked, the
    # US struck ...)
    after = _AFTER_ZH.search(norm, 0, _AFTER_ZH_CHARS)
    if after is not None:
        return after.start()
    if headline:
        colon = norm.find(": ")
        if 0 < colon <= len(norm) * _KICKER_SHARE:
            return colon
    return 0
