"""Who strikes in a sentence with a strike cue: US forces as its subject ("US forces have
carried out airstrikes", "the US army confirmed that it carried out bombings"), or an armed
group as what the cue runs to ("bombings against Kataib Hezbollah")."""

from __future__ import annotations

from monitor.detect.dates import SAID_THAT
from monitor.detect.lexicon import Hit

_SUBJECT_GAP = 12  # characters between US forces and the strike they carried out
_SAID_REACH = 60  # ... or between them and the strike they said they carried out


def against_group(by: dict[str, list[Hit]], cues: list[Hit]) -> bool:
    """Whether a strike cue runs to an armed group's name: the group is what was struck."""
    ends = {h.end for label, found in by.items() if label.startswith("group:") for h in found}
    return any(c.end in ends for c in cues)


def us_subject(norm: str, by: dict[str, list[Hit]], cue: Hit) -> bool:
    """Whether US forces are the subject of a strike cue ("US forces have carried out
    airstrikes", a cue that starts with them: "US-Militär reagiert", or one they said they
    carried out: "the US army confirmed that it carried out"), not its target: "a US base in
    Syria, in retaliation for" names a base, which strikes no one; a cue that names them
    itself ("von US-Armee angegriffen") has them strike."""
    bases = [b.start for b in by.get("cat:base_words", ())]
    return any(
        (
            c.start == cue.start
            or 0 <= cue.start - c.end <= _SUBJECT_GAP
            or cue.start <= c.start < c.end <= cue.end
            or _said_they_did(norm, c, cue)
        )
        and not any(c.start <= b < c.end for b in bases)
        for c in by.get("cat:coalition", ())
    )


def _said_they_did(norm: str, forces: Hit, cue: Hit) -> bool:
    """Whether US forces said they did what the cue tells: "the US army confirmed that it
    carried out a series of bombings"."""
    if not 0 <= cue.start - forces.end <= _SAID_REACH:
        return False
    said = SAID_THAT.search(norm, forces.end, cue.start)
    return said is not None and cue.start - said.end() <= _SUBJECT_GAP
