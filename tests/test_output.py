"""One output contract for every listing command, on an archive built by the real
pipeline (`basewatch demo`): --format table|json|jsonl|csv, JSON with the field names of
`basewatch match` and real booleans, no internal columns, headed tables with short local
times, empties that say what was filtered, and --limit that says "N of M"."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from monitor.store.archive import Archive
from tests.conftest import EXPECTED, basewatch, demo_archive, write_config

FORMATS = ("table", "json", "jsonl", "csv")
LISTINGS = {
    "incidents": ("incidents",),
    "show": ("show", "2024-01-14-erbil-air-base"),
    "search": ("search", "rocket OR drone"),
    "stats": ("stats",),
    "alerts": ("alerts",),
    "sources": ("sources",),
    "export": ("export",),
}
INTERNAL = {"merged_into", "alerted_facts", "place_id", "place_name", "latitude", "is_region"}
MATCH_FACTS = {"attack_date", "confidence", "bases", "region", "weapons", "projectiles"}
MATCH_FACTS |= {"intercepted", "killed", "injured", "claimed_by", "confirmed"}
TOTAL = len(EXPECTED["incidents"])


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(demo_archive(tmp_path_factory, "output"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two labelled articles for `basewatch eval`, in our own words."""
    folder = tmp_path_factory.mktemp("corpus")
    lines = [
        {
            "id": "hit",
            "language": "en",
            "title": "Rockets strike Ain al-Asad air base in Anbar",
            "published": "2024-07-26T06:00:00+00:00",
            "text": "Three rockets struck Ain al-Asad air base in western Iraq late on "
            "Thursday, where US-led coalition troops are stationed, officials said.",
            "label": {
                "attack": True,
                "bases": ["ain-al-asad"],
                "attack_date": "2024-07-25",
                "weapons": ["rocket"],
            },
        },
        {
            "id": "miss",
            "language": "fr",
            "title": "Grain prices steady in Baghdad markets",
            "published": "2024-07-26T06:00:00+00:00",
            "text": "Wheat and barley prices held steady in Baghdad this week, traders said.",
            "label": {"attack": False},
        },
    ]
    (folder / "own.jsonl").write_text(
        "".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8"
    )
    return folder


def _run(archive: str, command: tuple[str, ...], *args: str, **env: str) -> Any:
    result = basewatch(*command, "--archive", archive, *args, **env)
    assert result.returncode == 0, (command, args, result.stderr)
    return result


def _json(archive: str, command: tuple[str, ...], *args: str) -> Any:
    return json.loads(_run(archive, command, "--format", "json", *args).stdout)


def _is_format(fmt: str, out: str, *, listing: bool = True) -> None:
    """`out` is what `fmt` promises."""
    assert out.endswith("\n")
    assert not out.endswith("\n\n")  # no blank line at the end
    if fmt == "json":
        json.loads(out)
    elif fmt == "jsonl":
        assert all(isinstance(json.loads(line), dict) for line in out.splitlines())
    elif fmt == "csv":
        head, *rows = list(csv.reader(io.StringIO(out)))
        assert all(head), head
        assert rows
        assert all(len(row) == len(head) for row in rows)
    elif listing:  # a table: a header, a rule under it as long, then rows
        head, rule, *rows = out.splitlines()
        assert head.split()
        assert rule == "-" * len(head)
        assert rows


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_every_listing_takes_every_format(archive: str, name: str, fmt: str) -> None:
    result = _run(archive, LISTINGS[name], "--format", fmt)
    _is_format(fmt, result.stdout, listing=name != "show")  # show's table: the incident
    assert result.stderr == ""


@pytest.mark.parametrize("fmt", FORMATS)
def test_eval_takes_every_format(corpus: Path, fmt: str) -> None:
    result = basewatch("eval", str(corpus), "--format", fmt)
    assert result.returncode == 0, result.stderr
    _is_format(fmt, result.stdout, listing=False)  # its table: the report
    if fmt == "json":
        scores = json.loads(result.stdout)
        assert scores["articles"] == 2
        assert scores["tp"] + scores["fn"] == scores["attacks"] == 1
        assert 0 <= scores["precision"] <= 1


