"""Term lists per language (monitor/detect/languages/*.toml), turned into labelled Lexicon entries.

A term is a phrase of words on normalised text. In a phrase, a word ending in * matches any
ending ("attack*" matches "attacks", "attacked"); a lone * matches any one word. A language
file may give `clitics`, a regex of prefixes that may be glued to a term (Arabic wa-, bi-, al-),
and `us_names`, the United States by name or adjective ("us", "امريك*"): beside an embassy or
consulate they make it a US mission.

A file with `verb_final = true` (Japanese, Korean, Turkish, Persian, Hindi...) puts its framing
cues at the end of a clause: they are labelled `cat:<category>@anywhere` and count wherever
they stand in a sentence.

A word that is a language's word for both rockets and missiles (Arabic صواريخ, German Raketen,
Russian ракеты) is listed under `[weapons] rocket_or_missile`: the reader takes it for missiles
when Iran or its Revolutionary Guards fire them, and for rockets otherwise.

Labels: `weapon:<class>` (and `weapon:rocket_or_missile`), `cat:<category>`, `weekday:<0-6>`,
`month:<0-11>`, `date:<today|yesterday|overnight>`, `holiday:<MM-DD>`, `group:<name>`. A
language's `weekend` words ("over the weekend") are labelled as its Sunday, `weekday:6`.

A `not_<category>` list gives phrases in which that category's words tell something else: "the
fight against" (no attack), "heading home" (no civilian target), "denied reports of casualties"
(no denial of the attack). The reader drops the category's hits inside them.

A `since_after` list, in a language that says "since" after its date (Turkish "7 Ekim'den
beri"), gives those words: the date before them starts a stretch of time, not an attack's day.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from monitor.detect.text import normalise
from monitor.errors import ConfigError

TERMS_DIR = Path(__file__).resolve().parent / "languages"
WEAPON_CLASSES = ("rocket", "drone", "missile", "mortar")
DATE_WORDS = ("today", "yesterday", "overnight")
GROUP_CLITICS = "(?:و|ف)?(?:ب|ل)?"


@dataclass(frozen=True)
class Terms:
    """Every term of every language, as (label, term, clitics), and the number words."""

    entries: tuple[tuple[str, str, str], ...]
    numbers: dict[str, int]
    languages: tuple[str, ...]
    # a language's own spellings of gazetteer places, as (kind, place id, alias, clitics):
    # kind "place" for a full name, "context" for a short form that needs a base word, "area"
    # for an area a facility lies in (the Green Zone), which counts where US forces are named
    places: tuple[tuple[str, str, str, str], ...] = ()
    # the United States by name or adjective ("us_names"), as (term, clitics): beside an
    # embassy or consulate they make it a US mission
    us_names: tuple[tuple[str, str], ...] = ()
    # number words that give a count only roughly ("several", "dozens"): in `numbers` too
    vague: frozenset[str] = frozenset()


# what a language file may hold at its top level; anything else is a mistake that would
# otherwise go unread (a list written after the last table, or above the first)
_TOP_LEVEL = frozenset(
    {
        "language",
        "clitics",
        "verb_final",
        "us_names",
        "weapons",
        "terms",
        "dates",
        "numbers",
        "vague_numbers",
        "places",
        "context_places",
        "area_places",
    }
)


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{path}: not valid TOML: {exc}"]) from None


def _checked(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """A language file's data, once each top-level key is one the loader reads."""
    unknown = sorted(set(data) - _TOP_LEVEL)
    if unknown:
        raise ConfigError(
            [
                f"{path}: unknown key {key!r} at the top level: term lists belong under "
                "[terms], weapons under [weapons], day and month names under [dates]"
                for key in unknown
            ]
        )
    return data


# framing cues a verb-final language gives at the end of the clause ("... 基地を攻撃すると警告
# した": warned that it would attack the base): they count wherever they stand
VERB_FINAL_CUES = frozenset(
    {"us_attacker", "threat", "other_attacker", "event", "anniversary", "recall"}
)
ANYWHERE = "@anywhere"


def _language_entries(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    clitics = data.get("clitics", "")
    late = VERB_FINAL_CUES if data.get("verb_final") else frozenset()
    out = [
        (f"weapon:{cls}", t, clitics)
        for cls, terms in data.get("weapons", {}).items()
        for t in terms
    ]
    out += [
        (f"cat:{cat}{ANYWHERE if cat in late else ''}", t, clitics)
        for cat, terms in data.get("terms", {}).items()
        for t in terms
    ]
    dates = data.get("dates", {})
    for key in DATE_WORDS:
        out += [(f"date:{key}", t, clitics) for t in dates.get(key, [])]
    # "over the weekend": its Sunday, a day from an attack on either of its nights
    out += [("weekday:6", t, clitics) for t in dates.get("weekend", [])]
    for kind in ("weekday", "month"):
        for i, alternatives in enumerate(dates.get(f"{kind}s", [])):
            out += [(f"{kind}:{i}", alt, clitics) for alt in alternatives.split("|")]
    out += [(f"holiday:{md}", name, clitics) for name, md in dates.get("holidays", {}).items()]
    return out


def load_terms(directory: Path = TERMS_DIR) -> Terms:
    """Load every `<lang>.toml` term file and `groups.toml` from `directory`."""
    entries: list[tuple[str, str, str]] = []
    numbers: dict[str, int] = {}
    vague: set[str] = set()
    languages = []
    places: list[tuple[str, str, str, str]] = []
    us_names: list[tuple[str, str]] = []
    for path in sorted(directory.glob("*.toml")):
        if path.name == "groups.toml":
            continue
        data = _checked(path, _read(path))
        languages.append(data.get("language", path.stem))
        entries += _language_entries(data)
        clitics = data.get("clitics", "")
        us_names += [(normalise(name), clitics) for name in data.get("us_names", [])]
        for kind, table in (
            ("place", "places"),
            ("context", "context_places"),
            ("area", "area_places"),
        ):
            for place_id, aliases in data.get(table, {}).items():
                places += [(kind, place_id, alias, clitics) for alias in aliases]
        numbers.update({normalise(k): int(v) for k, v in data.get("numbers", {}).items()})
        rough = {normalise(k): int(v) for k, v in data.get("vague_numbers", {}).items()}
        numbers.update(rough)
        vague.update(rough)
    groups_file = directory / "groups.toml"
    if groups_file.exists():
        for name, aliases in _read(groups_file).get("groups", {}).items():
            entries += [(f"group:{name}", alias, GROUP_CLITICS) for alias in aliases]
    # a term that several languages share ("drone*", "base") is one rule, not one per file
    return Terms(
        entries=tuple(dict.fromkeys((label, normalise(t), cl) for label, t, cl in entries)),
        numbers=numbers,
        languages=tuple(languages),
        places=tuple(dict.fromkeys((k, pid, normalise(a), cl) for k, pid, a, cl in places)),
        us_names=tuple(dict.fromkeys(us_names)),
        vague=frozenset(vague),
    )
