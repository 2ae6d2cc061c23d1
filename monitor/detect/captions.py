"""Photo captions in a story: a caption runs from its opening ("(FILES) File picture from
...") to its credit ("(Photo by Name / AFP)"), and tells another scene, with its own date and
place; a headline that closes with its photo's credit is the story's lead all the same."""

from __future__ import annotations

from dataclasses import replace

from monitor.detect.sentence import Reading

CAPTION_SENTENCES = 4  # a photo's caption, from its opening to its credit, is this long at most
CAPTION_OPENING = 12  # characters: a caption's word this near a sentence's start opens it


def opens_caption(r: Reading) -> bool:
    """Whether a sentence opens with a caption's word: "(FILES) File picture from ...",
    "FILE PHOTO: ..."."""
    return any(h.label == "cat:caption" and h.start <= CAPTION_OPENING for h in r.hits)


def headline_of(r: Reading) -> Reading:
    """A headline that closes with its photo's credit ("... kills three (Photo: Reuters)") is
    the story's lead, printed as its title; one opening as a caption ("File photo:") is not."""
    if "caption" in r.flags and not opens_caption(r):
        return replace(r, flags=r.flags - {"caption"})
    return r


def captions_marked(readings: list[Reading]) -> list[Reading]:
    """A credit on its own line ("(U.S. Air Force photo/Name)") closes a caption: the
    sentence before it is the caption's, with its older date and place; so are those back to
    the caption's opening a few sentences up ("(FILES) File picture from December 2014
    showing ..." ... "(Photo by Name / AFP)")."""
    out = list(readings)
    for i in range(1, len(out)):
        if "caption" in out[i].flags and out[i].text.lstrip().startswith("("):
            first = next(
                (j for j in range(max(0, i - CAPTION_SENTENCES), i - 1) if opens_caption(out[j])),
                i - 1,
            )
            for j in range(first, i):
                out[j] = replace(out[j], flags=out[j].flags | {"caption"})
    # a page may give a caption twice (the picture's text, then the caption under it)
    captions = {r.norm for r in out if "caption" in r.flags and r.hits}
    return (
        [replace(r, flags=r.flags | {"caption"}) if r.norm in captions else r for r in out]
        if captions
        else out
    )