def test_eval_scores_each_language_of_the_lines_when_asked(corpus: Path) -> None:
    table = basewatch("eval", str(corpus), "--by-language")
    assert table.returncode == 0, table.stderr
    rows = table.stdout.split("by language:", 1)[1].splitlines()[1:]
    assert [row.split()[:2] for row in rows] == [["en", "1"], ["fr", "1"]]
    assert rows[0].split()[2:5] == ["1.000", "1.000", "1.000"]  # the one attack, found
    document = json.loads(
        basewatch("eval", str(corpus), "--by-language", "--format", "json").stdout
    )
    assert document["by_language"]["en"]["recall"] == 1.0
    assert document["by_language"]["fr"]["articles"] == 1
    assert "by language" not in basewatch("eval", str(corpus)).stdout


def test_eval_says_what_is_wrong_with_a_corpus(tmp_path: Path) -> None:
    empty = basewatch("eval", str(tmp_path))
    assert empty.returncode == 2
    assert f"no labelled article in {tmp_path}" in empty.stderr
    unlabelled = tmp_path / "plain.jsonl"
    unlabelled.write_text('{"title": "A title", "text": "Some text."}\n', encoding="utf-8")
    result = basewatch("eval", str(tmp_path))
    assert result.returncode == 2
    assert f'{unlabelled}:1: a line needs a "label" object' in result.stderr
    for said in (empty, result):
        assert "Traceback" not in said.stderr
        assert "basewatch eval --help" in said.stderr  # where the format is written
        assert said.stdout == ""
    assert '"label": {"attack": true|false' in basewatch("eval", "--help").stdout


