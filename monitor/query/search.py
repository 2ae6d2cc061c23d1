"""Full-text search over the stored articles: one syntax and one SQL for `basewatch search`
and the web view's "Search articles".

The syntax is SQLite FTS5's: words (all must appear), "exact phrases", OR, AND, NOT,
prefix* , NEAR(a b, 10), `title:` or `text:` before a word. One addition, because names in
the news are written with punctuation: a word with punctuation inside (al-Asad, U.S., 9/11)
is read as the phrase of its parts ("al Asad"), where FTS5 alone would fail on it. What
FTS5 cannot read then is an `InputError` that quotes its complaint and says how to write
the query. Both ends call `fts_query`: the CLI directly, the web view through the SQL
function `basewatch_fts` (registered by `monitor.query.webguard`).
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from sqlite_utils import Database

from monitor.errors import InputError
from monitor.query.queries import rows

FUNCTION = "basewatch_fts"
SYNTAX_HINT = (
    'write words (all must appear), "exact phrases", OR, NOT, prefix*, NEAR(a b): '
    "e.g. 'drone OR rocket*', '\"Ain al-Asad\" NOT drill'"
)
# a quoted phrase (maybe unterminated: FTS5 says so), a bracket or comma, or a bare word
_TOKEN = re.compile(r'"(?:[^"]|"")*"?|[(),]|[^\s(),"]+')
# what FTS5 reads as it is: a word, a prefix*, an initial-token ^word, a column filter
_PLAIN = re.compile(r"^(?:(?:title|text):)?\^?\w+\*?$")
_OPERATORS = ("AND", "OR", "NOT", "NEAR", "+")
_KEPT = ("(", ")", ",", *_OPERATORS)

# the columns both ends show; the snippet on one line, matches [in brackets]
SELECT = (
    "select a.id, a.published, a.source, a.title, a.url, "
    "replace(replace(replace(snippet(articles_fts, 1, '[', ']', ' ... ', 16), "
    "char(10), ' '), char(13), ' '), char(9), ' ') as snippet "
    "from articles_fts join articles a on a.rowid = articles_fts.rowid "
    f"where articles_fts match {FUNCTION}(:q) order by rank"
)


def fts_query(text: str) -> str:
    """The user's query as FTS5 reads it (see the module's doc); InputError when there is
    nothing to search for, or a word starts with '-' (FTS5's NOT is a word)."""
    out = []
    for token in _TOKEN.findall(text):
        if token.startswith('"') or token in _KEPT or _PLAIN.match(token):
            out.append(token)
        elif re.match(r"-\w", token):
            raise InputError(
                f"cannot search for {text!r}: {token!r} is no FTS5 syntax",
                hint=f"to leave a word out, write 'NOT {token[1:]}' after what you look for",
            )
        elif parts := re.findall(r"\w+", token):
            column = re.match(r"(title|text):", token)
            body = token[column.end() :] if column else token
            phrase = '"' + " ".join(re.findall(r"\w+", body) or parts) + '"'
            out.append((column.group(0) if column else "") + phrase + "*" * body.endswith("*"))
    if not any(re.search(r"\w", t) for t in out if t not in _OPERATORS):
        raise InputError(f"nothing to search for in {text!r}", hint=SYNTAX_HINT)
    return " ".join(out)


def _answer(db: Database, sql: str, params: dict[str, Any], text: str) -> list[dict[str, Any]]:
    fts_query(text)  # its clear errors first
    db.conn.create_function(FUNCTION, 1, fts_query, deterministic=True)
    try:
        return rows(db, sql, params)
    except sqlite3.OperationalError as exc:
        said = str(exc)
        if "fts5" not in said and "unterminated" not in said and "no such column" not in said:
            raise
        raise InputError(f"cannot search for {text!r}: {said}", hint=SYNTAX_HINT) from None


def search(db: Database, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Articles matching `text`, best first, with a one-line snippet, matches [in brackets]."""
    return _answer(db, SELECT + " limit :limit", {"q": text, "limit": limit}, text)


def count(db: Database, text: str) -> int:
    """How many articles match `text`."""
    sql = f"select count(*) as n from articles_fts where articles_fts match {FUNCTION}(:q)"
    return int(_answer(db, sql, {"q": text}, text)[0]["n"])
