"""The runs of words a restatement shares with the page it restates:
python -m tests.data.real.shared_runs RESTATEMENT < PAGE

Prints each run of six or more words (ten or more characters in scripts written without
spaces) that the restatement file shares with the page's text, read from standard input so
that the page is never written to disk. A restatement is ready when what is left is names,
titles, dates, bylines and credits.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from monitor.detect.text import SPACELESS

WORDS = 6
CHARACTERS = 10


def _letters(word: str) -> str:
    return "".join(c for c in word.lower() if unicodedata.category(c)[0] in "LNM")


def _runs(mine: Sequence[str], page: Sequence[str], n: int, join: Callable[..., str]) -> list[str]:
    grams = {tuple(page[i : i + n]) for i in range(len(page) - n + 1)}
    found, i = [], 0
    while i <= len(mine) - n:
        if tuple(mine[i : i + n]) in grams:
            j = i + n
            while j < len(mine) and tuple(mine[j - n + 1 : j + 1]) in grams:
                j += 1
            found.append(join(mine[i:j]))
            i = j
        else:
            i += 1
    return found


def shared_runs(restatement: str, page: str) -> list[str]:
    """The runs `restatement` shares with `page`, in the restatement's order; runs that
    overlap are one."""
    if len(SPACELESS.findall(page)) > len(page) / 4:
        return _runs(
            [c for c in restatement if _letters(c)], [c for c in page if _letters(c)],
            CHARACTERS, "".join,
        )  # fmt: skip

    def words(text: str) -> list[str]:
        return [w for w in (_letters(t) for t in re.split(r"[\s/]+", text)) if w]

    return _runs(words(restatement), words(page), WORDS, " ".join)


def main() -> None:
    path = Path(sys.argv[1])
    page = sys.stdin.read()
    mine = path.read_text(encoding="utf-8")
    runs = shared_runs(mine, page)
    print(
        f"{path.name}: {len(mine) / max(1, len(page)):.2f} of the page's length; {len(runs)} runs"
    )
    for run in runs:
        print("   ", run)


if __name__ == "__main__":
    main()
