"""Which files basewatch opens and how: queries never create, migrate or change a file;
an empty, foreign, newer or damaged file is refused and left as it is; `basewatch migrate`
is the explicit way to create or upgrade; old unmatched text is pruned."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.config import AlertsConfig
from monitor.errors import ArchiveDamagedError, ArchiveRefusedError
from monitor.models import Article, Detection, Place
from monitor.store.archive import Archive
from monitor.store.archivefile import check_integrity
from monitor.store.migrations import migration_names, migrations
from monitor.store.rematching import rematch
from tests.conftest import basewatch, write_config

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
QUERIES = [
    ["incidents"],
    ["show", "2024-07-25-ain-al-asad"],
    ["search", "rockets"],
    ["stats"],
    ["export"],
    ["alerts"],
    ["sources"],
]


def _digest(folder: Path) -> dict[str, str]:
    """Every file in a folder and its content hash."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("create table notes (id integer primary key, body text)")
    conn.execute("insert into notes (body) values ('a shopping list, not an archive')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q[0])
def test_a_query_leaves_a_foreign_sqlite_file_as_it_was(tmp_path: Path, query: list[str]) -> None:
    other = _foreign(tmp_path / "other.db")
    before = _digest(tmp_path)
    result = basewatch(*query, "--archive", str(other))
    assert result.returncode == 2, result.stderr
    assert "not a basewatch archive" in result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(tmp_path) == before  # byte for byte, and no file added beside it


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q[0])
def test_a_query_on_a_missing_archive_creates_nothing(tmp_path: Path, query: list[str]) -> None:
    result = basewatch(*query, "--archive", str(tmp_path / "none.db"))
    assert result.returncode == 2, result.stderr
    assert f"no archive at {tmp_path / 'none.db'}" in result.stderr
    assert "basewatch migrate" in result.stderr  # the hint says how to create one
    assert list(tmp_path.iterdir()) == []


