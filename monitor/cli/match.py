"""`basewatch match`: the matcher as a filter, JSON Lines in, one JSON line out per line in."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from monitor.cli.common import handle_errors
from monitor.errors import ExitCode


def _published(value: Any) -> datetime | date | None:
    if not value:
        return None
    text = str(value).replace("Z", "+00:00")
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        return None


def _article(line: bytes, number: int) -> Any:
    """The Article on one input line, or the error that replaces it in the output."""
    from monitor.models import Article

    try:
        raw = json.loads(line.decode("utf-8"))
        if not isinstance(raw, dict):
            return f"line {number}: not a JSON object; write one article object per line"
        return Article(
            id=str(raw.get("id", number)),
            url=str(raw.get("url") or ""),
            title=str(raw.get("title") or ""),
            text=str(raw.get("text") or ""),
            published=_published(raw.get("published")),
        )
    except UnicodeDecodeError as exc:
        return (
            f"line {number}: not UTF-8 text (byte 0x{line[exc.start]:02x} at offset "
            f"{exc.start}); write the articles in UTF-8"
        )
    except RecursionError:
        return f"line {number}: JSON nested too deeply to read"
    except ValueError as exc:
        what = "a blank line" if not line.strip() else f"not JSON ({exc})"
        return f"line {number}: {what}; write one article object per line"


def _json_line(result: dict[str, Any]) -> bytes:
    try:
        return json.dumps(result, ensure_ascii=False).encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a lone surrogate from a \ud800 escape: keep it escaped
        return json.dumps(result).encode("ascii") + b"\n"


@click.command()
@click.option(
    "--gazetteer",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="Bases gazetteer (default: seeds/bases.toml).",
)
@click.option("--explain", is_flag=True, help="Add the reasons for each decision.")
@handle_errors
def match(gazetteer: Path | None, explain: bool) -> None:
    """Match articles given as JSON Lines on stdin; write one JSON line per input line,
    in order.

    Input: {"id", "url", "title", "published", "text"}, in UTF-8. Output: {"id", "attack",
    "confidence", "bases", "attack_date", "weapons", "evidence", ...}. A line that is no
    article (blank, not JSON, not UTF-8) gets {"id": null, "attack": false, "error": ...}.

    Exit status: 0 when every line was an article, 1 when any line was rejected, 2 when
    the gazetteer is invalid.
    """
    from monitor.detect.gazetteer import load_gazetteer
    from monitor.detect.matcher import Matcher
    from monitor.detect.terms import load_terms
    from monitor.query.views import detection_json

    matcher = Matcher(load_gazetteer(gazetteer), load_terms())
    out = sys.stdout.buffer
    rejected = 0
    for number, line in enumerate(sys.stdin.buffer, start=1):
        article = _article(line, number)
        if isinstance(article, str):
            rejected += 1
            result: dict[str, Any] = {"id": None, "attack": False, "error": article}
        else:
            detection = matcher.match(article)
            result = detection_json(article.id, detection)
            if explain:
                result["reasons"] = list(detection.reasons)
        out.write(_json_line(result))
        out.flush()
    if rejected:
        click.echo(f"{rejected} line(s) rejected: see their error lines", err=True)
        sys.exit(ExitCode.PARTIAL)