@pytest.mark.parametrize("fmt", FORMATS)
def test_doctor_takes_every_format(tmp_path: Path, fmt: str) -> None:
    config = write_config(tmp_path / "c.toml", f'[archive]\npath = "{tmp_path / "a.db"}"\n')
    result = basewatch("doctor", "--config", str(config), "--format", fmt)
    assert result.returncode == 1  # no channel: a check fails
    assert "1 check(s) failed" in result.stderr
    _is_format(fmt, result.stdout)
    if fmt == "jsonl":
        checks = [json.loads(line) for line in result.stdout.splitlines()]
        assert [c["ok"] for c in checks] == [True, True, False]  # booleans
        assert "no [[channels]]" in checks[2]["check"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_channels_takes_every_format(tmp_path: Path, fmt: str) -> None:
    channel = '[[channels]]\nname = "desk"\nurl = "json://127.0.0.1:9/hook?token=SECRET"\n'
    config = write_config(tmp_path / "c.toml", channel)
    result = basewatch("channels", "--config", str(config), "--format", fmt)
    assert result.returncode == 0, result.stderr
    _is_format(fmt, result.stdout)
    assert "SECRET" not in result.stdout
    if fmt == "json":
        (desk,) = json.loads(result.stdout)
        assert desk["url_set"] is True


def test_json_uses_the_field_names_of_match(archive: str) -> None:
    article = {
        "id": "a",
        "title": "Rockets hit Ain al-Asad air base",
        "published": "2024-07-26",
        "text": "Four Katyusha rockets were fired at Ain al-Asad air base, which hosts "
        "US-led coalition forces, late on Thursday; two landed inside the base.",
    }
    matched = json.loads(basewatch("match", stdin=json.dumps(article) + "\n").stdout)
    incident = _json(archive, ("show", "2024-07-25-ain-al-asad"))
    assert matched["attack"] is True
    assert set(matched) & set(incident) >= MATCH_FACTS
    assert set(matched["bases"][0]) <= set(incident["bases"][0])
    assert matched["bases"][0]["id"] == incident["bases"][0]["id"] == "ain-al-asad"
    for report in incident["articles"]:  # each report: what the detector read in it
        assert MATCH_FACTS - {"bases", "region"} | {"evidence"} <= set(report)
    for record in _json(archive, ("incidents",)):
        assert set(record) == set(incident) - {"articles"}


def _keys(value: Any) -> set[str]:
    """Every key of every object in a JSON document."""
    if isinstance(value, dict):
        return set(value).union(*(_keys(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_keys(v) for v in value))
    return set()


def test_json_has_real_booleans_and_no_internal_columns(archive: str) -> None:
    incidents = _json(archive, ("incidents",))
    assert {type(i["intercepted"]) for i in incidents} == {bool}
    assert {i["intercepted"] for i in incidents} == {True, False}  # Erbil's drone was downed
    assert {type(i["confirmed"]) for i in incidents} == {bool}
    for name, command in LISTINGS.items():
        document = _json(archive, command)
        assert not _keys(document) & INTERNAL, name
        text = json.dumps(document)
        assert not re.search(r"\d\d:\d\d:\d\d\.\d", text), name  # times to the second
    assert all(s["configured"] is None for s in _json(archive, ("sources",)))


def test_tables_show_short_local_times(archive: str) -> None:
    zone = "Asia/Kathmandu"  # UTC+5:45: no other zone's times look like it
    sent = [a["sent_at"] for a in _json(archive, ("alerts",))]
    table = _run(archive, ("alerts",), TZ=zone).stdout
    for when in sent:
        local = datetime.fromisoformat(when).astimezone(ZoneInfo(zone))
        assert local.strftime("%Y-%m-%d %H:%M") in table
        assert when not in table
    assert table.splitlines()[0].split()[:3] == ["id", "status", "kind"]


def test_empties_say_what_was_filtered(archive: str, tmp_path: Path) -> None:
    said = f"No incidents match --base nowhere ({TOTAL} in the archive without these filters)."
    table = _run(archive, ("incidents",), "--base", "nowhere")
    assert table.stdout.strip() == said
    as_json = _run(archive, ("incidents",), "--base", "nowhere", "--format", "json")
    assert json.loads(as_json.stdout) == []
    assert said in as_json.stderr
    both = _run(archive, ("incidents",), "--base", "nowhere", "--country", "Iraq")
    assert "match --base nowhere --country Iraq (" in both.stdout
    as_csv = _run(archive, ("export",), "--weapon", "mortar")
    assert as_csv.stdout.splitlines()[0].startswith("id,attack_date,")  # the header alone
    assert len(as_csv.stdout.splitlines()) == 1
    assert "No incidents match --weapon mortar" in as_csv.stderr
    dead = _run(archive, ("alerts",), "--status", "dead").stdout
    assert dead.strip() == f"No dead alerts ({TOTAL} in the outbox)."
    assert "No article matches 'zebra'." in _run(archive, ("search", "zebra")).stdout
    empty = tmp_path / "empty.db"
    Archive(empty).close()
    fresh = _run(str(empty), ("incidents",), "--base", "nowhere").stdout
    assert fresh.strip() == "No incidents in the archive yet."


def test_limit_says_how_many_of_how_many(archive: str) -> None:
    table = _run(archive, ("incidents",), "--limit", "1").stdout.splitlines()
    assert len(table) == 4  # header, rule, one row, the note
    assert table[-1] == f"1 of {TOTAL} incidents shown; --limit 0 shows them all"
    lines = _run(archive, ("incidents",), "--limit", "1", "--format", "jsonl")
    assert len(lines.stdout.splitlines()) == 1
    assert f"1 of {TOTAL} incidents" in lines.stderr
    assert "of" not in _run(archive, ("incidents",), "--limit", "0").stdout.splitlines()[-1]
    found = len(_json(archive, ("search", "rocket OR drone"), "--limit", "0"))
    hits = _run(archive, ("search", "rocket OR drone"), "--limit", "2", "--format", "csv")
    assert f"2 of {found} articles shown" in hits.stderr
    alerts = _run(archive, ("alerts",), "--limit", "1").stdout
    assert f"1 of {TOTAL} alerts shown" in alerts


def test_export_to_a_folder_that_is_not_there_is_a_clear_error(
    archive: str, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "x.csv"
    result = basewatch("export", "--archive", archive, "-o", str(target))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"Error: cannot write {target}: no folder {target.parent}" in result.stderr
    assert "Hint: create" in result.stderr
    assert not target.parent.exists()
    folder = basewatch("export", "--archive", archive, "-o", str(tmp_path))
    assert folder.returncode == 2
    assert "is a directory" in folder.stderr
    written = tmp_path / "x.geojson"
    done = _run(archive, ("export",), "--format", "geojson", "-o", str(written))
    assert done.stdout == ""
    assert f"wrote {written}" in done.stderr
    assert len(json.loads(written.read_text())["features"]) == TOTAL