def test_an_empty_file_is_refused_by_every_command(tmp_path: Path) -> None:
    empty = tmp_path / "a.db"
    empty.touch()
    config = write_config(tmp_path / "c.toml", f'[archive]\npath = "{empty}"\n')
    for args in (["run", "--once", "--config", str(config)], ["migrate", "--archive", str(empty)]):
        result = basewatch(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert "is an empty file (0 bytes)" in result.stderr
        assert "Traceback" not in result.stderr
    assert basewatch("incidents", "--archive", str(empty)).returncode == 2
    assert empty.stat().st_size == 0  # never replaced by a new archive
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db", "c.toml"]


def test_a_file_of_another_format_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("these are plain notes, not a database\n" * 50)
    result = basewatch("migrate", "--archive", str(notes))
    assert result.returncode == 2
    assert "is not an SQLite database" in result.stderr
    assert notes.read_text().startswith("these are plain notes")


def test_a_newer_schema_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    Archive(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) "
        "values ('basewatch', '9999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = _digest(tmp_path)
    for args in (["incidents"], ["migrate"]):
        result = basewatch(*args, "--archive", str(path))
        assert result.returncode == 2, (args, result.stderr)
        assert "written by a newer basewatch (schema 9999_from_the_future)" in result.stderr
    assert _digest(tmp_path) == before


def test_migrate_creates_and_upgrades_and_queries_wait_for_it(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    created = basewatch("migrate", "--archive", str(path))
    assert created.returncode == 0, created.stderr
    assert f"archive created (schema {migration_names()[-1]})" in created.stdout
    assert "up to date" in basewatch("migrate", "--archive", str(path)).stdout

    old = tmp_path / "old.db"
    migrations.apply(Database(old), stop_before="0006_upkeep")  # as an older basewatch left it
    before = _digest(tmp_path)
    query = basewatch("incidents", "--archive", str(old))
    assert query.returncode == 2
    assert "needs migrating first (0006_upkeep" in query.stderr
    assert "`basewatch migrate`" in query.stderr
    assert _digest(tmp_path) == before
    upgraded = basewatch("migrate", "--archive", str(old))
    assert upgraded.returncode == 0, upgraded.stderr
    assert "applied 0006_upkeep" in upgraded.stdout
    assert basewatch("incidents", "--archive", str(old)).returncode == 0


def _corrupt_middle(path: Path) -> None:
    """Overwrite three pages in the middle of the file with other bytes."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(bytes(range(256)) * 48)


def test_a_damaged_file_is_found_by_opening_and_by_doctor(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    archive = Archive(path)
    for i in range(400):  # a few hundred pages of articles
        _store(archive, f"https://a.example/{i}", "Budget talks resume. " * 40, attack=False)
    archive.close()
    _corrupt_middle(path)
    with pytest.raises(ArchiveDamagedError, match="is damaged"):
        check_integrity(path)
    with pytest.raises(ArchiveDamagedError):
        Archive(path)  # the daemon's opening checks it
    config = write_config(tmp_path / "c.toml", f'[archive]\npath = "{path}"\n')
    doctor = basewatch("doctor", "--config", str(config))
    assert doctor.returncode == 1
    assert f"FAIL  the archive {path} is damaged (quick_check: " in doctor.stdout
    assert "restore the archive from a backup" in doctor.stdout


def test_a_query_that_meets_a_damaged_page_says_so(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    Archive(path).close()
    conn = sqlite3.connect(path)
    (root,) = conn.execute("select rootpage from sqlite_master where name = 'incidents'").fetchone()
    conn.close()
    with path.open("r+b") as fh:  # the incidents table's page, overwritten
        fh.seek((root - 1) * 4096)
        fh.write(b"\xff" * 4096)
    query = basewatch("stats", "--archive", str(path))  # counts read the whole table
    assert query.returncode == 3
    assert f"Error: the archive {path} is damaged" in query.stderr
    assert "restore the archive from a backup" in query.stderr
    assert "Traceback" not in query.stderr


def test_doctor_checks_the_archive_without_creating_it(tmp_path: Path) -> None:
    path = tmp_path / "var" / "a.db"
    config = write_config(tmp_path / "c.toml", f'[archive]\npath = "{path}"\n')
    doctor = basewatch("doctor", "--config", str(config))
    assert f"ok    archive {path} does not exist yet" in doctor.stdout
    assert not (tmp_path / "var").exists()
    Archive(path).close()
    doctor = basewatch("doctor", "--config", str(config))
    assert f"ok    archive {path} passes its integrity check" in doctor.stdout
    assert f"ok    archive {path} is writable by this user" in doctor.stdout


def _store(archive: Archive, url: str, text: str, *, attack: bool, days_ago: int = 60) -> None:
    asad = Place("ain-al-asad", "Ain al-Asad Air Base", "Iraq", 33.78, 42.44)
    detection = (
        Detection(attack=True, confidence=0.9, bases=(asad,), attack_date=date(2026, 1, 2))
        if attack
        else Detection(attack=False, confidence=0.01)
    )
    archive.store_report(
        Article(url=url, title=f"Title of {url.rsplit('/', 1)[1]}", text=text),
        detection,
        now=NOW - timedelta(days=days_ago),
        channels=[],
        alerts=AlertsConfig(max_age_days=0),
        min_confidence=0.5,
    )


def test_pruning_drops_old_unmatched_text_and_keeps_the_rest(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    _store(archive, "https://a.example/old", "Harvest festival draws crowds.", attack=False)
    _store(archive, "https://a.example/new", "Harvest prices rise.", attack=False, days_ago=2)
    _store(archive, "https://a.example/hit", "Rockets hit the harvest depot.", attack=True)
    assert archive.prune_unmatched(30, NOW) == 1
    db = archive.db
    rows = {r["url"]: r for r in db.table("articles").rows}
    old = rows["https://a.example/old"]
    assert old["text"] is None
    assert old["pruned_at"] == NOW.isoformat()
    assert old["title"] == "Title of old"
    assert old["content_hash"]
    assert rows["https://a.example/new"]["text"] == "Harvest prices rise."
    assert rows["https://a.example/hit"]["text"] == "Rockets hit the harvest depot."
    found = [r["url"] for r in db.table("articles").search("harvest")]
    assert sorted(found) == ["https://a.example/hit", "https://a.example/new"]
    assert list(db.table("articles").search('"Title of old"')) == []  # out of the index
    assert archive.known_urls(["https://a.example/old"]) == {"https://a.example/old"}
    assert archive.prune_unmatched(30, NOW) == 0  # nothing twice
    archive.rebuild_index()
    assert list(db.table("articles").search('"Title of old"')) == []
    db.execute("insert into articles_fts (articles_fts) values ('integrity-check')")
    detections = rematch(
        archive, lambda a: Detection(attack=True, confidence=0.9), min_confidence=0.5, now=NOW
    )
    assert detections == 2  # the pruned article keeps the detection its text gave
    archive.close()


def test_read_mode_cannot_write(tmp_path: Path) -> None:
    Archive(tmp_path / "a.db").close()
    reader = Archive(tmp_path / "a.db", mode="read")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.db.execute("create table x (y)")
    reader.close()
    with pytest.raises(ArchiveRefusedError, match="no archive at"):
        Archive(tmp_path / "b.db", mode="write")
    assert not (tmp_path / "b.db").exists()
