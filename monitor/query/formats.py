"""The output contract of every listing command: one answer, four formats.

A `Listing` holds what a command found: `records` as JSON gives them (nested objects, real
booleans, the field names of `basewatch match`), `rows` as CSV and the table give them (one
flat row a record), the table's `columns`, how many there were before `--limit` cut them
(`total`) and what to say when there is nothing (`empty`).

- `json`: one JSON document (an array of the records, or the one object of `show`);
- `jsonl`: one record a line;
- `csv`: a header and one line a row; lists joined with ";", booleans `true`/`false`,
  nothing for null; no blank line at the end;
- `table`: a header, a rule, one line a row, times short and local ("2026-11-30 08:10").

Times in JSON and CSV are ISO 8601 to the second (UTC as the archive keeps them); dates
stay dates. What a listing has to say about itself (an empty answer, "1 of 3") is the
`note`: the table prints it below, the other formats leave it to stderr.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

FORMATS = ("table", "json", "jsonl", "csv")
# an ISO 8601 date and time, as the archive stores them (with or without fractions)
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)?$")


def iso_seconds(value: str | None) -> str | None:
    """An ISO timestamp without its fraction of a second; anything else as it is."""
    if not isinstance(value, str) or not _TIMESTAMP.match(value):
        return value
    return re.sub(r"(:\d\d)\.\d+", r"\1", value)


def short_time(value: Any) -> str:
    """A timestamp for a table: local time to the minute (`2026-11-30 08:10`); a date, or
    anything else, as it is."""
    if not isinstance(value, str) or not _TIMESTAMP.match(value):
        return "" if value is None else str(value)
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # the reader's time zone (TZ)
    return moment.strftime("%Y-%m-%d %H:%M")


def duration(seconds: float | None) -> str:
    """47s, 3m05s, 2h10m: a time to alert for people."""
    if seconds is None:
        return ""
    whole = int(round(seconds))
    if abs(whole) < 60:
        return f"{whole}s"
    if abs(whole) < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"


def cell(value: Any) -> str:
    """A value in a table cell."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list | tuple):
        return ",".join(cell(v) for v in value)
    return short_time(value)


def csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ";".join(csv_value(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@dataclass(frozen=True)
class Column:
    """A table column: the row's `key`, its `title`, its widest (`width`, 0: no limit);
    `show` turns a value into the cell's text (default: `cell`)."""

    key: str
    title: str
    width: int = 0
    show: Callable[[Any], str] = cell


@dataclass(frozen=True)
class Listing:
    noun: str  # what is listed, plural: "incidents"
    records: Sequence[dict[str, Any]]
    columns: Sequence[Column]
    rows: Sequence[dict[str, Any]] | None = None  # flat rows for CSV and the table
    total: int | None = None  # found before --limit
    empty: str = ""  # what to say when nothing is listed
    below: Sequence[tuple[str, str]] = ()  # (key, label): a line under a row when set
    document: Any = None  # what `json` prints when not the list of records
    fields: Sequence[str] = field(default_factory=tuple)  # CSV columns (default: all)

    def flat(self) -> Sequence[dict[str, Any]]:
        return self.records if self.rows is None else self.rows

    def note(self) -> str:
        """What the listing says of itself: why it is empty, or that --limit cut it."""
        if not self.records:
            return self.empty or f"No {self.noun}."
        if self.total is not None and self.total > len(self.records):
            return (
                f"{len(self.records)} of {self.total} {self.noun} shown; --limit 0 shows them all"
            )
        return ""


@dataclass(frozen=True)
class Output:
    """What to print: `text` on stdout (None: nothing), `note` on stderr."""

    text: str | None
    note: str = ""


def render(listing: Listing, fmt: str) -> Output:
    """The listing in `fmt` (one of FORMATS)."""
    note = listing.note()
    if fmt == "table":
        if not listing.records:
            return Output(note)
        return Output(to_table(listing) + (f"\n{note}" if note else ""))
    if fmt == "json":
        document = listing.records if listing.document is None else listing.document
        return Output(to_json(document), note)
    if fmt == "jsonl":
        lines = [json.dumps(r, ensure_ascii=False) for r in listing.records]
        return Output("\n".join(lines) if lines else None, note)
    if fmt == "csv":
        return Output(to_csv(listing.flat(), listing.fields), note)
    raise ValueError(f"unknown format {fmt!r}")


def to_json(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


def to_csv(rows: Sequence[dict[str, Any]], fields: Sequence[str] = ()) -> str:
    """A header and one line a row, without a blank line at the end."""
    names = list(fields or (rows[0].keys() if rows else ()))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([csv_value(row.get(name)) for name in names])
    return out.getvalue().rstrip("\n")


def to_table(listing: Listing) -> str:
    """A header, a rule and one line a row, each column as wide as its widest cell (at
    most its `width`); the last column is never cut. Lines under a row (`below`) are
    indented."""
    columns = list(listing.columns)
    cells = [[c.show(row.get(c.key)) for c in columns] for row in listing.flat()]
    widths = [max([len(c.title), *(len(line[i]) for line in cells)]) for i, c in enumerate(columns)]
    widths = [min(w, c.width) if c.width else w for w, c in zip(widths, columns, strict=True)]
    last = len(columns) - 1

    def line(texts: list[str]) -> str:
        parts = [t if i == last else t[: widths[i]].ljust(widths[i]) for i, t in enumerate(texts)]
        return "  ".join(parts).rstrip()

    head = line([c.title for c in columns])
    out = [head, "-" * len(head)]
    for row, texts in zip(listing.flat(), cells, strict=True):
        out.append(line(texts))
        out += [
            (f"    {label}: {row[key]}" if label else f"    {row[key]}").rstrip()
            for key, label in listing.below
            if row.get(key)
        ]
    return "\n".join(out)
