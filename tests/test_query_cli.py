"""Querying an archive built by the real pipeline (`basewatch demo`): filters, formats,
one incident in full, full-text search, counts and exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import EXPECTED, basewatch, demo_archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(demo_archive(tmp_path_factory))


def _ids(archive: str, *args: str) -> list[str]:
    result = basewatch("incidents", "--archive", archive, "--format", "jsonl", *args)
    assert result.returncode == 0, result.stderr
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_filters(archive: str) -> None:
    assert len(_ids(archive)) == len(EXPECTED["incidents"])
    assert _ids(archive, "--base", "erbil") == ["2024-01-14-erbil-air-base"]
    assert _ids(archive, "--base", "al-tanf") == ["2023-10-19-al-tanf"]
    assert _ids(archive, "--country", "syria") == ["2023-10-19-al-tanf"]
    assert len(_ids(archive, "--weapon", "rocket")) == 2
    assert _ids(archive, "--since", "2024-02-01") == ["2024-07-25-ain-al-asad"]
    assert _ids(archive, "--until", "2023-12-31") == ["2023-10-19-al-tanf"]
    assert _ids(archive, "--base", "%") == []  # user text is matched literally
    bad = basewatch("incidents", "--archive", archive, "--since", "last week")
    assert bad.returncode == 2
    assert "YYYY-MM-DD" in bad.stderr
    inverted = basewatch(
        "incidents", "--archive", archive, "--since", "2024-05-01", "--until", "2024-01-01"
    )
    assert inverted.returncode == 2
    assert "2024-05-01 is after --until 2024-01-01" in inverted.stderr


def test_table_is_readable(archive: str) -> None:
    out = basewatch("incidents", "--archive", archive).stdout
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["date", "base", "country"]
    assert max(len(line) for line in lines) <= 120
    assert "Ain al-Asad Air Base" in out


def test_csv_round_trips_to_the_json_export(archive: str) -> None:
    as_csv = basewatch("export", "--archive", archive, "--format", "csv").stdout
    as_json = json.loads(basewatch("export", "--archive", archive, "--format", "json").stdout)
    rows = list(csv.DictReader(io.StringIO(as_csv)))
    assert len(rows) == len(as_json) == len(EXPECTED["incidents"])
    for row, record in zip(rows, as_json, strict=True):
        assert row["id"] == record["id"]
        assert row["weapons"].split(";") == record["weapons"]
        (base,) = record["bases"]
        assert row["base"] == base["id"]
        assert float(row["lat"]) == base["lat"]
        assert float(row["confidence"]) == record["confidence"]
        assert row["intercepted"] == str(record["intercepted"]).lower()  # true, false


def test_geojson_is_valid(archive: str, tmp_path: Path) -> None:
    out = tmp_path / "incidents.geojson"
    result = basewatch("export", "--archive", archive, "--format", "geojson", "-o", str(out))
    assert result.returncode == 0, result.stderr
    doc = json.loads(out.read_text())
    assert doc["type"] == "FeatureCollection"
    assert len(doc["features"]) == len(EXPECTED["incidents"])
    for feature in doc["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180
        assert -90 <= lat <= 90
        assert 30 < lat < 40  # Iraq and Syria: longitude first, as RFC 7946 says
        assert isinstance(feature["properties"]["weapons"], list)


def test_show_gives_every_source_and_what_it_said(archive: str) -> None:
    result = basewatch("show", "--archive", archive, "2024-07-25-ain-al-asad")
    assert result.returncode == 0, result.stderr
    (incident,) = [i for i in EXPECTED["incidents"] if i["base"] == "ain-al-asad"]
    for url in incident["articles"]:
        assert url.split("}}", 1)[1] in result.stdout
    assert "first seen" in result.stdout
    assert "> " in result.stdout  # the evidence
    missing = basewatch("show", "--archive", archive, "1999-01-01-nowhere")
    assert missing.returncode == 2
    assert "no incident '1999-01-01-nowhere'" in missing.stderr
    assert "basewatch incidents" in missing.stderr


def _found(archive: str, query: str) -> list[dict[str, str]]:
    result = basewatch("search", query, "--archive", archive, "--format", "json", "--limit", "0")
    assert result.returncode == 0, (query, result.stderr)
    return json.loads(result.stdout)


def _titles(archive: str, query: str) -> set[str]:
    return {hit["title"] for hit in _found(archive, query)}


def test_search_reads_fts5_queries(archive: str) -> None:
    drone, rocket = _titles(archive, "drone"), _titles(archive, "rocket")
    assert drone
    assert rocket
    assert _titles(archive, "drone OR rocket") == drone | rocket
    assert _titles(archive, "drone rocket") == drone & rocket
    assert _titles(archive, "drone NOT rocket") == drone - rocket
    assert _titles(archive, "rocket*") > rocket  # rockets too
    assert _titles(archive, '"air base"') < _titles(archive, "air base")
    # names written with punctuation read as phrases, as a reader means them
    assert _titles(archive, "Ain al-Asad") == _titles(archive, '"Ain al Asad"') != set()
    hits = _found(archive, "Katyusha rockets")
    assert "[Katyusha]" in hits[0]["snippet"]


def test_search_snippets_are_one_line(archive: str) -> None:
    for hit in _found(archive, "rocket OR drone"):
        assert "\n" not in hit["snippet"], hit
    table = basewatch("search", "rocket OR drone", "--archive", archive, "--limit", "0").stdout
    lines = table.splitlines()
    assert lines[0].split() == ["published", "source", "title"]
    urls = [line for line in lines if line.startswith("    http")]
    assert len(urls) == len(_found(archive, "rocket OR drone"))  # snippet, url: a line each
    assert len(lines) == 2 + 3 * len(urls)


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ('"unbalanced', "unterminated string"),
        ("NEAR(drone Erbil", "syntax error"),
        ("drone AND OR", 'syntax error near "OR"'),
        ("rocket -drone", "write 'NOT drone'"),
        ("AND", "nothing to search for"),
        ("", "nothing to search for"),
    ],
)
def test_a_malformed_search_is_a_clear_error(archive: str, query: str, says: str) -> None:
    result = basewatch("search", query, "--archive", archive)
    assert result.returncode == 2
    assert result.stdout == ""
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: ")
    assert "Hint: " in result.stderr


def test_search_of_hostile_text_reads_no_table(archive: str) -> None:
    result = basewatch("search", "'; drop table articles; --", "--archive", archive)
    assert result.returncode == 0, result.stderr
    assert "No article matches" in result.stdout
    again = basewatch("search", "Katyusha", "--archive", archive)
    assert "[Katyusha]" in again.stdout  # and the table is still there


def test_stats_add_up(archive: str) -> None:
    counts = json.loads(basewatch("stats", "--archive", archive, "--format", "json").stdout)
    total = len(EXPECTED["incidents"])
    for name in ("base", "country", "month"):
        assert sum(row["incidents"] for row in counts[name]) == total, name
    assert {row["key"] for row in counts["weapon"]} == {"rocket", "drone"}


def test_rematch_shows_progress_and_keeps_incidents(archive: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(Path(archive).read_bytes())
    before = _ids(str(copy))
    result = basewatch("rematch", "--archive", str(copy), "--rebuild-index")
    assert result.returncode == 0, result.stderr
    assert "re-matching" in result.stderr
    assert "rebuilding the full-text index" in result.stderr
    assert f"{len(before)} incidents" in result.stdout
    assert _ids(str(copy)) == before
