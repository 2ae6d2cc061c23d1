"""Whose the civilian cues of a sentence are. "Home of the US Fifth Fleet" is what a base
hosts, no house; "the Israel-Hamas war" names a war, no target; "launched from a militia
base" says where the weapons came from; Israel named with the US ("when the US and Israel
struck Iran") is on its side; "a US civilian contractor" is on the coalition's side; a
target joined to the US bases by "and" ("Iran fired missiles at Israel and at US bases") was
attacked beside them, not instead of them; a civilian an attack on the coalition killed or
hurt is its victim, not its target; a target where the coalition's troops are ("a base
of the Peshmerga, where French troops are stationed") is theirs too; and a city named after
a base to say where it stands ("Prince Sultan Air Base, southeast of Riyadh") is no target."""

from __future__ import annotations

import re

from monitor.detect.lexicon import Hit, inside
from monitor.detect.text import normalise

_HOSTS = (" of ", " to ")
_AND = frozenset(normalise("and và cùng et y e und ve и і та oraz i και și és dan serta و").split())
# the words that may join a target to the coalition's: "and", "and at", "và", "et sur les"
_JOINING = _AND | frozenset(
    normalise(
        "at on against the its their as well vào sur contre les la le contra los las gegen die "
        "auf su contro на na στις على ضد"
    ).split()
)
_JOIN_REACH = 24  # characters between the two targets
# "the Israel-Hamas war", "the Israel-Gaza conflict": a war's name, after the name of a place
# or party (not "homes in war-torn Syria")
_WAR_NAME = re.compile(r"(?:\s(?!(?:in|of|on|at|the|a|an)\s)\w+)?\s(?:war|conflict)\b(?!\storn)")
# the US by name, and perhaps "and", just before a word: "the US and Israel", "US-Israel"
_BESIDE_US = re.compile(
    r"(?:\b(?:us|usa|united\sstates|america|american|washington|etats\sunis|estados\sunidos|"
    r"ee\suu|eeuu|stati\suniti|egyesult\sallamok|сша|америк\w*|вашингтон\w*|abd)\s"
    r"(?:(?:and|et|y|e|und|es|i|и|ve)\s)?"
    r"(?:the\s)?|(?:الولايات\sالمتحده|امريكا|اميركا|واشنطن)\s(?:و)?)$"
)
_BESIDE_REACH = 30  # characters before a word in which the US's name may stand
_FROM = re.compile(r"\bfrom\s(?:an?\s|the\s)?$")  # "launched from a militia base"
# a civilian killed or hurt in an attack on the coalition is its victim, not its target
_TOLLS = frozenset({"cat:killed", "cat:injured"})
_VICTIM_REACH = 16  # characters between the toll word and the civilian
_PAUSE = re.compile(r"[,;:.]")
# "..., where French troops are stationed", "..., which hosts US forces", "где размещены"
_HOSTED = re.compile(
    r"\b(?:where|which\shosts?|that\shosts?|hosting|housing|donde|dove|wo|gdzie|где|"
    # the French "où", which normalising writes as "ou" (or): before its verb only
    r"ou\s(?:sont|est|se\strouvent?|stationnent)|"
    r"в\sкоторой|на\sкоторой)\b"
)
_HOSTING_REACH = 60  # characters from the target to the coalition's forces it hosts
_GENERIC = re.compile(r"coalit|коалиц|koalic|koalis|التحالف|ائتلاف")


def whose_civilians(norm: str, hits: list[Hit], named_us: bool) -> list[Hit]:
    """The hits of a sentence naming a civilian target, without those the module says are
    not one."""
    coalition = [h for h in hits if h.label == "cat:coalition"]
    tolls = [h for h in hits if h.label in _TOLLS]
    return [
        h
        for h in hits
        if h.label != "cat:civilian"
        or not (_not_a_target(norm, h, coalition, tolls, named_us) or _where_base_is(h, hits))
    ]


_WHERE_REACH = 12  # characters between "southeast of" and the city it places a base by
_HEADING = ("heading", "headed")  # "heading for Riyadh" names where a weapon went, no place


def _where_base_is(hit: Hit, hits: list[Hit]) -> bool:
    """Whether a city is named only to say where a base named before it stands: "a missile
    sent toward Prince Sultan Air Base, southeast of Riyadh" (not "heading for Riyadh")."""
    named = min((h.start for h in hits if h.label.startswith(("place:", "context:"))), default=None)
    return named is not None and any(
        h.label == "cat:locative"
        and named < h.start
        and 0 <= hit.start - h.end <= _WHERE_REACH
        and not h.text.startswith(_HEADING)
        for h in hits
    )


def beside_us(norm: str, hit: Hit) -> bool:
    """Whether a party is named with the US ("when the US and Israel struck Iran", "the
    US-Israeli strikes", "ABD ve İsrail saldırılarına karşılık"): the US's ally in its strike,
    or a target beside it; either way neither a civilian target nor another attacker than the
    one the story tells."""
    return _BESIDE_US.search(norm, max(0, hit.start - _BESIDE_REACH), hit.start) is not None


def _not_a_target(
    norm: str, hit: Hit, coalition: list[Hit], tolls: list[Hit], named_us: bool
) -> bool:
    """Whether a civilian cue is no civilian target (the module's cases)."""
    if (
        (hit.text == "home" and norm.startswith(_HOSTS, hit.end))
        or _WAR_NAME.match(norm, hit.end)
        or _FROM.search(norm, max(0, hit.start - 10), hit.start)
        or beside_us(norm, hit)
    ):
        return True
    return bool(coalition) and (
        _victim(norm, hit, tolls)
        or (named_us and inside(hit, coalition))
        or any(_hosting(norm, hit, c) or _joined(norm, hit, c) for c in coalition)
    )


def _victim(norm: str, hit: Hit, tolls: list[Hit]) -> bool:
    """Whether a civilian is one the attack killed or hurt ("killed one civilian", "ein
    Zivilist ums Leben gekommen"): a toll word just before the civilian, or just after it
    with no comma between (not "rockets hit homes, killing two")."""
    return any(
        0 <= hit.start - t.end <= _VICTIM_REACH
        or (0 <= t.start - hit.end <= _VICTIM_REACH and not _PAUSE.search(norm, hit.end, t.start))
        for t in tolls
    )


def _hosting(norm: str, hit: Hit, coalition: Hit) -> bool:
    """Whether troops of the coalition, named by their country, are said to be where the
    civilian or foreign target is: "a base of the Peshmerga, where French troops are also
    stationed" (not "the coalition's troops" alone, which a report may say of a Turkish
    base)."""
    gap = norm[hit.end : coalition.start]
    return (
        0 < len(gap) <= _HOSTING_REACH
        and _HOSTED.search(gap) is not None
        and _GENERIC.search(coalition.text) is None
    )


def _joined(norm: str, hit: Hit, coalition: Hit) -> bool:
    """Whether `hit` and the coalition's target are joined by "and" and nothing else of note."""
    gap = (
        norm[hit.end : coalition.start]
        if hit.end <= coalition.start
        else norm[coalition.end : hit.start]
    )
    if len(gap) > _JOIN_REACH:
        return False
    words = set(gap.split())
    return bool(words) and words <= _JOINING and not words.isdisjoint(_AND)
