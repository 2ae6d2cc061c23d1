"""Odd configurations: each is a clear error naming the file or key, exit status 2, no
traceback, in `check-config` as in `run`."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, basewatch, other_user, write_config

SOURCE = '[[sources]]\nname = "one"\nkind = "rss"\nurl = "https://news.example/feed"\n'


def _refused(config: Path, *needles: str, run: bool = False, **kw: Any) -> None:
    """`check-config` (or `run --once`) on `config` exits 2 naming each of `needles`."""
    command = ["run", "--once"] if run else ["check-config"]
    result = basewatch(*command, "--config", str(config), **kw)
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr, (needle, result.stderr)


def test_a_config_file_that_is_not_utf8(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_bytes(b'[archive]\npath = "caf\xe9.db"\n')
    _refused(config, f"{config}: not UTF-8 text (byte 0xe9", "save it as UTF-8")


def test_a_sources_file_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "more").mkdir()
    config = write_config(tmp_path / "c.toml", 'sources_files = ["more"]\n')
    _refused(config, "at 'sources_files[0]'", "is a folder, not a file")


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder another user may enter (the tests' own folders only their owner may)."""
    folder = Path(tempfile.mkdtemp(prefix="basewatch-config-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def test_a_sources_file_this_user_may_not_read(shared: Path) -> None:
    config = write_config(shared / "c.toml", 'sources_files = ["secret.toml"]\n')
    config.chmod(0o644)
    secret = write_config(shared / "secret.toml", SOURCE)
    secret.chmod(0o600 if other_user() else 0o000)
    _refused(config, "at 'sources_files[0]'", "may not read it", user=other_user())


def test_sources_files_given_as_a_string(tmp_path: Path) -> None:
    write_config(tmp_path / "more.toml", SOURCE)
    config = write_config(tmp_path / "c.toml", 'sources_files = "more.toml"\n')
    _refused(config, "at 'sources_files': must be a list of paths")


def test_an_age_limit_of_billions_of_days(tmp_path: Path) -> None:
    config = write_config(
        tmp_path / "c.toml",
        f'[archive]\npath = "{tmp_path / "a.db"}"\n[alerts]\nmax_age_days = 99999999999\n',
    )
    _refused(config, "at 'alerts.max_age_days'", "less than or equal to 3650")
    _refused(config, "at 'alerts.max_age_days'", run=True)  # not a crash mid-run
    assert not (tmp_path / "a.db").exists()


def test_absurd_durations_are_all_named(tmp_path: Path) -> None:
    config = write_config(
        tmp_path / "c.toml",
        '[alerts]\nretry_base = "400d"\nupdate_interval = "99999d"\n'
        'ops_silent_hours = 1e12\n[crawler]\ncrawl_timeout = "9'
        + "9" * 400
        + 'd"\n'
        + SOURCE
        + 'every = "100000d"\n',
    )
    _refused(
        config,
        "at 'alerts.retry_base'",
        "at 'alerts.update_interval'",
        "at 'alerts.ops_silent_hours'",
        "at 'crawler.crawl_timeout'",
        "at 'sources[0].every'",
    )


@pytest.mark.parametrize("url", ["notaurl", "json://"])
def test_a_channel_url_apprise_cannot_use(tmp_path: Path, url: str) -> None:
    config = write_config(
        tmp_path / "c.toml", SOURCE + f'[[channels]]\nname = "chat"\nurl = "{url}"\n'
    )
    _refused(config, "at 'channels[0].url': apprise cannot send to this URL")


def test_a_channel_url_from_the_environment_is_checked_too(tmp_path: Path) -> None:
    config = write_config(
        tmp_path / "c.toml", SOURCE + '[[channels]]\nname = "chat"\nurl_env = "BW_TEST_URL"\n'
    )
    _refused(config, "at 'channels[0].url_env'", "$BW_TEST_URL", BW_TEST_URL="json://")
    good = basewatch("check-config", "--config", str(config), BW_TEST_URL="json://127.0.0.1:9/x")
    assert good.returncode == 0, good.stderr


def _using(gazetteer: Path) -> Path:
    """A config whose matcher reads `gazetteer`, beside it."""
    return write_config(gazetteer.parent / "c.toml", f'[matcher]\ngazetteer = "{gazetteer}"\n')


def test_a_gazetteer_with_no_bases(tmp_path: Path) -> None:
    gazetteer = write_config(
        tmp_path / "bases.toml",
        '[[regions]]\nid = "somewhere"\nname = "Somewhere"\ncountry = "Iraq"\n'
        "lat = 33.0\nlon = 43.0\n",
    )
    config = _using(gazetteer)
    _refused(config, f"{gazetteer}: at 'bases': no bases")


def test_a_gazetteer_that_is_not_utf8(tmp_path: Path) -> None:
    gazetteer = tmp_path / "bases.toml"
    gazetteer.write_bytes((ROOT / "seeds/bases.toml").read_bytes() + b"\n# caf\xe9\n")
    config = _using(gazetteer)
    _refused(config, f"{gazetteer}: not UTF-8 text")


def test_a_gazetteer_mixing_a_base_up_with_one_it_does_not_have(tmp_path: Path) -> None:
    gazetteer = write_config(
        tmp_path / "bases.toml",
        '[[bases]]\nid = "harir-air-base"\nname = "Harir Air Base"\ncountry = "Iraq"\n'
        'lat = 36.5\nlon = 44.3\nmixed_up_with = ["erbil-airbase"]\n',
    )
    config = _using(gazetteer)
    _refused(
        config,
        f"{gazetteer}: at 'bases[0].mixed_up_with'",
        "no base has the id 'erbil-airbase'",
    )
