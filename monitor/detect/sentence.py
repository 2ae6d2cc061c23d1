"""What one sentence says, as the matcher weighs it: a `Reading` (bases, weapons, attack words
and framing flags) and its strength as evidence of a new attack."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from monitor.detect.gazetteer import Entry
from monitor.detect.lexicon import Hit

FLAGS = (
    "us_attacker",
    "threat",
    "other_sense",
    "recall",
    "denial",
    "civilian",
    "other_attacker",
    "event",
    "other_weapon",
    "caption",
    "drill",
    "anniversary",
    "dated_old",
)
# cues about the framing: they count only before the first base named
POSITIONAL = frozenset(
    {"us_attacker", "threat", "recall", "other_attacker", "event", "anniversary"}
)
# flags that make a sentence say little about a new attack on a coalition base
WEAK = frozenset(
    {"us_attacker", "threat", "recall", "denial", "other_attacker", "event", "drill", "anniversary"}
)


@dataclass(frozen=True, eq=False)  # one sentence of one article: compared by identity
class Reading:
    """What one sentence says, as far as the matcher is concerned."""

    index: int
    text: str
    norm: str
    places: tuple[Entry, ...]
    regions: tuple[Entry, ...]
    weapons: tuple[str, ...]
    attack: bool
    coalition: bool
    base_word: bool
    flags: frozenset[str]
    terms: tuple[str, ...]
    lead: bool = False
    hits: tuple[Hit, ...] = ()
    story_coalition: bool = False  # another sentence of the story names US or coalition forces
    by_city: frozenset[str] = frozenset()  # places named only as a city ("a base in Erbil")
    state: bool = False  # a state that attacks by missile or drone: "Iran attacked US bases"
    toll: bool = False  # someone was killed or wounded
    # the day the sentence gives, by publication day: asked again and again while deciding
    # (a copy with other flags shares it: the day does not depend on them)
    days: dict[date | None, date | None] = field(default_factory=dict, repr=False)

    @property
    def sentence(self) -> tuple[str, tuple[Hit, ...]]:
        """The normalised text and its hits, for dates and facts."""
        return self.norm, self.hits

    @property
    def _base_before_civilians(self) -> bool:
        """Whether a weapon attack names its base before the civilian targets the sentence
        names, in a story of US or coalition forces: "seven rockets struck Balad air base; two
        hit homes in a village beside it" (what else was hit, not instead)."""
        if not (self.attack and self.weapons and self.story_coalition):
            return False
        civilian = [h.start for h in self.hits if h.label == "cat:civilian"]
        named = [h.start for h in self.hits if h.label.startswith(("place:", "context:"))]
        return bool(civilian and named) and min(named) < min(civilian)

    @cached_property  # asked again and again while deciding; a copy with other flags asks anew
    def strength(self) -> float:
        """0 when the sentence is no evidence; 3 for base + attack + weapon."""
        if self.places and self.attack:
            score = 3.0 if self.weapons else 2.0
        elif self.places and self.weapons and (self.base_word or self.toll):
            score = 1.5
        elif self.weapons and self.attack and self.coalition and (self.base_word or self.regions):
            score = 2.0
        elif self.state and self.attack and self.coalition and (self.base_word or self.regions):
            score = 1.5  # "Iran attacked American bases in Iraq and Qatar": no weapon named
        elif self.weapons and self.attack and self.story_coalition and self.base_word:
            score = 1.5  # "rockets hit a base in northern Iraq", the story says whose
        elif self.weapons and self.coalition and self.toll and (self.attack or self.base_word):
            score = 1.5  # "three US soldiers killed in a drone attack", "... at a base by a drone"
        elif self.attack and self.coalition and self.toll and self.base_word and self.regions:
            score = 1.5  # "three US soldiers killed in an attack on a base in northeast Jordan"
        elif self.weapons and self.attack and self.coalition:
            score = 1.0  # "missiles were fired at US forces in Iraq": a base named further on
        elif self.attack and self.coalition and self.toll and self.base_word:
            score = 1.0  # "four US troops were hurt when a base came under attack": no weapon
        elif self.attack and self.coalition and self.toll and self.regions:
            score = 1.0  # "three US soldiers were killed in an attack on US forces in Jordan"
        elif self.attack and self.coalition and self.base_word:
            score = 0.5  # "base where Canadian troops are stationed comes under attack"
        else:
            return 0.0
        if self.flags & {"other_sense", "caption"}:
            return 0.0  # another sense of the words, or a photo's caption (often years old)
        if self.flags & WEAK:
            score *= 0.3
        if "civilian" in self.flags and not (
            self.places and (self.coalition or self._base_before_civilians)
        ):
            score *= 0.3
        if "other_weapon" in self.flags and not self.weapons:
            return 0.0  # a car bomb or gunmen: not the attacks this watches for
        return score
